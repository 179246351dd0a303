import DyadCore

/// What extraction read out of one document.
public struct DocumentExtraction: Sendable {
    /// The document.
    public var document: Document
    /// The actors the relations involve, with their parents.
    public var actors: [Actor]
    /// The relations in document order.
    public var relations: [ExtractedRelation]
    /// Aliases learned from the text.
    public var learned: [LearnedAlias]
    /// The number of sentences read.
    public var sentenceCount: Int
    /// The ids of rules whose matching ran out of its step limit in this document (matches may be missing).
    public var stepLimitRules: [String] = []
    /// For each actor the relations involve, in the order of ``actors``: its number in the pack's actor list
    /// (``RulePack/actors``), or -1 for an actor the text made (a person or organ the pack does not list). An actor
    /// of the pack is the same value in every document, so a caller adding many results to one graph needs to add
    /// each only once. With ``Extractor/packActorsByNumber`` ``actors`` may hold only the actors the text made (when
    /// it has fewer entries than this list): each -1 here stands for the next of them.
    public var packEntries: [Int32] = []
    /// With ``Extractor/spanEvidence``: the relations, in document order, with their evidence as positions in ``text``
    /// (``relations`` is then empty).
    package var spanRelations: [SpanExtractedRelation] = []
    /// With ``Extractor/spanEvidence``: the sentences of the document's UTF-8 text that ``spanRelations`` point into,
    /// one after the other (see ``keepSentences(of:)``).
    package var text: [UInt8] = []

    /// Sets ``text`` to the sentences of `document` (the document's UTF-8 text) that ``spanRelations`` point into, one
    /// after the other, and moves their positions onto it: a caller that keeps many results keeps only the sentences
    /// its evidence quotes, as it would keep them in ``Evidence``, each once.
    package mutating func keepSentences(of document: UnsafeBufferPointer<UInt8>) {
        var kept: [UInt8] = []
        // Each sentence kept: its start in the document and in `kept`. Relations come in sentence order, so a sentence
        // is almost always the last one kept; the list is searched only when it is not.
        var moved: [(from: Int32, to: Int32)] = []
        for index in spanRelations.indices {
            let sentence = spanRelations[index].evidence.sentence
            let start: Int32
            if let last = moved.last, last.from == sentence.start {
                start = last.to
            } else if let known = moved.first(where: { $0.from == sentence.start }) {
                start = known.to
            } else {
                start = Int32(kept.count)
                moved.append((sentence.start, start))
                kept.append(contentsOf: document[Int(sentence.start)..<Int(sentence.end)])
            }
            // Mentions lie inside their sentence.
            let shift = start - sentence.start
            spanRelations[index].evidence.sentence = SpanEvidence.Bytes(Int(start), Int(sentence.end + shift))
            spanRelations[index].evidence.sourceMention.start += shift
            spanRelations[index].evidence.sourceMention.end += shift
            spanRelations[index].evidence.targetMention.start += shift
            spanRelations[index].evidence.targetMention.end += shift
        }
        text = kept
    }

    /// Creates a result.
    public init(document: Document, actors: [Actor], relations: [ExtractedRelation], learned: [LearnedAlias], sentenceCount: Int) {
        self.document = document
        self.actors = actors
        self.relations = relations
        self.learned = learned
        self.sentenceCount = sentenceCount
    }

    /// The actors as they go into a graph, in the order of ``actors``: with `learnAliases`, the aliases learned
    /// from the text join their actors first.
    public func actorsForGraph(learnAliases: Bool) -> [Actor] {
        var actorsByID: [String: Actor] = [:]
        for actor in actors { actorsByID[actor.id] = actor }
        if learnAliases {
            for alias in learned { if let id = alias.actor { actorsByID[id]?.aliases.append(alias.alias) } }
        }
        return actors.compactMap { actorsByID[$0.id] }
    }

    /// Adds the document, actors and relations to a graph.
    /// - Parameters:
    ///   - graph: The graph to add to.
    ///   - learnAliases: Whether learned aliases become aliases of their actors.
    public func add(to graph: inout Graph, learnAliases: Bool = false) {
        graph.add(document)
        for actor in actorsForGraph(learnAliases: learnAliases) { graph.add(actor) }
        for relation in relations { graph.add(relation.evidence, source: relation.source, type: relation.type, target: relation.target) }
    }
}
