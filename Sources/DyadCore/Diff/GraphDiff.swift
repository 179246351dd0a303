/// The changes between two versions of a graph, in report order.
///
/// ```swift
/// let diff = GraphDiff(from: september, to: november)
/// for change in diff.changes(of: .flipped) { print(change.previous!, "→", change.relation!) }
/// ```
public struct GraphDiff: Hashable, Sendable {
    /// Every change, sorted by kind, then importance, then key.
    public private(set) var changes: [GraphChange]

    /// Creates a diff from changes; they are put in report order.
    public init(changes: [GraphChange]) {
        // Sort small keys rather than the large changes themselves: plain integers when every key has a
        // code (relation changes between short ASCII ids), else keys holding the ids.
        if let codes = CodedSortKey.keys(changes) {
            self.changes = codes.sorted().map { changes[$0.index] }
            return
        }
        let keys = changes.map(SortKey.init)
        // Compared in place through the buffer: no copy (and reference counting) of a key per comparison.
        let order = keys.withUnsafeBufferPointer { keys in keys.indices.sorted { keys[$0] < keys[$1] } }
        self.changes = order.map { changes[$0] }
    }

    /// ``SortKey`` as plain values, for changes whose keys all have a ``RelationSortCode`` and no actor;
    /// the change's position breaks ties, as the stable sort does.
    private struct CodedSortKey: Comparable {
        var rank: Int
        var importance: Double
        /// Absent keys sort first (0), as ``SortKey/less(_:_:)`` puts `nil` first.
        var hasRelation: UInt8, relation: RelationSortCode
        var hasPrevious: UInt8, previous: RelationSortCode
        var index: Int

        /// The keys of `changes`, or `nil` when one of them has an actor or a key without a code.
        static func keys(_ changes: [GraphChange]) -> [CodedSortKey]? {
            let none = RelationSortCode(source: 0, type: 0, target: 0)
            var keys: [CodedSortKey] = []
            keys.reserveCapacity(changes.count)
            for (index, change) in changes.enumerated() {
                guard change.actor == nil else { return nil }
                var key = CodedSortKey(
                    rank: change.kind.rank, importance: change.importance, hasRelation: 0, relation: none, hasPrevious: 0,
                    previous: none, index: index)
                if let relation = change.relation {
                    guard let code = RelationSortCode(relation) else { return nil }
                    key.hasRelation = 1
                    key.relation = code
                }
                if let previous = change.previous {
                    guard let code = RelationSortCode(previous) else { return nil }
                    key.hasPrevious = 1
                    key.previous = code
                }
                keys.append(key)
            }
            return keys
        }

        static func < (lhs: CodedSortKey, rhs: CodedSortKey) -> Bool {
            if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
            if lhs.importance != rhs.importance { return lhs.importance > rhs.importance }
            if lhs.hasRelation != rhs.hasRelation { return lhs.hasRelation < rhs.hasRelation }
            if lhs.relation != rhs.relation { return lhs.relation < rhs.relation }
            if lhs.hasPrevious != rhs.hasPrevious { return lhs.hasPrevious < rhs.hasPrevious }
            if lhs.previous != rhs.previous { return lhs.previous < rhs.previous }
            return lhs.index < rhs.index
        }
    }

    /// What report order compares, taken out of a change.
    private struct SortKey: Comparable {
        var rank: Int
        var importance: Double
        var relation: RelationKey?
        var previous: RelationKey?
        var actor: Actor.ID
        /// The keys as integers where they have codes (short ASCII ids), compared first.
        var relationCode: RelationSortCode?
        var previousCode: RelationSortCode?

        init(_ change: GraphChange) {
            rank = change.kind.rank
            importance = change.importance
            relation = change.relation
            previous = change.previous
            actor = change.actor ?? ""
            relationCode = change.relation.flatMap(RelationSortCode.init)
            previousCode = change.previous.flatMap(RelationSortCode.init)
        }

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
            if lhs.importance != rhs.importance { return lhs.importance > rhs.importance }
            if let a = lhs.relationCode, let b = rhs.relationCode {
                if a != b { return a < b }
            } else if lhs.relation != rhs.relation {
                return SortKey.less(lhs.relation, rhs.relation)
            }
            if let a = lhs.previousCode, let b = rhs.previousCode {
                if a != b { return a < b }
            } else if lhs.previous != rhs.previous {
                return SortKey.less(lhs.previous, rhs.previous)
            }
            return lhs.actor < rhs.actor
        }

        static func less(_ a: RelationKey?, _ b: RelationKey?) -> Bool {
            guard let a else { return b != nil }
            guard let b else { return false }
            return a < b
        }
    }

    /// Whether nothing changed.
    public var isEmpty: Bool { changes.isEmpty }

    /// How many changes of each kind there are (kinds without changes are absent).
    public var counts: [ChangeKind: Int] {
        var result: [ChangeKind: Int] = [:]
        for change in changes { result[change.kind, default: 0] += 1 }
        return result
    }

    /// The changes of one kind, in report order.
    public func changes(of kind: ChangeKind) -> [GraphChange] { changes.filter { $0.kind == kind } }

    /// The diff restricted to the changes `options` selects (types and actors).
    public func filtered(_ options: DiffOptions) -> GraphDiff {
        if options.types == nil, options.actors == nil { return self }
        var result = self
        result.changes = changes.filter(options.selects)  // a subsequence keeps the report order
        return result
    }

    /// The relation keys a consumer must add to the old version, and remove from it, to get the
    /// new version's relation set: relations added, plus the new relation of each flip that was
    /// absent before; relations removed, plus the previous relation of each flip that is gone.
    public var relationEdits: (added: Set<RelationKey>, removed: Set<RelationKey>) {
        var added: Set<RelationKey> = [], removed: Set<RelationKey> = []
        for change in changes {
            switch change.kind {
            case .relationAdded: if let key = change.relation { added.insert(key) }
            case .relationRemoved: if let key = change.relation { removed.insert(key) }
            case .flipped:
                if change.relationAdded, let key = change.relation { added.insert(key) }
                if change.previousRemoved, let key = change.previous { removed.insert(key) }
            default: break
            }
        }
        return (added, removed)
    }
}
