/// Encodes graphs as JSON documents or JSON Lines, in canonical order.
///
/// The JSON layout puts one document, actor or piece of evidence on a line,
/// with keys in a fixed order, so a graph file diffs cleanly in git.
struct GraphEncoder {
    /// How many relations ``encode(_:format:chunkSize:extensions:_:)`` encodes on all cores at once.
    static let relationBatch = 1 << 16

    /// Streams the encoding in chunks of about `chunkSize` bytes.
    static func encode(
        _ graph: Graph, format: GraphFormat, chunkSize: Int = 1 << 20, extensions: GraphExtensions = GraphExtensions(),
        _ emit: ([UInt8]) throws -> Void
    ) throws {
        try encode(
            documents: graph.documents.values.elements, actors: graph.actors.values.elements, keys: graph.relations.keys.elements,
            relations: graph.relations.values.elements, format: format, chunkSize: chunkSize, extensions: extensions, emit)
    }

    /// Streams the encoding of a graph given by its parts, in chunks of about `chunkSize` bytes: the file of the graph
    /// that holds them (documents with distinct ids, actors with distinct ids, relations with distinct keys, each
    /// list in any order; `keys[i]` is the key of `relations[i]`).
    static func encode(
        documents: [Document], actors: [Actor], keys: [RelationKey], relations: [Relation], format: GraphFormat,
        chunkSize: Int = 1 << 20, extensions: GraphExtensions = GraphExtensions(), _ emit: ([UInt8]) throws -> Void
    ) throws {
        let layout = GraphRecordWriter.relationLayout(format)
        let extra = extensions.relations
        try encode(documents: documents, actors: actors, keys: keys, format: format, chunkSize: chunkSize, extensions: extensions, emit) {
            position, w in
            // By address: passed as a value (from the array or from its buffer), each relation was copied first.
            relations.withUnsafeBufferPointer { stored in
                guard let base = stored.baseAddress else { return }
                encode(
                    StoredRelation(relation: base + position), record: layout.record, evidenceIndent: layout.evidenceIndent,
                    closingIndent: layout.closingIndent, extra: extra.isEmpty ? nil : extra[keys[position]], &w)
            }
        }
    }

    /// Streams the encoding of a graph whose relations are extracted ``SpanRelations`` (in any order), as
    /// ``encode(documents:actors:keys:relations:format:chunkSize:extensions:_:)`` streams the graph of the relations
    /// made of the evidence they stand for.
    static func encode(
        documents: [Document], actors: [Actor], spans: SpanRelations, format: GraphFormat, chunkSize: Int = 1 << 20,
        _ emit: ([UInt8]) throws -> Void
    ) throws {
        let layout = GraphRecordWriter.relationLayout(format)
        try spans.withTables { tables in
            // Through buffers: reading the tables themselves retained each of them for every piece, from every core at once.
            nonisolated(unsafe) let tables = tables
            try encode(documents: documents, actors: actors, keys: spans.keys, format: format, chunkSize: chunkSize, emit) { position, w in
                encode(
                    SpanRelationRecord(tables: tables, position: position), record: layout.record,
                    evidenceIndent: layout.evidenceIndent, closingIndent: layout.closingIndent, &w)
            }
        }
    }

    /// The encoding of documents, actors and relations in canonical order: `relation` writes the record of the
    /// relation of `keys[position]` (it is called on all cores at once).
    private static func encode(
        documents: [Document], actors: [Actor], keys: [RelationKey], format: GraphFormat, chunkSize: Int,
        extensions: GraphExtensions = GraphExtensions(), _ emit: ([UInt8]) throws -> Void,
        relation: @Sendable (_ position: Int, _ w: inout JSONWriter) -> Void
    ) throws {
        var writer = GraphRecordWriter(format: format, chunkSize: chunkSize)
        for document in documents.sorted(by: { $0.id < $1.id }) {
            writer.write(document)
            if writer.isFull { try emit(writer.take()) }
        }
        for actor in actors.sorted(by: { $0.id < $1.id }) {
            writer.write(actor, extra: extensions.actors[actor.id])
            if writer.isFull { try emit(writer.take()) }
        }
        // Relations are encoded on all cores, a batch at a time (so at most one batch's bytes wait in memory).
        // By position: no key is hashed and no relation copied to write it.
        let order = RelationKey.sortedOrder(keys)
        for start in stride(from: 0, to: order.count, by: relationBatch) {
            let end = min(order.count, start + relationBatch)
            try writer.writeRelations(count: end - start, emit: emit) { index, w in relation(order[start + index], &w) }
        }
        writer.finish()
        let last = writer.take()
        if !last.isEmpty { try emit(last) }
    }

