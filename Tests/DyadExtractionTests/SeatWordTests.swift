import DyadCore
import Testing

@testable import DyadExtraction

/// "the government in Kinshasa" names the state; words may qualify the seat word.
@Suite("Seat words")
struct SeatWordTests {
    @Test("a qualified seat word before a locative state names the state")
    func qualifiedSeat() {
        let relations = AdverbialTests.lines("China was providing weapons to the military junta in Myanmar.")
        #expect(relations.contains("china alliance myanmar"), "\(relations)")
    }

    @Test("without a seat word the state stays a place")
    func plainPlace() {
        let relations = AdverbialTests.lines("China was providing weapons to the militias in Myanmar.")
        #expect(!relations.contains("china alliance myanmar"), "\(relations)")
    }
}
