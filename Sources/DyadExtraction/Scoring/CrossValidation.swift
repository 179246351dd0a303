import DyadCore

/// K-fold cross-validation of the relation scorer on gold sentences, with folds by source page so
/// sentences of one page never sit on both sides, and the choice of per-type thresholds.
public struct CrossValidation: Sendable {
    /// Figures of one setting.
    public struct Setting: Sendable {
        /// The threshold per relation type (`nil`: the scorer adds nothing of that type).
        public var thresholds: [RelationType: Double]
        /// The veto per relation type: a rule's match the scorer gives a lower probability is dropped (`nil`: none).
        public var vetoes: [RelationType: Double] = [:]
        /// The score with those thresholds.
        public var report: GoldScorer.Report
    }

    /// The rules alone, on every sentence.
    public var rulesOnly: GoldScorer.Report
    /// Rules and scorer, each type at its chosen threshold.
    public var combined: Setting
    /// Per type, the threshold with the best cross-validated F1 whatever its precision (for recall-oriented use).
    public var bestF1: [RelationType: Double]
    /// Whether rules+scorer beat the rules alone by the margin that turns the scorer on by default
    /// (F1 up by at least 0.05 with precision at least 0.80).
    public var worthEnabling: Bool {
        combined.report.overall.f1 >= rulesOnly.overall.f1 + 0.05 && combined.report.overall.precision >= CrossValidation.minimumPrecision
    }
    /// Rules and scorer, all types at one threshold, for each threshold tried.
    public var sweep: [Setting]
    /// Gold relations whose actors the mention stage found as a pair, and all gold relations.
    public var reachable: (found: Int, total: Int)
    /// The labelled pairs of every sentence (the same for any model, so a final fit can reuse them).
    public var data: TrainingSet

    /// The smallest precision a type's threshold must keep.
    public static let minimumPrecision = 0.80

    /// Runs cross-validation.
    /// - Parameters:
    ///   - scorer: The gold sentences.
    ///   - extractor: The extractor (rules; its model is replaced per fold).
    ///   - trainer: The trainer.
    ///   - folds: The number of folds (at least 2).
    ///   - grid: Thresholds to try.
    ///   - vetoGrid: Vetoes to try (0: none).
    /// - Complexity: `folds` trainings and one extraction of every sentence.
    public init(
        scorer: GoldScorer, extractor: Extractor, trainer: RelationTrainer, folds: Int,
        grid: [Double] = stride(from: 0.2, through: 0.9, by: 0.05).map { $0 },
        vetoGrid: [Double] = [0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3]
    ) {
        let data = TrainingSet(scorer: scorer, extractor: extractor)
        self.data = data
        reachable = (data.reachable, data.total)
        let fold = CrossValidation.folds(scorer.gold, count: max(2, folds))
        let low = grid.min() ?? 0.5
        var results = Array<DocumentExtraction?>(repeating: nil, count: scorer.gold.count)
        for k in 0..<max(2, folds) {
            var training: [RelationTrainer.Instance] = []
            var test: [Int] = []
            for (i, f) in fold.enumerated() { if f == k { test.append(i) } else { training += data.sentences[i] } }
            var reader = extractor
            reader.model = trainer.train(training, thresholds: Array(repeating: low, count: RelationModel.headCount))
            for i in test {
                let g = scorer.gold[i]
                results[i] = reader.extract(DocumentInput(id: g.id, text: g.text, date: g.date))
            }
        }
        let all = results.compactMap { $0 }
        func score(_ thresholds: [RelationType: Double], _ vetoes: [RelationType: Double] = [:]) -> GoldScorer.Report {
            var graph = Graph()
            for var r in all {
                r.relations.removeAll { relation in
                    guard let s = relation.evidence.score else { return false }
                    if relation.evidence.rule != RelationModel.ruleID { return s < (vetoes[relation.type] ?? 0) }
                    guard let t = thresholds[relation.type] else { return true }
                    return s < t
                }
                r.add(to: &graph)
            }
            return scorer.score(graph)
        }
        rulesOnly = score([:])
        var sweep: [Setting] = []
        for t in grid {
            var map: [RelationType: Double] = [:]
            for type in RelationType.allCases { map[type] = t }
            sweep.append(Setting(thresholds: map, report: score(map)))
        }
        self.sweep = sweep
        var bestF1: [RelationType: Double] = [:]
        for type in RelationType.allCases {
            let best = sweep.max { CrossValidation.counts($0.report, type).f1 < CrossValidation.counts($1.report, type).f1 }
            if let best, CrossValidation.counts(best.report, type).f1 > CrossValidation.counts(rulesOnly, type).f1 {
                bestF1[type] = best.thresholds[type]
            }
        }
        self.bestF1 = bestF1
        // Per type (types are counted apart), the threshold and veto with the best F1 that keeps precision at
        // the bar and beats the rules alone.
        var chosen: [RelationType: Double] = [:]
        var vetoes: [RelationType: Double] = [:]
        let thresholdsTried: [Double?] = [nil] + grid.map { $0 }
        var table: [(t: Double?, v: Double, report: GoldScorer.Report)] = []
        for v in vetoGrid {
            for t in thresholdsTried {
                var tm: [RelationType: Double] = [:], vm: [RelationType: Double] = [:]
                for type in RelationType.allCases { tm[type] = t; vm[type] = v }
                table.append((t, v, score(tm, vm)))
            }
        }
        for type in RelationType.allCases {
            var best: (f1: Double, t: Double?, v: Double)?
            for row in table {
                let c = CrossValidation.counts(row.report, type)
                guard c.precision >= CrossValidation.minimumPrecision,
                    c.f1 > (best?.f1 ?? CrossValidation.counts(rulesOnly, type).f1) + 1e-9
                else { continue }
                best = (c.f1, row.t, row.v)
            }
            if let best {
                chosen[type] = best.t
                if best.v > 0 { vetoes[type] = best.v }
            }
        }
        combined = Setting(thresholds: chosen, vetoes: vetoes, report: score(chosen, vetoes))
    }

    /// Counts of a type, asserted and negated together.
    public static func counts(_ report: GoldScorer.Report, _ type: RelationType) -> GoldScorer.Counts {
        var c = GoldScorer.Counts()
        for label in [type.rawValue, type.rawValue + " (negated)"] {
            if let x = report.perType[label] { c.tp += x.tp; c.fp += x.fp; c.fn += x.fn }
        }
        return c
    }

    /// The fold of each sentence: pages (or ids, without a page) sorted by a stable hash, dealt round robin.
    static func folds(_ gold: [GoldScorer.GoldSentence], count: Int) -> [Int] {
        func hash(_ s: String) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            return h
        }
        let keys = gold.map { $0.source ?? $0.id }
        let groups = Array(Set(keys)).sorted { (hash($0), $0) < (hash($1), $1) }
        var fold: [String: Int] = [:]
        for (i, g) in groups.enumerated() { fold[g] = i % count }
        return keys.map { fold[$0] ?? 0 }
    }
}
