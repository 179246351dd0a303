/// A place in a text file: the file when known, a 1-based line and column (columns count Unicode scalars).
///
/// Every located error in Dyad (graph files, rule packs, gold files, imports) carries one of these,
/// and ``Diagnostic`` prints them all the same way.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The file's path, when the location names it (a rule pack's YAML file); `nil` when the
    /// error that holds the location names the file itself (``GraphFileError/path``).
    public var file: String?
    /// 1-based line.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a location in the file its error names.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Creates a location in `file`.
    public init(file: String?, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The location of a byte offset in UTF-8 `bytes`.
    /// - Complexity: O(offset).
    public init(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        var line = 1, column = 1
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        self.init(line: line, column: column)
    }

    /// `file:line:column`, or `line:column` without a file.
    public var description: String { file.map { "\($0):\(line):\(column)" } ?? "\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file ?? "", lhs.line, lhs.column) < (rhs.file ?? "", rhs.line, rhs.column)
    }

    /// The text of this location's line in `text`, already in memory; `nil` when the line is not there.
    /// - Complexity: O(n) in the length of `text` up to the line.
    public func lineText(in text: String) -> String? {
        guard line >= 1 else { return nil }
        // Split on bytes: "\r\n" is one Character, so a split on Character "\n" would miss it.
        var number = 1
        for candidate in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if number == line { return String(decoding: candidate.last == 0x0D ? candidate.dropLast() : candidate, as: UTF8.self) }
            number += 1
        }
        return nil
    }
}
