/// Extracted relations whose evidence is ``SpanEvidence``: the documents' texts and ids the evidence points into,
/// the rules' ids, and each relation's key, evidence and summary. ``GraphFile/write(_:addingSpans:to:format:)``
/// writes them as the relations made of the same ``Evidence`` would be written, byte for byte.
package struct SpanRelations: Sendable {
    /// Each document's UTF-8 text, by number.
    package let texts: [[UInt8]]
    /// Each document's id, by number.
    package let documentIDs: [String]
    /// Each rule's id, by number.
    package let ruleIDs: [String]
    /// Who evidence is attributed to, by number (``SpanEvidence/speaker``).
    package let speakers: [String]
    /// Each document id's rank among them in `String` order (equal ids, equal ranks), by document number.
    private let documentRanks: [Int32]
    /// Each rule id's rank among them, as ``documentRanks``.
    private let ruleRanks: [Int32]
    /// Each speaker's rank among them, as ``documentRanks``.
    private let speakerRanks: [Int32]
    /// The relations' keys.
    package private(set) var keys: [RelationKey] = []
    /// Each relation's evidence, in the order of ``Evidence``'s `<`, without duplicates (see ``prepare(_:)``).
    package private(set) var evidence: [[SpanEvidence]] = []
    /// Each relation's summary.
    private(set) var summaries: [EvidenceSummary] = []

    /// Texts, ids, rules and speakers for evidence to point into; no relations yet.
    package init(texts: [[UInt8]], documentIDs: [String], ruleIDs: [String], speakers: [String] = []) {
        self.texts = texts
        self.documentIDs = documentIDs
        self.ruleIDs = ruleIDs
        self.speakers = speakers
        documentRanks = SpanRelations.ranks(of: documentIDs)
        ruleRanks = SpanRelations.ranks(of: ruleIDs)
        speakerRanks = SpanRelations.ranks(of: speakers)
    }

    /// Who `item` is attributed to.
    package func attributedTo(_ item: SpanEvidence) -> String? { item.speaker >= 0 ? speakers[Int(item.speaker)] : nil }

    /// The relations: `evidence[i]` (each list as ``prepare(_:)`` left it) and `summaries[i]` are those of `keys[i]`,
    /// whose keys are distinct.
    package mutating func setRelations(keys: [RelationKey], evidence: [[SpanEvidence]], summaries: [EvidenceSummary]) {
        precondition(keys.count == evidence.count && keys.count == summaries.count, "one evidence list and summary per key")
        self.keys = keys
        self.evidence = evidence
        self.summaries = summaries
    }

    /// The number of relations.
    package var count: Int { keys.count }

    /// The piece of evidence `item` stands for.
    package func evidence(_ item: SpanEvidence) -> Evidence {
        let document = Int(item.document)
        let text = texts[document]
        func string(_ bytes: SpanEvidence.Bytes) -> String {
            String(decoding: text[Int(bytes.start)..<Int(bytes.end)], as: UTF8.self)
        }
        return Evidence(
            document: documentIDs[document], sentence: string(item.sentence), sentenceRange: item.sentenceRange,
            sourceRange: item.sourceRange, targetRange: item.targetRange, sourceMention: string(item.sourceMention),
            targetMention: string(item.targetMention), rule: ruleIDs[Int(item.rule)], modality: item.modality,
            attributedTo: attributedTo(item), date: item.date, validFrom: item.validFrom, score: item.score)
    }

    /// Puts one relation's evidence in the order of ``Evidence``'s `<` and drops repeats, as ``Relation`` does with
    /// the evidence these pieces stand for; returns the relation's summary. Safe to call on many lists at once.
    package func prepare(_ list: inout [SpanEvidence]) -> EvidenceSummary {
        if list.count > 1 {
            // Positions sorted, then the pieces put in place: moving the pieces themselves retained their strings.
            let order = list.withUnsafeBufferPointer { items in
                (0..<items.count).sorted { precedes(items[$0], items[$1]) }
            }
            list.permute(by: order)
            list.removeAdjacentRepeats(by: same)
        }
        var summary = EvidenceSummary()
        list.withUnsafeBufferPointer { items in
            for index in items.indices {
                summary.add(modality: items[index].modality, date: items[index].date, validFrom: items[index].validFrom, validTo: nil)
            }
        }
        return summary
    }

    /// Whether `a` sorts before `b` as the evidence they stand for does (``Evidence``'s `<`). Within one document,
    /// texts at equal positions are equal, so they are compared by position; pieces of two documents with the same
    /// id (which only repeated input ids give) are compared as the evidence itself.
    func precedes(_ a: SpanEvidence, _ b: SpanEvidence) -> Bool {
        if a.document != b.document {
            let ra = documentRanks[Int(a.document)], rb = documentRanks[Int(b.document)]
            if ra != rb { return ra < rb }
            return evidence(a) < evidence(b)
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

    /// Whether `a` and `b` stand for equal evidence.
    func same(_ a: SpanEvidence, _ b: SpanEvidence) -> Bool {
        guard a.document == b.document else {
            return documentRanks[Int(a.document)] == documentRanks[Int(b.document)] && evidence(a) == evidence(b)
        }
        return a.sentenceRange == b.sentenceRange && ruleRanks[Int(a.rule)] == ruleRanks[Int(b.rule)]
            && a.sourceRange == b.sourceRange && a.targetRange == b.targetRange && a.modality == b.modality && a.date == b.date
            && speakerRank(a) == speakerRank(b) && a.validFrom == b.validFrom && a.score == b.score
    }

    /// The rank of who `item` is attributed to (-1: no one, before everyone).
    private func speakerRank(_ item: SpanEvidence) -> Int32 { item.speaker >= 0 ? speakerRanks[Int(item.speaker)] : -1 }

    /// Each string's rank among `strings` in `String` order; equal strings share one.
    private static func ranks(of strings: [String]) -> [Int32] {
        let order = strings.indices.sorted { strings[$0] < strings[$1] }
        var ranks = [Int32](repeating: 0, count: strings.count)
        var rank: Int32 = 0
        for (k, index) in order.enumerated() {
            if k > 0, strings[index] != strings[order[k - 1]] { rank += 1 }
            ranks[index] = rank
        }
        return ranks
    }
}

/// A text of ``SpanEvidence`` as the encoder writes it.
enum SpanText {
    /// Bytes that spell the text.
    case bytes(UnsafeBufferPointer<UInt8>)
    /// Bytes read as `String(decoding:as:)` reads them (a span that does not start or end on a character boundary).
    case decoded(UnsafeBufferPointer<UInt8>)
    /// A string.
    case string(String)
}

/// A piece of ``SpanEvidence`` lent to the encoder with the text and ids it points into.
struct SpanEvidenceItem: CanonicalEvidence {
    let item: SpanEvidence
    let text: UnsafeBufferPointer<UInt8>
    let document: String
    let ruleID: String

    private func span(_ bytes: SpanEvidence.Bytes) -> SpanText {
        let slice = UnsafeBufferPointer(rebasing: text[Int(bytes.start)..<Int(bytes.end)])
        return item.aligned ? .bytes(slice) : .decoded(slice)
    }

    var sentence: SpanText { span(item.sentence) }
    var sentenceRange: TextRange? { item.sentenceRange }
    var sourceMention: SpanText? { span(item.sourceMention) }
    var sourceRange: TextRange? { item.sourceRange }
    var targetMention: SpanText? { span(item.targetMention) }
    var targetRange: TextRange? { item.targetRange }
    var rule: SpanText { .string(ruleID) }
    var modality: Modality { item.modality }
    let speaker: String?
    var attributedTo: SpanText? { speaker.map { .string($0) } }
    var date: Day? { item.date }
    var validFrom: Day? { item.validFrom }
    var validTo: Day? { nil }
    var score: Double? { item.score }

    func write(_ text: SpanText, to w: inout JSONWriter) {
        switch text {
        case .bytes(let bytes): w.string(utf8: bytes)
        case .decoded(let bytes): w.string(String(decoding: bytes, as: UTF8.self))
        case .string(let string): w.string(string)
        }
    }
}

/// A relation of ``SpanRelations`` as the encoder reads it, by position; the relations are read where they are
/// stored (a copy of them for each record retained every table they hold, from every core at once).
struct SpanRelationRecord: CanonicalRelation {
    /// The relations, valid while the encoder runs.
    let relations: UnsafePointer<SpanRelations>
    let position: Int

    var source: Actor.ID { relations.pointee.keys[position].source }
    var target: Actor.ID { relations.pointee.keys[position].target }
    var type: RelationType { relations.pointee.keys[position].type }
    var modality: Modality { relations.pointee.summaries[position].modality }
    var confidence: Double { relations.pointee.summaries[position].confidence }
    var firstSeen: Day? { relations.pointee.summaries[position].firstSeen }
    var lastSeen: Day? { relations.pointee.summaries[position].lastSeen }
    var validFrom: Day? { relations.pointee.summaries[position].validFrom }
    var validTo: Day? { relations.pointee.summaries[position].validTo }
    var evidenceCount: Int { relations.pointee.evidence[position].count }

    func withEvidenceItem<Result>(at index: Int, _ body: (SpanEvidenceItem) -> Result) -> Result {
        let store = relations
        return store.pointee.evidence[position].withUnsafeBufferPointer { items in
            let item = items[index]
            let document = Int(item.document)
            return store.pointee.texts[document].withUnsafeBufferPointer { text in
                body(
                    SpanEvidenceItem(
                        item: item, text: text, document: store.pointee.documentIDs[document],
                        ruleID: store.pointee.ruleIDs[Int(item.rule)], speaker: store.pointee.attributedTo(item)))
            }
        }
    }
}
