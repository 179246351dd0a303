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
        var text = text
        text.withUTF8 { utf8 in
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
                case UInt8(ascii: "<") where htmlSafe: escaped = "\\u003c"
                case UInt8(ascii: ">") where htmlSafe: escaped = "\\u003e"
                case UInt8(ascii: "&") where htmlSafe: escaped = "\\u0026"
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

    /// `text` as a JSON string literal (see ``append(_:htmlSafe:to:)``).
    package static func quoted(_ text: String, htmlSafe: Bool = false) -> String {
        var out: [UInt8] = []
        append(text, htmlSafe: htmlSafe, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
