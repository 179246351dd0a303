/// A pull parser over UTF-8 JSON bytes.
///
/// The caller walks the document (`beginObject`, `nextKey`, `readString`, …)
/// and decodes straight into model values, so large files need no
/// intermediate tree. Every failure carries the byte offset where it happened.
struct JSONReader {
    /// A syntax error at a byte offset.
    struct SyntaxError: Error {
        var offset: Int
        var message: String
    }

    /// The JSON value kinds.
    enum Kind: String {
        case object, array, string, number, bool, null

        /// How a message names the kind ("an object").
        var phrase: String {
            switch self {
            case .object: "an object"
            case .array: "an array"
            case .string: "a string"
            case .number: "a number"
            case .bool: "true or false"
            case .null: "null"
            }
        }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    private var depth = 0
    static let maximumDepth = 256

    init(_ bytes: UnsafeBufferPointer<UInt8>, position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    var isAtEnd: Bool {
        mutating get {
            skipWhitespace()
            return position >= bytes.count
        }
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// The kind of the next value, without consuming it.
    mutating func peekKind() throws(SyntaxError) -> Kind {
        skipWhitespace()
        guard position < bytes.count else { throw SyntaxError(offset: position, message: "unexpected end of file; expected a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: throw SyntaxError(offset: position, message: "expected a value, found \(describe(position))")
        }
    }

    /// The offset of the next value (after white space).
    mutating func valueOffset() -> Int {
        skipWhitespace()
        return position
    }

    // MARK: Containers

    mutating func beginObject() throws(SyntaxError) {
        try expect(UInt8(ascii: "{"), "'{'")
        try enter()
        firstMember = true
    }

    private var firstMember = false

    /// The next key of the current object, or `nil` at its end (consuming the `}`).
    mutating func nextKey() throws(SyntaxError) -> (key: String, offset: Int)? {
        skipWhitespace()
        guard position < bytes.count else {
            throw SyntaxError(offset: position, message: "unexpected end of file inside an object; expected '}'")
        }
        if bytes[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            firstMember = false
            return nil
        }
        if !firstMember {
            guard bytes[position] == UInt8(ascii: ",") else {
                throw SyntaxError(offset: position, message: "expected ',' or '}' after an object member, found \(describe(position))")
            }
            position += 1
            skipWhitespace()
        }
        firstMember = false
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
            throw SyntaxError(offset: position, message: "expected a quoted key, found \(describe(position))")
        }
        let offset = position
        let key = try readString()
        try expect(UInt8(ascii: ":"), "':' after the key")
        return (key, offset)
    }

    mutating func beginArray() throws(SyntaxError) {
        try expect(UInt8(ascii: "["), "'['")
        try enter()
        firstElement = true
    }

    private var firstElement = false

    /// Leaves the current array as if its elements had been read up to its `]`, which ends just before `end`.
    mutating func endArray(at end: Int) {
        position = end
        depth -= 1
        firstElement = false
    }

    /// Whether another element follows in the current array (consuming the `]` at its end).
    mutating func nextElement() throws(SyntaxError) -> Bool {
        skipWhitespace()
        guard position < bytes.count else {
            throw SyntaxError(offset: position, message: "unexpected end of file inside an array; expected ']'")
        }
        if bytes[position] == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            firstElement = false
            return false
        }
        if !firstElement {
            guard bytes[position] == UInt8(ascii: ",") else {
                throw SyntaxError(offset: position, message: "expected ',' or ']' after an array element, found \(describe(position))")
            }
            position += 1
        }
        firstElement = false
        return true
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > JSONReader.maximumDepth {
            throw SyntaxError(offset: position, message: "nesting deeper than \(JSONReader.maximumDepth) levels")
        }
    }

    // MARK: Scalars

    mutating func readString() throws(SyntaxError) -> String {
        try expect(UInt8(ascii: "\""), "a string")
        let start = position
        var hasEscape = false
        var union: UInt8 = 0
        while position < bytes.count {
            // Eight plain bytes at a time (no quote, backslash or control among them), then byte by byte.
            if let base = bytes.baseAddress {
                let ends = JSONReader.plainRunEnds
                var words: UInt64 = 0
                while position &+ 8 <= bytes.count {
                    let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
                    if ends.mayHold(word) { break }
                    words |= word
                    position &+= 8
                }
                if words & 0x8080_8080_8080_8080 != 0 { union |= 0x80 }
                guard position < bytes.count else { break }
            }
            let byte = bytes[position]
            union |= byte
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                hasEscape = true
                position += 2
                continue
            }
            if byte < 0x20 {
                throw SyntaxError(offset: position, message: "control character in a string; write it as an escape such as \\n")
            }
            position += 1
        }
        guard position < bytes.count else { throw SyntaxError(offset: start - 1, message: "unterminated string; expected a closing '\"'") }
        let end = position
        position += 1
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if !hasEscape {
            // ASCII needs no validation; anything else must be valid UTF-8.
            if union < 0x80 { return String(decoding: raw, as: UTF8.self) }
            guard let text = String(validating: raw, as: UTF8.self) else {
                throw SyntaxError(offset: start, message: "invalid UTF-8 in a string")
            }
            return text
        }
        return try unescape(raw, offset: start, ascii: union < 0x80)
    }

