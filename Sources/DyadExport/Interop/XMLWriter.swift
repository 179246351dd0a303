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
    private var open: [String] = []
    private var hasChildren: [Bool] = []
    private let indentUnit: String

    /// Starts a document with the XML declaration.
    /// - Parameter indent: The text each nesting level is indented by.
    public init(indent: String = "  ") {
        indentUnit = indent
        append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    }

    /// Opens an element with attributes (in the order given); attributes whose value is `nil` are left out.
    public mutating func open(_ name: StaticString, _ attributes: KeyValuePairs<String, String?> = [:]) {
        startTag(name.description, attributes)
        append(">")
        open.append(name.description)
        hasChildren.append(false)
    }

    /// Closes the innermost open element.
    public mutating func close() {
        guard let name = open.popLast() else { return }
        let children = hasChildren.popLast() ?? false
        if children { newline(depth: open.count) }
        append("</\(name)>")
    }

    /// Writes an element without children: `<name a="…"/>`, or `<name a="…">text</name>` when `text` is given.
    public mutating func element(_ name: StaticString, _ attributes: KeyValuePairs<String, String?> = [:], text: String? = nil) {
        startTag(name.description, attributes)
        if let text {
            append(">")
            append(Self.escapeText(text))
            append("</\(name.description)>")
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

    private mutating func startTag(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
        if !hasChildren.isEmpty { hasChildren[hasChildren.count - 1] = true }
        newline(depth: open.count)
        append("<" + name)
        for (key, value) in attributes {
            guard let value else { continue }
            append(" \(key)=\"")
            append(Self.escapeAttribute(value))
            append("\"")
        }
    }

    private mutating func newline(depth: Int) {
        append("\n" + String(repeating: indentUnit, count: depth))
    }

    private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Escapes character data: `&`, `<`, `>` (and `]]>` with it), `"` and carriage returns; disallowed characters become U+FFFD.
    public static func escapeText(_ text: String) -> String { escape(text, attribute: false) }

    /// Escapes an attribute value for double quotes: also `'`, tab, line feed and carriage return.
    public static func escapeAttribute(_ text: String) -> String { escape(text, attribute: true) }

    private static func escape(_ text: String, attribute: Bool) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'" where attribute: out.append(contentsOf: "&apos;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
            case "\t" where attribute: out.append(contentsOf: "&#9;".unicodeScalars)
            case "\n" where attribute: out.append(contentsOf: "&#10;".unicodeScalars)
            default:
                out.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return String(out)
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
