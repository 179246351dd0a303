/// Builds compact JSON text for the interchange formats, with strings that are safe inside an HTML page.
///
/// Besides JSON's own escapes, `<`, `>` and `&` become `\u003c`, `\u003e` and `\u0026`, and
/// U+2028/U+2029 are escaped, so the output can be pasted into a `<script>` element without
/// closing it. Keys are written in the order given, so output is deterministic.
public struct JSONText: Sendable {
    /// The UTF-8 bytes so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty buffer.
    public init() {}

    /// The text so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends raw JSON punctuation or a literal produced by this module.
    public mutating func raw(_ literal: StaticString) { literal.withUTF8Buffer { bytes.append(contentsOf: $0) } }

    /// Appends a string literal.
    public mutating func string(_ value: String) { Self.quote(value, into: &bytes) }

    /// Appends a value.
    public mutating func value(_ value: InteropValue) {
        switch value {
        case .string(let s): string(s)
        case .int(let i): bytes.append(contentsOf: String(i).utf8)
        case .double(let d): bytes.append(contentsOf: Self.number(d).utf8)
        case .bool(let b): raw(b ? "true" : "false")
        case .strings(let list):
            raw("[")
            for (index, item) in list.enumerated() {
                if index > 0 { raw(",") }
                string(item)
            }
            raw("]")
        case .json(let json): bytes.append(contentsOf: json.utf8)
        }
    }

    /// Appends an object of the given fields; `nil` values are left out.
    public mutating func object(_ fields: [(String, InteropValue?)]) {
        raw("{")
        var first = true
        for (key, value) in fields {
            guard let value else { continue }
            if !first { raw(",") }
            first = false
            string(key)
            raw(":")
            self.value(value)
        }
        raw("}")
    }

    /// A number with at most three decimals and no trailing `.0`.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return String(rounded)
    }

    /// A JSON string literal for `value`.
    public static func quoted(_ value: String) -> String {
        var out: [UInt8] = []
        quote(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `value` as a JSON string literal, copying runs of plain UTF-8 bytes at once.
    static func quote(_ value: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            func flush() { if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) } }
            while index < utf8.count {
                let byte = utf8[index]
                var escaped: String?
                var width = 1
                switch byte {
                case UInt8(ascii: "\""): escaped = "\\\""
                case UInt8(ascii: "\\"): escaped = "\\\\"
                case 0x0A: escaped = "\\n"
                case 0x0D: escaped = "\\r"
                case 0x09: escaped = "\\t"
                case UInt8(ascii: "<"): escaped = "\\u003c"
                case UInt8(ascii: ">"): escaped = "\\u003e"
                case UInt8(ascii: "&"): escaped = "\\u0026"
                case 0..<0x20:
                    let hex = String(byte, radix: 16)
                    escaped = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                    escaped = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    width = 3
                default: break
                }
                if let escaped {
                    flush()
                    out.append(contentsOf: escaped.utf8)
                    index += width
                    runStart = index
                } else {
                    index += 1
                }
            }
            flush()
        }
        out.append(UInt8(ascii: "\""))
    }
}
