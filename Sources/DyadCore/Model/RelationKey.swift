import Foundation

/// What identifies a relation: its endpoints and type.
///
/// Symmetric types (alliance, hostility, agreement) are stored with the
/// smaller actor id as `source`, so "Iran and Israel are enemies" and
/// "Israel struck Iran" add evidence to one relation; each piece of evidence
/// keeps its own mention ranges, so the textual order is not lost. `proxy`
/// keeps its direction: source is the proxy, target the patron.
public struct RelationKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The proxy for `proxy`; the smaller id otherwise.
    public let source: Actor.ID
    /// The type of relation.
    public let type: RelationType
    /// The patron for `proxy`; the larger id otherwise.
    public let target: Actor.ID

    /// Creates a key, ordering the endpoints of symmetric types.
    public init(source: Actor.ID, type: RelationType, target: Actor.ID) {
        if type.isSymmetric, target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
        self.type = type
    }

    /// Whether `actor` is one of the endpoints.
    public func involves(_ actor: Actor.ID) -> Bool { source == actor || target == actor }

    /// The other endpoint seen from `actor`.
    public func other(than actor: Actor.ID) -> Actor.ID { source == actor ? target : source }

    /// `source -type-> target`.
    public var description: String {
        type.isSymmetric ? "\(source) —\(type.rawValue)— \(target)" : "\(source) —\(type.rawValue)→ \(target)"
    }

    /// Orders by source, then type name, then target.
    public static func < (lhs: RelationKey, rhs: RelationKey) -> Bool {
        if lhs.source != rhs.source { return lhs.source < rhs.source }
        if lhs.type != rhs.type { return lhs.type.rawValue < rhs.type.rawValue }
        return lhs.target < rhs.target
    }

    /// `keys` in ascending order, as `keys.sorted()` gives them, but comparing each actor id once: the ids are
    /// ranked first, then the keys are sorted by their ranks (much faster for many keys over fewer actors).
    /// - Complexity: O(k log k) integer comparisons for k keys, plus O(a log a) for their a distinct ids.
    public static func sorted(_ keys: some Collection<RelationKey>) -> [RelationKey] {
        let list = Array(keys)
        return sortedOrder(list).map { list[$0] }
    }

    /// The positions of `keys` in the order ``sorted(_:)`` gives them, so a caller that holds the keys' values in
    /// the same positions reads them without hashing a key.
    /// - Complexity: As ``sorted(_:)``.
    public static func sortedOrder(_ keys: [RelationKey]) -> [Int] {
        // Hashing every key's ids dominates for many keys: it is done on all cores, a slice of the keys each.
        let parts = max(1, min(keys.count / 8192, ProcessInfo.processInfo.activeProcessorCount * 2))
        @Sendable func slice(_ part: Int) -> Range<Int> { (keys.count * part / parts)..<(keys.count * (part + 1) / parts) }
        // Keys already in order (a graph read from a canonical file, or built in order) are only checked, neighbour
        // by neighbour: far cheaper than ranking their ids, and a slice out of order is told at its first pair.
        let ascending = Parallel.map(count: parts, chunks: parts) { part -> Bool in
            // Each slice checks its pairs and the pair across its start.
            let range = slice(part)
            return range.indices.allSatisfy { $0 == 0 || keys[$0 - 1] < keys[$0] }
        }
        if ascending.allSatisfy({ $0 }) { return Array(keys.indices) }
        let idSets = Parallel.map(count: parts, chunks: parts) { part -> Set<Actor.ID> in
            var ids = Set<Actor.ID>()
            for index in slice(part) {
                ids.insert(keys[index].source)
                ids.insert(keys[index].target)
            }
            return ids
        }
        var ids = Set<Actor.ID>()
        for partIDs in idSets { ids.formUnion(partIDs) }
        let rank = Dictionary(uniqueKeysWithValues: ids.sorted().enumerated().map { ($1, Int32($0)) })
        let typeRank = Dictionary(
            uniqueKeysWithValues: RelationType.allCases.sorted { $0.rawValue < $1.rawValue }.enumerated().map { ($1, Int32($0)) })
        var order = Parallel.map(count: parts, chunks: parts) { part in
            slice(part).map { index -> (Int32, Int32, Int32, Int) in
                let key = keys[index]
                return (rank[key.source] ?? 0, typeRank[key.type] ?? 0, rank[key.target] ?? 0, index)
            }
        }.flatMap { $0 }
        order.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        return order.map(\.3)
    }
}
