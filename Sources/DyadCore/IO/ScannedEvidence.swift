/// A piece of evidence as ``RelationScanner`` read it: values, and texts as spans of the file's bytes,
/// which are copied as they are when that gives the bytes ``JSONString`` would write.
struct ScannedEvidence: CanonicalEvidence {
    private let fields: RelationScanner.EvidenceFields
    let document: String
    /// The file's bytes the spans point into.
    private let bytes: UnsafeBufferPointer<UInt8>

    init(_ fields: RelationScanner.EvidenceFields, document: String, bytes: UnsafeBufferPointer<UInt8>) {
        self.fields = fields
        self.document = document
        self.bytes = bytes
    }

    func writeDocument(to w: inout JSONWriter) { w.string(document) }
    var sentence: RelationScanner.Span { fields.sentence }
    var sentenceRange: TextRange? { fields.sentenceRange }
    var sourceMention: RelationScanner.Span? { fields.sourceMention }
    var sourceRange: TextRange? { fields.sourceRange }
    var targetMention: RelationScanner.Span? { fields.targetMention }
    var targetRange: TextRange? { fields.targetRange }
    var rule: RelationScanner.Span { fields.rule }
    var modality: Modality { fields.modality }
    var attributedTo: RelationScanner.Span? { fields.attributedTo }
    var date: Day? { fields.date }
    var validFrom: Day? { fields.validFrom }
    var validTo: Day? { fields.validTo }
    var score: Double? { fields.score }

    /// Writes a string value as ``JSONString`` quotes it: its bytes copied when that gives the same
    /// text (no escapes, no U+2028/U+2029), else decoded and quoted again.
    func write(_ span: RelationScanner.Span, to w: inout JSONWriter) {
        let text = UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
        if !span.escaped, text.firstIndex(of: 0xE2, in: 0..<text.count) == nil {
            w.raw("\"")
            w.raw(bytes: text)
            w.raw("\"")
            return
        }
        if text.isEmpty, !span.escaped {
            w.raw("\"\"")
            return
        }
        var reader = JSONReader(bytes, position: span.start - 1)
        w.string((try? reader.readString()) ?? "")
    }
}
