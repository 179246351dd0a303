extension PathIndex {
    /// Builds the index straight from a ``GraphDigest``, without a ``Graph`` of the relations:
    /// explanations decode the evidence of the relations they show from the file.
    ///
    /// The result equals ``init(_:asOf:window:)`` on the graph the file holds (without a date).
    /// - Parameter digest: The graph file's digest.
    /// - Complexity: O(n log n + m).
    public init(_ digest: GraphDigest) {
        var builder = digest.scanner.map { Builder(graph: digest.graph, numbering: $0.actors) } ?? Builder(graph: digest.graph)
        builder.reserveCapacity(relations: digest.relations.count, actors: digest.graph.actors.count)
        for relation in digest.relations where relation.holds {
            builder.addRelation(
                sourceNumber: relation.source, type: relation.type, targetNumber: relation.target,
                supporting: relation.supportingCount, asserted: relation.pathAssertedCount, confidence: relation.confidence)
        }
        self = builder.build(digest: digest.isLazy ? digest : nil)
    }

    /// Builds the index from a digest's relations given in file order, in parts (``GraphDigest/readParts(_:)``):
    /// the index ``init(_:)`` builds on the digest of the same file read in key order, found without
    /// sorting all relations by key; `nil` when two relations have the same key, or there are more than
    /// `Int32.max` (the caller then reads the file in key order, which reports a duplicate as an error).
    ///
    /// Relations are grouped by their first endpoint (the proxy of a proxy relation, else the smaller id) with
    /// a counting sort, and each group is sorted by the other endpoint and type: the order ``Builder/build()``
    /// gives. Each relation's place in the file is kept, so explanations decode its evidence from there.
    /// - Parameters:
    ///   - digest: The file's documents and actors (its actors in id order, as every graph's are).
    ///   - parts: The digests of its relations.
    /// - Complexity: O(n + m), and O(d log d) for an actor with d relations.
    init?(_ digest: GraphDigest, parts: [[RelationDigest]]) {
        guard let numbering = digest.scanner?.actors else { return nil }
        let n = digest.graph.actors.count
        let total = parts.reduce(0) { $0 + $1.count }
        guard total < Int(Int32.max) else { return nil }
        /// A relation in its group: the other endpoint and type (the key within the group), whether
        /// the index leaves it out (in the lowest bit), and what the index keeps of it.
        struct Entry {
            var key: UInt64
            var offset: Int
            var confidence: Double
            var support: Int32
            var asserted: Int32
        }
        func first(_ relation: RelationDigest) -> Int32 {
            relation.type == .proxy ? relation.source : min(relation.source, relation.target)
        }
        // Where each actor's group starts.
        var starts = [Int](repeating: 0, count: n + 1)
        for part in parts {
            for relation in part { starts[Int(first(relation)) + 1] += 1 }
        }
        for actor in 0..<n { starts[actor + 1] += starts[actor] }
        let entries = UnsafeMutableBufferPointer<Entry>.allocate(capacity: max(1, total))
        defer { entries.deallocate() }
        var cursor = starts
        for part in parts {
            for relation in part {
                let from = first(relation)
                let to = relation.type == .proxy ? relation.target : max(relation.source, relation.target)
                let left = !relation.holds || from == to
                let key = UInt64(UInt32(to)) << 4 | UInt64(PathIndex.typeIndex(relation.type)) << 1 | (left ? 1 : 0)
                let place = cursor[Int(from)]
                cursor[Int(from)] = place + 1
                entries.initializeElement(
                    at: place,
                    to: Entry(
                        key: key, offset: relation.bytes.lowerBound, confidence: relation.confidence,
                        support: relation.supportingCount, asserted: relation.pathAssertedCount))
            }
        }
        let source = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, total))
        let target = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, total))
        let type = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, total))
        let support = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, total))
        let asserted = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, total))
        let confidence = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(1, total))
        var offsets = [Int](repeating: 0, count: total)
        var others: [UInt64: Int] = [:]
        var m = 0
        var unique = true
        for from in 0..<n where starts[from] < starts[from + 1] {
            let group = UnsafeMutableBufferPointer(rebasing: entries[starts[from]..<starts[from + 1]])
            PathIndex.sort(group) { $0.key }
            var previous = UInt64.max
            for entry in group {
                if entry.key >> 1 == previous {
                    unique = false
                    break
                }
                previous = entry.key >> 1
                let to = Int32(truncatingIfNeeded: entry.key >> 4), typeIndex = UInt8(truncatingIfNeeded: (entry.key >> 1) & 7)
                if entry.key & 1 == 1 {
                    let key = RelationDigest.pack(source: Int32(from), type: PathIndex.typesByIndex[Int(typeIndex)], target: to)
                    others[key] = entry.offset
                    continue
                }
                source.initializeElement(at: m, to: Int32(from))
                target.initializeElement(at: m, to: to)
                type.initializeElement(at: m, to: typeIndex)
                support.initializeElement(at: m, to: entry.support)
                asserted.initializeElement(at: m, to: entry.asserted)
                confidence.initializeElement(at: m, to: entry.confidence)
                offsets[m] = entry.offset
                m += 1
            }
            if !unique { break }
        }
        let storage = PathStorage(
            actorCount: n, edgeCount: m, source: source, target: target, type: type, support: support, asserted: asserted,
            confidence: confidence)
        guard unique else { return nil }
        offsets.removeLast(total - m)
        self.init(
            graph: digest.graph, asOf: nil, window: nil, actorIDs: Array(digest.graph.actors.keys), denseIDs: numbering,
            storage: storage, digest: digest, places: RelationPlaces(offsets: offsets, others: others))
    }

    /// Sorts `items` by `key` in place, without allocating: insertion sort for a few items, else quicksort
    /// with a median-of-three pivot (the groups of one actor's relations are small, a hub's may be large).
    /// - Complexity: O(n log n) expected.
    static func sort<T>(_ items: UnsafeMutableBufferPointer<T>, by key: (T) -> UInt64) {
        var low = 0, high = items.count
        while high - low > 16 {
            let middle = low + (high - low) / 2
            // Order the first, middle and last items; the middle one is the pivot.
            if key(items[middle]) < key(items[low]) { items.swapAt(middle, low) }
            if key(items[high - 1]) < key(items[low]) { items.swapAt(high - 1, low) }
            if key(items[high - 1]) < key(items[middle]) { items.swapAt(high - 1, middle) }
            let pivot = key(items[middle])
            var i = low, j = high - 1
            while i <= j {
                while key(items[i]) < pivot { i += 1 }
                while pivot < key(items[j]) { j -= 1 }
                if i <= j {
                    items.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // Recurse into the smaller side, loop on the larger: the stack stays O(log n).
            if j + 1 - low < high - i {
                sort(UnsafeMutableBufferPointer(rebasing: items[low..<j + 1]), by: key)
                low = i
            } else {
                sort(UnsafeMutableBufferPointer(rebasing: items[i..<high]), by: key)
                high = j + 1
            }
        }
        if high - low < 2 { return }
        for i in low + 1..<high {
            let item = items[i], itemKey = key(item)
            var j = i
            while j > low, key(items[j - 1]) > itemKey {
                items[j] = items[j - 1]
                j -= 1
            }
            items[j] = item
        }
    }

    /// Reads a graph file and builds the index on it, as of a day if given.
    ///
    /// Without a date, a JSON document is read by ``GraphDigest`` (no relation graph is built);
    /// with one, the snapshot needs every piece of evidence, so the graph is read in full.
    /// - Parameters:
    ///   - path: The graph file (`-` for standard input).
    ///   - asOf: Use only the relations known on this day.
    ///   - window: With `asOf`, how many days back evidence still counts.
    /// - Throws: ``GraphFileError`` as ``GraphFile/read(_:format:)`` does.
    public static func read(_ path: String, asOf: Day? = nil, window: Int? = nil) throws(GraphFileError) -> PathIndex {
        guard asOf == nil else { return PathIndex(try GraphFile.read(path), asOf: asOf, window: window) }
        let (digest, parts) = try GraphDigest.readParts(path)
        guard let parts else { return PathIndex(digest) }
        if let index = PathIndex(digest, parts: parts) {
            return index
        }
        return PathIndex(try digest.ordered())
    }
}
