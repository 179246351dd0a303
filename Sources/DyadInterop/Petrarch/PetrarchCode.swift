import DyadCore

/// One code of a dictionary entry: `[AFGGOV]`, `[AFGGOV >011222]`, `[HOB < 950601]`, `[AFGELI 320101-331108]`.
public struct PetrarchCode: Hashable, Sendable {
    /// The code, upper-cased (`AFGGOV`).
    public var code: String
    /// First day it holds, if restricted.
    public var from: Day?
    /// Last day it holds, if restricted.
    public var to: Day?

    /// Whether the code has a date restriction.
    public var isDated: Bool { from != nil || to != nil }

    /// Three-letter chunks of the code after the first three letters (`AFGGOVBUS` → GOV, BUS).
    public var chunks: [String] {
        let letters = Array(code)
        return stride(from: 3, to: letters.count, by: 3).map { String(letters[$0..<min($0 + 3, letters.count)]) }
    }

    /// The first three letters (`AFG`, `IGO`).
    public var prefix: String { String(code.prefix(3)) }

    /// Parses the text between brackets.
    /// - Returns: The code, or the reason it cannot be read.
    public static func parse(_ text: String) -> Result<PetrarchCode, PetrarchSkip> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var parts = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
        guard let code = parts.first?.uppercased(), !code.isEmpty else { return .failure(.emptyCode) }
        if code == "---" || code == "+++" || code == "###" { return .failure(.nullCode(code)) }
        guard code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }), code.count >= 3 else {
            return .failure(.unreadableCode(code))
        }
        var result = PetrarchCode(code: code)
        guard parts.count > 1 else { return .success(result) }
        let restriction = parts.removeLast().replacingOccurrences(of: " ", with: "")
        if restriction.hasPrefix(">") {
            guard let day = date(String(restriction.dropFirst())) else { return .failure(.badDate(trimmed)) }
            result.from = day
        } else if restriction.hasPrefix("<") {
            guard let day = date(String(restriction.dropFirst())) else { return .failure(.badDate(trimmed)) }
            result.to = day
        } else {
            let ends = restriction.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard ends.count == 2, let from = date(ends[0]), let to = date(ends[1]), from <= to else { return .failure(.badDate(trimmed)) }
            result.from = from
            result.to = to
        }
        return .success(result)
    }

    /// `YYMMDD` (years below 30 are 20xx, as PETRARCH reads them) or `YYYYMMDD`.
    static func date(_ text: String) -> Day? {
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text) else { return nil }
        switch text.count {
        case 6:
            let yy = value / 10000
            return Day(year: yy < 30 ? 2000 + yy : 1900 + yy, month: value / 100 % 100, day: value % 100)
        case 8:
            return Day(year: value / 10000, month: value / 100 % 100, day: value % 100)
        default:
            return nil
        }
    }
}