    /// The bytes that end a run of plain string bytes: a quote, a backslash or a control (below 0x20); its
    /// ``ByteEscaper/ByteSet/mayHold(_:)`` tests eight bytes at once, exactly, as the escaper's sets do.
    static let plainRunEnds = ByteEscaper.ByteSet(controlsAnd: [UInt8(ascii: "\""), UInt8(ascii: "\\")])

    private func unescape(_ raw: UnsafeBufferPointer<UInt8>, offset: Int, ascii: Bool) throws(SyntaxError) -> String {
        var failure: SyntaxError?
        // Escapes only shorten the text (`\n` is one byte, `\uXXXX` at most three, a surrogate pair's twelve four),
        // so its bytes fit in the raw length.
        if ascii {
            // ASCII around the escapes, and the escapes' scalars encoded here: valid UTF-8, written straight into the
            // string's storage (the string's own check then finds nothing to repair).
            let text = String(unsafeUninitializedCapacity: raw.count) { buffer in
                JSONReader.unescape(raw, into: buffer.baseAddress!, offset: offset, failure: &failure)
            }
            if let failure { throw failure }
            return text
        }
        let out = [UInt8](unsafeUninitializedCapacity: raw.count) { buffer, count in
            count = JSONReader.unescape(raw, into: buffer.baseAddress!, offset: offset, failure: &failure)
        }
        if let failure { throw failure }
        guard let text = String(validating: out, as: UTF8.self) else {
            throw SyntaxError(offset: offset, message: "invalid UTF-8 in a string")
        }
        return text
    }

    /// Writes the bytes of the string whose raw bytes (between the quotes) are `raw` into `out` (room for `raw.count`
    /// bytes) and returns how many; on a bad escape, sets `failure` (its offset counted from `offset`) and stops.
    private static func unescape(
        _ raw: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>, offset: Int, failure: inout SyntaxError?
    ) -> Int {
        guard let base = raw.baseAddress else { return 0 }
        var index = 0, count = 0
        func hex4(_ at: Int) throws(SyntaxError) -> UInt32 {
            guard at + 4 <= raw.count else {
                throw SyntaxError(offset: offset + at, message: "incomplete \\u escape; expected four hex digits")
            }
            var value: UInt32 = 0
            for i in at..<at + 4 {
                let c = raw[i]
                let digit: UInt32
                switch c {
                case 48...57: digit = UInt32(c - 48)
                case 65...70: digit = UInt32(c - 55)
                case 97...102: digit = UInt32(c - 87)
                default: throw SyntaxError(offset: offset + i, message: "invalid hex digit in a \\u escape")
                }
                value = value << 4 | digit
            }
            return value
        }
        func put(_ byte: UInt8) {
            out[count] = byte
            count += 1
        }
        do throws(SyntaxError) {
            while index < raw.count {
                // The run up to the next backslash, copied at once.
                let end = raw.firstIndex(of: UInt8(ascii: "\\"), in: index..<raw.count) ?? raw.count
                if end > index {
                    (out + count).update(from: base + index, count: end - index)
                    count += end - index
                    index = end
                    continue
                }
                guard index + 1 < raw.count else {
                    throw SyntaxError(offset: offset + index, message: "incomplete escape at the end of a string")
                }
                let code = raw[index + 1]
                index += 2
                switch code {
                case UInt8(ascii: "\""): put(0x22)
                case UInt8(ascii: "\\"): put(0x5C)
                case UInt8(ascii: "/"): put(0x2F)
                case UInt8(ascii: "b"): put(0x08)
                case UInt8(ascii: "f"): put(0x0C)
                case UInt8(ascii: "n"): put(0x0A)
                case UInt8(ascii: "r"): put(0x0D)
                case UInt8(ascii: "t"): put(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4(index)
                    index += 4
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard index + 6 <= raw.count, raw[index] == UInt8(ascii: "\\"), raw[index + 1] == UInt8(ascii: "u") else {
                            throw SyntaxError(offset: offset + index, message: "unpaired surrogate in a \\u escape")
                        }
                        let low = try hex4(index + 2)
                        guard (0xDC00...0xDFFF).contains(low) else {
                            throw SyntaxError(offset: offset + index, message: "invalid low surrogate in a \\u escape")
                        }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw SyntaxError(offset: offset + index - 6, message: "unpaired surrogate in a \\u escape")
                    }
                    guard let value = Unicode.Scalar(scalar) else {
                        throw SyntaxError(offset: offset + index, message: "invalid \\u escape")
                    }
                    UTF8.encode(value) { put($0) }
                default:
                    throw SyntaxError(offset: offset + index - 2, message: "invalid escape '\\\(Character(Unicode.Scalar(code)))'")
                }
            }
        } catch {
            failure = error
            return 0
        }
        return count
    }

