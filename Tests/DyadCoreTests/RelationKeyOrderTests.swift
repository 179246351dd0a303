import Testing

@testable import DyadCore

@Suite("RelationKey.sortedOrder: the positions of keys in ascending order")
struct RelationKeyOrderTests {
    /// 40,000 distinct keys in ascending order (enough for the check to run in several slices).
    static let ascending: [RelationKey] = {
        let ids = (0..<200).map { "actor-\(String($0, radix: 7))" }.sorted()
        var keys: [RelationKey] = []
        for source in ids {
            for target in ids where target != source {
                keys.append(RelationKey(source: source, type: .proxy, target: target))
            }
        }
        return RelationKey.sorted(Array(keys.prefix(40_000)))
    }()

    /// The keys `order` puts first to last.
    func reordered(_ keys: [RelationKey], _ order: [Int]) -> [RelationKey] { order.map { keys[$0] } }

    @Test("keys already in order keep their positions")
    func alreadyAscending() {
        let keys = Self.ascending
        #expect(keys == keys.sorted())
        #expect(RelationKey.sortedOrder(keys) == Array(keys.indices))
    }

    @Test("one pair out of order where two slices meet is found and sorted")
    func pairOutOfOrder() {
        var keys = Self.ascending
        keys.swapAt(keys.count / 2 - 1, keys.count / 2)
        let order = RelationKey.sortedOrder(keys)
        #expect(order != Array(keys.indices))
        #expect(reordered(keys, order) == Self.ascending)
    }

    @Test("shuffled keys, symmetric and directed, come out as sorted() gives them")
    func shuffled() {
        var generator = SystemRandomNumberGenerator()
        let types: [RelationType] = [.alliance, .hostility, .proxy, .agreement]
        let keys = Self.ascending.enumerated().map { index, key in
            RelationKey(source: key.target, type: types[index % 4], target: key.source)
        }
        let unique = Array(Set(keys)).shuffled(using: &generator)
        #expect(reordered(unique, RelationKey.sortedOrder(unique)) == unique.sorted())
    }
}
