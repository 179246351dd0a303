/// The diagram's title and legend: one HTML-like graph label made from Dyad's own words.
///
/// Drawing the legend as the graph label (rather than as a node) keeps it out of
/// the layout, so it sits above the drawing with every engine, pinned or not.
/// Captions are Dyad's fixed words; title lines and the highlight caption, which
/// callers may set, are stripped of control characters and escaped (`&`, `<`,
/// `>`, `"`), so they cannot add markup. Parts are separated by a tab, a
/// character that cleaned text never holds, so no plain label can be the same
/// string as the legend (Graphviz 2.42 interns HTML-like and plain strings together).
public struct LegendTable: Hashable, Sendable {
    /// One entry: a sample drawn in a colour and a caption.
    public struct Item: Hashable, Sendable {
        /// What the sample looks like.
        public enum Sample: Hashable, Sendable {
            /// A line of the given style, with an arrow head when `arrow`, drawn at a font size.
            case line(DiagramColor, LineStyle, arrow: Bool, size: Int)
            /// A filled swatch with the shape's name.
            case swatch(DiagramColor, shape: String, dashed: Bool)
        }

        /// The sample.
        public var sample: Sample
        /// The caption.
        public var caption: String
    }

    /// A row of the legend: a heading and its entries.
    public struct Group: Hashable, Sendable {
        /// The heading ("Relations", "Actors", "Changes").
        public var heading: String
        /// The entries, left to right.
        public var items: [Item]
    }

    /// The title lines, the first one larger.
    public var title: [String]
    /// The legend's rows, top to bottom.
    public var groups: [Group]

    /// The HTML-like label text (without the outer angle brackets).
    var html: String {
        let ink = DiagramColor.ink.hex, muted = DiagramColor.muted.hex
        var text = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">"
        for (index, line) in title.enumerated() {
            let size = index == 0 ? 18 : 12
            text += "\t<TR><TD><FONT POINT-SIZE=\"\(size)\" COLOR=\"\(index == 0 ? ink : muted)\">\(Self.escaped(line))</FONT></TD></TR>"
        }
        guard !groups.isEmpty else { return text + "\t</TABLE>" }
        text +=
            "\t<TR><TD><TABLE BORDER=\"1\" STYLE=\"rounded\" COLOR=\"\(DiagramColor.frame.hex)\" BGCOLOR=\"\(DiagramColor.panel.hex)\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
        // One grid: rows share columns, shorter rows end in an empty cell, so nothing stretches.
        let columns = groups.map(\.items.count).max() ?? 0
        for group in groups {
            text += "\t<TR>"
            text += "<TD ALIGN=\"RIGHT\"><FONT POINT-SIZE=\"10\" COLOR=\"\(muted)\"><B>\(Self.escaped(group.heading))</B></FONT></TD>"
            for item in group.items {
                switch item.sample {
                case let .line(color, style, arrow, size):
                    let stroke: String
                    switch style {
                    case .dashed: stroke = "━ ━ " + (arrow ? "▶" : "━")
                    case .dotted: stroke = "┅┅┅" + (arrow ? "▶" : "┅")
                    default: stroke = "━━━" + (arrow ? "▶" : "━")
                    }
                    text += "<TD><FONT POINT-SIZE=\"\(size)\" COLOR=\"\(color.hex)\">\(stroke)</FONT></TD>"
                case let .swatch(color, shape, dashed):
                    text +=
                        "<TD BGCOLOR=\"\(color.hex)\" BORDER=\"1\" COLOR=\"\(ink)\"\(dashed ? " STYLE=\"dashed\"" : "")>"
                        + "<FONT POINT-SIZE=\"8\" COLOR=\"\(ink)\">\(Self.escaped(shape))</FONT></TD>"
                }
                text += "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"\(ink)\">\(Self.escaped(item.caption))  </FONT></TD>"
            }
            if group.items.count < columns { text += "<TD COLSPAN=\"\(2 * (columns - group.items.count))\"></TD>" }
            text += "</TR>"
        }
        return text + "\t</TABLE></TD></TR>\t</TABLE>"
    }

    /// `text` without control characters, with `&`, `<`, `>` and `"` as entities.
    static func escaped(_ text: String) -> String {
        XMLWriter.escapeText(DOTEncoder.collapsingControls(text))
    }
}
