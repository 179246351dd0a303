/// One record of a graph: a document, an actor or a relation with its evidence.
///
/// Records compare in canonical file order: documents by id, then actors by id,
/// then relations by key, which is the order every graph Dyad writes is in.
enum GraphRecord {
    case document(Document)
    case actor(Actor)
    case relation(Relation)

    /// The section of a graph file the record belongs to.
    var section: GraphRecordWriter.Section {
        switch self {
        case .document: .documents
        case .actor: .actors
        case .relation: .relations
        }
    }

    /// Whether this record comes before `other` in canonical order.
    func precedes(_ other: GraphRecord) -> Bool {
        switch (self, other) {
        case let (.document(a), .document(b)): a.id < b.id
        case let (.actor(a), .actor(b)): a.id < b.id
        case let (.relation(a), .relation(b)): a.key < b.key
        default: section < other.section
        }
    }

    /// Whether both records describe the same document, actor or relation.
    func hasSameIdentity(as other: GraphRecord) -> Bool {
        switch (self, other) {
        case let (.document(a), .document(b)): a.id == b.id
        case let (.actor(a), .actor(b)): a.id == b.id
        case let (.relation(a), .relation(b)): a.key == b.key
        default: false
        }
    }

    /// The merge of two records of the same identity, as ``Graph/merge(_:)`` merges them.
    func merged(with other: GraphRecord) -> GraphRecord {
        switch (self, other) {
        case let (.document(a), .document(b)): .document(a.merged(with: b))
        case let (.actor(a), .actor(b)): .actor(a.merged(with: b))
        case let (.relation(a), .relation(b)): .relation(a.merged(with: b))
        default: self
        }
    }

    /// How a message names the record (`actor "iran"`).
    var label: String {
        switch self {
        case .document(let document): "document \"\(document.id)\""
        case .actor(let actor): "actor \"\(actor.id)\""
        case .relation(let relation): "relation \(relation.key)"
        }
    }

    /// Writes the record.
    func write(to writer: inout GraphRecordWriter) {
        switch self {
        case .document(let document): writer.write(document)
        case .actor(let actor): writer.write(actor)
        case .relation(let relation): writer.write(relation)
        }
    }
}