    static func encode(_ document: Document, record: Bool, _ w: inout JSONWriter) {
        var first = true
        w.raw("{")
        if record { w.field("record", "document", first: &first) }
        w.field("id", document.id, first: &first)
        w.field("title", document.title, first: &first)
        w.field("source", document.source, first: &first)
        w.field("published", document.published, first: &first)
        w.field("publishedTo", document.publishedTo, first: &first)
        w.raw("}")
    }

    static func encode(_ actor: Actor, record: Bool, extra: [String: String]? = nil, _ w: inout JSONWriter) {
        var first = true
        w.raw("{")
        if record { w.field("record", "actor", first: &first) }
        w.field("id", actor.id, first: &first)
        w.field("name", actor.name, first: &first)
        w.field("kind", actor.kind.rawValue, first: &first)
        w.key("aliases", first: &first)
        w.stringArray(actor.aliases)
        w.field("partOf", actor.partOf, first: &first)
        if !actor.roles.isEmpty {
            w.key("roles", first: &first)
            w.raw("[")
            for (index, role) in actor.roles.enumerated() {
                if index > 0 { w.raw(", ") }
                var inner = true
                w.raw("{")
                w.field("title", role.title, first: &inner)
                w.field("of", role.actor, first: &inner)
                w.field("from", role.from, first: &inner)
                w.field("to", role.to, first: &inner)
                w.raw("}")
            }
            w.raw("]")
        }
        encodeExtensions(extra, first: &first, &w)
        w.raw("}")
    }

    /// Writes `x-` extension fields in name order.
    static func encodeExtensions(_ extra: [String: String]?, first: inout Bool, _ w: inout JSONWriter) {
        guard let extra else { return }
        for name in extra.keys.sorted() where name.hasPrefix("x-") {
            w.dynamicKey(name, first: &first)
            w.string(extra[name] ?? "")
        }
    }

    /// Writes a relation record: the one description of its canonical field order, for every writer.
    static func encode<R: CanonicalRelation>(
        _ relation: R, record: Bool, evidenceIndent: StaticString, closingIndent: StaticString,
        extra: [String: String]? = nil, _ w: inout JSONWriter
    ) {
        var first = true
        w.raw("{")
        if record { w.field("record", "relation", first: &first) }
        w.field("source", relation.source, first: &first)
        w.field("target", relation.target, first: &first)
        w.field("type", relation.type.rawValue, first: &first)
        w.field("modality", relation.modality.rawValue, first: &first)
        w.key("confidence", first: &first)
        w.number(relation.confidence)
        w.field("firstSeen", relation.firstSeen, first: &first)
        w.field("lastSeen", relation.lastSeen, first: &first)
        w.field("validFrom", relation.validFrom, first: &first)
        w.field("validTo", relation.validTo, first: &first)
        encodeExtensions(extra, first: &first, &w)
        w.key("evidence", first: &first)
        w.raw("[")
        let count = relation.evidenceCount
        for index in 0..<count {
            if index > 0 { w.raw(",") }
            w.raw(evidenceIndent)
            relation.withEvidenceItem(at: index) { encode($0, &w) }
        }
        if count > 0 { w.raw(closingIndent) }
        w.raw("]}")
    }

    /// Writes a piece of evidence: the one description of its canonical field order.
    static func encode<E: CanonicalEvidence>(_ item: E, _ w: inout JSONWriter) {
        var first = true
        w.raw("{")
        w.key("document", first: &first)
        item.writeDocument(to: &w)
        w.key("sentence", first: &first)
        item.write(item.sentence, to: &w)
        w.field("sentenceRange", item.sentenceRange, first: &first)
        item.write("sourceMention", item.sourceMention, first: &first, to: &w)
        w.field("sourceRange", item.sourceRange, first: &first)
        item.write("targetMention", item.targetMention, first: &first, to: &w)
        w.field("targetRange", item.targetRange, first: &first)
        w.key("rule", first: &first)
        item.write(item.rule, to: &w)
        w.field("modality", item.modality.rawValue, first: &first)
        item.write("attributedTo", item.attributedTo, first: &first, to: &w)
        w.field("date", item.date, first: &first)
        w.field("validFrom", item.validFrom, first: &first)
        w.field("validTo", item.validTo, first: &first)
        if let score = item.score {
            w.key("score", first: &first)
            w.number(score)
        }
        w.raw("}")
    }
}
