import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A graph file read for the commands that need its actors but not every relation's evidence:
/// documents and actors in full, relations as ``RelationDigest``s in canonical key order, and the
/// file's bytes, from which ``relation(at:)`` decodes a relation's evidence when it is printed.
///
/// A JSON graph document is read by a fast reader: the `relations` array is split at element
/// boundaries and read on all cores by ``RelationScanner`` (relations it does not take fast go to
/// the full decoder, one at a time). Any layout is read: one line or pretty, any key order,
/// extension fields, escapes, non-ASCII. Whatever the fast reader does not accept at the
/// document level (a wrong field, a dangling reference, a duplicate) sends the whole file to
/// ``GraphFile/decode(_:path:format:)``, so the problems reported, and the result, are the same as
/// ``GraphFile/read(_:format:)``'s. JSON Lines files and standard input are read with
/// ``GraphFile/read(_:format:)`` and digested from the graph.
///
/// ```swift
/// let digest = try GraphDigest.read("big.json")
/// print(digest.relations.count, digest.graph.actors.count)
/// let relation = digest.relation(at: 0)   // with its evidence
/// ```
public final class GraphDigest: Sendable {
    /// The file the digest was read from (`-` for standard input).
    public let path: String
    /// The documents and actors; its relations are empty unless the file was read whole (``isLazy`` is false).
    public let graph: Graph
    /// The relations in canonical key order (source, type, target).
    public let relations: [RelationDigest]
    /// The file's bytes (mapped for a large file), when relations are decoded on demand.
    private let bytes: FileImage
    /// Whether relations are decoded from the file's bytes on demand (else ``graph`` holds them).
    public let isLazy: Bool
    /// The fast reader of ``bytes`` (which it points into, and which outlive it), when lazy.
    nonisolated(unsafe) let scanner: RelationScanner?
    /// Where the `documents` and `actors` arrays are in the file, when the fast reader read both.
    let sections: Sections?
    /// Whether ``graph`` (documents and actors) and the id tables are those of the earlier digest the file
    /// was read with, because its `documents` and `actors` arrays hold the same bytes.
    let sharesHeader: Bool

    /// The byte ranges of a document's `documents` and `actors` arrays.
    struct Sections: Sendable {
        var documents: Range<Int>?
        var actors: Range<Int>?
    }

    init(
        path: String, graph: Graph, relations: [RelationDigest], bytes: FileImage, scanner: RelationScanner, sections: Sections?,
        sharesHeader: Bool
    ) {
        self.path = path
        self.graph = graph
        self.relations = relations
        self.bytes = bytes
        self.scanner = scanner
        self.sections = sections
        self.sharesHeader = sharesHeader
        isLazy = true
    }

    /// Digests a graph already in memory (its relations stay in ``graph``).
    /// - Parameters:
    ///   - graph: A graph whose relations link actors of the graph (as every decoded graph does).
    ///   - path: The name of the file it came from.
    public init(_ graph: Graph, path: String = "-") {
        self.path = path
        self.graph = graph
        bytes = FileImage([])
        isLazy = false
        scanner = nil
        sections = nil
        sharesHeader = false
        var digests: [RelationDigest] = []
        digests.reserveCapacity(graph.relations.count)
        for relation in graph.relations.values {
            guard let source = graph.actors.index(forKey: relation.source), let target = graph.actors.index(forKey: relation.target)
            else { continue }
            digests.append(
                RelationDigest(relation, source: Int32(source), target: Int32(target), bytes: 0..<0) { graph.effectiveDate(of: $0) })
        }
        relations = digests
    }

    /// Reads a graph file (`-` for standard input).
    /// - Parameters:
    ///   - path: The file.
    ///   - format: The form to expect; by default the extension decides, and standard input is sniffed.
    /// - Throws: ``GraphFileError`` with every problem, exactly as ``GraphFile/read(_:format:)`` reports them.
    /// - Complexity: O(file size), on all cores for a large JSON document.
    public static func read(_ path: String, format: GraphFormat? = nil) throws(GraphFileError) -> GraphDigest {
        try read(path, format: format, earlier: nil)
    }

    /// Reads a graph file, sharing the documents and actors of `earlier` (another version of the graph)
    /// when the file's `documents` and `actors` arrays hold the same bytes as that one's (see ``sharesHeader``).
    /// - Throws: ``GraphFileError`` exactly as ``read(_:format:)`` does.
    static func read(_ path: String, format: GraphFormat? = nil, earlier: GraphDigest?) throws(GraphFileError) -> GraphDigest {
        let stated = path == "-" ? format : (format ?? GraphFormat(path: path))
        if path != "-", stated == .jsonl { return GraphDigest(try GraphFile.read(path, format: .jsonl), path: path) }
        return try decode(try FileImage.read(path), path: path, format: stated, earlier: earlier)
    }

