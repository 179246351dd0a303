import Dispatch
import HashTreeCollections

extension GraphDiff {
    /// Compares two graphs, such as two graph files: every listed actor counts as present.
    ///
    /// - Parameters:
    ///   - old: The earlier version.
    ///   - new: The later version.
    ///   - options: Thresholds and selections.
    /// - Complexity: O(n + m) in the sizes of both graphs (hash look-ups and a
    ///   comparison of each relation present on both sides), plus O(c log c) to
    ///   classify and sort the c changes.
    public init(from old: Graph, to new: Graph, options: DiffOptions = DiffOptions()) {
        var changedKeys: [RelationKey] = []
        for (key, relation) in new.relations {
            if let before = old.relations[key] {
                if before != relation { changedKeys.append(key) }
            } else {
                changedKeys.append(key)
            }
        }
        for key in old.relations.keys where new.relations[key] == nil { changedKeys.append(key) }
        var changedActors: [Actor.ID] = []
        for (id, actor) in new.actors where old.actors[id] != actor { changedActors.append(id) }
        for id in old.actors.keys where new.actors[id] == nil { changedActors.append(id) }
        self.init(changes: GraphDiff.classify(old: old, new: new, relations: changedKeys, actors: changedActors, options: options))
    }

    /// Compares two snapshots in time close to the size of the change when they share
    /// structure (consecutive snapshots of a ``SnapshotSequence``, a copy and its edited version);
    /// linear otherwise.
    ///
    /// A snapshot and one derived from it by copies and edits (either way round, or two copies of
    /// one version) are compared by reading their edit journals, which name every pair that may
    /// differ with both its versions (``GraphSnapshot/journaledChanges(since:)``); other snapshots
    /// by comparing their hash-tree sets, which skips the subtrees they share. Both give the same
    /// changes.
    ///
    /// - Parameters:
    ///   - old: The earlier version.
    ///   - new: The later version.
    ///   - options: Thresholds and selections.
    /// - Complexity: O(e + c log c) for e journaled edits between related snapshots and c changes;
    ///   O(c · log n) for snapshots that share all unchanged subtrees; O(n + m) for snapshots built
    ///   separately.
    public init(from old: GraphSnapshot, to new: GraphSnapshot, options: DiffOptions = DiffOptions()) {
        // Both versions of each changed pair come with the journals or the comparison: no look-up by
        // key or pair. Large journaled diffs are classified in two halves, each set of pair entries
        // on a thread of its own.
        var changes: [GraphChange]
        if let pairs = new.journaledChanges(since: old) {
            changes = Self.splitInTwo(pairs.count) { range in
                Self.classifyChangedPairs(pairs[range], old: old, new: new, options: options)
            }
        } else {
            changes = Parallel.map(count: GraphSnapshot.shardCount) { shard in
                Self.classifyChangedPairs(new.changedPairs(since: old, shard: shard), old: old, new: new, options: options)
            }.concatenated()
        }
        GraphDiff.classifyActors(Array(new.changedActors(since: old)), old: old, new: new, into: &changes)
        if options.types != nil || options.actors != nil { changes = changes.filter(options.selects) }
        self.init(changes: consume changes)
    }

    /// Classifies the changes of pairs handed over with their relations in both versions.
    private static func classifyChangedPairs<Pairs: Sequence<(before: [Relation], after: [Relation])>>(
        _ pairs: Pairs, old: GraphSnapshot, new: GraphSnapshot, options: DiffOptions
    ) -> [GraphChange] {
        var changes: [GraphChange] = []
        changes.reserveCapacity(pairs.underestimatedCount + pairs.underestimatedCount / 4)
        var buffers = PairBuffers()
        let old = DiffSideReference(old), new = DiffSideReference(new)
        for (before, after) in pairs {
            guard let pair = (before.first ?? after.first).map({ ActorPair($0.key) }) else { continue }
            buffers.reset()
            for relation in before { buffers.before[pair.slot(of: relation.key)] = relation }
            for relation in after { buffers.after[pair.slot(of: relation.key)] = relation }
            for slot in 0..<5 {
                if let key = (buffers.after[slot] ?? buffers.before[slot])?.key, buffers.before[slot] != buffers.after[slot] {
                    buffers.changed.append(key)
                }
            }
            classifyPair(&buffers, pair: pair, old: old, new: new, options: options, into: &changes)
        }
        return changes
    }

