import ArgumentParser
import DyadCore
import DyadExtraction
import Foundation

extension Dyad {
    /// `dyad train`: fits the learned relation scorer on gold sentences.
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train the learned relation scorer on gold sentences (the `dyad eval` format).",
            discussion: """
                Every pair of actor mentions the pack finds in a gold sentence becomes a training pair, labelled with \
                the gold relations between the actors it resolves to. With --folds, cross-validation (folds by \
                `source_url`, so one page's sentences never sit on both sides) prints rules-only against \
                rules+scorer figures per type and chooses each type's threshold and veto (a rule's match the scorer gives \
                less is dropped): the pair with the best F1 that keeps precision at 0.80 or more and beats the rules \
                alone; a type with none gets no scored relations.
                """
        )

        @Option(name: .customLong("gold"), parsing: .upToNextOption, help: "Gold files (JSON Lines); give several after one --gold.")
        var gold: [String]

        @OptionGroup var pack: PackOptions

        @Option(name: .shortAndLong, help: "Write the trained model here (a .dyadmodel file).")
        var output: String?

        @Option(help: "Cross-validate with this many folds first and take the thresholds it chooses.")
        var folds: Int?

        @Option(help: "The threshold of every type without cross-validation.")
        var threshold: Double = 0.5

        @Option(help: "Passes over the data.")
        var epochs: Int = 10

        @Option(help: "The L2 penalty (larger: smoother, less fitted to the training sentences).")
        var l2: Double = 0.1

        func validate() throws {
            if gold.isEmpty { throw ValidationError("give at least one gold file with --gold") }
            if let folds, folds < 2 || folds > 20 { throw ValidationError("--folds takes a whole number from 2 to 20") }
            if !(0...1).contains(threshold) { throw ValidationError("--threshold takes a probability from 0 to 1") }
            if epochs < 1 || epochs > 1000 { throw ValidationError("--epochs takes a whole number from 1 to 1000") }
        }

        func run() throws {
            var extractor = try pack.extractor(model: false)
            extractor.model = nil
            var scorer: GoldScorer?
            do {
                for path in gold {
                    let next = try GoldScorer(bytes: try FileBytes.read(path), path: path)
                    if scorer == nil { scorer = next } else { scorer?.append(next) }
                }
            } catch let error as ExtractionError {
                throw DyadCLIError(error)
            }
            guard let scorer else { return }
            var trainer = RelationTrainer()
            trainer.epochs = epochs
            trainer.l2 = l2
            var thresholds = Array(repeating: threshold, count: RelationModel.headCount)
            var vetoes = Array(repeating: 0.0, count: RelationModel.headCount)
            var data: TrainingSet?
            var about =
                "trained on \(scorer.gold.count) sentences (\(gold.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ")))"
            if let folds {
                let cv = CrossValidation(scorer: scorer, extractor: extractor, trainer: trainer, folds: folds)
                data = cv.data
                print(CrossValidationText.render(cv, folds: folds))
                // Types whose precision cannot reach the bar keep their best-F1 threshold, for users who turn the
                // scorer on for recall; the verdict below says whether the pack should turn it on by default.
                for head in RelationHead.allCases {
                    thresholds[head.rawValue] = cv.combined.thresholds[head.type] ?? cv.bestF1[head.type] ?? 1.01
                    vetoes[head.rawValue] = cv.combined.vetoes[head.type] ?? 0
                }
                print(
                    "on by default: " + (cv.worthEnabling ? "yes" : "no") + " (needs F1 +0.05 over the rules alone with precision >= 0.80)")
                let o = cv.combined.report.overall, r = cv.rulesOnly.overall
                about += String(
                    format: "; %d-fold CV: rules P %.3f R %.3f F1 %.3f, rules+model P %.3f R %.3f F1 %.3f",
                    folds, r.precision, r.recall, r.f1, o.precision, o.recall, o.f1)
            }
            guard let output else { return }
            // The pairs cross-validation labelled are the training data of the final fit.
            let training = data ?? TrainingSet(scorer: scorer, extractor: extractor)
            var model = trainer.train(training.sentences.flatMap { $0 }, names: training.names, thresholds: thresholds, about: about)
            model.vetoes = vetoes
            do {
                try AtomicFile.write(model.encoded(), to: output)
            } catch {
                throw DyadCLIError("\(error)", status: .failure)
            }
            print(
                "wrote \(output): \(model.hashes.count) features; thresholds "
                    + RelationHead.allCases.map { "\($0.name) \(String(format: "%.2f", model.thresholds[$0.rawValue]))" }.joined(
                        separator: ", ") + "; vetoes "
                    + RelationHead.allCases.map { "\($0.name) \(String(format: "%.2f", model.vetoes[$0.rawValue]))" }.joined(
                        separator: ", "))
            for head in RelationHead.allCases {
                let top = model.strongest(head).map { "\($0.feature) (\(String(format: "%.2f", $0.weight)))" }
                print("strongest \(head.name): \(top.joined(separator: ", "))")
            }
        }
    }
}

/// The text report of a cross-validation.
enum CrossValidationText {
    static func render(_ cv: CrossValidation, folds: Int) -> String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        func line(_ name: String, _ c: GoldScorer.Counts) -> String {
            "\(name.padding(toLength: 12, withPad: " ", startingAt: 0)) P \(f(c.precision))  R \(f(c.recall))  F1 \(f(c.f1))  (tp \(c.tp), fp \(c.fp), fn \(c.fn))"
        }
        var out = [
            "\(folds)-fold cross-validation (folds by source page); mention pairs reach \(cv.reachable.found) of \(cv.reachable.total) gold relations"
        ]
        for (title, report) in [("rules only", cv.rulesOnly), ("rules + model", cv.combined.report)] {
            out.append(title + ":")
            for type in RelationType.allCases.sorted(by: { $0.rawValue < $1.rawValue }) {
                out.append("  " + line(type.rawValue, CrossValidation.counts(report, type)))
            }
            out.append("  " + line("overall", report.overall))
        }
        out.append(
            "thresholds: "
                + RelationType.allCases.sorted(by: { $0.rawValue < $1.rawValue }).map { t in
                    "\(t.rawValue) " + (cv.combined.thresholds[t].map { String(format: "%.2f", $0) } ?? "off")
                }.joined(separator: ", "))
        out.append(
            "vetoes (a rule's match below it is dropped): "
                + RelationType.allCases.sorted(by: { $0.rawValue < $1.rawValue }).map { t in
                    "\(t.rawValue) " + (cv.combined.vetoes[t].map { String(format: "%.2f", $0) } ?? "none")
                }.joined(separator: ", "))
        out.append("sweep (one threshold for all types):")
        for s in cv.sweep {
            let o = s.report.overall
            out.append("  \(String(format: "%.2f", s.thresholds[.hostility] ?? 0))  P \(f(o.precision))  R \(f(o.recall))  F1 \(f(o.f1))")
        }
        return out.joined(separator: "\n")
    }
}
