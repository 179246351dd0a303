import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Compares two graph files, decoding only what the diff needs.
///
/// For JSON Lines files, a first pass over each file reads just the record
/// type and, for relations, the endpoints and type of every line. A relation
/// whose line is byte-for-byte the same in both files is unchanged and is never
/// decoded; the others, and every relation of a pair they touch (flips need the
/// whole pair), are decoded with all documents and actors into small graphs that
/// the diff engine compares. Both files are indexed at once, one thread each.
/// Other files (JSON documents, standard input), and files the first pass finds
/// anything odd in, are read and validated in full with ``GraphFile/read(_:format:)``.
///
/// Relations whose lines are identical in both files are not validated beyond
/// their endpoints and type; `dyad validate` checks a file in full.
public struct GraphFileComparison: Sendable {
    /// The old version: its documents and actors, and the relations the diff needed (all, after a full read).
    public var old: Graph
    /// The new version, likewise.
    public var new: Graph
    /// How many relations the old file holds.
    public var oldRelationCount: Int
    /// How many relations the new file holds.
    public var newRelationCount: Int
    /// How many actors the old file lists (`old` may hold only the ones the diff needed).
    public var oldActorCount: Int
    /// How many actors the new file lists.
    public var newActorCount: Int
    /// The changes.
    public var diff: GraphDiff
    /// Whether both files were read in full (so `old` and `new` hold every relation).
    public var isComplete: Bool

    /// Compares the graph files at `oldPath` and `newPath`.
    /// - Parameters:
    ///   - oldPath: The earlier version (`-` for standard input).
    ///   - newPath: The later version.
    ///   - options: Thresholds and selections.
    ///   - complete: Read both files in full even when the fast path applies (to draw them, say).
    /// - Throws: ``GraphFileError`` for unreadable or invalid files, located by line and column.
    /// - Complexity: O(size of both files), plus decoding of the changed relations.
    public static func compare(
        _ oldPath: String, _ newPath: String, options: DiffOptions = DiffOptions(),
        complete: Bool = false
    ) throws(GraphFileError) -> GraphFileComparison {
        let fast =
            !complete && oldPath != "-" && newPath != "-"
            && GraphFormat(path: oldPath) == .jsonl && GraphFormat(path: newPath) == .jsonl
        if fast, let result = try fastCompare(oldPath, newPath, options: options) { return result }
        // Large JSON documents: compared through their digests (small ones are read whole, which is as fast).
        if !complete, oldPath != "-", newPath != "-", GraphFormat(path: oldPath) == .json, GraphFormat(path: newPath) == .json,
            (FileBytes.size(of: oldPath) ?? 0) + (FileBytes.size(of: newPath) ?? 0) >= GraphFile.parallelThreshold
        {
            return try digestCompare(oldPath, newPath, options: options)
        }
        let (old, new) = try readBoth(oldPath, newPath)
        return GraphFileComparison(
            old: old, new: new, oldRelationCount: old.relations.count, newRelationCount: new.relations.count,
            oldActorCount: old.actors.count, newActorCount: new.actors.count,
            diff: GraphDiff(from: old, to: new, options: options), isComplete: true)
    }

    /// Reads two graph files in full, one thread each.
    /// - Throws: The first file's ``GraphFileError`` when it fails, else the second's.
    public static func readBoth(_ first: String, _ second: String) throws(GraphFileError) -> (Graph, Graph) {
        if first == "-" || second == "-" { return (try GraphFile.read(first), try GraphFile.read(second)) }
        let paths = [first, second]
        let graphs = try Parallel.map(count: 2) { index throws(GraphFileError) in try GraphFile.read(paths[index]) }
        return (graphs[0], graphs[1])
    }

    // MARK: Fast path

    private static func fastCompare(_ oldPath: String, _ newPath: String, options: DiffOptions) throws(GraphFileError)
        -> GraphFileComparison?
    {
        let paths = [oldPath, newPath]
        let indexes = try Parallel.map(count: 2) { index throws(GraphFileError) in try JSONLinesIndex.make(paths[index]) }
        guard let old = indexes[0], let new = indexes[1] else { return nil }
        let selection = old.bytes.withUnsafeBufferPointer { o in
            new.bytes.withUnsafeBufferPointer { n in Selection(old: old, o, new: new, n) }
        }
        let oldBytes = old.lines(
            old.headerLines + selection.oldActors.map { old.actors.entries[$0].line }
                + selection.oldRelations.map { old.relations.entries[$0].line })
        let newBytes = new.lines(
            new.headerLines + selection.newActors.map { new.actors.entries[$0].line }
                + selection.newRelations.map { new.relations.entries[$0].line })
        let buffers = [oldBytes, newBytes]
        let decoded = try? Parallel.map(count: 2) { index throws(GraphFileError) in
            try GraphFile.decode(buffers[index], path: paths[index], format: .jsonl)
        }
        guard let decoded else { return nil }
        let (oldGraph, newGraph) = (decoded[0], decoded[1])
        let changes = GraphDiff.classify(
            old: PairIndexedGraph(oldGraph), new: PairIndexedGraph(newGraph), relations: selection.changedRelations,
            actors: selection.changedActors, options: options)
        return GraphFileComparison(
            old: oldGraph, new: newGraph, oldRelationCount: old.relations.entries.count,
            newRelationCount: new.relations.entries.count, oldActorCount: old.actors.entries.count,
            newActorCount: new.actors.entries.count, diff: GraphDiff(changes: changes), isComplete: false)
    }

