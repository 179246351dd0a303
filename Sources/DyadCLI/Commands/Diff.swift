import ArgumentParser
import DyadCore
import DyadExport
import Foundation

extension Dyad {
    /// `dyad diff`: what changed between two graph files, or in one graph between two dates.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what changed between two graphs, or in one graph between two dates.",
            discussion: """
                dyad diff OLD.json NEW.json
                dyad diff GRAPH.json --from 2021-11-15 --to 2021-12-15 [--window 90]

                Reports flips of the dominant type between two actors (alliance → hostility),
                relations added and removed, modality changes (hedged → asserted), relations
                strengthened or weakened, actors added and removed, sub-unit and alias changes,
                each with the sentences that caused it (the last sentence seen for a removal).
                Between dates, actors count as present when a relation touches them, and with
                --window a relation not re-confirmed within that many days counts as lapsed.
                Exit status 0 whether or not anything changed, unless --exit-code asks for 1.
                """
        )

        @Argument(help: "The old graph file, or the only graph with --from/--to.")
        var old: String

        @Argument(help: "The new graph file.")
        var new: String?

        @OptionGroup var time: TimeWindowOptions<DiffTime>

        @OptionGroup var output: OutputOptions<DiffOutput>

        @Option(help: "Only changes about these relation types (comma-separated: alliance,hostility,proxy,agreement).")
        var types: [RelationTypeList] = []

        @Option(help: "Only changes touching this actor (id, name or alias); repeat for several.")
        var actor: [String] = []

        @Option(parsing: .unconditional, help: "Smallest change in evidence count reported as strengthened or weakened.")
        var minChange: Int = 1

        @Option(parsing: .unconditional, help: "Smallest change in confidence reported for relations without evidence.")
        var minConfidenceChange: Double = 0.05

        @Option(parsing: .unconditional, help: "Evidence sentences printed per change in text output.")
        var maxEvidence: Int = 3

        @Flag(help: "Print only the count of changes of each kind.")
        var summary = false

        @Flag(help: "Exit with status 1 when there are changes.")
        var exitCode = false

        func validate() throws {
            if new == nil {
                guard time.from != nil, time.to != nil else {
                    throw ValidationError("give two graph files, or one graph with --from DATE and --to DATE")
                }
            } else if time.value.isLimited {
                throw ValidationError("--from, --to and --window compare one graph with itself over time; give one graph file with them")
            }
            if old == "-", new == "-" { throw ValidationError("standard input (-) can be read only once; give at least one graph file") }
            if minChange < 1 { throw ValidationError("--min-change must be at least 1") }
            if maxEvidence < 0 { throw ValidationError("--max-evidence cannot be negative") }
            guard minConfidenceChange.isFinite, (0...1).contains(minConfidenceChange) else {
                throw ValidationError("--min-confidence-change must be a number from 0 to 1")
            }
        }

        func run() throws {
            let thresholds = DiffOptions(minimumEvidenceChange: minChange, minimumConfidenceChange: minConfidenceChange)
            let comparison = try DiffComparison.make(
                old: old, new: new, time: time.value,
                options: thresholds, complete: output.render != nil)
            var options = thresholds
            options.types = types.selection
            options.actors = try DiffInputs.actors(actor, in: [comparison.newGraph, comparison.oldGraph])
            let diff = comparison.diff.filtered(options)
            if let render = output.render {
                var (oldVersion, newVersion) = (comparison.oldGraph, comparison.newGraph)
                if let (before, after) = comparison.relations {
                    oldVersion = Graph(
                        documents: Array(comparison.oldGraph.documents.values), actors: Array(comparison.oldGraph.actors.values),
                        relations: Array(before.values))
                    newVersion = Graph(
                        documents: Array(comparison.newGraph.documents.values), actors: Array(comparison.newGraph.actors.values),
                        relations: Array(after.values))
                }
                try DiffDiagram(
                    old: oldVersion, new: newVersion, diff: diff,
                    title: "\(comparison.oldVersion.label) → \(comparison.newVersion.label)"
                ).write(to: render)
            }
            if output.json {
                try DiffReport.print(diff: diff, old: comparison.oldVersion, new: comparison.newVersion, window: time.window)
            } else if summary {
                print(comparison.heading + "\n" + DiffText.summary(diff))
            } else {
                let text = DiffText(old: comparison.oldGraph, new: comparison.newGraph, maxEvidence: maxEvidence)
                print(text.render(diff, heading: comparison.heading), terminator: "")
            }
            if exitCode, !diff.isEmpty { throw ExitCode(1) }
        }
    }
}
