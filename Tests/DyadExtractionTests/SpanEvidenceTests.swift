import DyadCore
import Testing

@testable import DyadExtraction

@Suite("Span evidence: an extraction that keeps evidence as positions keeps only the sentences it quotes")
struct SpanEvidenceTests {
    static let text =
        "Markets rose on Monday. Iran attacked Israel. Heavy rain fell. Beijing has repeatedly warned Manila against provocations. "
        + "Israel and Iran are “overt enemies”, an official said."
    /// The bundled pack, which reads speakers.
    static let pack = CompoundCoordinationTests.pack

    func extract(spans: Bool) -> DocumentExtraction {
        var extractor = Extractor(pack: Self.pack)
        extractor.spanEvidence = spans
        return extractor.extract(DocumentInput(id: "t", text: Self.text, date: Day("2024-06-01")))
    }

    @Test("the kept text is the quoted sentences, each once, and the evidence read from it is the plain extraction's")
    func keepsQuotedSentences() {
        let plain = extract(spans: false), spans = extract(spans: true)
        #expect(plain.relations.count >= 2)
        #expect(spans.relations.isEmpty)
        #expect(spans.spanRelations.count == plain.relations.count)
        let sentences = Set(plain.relations.map(\.evidence.sentence))
        #expect(
            String(decoding: spans.text, as: UTF8.self)
                == sentences.sorted { Self.text.range(of: $0)!.lowerBound < Self.text.range(of: $1)!.lowerBound }.joined())
        // Speakers numbered as a collector numbers them.
        let speakers = Array(Set(spans.spanRelations.compactMap(\.attributedTo))).sorted()
        #expect(!speakers.isEmpty)
        let store = SpanRelations(
            texts: [spans.text], documentIDs: ["t"], ruleIDs: Extractor(pack: Self.pack).ruleIDs, speakers: speakers)
        func id(_ text: String, _ entry: Int32) -> String { entry >= 0 ? Self.pack.pack.actors[Int(entry)].id : text }
        for (span, relation) in zip(spans.spanRelations, plain.relations) {
            var evidence = span.evidence
            evidence.speaker = span.attributedTo.flatMap { speakers.firstIndex(of: $0) }.map(Int32.init) ?? -1
            #expect(store.evidence(evidence) == relation.evidence)
            #expect(id(span.source, span.sourceEntry) == relation.source && id(span.target, span.targetEntry) == relation.target)
            #expect(span.type == relation.type)
            #expect(span.sourceEntry == relation.sourceEntry && span.targetEntry == relation.targetEntry)
        }
    }
}
