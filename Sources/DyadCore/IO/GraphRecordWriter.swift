import Foundation

/// Writes a graph one record at a time, in either form, so a graph that is never held
/// whole (a streamed merge) is written exactly as ``GraphFile/write(_:to:format:)`` writes one.
///
/// Records must come in canonical order: documents, then actors, then relations
/// (each section sorted, as the caller guarantees). Bytes collect in ``bytes``;
/// callers hand them on whenever ``isFull`` says so.
struct GraphRecordWriter {
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
    var isFull: Bool { writer.bytes.count >= chunkSize }

    /// Hands over the bytes written so far.
    mutating func take() -> [UInt8] {
        let chunk = writer.bytes
        writer.bytes.removeAll(keepingCapacity: true)
        return chunk
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
        switch format {
        case .json: GraphEncoder.encode(relation, record: false, evidenceIndent: "\n      ", closingIndent: "\n    ", extra: extra, &writer)
        case .jsonl:
            GraphEncoder.encode(relation, record: true, evidenceIndent: "", closingIndent: "", extra: extra, &writer)
            writer.raw("\n")
        }
        itemsInSection += 1
    }

    /// Writes `count` relation records, the one at each index given by `relation`, encoding them on
    /// all cores (`relation` is called concurrently): the same bytes as ``write(_:extra:)`` for each in turn.
    /// - Complexity: O(size of the relations), spread over the cores.
    mutating func writeRelations(count: Int, _ relation: @Sendable (Int) -> Relation) {
        guard count > 0 else { return }
        enter(.relations)
        let format = self.format, sectionIsEmpty = itemsInSection == 0
        let parts = max(1, min(count / 256, ProcessInfo.processInfo.activeProcessorCount * 4))
        let encoded = Parallel.map(count: parts, chunks: parts) { part -> [UInt8] in
            let range = (count * part / parts)..<(count * (part + 1) / parts)
            var w = JSONWriter(capacity: range.count * 512)
            for index in range {
                switch format {
                case .json:
                    w.raw(sectionIsEmpty && index == 0 ? "\n    " : ",\n    ")
                    GraphEncoder.encode(relation(index), record: false, evidenceIndent: "\n      ", closingIndent: "\n    ", &w)
                case .jsonl:
                    GraphEncoder.encode(relation(index), record: true, evidenceIndent: "", closingIndent: "", &w)
                    w.raw("\n")
                }
            }
            return w.bytes
        }
        for bytes in encoded { writer.bytes.append(contentsOf: bytes) }
        itemsInSection += count
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
