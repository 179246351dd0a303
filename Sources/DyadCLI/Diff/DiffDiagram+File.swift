import DyadCore
import DyadExport

extension DiffDiagram {
    /// Renders the diagram to `path`; its extension chooses the format (svg, png, pdf, dot).
    /// - Throws: ``DyadCLIError`` when the format is unknown, rendering fails or the file cannot be written.
    func write(to path: String) throws {
        try DiagramFiles.render(union, options: options(), to: path)
    }
}

/// Rendering graphs to files for `dyad diff --render` and `dyad timeline`.
enum DiagramFiles {
    /// Renders `graph` with `options` to `path`, in the format its extension names.
    /// - Throws: ``DyadCLIError`` for an unknown format, a failed render or an unwritable file.
    static func render(_ graph: Graph, options: DiagramOptions, to path: String) throws {
        guard let format = RenderFormat(pathExtensionOf: path) else {
            throw DyadCLIError("cannot tell the format of \(path); use .svg, .png, .pdf or .dot")
        }
        let bytes: [UInt8]
        do throws(RenderError) {
            bytes = try Renderer.render(graph, options: options, format: format)
        } catch {
            throw DyadCLIError("cannot render \(path): \(error.description)", status: .failure)
        }
        try write(bytes, to: path)
    }

    /// Writes bytes atomically.
    static func write(_ bytes: [UInt8], to path: String) throws {
        do throws(GraphFileError) {
            try AtomicFile.write(bytes, to: path)
        } catch {
            throw DyadCLIError("cannot write \(path): \(error.problems.first?.message ?? "\(error)")", status: .failure)
        }
    }
}
