import DyadCore
import Testing

@testable import DyadExtraction

@Suite("Span evidence: an extraction that keeps evidence as positions keeps only the sentences it quotes")
struct SpanEvidenceTests {
    static let text = "Markets rose on Monday. Iran attacked Israel. Heavy rain fell. Israel and Iran are “overt enemies”, he said."

    func extract(spans: Bool) -> DocumentExtraction {
        var extractor = Extractor(pack: Fixture.pack)
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
        let store = SpanRelations(texts: [spans.text], documentIDs: ["t"], ruleIDs: Extractor(pack: Fixture.pack).ruleIDs)
        for (span, relation) in zip(spans.spanRelations, plain.relations) {
            #expect(store.evidence(span.evidence) == relation.evidence)
            #expect(span.source == relation.source && span.target == relation.target && span.type == relation.type)
            #expect(span.sourceEntry == relation.sourceEntry && span.targetEntry == relation.targetEntry)
        }
    }
}
