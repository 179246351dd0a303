/// Writes RFC 4180 CSV that spreadsheets cannot turn into formulas.
///
/// - Every row ends with CRLF; a cell is quoted when it holds a comma, a double quote,
///   a line feed or a carriage return, or starts or ends with a space; quotes double.
/// - Formula injection: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
///   return gets a leading `'` (and is then quoted as needed), so Excel, LibreOffice and
///   Google Sheets show it as text. `dyad import edges` removes that `'` again.
public struct CSVTable: Sendable {
    /// The UTF-8 bytes so far (without a byte-order mark).
    public private(set) var bytes: [UInt8] = []

    /// Starts a table with a header row.
    public init(header: [String]) { row(header) }

    /// The text so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends a row; `nil` cells are empty.
    public mutating func row(_ cells: [String?]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            guard let cell, !cell.isEmpty else { continue }
            if Self.isPlain(cell) {
                bytes.append(contentsOf: cell.utf8)
            } else {
                bytes.append(contentsOf: Self.cell(cell).utf8)
            }
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    /// Whether a cell needs neither quotes nor neutralising (the common case, checked on bytes).
    static func isPlain(_ value: String) -> Bool {
        let utf8 = value.utf8
        guard let first = utf8.first, let last = utf8.last else { return true }
        if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") { return false }
        if [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D].contains(first) { return false }
        return !utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
    }

    /// Whether a cell's first character would make a spreadsheet read it as a formula.
    public static func isFormulaLike(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first else { return false }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first)
    }

    /// One cell, neutralised and quoted as needed.
    public static func cell(_ value: String) -> String {
        var value = value
        if isFormulaLike(value) { value = "'" + value }
        let needsQuotes =
            value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
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
