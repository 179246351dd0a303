import DyadCore
import Testing

@Suite("Relation merge")
struct RelationMergeTests {
    @Test("the one-pass union of sorted evidence equals sorting both lists together", arguments: [UInt64(1), 2, 3, 4, 5])
    func unionMatchesSort(seed: UInt64) {
        var random = TestRandom(seed: seed)
        func evidence() -> [Evidence] {
            (0..<random.below(30)).map { _ in
                Evidence(
                    document: "d\(random.below(4))", sentence: "s\(random.below(5))",
                    sentenceRange: random.below(3) == 0 ? nil : TextRange(start: random.below(6), end: 9),
                    rule: "r\(random.below(2))", modality: Modality.allCases[random.below(3)],
                    date: random.below(2) == 0 ? nil : Day(ordinal: 19_000 + random.below(3)))
            }
        }
        let a = Relation(source: "a", type: .hostility, target: "b", evidence: evidence())
        let b = Relation(source: "a", type: .hostility, target: "b", evidence: evidence())
        let reference = Relation(source: "a", type: .hostility, target: "b", evidence: a.evidence + b.evidence)
        #expect(a.merged(with: b) == reference)
        #expect(a.merged(with: b).merged(with: a) == reference)
    }

    @Test("repeated evidence is kept once, whatever its place, and the summary is that of the distinct pieces")
    func duplicatesDropped() {
        let pieces = (0..<5).map {
            Fixtures.evidence("d\($0 % 2)", "sentence \($0)", modality: $0 == 3 ? .hedged : .asserted, date: "2024-0\($0 + 1)-01")
        }
        let repeated = [pieces[3], pieces[0], pieces[3], pieces[4], pieces[1], pieces[0], pieces[2], pieces[4], pieces[3]]
        let relation = Relation(source: "a", type: .alliance, target: "b", evidence: repeated)
        #expect(relation.evidence == pieces.sorted())
        let distinct = Relation(source: "a", type: .alliance, target: "b", evidence: pieces)
        #expect(relation == distinct)
        #expect(relation.confidence == distinct.confidence && relation.firstSeen == Fixtures.day("2024-01-01"))
        #expect(relation.lastSeen == Fixtures.day("2024-05-01"))
    }
}
