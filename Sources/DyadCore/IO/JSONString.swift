/// The one JSON string escaper: graph files, interchange formats, the viewer's data and the
/// layout helper's output all quote text through it.
package enum JSONString {
    /// Appends `text` as a JSON string literal, copying runs of plain UTF-8 bytes at once.
    ///
    /// Quotes, backslashes and control characters are escaped (`\n`, `\r`, `\t`, else `\u00XX`), and
    /// U+2028/U+2029, which break JavaScript readers. With `htmlSafe`, `<`, `>` and `&` are escaped too,
    /// so the text can sit inside an HTML `<script>` element.
    /// - Parameters:
    ///   - text: The text to quote.
    ///   - htmlSafe: Whether to escape `<`, `>` and `&`.
    ///   - out: The buffer to append to.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    package static func append(_ text: String, htmlSafe: Bool = false, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        ByteEscaper.append(text, to: &out, candidates: htmlSafe ? htmlSafeCandidates : candidates) { utf8, index in
            replacement(utf8, at: index, htmlSafe: htmlSafe)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The most bytes ``write(_:to:)`` writes for a text of `count` UTF-8 bytes: each may become a six-byte
    /// `\u00XX`, and the quotes.
    @inlinable
    package static func maxQuotedCount(_ count: Int) -> Int { 6 * count + 2 }

    /// Writes `utf8` as ``append(_:htmlSafe:to:)`` quotes it (without `htmlSafe`) into memory with room for
    /// ``maxQuotedCount(_:)`` bytes, and returns how many it wrote.
    package static func write(_ utf8: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var end = out
        end.pointee = UInt8(ascii: "\"")
        end += 1
        ByteEscaper.escape(
            utf8, candidates: candidates, { replacement($0, at: $1, htmlSafe: false) },
            copy: { run in
                end.update(from: run.baseAddress!, count: run.count)
                end += run.count
            },
            replace: { text in
                for byte in text.utf8 {
                    end.pointee = byte
                    end += 1
                }
            })
        end.pointee = UInt8(ascii: "\"")
        return end + 1 - out
    }

    /// What ``append(_:htmlSafe:to:)`` writes for the bytes at `index` instead of them, and how many it replaces;
    /// `nil` keeps the byte.
    private static func replacement(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int, htmlSafe: Bool) -> (text: String, width: Int)? {
        switch utf8[index] {
        case UInt8(ascii: "\""): return ("\\\"", 1)
        case UInt8(ascii: "\\"): return ("\\\\", 1)
        case 0x0A: return ("\\n", 1)
        case 0x0D: return ("\\r", 1)
        case 0x09: return ("\\t", 1)
        case UInt8(ascii: "<") where htmlSafe: return ("\\u003c", 1)
        case UInt8(ascii: ">") where htmlSafe: return ("\\u003e", 1)
        case UInt8(ascii: "&") where htmlSafe: return ("\\u0026", 1)
        case let byte where byte < 0x20: return (controlEscape(byte), 1)
        default:
            // U+2028 and U+2029 are valid JSON but end a line in JavaScript.
            guard let last = ByteEscaper.separator(utf8, at: index) else { return nil }
            return (last == 0xA8 ? "\\u2028" : "\\u2029", 3)
        }
    }

    /// The bytes ``append(_:htmlSafe:to:)`` may escape: controls, quote, backslash and the lead byte of U+2028/U+2029.
    private static let candidates = ByteEscaper.ByteSet(controlsAnd: [UInt8(ascii: "\""), UInt8(ascii: "\\"), 0xE2])
    /// The same and `<`, `>`, `&`.
    private static let htmlSafeCandidates = ByteEscaper.ByteSet(
        controlsAnd: [UInt8(ascii: "\""), UInt8(ascii: "\\"), 0xE2, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&")])
    /// The bytes ``appendAsEncoder(_:to:)`` may escape.
    private static let encoderCandidates = ByteEscaper.ByteSet(controlsAnd: [UInt8(ascii: "\""), UInt8(ascii: "\\")])

    /// `\u00xx` for a control byte (lowercase hex), as both escapers write it.
    private static func controlEscape(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }

    /// Appends `text` as a JSON string literal escaped as Foundation's `JSONEncoder` does, for output that
    /// must stay byte-identical to an encoder's: quotes, backslashes and control characters (`\b`, `\t`,
    /// `\n`, `\f`, `\r`, else `\u00xx`); everything else, U+2028/U+2029 included, is copied.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    package static func appendAsEncoder(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        ByteEscaper.append(text, to: &out, candidates: encoderCandidates) { utf8, index in
            switch utf8[index] {
            case UInt8(ascii: "\""): return ("\\\"", 1)
            case UInt8(ascii: "\\"): return ("\\\\", 1)
            case 0x08: return ("\\b", 1)
            case 0x09: return ("\\t", 1)
            case 0x0A: return ("\\n", 1)
            case 0x0C: return ("\\f", 1)
            case 0x0D: return ("\\r", 1)
            case let byte where byte < 0x20: return (controlEscape(byte), 1)
            default: return nil
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `text` as a JSON string literal (see ``append(_:htmlSafe:to:)``).
    package static func quoted(_ text: String, htmlSafe: Bool = false) -> String {
        var out: [UInt8] = []
        append(text, htmlSafe: htmlSafe, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
