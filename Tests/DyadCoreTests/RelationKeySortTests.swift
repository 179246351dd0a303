import Testing

@testable import DyadCore

/// `RelationKey.sorted(_:)` ranks actor ids first; it must give exactly the order of `sorted()`.
@Suite("Relation key sort")
struct RelationKeySortTests {
    @Test("ranked sort equals the plain sort on keys over shared, prefixed and non-ASCII ids")
    func sameOrder() {
        let ids = ["iran", "iran-2", "iraq", "al-quds-brigade", "al-quds", "z", "é-state", "ab", "a", "israel"]
        var keys: [RelationKey] = []
        var seed: UInt64 = 42
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % bound
        }
        for _ in 0..<400 {
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
