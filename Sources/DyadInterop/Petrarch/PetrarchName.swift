/// Turns dictionary names (`HAMID_KARZAI_`, `U.N._`, `ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_`) into Dyad names.
///
/// `_` and spaces separate words; a trailing `_` (PETRARCH's whole-word mark) is dropped; a
/// `+` inside a name separates two names; a parenthesised all-capital part is an acronym of
/// its own. Names are title-cased for display (Dyad matches names case-insensitively).
/// A one-word name of up to three letters, or without vowels, or with periods, is an acronym
/// and matched case-sensitively (`UN`, `US`, `ANC`), so it never matches a common word.
public enum PetrarchName {
    /// The Dyad names a dictionary name stands for.
    public struct Converted: Hashable, Sendable {
        /// Names matched case-insensitively.
        public var names: [String] = []
        /// Acronyms, matched case-sensitively.
        public var acronyms: [String] = []
    }

    /// Converts one dictionary name.
    public static func convert(_ raw: String) -> Converted {
        var result = Converted()
        for part in raw.split(separator: "+") {
            var text = String(part)
            // Parenthesised parts: acronyms when all capitals, dropped otherwise.
            while let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
                let inner = String(text[text.index(after: open)..<close])
                if !inner.isEmpty, inner.allSatisfy({ ($0.isUppercase && $0.isASCII) || $0 == "." }) { result.acronyms.append(inner) }
                text.replaceSubrange(open...close, with: " ")
            }
            let words = text.split(whereSeparator: { $0 == "_" || $0 == " " || $0 == "\t" }).map(String.init)
            guard !words.isEmpty else { continue }
            let letters = words.joined().filter(\.isLetter)
            guard letters.count >= 2 else { continue }
            if words.count == 1, isAcronym(words[0]) {
                result.acronyms.append(words[0].uppercased())
            } else {
                result.names.append(words.map(titleCased).joined(separator: " "))
            }
        }
        return result
    }

    static func isAcronym(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        if word.contains(".") { return true }
        if letters.count <= 3 { return true }
        return !letters.lowercased().contains { "aeiouy".contains($0) }
    }

    /// `BAN_KI-MOON` → `Ban Ki-Moon`; `O'NEILL` → `O'Neill`; `AL-QAEDA` → `Al-Qaeda`.
    static func titleCased(_ word: String) -> String {
        var out = ""
        var capitalNext = true
        let characters = Array(word)
        for (index, character) in characters.enumerated() {
            if character.isLetter {
                // A possessive 's stays small: MOHAMMED'S → Mohammed's.
                let possessive =
                    index > 0 && characters[index - 1] == "'" && (character == "S" || character == "s")
                    && (index + 1 == characters.count || !characters[index + 1].isLetter)
                out += capitalNext && !possessive ? character.uppercased() : character.lowercased()
                capitalNext = false
            } else {
                out.append(character)
                capitalNext = character == "-" || character == "'" || character == "." || character == "/"
            }
        }
        return out
    }
}
