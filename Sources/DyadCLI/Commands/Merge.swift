import ArgumentParser
import DyadCore

extension Dyad {
    /// `dyad merge`: unites graphs by actor id and relation key.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge graphs by actor id and (source, type, target); merging is associative and idempotent.",
            discussion: """
                JSON Lines inputs are streamed and merged record by record (as sorted runs), so memory holds one \
                record per input, not the graphs; any bracketing of merges of the same files in the same order \
                gives the same bytes. Scalar fields keep the first file's value. The output is written \
                atomically; it may be one of the inputs.
                """
        )

        @Argument(help: "Graph files (.json or .jsonl), or - for standard input (once).")
        var files: [String]

        @Option(name: .shortAndLong, help: "The merged graph (.json or .jsonl), or - for standard output.")
        var output: String

        @Option(help: "Output form: json or jsonl (default: by the output's extension).")
        var format: GraphFormat?

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("name at least one graph file to merge") }
            if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        }

        func run() throws {
            try GraphFile.merge(files, to: output, format: format)
        }
    }
}

extension GraphFormat: ExpressibleByArgument {}
