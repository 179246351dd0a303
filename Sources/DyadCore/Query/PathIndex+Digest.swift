import Dispatch
import Foundation

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
    ///   - threads: How many threads to build on (at most one a part); by default one for a small graph, else one a core.
    /// - Complexity: O(n + m), and O(d log d) for an actor with d relations, spread over the cores.
    init?(_ digest: GraphDigest, parts: [[RelationDigest]], threads: Int? = nil) {
        guard let numbering = digest.scanner?.actors else { return nil }
        let n = digest.graph.actors.count
        let total = parts.reduce(0) { $0 + $1.count }
        guard total < Int(Int32.max) else { return nil }
        // Each phase runs on `lanes` threads: over runs of parts, then over ranges of groups.
        let lanes = max(1, min(parts.count, threads ?? (total < 1 << 16 ? 1 : min(ProcessInfo.processInfo.activeProcessorCount, 8))))
        func run(_ body: @escaping (Int) -> Void) {
            if lanes == 1 { return body(0) }
            nonisolated(unsafe) let work = body
            DispatchQueue.concurrentPerform(iterations: lanes) { work($0) }
        }
        // The lane that reads part `p`, and the parts of lane `l`.
        let partRuns = (0..<lanes).map { lane in parts.count * lane / lanes..<parts.count * (lane + 1) / lanes }
        // Per lane, how many relations of its parts each actor's group gets; then where the lane writes them.
        let places = UnsafeMutableBufferPointer<Int>.allocate(capacity: lanes * n + 1)
        defer { places.deallocate() }
        places.initialize(repeating: 0)
        nonisolated(unsafe) let shared = (parts: parts, places: places)
        run { lane in
            let counts = UnsafeMutableBufferPointer(rebasing: shared.places[lane * n..<(lane + 1) * n])
            for part in partRuns[lane] {
                for relation in shared.parts[part] { counts[Int(PathIndex.first(relation))] += 1 }
            }
        }
        // Where each actor's group starts; the lanes' places within it follow one another.
        var starts = [Int](repeating: 0, count: n + 1)
        var position = 0
        for group in 0..<n {
            starts[group] = position
            for lane in 0..<lanes {
                let count = places[lane * n + group]
                places[lane * n + group] = position
                position += count
            }
        }
        starts[n] = position
        let entries = UnsafeMutableBufferPointer<PathIndex.Entry>.allocate(capacity: max(1, total))
        defer { entries.deallocate() }
        nonisolated(unsafe) let filled = entries
        run { lane in
            let cursor = UnsafeMutableBufferPointer(rebasing: shared.places[lane * n..<(lane + 1) * n])
            for part in partRuns[lane] {
                for relation in shared.parts[part] {
                    let from = Int(PathIndex.first(relation))
                    filled.initializeElement(at: cursor[from], to: PathIndex.Entry(relation))
                    cursor[from] += 1
                }
            }
        }
        // The groups of each lane: ranges of about the same number of relations.
        var groupRuns: [Range<Int>] = []
        var low = 0
        for lane in 1...lanes {
            var high = lane == lanes ? n : low
            while high < n, starts[high] < total * lane / lanes { high += 1 }
            groupRuns.append(low..<high)
            low = high
        }
        // Sort each group by (other endpoint, type); a repeated key stops the build. Per lane: relations
        // the index keeps, and the places of those it leaves out.
        struct Sorted {
            var kept = 0
            var unique = true
            var others: [UInt64: Int] = [:]
        }
        let sorted = UnsafeMutableBufferPointer<Sorted>.allocate(capacity: lanes)
        defer {
            _ = sorted.deinitialize()
            sorted.deallocate()
        }
        nonisolated(unsafe) let results = (starts: starts, sorted: sorted)
        run { lane in
            var result = Sorted()
            for from in groupRuns[lane] where results.starts[from] < results.starts[from + 1] {
                let group = UnsafeMutableBufferPointer(rebasing: filled[results.starts[from]..<results.starts[from + 1]])
                PathIndex.sort(group) { $0.key }
                var previous = UInt64.max
                for entry in group {
                    if entry.key >> 1 == previous { result.unique = false }
                    previous = entry.key >> 1
                    if entry.key & 1 == 1 {
                        let key = RelationDigest.pack(source: Int32(from), type: entry.type, target: entry.to)
                        result.others[key] = entry.offset
                    } else {
                        result.kept += 1
                    }
                }
                if !result.unique { break }
            }
            results.sorted.initializeElement(at: lane, to: result)
        }
        guard sorted.allSatisfy(\.unique) else { return nil }
        let m = sorted.reduce(0) { $0 + $1.kept }
        let source = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, m))
        let target = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, m))
        let type = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, m))
        let support = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, m))
        let asserted = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, m))
        let confidence = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(1, m))
        let offsets = [Int](unsafeUninitializedCapacity: m) { offsets, count in
            nonisolated(unsafe) let columns = (source, target, type, support, asserted, confidence, offsets)
            let firsts = sorted.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.kept) }
            run { lane in
                let (source, target, type, support, asserted, confidence, offsets) = columns
                var e = firsts[lane]
                for from in groupRuns[lane] {
                    for entry in filled[results.starts[from]..<results.starts[from + 1]] where entry.key & 1 == 0 {
                        source.initializeElement(at: e, to: Int32(from))
                        target.initializeElement(at: e, to: entry.to)
                        type.initializeElement(at: e, to: entry.typeIndex)
                        support.initializeElement(at: e, to: entry.support)
                        asserted.initializeElement(at: e, to: entry.asserted)
                        confidence.initializeElement(at: e, to: entry.confidence)
                        offsets.initializeElement(at: e, to: entry.offset)
                        e += 1
                    }
                }
            }
            count = m
        }
        let storage = PathStorage(
            actorCount: n, edgeCount: m, source: source, target: target, type: type, support: support, asserted: asserted,
            confidence: confidence)
        var others: [UInt64: Int] = [:]
        for result in sorted { others.merge(result.others) { first, _ in first } }
        self.init(
            graph: digest.graph, asOf: nil, window: nil, actorIDs: Array(digest.graph.actors.keys), denseIDs: numbering,
            storage: storage, digest: digest, places: RelationPlaces(offsets: offsets, others: others))
    }

    /// A relation in its group while ``init(_:parts:)`` sorts: the other endpoint and the type (the key
    /// within the group) with, in the lowest bit, whether the index leaves the relation out; and what
    /// the index keeps of it.
    struct Entry {
        var key: UInt64
        var offset: Int
        var confidence: Double
        var support: Int32
        var asserted: Int32

        init(_ relation: RelationDigest) {
            let from = PathIndex.first(relation)
            let to = relation.type == .proxy ? relation.target : max(relation.source, relation.target)
            let left = !relation.holds || from == to
            key = UInt64(UInt32(to)) << 4 | UInt64(PathIndex.typeIndex(relation.type)) << 1 | (left ? 1 : 0)
            offset = relation.bytes.lowerBound
            confidence = relation.confidence
            support = relation.supportingCount
            asserted = relation.pathAssertedCount
        }

        var to: Int32 { Int32(truncatingIfNeeded: key >> 4) }
        var typeIndex: UInt8 { UInt8(truncatingIfNeeded: (key >> 1) & 7) }
        var type: RelationType { PathIndex.typesByIndex[Int(typeIndex)] }
    }

    /// The endpoint a relation is grouped under: the proxy of a proxy relation, else the smaller.
    static func first(_ relation: RelationDigest) -> Int32 {
        relation.type == .proxy ? relation.source : min(relation.source, relation.target)
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
