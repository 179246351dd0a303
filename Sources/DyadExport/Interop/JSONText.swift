import DyadCore

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

    /// Appends `value` as a JSON string literal safe inside HTML (the core's ``JSONString`` with `<`, `>`, `&` escaped).
    static func quote(_ value: String, into out: inout [UInt8]) {
        JSONString.append(value, htmlSafe: true, to: &out)
    }
}
