import Testing

@testable import DyadExtraction

/// A pattern is tried only from start units at or before the last token that meets its trigger clause.
@Suite("Pattern start bound")
struct PatternStartBoundTests {
    static func tokens(_ ids: [Int32]) -> [Token] {
        ids.enumerated().map { k, id in
            Token(start: Int32(k * 2), end: Int32(k * 2 + 1), scalarStart: Int32(k * 2), scalarEnd: Int32(k * 2 + 1), id: id, flags: 0)
        }
    }

    @Test("the scan records the last token meeting each candidate's trigger, and no bound for a pattern without clauses")
    func lastTriggerToken() {
        // Pattern 0 needs word 5; pattern 1 needs nothing; pattern 2 needs word 7 (absent).
        let filter = PatternPrefilter(clauses: [[[5]], [], [[7]]], classForms: [], vocabularySize: 10)
        var patterns: [UInt64] = [], features: [UInt64] = [], gates: [UInt64] = [], ends: [Int32] = []
        filter.scan(Self.tokens([5, 1, 5, 2, 3]), 0, 5, patterns: &patterns, features: &features, gateBits: &gates, gateEnds: &ends)
        #expect(patterns == [0b011])
        #expect(filter.lastStart(0, ends) == 2)
        #expect(filter.lastStart(1, ends) == Int32.max)
        // Only the sentence's own tokens count.
        filter.scan(Self.tokens([5, 1, 5, 2, 3]), 0, 2, patterns: &patterns, features: &features, gateBits: &gates, gateEnds: &ends)
        #expect(filter.lastStart(0, ends) == 0)
    }

    @Test("a pattern is a candidate only when all its gates are met, and starts no later than the earliest gate's last token")
    func severalGates() {
        // Pattern 0 needs word 5 and word 6.
        let filter = PatternPrefilter(clauses: [[[5], [6]]], classForms: [], vocabularySize: 10)
        var patterns: [UInt64] = [], features: [UInt64] = [], gates: [UInt64] = [], ends: [Int32] = []
        filter.scan(Self.tokens([6, 5, 1, 6]), 0, 4, patterns: &patterns, features: &features, gateBits: &gates, gateEnds: &ends)
        #expect(patterns == [0b1])
        #expect(filter.lastStart(0, ends) == 1)
        filter.scan(Self.tokens([5, 1, 2]), 0, 3, patterns: &patterns, features: &features, gateBits: &gates, gateEnds: &ends)
        #expect(patterns == [0])
    }

    @Test("a match whose subject precedes an earlier trigger is still found when the trigger repeats later")
    func repeatedTrigger() throws {
        let extractor = try PatternPrefilterTests.extractor(rule: "@A [support] @B")
        #expect(
            PatternPrefilterTests.relations(extractor, "Iran backs Syria, and Iraq supports Iran.").sorted() == [
                "iran alliance syria", "iraq alliance iran",
            ])
    }

    @Test("a pair slot needs two different actors in its mention")
    func pairSlot() throws {
        let extractor = try PatternPrefilterTests.extractor(rule: "@AB [support] each other")
        #expect(PatternPrefilterTests.relations(extractor, "Iran and Syria back each other.") == ["iran alliance syria"])
        #expect(PatternPrefilterTests.relations(extractor, "Iran and Iran back each other.") == [])
    }
}
