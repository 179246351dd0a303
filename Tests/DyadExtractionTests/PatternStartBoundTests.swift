import Testing

@testable import DyadExtraction

/// A pattern is tried only from start units at or before the last token that meets its trigger clause.
@Suite("Pattern start bound")
struct PatternStartBoundTests {
    static func tokens(_ ids: [Int32]) -> [Token] {
        ids.enumerated().map { k, id in
            // Tagged as the pack's tokenizer tags a word that meets some clause: the scan reads only those.
            Token(
                start: Int32(k * 2), end: Int32(k * 2 + 1), scalarStart: Int32(k * 2), scalarEnd: Int32(k * 2 + 1), id: id,
                flags: Token.inPrefilter)
        }
    }

    @Test("the scan records the last token meeting each candidate's clause, and no bound for a pattern without clauses")
    func lastTriggerToken() {
        // Pattern 0 needs word 5; pattern 1 needs nothing; pattern 2 needs word 7 (absent).
        let filter = PatternPrefilter(clauses: [[[5]], [], [[7]]], classForms: [], vocabularySize: 10)
        var scan = PatternPrefilter.SentenceScan()
        filter.scan(Self.tokens([5, 1, 5, 2, 3]), 0, 5, into: &scan)
        #expect(scan.patterns == [0b011])
        #expect(filter.lastStart(0, scan) == 2)
        #expect(filter.lastStart(1, scan) == Int32.max)
        // Only the sentence's own tokens count.
        filter.scan(Self.tokens([5, 1, 5, 2, 3]), 0, 2, into: &scan)
        #expect(filter.lastStart(0, scan) == 0)
    }

    @Test("a pattern is a candidate only when all its gates are met, and starts no later than the earliest clause's last token")
    func severalGates() {
        // Pattern 0 needs word 5 and word 6.
        let filter = PatternPrefilter(clauses: [[[5], [6]]], classForms: [], vocabularySize: 10)
        var scan = PatternPrefilter.SentenceScan()
        filter.scan(Self.tokens([6, 5, 1, 6]), 0, 4, into: &scan)
        #expect(scan.patterns == [0b1])
        #expect(filter.lastStart(0, scan) == 1)
        filter.scan(Self.tokens([5, 1, 2]), 0, 3, into: &scan)
        #expect(scan.patterns == [0])
        // A token the tokenizer did not tag meets nothing.
        var untagged = Self.tokens([6, 5])
        untagged[0].flags = 0
        filter.scan(untagged, 0, 2, into: &scan)
        #expect(scan.patterns == [0])
    }

    @Test("clauses beyond the gates are checked as features and bound the start too")
    func clausesBeyondGates() {
        // Pattern 0 needs words 1 to 6, one clause each: four are gates, two are features.
        let filter = PatternPrefilter(clauses: [[[1], [2], [3], [4], [5], [6]]], classForms: [], vocabularySize: 10)
        var scan = PatternPrefilter.SentenceScan()
        filter.scan(Self.tokens([6, 1, 2, 3, 4, 5]), 0, 6, into: &scan)
        #expect(scan.patterns == [0b1])
        #expect(filter.satisfied(0, scan))
        // Word 6 comes first, so no match starts after it.
        #expect(filter.lastStart(0, scan) == 0)
        filter.scan(Self.tokens([1, 2, 3, 4, 5]), 0, 5, into: &scan)
        #expect(!(scan.patterns == [0b1] && filter.satisfied(0, scan)))
    }

    @Test("a word many patterns need is no gate when the pattern has rarer clauses")
    func rareClauseGates() {
        // Word 9 is in all three patterns; pattern 0 also needs words 1 to 4, which only it needs: those are its gates.
        let filter = PatternPrefilter(clauses: [[[9], [1], [2], [3], [4]], [[9]], [[9]]], classForms: [], vocabularySize: 10)
        var scan = PatternPrefilter.SentenceScan()
        filter.scan(Self.tokens([1, 2, 3, 4]), 0, 4, into: &scan)
        #expect(scan.patterns == [0b001])
        #expect(!filter.satisfied(0, scan))
        filter.scan(Self.tokens([9, 1, 2, 3, 4]), 0, 5, into: &scan)
        #expect(scan.patterns == [0b111])
        #expect(filter.satisfied(0, scan))
        // A class atom is met by each of its forms.
        let classed = PatternPrefilter(clauses: [[[-1], [4]]], classForms: [[7, 8]], vocabularySize: 10)
        classed.scan(Self.tokens([4, 8]), 0, 2, into: &scan)
        #expect(scan.patterns == [0b1])
        #expect(classed.lastStart(0, scan) == 0)
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
