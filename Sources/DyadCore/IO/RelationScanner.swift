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
    /// Dense actor numbers by id.
    let actors: [Actor.ID: Int32]
    /// Dense document numbers by id, and each document's publication day.
    let documents: [String: Int32]
    let published: [Day?]

    /// A string's place in the bytes: its content is `start..<end`; the value ends at `end + 1`.
    struct Span {
        var start: Int
        var end: Int
        var escaped: Bool
    }

    /// The known fields of a relation and of its evidence, one bit each.
    private enum Field: UInt32 {
        case source = 1, target = 2, type = 4, modality = 8, confidence = 16, firstSeen = 32, lastSeen = 64
        case validFrom = 128, validTo = 256, evidence = 512, document = 1024, sentence = 2048, rule = 4096
        case date = 8192, attributedTo = 16384, sourceMention = 32768, targetMention = 65536
        case sentenceRange = 131_072, sourceRange = 262_144, targetRange = 524_288, score = 1_048_576
    }

    // MARK: Relation

    /// Scans the relation object at `start` (its `{`).
    /// - Returns: The digest and the offset just after the object, or `nil` when the full decoder must read it.
    func scan(at start: Int) -> (RelationDigest, Int)? {
        var i = start
        guard at(i) == UInt8(ascii: "{") else { return nil }
        var seen: UInt32 = 0
        var source: Int32 = -1, target: Int32 = -1
        var type: RelationType?, modality: Modality?, confidence: Double?
        var firstSeen: Day?, lastSeen: Day?
        var evidence: (modality: Modality, date: Day?)?
        i += 1
        i = skipSpace(i)
        if at(i) == UInt8(ascii: "}") { return nil }
        members: while true {
            i = skipSpace(i)
            guard let key = string(at: i), !key.escaped else { return nil }
            i = skipSpace(key.end + 1)
            guard at(i) == UInt8(ascii: ":") else { return nil }
            i = skipSpace(i + 1)
            let field: Field
            switch key.end - key.start {
            case 4 where equals(key, "type"): field = .type
            case 6 where equals(key, "source"): field = .source
            case 6 where equals(key, "target"): field = .target
            case 7 where equals(key, "validTo"): field = .validTo
            case 8 where equals(key, "modality"): field = .modality
            case 8 where equals(key, "lastSeen"): field = .lastSeen
            case 8 where equals(key, "evidence"): field = .evidence
            case 9 where equals(key, "firstSeen"): field = .firstSeen
            case 9 where equals(key, "validFrom"): field = .validFrom
            case 10 where equals(key, "confidence"): field = .confidence
            default:
                guard isExtension(key), let end = skipValue(at: i, depth: 0), let next = endOfMember(end) else { return nil }
                i = next.offset
                if next.closed { break members } else { continue members }
            }
            guard seen & field.rawValue == 0 else { return nil }
            seen |= field.rawValue
            switch field {
            case .source, .target:
                guard at(i) == UInt8(ascii: "\""), let value = string(at: i), !value.escaped, value.end > value.start,
                    let number = actors[text(value)]
                else { return nil }
                if field == .source { source = number } else { target = number }
                i = value.end + 1
            case .type:
                guard let value = string(at: i), let parsed = relationType(value) else { return nil }
                type = parsed
                i = value.end + 1
            case .modality:
                guard let value = string(at: i), let parsed = self.modality(value) else { return nil }
                modality = parsed
                i = value.end + 1
            case .confidence:
                guard let (value, end) = number(at: i), (0...1).contains(value) else { return nil }
                confidence = value
                i = end
            case .firstSeen, .lastSeen, .validFrom, .validTo:
                guard let (day, end) = optionalDay(at: i) else { return nil }
                if field == .firstSeen { firstSeen = day } else if field == .lastSeen { lastSeen = day }
                i = end
            case .evidence:
                guard let (item, end) = evidenceArray(at: i) else { return nil }
                evidence = item
                i = end
            default: return nil
            }
            guard let next = endOfMember(i) else { return nil }
            i = next.offset
            if next.closed { break members }
        }
        guard source >= 0, target >= 0, source != target, let type else { return nil }
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
        return (digest, i)
    }

    /// The weight a piece of evidence of this modality adds (see ``Evidence/weight``).
    static func weight(_ modality: Modality) -> Double {
        Evidence(document: "", sentence: "", rule: "", modality: modality).weight
    }

    // MARK: Evidence

    /// Reads an evidence array of at most one element (`null` and `[]` count as none).
    /// - Returns: That element's modality and effective date, or `nil` inside when there is none.
    private func evidenceArray(at start: Int) -> ((modality: Modality, date: Day?)?, Int)? {
        if let end = literal(at: start, "null") { return (nil, end) }
        guard at(start) == UInt8(ascii: "[") else { return nil }
        var i = skipSpace(start + 1)
        if at(i) == UInt8(ascii: "]") { return (nil, i + 1) }
        guard let (item, end) = evidence(at: i) else { return nil }
        i = skipSpace(end)
        guard at(i) == UInt8(ascii: "]") else { return nil }
        return (item, i + 1)
    }

    /// Reads one piece of evidence: its modality and effective date.
    private func evidence(at start: Int) -> ((modality: Modality, date: Day?), Int)? {
        var i = start
        guard at(i) == UInt8(ascii: "{") else { return nil }
        var seen: UInt32 = 0
        var document: Int32 = -1, modality = Modality.asserted, date: Day?
        i = skipSpace(i + 1)
        if at(i) == UInt8(ascii: "}") { return nil }
        members: while true {
            i = skipSpace(i)
            guard let key = string(at: i), !key.escaped else { return nil }
            i = skipSpace(key.end + 1)
            guard at(i) == UInt8(ascii: ":") else { return nil }
            i = skipSpace(i + 1)
            let field: Field
            switch key.end - key.start {
            case 4 where equals(key, "rule"): field = .rule
            case 4 where equals(key, "date"): field = .date
            case 5 where equals(key, "score"): field = .score
            case 7 where equals(key, "validTo"): field = .validTo
            case 8 where equals(key, "document"): field = .document
            case 8 where equals(key, "sentence"): field = .sentence
            case 8 where equals(key, "modality"): field = .modality
            case 9 where equals(key, "validFrom"): field = .validFrom
            case 11 where equals(key, "sourceRange"): field = .sourceRange
            case 11 where equals(key, "targetRange"): field = .targetRange
            case 12 where equals(key, "attributedTo"): field = .attributedTo
            case 13 where equals(key, "sentenceRange"): field = .sentenceRange
            case 13 where equals(key, "sourceMention"): field = .sourceMention
            case 13 where equals(key, "targetMention"): field = .targetMention
            default:
                guard isExtension(key), let end = skipValue(at: i, depth: 0), let next = endOfMember(end) else { return nil }
                i = next.offset
                if next.closed { break members } else { continue members }
            }
            guard seen & field.rawValue == 0 else { return nil }
            seen |= field.rawValue
            switch field {
            case .document:
                guard at(i) == UInt8(ascii: "\""), let value = string(at: i), !value.escaped, value.end > value.start,
                    let number = documents[text(value)]
                else { return nil }
                document = number
                i = value.end + 1
            case .sentence:
                guard at(i) == UInt8(ascii: "\""), let value = string(at: i) else { return nil }
                i = value.end + 1
            case .rule:
                guard at(i) == UInt8(ascii: "\""), let value = string(at: i), value.end > value.start else { return nil }
                i = value.end + 1
            case .modality:
                guard let value = string(at: i), let parsed = self.modality(value) else { return nil }
                modality = parsed
                i = value.end + 1
            case .date, .validFrom, .validTo:
                guard let (day, end) = optionalDay(at: i) else { return nil }
                if field == .date { date = day }
                i = end
            case .attributedTo, .sourceMention, .targetMention:
                if let end = literal(at: i, "null") {
                    i = end
                } else {
                    guard at(i) == UInt8(ascii: "\""), let value = string(at: i) else { return nil }
                    i = value.end + 1
                }
            case .sentenceRange, .sourceRange, .targetRange:
                guard let end = range(at: i) else { return nil }
                i = end
            case .score:
                guard let (value, end) = number(at: i), value >= 0, value <= 1 else { return nil }
                i = end
            default: return nil
            }
            guard let next = endOfMember(i) else { return nil }
            i = next.offset
            if next.closed { break members }
        }
        let required = Field.document.rawValue | Field.sentence.rawValue | Field.rule.rawValue
        guard seen & required == required, document >= 0 else { return nil }
        return ((modality, date ?? published[Int(document)]), i)
    }

    /// Reads `[start, end]` with whole numbers `0 <= start <= end`.
    private func range(at start: Int) -> Int? {
        guard at(start) == UInt8(ascii: "[") else { return nil }
        var i = skipSpace(start + 1)
        guard let (low, afterLow) = number(at: i) else { return nil }
        i = skipSpace(afterLow)
        guard at(i) == UInt8(ascii: ",") else { return nil }
        i = skipSpace(i + 1)
        guard let (high, afterHigh) = number(at: i) else { return nil }
        i = skipSpace(afterHigh)
        guard at(i) == UInt8(ascii: "]") else { return nil }
        for value in [low, high] where value != value.rounded() || abs(value) >= 1e15 { return nil }
        guard low >= 0, high >= low else { return nil }
        return i + 1
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
        guard at(start) == UInt8(ascii: "\"") else { return nil }
        var i = start + 1
        var escaped = false
        var union: UInt8 = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                guard let next = escape(at: i) else { return nil }
                i = next
                continue
            }
            if byte < 0x20 { return nil }
            union |= byte
            i += 1
        }
        guard i < count else { return nil }
        if union >= 0x80, !RelationScanner.isValidUTF8(UnsafeBufferPointer(rebasing: bytes[(start + 1)..<i])) { return nil }
        return Span(start: start + 1, end: i, escaped: escaped)
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

    private func text(_ span: Span) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self)
    }
}
