import ArgumentParser
import DyadCore
import DyadInterop

extension Dyad {
    /// `dyad import`: reads other tools' data: edge lists, GraphML, PETRARCH/TABARI dictionaries.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import edge lists and GraphML into graphs, PETRARCH/TABARI dictionaries into rule packs.",
            subcommands: [ImportEdges.self, ImportGraphML.self, ImportPetrarch.self]
        )
    }

    /// Where an imported graph goes (`-o`), shared by the graph importers.
    struct ImportOutputOptions: ParsableArguments {
        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("The graph file to write (.json or .jsonl), or - for standard output.", valueName: "file"))
        var output: String = "-"

        /// Writes the graph with its extension fields, atomically for files.
        func write(_ graph: Graph, extensions: GraphExtensions) throws {
            let bytes = GraphFile.encode(graph, format: GraphFormat(path: output), extensions: extensions)
            if output == "-" { try StandardOutput.write(bytes) } else { try AtomicFile.write(bytes, to: output) }
        }
    }

    /// `dyad import edges FILE.csv`.
    struct ImportEdges: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edges",
            abstract: "Read an edge list (CSV: source, target, type, date, evidence) into a graph.",
            discussion: """
                Without a header row the columns are source, target, type, date, evidence (the last two optional). \
                With one, columns are found by name (source/from/:START_ID, target/to/:END_ID, type/:TYPE/relation, \
                date, evidence/sentence, modality); other columns become x- fields of the relation. Dates are \
                YYYY-MM-DD, YYYY-MM or YYYY. Bad rows are reported as file:line:col, and nothing is written (exit 2).
                """
        )

        @Argument(help: "The CSV file.")
        var file: String

        @OptionGroup var out: ImportOutputOptions

        func run() throws {
            let result = try EdgeListImporter.read(file)
            try out.write(result.graph, extensions: result.extensions)
            Dyad.printError("read \(result.rows) rows: \(result.graph.actors.count) actors, \(result.graph.relations.count) relations")
        }
    }

    /// `dyad import graphml FILE`.
    struct ImportGraphML: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "graphml",
            abstract: "Read GraphML (from Dyad, NetworkX, yEd or Gephi) into a graph.",
            discussion: """
                Attributes whose names match Dyad's are mapped (name/label, kind, aliases, partOf, roles; type, modality, \
                confidence, firstSeen, lastSeen, validFrom, validTo, evidence); every other attribute is kept as an \
                x- field. A file written by `dyad export --format graphml` comes back unchanged.
                """
        )

        @Argument(help: "The GraphML file.")
        var file: String

        @Option(
            name: .customLong("default-type"),
            help: ArgumentHelp("The relation type of edges that state none (default: skip them).", valueName: "type"))
        var defaultType: RelationType?

        @OptionGroup var out: ImportOutputOptions

        func run() throws {
            let result = try GraphMLImporter.read(file, defaultType: defaultType)
            try out.write(result.graph, extensions: result.extensions)
            var report = "read \(result.graph.actors.count) actors, \(result.graph.relations.count) relations"
            for note in result.notes { report += "\nnote: \(note)" }
            Dyad.printError(report)
        }
    }
}
