/// The order of ``Evidence``'s `<` on ``SpanEvidence``, read from the ranks of ``SpanRelations``' ids lent as
/// buffers: comparing through it retains nothing, so many lists sort at once on all cores without contending.
///
/// Within one document, texts at equal positions are equal, so they are compared by position. Pieces of two
/// documents with the same id (which only repeated input ids give) cannot be told from positions: for them the
/// answer is `nil`, and the caller compares the evidence itself.
struct SpanOrder {
    /// Each document id's rank among them in `String` order (equal ids, equal ranks), by document number.
    let documentRanks: UnsafeBufferPointer<Int32>
    /// Each rule id's rank, by rule number.
    let ruleRanks: UnsafeBufferPointer<Int32>
    /// Each speaker's rank, by speaker number.
    let speakerRanks: UnsafeBufferPointer<Int32>

    /// Whether `a` sorts before `b` as the evidence they stand for does, or `nil` when they are of two documents that
    /// share an id.
    @inline(__always)
    func precedes(_ a: SpanEvidence, _ b: SpanEvidence) -> Bool? {
        if a.document != b.document {
            let ra = documentRanks[Int(a.document)], rb = documentRanks[Int(b.document)]
            return ra != rb ? ra < rb : nil
        }
        // Evidence's order, field by field; a sentence and its end are told by its start, a mention by its range.
        if a.sentenceRange.start != b.sentenceRange.start { return a.sentenceRange.start < b.sentenceRange.start }
        if a.rule != b.rule, ruleRanks[Int(a.rule)] != ruleRanks[Int(b.rule)] {
            return ruleRanks[Int(a.rule)] < ruleRanks[Int(b.rule)]
        }
        if a.sourceRange != b.sourceRange { return a.sourceRange < b.sourceRange }
        if a.targetRange != b.targetRange { return a.targetRange < b.targetRange }
        if a.modality != b.modality { return a.modality < b.modality }
        if let o = Evidence.order(a.date, b.date) { return o }
        if a.speaker != b.speaker, speakerRank(a) != speakerRank(b) {
            // No one first, as an absent value.
            return speakerRank(a) < speakerRank(b)
        }
        if let o = Evidence.order(a.validFrom, b.validFrom) { return o }
        if let o = Evidence.order(a.score, b.score) { return o }
        return false
    }

    /// Whether `a` and `b` stand for equal evidence, or `nil` when they are of two documents that share an id.
    @inline(__always)
    func same(_ a: SpanEvidence, _ b: SpanEvidence) -> Bool? {
        guard a.document == b.document else {
            return documentRanks[Int(a.document)] == documentRanks[Int(b.document)] ? nil : false
        }
        return a.sentenceRange == b.sentenceRange && ruleRanks[Int(a.rule)] == ruleRanks[Int(b.rule)]
            && a.sourceRange == b.sourceRange && a.targetRange == b.targetRange && a.modality == b.modality && a.date == b.date
            && speakerRank(a) == speakerRank(b) && a.validFrom == b.validFrom && a.score == b.score
    }

    /// The rank of who `item` is attributed to (-1: no one, before everyone).
    @inline(__always)
    private func speakerRank(_ item: SpanEvidence) -> Int32 { item.speaker >= 0 ? speakerRanks[Int(item.speaker)] : -1 }
}
