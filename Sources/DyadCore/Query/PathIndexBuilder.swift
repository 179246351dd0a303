extension PathIndex {
    /// Builds a ``PathIndex`` from relations given one by one, without a ``Graph`` in between.
    ///
    /// Loaders that stream millions of relations (a bulk import, a benchmark)
    /// use it to skip the graph model; ``PathIndex/init(_:asOf:window:)`` uses
    /// it too. Relations with the same key are merged (evidence counts add up,
    /// the higher confidence wins); loops are dropped. The result does not
    /// depend on the order relations are added in.
    ///
    /// ```swift
    /// var builder = PathIndex.Builder()
    /// builder.addRelation(source: "hezbollah", type: .proxy, target: "iran")
    /// let index = builder.build()
    /// ```
    public struct Builder {
        private var graph: Graph
        private var asOf: Day?
        private var window: Int?
        private var ids: [Actor.ID] = []
        private var lookup: [Actor.ID: Int32] = [:]
        private var source: [Int32] = []
        private var target: [Int32] = []
        private var type: [UInt8] = []
        private var support: [Int32] = []
        private var asserted: [Int32] = []
        private var confidence: [Double] = []

        /// Creates an empty builder.
        /// - Parameters:
        ///   - graph: The graph the index answers for: names and evidence for explanations
        ///     (its actors are added). Leave it empty when there is none.
        ///   - asOf: The snapshot day to record on the index, if the relations were selected by one.
        ///   - window: The snapshot window to record, if any.
        public init(graph: Graph = Graph(), asOf: Day? = nil, window: Int? = nil) {
            self.graph = graph
            self.asOf = asOf
            self.window = window
            lookup.reserveCapacity(graph.actors.count)
            for id in graph.actors.keys { addActor(id) }
        }

        /// Creates a builder whose actors are `graph`'s, numbered as `numbering` says (each actor's
        /// position in the graph's actors: a digest's scanner keeps that table), without hashing them again.
        init(graph: Graph, numbering: [Actor.ID: Int32]) {
            self.graph = graph
            ids = Array(graph.actors.keys)
            lookup = numbering
        }

        /// Reserves room for `relations` relations and `actors` actors.
        /// - Parameters:
        ///   - relations: The expected number of relations.
        ///   - actors: The expected number of actors.
        public mutating func reserveCapacity(relations: Int, actors: Int) {
            lookup.reserveCapacity(actors)
            ids.reserveCapacity(actors)
            source.reserveCapacity(relations)
            target.reserveCapacity(relations)
            type.reserveCapacity(relations)
            support.reserveCapacity(relations)
            asserted.reserveCapacity(relations)
            confidence.reserveCapacity(relations)
        }

        /// Adds an actor without relations (relation endpoints are added by ``addRelation(source:type:target:supporting:asserted:confidence:)``).
        /// - Parameter id: The actor's id.
        public mutating func addActor(_ id: Actor.ID) { _ = intern(id) }

        private mutating func intern(_ id: Actor.ID) -> Int32 {
            if let known = lookup[id] { return known }
            let dense = Int32(ids.count)
            ids.append(id)
            lookup[id] = dense
            return dense
        }

        /// Adds a relation that holds.
        /// - Parameters:
        ///   - source: The source (for proxy: the proxy).
        ///   - type: The relation type.
        ///   - target: The target (for proxy: the patron).
        ///   - supporting: Its count of non-negated evidence.
        ///   - asserted: Its count of asserted evidence.
        ///   - confidence: Its confidence in 0…1.
        public mutating func addRelation(
            source: Actor.ID, type: RelationType, target: Actor.ID,
            supporting: Int = 1, asserted: Int = 1, confidence: Double = 0.5
        ) {
            guard source != target else { return }
            self.source.append(intern(source))
            self.target.append(intern(target))
            self.type.append(PathIndex.typeIndex(type))
            support.append(Int32(clamping: supporting))
            self.asserted.append(Int32(clamping: asserted))
            self.confidence.append(confidence)
        }

        /// Adds a relation that holds by the dense numbers of actors already added (in the order added).
        mutating func addRelation(
            sourceNumber: Int32, type: RelationType, targetNumber: Int32, supporting: Int32, asserted: Int32, confidence: Double
        ) {
            guard sourceNumber != targetNumber else { return }
            source.append(sourceNumber)
            target.append(targetNumber)
            self.type.append(PathIndex.typeIndex(type))
            support.append(supporting)
            self.asserted.append(asserted)
            self.confidence.append(confidence)
        }

        /// The index; actors get dense ids in id order, relations in (source, target, type) order.
        /// - Complexity: O(n log n + m): actor ids are sorted, relations placed by counting sorts.
        public func build() -> PathIndex { build(digest: nil) }

        /// The index, explaining relations missing from the graph from `digest`.
        func build(digest: GraphDigest?) -> PathIndex {
            // Actors added in id order (a graph's, a digest's) need no sort.
            let inOrder = zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 }
            let order = inOrder ? Array(ids.indices) : ids.indices.sorted { ids[$0] < ids[$1] }
            var rank = [Int32](repeating: 0, count: ids.count)
            for (position, old) in order.enumerated() { rank[old] = Int32(position) }
            let sortedIDs = inOrder ? ids : order.map { ids[$0] }
            // Ids added in order are numbered by position already.
            var dense = inOrder ? lookup : [:]
            if !inOrder {
                dense.reserveCapacity(sortedIDs.count)
                for (position, id) in sortedIDs.enumerated() { dense[id] = Int32(position) }
            }
            // Order relations by (source, target, type) with three stable counting sorts (type, then
            // target, then source), O(n + m), ties kept in insertion order.
            let proxy = PathIndex.typeIndex(.proxy)
            let m = source.count
            var from = [Int32](repeating: 0, count: m), to = [Int32](repeating: 0, count: m)
            for e in 0..<m {
                var a = rank[Int(source[e])], b = rank[Int(target[e])]
                if type[e] != proxy, b < a { swap(&a, &b) }
                from[e] = a
                to[e] = b
            }
            var relationOrder = [Int32](0..<Int32(m))
            var scratch = [Int32](repeating: 0, count: m)
            func stableSort(buckets: Int, by key: (Int32) -> Int) {
                var counts = [Int](repeating: 0, count: buckets + 1)
                for e in relationOrder { counts[key(e) + 1] += 1 }
                for bucket in 0..<buckets { counts[bucket + 1] += counts[bucket] }
                for e in relationOrder {
                    let bucket = key(e)
                    scratch[counts[bucket]] = e
                    counts[bucket] += 1
                }
                swap(&relationOrder, &scratch)
            }
            stableSort(buckets: PathStorage.typeCount) { Int(type[Int($0)]) }
            stableSort(buckets: sortedIDs.count) { Int(to[Int($0)]) }
            stableSort(buckets: sortedIDs.count) { Int(from[Int($0)]) }
            var packed: [(key: UInt64, index: Int32)] = []
            packed.reserveCapacity(m)
            for e in relationOrder {
                let i = Int(e)
                let high: UInt64 = UInt64(UInt32(from[i])) << 34
                let middle: UInt64 = UInt64(UInt32(to[i])) << 4
                packed.append((high | middle | UInt64(type[i]), e))
            }
            var outSource: [Int32] = [], outTarget: [Int32] = [], outType: [UInt8] = []
            var outSupport: [Int32] = [], outAsserted: [Int32] = [], outConfidence: [Double] = []
            outSource.reserveCapacity(packed.count)
            outTarget.reserveCapacity(packed.count)
            outType.reserveCapacity(packed.count)
            outSupport.reserveCapacity(packed.count)
            outAsserted.reserveCapacity(packed.count)
            outConfidence.reserveCapacity(packed.count)
            for arrayIndex in packed.indices {
                let (key, e) = packed[arrayIndex]
                let i = Int(e)
                if arrayIndex > 0, packed[arrayIndex - 1].key == key {
                    let last = outSupport.count - 1
                    outSupport[last] = outSupport[last] &+ support[i]
                    outAsserted[last] = outAsserted[last] &+ asserted[i]
                    outConfidence[last] = max(outConfidence[last], confidence[i])
                    continue
                }
                let s = Int32(truncatingIfNeeded: key >> 34), t = Int32(truncatingIfNeeded: (key >> 4) & 0x3FFF_FFFF)
                let typeIndex = UInt8(key & 0xF)
                outSource.append(s)
                outTarget.append(t)
                outType.append(typeIndex)
                outSupport.append(support[i])
                outAsserted.append(asserted[i])
                outConfidence.append(confidence[i])
            }
            let storage = PathStorage(
                actorCount: sortedIDs.count, source: outSource, target: outTarget, type: outType,
                support: outSupport, asserted: outAsserted, confidence: outConfidence)
            return PathIndex(
                graph: graph, asOf: asOf, window: asOf == nil ? nil : window, actorIDs: sortedIDs,
                denseIDs: dense, storage: storage, digest: digest)
        }
    }
}
