import DyadCore

/// A text to extract from, with what is known about it.
public struct DocumentInput: Sendable {
    /// The document id; `nil` to use the content hash.
    public var id: String?
    /// The text (front matter already removed).
    public var text: String
    /// Publication date.
    public var date: Day?
    /// Title, if known.
    public var title: String?
    /// Source, if known.
    public var source: String?
    /// Scalar offset of `text` in the original file (after front matter), added to every range.
    public var offset: Int

    /// Creates an input.
    public init(id: String? = nil, text: String, date: Day? = nil, title: String? = nil, source: String? = nil, offset: Int = 0) {
        self.id = id
        self.text = text
        self.date = date
        self.title = title
        self.source = source
        self.offset = offset
    }

    /// Reads a document that may start with front matter (`---`, `key: value` lines, `---`).
    ///
    /// Recognised keys: `date` (YYYY-MM-DD), `title`, `source`, `id`; others are ignored.
    /// - Parameters:
    ///   - text: The whole file.
    ///   - path: Its path, for errors.
    /// - Throws: `ExtractionError` for a front-matter date that is not YYYY-MM-DD or an unclosed block.
    public static func parse(_ text: String, path: String) throws(ExtractionError) -> DocumentInput {
        var input = DocumentInput(text: text)
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return input }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var consumed = lines[0].unicodeScalars.count + 1
        for (number, rawLine) in lines.enumerated().dropFirst() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            consumed += rawLine.unicodeScalars.count + 1
            if line == "---" {
                let scalars = text.unicodeScalars
                let start = scalars.index(scalars.startIndex, offsetBy: min(consumed, scalars.count))
                input.text = String(scalars[start...])
                input.offset = min(consumed, scalars.count)
                return input
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters()
            var value = line[line.index(after: colon)...].trimmingCharacters()
            if value.count >= 2, value.hasPrefix("\"") && value.hasSuffix("\"") || value.hasPrefix("'") && value.hasSuffix("'") {
                value = String(value.dropFirst().dropLast())
            }
            switch key {
            case "date":
                guard let day = Day(value) else {
                    throw ExtractionError(
                        .input, "front matter date must be YYYY-MM-DD, found `\(value)`", file: path, line: number + 1,
                        column: key.count + 3)
                }
                input.date = day
            case "title": input.title = value
            case "source": input.source = value
            case "id":
                guard !value.isEmpty else {
                    throw ExtractionError(
                        .input, "front matter id is empty; give one or remove the line to use the content hash",
                        file: path, line: number + 1, column: key.count + 3)
                }
                input.id = value
            default: break
            }
        }
        throw ExtractionError(.input, "front matter starts with `---` but has no closing `---` line", file: path, line: 1, column: 1)
    }

    /// The first 16 hex digits of the FNV-1a 64-bit hash of the text (the default document id).
    public static func contentHash(_ text: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let digits = String(h, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

extension Substring {
    func trimmingCharacters() -> String {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
