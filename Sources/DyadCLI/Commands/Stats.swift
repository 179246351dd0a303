import ArgumentParser
import DyadCore

extension Dyad {
    /// `dyad stats`: counts by actor kind, relation type and modality, and the date range.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count a graph's actors, relations and evidence, and show its date range."
        )

        @Argument(help: "A graph file (.json or .jsonl), or - for standard input.")
        var file: String

        @Flag(help: "Print the figures as JSON.")
        var json = false

        func run() throws {
            let stats = GraphStatistics(try GraphDigest.read(file))
            if json {
                try JSONOutput.print(encodable: stats)
            } else {
                print(stats.text(title: file))
            }
        }
    }
}
