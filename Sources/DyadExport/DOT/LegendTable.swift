/// The legend drawn in a diagram: an HTML-like table made only from Dyad's fixed text.
///
/// Captions are Dyad's fixed words, except the caller's highlight caption, which is
/// stripped of control characters, shortened and escaped (`&`, `<`, `>`, `"`). Rows are separated by a tab, a character
/// that cleaned text never holds, so no label can be the same string as the
/// legend (Graphviz 2.42 interns HTML-like and plain strings together).
public struct LegendTable: Hashable, Sendable {
    /// One row: a sample drawn in a colour and a caption.
    public struct Row: Hashable, Sendable {
        /// What the sample looks like.
        public enum Sample: Hashable, Sendable {
            /// A line of the given style, with an arrow head when `arrow`.
            case line(DiagramColor, LineStyle, arrow: Bool, size: Int)
            /// A filled swatch with the shape's name.
            case swatch(DiagramColor, shape: String, dashed: Bool)
            /// A section heading.
            case heading
        }

        /// The sample.
        public var sample: Sample
        /// The caption (fixed text).
        public var caption: String
    }

    /// The rows, top to bottom.
    public var rows: [Row]

    /// The HTML-like label text (without the outer angle brackets).
    var html: String {
        var text = "<TABLE BORDER=\"1\" COLOR=\"\(DiagramColor.frame.hex)\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"3\" BGCOLOR=\"\(DiagramColor.panel.hex)\">"
        for row in rows {
            text += "\t<TR>"
            switch row.sample {
            case .heading:
                text += "<TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\" COLOR=\"\(DiagramColor.ink.hex)\"><B>\(Self.markup(row.caption))</B></FONT></TD>"
            case let .line(color, style, arrow, size):
                let stroke: String
                switch style {
                case .dashed: stroke = "━ ━ ━"
                case .dotted: stroke = "┅┅┅┅┅"
                default: stroke = "━━━━━"
                }
                text += "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(size)\" COLOR=\"\(color.hex)\">\(stroke)\(arrow ? "▶" : "")</FONT></TD>"
                text += "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"\(DiagramColor.ink.hex)\">\(Self.markup(row.caption))</FONT></TD>"
            case let .swatch(color, shape, dashed):
                text += "<TD BGCOLOR=\"\(color.hex)\" BORDER=\"1\" WIDTH=\"64\" COLOR=\"\(DiagramColor.ink.hex)\"\(dashed ? " STYLE=\"dashed\"" : "")><FONT POINT-SIZE=\"9\" COLOR=\"\(DiagramColor.ink.hex)\">\(Self.markup(shape))</FONT></TD>"
                text += "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"\(DiagramColor.ink.hex)\">\(Self.markup(row.caption))</FONT></TD>"
            }
            text += "</TR>"
        }
        return text + "\t</TABLE>"
    }

    /// `text` with control characters replaced by spaces.
    static func plain(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? " " : $0 }))
    }

    /// Escapes the few characters HTML-like labels treat specially (fixed text only, defensive).
    static func markup(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
