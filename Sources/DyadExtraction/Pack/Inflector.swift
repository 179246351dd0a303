/// Generates the regular inflections of English verbs and nouns for word classes.
public enum Inflector {
    /// `attack` → attack, attacks, attacked, attacking; `ban` → bans, banned, banning; `funnel` → funnels,
    /// funneled, funneling and the British funnelled, funnelling.
    /// - Parameter verb: The base form.
    public static func verbForms(_ verb: String) -> [String] {
        let w = verb.lowercased()
        guard let last = w.last else { return [] }
        var past: String, ing: String
        let stem = doubles(w) ? w + String(last) : w
        if w.hasSuffix("e") {
            past = w + "d"
            ing = w.hasSuffix("ee") ? w + "ing" : String(w.dropLast()) + "ing"
        } else if endsConsonantY(w) {
            past = String(w.dropLast()) + "ied"
            ing = w + "ing"
        } else {
            past = stem + "ed"
            ing = stem + "ing"
        }
        if doublesL(w) { return [w, plural(w), past, ing, w + "led", w + "ling"] }
        return [w, plural(w), past, ing]
    }

    /// Whether a verb of more than four letters ends in one vowel and `l` (`funnel`, `cancel`), whose final `l`
    /// British spelling doubles before `-ed` and `-ing`.
    static func doublesL(_ w: String) -> Bool {
        let letters = Array(w)
        guard letters.count > 4, letters[letters.count - 1] == "l" else { return false }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        return vowels.contains(letters[letters.count - 2]) && !vowels.contains(letters[letters.count - 3])
    }

    /// `attack` → attack, attacks; `ally` → ally, allies.
    /// - Parameter noun: The singular.
    public static func nounForms(_ noun: String) -> [String] {
        let w = noun.lowercased()
        return [w, plural(w)]
    }

    static func plural(_ w: String) -> String {
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") { return w + "es" }
        if endsConsonantY(w) { return String(w.dropLast()) + "ies" }
        return w + "s"
    }

    static func endsConsonantY(_ w: String) -> Bool {
        guard w.hasSuffix("y"), w.count >= 2 else { return false }
        let before = w[w.index(w.endIndex, offsetBy: -2)]
        return !"aeiou".contains(before)
    }

    static func doubles(_ w: String) -> Bool {
        let letters = Array(w)
        guard letters.count >= 3, letters.count <= 4 else { return false }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let c1 = letters[letters.count - 3], v = letters[letters.count - 2], c2 = letters[letters.count - 1]
        return !vowels.contains(c1) && vowels.contains(v) && !vowels.contains(c2) && !"wxy".contains(c2)
    }
}
