import DyadCore

/// Reads documents with a compiled pack: sentences, mentions, rules, modality, time and attribution.
public struct Extractor: Sendable {
    /// The compiled pack.
    public let pack: CompiledPack
    /// The longest sentence in tokens; longer runs are cut, so time and memory stay bounded.
    public var maxSentenceTokens = 120
    /// The most relations one sentence yields (the first ones found); a list of many names would otherwise
    /// make one sentence yield a relation for every pair, memory quadratic in the list.
    public var maxSentenceRelations = 32
    /// The learned relation scorer; `nil` reads with the rules alone.
    public var model: RelationModel?
    /// Whether relations carry the tokens they matched and, for scored ones, their strongest features in
    /// `matched` (for `--explain`); without it `matched` is empty.
    public var explainScores = false
    /// Whether a result lists the pack's actors by number only (``DocumentExtraction/packEntries``), leaving them out of
    /// its `actors`: for a caller that adds many results to one graph and takes each pack actor once from the pack
    /// (``CompiledPack/packActor(_:)``), instead of every document copying the ones it names.
    package var packActorsByNumber = false
    /// Whether patterns run only on sentences that hold their required words and classes; turned off only to
    /// test that the filter changes no output.
    var prefilter = true
    /// Whether results hold their evidence as positions in the document's text (``DocumentExtraction/spanRelations``,
    /// with the sentences they quote in ``DocumentExtraction/text``) instead of as ``Evidence``: for a caller that only
    /// writes it.
    /// ``ruleIDs`` names the rules by the numbers such evidence gives.
    package var spanEvidence = false

    /// The rules' ids by the numbers ``SpanEvidence/rule`` gives: the pack's rules in order, then the scorer's.
    package var ruleIDs: [String] { pack.rules.map(\.rule.id) + [RelationModel.ruleID] }

    /// Creates an extractor.
    /// - Parameter pack: The compiled pack.
    public init(pack: CompiledPack) { self.pack = pack }

    /// Extracts relations from one document.
    /// - Parameter input: The document.
    /// - Returns: The document's actors, relations and learned aliases.
    /// - Complexity: Linear in the text length (each sentence's matching is bounded).
    public func extract(_ input: DocumentInput) -> DocumentExtraction {
        let bytes = Array(input.text.utf8)
        let id = input.id ?? DocumentInput.contentHash(input.text)
        let document = Document(id: id, title: input.title, source: input.source, published: input.date)
        return bytes.withUnsafeBufferPointer { buffer -> DocumentExtraction in
            var run = DocumentRun(
                pack: pack, text: buffer, date: input.date, documentID: id, offset: input.offset, maxSentence: maxSentenceTokens)
            run.scorer.model = model
            run.explain = explainScores
            run.packActorsByNumber = packActorsByNumber
            run.maxSentenceRelations = maxSentenceRelations
            run.prefilter = prefilter
            run.spanEvidence = spanEvidence
            run.run()
            var result = run.result(document: document)
            if spanEvidence { result.keepSentences(of: buffer) }
            return result
        }
    }

    /// Every pair of actor mentions in each sentence of a document, with the scorer's features, for training.
    /// - Parameter input: The document.
    /// - Returns: The pairs in document order.
    public func pairs(_ input: DocumentInput) -> [PairCandidate] { analyse(input).pairs }

    /// The mentions and pairs of mentions the engine finds in a document, for diagnostics and training.
    /// - Parameter input: The document.
    public func analyse(_ input: DocumentInput) -> DocumentAnalysis {
        let bytes = Array(input.text.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> DocumentAnalysis in
            var run = DocumentRun(
                pack: pack, text: buffer, date: input.date, documentID: input.id ?? "", offset: input.offset, maxSentence: maxSentenceTokens
            )
            run.collectPairs = true
            run.run()
            return DocumentAnalysis(mentions: run.mentionLog, pairs: run.pairs)
        }
    }

    /// Counts sentences and relations in UTF-8 text without building evidence (for benchmarks).
    /// - Parameter text: UTF-8 bytes.
    /// - Returns: The number of sentences and of relations found.
    public func count(_ text: UnsafeBufferPointer<UInt8>) -> (sentences: Int, relations: Int) {
        var run = DocumentRun(pack: pack, text: text, date: nil, documentID: "", offset: 0, maxSentence: maxSentenceTokens)
        run.scorer.model = model
        run.buildEvidence = false
        run.run()
        return (run.sentences.count, run.candidateCount)
    }
}
