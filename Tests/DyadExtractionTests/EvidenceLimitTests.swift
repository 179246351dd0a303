import Testing

@testable import DyadExtraction

/// One relation keeps at most `DocumentRun.maxEvidencePerRelation` pieces of evidence per document.
@Suite("Evidence per relation")
struct EvidenceLimitTests {
    @Test("both readings of a symmetric relation count toward one limit")
    func symmetricReadingsShareTheLimit() {
        let limit = DocumentRun.maxEvidencePerRelation
        let text = String(repeating: "Armenia attacked Azerbaijan. Azerbaijan attacked Armenia.\n\n", count: limit)
        let relations = AdverbialTests.extraction(text).relations.filter { $0.type == .hostility }
        #expect(relations.count == limit, "\(relations.count)")
        #expect(Set(relations.map { [$0.source, $0.target].sorted() }) == [["armenia", "azerbaijan"]])
    }
}
