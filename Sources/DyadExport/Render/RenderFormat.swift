internal import GraphvizKit

/// The formats `dyad render` writes.
public enum RenderFormat: String, CaseIterable, Hashable, Sendable {
    /// Scalable Vector Graphics, with tooltips.
    case svg
    /// Portable Network Graphics.
    case png
    /// Portable Document Format.
    case pdf
    /// The DOT text itself, without a layout.
    case dot

    /// The format a file name's extension names (`map.svg` → svg), if any.
    /// - Parameter path: A file name or path.
    public init?(pathExtensionOf path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }

    var outputFormat: OutputFormat? {
        switch self {
        case .svg: .svg
        case .png: .png
        case .pdf: .pdf
        case .dot: nil
        }
    }
}
