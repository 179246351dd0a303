import DyadCore

/// Reads documents with a compiled pack: sentences, mentions, rules, modality, time and attribution.
public struct Extractor: Sendable {
    /// The compiled pack.
    public let pack: CompiledPack
    /// The longest sentence in tokens; longer runs are cut, so time and memory stay bounded.
    public var maxSentenceTokens = 120

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
            var run = DocumentRun(pack: pack, text: buffer, date: input.date, documentID: id, offset: input.offset, maxSentence: maxSentenceTokens)
            run.run()
            return run.result(document: document)
        }
    }

    /// Counts sentences and relations in UTF-8 text without building evidence (for benchmarks).
    /// - Parameter text: UTF-8 bytes.
    /// - Returns: The number of sentences and of relations found.
    public func count(_ text: UnsafeBufferPointer<UInt8>) -> (sentences: Int, relations: Int) {
        var run = DocumentRun(pack: pack, text: text, date: nil, documentID: "", offset: 0, maxSentence: maxSentenceTokens)
        run.buildEvidence = false
        run.run()
        return (run.sentences.count, run.candidateCount)
    }
}