    /// Reads a number; integers stay exact.
    mutating func readNumber() throws(SyntaxError) -> Double {
        let start = position
        var integer = 0
        var isInteger = true
        var negative = false
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        let digitsStart = position
        while position < bytes.count, bytes[position] >= 48, bytes[position] <= 57 {
            if integer < 1 << 52 { integer = integer * 10 + Int(bytes[position] - 48) } else { isInteger = false }
            position += 1
        }
        guard position > digitsStart else { throw SyntaxError(offset: start, message: "invalid number") }
        if bytes[digitsStart] == 48, position - digitsStart > 1 {
            throw SyntaxError(offset: start, message: "invalid number: leading zero")
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") || bytes[position] | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            if bytes[position] == UInt8(ascii: ".") {
                position += 1
                let fraction = position
                while position < bytes.count, bytes[position] >= 48, bytes[position] <= 57 { position += 1 }
                guard position > fraction else { throw SyntaxError(offset: position, message: "invalid number: expected digits after '.'") }
            }
            if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
                position += 1
                if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
                let exponent = position
                while position < bytes.count, bytes[position] >= 48, bytes[position] <= 57 { position += 1 }
                guard position > exponent else {
                    throw SyntaxError(offset: position, message: "invalid number: expected digits in the exponent")
                }
            }
        }
        if isInteger { return Double(negative ? -integer : integer) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(text) else { throw SyntaxError(offset: start, message: "invalid number") }
        return value
    }

    mutating func readBool() throws(SyntaxError) -> Bool {
        if matchLiteral("true") { return true }
        if matchLiteral("false") { return false }
        throw SyntaxError(offset: position, message: "expected true or false")
    }

    mutating func readNull() throws(SyntaxError) {
        guard matchLiteral("null") else { throw SyntaxError(offset: position, message: "expected null") }
    }

    /// Skips one value of any kind.
    mutating func skipValue() throws(SyntaxError) {
        switch try peekKind() {
        case .object:
            try beginObject()
            while try nextKey() != nil { try skipValue() }
        case .array:
            try beginArray()
            while try nextElement() { try skipValue() }
        case .string: _ = try readString()
        case .number: _ = try readNumber()
        case .bool: _ = try readBool()
        case .null: try readNull()
        }
    }

    // MARK: Helpers

    private mutating func matchLiteral(_ literal: StaticString) -> Bool {
        skipWhitespace()
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let base = literal.utf8Start
        for i in 0..<count where bytes[position + i] != base[i] { return false }
        position += count
        return true
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(SyntaxError) {
        skipWhitespace()
        guard position < bytes.count else { throw SyntaxError(offset: position, message: "unexpected end of file; expected \(what)") }
        guard bytes[position] == byte else { throw SyntaxError(offset: position, message: "expected \(what), found \(describe(position))") }
        position += 1
    }

    private func describe(_ offset: Int) -> String {
        guard offset < bytes.count else { return "the end of the file" }
        let byte = bytes[offset]
        if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte == 0 { return "a NUL byte" }
        let digits = Array("0123456789ABCDEF")
        return "byte 0x" + Swift.String(digits[Int(byte >> 4)]) + Swift.String(digits[Int(byte & 0xF)])
    }
}
