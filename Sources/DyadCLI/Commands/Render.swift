import ArgumentParser
import DyadCore
import DyadExport

extension Dyad {
    /// `dyad render`: draws a graph as SVG, PNG, PDF or DOT through Graphviz.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw a graph as SVG, PNG, PDF or DOT with Graphviz.",
            discussion: """
                Hostility is red, alliance green, agreement blue; proxy is a dashed arrow from the proxy to its patron; \
                relations known from hedged evidence only are dotted; lines grow thicker with evidence; shapes show actor kinds. \
                SVG tooltips carry each relation's strongest evidence sentence, its date and its source.
                The layout runs in the dyad-graphviz helper (found beside dyad, in DYAD_GRAPHVIZ or on PATH) \
                with a time limit (--timeout), a memory limit and file loading turned off.
                """
        )

        @OptionGroup var input: GraphInput

        @OptionGroup var view: DiagramViewOptions
        @OptionGroup var out: RenderOutputOptions

        func run() throws {
            let graph = try input.read()
            var options = try view.diagramOptions(for: graph)
            out.apply(to: &options)
            let diagram = DOTWriter.diagram(for: graph, options: options)
            let format = out.resolvedFormat
            let bytes: [UInt8]
            do {
                bytes = try Renderer.render(diagram, format: format, limits: out.limits)
            } catch {
                throw DyadCLIError(error, status: .failure)
            }
            let path = out.resolvedOutput(graphPath: input.file)
            try out.write(bytes, to: path)
            var report =
                "\(path == "-" ? "wrote" : "wrote \(path):") \(diagram.actorCount) actors, \(diagram.relationCount) relations, \(format.rawValue)"
            if format != .dot { report += ", \(diagram.allPinned ? "pinned" : diagram.layout.rawValue) layout" }
            if !diagram.droppedActors.isEmpty {
                let shown = diagram.droppedActors.prefix(20).joined(separator: ", ")
                report +=
                    "\nleft out \(diagram.droppedActors.count) less connected actor\(diagram.droppedActors.count == 1 ? "" : "s") (--max-actors): \(shown)\(diagram.droppedActors.count > 20 ? ", …" : "")"
            }
            for note in diagram.notes { report += "\nnote: \(note)" }
            if diagram.relationCount == 0 { report += "\nnote: no relation matches this view" }
            Dyad.printError(report)
        }
    }
}