    /// Reads a graph file for a caller that builds its own structures from the relations' digests
    /// (``PathIndex``), skipping the sort into key order.
    ///
    /// A JSON document the fast reader takes comes back as a digest of its documents and actors only
    /// (``relations`` is empty; ``relation(atByte:)`` decodes a relation from the file) with the relations'
    /// digests in file order, in the parts they were read in: not sorted, not checked for duplicate keys.
    /// A caller that finds a duplicate calls ``ordered()``, which reports it as ``read(_:format:)`` would.
    /// Anything else is read as ``read(_:format:)`` reads it, and comes back without parts.
    /// - Throws: ``GraphFileError`` as ``read(_:format:)`` does.
    static func readParts(_ path: String) throws(GraphFileError) -> (digest: GraphDigest, parts: [[RelationDigest]]?) {
        let stated = path == "-" ? nil : GraphFormat(path: path)
        if path != "-", stated == .jsonl { return (GraphDigest(try GraphFile.read(path, format: .jsonl), path: path), nil) }
        let image = try FileImage.read(path)
        let form = stated ?? image.withUnsafeBufferPointer { GraphFormat.sniff($0) }
        if form == .json, let (digest, parts) = scanParts(image, path: path) { return (digest, parts) }
        return (GraphDigest(try GraphFile.decode(image.bytes, path: path, format: form), path: path), nil)
    }

    /// The fast reader's digest of a JSON document's documents and actors, and its relations' digests in parts,
    /// as ``readParts(_:)`` returns them; `nil` when the full decoder must read the document.
    static func scanParts(_ image: FileImage, path: String, partBytes: Int = parallelBytes) -> (GraphDigest, [[RelationDigest]])? {
        guard let document = scanDocument(image, partBytes: partBytes) else { return nil }
        let digest = GraphDigest(
            path: path, graph: document.graph, relations: [], bytes: image, scanner: document.scanner,
            sections: document.sections, sharesHeader: document.sharesHeader)
        return (digest, document.parts)
    }

    /// The digest ``read(_:format:)`` makes of this digest's file, with its relations in key order: for a
    /// digest from ``readParts(_:)`` whose relations turned out not to fit the fast reader (a duplicate key).
    /// - Throws: ``GraphFileError`` with the file's problems, as ``read(_:format:)`` reports them.
    func ordered() throws(GraphFileError) -> GraphDigest {
        try GraphDigest.decode(bytes, path: path, format: .json)
    }

    /// Digests a graph from bytes.
    /// - Parameters:
    ///   - bytes: UTF-8 JSON or JSON Lines.
    ///   - path: The name used in error messages.
    ///   - format: The form; `nil` sniffs it.
    /// - Throws: ``GraphFileError`` with every problem, exactly as ``GraphFile/decode(_:path:format:)`` reports them.
    public static func decode(_ bytes: [UInt8], path: String = "-", format: GraphFormat? = nil) throws(GraphFileError) -> GraphDigest {
        try decode(FileImage(bytes), path: path, format: format)
    }

    /// Digests a graph from a file's bytes (see ``decode(_:path:format:)-([UInt8],_,_)``).
    static func decode(_ image: FileImage, path: String, format: GraphFormat?, earlier: GraphDigest? = nil) throws(GraphFileError)
        -> GraphDigest
    {
        let form = format ?? image.withUnsafeBufferPointer { GraphFormat.sniff($0) }
        if form == .json, let digest = GraphDigest.scan(image, path: path, earlier: earlier) { return digest }
        return GraphDigest(try GraphFile.decode(image.bytes, path: path, format: form), path: path)
    }

    /// The id of the actor with a dense number (a ``RelationDigest`` endpoint).
    public func actorID(_ number: Int32) -> Actor.ID { graph.actors.keys[Int(number)] }

    /// The key of the relation at `index` of ``relations``.
    public func key(at index: Int) -> RelationKey {
        let digest = relations[index]
        return RelationKey(source: actorID(digest.source), type: digest.type, target: actorID(digest.target))
    }

    /// The relation at `index` of ``relations`` with all its evidence, decoded from the file when lazy.
    /// - Complexity: O(size of the relation).
    public func relation(at index: Int) -> Relation {
        guard isLazy else { return graph.relations.values[index] }
        let digest = relations[index]
        // The bytes were validated when the digest was made; the fallback keeps the summary.
        return relation(atByte: digest.bytes.lowerBound)
            ?? Relation(
                key: key(at: index), modality: digest.modality, confidence: digest.confidence,
                firstSeen: digest.firstDate, lastSeen: digest.lastDate)
    }

