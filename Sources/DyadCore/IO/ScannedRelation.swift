/// A relation object as ``RelationScanner`` read it from a file's bytes, seen as the canonical writer
/// sees a ``Relation``: the summary derived as ``Relation`` derives it (from the one piece of evidence,
/// else as stated), texts still in the file.
struct ScannedRelation: CanonicalRelation {
    let source: Actor.ID
    let target: Actor.ID
    let type: RelationType
    private let fields: RelationScanner.Fields
    /// The evidence's document id, and the bytes its texts are in.
    private let document: String
    private let bytes: UnsafeBufferPointer<UInt8>

    /// The relation the scanner read as `fields` from `scanner`'s bytes (`fields.type` must be set).
    init(_ fields: RelationScanner.Fields, type: RelationType, scanner: RelationScanner) {
        var low = fields.source, high = fields.target
        if type.isSymmetric, high < low { swap(&low, &high) }
        source = scanner.actorIDs[Int(low)]
        target = scanner.actorIDs[Int(high)]
        self.type = type
        self.fields = fields
        document = fields.evidence.map { scanner.documentIDs[Int($0.document)] } ?? ""
        bytes = scanner.bytes
    }

    var modality: Modality { fields.evidence?.modality ?? fields.modality ?? .asserted }

    var confidence: Double {
        if let modality = fields.evidence?.modality {
            return ((1 - (1 - RelationScanner.weight(modality))) * 1000).rounded() / 1000
        }
        return min(1, max(0, fields.confidence ?? RelationScanner.weight(modality)))
    }

    var firstSeen: Day? { fields.evidence == nil ? fields.firstSeen : fields.evidence?.date }
    var lastSeen: Day? { fields.evidence == nil ? fields.lastSeen : fields.evidence?.date }
    var validFrom: Day? { fields.evidence == nil ? fields.validFrom : fields.evidence?.validFrom }
    var validTo: Day? { fields.evidence == nil ? fields.validTo : fields.evidence?.validTo }
    var evidenceCount: Int { fields.evidence == nil ? 0 : 1 }

    func withEvidenceItem<Result>(at index: Int, _ body: (ScannedEvidence) -> Result) -> Result {
        guard let item = fields.evidence else { preconditionFailure("a scanned relation has at most one piece of evidence") }
        return body(ScannedEvidence(item, document: document, bytes: bytes))
    }
}
