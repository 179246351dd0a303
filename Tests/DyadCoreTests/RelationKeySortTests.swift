import Testing

@testable import DyadCore

/// `RelationKey.sorted(_:)` ranks actor ids first; it must give exactly the order of `sorted()`.
@Suite("Relation key sort")
struct RelationKeySortTests {
    /// 40,000 keys are ranked on several cores, a slice of the keys each.
    @Test("ranked sort equals the plain sort on keys over shared, prefixed and non-ASCII ids", arguments: [400, 40_000])
    func sameOrder(count: Int) {
        let named = ["iran", "iran-2", "iraq", "al-quds-brigade", "al-quds", "z", "é-state", "ab", "a", "israel"]
        let ids = named + (0..<300).map { "actor-\($0)" }
        var keys: [RelationKey] = []
        var seed: UInt64 = 42
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % bound
        }
        for _ in 0..<count {
            let type = RelationType.allCases[next(RelationType.allCases.count)]
            keys.append(RelationKey(source: ids[next(ids.count)], type: type, target: ids[next(ids.count)]))
        }
        let unique = Array(Set(keys))
        #expect(RelationKey.sorted(unique) == unique.sorted())
    }

    @Test("no keys sort to none")
    func empty() {
        #expect(RelationKey.sorted([RelationKey]()).isEmpty)
    }
}
