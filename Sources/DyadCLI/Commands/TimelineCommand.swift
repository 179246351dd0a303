import ArgumentParser
import DyadCore
import DyadExport
import Foundation

extension Dyad {
    /// `dyad timeline`: one diagram per step with stable positions, and an HTML index with the changes between steps.
    struct TimelineCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timeline",
            abstract: "Draw a graph as of a sequence of dates, with stable positions, and an index page of what changed.",
            discussion: """
                dyad timeline graph.json --every month -o timeline/
                dyad timeline graph.json --every 14 --from 2021-09-01 --to 2021-12-31 --window 90 -o timeline/

                Writes one diagram per step (NN-YYYY-MM-DD.svg) and index.html, a page without
                external resources that shows the steps in order with the changes between
                consecutive steps. Actors keep the position a layout of all steps together gives
                them, so the diagrams can be compared by eye. Each diagram after the first marks
                what changed since the previous step (added green, removed grey, flipped orange).
                """
        )

        @OptionGroup var input: GraphInput

        @Option(help: "The step: month, week, or a number of days.")
        var every: String

        @OptionGroup var time: TimeWindowOptions<TimelineTime>

        @Option(name: [.short, .customLong("output")], help: "The folder to write (created if missing).")
        var output: String

        @Option(help: "The diagrams' format: svg, png, pdf or dot.")
        var format: String = "svg"

        @Option(parsing: .unconditional, help: "Smallest change in evidence count reported as strengthened or weakened.")
        var minChange: Int = 1

        func validate() throws {
            guard TimelineInterval(every) != nil else {
                throw ValidationError("--every \"\(every)\": expected month, week or a number of days")
            }
            guard RenderFormat(rawValue: format.lowercased()) != nil else {
                throw ValidationError("--format \"\(format)\": expected svg, png, pdf or dot")
            }
            if minChange < 1 { throw ValidationError("--min-change must be at least 1") }
        }

        func run() throws {
            let graph = try input.read()
            guard let interval = TimelineInterval(every) else { return }
            let range = Timeline.dateRange(of: graph)
            let start = time.from ?? range?.lowerBound
            let end = time.to ?? range?.upperBound
            guard let start, let end else {
                throw DyadCLIError("\(input.file) has no dated evidence; give --from and --to")
            }
            guard start <= end else { throw DyadCLIError("--from \(start) is after --to \(end)") }
            guard let days = interval.steps(from: start, to: end, limit: 400) else {
                throw DyadCLIError("more than 400 steps from \(start) to \(end) every \(interval); choose a longer step")
            }
            let timeline = DyadCore.Timeline(graph, days: days, window: time.window, options: DiffOptions(minimumEvidenceChange: minChange))
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                throw DyadCLIError("cannot create \(output): \(error.localizedDescription)", status: .failure)
            }
            let written = try TimelineWriter(
                graph: graph, timeline: timeline, folder: output,
                format: RenderFormat(rawValue: format.lowercased()) ?? .svg
            ).write()
            let html = TimelinePage(
                source: input.file, interval: interval, window: time.window, graph: graph, timeline: timeline, files: written.files
            ).html()
            try DiagramFiles.write(Array(html.utf8), to: (output as NSString).appendingPathComponent("index.html"))
            if let note = written.note { Dyad.printError(note) }
            print("\(timeline.steps.count) steps from \(start) to \(end) every \(interval) written to \(output)/index.html")
        }
    }
}
