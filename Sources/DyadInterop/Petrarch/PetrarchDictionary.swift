/// Reads the line format shared by PETRARCH and TABARI dictionaries.
///
/// - Comments: `#` to the end of a line, and `<!-- … -->` (also written `<! -- … -->`), which may span lines.
/// - Actor entries: a root name, optionally followed by codes on the same line
///   (`AFGHANISTAN_ [AFG]`); synonyms on `+` lines (`+KARZAI_`), also after blank lines;
///   codes on their own, usually indented, lines (`[AFGGOV >011222]`), several per line allowed.
///   A root without codes followed directly by another root shares that root's codes,
///   as PETRARCH reads it.
/// - Agent entries: `NAME [~CODE]`, with `!MACRO! = A, B` definitions substituted into names.
public enum PetrarchDictionary {
    /// The lines of a dictionary without comments, with their 1-based numbers; blank lines are kept empty.
    public static func lines(of text: String) -> [(number: Int, text: String)] {
        var result: [(Int, String)] = []
        var inComment = false
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(raw.hasSuffix("\r") ? raw.dropLast() : raw)
            var kept = ""
            while !line.isEmpty {
                if inComment {
                    guard let end = line.range(of: "-->") else { line = ""; break }
                    line = line[end.upperBound...]
                    inComment = false
                } else if let start = line.range(of: "<!"), !line[..<start.lowerBound].contains("#") {
                    // `<!--`, and the `<! --` some dictionaries write, open a comment that runs to `-->`.
                    kept += line[..<start.lowerBound]
                    line = line[start.upperBound...]
                    inComment = true
                } else {
                    if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
                    kept += line
                    line = ""
                }
            }
            result.append((number, kept))
        }
        return result
    }

    /// Reads the actor entries of a dictionary.
    /// - Parameters:
    ///   - text: The file's text.
    ///   - file: Its path, for the report.
    public static func actorEntries(_ text: String, file: String) -> [PetrarchEntry] {
        var entries: [PetrarchEntry] = []
        var current: PetrarchEntry?
        var pendingNames: [String] = []
        func flush() {
            guard let entry = current else { return }
            entries.append(entry)
            current = nil
        }
        for (number, line) in lines(of: text) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("+") {
                let (names, codes, bad) = split(String(trimmed.dropFirst()))
                if current == nil { current = PetrarchEntry(names: [], codes: [], badCodes: [], file: file, line: number) }
                current?.names += names
                current?.codes += codes
                current?.badCodes += bad
            } else if trimmed.hasPrefix("[") {
                let (_, codes, bad) = split(trimmed)
                current?.codes += codes
                current?.badCodes += bad
            } else {
                // A new root; a previous root with a name only and no codes shares the new one's codes.
                if let entry = current, entry.codes.isEmpty, entry.badCodes.isEmpty, entry.names.count == 1 {
                    pendingNames += entry.names
                    current = nil
                } else {
                    flush()
                }
                let (names, codes, bad) = split(trimmed)
                current = PetrarchEntry(names: pendingNames + names, codes: codes, badCodes: bad, file: file, line: number)
                pendingNames = []
            }
        }
        flush()
        return entries
    }

    /// A generic agent: its names (macros expanded) and its code without the `~`.
    public struct Agent: Hashable, Sendable {
        /// The names, as written with `_` for spaces.
        public var names: [String]
        /// The code after `~` (`REB`, `BUSAGR`).
        public var code: String
        /// The line.
        public var line: Int
    }

    /// Reads the agent entries of an agents dictionary.
    public static func agentEntries(_ text: String) -> (agents: [Agent], skipped: [(Int, String)]) {
        var macros: [String: [String]] = [:]
        var agents: [Agent] = []
        var skipped: [(Int, String)] = []
        for (number, line) in lines(of: text) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("!"), let equals = trimmed.firstIndex(of: "=") {
                let name = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
                macros[name] = trimmed[trimmed.index(after: equals)...].split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                continue
            }
            guard let open = trimmed.firstIndex(of: "["), let close = trimmed[open...].firstIndex(of: "]") else {
                skipped.append((number, "agent without a [~CODE]"))
                continue
            }
            var code = trimmed[trimmed.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            guard code.hasPrefix("~") else {
                skipped.append((number, "agent code without ~"))
                continue
            }
            code.removeFirst()
            var names = [trimmed[..<open].trimmingCharacters(in: .whitespaces)]
            for (macro, values) in macros {
                names = names.flatMap { name in
                    name.contains(macro) ? values.map { name.replacingOccurrences(of: macro, with: $0) } : [name]
                }
            }
            if names.contains(where: { $0.contains("!") }) {
                skipped.append((number, "agent with an undefined !MACRO!"))
                continue
            }
            agents.append(Agent(names: names, code: code.uppercased(), line: number))
        }
        return (agents, skipped)
    }

    /// Splits a line into names (before the first `[`) and the bracketed codes.
    static func split(_ line: String) -> (names: [String], codes: [PetrarchCode], bad: [PetrarchSkip]) {
        var names: [String] = []
        var codes: [PetrarchCode] = []
        var bad: [PetrarchSkip] = []
        var rest = Substring(line)
        if let open = rest.firstIndex(of: "[") {
            let name = rest[..<open].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { names.append(name) }
            rest = rest[open...]
            while let start = rest.firstIndex(of: "["), let end = rest[start...].firstIndex(of: "]") {
                switch PetrarchCode.parse(String(rest[rest.index(after: start)..<end])) {
                case .success(let code): codes.append(code)
                case .failure(let reason): bad.append(reason)
                }
                rest = rest[rest.index(after: end)...]
            }
        } else {
            let name = rest.trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { names.append(name) }
        }
        return (names, codes, bad)
    }
}
