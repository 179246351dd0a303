import DyadCore

/// Labelled pairs for the relation scorer, read out of gold sentences by the engine's mention stage.
public struct TrainingSet: Sendable {
    /// Per gold sentence, its pairs with labels.
    public var sentences: [[RelationTrainer.Instance]]
    /// Gold relations whose two actors the engine found as a pair of mentions in the sentence.
    public var reachable = 0
    /// All gold relations.
    public var total = 0
    /// The name of every feature hash seen (the debug mapping stored in the model).
    public var names: [UInt64: String] = [:]

    /// Reads every gold sentence with the extractor and labels each pair of mentions with the gold
    /// relations between the actors they resolve to.
    /// - Parameters:
    ///   - scorer: The gold sentences and their name table.
    ///   - extractor: The extractor (its model is not used).
    /// - Complexity: One extraction per sentence.
    public init(scorer: GoldScorer, extractor: Extractor) {
        var base = extractor
        base.model = nil
        sentences = []
        for g in scorer.gold {
            let pairs = base.pairs(DocumentInput(id: g.id, text: g.text, date: g.date))
            var instances: [RelationTrainer.Instance] = []
            var covered = Set<Int>()
            for p in pairs {
                let c1 = scorer.canonicals(p.firstNames), c2 = scorer.canonicals(p.secondNames)
                var heads = Set<Int>()
                for (k, r) in g.relations.enumerated() {
                    guard let type = RelationType(rawValue: r.type) else { continue }
                    let forward = c1.contains(r.a) && c2.contains(r.b), backward = c1.contains(r.b) && c2.contains(r.a)
                    if forward { heads.insert(RelationHead.of(type, firstIsSource: true).rawValue) }
                    if backward { heads.insert(RelationHead.of(type, firstIsSource: false).rawValue) }
                    if forward || backward { covered.insert(k) }
                }
                instances.append(RelationTrainer.Instance(features: p.features, heads: heads))
                for (h, name) in zip(p.features, p.names) where names[h] == nil { names[h] = name }
            }
            reachable += covered.count
            total += g.relations.count
            sentences.append(instances)
        }
    }
}
