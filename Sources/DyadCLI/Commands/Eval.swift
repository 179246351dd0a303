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

        @Flag(
            help:
                "Say for each miss which stage lost it (mention, resolution, rule, type, direction, modality), with counts per cause, and which rule made each false positive."
        )
        var misses = false

        func run() throws {
            let extractor = try pack.extractor()
            let scorer: GoldScorer
            do {
                scorer = try GoldScorer(bytes: try FileBytes.read(gold), path: gold)
            } catch let error as ExtractionError {
                throw DyadCLIError(error)
            }
            let results = extractor.extract(scorer.inputs)
            var graph = Graph()
            for result in results { result.add(to: &graph) }
            if let output { try GraphFile.write(graph, to: output) }
            let report = scorer.score(graph)
            var diagnoses: [MissDiagnosis] = []
            if misses {
                var analyses: [String: DocumentAnalysis] = [:]
                for input in scorer.inputs { if let id = input.id { analyses[id] = extractor.analyse(input) } }
                diagnoses = MissDiagnosis.diagnose(report, scorer: scorer, graph: graph, analyses: analyses)
            }
            let types = report.perType.keys.sorted()
            if json {
                var perType: [String: Any] = [:]
                for t in types {
                    let c = report.perType[t] ?? .init()
                    perType[t] = ["precision": c.precision, "recall": c.recall, "f1": c.f1, "tp": c.tp, "fp": c.fp, "fn": c.fn]
                }
                let o = report.overall
                try JSONOutput.print(
                    [
                        "precision": o.precision, "recall": o.recall, "f1": o.f1, "tp": o.tp, "fp": o.fp, "fn": o.fn,
                        "sentences": report.sentences, "per_type": perType,
                        "misses": misses
                            ? diagnoses.map { ["id": $0.id, "relation": $0.relation, "cause": $0.cause.rawValue, "detail": $0.detail] }
                            : report.misses.map { ["id": $0.id, "a": $0.a, "type": $0.type, "b": $0.b] },
                        "false_positives": report.falsePositives.map {
                            ["id": $0.id, "a": $0.a, "type": $0.type, "b": $0.b, "rule": $0.rule]
                        },
                    ] as [String: Any])
                return
            }
            func f(_ x: Double) -> String { String(format: "%.3f", x) }
            for t in types {
                let c = report.perType[t] ?? .init()
                print(
                    "\(t.padding(toLength: 22, withPad: " ", startingAt: 0)) P \(f(c.precision))  R \(f(c.recall))  F1 \(f(c.f1))   (tp \(c.tp), fp \(c.fp), fn \(c.fn))"
                )
            }
            let o = report.overall
            print(
                "overall P \(f(o.precision)) R \(f(o.recall)) F1 \(f(o.f1)) (tp \(o.tp), fp \(o.fp), fn \(o.fn), sentences \(report.sentences))"
            )
            if misses {
                for d in diagnoses { print("missed:         [\(d.id)] \(d.relation) — \(d.cause.rawValue): \(d.detail)") }
                for x in report.falsePositives { print("false positive: [\(x.id)] \(x.a) \(x.type) \(x.b) — rule \(x.rule)") }
                print("misses by cause:")
                for cause in MissDiagnosis.Cause.allCases {
                    print(
                        "  \(cause.rawValue.padding(toLength: 36, withPad: " ", startingAt: 0)) \(diagnoses.filter { $0.cause == cause }.count)"
                    )
                }
                var rules: [String: Int] = [:]
                for x in report.falsePositives { rules[x.rule, default: 0] += 1 }
                print("false positives by rule:")
                for (rule, n) in rules.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
                    print("  \(rule.padding(toLength: 36, withPad: " ", startingAt: 0)) \(n)")
                }
                return
            }
            for m in report.misses { print("missed:         [\(m.id)] \(m.a) \(m.type) \(m.b)") }
            for x in report.falsePositives { print("false positive: [\(x.id)] \(x.a) \(x.type) \(x.b)") }
        }
    }
}
