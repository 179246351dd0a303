import ArgumentParser
import DyadCore
import DyadExport
import Foundation

extension Dyad {
    /// `dyad export`: writes a graph (or a view of it) as GraphML, GEXF, Cytoscape.js JSON or CSV.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a graph as GraphML, GEXF (with time), Cytoscape.js JSON or CSV.",
            discussion: """
                Takes the view options of `dyad render` (focus, hops, types, dates, evidence, collapse). \
                graphml: typed keys for every attribute, for yEd, NetworkX and Gephi. gexf: GEXF 1.3 in dynamic \
                mode with spells from evidence dates and validity intervals, for Gephi's timeline. cytoscape: \
                Cytoscape.js elements JSON (Schemas/cytoscape.schema.json). csv: a folder with actors.csv, \
                relations.csv and evidence.csv for graph-database bulk import (columns in README). \
                Without a view option, actors without relations are kept.
                """
        )

        @OptionGroup var input: GraphInput

        @Option(help: ArgumentHelp("graphml, gexf, cytoscape or csv (default: by the output's extension).", valueName: "format"))
        var format: InteropFormat?

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("The output file, - for standard output, or a folder for csv (default: the graph's name).", valueName: "out")
        )
        var output: String?

        @OptionGroup var view: DiagramViewOptions

        func validate() throws {
            if format == nil, resolvedFormat == nil {
                throw ValidationError("give --format graphml, gexf, cytoscape or csv, or an output ending in .graphml, .gexf or .cyjs")
            }
            if resolvedFormat == .csv, output == "-" { throw ValidationError("csv writes three files: give a folder with -o") }
        }

        /// `--format`, else the output's extension.
        var resolvedFormat: InteropFormat? {
            if let format { return format }
            guard let output, let dot = output.lastIndex(of: ".") else { return nil }
            let ext = output[output.index(after: dot)...].lowercased()
            return InteropFormat.allCases.first { $0.fileExtension == ext || $0.rawValue == ext || (ext == "json" && $0 == .cytoscape) }
        }

        func run() throws {
            guard let format = resolvedFormat else { throw DyadCLIError("no export format") }
            let graph = try input.read()
            var options = try view.diagramOptions(for: graph)
            options.keepIsolatedActors = !view.narrowsTheGraph
            let (shown, dropped) = InteropExport.view(of: graph, options: options)
            let files = InteropExport.encode(shown, format: format)
            let path = output ?? defaultOutput(format)
            if format.writesFolder {
                do {
                    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
                } catch {
                    throw DyadCLIError("cannot create the folder \(path): \(error.localizedDescription)", status: .failure)
                }
                for (name, bytes) in files { try AtomicFile.write(bytes, to: path + "/" + (name ?? "graph.csv")) }
            } else if path == "-" {
                for (_, bytes) in files { try StandardOutput.write(bytes) }
            } else {
                for (_, bytes) in files { try AtomicFile.write(bytes, to: path) }
            }
            var report =
                "\(path == "-" ? "wrote" : "wrote \(path):") \(shown.actors.count) actors, \(shown.relations.count) relations, \(format.rawValue)"
            if !dropped.isEmpty {
                report += "\nleft out \(dropped.count) less connected actor\(dropped.count == 1 ? "" : "s") (--max-actors)"
            }
            Dyad.printError(report)
        }

        private func defaultOutput(_ format: InteropFormat) -> String {
            var base = input.file == "-" ? "graph" : String(input.file.split(separator: "/").last ?? "graph")
            for suffix in [".jsonl", ".json"] where base.hasSuffix(suffix) { base.removeLast(suffix.count) }
            return format.writesFolder ? base + "-csv" : base + "." + format.fileExtension
        }
    }
}

extension InteropFormat: ExpressibleByArgument {}
