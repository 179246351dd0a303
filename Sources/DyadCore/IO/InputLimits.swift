import Foundation

/// The sizes past which Dyad refuses an input with a clear error instead of using unbounded
/// time or memory. Each can be changed through an environment variable (a whole number; `k`,
/// `m` or `g` may follow for KiB, MiB, GiB), read once when first used.
public enum InputLimits {
    /// The largest graph document (JSON) or file read whole: `DYAD_MAX_FILE_BYTES`, default 2 GiB.
    public static let fileBytes = value("DYAD_MAX_FILE_BYTES", default: 2 << 30)
    /// The longest line of a JSON Lines input: `DYAD_MAX_LINE_BYTES`, default 64 MiB.
    public static let lineBytes = value("DYAD_MAX_LINE_BYTES", default: 64 << 20)
    /// The largest text document given to `extract`: `DYAD_MAX_DOCUMENT_BYTES`, default 4 MiB (news articles are
    /// far smaller; extraction memory grows with the text, about 45 times its size for coordination-heavy text).
    public static let documentBytes = value("DYAD_MAX_DOCUMENT_BYTES", default: 4 << 20)
    /// The most tokens of a sentence that extraction reads (longer runs are cut): `DYAD_MAX_SENTENCE_TOKENS`, default 120.
    public static let sentenceTokens = value("DYAD_MAX_SENTENCE_TOKENS", default: 120)
    /// The most relations extraction takes from one sentence (the first ones found): `DYAD_MAX_SENTENCE_RELATIONS`,
    /// default 32. A list of n names would otherwise yield a relation for each of its n² pairs.
    public static let sentenceRelations = value("DYAD_MAX_SENTENCE_RELATIONS", default: 32)
    /// The most states a path enumeration (`path --all`, `--k`) explores: `DYAD_MAX_PATH_STATES`, default 2,000,000.
    public static let pathStates = value("DYAD_MAX_PATH_STATES", default: 2_000_000)
    /// The most bytes the layout helper may write: `DYAD_MAX_HELPER_OUTPUT`, default 256 MiB.
    public static let helperOutputBytes = value("DYAD_MAX_HELPER_OUTPUT", default: 256 << 20)
    /// The longest actor name looked up with a closest-name search: `DYAD_MAX_QUERY_CHARACTERS`, default 200.
    public static let queryCharacters = value("DYAD_MAX_QUERY_CHARACTERS", default: 200)

    /// Reads a limit from the environment, falling back to `fallback` when unset or unreadable.
    static func value(_ name: String, default fallback: Int) -> Int {
        guard let text = ProcessInfo.processInfo.environment[name]?.lowercased(), !text.isEmpty else { return fallback }
        let units: [Character: Int] = ["k": 1 << 10, "m": 1 << 20, "g": 1 << 30]
        var digits = Substring(text)
        var unit = 1
        if let last = digits.last, let scale = units[last] {
            unit = scale
            digits = digits.dropLast()
        }
        guard let number = Int(digits), number > 0 else { return fallback }
        let (product, overflow) = number.multipliedReportingOverflow(by: unit)
        return overflow ? Int.max : product
    }
}
