import DyadCore
import Testing

@testable import DyadExtraction

/// Time adverbials between a subject and its verb are skipped by the matcher.
@Suite("Time adverbials")
struct AdverbialTests {
    static func lines(_ text: String) -> Set<String> {
        Set(extraction(text).relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
    }

    /// `source type target` lines of the bundled pack's reading of `text` on `date` (YYYY-MM-DD).
    static func lines(_ text: String, date: String) -> Set<String> {
        Set(extraction(text, date: date).relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
    }

    /// Whether `lines` holds a relation of `type` between `x` and `y`, in either order.
    static func either(_ lines: Set<String>, _ x: String, _ type: String, _ y: String) -> Bool {
        lines.contains("\(x) \(type) \(y)") || lines.contains("\(y) \(type) \(x)")
    }

    /// The bundled pack's reading of `text`, dated 2024-03-05 unless `date` says otherwise.
    static func extraction(_ text: String, date: String = "2024-03-05") -> DocumentExtraction {
        Extractor(pack: CompoundCoordinationTests.pack).extract(DocumentInput(id: "t", text: text, date: Day(date)))
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

    @Test("a date written with commas inside takes the comma that closes it")
    func closedDate() {
        #expect(Self.lines("Armenia on Monday, March 4, accused Turkey of stoking the war.").contains("armenia hostility turkey"))
        #expect(Self.lines("Armenia, on Monday, March 4, accused Turkey of stoking the war.").contains("armenia hostility turkey"))
        #expect(Self.lines("Armenia, on March 4, 2024, accused Turkey of stoking the war.").contains("armenia hostility turkey"))
    }

    @Test("a weekday and its date after a time phrase")
    func phraseThenWeekday() {
        let text = "Two Armenian soldiers were killed early this morning, Monday, March 4, 2024, by Azerbaijani fire."
        #expect(Self.lines(text).contains("azerbaijan hostility armenia"))
    }

    @Test("a written date says which weekday, and dates the evidence to the day")
    func weekdayWithWrittenDate() throws {
        let result = Self.extraction("Armenia on Friday, February 9 accused Turkey of stoking the war.", date: "2024-03-06")
        let relation = try #require(result.relations.first { $0.type == .hostility })
        #expect(relation.evidence.date == Day("2024-02-09"))
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