    /// The most pairs classified on one thread; more are split between two.
    static let pairsPerThread = 4_096

    /// Runs `body` on `0..<count`, in two halves on two threads when there are many.
    private static func splitInTwo(_ count: Int, _ body: @Sendable (Range<Int>) -> [GraphChange]) -> [GraphChange] {
        guard count > pairsPerThread else { return body(0..<count) }
        let middle = count / 2
        return Parallel.map(count: 2) { body($0 == 0 ? 0..<middle : middle..<count) }.concatenated()
    }

    /// Turns the items that differ into reported changes.
    static func classify<Old: DiffSide, New: DiffSide>(
        old: Old, new: New, relations changedKeys: [RelationKey], actors changedActors: [Actor.ID], options: DiffOptions
    ) -> [GraphChange] {
        // Group the changed keys by pair without an array per pair: `first` holds each pair's
        // first key, `next` chains the others.
        var first: [ActorPair: Int] = [:]
        first.reserveCapacity(changedKeys.count)
        var next = [Int](repeating: -1, count: changedKeys.count)
        var pairOrder: [ActorPair] = []
        pairOrder.reserveCapacity(changedKeys.count)
        for (index, key) in changedKeys.enumerated() {
            let pair = ActorPair(key)
            if let head = first.updateValue(index, forKey: pair) { next[index] = head } else { pairOrder.append(pair) }
        }
        /// Classifies the changes of some pairs (run on two threads for large diffs).
        let heads = first, links = next, pairs = pairOrder
        @Sendable func classifyPairs(_ range: Range<Int>) -> [GraphChange] {
            var changes: [GraphChange] = []
            var buffers = PairBuffers()
            let old = DiffSideReference(old), new = DiffSideReference(new)
            for pair in pairs[range] {
                // Each key of the pair, looked up once on each side.
                buffers.reset()
                for relation in old.relations(between: pair) { buffers.before[pair.slot(of: relation.key)] = relation }
                for relation in new.relations(between: pair) { buffers.after[pair.slot(of: relation.key)] = relation }
                var cursor = heads[pair] ?? -1
                while cursor >= 0 {
                    buffers.changed.append(changedKeys[cursor])
                    cursor = links[cursor]
                }
                classifyPair(&buffers, pair: pair, old: old, new: new, options: options, into: &changes)
            }
            return changes
        }
        var changes = splitInTwo(pairs.count, classifyPairs)
        classifyActors(changedActors, old: old, new: new, into: &changes)
        if options.types == nil, options.actors == nil { return changes }
        return changes.filter(options.selects)
    }

    /// The relations of one pair on each side by slot (``ActorPair/slot(of:)``), the keys among
    /// them that differ, and scratch space; reused from pair to pair.
    struct PairBuffers {
        var before: [Relation?] = Array(repeating: nil, count: 5)
        var after: [Relation?] = Array(repeating: nil, count: 5)
        var changed: [RelationKey] = []
        var absorbed: [RelationKey] = []

        /// Empties every slot and list, keeping the storage.
        mutating func reset() {
            for slot in 0..<5 {
                before[slot] = nil
                after[slot] = nil
            }
            changed.removeAll(keepingCapacity: true)
            absorbed.removeAll(keepingCapacity: true)
        }
    }

