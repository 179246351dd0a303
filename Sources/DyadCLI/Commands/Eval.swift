import ArgumentParser
import DyadCore
import DyadExtraction
import Foundation

extension Dyad {
    /// `dyad eval`: scores extraction against annotated sentences.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score extraction against gold sentences: precision, recall and F1, overall and per type.",
            discussion: """
                The gold file has one JSON object a line: {"id","text","date"?,"actors":[{"canonical","mention"}], \
                "relations":[{"a","type","b","modality"}]}. Matching follows PRODUCT.md section 2 and agrees with \
                shared/acceptance/score.py run on the graph of `dyad extract --jsonl` over the same file.
                """
        )

        @Option(help: "The gold file (JSON Lines).")
        var gold: String

        @OptionGroup var pack: PackOptions

        @Option(name: .shortAndLong, help: "Also write the extracted graph here.")
        var output: String?

        @Flag(help: "Print the figures, misses and false positives as JSON.")
        var json = false

        func run() throws {
            let extractor = try pack.extractor()
            let scorer: GoldScorer
            do {
                scorer = try GoldScorer(bytes: try FileBytes.read(gold), path: gold)
            } catch let error as ExtractionError {
                throw DyadCLIError(error.description)
            }
            let results = extractor.extract(scorer.inputs)
            var graph = Graph()
            for result in results { result.add(to: &graph) }
            if let output { try GraphFile.write(graph, to: output) }
            let report = scorer.score(graph)
            let types = report.perType.keys.sorted()
            if json {
                var perType: [String: Any] = [:]
                for t in types {
                    let c = report.perType[t] ?? .init()
                    perType[t] = ["precision": c.precision, "recall": c.recall, "f1": c.f1, "tp": c.tp, "fp": c.fp, "fn": c.fn]
                }
                let o = report.overall
                try JSONOutput.print([
                    "precision": o.precision, "recall": o.recall, "f1": o.f1, "tp": o.tp, "fp": o.fp, "fn": o.fn,
                    "sentences": report.sentences, "per_type": perType,
                    "misses": report.misses.map { ["id": $0.id, "a": $0.a, "type": $0.type, "b": $0.b] },
                    "false_positives": report.falsePositives.map { ["id": $0.id, "a": $0.a, "type": $0.type, "b": $0.b] },
                ] as [String: Any])
                return
            }
            func f(_ x: Double) -> String { String(format: "%.3f", x) }
            for t in types {
                let c = report.perType[t] ?? .init()
                print("\(t.padding(toLength: 22, withPad: " ", startingAt: 0)) P \(f(c.precision))  R \(f(c.recall))  F1 \(f(c.f1))   (tp \(c.tp), fp \(c.fp), fn \(c.fn))")
            }
            let o = report.overall
            print("overall P \(f(o.precision)) R \(f(o.recall)) F1 \(f(o.f1)) (tp \(o.tp), fp \(o.fp), fn \(o.fn), sentences \(report.sentences))")
            for m in report.misses { print("missed:         [\(m.id)] \(m.a) \(m.type) \(m.b)") }
            for x in report.falsePositives { print("false positive: [\(x.id)] \(x.a) \(x.type) \(x.b)") }
        }
    }
}
