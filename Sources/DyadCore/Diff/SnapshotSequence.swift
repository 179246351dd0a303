/// Consecutive as-of snapshots of one graph, each made from the previous one by
/// applying only the evidence that arrived (or lapsed out of the window) since.
///
/// Every snapshot equals `graph.snapshot(asOf: day, window: window)` in its
/// relations; its present actors are those some relation touches. Snapshots
/// share the structure of their persistent hash trees, so keeping a year of
/// daily snapshots costs little more than one, and ``GraphDiff`` compares two
/// consecutive ones in time close to what changed.
///
/// ```swift
/// var sequence = SnapshotSequence(graph, window: 90)
/// let september = sequence.advance(to: Day("2021-09-30")!)
/// let november = sequence.advance(to: Day("2021-11-30")!)
/// let diff = GraphDiff(from: september, to: november)
/// ```
public struct SnapshotSequence: Sendable {
    /// How many days back evidence counts, if limited.
    public let window: Int?
    /// The latest snapshot made (empty before the first ``advance(to:)``).
    public private(set) var current: GraphSnapshot

    private let graph: Graph
    private let relations: [Relation]
    /// Start of each relation's evidence in the flat `active` flags.
    private let evidenceStart: [Int]
    /// (day, relation, evidence index or -1 for a relation without evidence), sorted by day.
    private let appearing: [Event]
    private let expiring: [Event]
    private var nextAppearing = 0
    private var nextExpiring = 0
    private var active: [Bool]
    private var bareActive: [Bool]
    private var watched: Set<Int> = []
    private var degree: [Actor.ID: Int] = [:]
    private var started = false

    private struct Event: Sendable {
        var day: Int
        var relation: Int32
        var evidence: Int32
    }

    /// Prepares the snapshots of `graph`; no snapshot is made yet.
    /// - Parameters:
    ///   - graph: The graph, whose evidence dates (or their documents' dates) order the events.
    ///   - window: How many days back from each snapshot's day evidence still counts, if limited.
    /// - Complexity: O(E log E) in the total evidence.
    public init(_ graph: Graph, window: Int? = nil) {
        self.graph = graph
        self.window = window.map { max(1, $0) }
        relations = Array(graph.relations.values)
        current = GraphSnapshot(documents: graph.documents)
        var starts: [Int] = [], total = 0
        starts.reserveCapacity(relations.count)
        var appearing: [Event] = [], expiring: [Event] = []
        var timelessEvidence: [Int] = []
        var bare = [Bool](repeating: false, count: relations.count)
        for (index, relation) in relations.enumerated() {
            starts.append(total)
            let r = Int32(index)
            if relation.evidence.isEmpty {
                if let first = relation.firstSeen {
                    appearing.append(Event(day: first.ordinal, relation: r, evidence: -1))
                } else {
                    bare[index] = true
                }
                if let window = self.window, let last = relation.lastSeen {
                    expiring.append(Event(day: last.ordinal + window, relation: r, evidence: -1))
                }
            }
            for (offset, item) in relation.evidence.enumerated() {
                if let day = graph.effectiveDate(of: item) {
                    appearing.append(Event(day: day.ordinal, relation: r, evidence: Int32(offset)))
                    if let window = self.window {
                        expiring.append(Event(day: day.ordinal + window, relation: r, evidence: Int32(offset)))
                    }
                } else {
                    timelessEvidence.append(total + offset)
                }
            }
            total += relation.evidence.count
        }
        evidenceStart = starts
        appearing.sort { ($0.day, $0.relation, $0.evidence) < ($1.day, $1.relation, $1.evidence) }
        expiring.sort { ($0.day, $0.relation, $0.evidence) < ($1.day, $1.relation, $1.evidence) }
        self.appearing = appearing
        self.expiring = expiring
        active = [Bool](repeating: false, count: total)
        for index in timelessEvidence { active[index] = true }
        bareActive = bare
    }

    /// The snapshot as of `day`, made from the previous one.
    ///
    /// Days must not go backwards; a day before the previous one returns the
    /// previous snapshot unchanged.
    /// - Parameter day: The last day to include.
    /// - Returns: The snapshot, which shares structure with the previous ones.
    /// - Complexity: O(c · (k + log n)) for the c relations whose evidence changed
    ///   since the previous day (k: their evidence), plus the relations with a stated end of validity.
    public mutating func advance(to day: Day) -> GraphSnapshot {
        if started, let previous = current.day, day < previous { return current }
        var touched: Set<Int> = watched
        if !started {
            started = true
            for index in relations.indices
            where bareActive[index] || relations[index].evidence.contains(where: { graph.effectiveDate(of: $0) == nil }) {
                touched.insert(index)
            }
        }
        while nextAppearing < appearing.count, appearing[nextAppearing].day <= day.ordinal {
            let event = appearing[nextAppearing]
            set(event, true)
            touched.insert(Int(event.relation))
            nextAppearing += 1
        }
        while nextExpiring < expiring.count, expiring[nextExpiring].day <= day.ordinal {
            let event = expiring[nextExpiring]
            set(event, false)
            touched.insert(Int(event.relation))
            nextExpiring += 1
        }
        current.day = day
        for index in touched { refresh(index, on: day) }
        return current
    }

    private mutating func set(_ event: Event, _ value: Bool) {
        if event.evidence < 0 {
            bareActive[Int(event.relation)] = value
        } else {
            active[evidenceStart[Int(event.relation)] + Int(event.evidence)] = value
        }
    }

    /// Recomputes one relation from its active evidence and updates the snapshot.
    private mutating func refresh(_ index: Int, on day: Day) {
        let original = relations[index]
        var relation: Relation?
        if original.evidence.isEmpty {
            if bareActive[index] { relation = original }
        } else {
            let start = evidenceStart[index]
            var kept: [Evidence] = []
            for (offset, item) in original.evidence.enumerated() where active[start + offset] { kept.append(item) }
            if kept.count == original.evidence.count {
                relation = original
            } else if !kept.isEmpty {
                relation = Relation(key: original.key, evidence: kept)
            }
        }
        if let candidate = relation, candidate.validTo != nil {
            watched.insert(index)
            if let validTo = candidate.validTo, validTo < day { relation = nil }
        } else {
            watched.remove(index)
        }
        let wasPresent = current.relation(original.key) != nil
        if let relation {
            current.setRelation(relation)
            if !wasPresent { touch(original.key, by: 1) }
        } else if wasPresent {
            current.removeRelation(original.key)
            touch(original.key, by: -1)
        }
    }

    private mutating func touch(_ key: RelationKey, by delta: Int) {
        for id in [key.source, key.target] {
            let count = (degree[id] ?? 0) + delta
            degree[id] = count > 0 ? count : nil
            if count > 0, delta > 0, count == delta {
                if let actor = graph.actors[id] {
                    current.setActor(actor)
                } else {
                    current.setActor(Actor(id: id, name: id, kind: .unknown))
                }
            } else if count <= 0 {
                current.removeActor(id)
            }
        }
    }
}
