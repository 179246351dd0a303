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
    /// structure (consecutive snapshots of a ``SnapshotSequence``); linear otherwise.
    ///
    /// - Parameters:
    ///   - old: The earlier version.
    ///   - new: The later version.
    ///   - options: Thresholds and selections.
    /// - Complexity: O(c · log n) for c changed items when the snapshots share
    ///   all unchanged subtrees; O(n + m) for snapshots built separately.
    public init(from old: GraphSnapshot, to new: GraphSnapshot, options: DiffOptions = DiffOptions()) {
        let changedKeys = new.changedRelations(since: old)
        let changedActors = new.changedActors(since: old)
        self.init(
            changes: GraphDiff.classify(
                old: old, new: new, relations: Array(changedKeys),
                actors: Array(changedActors), options: options))
    }

    /// Turns the items that differ into reported changes.
    static func classify<Old: DiffSide, New: DiffSide>(
        old: Old, new: New, relations changedKeys: [RelationKey], actors changedActors: [Actor.ID], options: DiffOptions
    ) -> [GraphChange] {
        var changes: [GraphChange] = []
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
        let heads = first, links = next
        @Sendable func classifyPairs(_ pairs: ArraySlice<ActorPair>) -> [GraphChange] {
            var changes: [GraphChange] = []
            var before: [Relation?] = [], after: [Relation?] = [], absorbed: [RelationKey] = []
            before.reserveCapacity(5)
            after.reserveCapacity(5)
            for pair in pairs {
                // Each key of the pair, looked up once on each side.
                before.removeAll(keepingCapacity: true)
                after.removeAll(keepingCapacity: true)
                absorbed.removeAll(keepingCapacity: true)
                before.append(contentsOf: repeatElement(nil, count: 5))
                after.append(contentsOf: repeatElement(nil, count: 5))
                for relation in old.relations(between: pair) { before[pair.slot(of: relation.key)] = relation }
                for relation in new.relations(between: pair) { after[pair.slot(of: relation.key)] = relation }

                // A flip: the dominant holding type of the pair changed.
                var oldBest: (RelationState, Int)?, newBest: (RelationState, Int)?
                for index in 0..<5 {
                    if let relation = before[index] {
                        let state = RelationState(relation, date: old.effectiveDate)
                        if state.holds, oldBest.map({ RelationState.dominates(state, over: $0.0) }) ?? true { oldBest = (state, index) }
                    }
                    if let relation = after[index] {
                        let state = RelationState(relation, date: new.effectiveDate)
                        if state.holds, newBest.map({ RelationState.dominates(state, over: $0.0) }) ?? true { newBest = (state, index) }
                    }
                }
                if let (stateBefore, p) = oldBest, let (stateAfter, c) = newBest, stateBefore.key.type != stateAfter.key.type,
                    let previous = before[p], let current = after[c]
                {
                    let previousInNew = after[p], currentInOld = before[c]
                    if previousInNew == nil { absorbed.append(previous.key) }
                    if currentInOld == nil { absorbed.append(current.key) }
                    var evidence = lastSeen(previous, in: old).map { [$0] } ?? []
                    var fresh = added(current.evidence, since: currentInOld?.evidence ?? [], relation: current.key, side: new)
                    if let previousInNew {
                        fresh += added(previousInNew.evidence, since: previous.evidence, relation: previous.key, side: new)
                    }
                    if fresh.isEmpty, let last = lastSeen(current, in: new, side: .after) { fresh = [last] }
                    evidence += fresh
                    changes.append(
                        GraphChange(
                            kind: .flipped, relation: current.key, previous: previous.key,
                            before: stateBefore, after: stateAfter, previousRemoved: previousInNew == nil,
                            previousNow: previousInNew.map { RelationState($0, date: new.effectiveDate) },
                            relationAdded: currentInOld == nil,
                            evidence: evidence, importance: stateBefore.confidence + stateAfter.confidence))
                }

                // Relations added, removed, re-read or re-weighed.
                var cursor = heads[pair] ?? -1
                while cursor >= 0 {
                    let key = changedKeys[cursor]
                    cursor = links[cursor]
                    if absorbed.contains(key) { continue }
                    let index = pair.slot(of: key)
                    switch (before[index], after[index]) {
                    case (nil, let relation?):
                        let state = RelationState(relation, date: new.effectiveDate)
                        let evidence = relation.evidence.map {
                            ChangeEvidence(side: .after, relation: key, evidence: $0, date: new.effectiveDate(of: $0))
                        }
                        changes.append(
                            GraphChange(
                                kind: .relationAdded, relation: key, after: state, evidence: evidence,
                                importance: weight(state)))
                    case (let relation?, nil):
                        let state = RelationState(relation, date: old.effectiveDate)
                        changes.append(
                            GraphChange(
                                kind: .relationRemoved, relation: key, before: state,
                                evidence: lastSeen(relation, in: old).map { [$0] } ?? [], importance: weight(state)))
                    case (let relationBefore?, let relationAfter?):
                        let stateBefore = RelationState(relationBefore, date: old.effectiveDate)
                        let stateAfter = RelationState(relationAfter, date: new.effectiveDate)
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
            return changes
        }
        if pairOrder.count >= 20_000 {
            let halves = [pairOrder[..<(pairOrder.count / 2)], pairOrder[(pairOrder.count / 2)...]]
            changes = Parallel.map(count: 2) { classifyPairs(halves[$0]) }.flatMap { $0 }
        } else {
            changes = classifyPairs(pairOrder[...])
        }

        // Actors.
        var touches: [Actor.ID: Int] = [:]
        if !changedActors.isEmpty {
            for change in changes {
                if let key = change.relation { touches[key.source, default: 0] += 1; touches[key.target, default: 0] += 1 }
                if let key = change.previous { touches[key.source, default: 0] += 1; touches[key.target, default: 0] += 1 }
            }
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
        if options.types == nil, options.actors == nil { return changes }
        return changes.filter(options.selects)
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
