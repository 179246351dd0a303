/// The one place where DOT text is produced: statements, quoting and escaping.
///
/// Every ID and attribute value is written quoted. Text is cleaned first
/// (NUL dropped; other control characters, line and paragraph separators
/// become spaces; `&` becomes `&amp;` so Graphviz's entity decoding shows it
/// as typed), then escaped: `\` first, then `"`. In a quoted DOT ID those are
/// the only escapes, so a value ending in `\` cannot swallow its closing quote
/// and no text can end the string early. Attribute names come from
/// ``DOTAttribute`` only, and each accepts only its value grammar.
struct DOTEncoder {
    /// The DOT written so far, as UTF-8 bytes (appended in place: this is the hot path of large diagrams).
    private var bytes: [UInt8] = []
    private var depth = 0

    /// The DOT written so far.
    var output: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: Statements

    /// Opens the root graph.
    mutating func beginGraph(directed: Bool, name: String) {
        append(directed ? "digraph " : "graph ")
        appendQuoted(name)
        append(" {\n")
        depth = 1
    }

    /// Closes the innermost graph or subgraph.
    mutating func end() {
        depth = max(0, depth - 1)
        appendIndentation()
        append("}\n")
    }

    /// Opens a subgraph (a cluster when its name starts with `cluster`).
    mutating func beginSubgraph(name: String) {
        appendIndentation()
        append("subgraph ")
        appendQuoted(name)
        append(" {\n")
        depth += 1
    }

    /// `graph [...]`, `node [...]` or `edge [...]` defaults.
    mutating func defaults(_ kind: String, _ attributes: [(DOTAttribute, DOTValue)]) {
        precondition(kind == "graph" || kind == "node" || kind == "edge", "unknown default statement")
        appendIndentation()
        bytes.append(contentsOf: kind.utf8)
        appendAttributeList(attributes)
        append(";\n")
    }

    /// A node statement.
    mutating func node(_ name: String, _ attributes: [(DOTAttribute, DOTValue)]) {
        appendIndentation()
        appendQuoted(name)
        appendAttributeList(attributes)
        append(";\n")
    }

    /// An edge statement (`->` in a directed graph).
    mutating func edge(_ tail: String, _ head: String, _ attributes: [(DOTAttribute, DOTValue)]) {
        edge(tail, head, encodedAttributes: Self.attributeListBytes(attributes))
    }

    /// An edge statement with its attribute list made beforehand by ``attributeListBytes(_:)`` (on another
    /// thread, say).
    mutating func edge(_ tail: String, _ head: String, encodedAttributes: [UInt8]) {
        appendIndentation()
        appendQuoted(tail)
        append(" -> ")
        appendQuoted(head)
        bytes.append(contentsOf: encodedAttributes)
        append(";\n")
    }

    /// Appends fixed text.
    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends the indentation of the current depth.
    private mutating func appendIndentation() {
        for _ in 0..<depth { append("  ") }
    }

