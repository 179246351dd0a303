#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads one relation object of a JSON graph document straight from its bytes into a
/// ``RelationDigest``: no tree, no key strings, no evidence strings.
///
/// It takes the common shapes fast (any key order, `x-`/`_` extension fields, at most one piece
/// of evidence, every field the format allows) and validates what it skips as the full decoder
/// would. Anything else (more evidence, an escaped key or id, a value the decoder would report)
/// makes ``scan(at:)`` return `nil`; the caller then decodes that relation with ``GraphDecoder``,
/// so both always agree. Safe to share between threads: it only reads.
struct RelationScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Dense actor numbers by id, and by the id's bytes (the scanner's look-up: no string is made).
    let actors: [Actor.ID: Int32]
    let actorNumbers: ByteKeyTable
    /// Dense document numbers by id and by the id's bytes, and each document's publication day.
    let documents: [String: Int32]
    let documentNumbers: ByteKeyTable
    let published: [Day?]
    /// The ids by dense number.
    let actorIDs: [Actor.ID]
    let documentIDs: [String]

    /// A scanner of `bytes` for a graph whose actors and documents have the dense numbers of their positions.
    init(bytes: UnsafeBufferPointer<UInt8>, actorIDs: [Actor.ID], documentIDs: [String], published: [Day?]) {
        self.bytes = bytes
        var actors: [Actor.ID: Int32] = [:]
        actors.reserveCapacity(actorIDs.count)
        for (index, id) in actorIDs.enumerated() { actors[id] = Int32(index) }
        var documents: [String: Int32] = [:]
        documents.reserveCapacity(documentIDs.count)
        for (index, id) in documentIDs.enumerated() { documents[id] = Int32(index) }
        self.actors = actors
        self.documents = documents
        actorNumbers = ByteKeyTable(actorIDs)
        documentNumbers = ByteKeyTable(documentIDs)
        self.published = published
        self.actorIDs = actorIDs
        self.documentIDs = documentIDs
    }

    /// A scanner of `bytes` with the id tables of `other` (for another version of the same graph's
    /// documents and actors): nothing is built again.
    init(_ bytes: UnsafeBufferPointer<UInt8>, sharingTablesOf other: RelationScanner) {
        self.bytes = bytes
        actors = other.actors
        actorNumbers = other.actorNumbers
        documents = other.documents
        documentNumbers = other.documentNumbers
        published = other.published
        actorIDs = other.actorIDs
        documentIDs = other.documentIDs
    }

    /// A string's place in the bytes: its content is `start..<end`; the value ends at `end + 1`.
    struct Span {
        var start: Int
        var end: Int
        var escaped: Bool
    }

    /// A scanner of `bytes` for `graph`'s actors and documents (numbered by position).
    init(_ bytes: UnsafeBufferPointer<UInt8>, graph: Graph) {
        self.init(
            bytes: bytes, actorIDs: Array(graph.actors.keys), documentIDs: Array(graph.documents.keys),
            published: graph.documents.values.map(\.published))
    }

    /// What the scanner read of a relation object.
    struct Fields {
        var source: Int32 = -1, target: Int32 = -1
        var type: RelationType?, modality: Modality?, confidence: Double?
        var firstSeen: Day?, lastSeen: Day?, validFrom: Day?, validTo: Day?
        var evidence: EvidenceFields?
    }

    /// What the scanner read of a piece of evidence: values, and where its strings are.
    struct EvidenceFields {
        var document: Int32 = -1
        var modality = Modality.asserted
        var date: Day?, validFrom: Day?, validTo: Day?
        var sentence = Span(start: 0, end: 0, escaped: false), rule = Span(start: 0, end: 0, escaped: false)
        var sourceMention: Span?, targetMention: Span?, attributedTo: Span?
        var sentenceRange: TextRange?, sourceRange: TextRange?, targetRange: TextRange?
        var score: Double?
    }

    /// The known fields of a relation and of its evidence, one bit each.
    private enum Field: UInt32 {
        case source = 1, target = 2, type = 4, modality = 8, confidence = 16, firstSeen = 32, lastSeen = 64
        case validFrom = 128, validTo = 256, evidence = 512, document = 1024, sentence = 2048, rule = 4096
        case date = 8192, attributedTo = 16384, sourceMention = 32768, targetMention = 65536
        case sentenceRange = 131_072, sourceRange = 262_144, targetRange = 524_288, score = 1_048_576
        case id = 2_097_152, name = 4_194_304, kind = 8_388_608, aliases = 16_777_216
    }

    // MARK: Relation

    /// Reads the relation object at `start` (its `{`) into `fields` (which must be fresh: `Fields()`).
    ///
    /// The fields are filled in place (they are a few hundred bytes: no copies on the way back).
    /// - Returns: The offset just after the object, or `nil` when the full decoder must read it.
    func read(at start: Int, into fields: inout Fields) -> Int? {
        guard let (end, sourceID, targetID) = readFields(at: start, into: &fields) else { return nil }
        // The endpoints are looked up together (their table look-ups overlap).
        let (source, target) = actorNumbers.numbers(of: content(sourceID), content(targetID))
        guard let source, let target, source != target else { return nil }
        fields.source = source
        fields.target = target
        return end
    }

    /// Reads the relation object at `start` as ``read(at:into:)`` does, but leaves the endpoints to look up
    /// (`fields.source` and `fields.target` stay -1).
    /// - Returns: The offset just after the object and where the endpoints' ids are, or `nil`.
    private func readFields(at start: Int, into fields: inout Fields) -> (end: Int, source: Span, target: Span)? {
        var sourceID: Span?, targetID: Span?
        guard
            let (_, end) = members(
                at: start,
                field: { key in
                    switch key.end - key.start {
                    case 4 where equals(key, "type"): .type
                    case 6 where equals(key, "source"): .source
                    case 6 where equals(key, "target"): .target
                    case 7 where equals(key, "validTo"): .validTo
                    case 8 where equals(key, "modality"): .modality
                    case 8 where equals(key, "lastSeen"): .lastSeen
                    case 8 where equals(key, "evidence"): .evidence
                    case 9 where equals(key, "firstSeen"): .firstSeen
                    case 9 where equals(key, "validFrom"): .validFrom
                    case 10 where equals(key, "confidence"): .confidence
                    default: nil
                    }
                },
                value: { field, i in
                    switch field {
                    case .source, .target:
                        guard at(i) == UInt8(ascii: "\""), let value = string(at: i), !value.escaped, value.end > value.start
                        else { return nil }
                        if field == .source { sourceID = value } else { targetID = value }
                        return value.end + 1
                    case .type:
                        guard let value = string(at: i), let parsed = relationType(value) else { return nil }
                        fields.type = parsed
                        return value.end + 1
                    case .modality:
                        guard let value = string(at: i), let parsed = self.modality(value) else { return nil }
                        fields.modality = parsed
                        return value.end + 1
                    case .confidence:
                        guard let (value, end) = number(at: i), (0...1).contains(value) else { return nil }
                        fields.confidence = value
                        return end
                    case .firstSeen, .lastSeen, .validFrom, .validTo:
                        guard let (day, end) = optionalDay(at: i) else { return nil }
                        switch field {
                        case .firstSeen: fields.firstSeen = day
                        case .lastSeen: fields.lastSeen = day
                        case .validFrom: fields.validFrom = day
                        default: fields.validTo = day
                        }
                        return end
                    case .evidence:
                        return evidenceArray(at: i, into: &fields.evidence)
                    default: return nil
                    }
                })
        else { return nil }
        guard let sourceID, let targetID, fields.type != nil else { return nil }
        return (end, sourceID, targetID)
    }

    /// Scans the relation object at `start` (its `{`).
    /// - Returns: The digest and the offset just after the object, or `nil` when the full decoder must read it.
    func scan(at start: Int) -> (RelationDigest, Int)? {
        var fields = Fields()
        guard let i = read(at: start, into: &fields) else { return nil }
        return (digest(fields, bytes: start..<i), i)
    }

    /// Scans the relation object at `start` (its `{`) without looking its endpoints up: the caller looks
    /// up many relations' endpoints at once with ``ByteKeyTable/numbers(of:into:)`` (their cache misses
    /// overlap), then calls ``resolve(_:source:target:)``.
    /// - Returns: The digest (endpoints -1), the endpoints' ids and the offset just after the object, or `nil`
    ///   when the full decoder must read it.
    func scanDeferred(at start: Int) -> (RelationDigest, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>, Int)? {
        var fields = Fields()
        guard let (i, source, target) = readFields(at: start, into: &fields) else { return nil }
        return (digest(fields, bytes: start..<i), content(source), content(target), i)
    }

    /// Completes a digest from ``scanDeferred(at:)`` with its endpoints' numbers (-1 for an unknown id).
    /// - Returns: `false` when the relation needs the full decoder (an unknown actor, or a loop).
    static func resolve(_ digest: inout RelationDigest, source: Int32, target: Int32) -> Bool {
        guard source >= 0, target >= 0, source != target else { return false }
        var low = source, high = target
        if digest.type.isSymmetric, high < low { swap(&low, &high) }
        digest.source = low
        digest.target = high
        return true
    }

    /// The digest of scanned fields (whose endpoints are as in `fields`: put in key order for a symmetric type).
    private func digest(_ fields: Fields, bytes: Range<Int>) -> RelationDigest {
        let type = fields.type ?? .alliance
        let (source, target, modality, confidence) = (fields.source, fields.target, fields.modality, fields.confidence)
        let (firstSeen, lastSeen) = (fields.firstSeen, fields.lastSeen)
        let evidence = fields.evidence.map { (modality: $0.modality, date: $0.date ?? published[Int($0.document)]) }
        let start = bytes.lowerBound, i = bytes.upperBound
        var low = source, high = target
        if type.isSymmetric, high < low { swap(&low, &high) }
        let digest: RelationDigest
        if let evidence {
            let weight = RelationScanner.weight(evidence.modality)
            digest = RelationDigest(
                source: low, target: high, type: type, modality: evidence.modality,
                confidence: ((1 - (1 - weight)) * 1000).rounded() / 1000, evidenceCount: 1,
                assertedCount: evidence.modality == .asserted ? 1 : 0, hedgedCount: evidence.modality == .hedged ? 1 : 0,
                firstDate: evidence.date, lastDate: evidence.date, bytes: start..<i)
        } else {
            let summary = modality ?? .asserted
            digest = RelationDigest(
                source: low, target: high, type: type, modality: summary,
                confidence: min(1, max(0, confidence ?? RelationScanner.weight(summary))), evidenceCount: 0,
                assertedCount: 0, hedgedCount: 0, firstDate: firstSeen, lastDate: lastSeen, bytes: start..<i)
        }
        return digest
    }

    /// The relation object at `start` as ``GraphDecoder`` reads it, made from the scanned fields: ids
    /// shared with the graph's, other strings copied from the bytes (decoded when escaped).
    /// - Returns: The relation, or `nil` when the relation is not of a shape the scanner takes.
    func relation(at start: Int) -> Relation? {
        var fields = Fields()
        guard read(at: start, into: &fields) != nil, let type = fields.type else { return nil }
        let key = RelationKey(source: actorIDs[Int(fields.source)], type: type, target: actorIDs[Int(fields.target)])
        guard let item = fields.evidence else {
            return Relation(
                key: key, modality: fields.modality ?? .asserted, confidence: fields.confidence, firstSeen: fields.firstSeen,
                lastSeen: fields.lastSeen, validFrom: fields.validFrom, validTo: fields.validTo)
        }
        let evidence = Evidence(
            document: documentIDs[Int(item.document)], sentence: text(item.sentence), sentenceRange: item.sentenceRange,
            sourceRange: item.sourceRange, targetRange: item.targetRange, sourceMention: item.sourceMention.map(text),
            targetMention: item.targetMention.map(text), rule: text(item.rule), modality: item.modality,
            attributedTo: item.attributedTo.map(text), date: item.date, validFrom: item.validFrom, validTo: item.validTo,
            score: item.score)
        return Relation(key: key, evidence: [evidence])
    }

    /// A string value's text: its bytes when unescaped, else decoded as ``JSONReader`` decodes it.
    private func text(_ span: Span) -> String {
        if !span.escaped { return String(decoding: content(span), as: UTF8.self) }
        var reader = JSONReader(bytes, position: span.start - 1)
        return (try? reader.readString()) ?? ""
    }

    /// The weight a piece of evidence of this modality adds (see ``Evidence/weight``).
    static func weight(_ modality: Modality) -> Double {
        Evidence(document: "", sentence: "", rule: "", modality: modality).weight
    }

    // MARK: Actors

    /// Reads the actor object at `start` (its `{`) as ``GraphDecoder`` reads an actor without a problem:
    /// `id`, `name`, `kind` and `aliases` in any order, `x-` and `_` extension fields validated and skipped.
    /// - Returns: The actor and the offset just after the object, or `nil` for any other shape (`partOf` or
    ///   `roles`, a missing or empty field, an unknown or escaped kind, an escaped key): the full decoder
    ///   then reads the actors.
    func actor(at start: Int) -> (Actor, Int)? {
        var id: Span?, name: Span?, kind: ActorKind?, aliases: [String] = []
        guard
            let (_, end) = members(
                at: start,
                field: { key in
                    switch key.end - key.start {
                    case 2 where equals(key, "id"): .id
                    case 4 where equals(key, "name"): .name
                    case 4 where equals(key, "kind"): .kind
                    case 7 where equals(key, "aliases"): .aliases
                    default: nil
                    }
                },
                value: { field, i in
                    switch field {
                    case .id, .name:
                        guard let value = string(at: i), value.end > value.start else { return nil }
                        if field == .id { id = value } else { name = value }
                        return value.end + 1
                    case .kind:
                        guard let value = string(at: i), !value.escaped, let parsed = actorKind(value) else { return nil }
                        kind = parsed
                        return value.end + 1
                    case .aliases:
                        return strings(at: i, into: &aliases)
                    default: return nil
                    }
                })
        else { return nil }
        guard let id, let name, let kind else { return nil }
        let idText = text(id), nameText = text(name)
        guard !idText.isEmpty, !nameText.isEmpty else { return nil }
        return (Actor(id: idText, name: nameText, kind: kind, aliases: aliases), end)
    }

    /// The kinds by the bytes of their names.
    private static let actorKinds: [(name: [UInt8], kind: ActorKind)] = ActorKind.allCases.map { (Array($0.rawValue.utf8), $0) }

    private func actorKind(_ value: Span) -> ActorKind? {
        let count = value.end - value.start
        for (name, kind) in RelationScanner.actorKinds where name.count == count {
            if name.withUnsafeBufferPointer({ $0.elementsEqual(content(value)) }) { return kind }
        }
        return nil
    }

    /// Reads `null` or an array of strings (appended to `list`), as the decoder reads `aliases`.
    /// - Returns: The offset after the value, or `nil`.
    private func strings(at start: Int, into list: inout [String]) -> Int? {
        if let end = literal(at: start, "null") { return end }
        guard at(start) == UInt8(ascii: "[") else { return nil }
        var i = skipSpace(start + 1)
        if at(i) == UInt8(ascii: "]") { return i + 1 }
        while true {
            guard let value = string(at: i) else { return nil }
            list.append(text(value))
            i = skipSpace(value.end + 1)
            switch at(i) {
            case UInt8(ascii: ","): i = skipSpace(i + 1)
            case UInt8(ascii: "]"): return i + 1
            default: return nil
            }
        }
    }

    // MARK: Canonical form

    /// Writes the relation object at `start` in Dyad's canonical form: the bytes ``GraphEncoder`` writes
    /// for the relation the full decoder reads there, made straight from the file's bytes.
    /// - Parameters:
    ///   - record: Whether to write the JSON Lines `record` field.
    ///   - evidenceIndent: What goes before each piece of evidence.
    ///   - closingIndent: What goes after the last piece of evidence.
    /// - Returns: `false`, with nothing written, when the relation is not of a shape the scanner takes.
    func writeCanonical(
        at start: Int, record: Bool, evidenceIndent: StaticString, closingIndent: StaticString, to w: inout JSONWriter
    ) -> Bool {
        var fields = Fields()
        guard read(at: start, into: &fields) != nil, let type = fields.type else { return false }
        GraphEncoder.encode(
            ScannedRelation(fields, type: type, scanner: self), record: record, evidenceIndent: evidenceIndent,
            closingIndent: closingIndent, &w)
        return true
    }

    // MARK: Evidence

    /// Reads an evidence array of at most one element (`null` and `[]` count as none) into `item`
    /// (left `nil` when there is none).
    /// - Returns: The offset after the array, or `nil`.
    private func evidenceArray(at start: Int, into item: inout EvidenceFields?) -> Int? {
        if let end = literal(at: start, "null") { return end }
        guard at(start) == UInt8(ascii: "[") else { return nil }
        var i = skipSpace(start + 1)
        if at(i) == UInt8(ascii: "]") { return i + 1 }
        item = EvidenceFields()
        guard let end = evidence(at: i, into: &item!) else { return nil }
        i = skipSpace(end)
        guard at(i) == UInt8(ascii: "]") else { return nil }
        return i + 1
    }

    /// Reads one piece of evidence into `item` (fresh: `EvidenceFields()`), in place.
    /// - Returns: The offset after it, or `nil`.
    private func evidence(at start: Int, into item: inout EvidenceFields) -> Int? {
        guard
            let (seen, end) = members(
                at: start,
                field: { key in
                    switch key.end - key.start {
                    case 4 where equals(key, "rule"): .rule
                    case 4 where equals(key, "date"): .date
                    case 5 where equals(key, "score"): .score
                    case 7 where equals(key, "validTo"): .validTo
                    case 8 where equals(key, "document"): .document
                    case 8 where equals(key, "sentence"): .sentence
                    case 8 where equals(key, "modality"): .modality
                    case 9 where equals(key, "validFrom"): .validFrom
                    case 11 where equals(key, "sourceRange"): .sourceRange
                    case 11 where equals(key, "targetRange"): .targetRange
                    case 12 where equals(key, "attributedTo"): .attributedTo
                    case 13 where equals(key, "sentenceRange"): .sentenceRange
                    case 13 where equals(key, "sourceMention"): .sourceMention
                    case 13 where equals(key, "targetMention"): .targetMention
                    default: nil
                    }
                },
                value: { field, i in
                    switch field {
                    case .document:
                        guard at(i) == UInt8(ascii: "\""), let value = string(at: i), !value.escaped, value.end > value.start,
                            let number = documentNumbers.number(of: content(value))
                        else { return nil }
                        item.document = number
                        return value.end + 1
                    case .sentence:
                        guard at(i) == UInt8(ascii: "\""), let value = string(at: i) else { return nil }
                        item.sentence = value
                        return value.end + 1
                    case .rule:
                        guard at(i) == UInt8(ascii: "\""), let value = string(at: i), value.end > value.start else { return nil }
                        item.rule = value
                        return value.end + 1
                    case .modality:
                        guard let value = string(at: i), let parsed = self.modality(value) else { return nil }
                        item.modality = parsed
                        return value.end + 1
                    case .date, .validFrom, .validTo:
                        guard let (day, end) = optionalDay(at: i) else { return nil }
                        switch field {
                        case .date: item.date = day
                        case .validFrom: item.validFrom = day
                        default: item.validTo = day
                        }
                        return end
                    case .attributedTo, .sourceMention, .targetMention:
                        var value: Span?
                        let end: Int
                        if let after = literal(at: i, "null") {
                            end = after
                        } else {
                            guard at(i) == UInt8(ascii: "\""), let text = string(at: i) else { return nil }
                            value = text
                            end = text.end + 1
                        }
                        switch field {
                        case .attributedTo: item.attributedTo = value
                        case .sourceMention: item.sourceMention = value
                        default: item.targetMention = value
                        }
                        return end
                    case .sentenceRange, .sourceRange, .targetRange:
                        guard let (value, end) = range(at: i) else { return nil }
                        switch field {
                        case .sentenceRange: item.sentenceRange = value
                        case .sourceRange: item.sourceRange = value
                        default: item.targetRange = value
                        }
                        return end
                    case .score:
                        guard let (value, end) = number(at: i), value >= 0, value <= 1 else { return nil }
                        item.score = value
                        return end
                    default: return nil
                    }
                })
        else { return nil }
        let required = Field.document.rawValue | Field.sentence.rawValue | Field.rule.rawValue
        guard seen & required == required, item.document >= 0 else { return nil }
        return end
    }

    /// Reads the members of the object at `start` (its `{`, at least one member): each known key
    /// (`field` names it) must appear once and `value` reads its value, returning the offset after
    /// it; `x-` and `_` extension members are validated and skipped; any other key fails.
    /// - Returns: The known fields seen (one bit each) and the offset after the object, or `nil`.
    @inline(__always)
    private func members(at start: Int, field: (Span) -> Field?, value: (Field, Int) -> Int?) -> (seen: UInt32, end: Int)? {
        guard at(start) == UInt8(ascii: "{") else { return nil }
        var seen: UInt32 = 0
        var i = skipSpace(start + 1)
        if at(i) == UInt8(ascii: "}") { return nil }
        while true {
            i = skipSpace(i)
            guard let key = string(at: i), !key.escaped else { return nil }
            i = skipSpace(key.end + 1)
            guard at(i) == UInt8(ascii: ":") else { return nil }
            i = skipSpace(i + 1)
            if let known = field(key) {
                guard seen & known.rawValue == 0, let end = value(known, i) else { return nil }
                seen |= known.rawValue
                i = end
            } else {
                guard isExtension(key), let end = skipValue(at: i, depth: 0) else { return nil }
                i = end
            }
            guard let next = endOfMember(i) else { return nil }
            i = next.offset
            if next.closed { return (seen, i) }
        }
    }

    /// Reads `[start, end]` with whole numbers `0 <= start <= end`.
    private func range(at start: Int) -> (TextRange, Int)? {
        guard at(start) == UInt8(ascii: "[") else { return nil }
        var i = skipSpace(start + 1)
        guard let (low, afterLow) = number(at: i) else { return nil }
        i = skipSpace(afterLow)
        guard at(i) == UInt8(ascii: ",") else { return nil }
        i = skipSpace(i + 1)
        guard let (high, afterHigh) = number(at: i) else { return nil }
        i = skipSpace(afterHigh)
        guard at(i) == UInt8(ascii: "]") else { return nil }
        guard low == low.rounded(), high == high.rounded(), abs(low) < 1e15, abs(high) < 1e15, low >= 0, high >= low else { return nil }
        return (TextRange(start: Int(low), end: Int(high)), i + 1)
    }

    // MARK: Values

    /// Where the member that ended at `offset` is followed by `,` (more) or `}` (closed).
    private func endOfMember(_ offset: Int) -> (offset: Int, closed: Bool)? {
        let i = skipSpace(offset)
        switch at(i) {
        case UInt8(ascii: ","): return (i + 1, false)
        case UInt8(ascii: "}"): return (i + 1, true)
        default: return nil
        }
    }

    /// Skips any JSON value, validating it as ``JSONReader`` would.
    func skipValue(at start: Int, depth: Int) -> Int? {
        guard depth < 200 else { return nil }
        switch at(start) {
        case UInt8(ascii: "\""):
            return string(at: start).map { $0.end + 1 }
        case UInt8(ascii: "{"):
            var i = skipSpace(start + 1)
            if at(i) == UInt8(ascii: "}") { return i + 1 }
            while true {
                guard let key = string(at: skipSpace(i)) else { return nil }
                i = skipSpace(key.end + 1)
                guard at(i) == UInt8(ascii: ":"), let end = skipValue(at: skipSpace(i + 1), depth: depth + 1),
                    let next = endOfMember(end)
                else { return nil }
                i = next.offset
                if next.closed { return i }
            }
        case UInt8(ascii: "["):
            var i = skipSpace(start + 1)
            if at(i) == UInt8(ascii: "]") { return i + 1 }
            while true {
                guard let end = skipValue(at: skipSpace(i), depth: depth + 1) else { return nil }
                i = skipSpace(end)
                if at(i) == UInt8(ascii: "]") { return i + 1 }
                guard at(i) == UInt8(ascii: ",") else { return nil }
                i += 1
            }
        case UInt8(ascii: "t"): return literal(at: start, "true")
        case UInt8(ascii: "f"): return literal(at: start, "false")
        case UInt8(ascii: "n"): return literal(at: start, "null")
        default: return number(at: start).map(\.1)
        }
    }

    /// Reads a number as ``JSONReader/readNumber()`` does.
    private func number(at start: Int) -> (Double, Int)? {
        let byte = at(start)
        guard byte == UInt8(ascii: "-") || (byte >= 48 && byte <= 57) else { return nil }
        var reader = JSONReader(bytes, position: start)
        guard let value = try? reader.readNumber() else { return nil }
        return (value, reader.position)
    }

    /// Reads `null` or a `YYYY-MM-DD` string.
    private func optionalDay(at start: Int) -> (Day?, Int)? {
        if let end = literal(at: start, "null") { return (nil, end) }
        guard at(start) == UInt8(ascii: "\""), let value = string(at: start), !value.escaped,
            value.end - value.start == 10, let day = day(value.start)
        else { return nil }
        return (day, value.end + 1)
    }

    private func day(_ s: Int) -> Day? {
        guard bytes[s + 4] == UInt8(ascii: "-"), bytes[s + 7] == UInt8(ascii: "-") else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[s + index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    private func relationType(_ value: Span) -> RelationType? {
        guard !value.escaped else { return nil }
        switch value.end - value.start {
        case 5 where equals(value, "proxy"): return .proxy
        case 8 where equals(value, "alliance"): return .alliance
        case 9 where equals(value, "hostility"): return .hostility
        case 9 where equals(value, "agreement"): return .agreement
        default: return nil
        }
    }

    private func modality(_ value: Span) -> Modality? {
        guard !value.escaped else { return nil }
        switch value.end - value.start {
        case 6 where equals(value, "hedged"): return .hedged
        case 7 where equals(value, "negated"): return .negated
        case 8 where equals(value, "asserted"): return .asserted
        default: return nil
        }
    }

    // MARK: Strings

    /// Finds the end of the string at `start`, checking its escapes, control characters and UTF-8.
    func string(at start: Int) -> Span? {
        guard at(start) == UInt8(ascii: "\""), let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var i = start + 1
        var escaped = false
        // The bytes of the content seen so far, or-ed together (their high bits say whether any is non-ASCII).
        var union: UInt64 = 0
        let count = bytes.count
        while true {
            // Eight bytes at a time: skip to the first quote, backslash or control character among them.
            if i + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let special = RelationScanner.specialBytes(word)
                if special == 0 {
                    union |= word
                    i += 8
                    continue
                }
                let before = special.trailingZeroBitCount / 8
                union |= word & ((1 << UInt64(8 * before)) &- 1)
                i += before
            } else if i >= count {
                return nil
            }
            let byte = base[i]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                guard let next = escape(at: i) else { return nil }
                i = next
                continue
            }
            if byte < 0x20 { return nil }
            union |= UInt64(byte)
            i += 1
        }
        if union & 0x8080_8080_8080_8080 != 0, !RelationScanner.isValidUTF8(UnsafeBufferPointer(rebasing: bytes[(start + 1)..<i])) {
            return nil
        }
        return Span(start: start + 1, end: i, escaped: escaped)
    }

    /// Whether any of the eight bytes of `word` is `"`, `\\` or below 0x20 (exact, by the usual bit tricks).
    @inline(__always)
    static func hasSpecialByte(_ word: UInt64) -> Bool { specialBytes(word) != 0 }

    /// The high bit of each of the eight bytes of `word` (little-endian) that is `"`, `\\` or below 0x20, by the
    /// usual bit tricks: zero when there is none; the lowest bit set is exact (bytes above it may be flagged wrongly).
    @inline(__always)
    static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let zeroInQuote = (quote &- ones) & ~quote, zeroInBackslash = (backslash &- ones) & ~backslash
        let below20 = (word &- ones &* 0x20) & ~word
        return (zeroInQuote | zeroInBackslash | below20) & highs
    }

    /// Checks the escape at `start` (its backslash); returns the offset after it.
    private func escape(at start: Int) -> Int? {
        switch at(start + 1) {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return start + 2
        case UInt8(ascii: "u"):
            guard let scalar = hex4(start + 2) else { return nil }
            if (0xD800...0xDBFF).contains(scalar) {
                guard at(start + 6) == UInt8(ascii: "\\"), at(start + 7) == UInt8(ascii: "u"), let low = hex4(start + 8),
                    (0xDC00...0xDFFF).contains(low)
                else { return nil }
                return start + 12
            }
            if (0xDC00...0xDFFF).contains(scalar) { return nil }
            return start + 6
        default: return nil
        }
    }

    private func hex4(_ start: Int) -> UInt32? {
        guard start + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for index in start..<start + 4 {
            let c = bytes[index]
            let digit: UInt32
            switch c {
            case 48...57: digit = UInt32(c - 48)
            case 65...70: digit = UInt32(c - 55)
            case 97...102: digit = UInt32(c - 87)
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }

    /// Whether `raw` is well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    static func isValidUTF8(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = raw.count
        while i < n {
            let b0 = raw[i]
            if b0 < 0x80 { i += 1; continue }
            func continuation(_ k: Int) -> Bool { i + k < n && raw[i + k] & 0xC0 == 0x80 }
            switch b0 {
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard continuation(1), continuation(2) else { return false }
                let b1 = raw[i + 1]
                if b0 == 0xE0, b1 < 0xA0 { return false }
                if b0 == 0xED, b1 > 0x9F { return false }
                i += 3
            case 0xF0...0xF4:
                guard continuation(1), continuation(2), continuation(3) else { return false }
                let b1 = raw[i + 1]
                if b0 == 0xF0, b1 < 0x90 { return false }
                if b0 == 0xF4, b1 > 0x8F { return false }
                i += 4
            default: return false
            }
        }
        return true
    }

    // MARK: Bytes

    @inline(__always) func at(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] : 0 }

    @inline(__always) func skipSpace(_ start: Int) -> Int {
        var i = start
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return i
            }
        }
        return i
    }

    private func literal(at start: Int, _ word: StaticString) -> Int? {
        let count = word.utf8CodeUnitCount
        guard start + count <= bytes.count else { return nil }
        let base = word.utf8Start
        for k in 0..<count where bytes[start + k] != base[k] { return nil }
        return start + count
    }

    @inline(__always)
    private func equals(_ span: Span, _ word: StaticString) -> Bool {
        let base = word.utf8Start
        for k in 0..<(span.end - span.start) where bytes[span.start + k] != base[k] { return false }
        return true
    }

    private func isExtension(_ key: Span) -> Bool {
        let first = at(key.start)
        return first == UInt8(ascii: "_")
            || (first == UInt8(ascii: "x") && key.end - key.start >= 2 && at(key.start + 1) == UInt8(ascii: "-"))
    }

    @inline(__always)
    private func content(_ span: Span) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
    }
}
