import Foundation

/// Writes a graph one record at a time, in either form, so a graph that is never held
/// whole (a streamed merge) is written exactly as ``GraphFile/write(_:to:format:)`` writes one.
///
/// Records must come in canonical order: documents, then actors, then relations
/// (each section sorted, as the caller guarantees). Bytes collect in ``bytes``;
/// callers hand them on whenever ``isFull`` says so. It owns its ``JSONWriter``, so it is not copyable either.
struct GraphRecordWriter: ~Copyable {
    /// The three sections of a graph, in file order.
    enum Section: Int, Comparable {
        case documents, actors, relations

        static func < (lhs: Section, rhs: Section) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The form written.
    let format: GraphFormat
    /// How many bytes ``isFull`` waits for.
    let chunkSize: Int
    private var writer: JSONWriter
    private var section = Section.documents
    private var itemsInSection = 0

    /// Starts a graph: the JSON opening or the JSON Lines header.
    init(format: GraphFormat, chunkSize: Int = 1 << 20) {
        self.format = format
        self.chunkSize = chunkSize
        writer = JSONWriter(capacity: chunkSize + 4096)
        switch format {
        case .json:
            writer.raw("{\n  \"version\": ")
            writer.int(GraphFormat.version)
            writer.raw(",\n  \"documents\": [")
        case .jsonl:
            writer.raw("{\"record\": \"graph\", \"version\": ")
            writer.int(GraphFormat.version)
            writer.raw("}\n")
        }
    }

    /// Whether a chunk's worth of bytes is waiting.
    var isFull: Bool { writer.count >= chunkSize }

    /// Hands over the bytes written so far.
    mutating func take() -> [UInt8] {
        writer.take(reserving: chunkSize + 4096)
    }

    /// Writes a document record.
    mutating func write(_ document: Document) {
        beginItem(in: .documents)
        GraphEncoder.encode(document, record: format == .jsonl, &writer)
        itemsInSection += 1
        if format == .jsonl { writer.raw("\n") }
    }

    /// Writes an actor record.
    mutating func write(_ actor: Actor, extra: [String: String]? = nil) {
        beginItem(in: .actors)
        GraphEncoder.encode(actor, record: format == .jsonl, extra: extra, &writer)
        itemsInSection += 1
        if format == .jsonl { writer.raw("\n") }
    }

    /// Writes a relation record with its evidence.
    mutating func write(_ relation: Relation, extra: [String: String]? = nil) {
        beginItem(in: .relations)
        let layout = GraphRecordWriter.relationLayout(format)
        GraphEncoder.encode(
            relation, record: layout.record, evidenceIndent: layout.evidenceIndent, closingIndent: layout.closingIndent, extra: extra,
            &writer)
        if format == .jsonl { writer.raw("\n") }
        itemsInSection += 1
    }

    /// How a relation object is laid out in each form: the `record` field, and what goes around its evidence.
    static func relationLayout(_ format: GraphFormat) -> (record: Bool, evidenceIndent: StaticString, closingIndent: StaticString) {
        switch format {
        case .json: (false, "\n      ", "\n    ")
        case .jsonl: (true, "", "")
        }
    }

    /// Writes `count` relation records on all cores: `encode` writes the object of the record at an index
    /// (laid out as ``relationLayout(_:)`` says; it is called concurrently), the writer what goes between
    /// them, so the bytes are those of ``write(_:extra:)`` for each in turn. They wait in the writer for ``take()``.
    /// - Complexity: O(size of the relations), spread over the cores.
    mutating func writeRelations(count: Int, _ encode: @Sendable (Int, inout JSONWriter) -> Void) {
        for bytes in encodeRelations(count: count, encode) { writer.raw(bytes: bytes) }
    }

    /// Writes `count` relation records on all cores as ``writeRelations(count:_:)`` does, handing them to
    /// `emit`: the bytes waiting in the writer first, then each core's part as it is (no copy into the writer).
    mutating func writeRelations(
        count: Int, emit: ([UInt8]) throws -> Void, _ encode: @Sendable (Int, inout JSONWriter) -> Void
    ) rethrows {
        let encoded = encodeRelations(count: count, encode)
        if writer.count > 0 { try emit(take()) }
        for bytes in encoded { try emit(bytes) }
    }

    /// The records of ``writeRelations(count:_:)``, one part a core's share.
    private mutating func encodeRelations(count: Int, _ encode: @Sendable (Int, inout JSONWriter) -> Void) -> [[UInt8]] {
        guard count > 0 else { return [] }
        enter(.relations)
        let format = self.format, sectionIsEmpty = itemsInSection == 0
        let parts = max(1, min(count / 256, ProcessInfo.processInfo.activeProcessorCount * 4))
        let encoded = Parallel.map(count: parts, chunks: parts) { part -> [UInt8] in
            let range = (count * part / parts)..<(count * (part + 1) / parts)
            // Into a buffer already written out when there is one (see ByteBufferPool).
            var w = JSONWriter(reusing: ByteBufferPool.shared.take(capacity: range.count * 512))
            for index in range {
                if format == .json { w.raw(sectionIsEmpty && index == 0 ? "\n    " : ",\n    ") }
                encode(index, &w)
                if format == .jsonl { w.raw("\n") }
            }
            return w.take()
        }
        itemsInSection += count
        return encoded
    }

    /// Closes the graph; ``take()`` then returns the last bytes.
    mutating func finish() {
        guard format == .json else { return }
        enter(.relations)
        writer.raw(itemsInSection == 0 ? "]\n}\n" : "\n  ]\n}\n")
    }

    /// Moves on to `next` (closing the sections before it) and writes the separator before an item.
    private mutating func enter(_ next: Section) {
        assert(next >= section, "graph records out of canonical order")
        guard format == .json else { section = next; return }
        while section < next {
            writer.raw(itemsInSection == 0 ? "]," : "\n  ],")
            section = Section(rawValue: section.rawValue + 1) ?? .relations
            writer.raw(section == .actors ? "\n  \"actors\": [" : "\n  \"relations\": [")
            itemsInSection = 0
        }
    }

    /// Enters `section` and writes the separator before its next item (JSON form).
    private mutating func beginItem(in section: Section) {
        enter(section)
        guard format == .json else { return }
        writer.raw(itemsInSection == 0 ? "\n    " : ",\n    ")
    }
}
