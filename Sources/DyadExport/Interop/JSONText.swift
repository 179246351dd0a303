/// Builds compact JSON text for the interchange formats, with strings that are safe inside an HTML page.
///
/// Besides JSON's own escapes, `<`, `>` and `&` become `\u003c`, `\u003e` and `\u0026`, and
/// U+2028/U+2029 are escaped, so the output can be pasted into a `<script>` element without
/// closing it. Keys are written in the order given, so output is deterministic.
public struct JSONText: Sendable {
    /// The text so far.
    public private(set) var text = ""

    /// Creates an empty buffer.
    public init() {}

    /// Appends raw JSON punctuation or a literal produced by this module.
    public mutating func raw(_ literal: String) { text += literal }

    /// Appends a string literal.
    public mutating func string(_ value: String) { text += Self.quoted(value) }

    /// Appends a value.
    public mutating func value(_ value: InteropValue) {
        switch value {
        case .string(let s): string(s)
        case .int(let i): text += String(i)
        case .double(let d): text += Self.number(d)
        case .bool(let b): text += b ? "true" : "false"
        case .strings(let list):
            text += "["
            for (index, item) in list.enumerated() {
                if index > 0 { text += "," }
                string(item)
            }
            text += "]"
        case .json(let json): text += json
        }
    }

    /// Appends an object of the given fields; `nil` values are left out.
    public mutating func object(_ fields: [(String, InteropValue?)]) {
        text += "{"
        var first = true
        for (key, value) in fields {
            guard let value else { continue }
            if !first { text += "," }
            first = false
            string(key)
            text += ":"
            self.value(value)
        }
        text += "}"
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
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
