import DyadCore
import DyadExport

/// Draws paths or a connecting network with the DyadExport renderer, highlighted over their context.
enum PathRendering {
    /// Renders the actors of `paths` (and of `relations`) with every relation among them, the
    /// path relations highlighted, and writes the file (format by extension: svg, png, pdf or dot).
    /// - Parameters:
    ///   - index: The index the paths were found on (its graph is the snapshot).
    ///   - paths: The paths to highlight.
    ///   - relations: Extra relations to highlight (a network's).
    ///   - caption: The legend's caption and the diagram's title.
    ///   - output: The file to write, or `-` for standard output (then svg).
    /// - Throws: ``DyadCLIError`` for an unknown extension or a failed layout; ``GraphFileError`` when writing fails.
    static func write(index: PathIndex, paths: [ActorPath], relations: [RelationKey] = [], caption: String, to output: String) throws {
        guard let format = output == "-" ? .svg : RenderFormat(pathExtensionOf: output) else {
            throw DyadCLIError("cannot tell the format of \(output); end it with .svg, .png, .pdf or .dot")
        }
        let diagram = PathDiagram(graph: index.graph, paths: paths, relations: relations, caption: caption)
        let bytes: [UInt8]
        do {
            bytes = try Renderer.render(diagram.context, options: diagram.options, format: format)
        } catch {
            throw DyadCLIError(error, status: .failure)
        }
        try AtomicFile.write(bytes, to: output)
    }
}
