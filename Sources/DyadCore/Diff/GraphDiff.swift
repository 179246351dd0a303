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
    /// - Complexity: O(c log c) for c changes.
    public init(changes: consuming [GraphChange]) {
        // Sort small keys of integers rather than the large changes themselves: each id counts by its
        // first eight bytes where they order as the id does, and the strings are compared only when
        // those tie (long ids with a common prefix) or cannot tell (non-ASCII).
        var ordered = changes
        var keys: [ReportSortKey] = []
        keys.reserveCapacity(ordered.count)
        ordered.withUnsafeBufferPointer { changes in
            // Through pointers: a subscript would copy each large change to read a few fields.
            guard let base = changes.baseAddress else { return }
            for index in changes.indices { keys.append(ReportSortKey(of: base + index, index: index)) }
            keys.sort { ReportSortKey.less($0, $1, in: changes) }
        }
        // Then move the changes into that order in place, cycle by cycle (a swap moves a change
        // without counting its references).
        ordered.withUnsafeMutableBufferPointer { changes in
            var placed = [Bool](repeating: false, count: changes.count)
            for start in changes.indices where !placed[start] {
                var position = start
                while true {
                    placed[position] = true
                    let source = keys[position].index
                    if source == start { break }
                    changes.swapAt(position, source)
                    position = source
                }
            }
        }
        self.changes = ordered
    }

    /// What report order compares, taken out of a change as integers: kind, importance (larger
    /// first), relation key (absent first; source, type name, target), previous key, actor; the
    /// change's position breaks ties, as a stable sort does.
    private struct ReportSortKey {
        var rank: Int
        var importance: Double
        var index: Int
        /// The ids' ``RelationSortCode/prefix(_:)`` values: relation source and target, previous
        /// source and target, actor (zero when absent).
        var ids: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        /// Each id's flags, ``valid`` and ``complete``, in the same order.
        var flags: (UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0)
        /// The relation's and the previous key's type positions in name order.
        var types: (UInt8, UInt8) = (0, 0)
        var hasRelation = false, hasPrevious = false

        /// The prefix is a valid code: it orders as the id does where the codes differ.
        static let valid: UInt8 = 1
        /// The code is the whole id: equal complete codes are equal ids.
        static let complete: UInt8 = 2

        init(of change: UnsafePointer<GraphChange>, index: Int) {
            rank = change.pointee.kind.rank
            importance = change.pointee.importance
            self.index = index
            if let key = change.pointee.relation {
                hasRelation = true
                (ids.0, flags.0) = Self.code(key.source)
                (ids.1, flags.1) = Self.code(key.target)
                types.0 = RelationSortCode.typeCode(key.type)
            }
            if let key = change.pointee.previous {
                hasPrevious = true
                (ids.2, flags.2) = Self.code(key.source)
                (ids.3, flags.3) = Self.code(key.target)
                types.1 = RelationSortCode.typeCode(key.type)
            }
            (ids.4, flags.4) = Self.code(change.pointee.actor ?? "")
        }

        /// An id's prefix code and its flags.
        private static func code(_ id: String) -> (UInt64, UInt8) {
            guard let prefix = RelationSortCode.prefix(id) else { return (0, 0) }
            return (prefix.value, prefix.complete ? valid | complete : valid)
        }

        /// Compares two ids by their codes, or by the strings `strings` gives when the codes cannot tell.
        @inline(__always)
        private static func compare(
            _ a: UInt64, _ aFlags: UInt8, _ b: UInt64, _ bFlags: UInt8, strings: () -> (String, String)
        ) -> Int {
            if aFlags & bFlags & valid != 0 {
                if a != b { return a < b ? -1 : 1 }
                if aFlags & bFlags & complete != 0 { return 0 }
            }
            let (x, y) = strings()
            return x == y ? 0 : x < y ? -1 : 1
        }

        /// Whether `lhs` comes before `rhs` in report order; `changes` holds the strings.
        static func less(_ lhs: ReportSortKey, _ rhs: ReportSortKey, in changes: UnsafeBufferPointer<GraphChange>) -> Bool {
            if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
            if lhs.importance != rhs.importance { return lhs.importance > rhs.importance }
            let l = lhs.index, r = rhs.index
            /// Where a change is, to read a few of its fields in place.
            func at(_ index: Int) -> UnsafePointer<GraphChange> { changes.baseAddress.unsafelyUnwrapped + index }
            if lhs.hasRelation != rhs.hasRelation { return !lhs.hasRelation }
            if lhs.hasRelation {
                var order = compare(lhs.ids.0, lhs.flags.0, rhs.ids.0, rhs.flags.0) {
                    (at(l).pointee.relation?.source ?? "", at(r).pointee.relation?.source ?? "")
                }
                if order != 0 { return order < 0 }
                if lhs.types.0 != rhs.types.0 { return lhs.types.0 < rhs.types.0 }
                order = compare(lhs.ids.1, lhs.flags.1, rhs.ids.1, rhs.flags.1) {
                    (at(l).pointee.relation?.target ?? "", at(r).pointee.relation?.target ?? "")
                }
                if order != 0 { return order < 0 }
            }
            if lhs.hasPrevious != rhs.hasPrevious { return !lhs.hasPrevious }
            if lhs.hasPrevious {
                var order = compare(lhs.ids.2, lhs.flags.2, rhs.ids.2, rhs.flags.2) {
                    (at(l).pointee.previous?.source ?? "", at(r).pointee.previous?.source ?? "")
                }
                if order != 0 { return order < 0 }
                if lhs.types.1 != rhs.types.1 { return lhs.types.1 < rhs.types.1 }
                order = compare(lhs.ids.3, lhs.flags.3, rhs.ids.3, rhs.flags.3) {
                    (at(l).pointee.previous?.target ?? "", at(r).pointee.previous?.target ?? "")
                }
                if order != 0 { return order < 0 }
            }
            let order = compare(lhs.ids.4, lhs.flags.4, rhs.ids.4, rhs.flags.4) {
                (at(l).pointee.actor ?? "", at(r).pointee.actor ?? "")
            }
            if order != 0 { return order < 0 }
            return l < r
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
