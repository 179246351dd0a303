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
}