    /// Classifies the changes of one pair: a flip of its dominant type, then each changed key.
    private static func classifyPair<Old: DiffSide, New: DiffSide>(
        _ buffers: inout PairBuffers, pair: ActorPair, old: Old, new: New, options: DiffOptions, into changes: inout [GraphChange]
    ) {
        let before = buffers.before, after = buffers.after
        // A flip: the dominant holding type of the pair changed.
        var oldBest: (RelationState, Int)?, newBest: (RelationState, Int)?
        for index in 0..<5 {
            if let relation = before[index] {
                let state = RelationState(relation, in: old)
                if state.holds, oldBest.map({ RelationState.dominates(state, over: $0.0) }) ?? true { oldBest = (state, index) }
            }
            if let relation = after[index] {
                let state = RelationState(relation, in: new)
                if state.holds, newBest.map({ RelationState.dominates(state, over: $0.0) }) ?? true { newBest = (state, index) }
            }
        }
        if let (stateBefore, p) = oldBest, let (stateAfter, c) = newBest, stateBefore.key.type != stateAfter.key.type,
            let previous = before[p], let current = after[c]
        {
            let previousInNew = after[p], currentInOld = before[c]
            if previousInNew == nil { buffers.absorbed.append(previous.key) }
            if currentInOld == nil { buffers.absorbed.append(current.key) }
            var evidence = lastSeen(previous, in: old).map { [$0] } ?? []
            var fresh = added(current.evidence, since: currentInOld?.evidence ?? [], relation: current.key, side: new)
            if let previousInNew {
                fresh += added(previousInNew.evidence, since: previous.evidence, relation: previous.key, side: new)
            }
            if fresh.isEmpty, let last = lastSeen(current, in: new, side: .after) { fresh = [last] }
            evidence += fresh
            var previousNow: RelationState?
            if let previousInNew { previousNow = RelationState(previousInNew, in: new) }
            changes.append(
                GraphChange(
                    kind: .flipped, relation: current.key, previous: previous.key,
                    before: stateBefore, after: stateAfter, previousRemoved: previousInNew == nil,
                    previousNow: previousNow,
                    relationAdded: currentInOld == nil,
                    evidence: evidence, importance: stateBefore.confidence + stateAfter.confidence))
        }

        // Relations added, removed, re-read or re-weighed.
        for key in buffers.changed where !buffers.absorbed.contains(key) {
            let index = pair.slot(of: key)
            switch (before[index], after[index]) {
            case (nil, let relation?):
                let state = RelationState(relation, in: new)
                // A loop, not a closure: a closure would copy `new` to call it.
                var evidence: [ChangeEvidence] = []
                evidence.reserveCapacity(relation.evidence.count)
                for item in relation.evidence {
                    evidence.append(ChangeEvidence(side: .after, relation: key, evidence: item, date: new.effectiveDate(of: item)))
                }
                changes.append(
                    GraphChange(
                        kind: .relationAdded, relation: key, after: state, evidence: evidence,
                        importance: weight(state)))
            case (let relation?, nil):
                let state = RelationState(relation, in: old)
                changes.append(
                    GraphChange(
                        kind: .relationRemoved, relation: key, before: state,
                        evidence: lastSeen(relation, in: old).map { [$0] } ?? [], importance: weight(state)))
            case (let relationBefore?, let relationAfter?):
                let stateBefore = RelationState(relationBefore, in: old)
                let stateAfter = RelationState(relationAfter, in: new)
                var evidence = added(relationAfter.evidence, since: relationBefore.evidence, relation: key, side: new)
                if evidence.isEmpty {
                    evidence = added(relationBefore.evidence, since: relationAfter.evidence, relation: key, side: old)
                        .map { ChangeEvidence(side: .before, relation: $0.relation, evidence: $0.evidence, date: $0.date) }
                }
                if stateBefore.modality != stateAfter.modality {
                    let importance =
                        Double(abs(stateBefore.modality.strength - stateAfter.modality.strength)) + stateAfter.confidence
                    changes.append(
                        GraphChange(
                            kind: .modalityChanged, relation: key, before: stateBefore, after: stateAfter,
                            evidence: evidence, importance: importance))
                } else if let (kind, size) = strengthChange(stateBefore, stateAfter, options: options) {
                    changes.append(
                        GraphChange(
                            kind: kind, relation: key, before: stateBefore, after: stateAfter,
                            evidence: evidence, importance: size))
                }
            case (nil, nil):
                continue
            }
        }
    }

