import DyadCore
import Testing

@testable import DyadExtraction

/// Time adverbials between a subject and its verb are skipped by the matcher.
@Suite("Time adverbials")
struct AdverbialTests {
    static func lines(_ text: String) -> Set<String> {
        Set(extraction(text).relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
    }

    /// The bundled pack's reading of `text`, dated 2024-03-05.
    static func extraction(_ text: String) -> DocumentExtraction {
        Extractor(pack: CompoundCoordinationTests.pack).extract(DocumentInput(id: "t", text: text, date: Day("2024-03-05")))
    }

    @Test("a weekday between the subject and the verb")
    func weekday() {
        #expect(Self.lines("Armenia on Monday accused Turkey of stoking the war.").contains("armenia hostility turkey"))
    }

    @Test("a weekday with a date and commas")
    func weekdayWithDate() {
        #expect(Self.lines("Armenia on Monday, March 4 accused Turkey of stoking the war.").contains("armenia hostility turkey"))
        #expect(Self.lines("Armenia, on Monday, accused Turkey of stoking the war.").contains("armenia hostility turkey"))
    }

    @Test("a relative time phrase")
    func relativePhrase() {
        #expect(Self.lines("Greece earlier this week condemned Turkey over the drilling.").contains("greece hostility turkey"))
    }

    @Test("a skipped adverbial still dates the evidence")
    func stillDates() throws {
        let result = Extractor(pack: CompoundCoordinationTests.pack).extract(
            DocumentInput(id: "t", text: "Armenia on Monday accused Turkey of stoking the war.", date: Day("2024-03-06")))
        let relation = try #require(result.relations.first { $0.type == .hostility })
        #expect(relation.evidence.date == Day("2024-03-04"))
    }
}
