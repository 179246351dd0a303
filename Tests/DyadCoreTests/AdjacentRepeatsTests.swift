import Testing

@testable import DyadCore

@Suite("Array.removeAdjacentRepeats(by:)")
struct AdjacentRepeatsTests {
    @Test("keeps the first of each run of neighbours called equal, in order")
    func keepsFirstOfEachRun() {
        var words = ["a", "a", "b", "c", "c", "c", "a", "d", "d"]
        words.removeAdjacentRepeats(by: ==)
        #expect(words == ["a", "b", "c", "a", "d"])
        // The first of a run is kept, not a later one: runs by first letter.
        var tagged = ["x1", "x2", "y1", "x3"]
        tagged.removeAdjacentRepeats { $0.first == $1.first }
        #expect(tagged == ["x1", "y1", "x3"])
        var none: [Int] = []
        none.removeAdjacentRepeats(by: ==)
        #expect(none.isEmpty)
    }
}