    /// Adds the changes of actors that differ (added, removed, moved under another parent, renamed by
    /// aliases); an actor weighs as much as the relation changes that touch it.
    private static func classifyActors<Old: DiffSide, New: DiffSide>(
        _ changedActors: [Actor.ID], old: Old, new: New, into changes: inout [GraphChange]
    ) {
        guard !changedActors.isEmpty else { return }
        var touches: [Actor.ID: Int] = [:]
        for change in changes {
            if let key = change.relation { touches[key.source, default: 0] += 1; touches[key.target, default: 0] += 1 }
            if let key = change.previous { touches[key.source, default: 0] += 1; touches[key.target, default: 0] += 1 }
        }
        for id in changedActors {
            let before = old.presentActor(id), after = new.presentActor(id)
            let importance = Double(touches[id] ?? 0)
            switch (before, after) {
            case (nil, let actor?):
                changes.append(GraphChange(kind: .actorAdded, actor: id, newActor: actor, importance: importance))
            case (let actor?, nil):
                changes.append(GraphChange(kind: .actorRemoved, actor: id, oldActor: actor, importance: importance))
            case (let a?, let b?):
                if a.partOf != b.partOf {
                    changes.append(GraphChange(kind: .subUnitChanged, actor: id, oldActor: a, newActor: b, importance: importance))
                }
                if a.aliases != b.aliases {
                    changes.append(GraphChange(kind: .aliasesChanged, actor: id, oldActor: a, newActor: b, importance: importance))
                }
            case (nil, nil):
                continue
            }
        }
    }

    /// Strengthened or weakened, with the size of the change, when it passes the thresholds.
    private static func strengthChange(_ before: RelationState, _ after: RelationState, options: DiffOptions) -> (ChangeKind, Double)? {
        if before.evidenceCount > 0 || after.evidenceCount > 0 {
            let delta = after.evidenceCount - before.evidenceCount
            guard abs(delta) >= options.minimumEvidenceChange else { return nil }
            return (delta > 0 ? .strengthened : .weakened, Double(abs(delta)))
        }
        let delta = after.confidence - before.confidence
        guard delta != 0, abs(delta) >= options.minimumConfidenceChange else { return nil }
        return (delta > 0 ? .strengthened : .weakened, abs(delta) * 10)
    }

    /// How much a relation weighs in reports: its confidence, plus a little per piece of evidence.
    private static func weight(_ state: RelationState) -> Double {
        state.confidence + 0.1 * Double(min(state.evidenceCount, 10))
    }

    /// The evidence in `current` and not in `previous` (both sorted), as entries of `side`.
    /// - Complexity: O(k1 + k2).
    private static func added<S: DiffSide>(_ current: [Evidence], since previous: [Evidence], relation: RelationKey, side: S)
        -> [ChangeEvidence]
    {
        var result: [ChangeEvidence] = []
        var j = 0
        for item in current {
            while j < previous.count, previous[j] < item { j += 1 }
            if j < previous.count, previous[j] == item { j += 1; continue }
            result.append(ChangeEvidence(side: .after, relation: relation, evidence: item, date: side.effectiveDate(of: item)))
        }
        return result
    }

    /// The last sentence seen for a relation: its latest evidence (then the strongest, then the first).
    private static func lastSeen<S: DiffSide>(_ relation: Relation, in version: S, side: ChangeEvidence.Side = .before) -> ChangeEvidence? {
        var best: (Evidence, Int)?
        for item in relation.evidence {
            let day = version.effectiveDate(of: item)?.ordinal ?? Int.min
            if let current = best {
                if day < current.1 { continue }
                if day == current.1, item.modality.strength <= current.0.modality.strength { continue }
            }
            best = (item, day)
        }
        guard let (evidence, _) = best else { return nil }
        return ChangeEvidence(side: side, relation: relation.key, evidence: evidence, date: version.effectiveDate(of: evidence))
    }
}