    /// Appends `quote(text)`, escaping byte by byte: `\`, `"` and NUL are ASCII, and no byte of a character
    /// beyond ASCII is.
    private mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case 0: continue
            case UInt8(ascii: "\\"), UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\"))
            default: break
            }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    // MARK: Attributes

    /// Appends ``attributeList(_:)`` of `attributes`.
    private mutating func appendAttributeList(_ attributes: [(DOTAttribute, DOTValue)]) {
        bytes.append(contentsOf: Self.attributeListBytes(attributes))
    }

    /// ``attributeList(_:)`` as UTF-8 bytes: every value checked against its attribute's grammar and escaped.
    static func attributeListBytes(_ attributes: [(DOTAttribute, DOTValue)]) -> [UInt8] {
        var bytes: [UInt8] = []
        for (attribute, value) in attributes {
            guard let encoded = encode(value, for: attribute) else { continue }
            bytes.append(contentsOf: bytes.isEmpty ? " [".utf8 : ", ".utf8)
            bytes.append(contentsOf: attribute.rawValue.utf8)
            bytes.append(UInt8(ascii: "="))
            bytes.append(contentsOf: encoded.utf8)
        }
        if !bytes.isEmpty { bytes.append(UInt8(ascii: "]")) }
        return bytes
    }

    /// ` [name="value", ...]`, leaving out pairs whose value does not fit the attribute's grammar.
    static func attributeList(_ attributes: [(DOTAttribute, DOTValue)]) -> String {
        let parts = attributes.compactMap { attribute, value in
            encode(value, for: attribute).map { attribute.rawValue + "=" + $0 }
        }
        return parts.isEmpty ? "" : " [" + parts.joined(separator: ", ") + "]"
    }

    /// The quoted value, or `nil` when `value` is not in `attribute`'s grammar.
    static func encode(_ value: DOTValue, for attribute: DOTAttribute) -> String? {
        switch (attribute, value) {
        case (.label, .text(let text)), (.tooltip, .text(let text)):
            return quotedClean([text], separator: "")
        case (.label, .lines(let lines)):
            return quotedClean(lines, separator: "\\n")
        case (.tooltip, .tooltipLines(let lines)):
            return quotedClean(lines, separator: "&#10;")
        case (.label, .legend(let table)):
            return "<" + table.html + ">"
        case (.color, .color(let color)), (.fillcolor, .color(let color)), (.fontcolor, .color(let color)), (.bgcolor, .color(let color)):
            return quote(color.hex)
        case (.fontsize, .number(let number, let range)), (.penwidth, .number(let number, let range)),
            (.arrowsize, .number(let number, let range)), (.margin, .number(let number, let range)),
            (.pad, .number(let number, let range)), (.nodesep, .number(let number, let range)),
            (.ranksep, .number(let number, let range)), (.inputscale, .number(let number, let range)),
            (.len, .number(let number, let range)), (.weight, .number(let number, let range)),
            (.start, .number(let number, let range)), (.width, .number(let number, let range)),
            (.height, .number(let number, let range)):
            return quote(format(number, clampedTo: range))
        case (.arrowhead, .keyword(let keyword)) where [.normal, .empty, .none].contains(keyword),
            (.dir, .keyword(let keyword)) where [.forward, .none].contains(keyword),
            (.rankdir, .keyword(let keyword)) where [.leftToRight, .topToBottom].contains(keyword),
            (.overlap, .keyword(let keyword)) where [.prism, .false, .true].contains(keyword),
            (.splines, .keyword(let keyword)) where [.true, .false, .line, .spline].contains(keyword),
            (.constraint, .keyword(let keyword)) where [.true, .false].contains(keyword),
            (.labelloc, .keyword(let keyword)) where keyword == .top,
            (.labeljust, .keyword(let keyword)) where keyword == .center,
            (.outputorder, .keyword(let keyword)) where keyword == .edgesFirst,
            (.shape, .keyword(let keyword))
        where [.box, .ellipse, .hexagon, .octagon, .component, .house, .plaintext, .none].contains(keyword):
            return quote(keyword.rawValue)
        case (.style, .styles(let styles)):
            return quote(styles.map(\.rawValue).joined(separator: ","))
        case (.id, .token(let token)), (.fontname, .token(let token)):
            return quote(sanitizedToken(token))
        case (.pos, .point(let x, let y, let pinned)):
            let range = -1e7...1e7
            return quote(format(x, clampedTo: range) + "," + format(y, clampedTo: range) + (pinned ? "!" : ""))
        case (.url, .link(let link)):
            return isSafeLink(link) ? quote(link) : nil
        default:
            return nil
        }
    }

    // MARK: Text

    /// `"…"` with `\` and `"` escaped (`\` first) and NUL removed.
    static func quote(_ text: String) -> String {
        "\"" + escape(text) + "\""
    }

    /// Escapes `\` then `"` and drops NUL: the only escapes of a quoted DOT ID.
    static func escape(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 == 0 || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{0}": continue
            case "\\": out.append("\\"); out.append("\\")
            case "\"": out.append("\\"); out.append("\"")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// `"…"` holding each line cleaned and escaped (as `escape(clean(line))`), joined by `separator`.
    ///
    /// One pass over the UTF-8 bytes; this is the hot path of large diagrams.
    static func quotedClean(_ lines: [String], separator: StaticString) -> String {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(lines.reduce(2) { $0 + $1.utf8.count + 8 })
        for (index, line) in lines.enumerated() {
            if index > 0 { out.append(contentsOf: UnsafeBufferPointer(start: separator.utf8Start, count: separator.utf8CodeUnitCount)) }
            appendCleanEscaped(line, to: &out)
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `escape(clean(text))` to `out`, working on UTF-8 bytes.
    static func appendCleanEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            var pendingSpace = false
            var wroteAny = false
            while index < count {
                let byte = bytes[index]
                var spaceLength = 0
                switch byte {
                case 0x00:
                    index += 1
                    continue
                case 0x01...0x20, 0x7F:
                    spaceLength = 1
                case 0xC2 where index + 1 < count && (0x80...0xA0).contains(bytes[index + 1]):
                    spaceLength = 2
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    spaceLength = 3
                case 0xEF where index + 2 < count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF:
                    index += 3
                    continue
                default:
                    break
                }
                if spaceLength > 0 {
                    pendingSpace = wroteAny
                    index += spaceLength
                    continue
                }
                if pendingSpace {
                    out.append(0x20)
                    pendingSpace = false
                }
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
                case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
                case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
                default: out.append(byte)
                }
                wroteAny = true
                index += 1
            }
        }
    }

    /// Untrusted text made safe to show: control characters and separators become one space,
    /// NUL and byte-order marks disappear, `&` becomes `&amp;`, and runs of spaces collapse.
    static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in collapsingControls(text).unicodeScalars {
            if scalar == "&" { out.append(contentsOf: "&amp;".unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    /// `text` with control and line-separator characters turned into single spaces, and NUL and
    /// byte-order marks dropped; the first step of every escaper for Graphviz (DOT strings, HTML-like labels).
    static func collapsingControls(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0, 0xFEFF:
                continue
            case 0x01...0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x00A0:
                pendingSpace = !out.isEmpty
                continue
            default:
                break
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// The first `limit` characters of `text` (after cleaning control characters), with `…` when cut.
    static func truncate(_ text: String, to limit: Int) -> String {
        if text.utf8.count <= limit { return text }
        var result = ""
        var count = 0
        for character in text {
            if count == limit { return result.trimmingTrailingSpaces() + "…" }
            result.append(character)
            count += 1
        }
        return result
    }

    /// Splits `text` into lines of about `width` characters at spaces, at most `maxLines` lines.
    static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0.isNewline || $0 == "\t" }).map(String.init)
        var lines: [String] = []
        var current = ""
        for word in words {
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] = truncate(lines[maxLines - 1], to: max(1, width - 1)) + (lines[maxLines - 1].hasSuffix("…") ? "" : "…")
        }
        return lines.map { truncate($0, to: width + 6) }
    }

    /// Letters, digits, `-`, `_`, `.` and spaces kept; everything else becomes `_`.
    static func sanitizedToken(_ text: String) -> String {
        // Most tokens (node names, relation ids) are plain already.
        if text.utf8.count <= 200, text.utf8.allSatisfy(isTokenByte) { return text }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.prefix(200).map { scalar -> Unicode.Scalar in
                    switch scalar {
                    case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", " ": scalar
                    default: "_"
                    }
                }))
    }

    /// Whether `byte` is kept as it is by ``sanitizedToken(_:)``.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: " "):
            true
        default: false
        }
    }

    /// A plain `https:` URL of unreserved and a few reserved characters (no quotes, `&`, `<`, `>`, spaces).
    static func isSafeLink(_ value: String) -> Bool {
        guard value.hasPrefix("https://"), value.utf8.count > 8, value.utf8.count <= 2048 else { return false }
        return value.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                true
            default:
                "-._~:/?#@!$+,;=%".utf8.contains(byte)
            }
        }
    }

    /// A number clamped to `range`, with at most two decimals and no trailing zeros.
    static func format(_ number: Double, clampedTo range: ClosedRange<Double>) -> String {
        let value = number.isFinite ? min(range.upperBound, max(range.lowerBound, number)) : range.lowerBound
        let hundredths = (value * 100).rounded()
        let negative = hundredths < 0
        let magnitude = Int(abs(hundredths))
        var text = String(magnitude / 100)
        let fraction = magnitude % 100
        if fraction != 0 {
            text += "." + (fraction < 10 ? "0" : "") + String(fraction)
            while text.hasSuffix("0") { text.removeLast() }
        }
        return (negative && magnitude != 0 ? "-" : "") + text
    }
}

extension String {
    /// The text without trailing spaces.
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
