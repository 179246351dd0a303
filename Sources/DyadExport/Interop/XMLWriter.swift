import DyadCore

/// A small streaming XML 1.0 writer: elements, attributes and text, always well formed and escaped.
///
/// Untrusted text (names, sentences) only ever becomes escaped character data or an
/// escaped, double-quoted attribute value:
/// - `&`, `<`, `>` and `"` are escaped everywhere (and `'` in attributes);
/// - tab, line feed and carriage return in attribute values become character
///   references, so attribute-value normalisation does not turn them into spaces;
///   a carriage return in text becomes `&#13;`, so line-end normalisation keeps it;
/// - characters XML 1.0 does not allow (C0 controls other than tab, LF and CR,
///   U+FFFE and U+FFFF) are replaced by U+FFFD.
///
/// Element and attribute names come from Swift code, never from data.
public struct XMLWriter: Sendable {
    /// The UTF-8 text written so far.
    public private(set) var bytes: [UInt8] = []
    private var open: [StaticString] = []
    private var hasChildren: [Bool] = []
    private let indentUnit: [UInt8]

    /// Starts a document with the XML declaration.
    /// - Parameter indent: The text each nesting level is indented by.
    public init(indent: String = "  ") {
        indentUnit = Array(indent.utf8)
        bytes.reserveCapacity(1 << 16)
        append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    }

    /// Opens an element with attributes (in the order given); attributes whose value is `nil` are left out.
    public mutating func open(_ name: StaticString, _ attributes: KeyValuePairs<String, String?> = [:]) {
        startTag(name, attributes)
        bytes.append(UInt8(ascii: ">"))
        open.append(name)
        hasChildren.append(false)
    }

    /// Closes the innermost open element.
    public mutating func close() {
        guard let name = open.popLast() else { return }
        let children = hasChildren.popLast() ?? false
        if children { newline(depth: open.count) }
        append("</")
        append(name)
        bytes.append(UInt8(ascii: ">"))
    }

    /// Writes an element without children: `<name a="…"/>`, or `<name a="…">text</name>` when `text` is given.
    public mutating func element(_ name: StaticString, _ attributes: KeyValuePairs<String, String?> = [:], text: String? = nil) {
        startTag(name, attributes)
        if let text {
            bytes.append(UInt8(ascii: ">"))
            Self.escape(text, attribute: false, into: &bytes)
            append("</")
            append(name)
            bytes.append(UInt8(ascii: ">"))
        } else {
            append("/>")
        }
    }

    /// Closes every open element and returns the document, ending with a newline.
    public mutating func finish() -> [UInt8] {
        while !open.isEmpty { close() }
        bytes.append(0x0A)
        return bytes
    }

    private mutating func startTag(_ name: StaticString, _ attributes: KeyValuePairs<String, String?>) {
        if !hasChildren.isEmpty { hasChildren[hasChildren.count - 1] = true }
        newline(depth: open.count)
        bytes.append(UInt8(ascii: "<"))
        append(name)
        for (key, value) in attributes {
            guard let value else { continue }
            bytes.append(UInt8(ascii: " "))
            bytes.append(contentsOf: key.utf8)
            append("=\"")
            Self.escape(value, attribute: true, into: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private mutating func newline(depth: Int) {
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(contentsOf: indentUnit) }
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Escapes character data: `&`, `<`, `>` (and `]]>` with it), `"` and carriage returns; disallowed characters become U+FFFD.
    public static func escapeText(_ text: String) -> String {
        var out: [UInt8] = []
        escape(text, attribute: false, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Escapes an attribute value for double quotes: also `'`, tab, line feed and carriage return.
    public static func escapeAttribute(_ text: String) -> String {
        var out: [UInt8] = []
        escape(text, attribute: true, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes ``escape(_:attribute:into:)`` may replace: markup, quotes, controls and the lead byte of U+FFFE/U+FFFF.
    private static let escapeCandidates = ByteEscaper.ByteSet(
        controlsAnd: [UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF])

    /// Appends `text` escaped, working on its UTF-8 bytes: runs of plain bytes are copied at once.
    private static func escape(_ text: String, attribute: Bool, into out: inout [UInt8]) {
        ByteEscaper.append(text, to: &out, candidates: escapeCandidates) { utf8, index in
            switch utf8[index] {
            case UInt8(ascii: "&"): return ("&amp;", 1)
            case UInt8(ascii: "<"): return ("&lt;", 1)
            case UInt8(ascii: ">"): return ("&gt;", 1)
            case UInt8(ascii: "\""): return ("&quot;", 1)
            case UInt8(ascii: "'") where attribute: return ("&apos;", 1)
            case 0x0D: return ("&#13;", 1)
            case 0x09 where attribute: return ("&#9;", 1)
            case 0x0A where attribute: return ("&#10;", 1)
            case 0x09, 0x0A: return nil
            case let byte where byte < 0x20: return ("\u{FFFD}", 1)
            case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBF && (utf8[index + 2] == 0xBE || utf8[index + 2] == 0xBF):
                return ("\u{FFFD}", 3)  // U+FFFE and U+FFFF.
            default: return nil
            }
        }
    }

    /// Whether XML 1.0 allows the character (`Char` production; surrogates cannot occur in Swift strings).
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }
}
