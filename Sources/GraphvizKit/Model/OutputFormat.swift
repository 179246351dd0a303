/// The output formats Dyad allows (no PostScript, no image maps, no formats that embed raw attributes).
public enum OutputFormat: String, CaseIterable, Hashable, Sendable {
    /// Scalable Vector Graphics.
    case svg
    /// Portable Network Graphics, through cairo.
    case png
    /// Portable Document Format, through cairo.
    case pdf
    /// DOT with layout positions (`pos`, `bb`) attached.
    case dot

    /// The name `gvRenderData` takes.
    var graphvizName: String {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        case .dot: "dot"
        }
    }
}
