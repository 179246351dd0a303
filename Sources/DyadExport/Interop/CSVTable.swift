/// Writes RFC 4180 CSV that spreadsheets cannot turn into formulas.
///
/// - Every row ends with CRLF; a cell is quoted when it holds a comma, a double quote,
///   a line feed or a carriage return, or starts or ends with a space; quotes double.
/// - Formula injection: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
///   return gets a leading `'` (and is then quoted as needed), so Excel, LibreOffice and
///   Google Sheets show it as text. `dyad import edges` removes that `'` again.
public struct CSVTable: Sendable {
    /// The text so far (UTF-8, without a byte-order mark).
    public private(set) var text = ""

    /// Starts a table with a header row.
    public init(header: [String]) { row(header) }

    /// Appends a row; `nil` cells are empty.
    public mutating func row(_ cells: [String?]) {
        text += cells.map { Self.cell($0 ?? "") }.joined(separator: ",")
        text += "\r\n"
    }

    /// The bytes of the table.
    public var bytes: [UInt8] { Array(text.utf8) }

    /// Whether a cell's first character would make a spreadsheet read it as a formula.
    public static func isFormulaLike(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first else { return false }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first)
    }

    /// One cell, neutralised and quoted as needed.
    public static func cell(_ value: String) -> String {
        var value = value
        if isFormulaLike(value) { value = "'" + value }
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.hasPrefix(" ") || value.hasSuffix(" ")
        guard needsQuotes else { return value }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    /// The text with every `target` replaced (without Foundation).
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(count)
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
