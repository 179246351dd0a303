import ArgumentParser
import DyadCore

extension Dyad {
    /// `dyad stats`: counts by actor kind, relation type and modality, and the date range.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count a graph's actors, relations and evidence, and show its date range."
        )

        @OptionGroup var input: GraphInput

        @OptionGroup var output: OutputOptions<StatsOutput>

        func run() throws {
            let stats = GraphStatistics(try GraphDigest.read(input.file))
            if output.json {
                try JSONOutput.print(encodable: stats)
            } else {
                print(stats.text(title: input.file))
            }
        }
    }
}