    /// The relation whose JSON object starts at byte `offset` of the file (a ``RelationDigest``'s
    /// `bytes.lowerBound`), with all its evidence; `nil` when the digest is not lazy or the bytes do not decode.
    /// - Complexity: O(size of the relation).
    func relation(atByte offset: Int) -> Relation? {
        guard isLazy else { return nil }
        // The shapes the fast reader takes are made from its fields; the others are decoded in full.
        if let scanner, let relation = scanner.relation(at: offset) { return relation }
        return bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(buffer, position: offset)
            var decoder = GraphDecoder()
            guard (try? decoder.decodeRelation(&reader)) != nil else { return nil }
            return decoder.takeRelations().first
        }
    }

    /// Writes the relation at `index` of ``relations`` as ``GraphRecordWriter`` lays relations out in `format`:
    /// straight from the file's bytes when the fast reader takes its shape, else decoded and encoded.
    /// - Complexity: O(size of the relation).
    func encodeRelation(at index: Int, format: GraphFormat, into w: inout JSONWriter) {
        let layout = GraphRecordWriter.relationLayout(format)
        if isLazy, let scanner,
            scanner.writeCanonical(
                at: relations[index].bytes.lowerBound, record: layout.record, evidenceIndent: layout.evidenceIndent,
                closingIndent: layout.closingIndent, to: &w)
        {
            return
        }
        GraphEncoder.encode(
            relation(at: index), record: layout.record, evidenceIndent: layout.evidenceIndent, closingIndent: layout.closingIndent, &w)
    }

    /// The relations at `range` of ``relations`` with their evidence, decoded on all cores.
    /// - Complexity: O(size of the relations).
    public func relations(in range: Range<Int>) -> [Relation] { relations(at: range) }

    /// The relations at `positions` of ``relations`` with their evidence, in that order, decoded on all cores.
    /// - Complexity: O(size of the relations).
    public func relations<Positions: RandomAccessCollection & Sendable>(at positions: Positions) -> [Relation]
    where Positions.Element == Int, Positions.Index == Int {
        guard isLazy, positions.count > 1024 else { return positions.map { relation(at: $0) } }
        let count = positions.count, start = positions.startIndex
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount * 2, count / 512))
        return Parallel.map(count: parts, chunks: parts) { part in
            (start + count * part / parts..<start + count * (part + 1) / parts).map { self.relation(at: positions[$0]) }
        }
        .flatMap { $0 }
    }

    /// The position in ``relations`` of the relation with `key`, if the graph has it.
    /// - Complexity: O(log m).
    public func index(of key: RelationKey) -> Int? {
        guard let source = graph.actors.index(forKey: key.source), let target = graph.actors.index(forKey: key.target) else {
            return nil
        }
        let probe = RelationDigest.pack(source: Int32(source), type: key.type, target: Int32(target))
        var low = 0, high = relations.count
        while low < high {
            let middle = (low + high) / 2
            if relations[middle].packedKey < probe { low = middle + 1 } else { high = middle }
        }
        return low < relations.count && relations[low].packedKey == probe ? low : nil
    }

    /// The relation with `key` and all its evidence, if the graph has it.
    /// - Complexity: O(log m + size of the relation).
    public func relation(_ key: RelationKey) -> Relation? {
        guard isLazy else { return graph.relation(key) }
        return index(of: key).map { relation(at: $0) }
    }

    /// The whole graph: ``graph`` itself when it was read whole, else with every relation decoded.
    /// - Complexity: O(file size).
    public func fullGraph() -> Graph {
        guard isLazy else { return graph }
        var relations: [Relation] = []
        relations.reserveCapacity(self.relations.count)
        for index in self.relations.indices { relations.append(relation(at: index)) }
        return Graph(
            uniqueDocuments: Array(graph.documents.values), uniqueActors: Array(graph.actors.values), uniqueRelations: relations)
    }
}

extension GraphDigest {
    /// Whether a byte range of this file holds the same bytes as `otherRange` of `other`.
    func sameBytes(_ range: Range<Int>, asIn other: UnsafeBufferPointer<UInt8>, _ otherRange: Range<Int>) -> Bool {
        guard range.count == otherRange.count, range.upperBound <= bytes.count, otherRange.upperBound <= other.count else { return false }
        return bytes.withUnsafeBufferPointer { mine in
            guard let first = mine.baseAddress, let second = other.baseAddress, !range.isEmpty else { return range.isEmpty }
            return memcmp(first + range.lowerBound, second + otherRange.lowerBound, range.count) == 0
        }
    }

    /// Whether a byte range of this file holds the same bytes as one of `other`; `nil` when either is not lazy.
    func sameBytes(_ range: Range<Int>, as other: GraphDigest, _ otherRange: Range<Int>) -> Bool? {
        guard isLazy, other.isLazy else { return nil }
        guard range.count == otherRange.count else { return false }
        return bytes.withUnsafeBufferPointer { a in
            other.bytes.withUnsafeBufferPointer { b in
                guard let first = a.baseAddress, let second = b.baseAddress, !range.isEmpty else { return range.isEmpty }
                return memcmp(first + range.lowerBound, second + otherRange.lowerBound, range.count) == 0
            }
        }
    }
}