    /// What the fast path decodes: the lines that differ, every relation of a pair they touch,
    /// and the actors at their ends.
    private struct Selection {
        var changedRelations: [RelationKey] = []
        var changedActors: [Actor.ID] = []
        var oldRelations: [Int] = [], newRelations: [Int] = []
        var oldActors: [Int] = [], newActors: [Int] = []

        init(old: JSONLinesIndex, _ o: UnsafeBufferPointer<UInt8>, new: JSONLinesIndex, _ n: UnsafeBufferPointer<UInt8>) {
            var oldRelationMark = [Bool](repeating: false, count: old.relations.entries.count)
            var newRelationMark = [Bool](repeating: false, count: new.relations.entries.count)
            var oldActorMark = [Bool](repeating: false, count: old.actors.entries.count)
            var newActorMark = [Bool](repeating: false, count: new.actors.entries.count)
            var changed: [(JSONLinesIndex.Entry, Bool)] = []  // (entry, is in new)

            for entry in new.relations.entries {
                if let match = old.relations.find(entry, in: o, from: n),
                    JSONLinesIndex.equal(o, old.relations.entries[match].line, n, entry.line)
                {
                    continue
                }
                changed.append((entry, true))
            }
            for entry in old.relations.entries where new.relations.find(entry, in: n, from: o) == nil {
                changed.append((entry, false))
            }
            let types = JSONLinesIndex.types
            let proxy = UInt8(types.firstIndex(of: .proxy) ?? 2)
            func mark(actor id: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) {
                let probe = JSONLinesIndex.Entry(
                    line: id, first: id, second: id.upperBound..<id.upperBound,
                    type: JSONLinesIndex.actorType,
                    hash: JSONLinesIndex.hash(bytes, id, id.upperBound..<id.upperBound, JSONLinesIndex.actorType))
                Selection.markChain(probe, bytes, in: old.actors, o, &oldActorMark)
                Selection.markChain(probe, bytes, in: new.actors, n, &newActorMark)
            }
            for (entry, inNew) in changed {
                let bytes = inNew ? n : o
                changedRelations.append(Selection.key(entry, bytes))
                let (a, b) = (entry.first, entry.second)
                let (low, high) = JSONLinesIndex.less(bytes, b, bytes, a) ? (b, a) : (a, b)
                for code in types.indices {
                    let pairs: [(Range<Int>, Range<Int>)] = UInt8(code) == proxy ? [(low, high), (high, low)] : [(low, high)]
                    for (first, second) in pairs {
                        let probe = JSONLinesIndex.Entry(
                            line: first, first: first, second: second, type: UInt8(code),
                            hash: JSONLinesIndex.hash(bytes, first, second, UInt8(code)))
                        if let index = old.relations.find(probe, in: o, from: bytes) { oldRelationMark[index] = true }
                        if let index = new.relations.find(probe, in: n, from: bytes) { newRelationMark[index] = true }
                    }
                }
                mark(actor: a, bytes)
                mark(actor: b, bytes)
            }
            for entry in new.actors.entries {
                if let match = old.actors.find(entry, in: o, from: n),
                    JSONLinesIndex.equal(o, old.actors.entries[match].line, n, entry.line)
                {
                    continue
                }
                changedActors.append(JSONLinesIndex.text(n, entry.first))
                mark(actor: entry.first, n)
            }
            for entry in old.actors.entries where new.actors.find(entry, in: n, from: o) == nil {
                changedActors.append(JSONLinesIndex.text(o, entry.first))
                mark(actor: entry.first, o)
            }
            oldRelations = oldRelationMark.indices.filter { oldRelationMark[$0] }
            newRelations = newRelationMark.indices.filter { newRelationMark[$0] }
            oldActors = oldActorMark.indices.filter { oldActorMark[$0] }
            newActors = newActorMark.indices.filter { newActorMark[$0] }
        }

        /// Marks an actor and its `partOf` ancestors, which decoding it needs.
        static func markChain(
            _ probe: JSONLinesIndex.Entry, _ probeBytes: UnsafeBufferPointer<UInt8>,
            in table: JSONLinesIndex.Table, _ bytes: UnsafeBufferPointer<UInt8>, _ marks: inout [Bool]
        ) {
            var current = table.find(probe, in: bytes, from: probeBytes)
            var steps = 0
            while let index = current, !marks[index], steps < marks.count {
                marks[index] = true
                steps += 1
                guard let parent = table.entries[index].parent else { return }
                let none = parent.upperBound..<parent.upperBound
                let next = JSONLinesIndex.Entry(
                    line: parent, first: parent, second: none, type: JSONLinesIndex.actorType,
                    hash: JSONLinesIndex.hash(bytes, parent, none, JSONLinesIndex.actorType))
                current = table.find(next, in: bytes, from: bytes)
            }
        }

        static func key(_ entry: JSONLinesIndex.Entry, _ bytes: UnsafeBufferPointer<UInt8>) -> RelationKey {
            RelationKey(
                source: JSONLinesIndex.text(bytes, entry.first), type: JSONLinesIndex.types[Int(entry.type)],
                target: JSONLinesIndex.text(bytes, entry.second))
        }
    }
}
