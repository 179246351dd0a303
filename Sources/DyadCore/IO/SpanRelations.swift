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
    /// Whether two documents share an id (only repeated input ids give that): then pieces of two documents may need
    /// comparing as the evidence itself, which ``SpanOrder`` cannot tell.
    private let documentsShareIDs: Bool
    /// The UTF-8 of the document ids, then the rule ids, then the speakers, one after another; ``nameStarts`` has
    /// where each starts (and the end of the last), documents first: the encoder writes them from here.
    private let nameBytes: [UInt8]
    private let nameStarts: [Int32]
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
        documentsShareIDs = Set(documentRanks).count < documentRanks.count
        var bytes: [UInt8] = [], starts: [Int32] = []
        for name in documentIDs + ruleIDs + speakers {
            starts.append(Int32(bytes.count))
            bytes += name.utf8
        }
        starts.append(Int32(bytes.count))
        nameBytes = bytes
        nameStarts = starts
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
            withOrder { order in
                // Positions sorted, then the pieces put in place: moving the pieces themselves retained their strings.
                // The comparisons read the ranks through `order`; only documents that share an id need the relations
                // themselves (a closure over them copied every table for each list, from every core at once).
                let sorted = list.withUnsafeBufferPointer { items in
                    documentsShareIDs
                        ? (0..<items.count).sorted { order.precedes(items[$0], items[$1]) ?? (evidence(items[$0]) < evidence(items[$1])) }
                        : (0..<items.count).sorted { order.precedes(items[$0], items[$1]) ?? false }
                }
                list.permute(by: sorted)
                if documentsShareIDs {
                    list.removeAdjacentRepeats { order.same($0, $1) ?? (evidence($0) == evidence($1)) }
                } else {
                    list.removeAdjacentRepeats { order.same($0, $1) ?? false }
                }
            }
        }
        var summary = EvidenceSummary()
        list.withUnsafeBufferPointer { items in
            for index in items.indices {
                summary.add(modality: items[index].modality, date: items[index].date, validFrom: items[index].validFrom, validTo: nil)
            }
        }
        return summary
    }

    /// Calls `body` with the ranks lent as a ``SpanOrder``.
    private func withOrder<Result>(_ body: (SpanOrder) -> Result) -> Result {
        documentRanks.withUnsafeBufferPointer { documents in
            ruleRanks.withUnsafeBufferPointer { rules in
                speakerRanks.withUnsafeBufferPointer { speakers in
                    body(SpanOrder(documentRanks: documents, ruleRanks: rules, speakerRanks: speakers))
                }
            }
        }
    }

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
}

extension SpanRelations {
    /// The tables of the relations lent to the encoder as buffers, valid inside ``withTables(_:)``.
    struct Tables {
        let keys: UnsafeBufferPointer<RelationKey>
        let evidence: UnsafeBufferPointer<[SpanEvidence]>
        let summaries: UnsafeBufferPointer<EvidenceSummary>
        let texts: UnsafeBufferPointer<[UInt8]>
        /// The UTF-8 of the document ids, the rule ids and the speakers (see `nameStarts`).
        let names: UnsafeBufferPointer<UInt8>
        let nameStarts: UnsafeBufferPointer<Int32>
        let documentCount: Int
        let ruleCount: Int

        /// The UTF-8 of name `index` (documents first, then rules, then speakers).
        @inline(__always)
        func name(_ index: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: names[Int(nameStarts[index])..<Int(nameStarts[index + 1])])
        }
    }

    /// Calls `body` with the tables lent as buffers.
    func withTables<Result>(_ body: (Tables) throws -> Result) rethrows -> Result {
        try keys.withUnsafeBufferPointer { keys in
            try evidence.withUnsafeBufferPointer { evidence in
                try summaries.withUnsafeBufferPointer { summaries in
                    try texts.withUnsafeBufferPointer { texts in
                        try nameBytes.withUnsafeBufferPointer { names in
                            try nameStarts.withUnsafeBufferPointer { nameStarts in
                                try body(
                                    Tables(
                                        keys: keys, evidence: evidence, summaries: summaries, texts: texts, names: names,
                                        nameStarts: nameStarts, documentCount: documentIDs.count, ruleCount: ruleIDs.count))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A piece of ``SpanEvidence`` lent to the encoder with the text and names it points into.
struct SpanEvidenceItem: CanonicalEvidence {
    let item: SpanEvidence
    let text: UnsafeBufferPointer<UInt8>
    let document: UnsafeBufferPointer<UInt8>
    let ruleID: UnsafeBufferPointer<UInt8>
    let speaker: UnsafeBufferPointer<UInt8>?

    private func span(_ bytes: SpanEvidence.Bytes) -> SpanText {
        let slice = UnsafeBufferPointer(rebasing: text[Int(bytes.start)..<Int(bytes.end)])
        return item.aligned ? .bytes(slice) : .decoded(slice)
    }

    func writeDocument(to w: inout JSONWriter) { w.string(utf8: document) }
    var sentence: SpanText { span(item.sentence) }
    var sentenceRange: TextRange? { item.sentenceRange }
    var sourceMention: SpanText? { span(item.sourceMention) }
    var sourceRange: TextRange? { item.sourceRange }
    var targetMention: SpanText? { span(item.targetMention) }
    var targetRange: TextRange? { item.targetRange }
    var rule: SpanText { .bytes(ruleID) }
    var modality: Modality { item.modality }
    var attributedTo: SpanText? { speaker.map { .bytes($0) } }
    var date: Day? { item.date }
    var validFrom: Day? { item.validFrom }
    var validTo: Day? { nil }
    var score: Double? { item.score }

    func write(_ text: SpanText, to w: inout JSONWriter) {
        switch text {
        case .bytes(let bytes): w.string(utf8: bytes)
        case .decoded(let bytes): w.string(String(decoding: bytes, as: UTF8.self))
        }
    }
}

/// A relation of ``SpanRelations`` as the encoder reads it, by position in the tables lent to it.
struct SpanRelationRecord: CanonicalRelation {
    /// The relations' tables, valid while the encoder runs.
    let tables: SpanRelations.Tables
    let position: Int

    var source: Actor.ID { tables.keys[position].source }
    var target: Actor.ID { tables.keys[position].target }
    var type: RelationType { tables.keys[position].type }
    var modality: Modality { tables.summaries[position].modality }
    var confidence: Double { tables.summaries[position].confidence }
    var firstSeen: Day? { tables.summaries[position].firstSeen }
    var lastSeen: Day? { tables.summaries[position].lastSeen }
    var validFrom: Day? { tables.summaries[position].validFrom }
    var validTo: Day? { tables.summaries[position].validTo }
    var evidenceCount: Int { tables.evidence[position].count }

    func withEvidenceItem<Result>(at index: Int, _ body: (SpanEvidenceItem) -> Result) -> Result {
        let tables = tables
        return tables.evidence[position].withUnsafeBufferPointer { items in
            let item = items[index]
            let document = Int(item.document)
            return tables.texts[document].withUnsafeBufferPointer { text in
                body(
                    SpanEvidenceItem(
                        item: item, text: text, document: tables.name(document),
                        ruleID: tables.name(tables.documentCount + Int(item.rule)),
                        speaker: item.speaker >= 0 ? tables.name(tables.documentCount + tables.ruleCount + Int(item.speaker)) : nil))
            }
        }
    }
}
