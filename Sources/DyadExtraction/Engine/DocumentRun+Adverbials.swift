extension DocumentRun {
    /// The end of a time adverbial of the pack's `adverbials` lexicon that starts at token `t` (the longest
    /// phrase), with a date that follows it (`on September 28`, `on Monday, September 28, 2020`,
    /// `this morning, Wednesday, August 10, 2022`), or `nil`. A date written with commas inside also takes the
    /// comma that closes it (`on Monday, September 28, …`).
    func adverbialEnd(_ t: Int, _ e: Int) -> Int? {
        guard var end = longestCue(.adverbial, from: t, e) else { return nil }
        let digit = { (k: Int) in k < e && self.tokens[k].has(Token.digit) }
        let comma = { (k: Int) in k < e && self.tokens[k].id == self.pack.ids.comma }
        let month = { (k: Int) in k < e && self.tokens[k].has(Token.capitalized) && self.pack.months[self.tokens[k].id] != nil }
        let weekday = { (k: Int) in k < e && self.tokens[k].has(Token.capitalized) && self.pack.weekdays[self.tokens[k].id] != nil }
        var innerComma = false
        // The phrase may end in a month ("on September") and take its day; a weekday may take a date.
        if month(end - 1) {
            if digit(end) { end += 1 }
        } else {
            var k = end
            if comma(k) { k += 1 }
            // "this morning, Wednesday, …": a weekday after the phrase, then maybe its date.
            if k > end, weekday(k), !weekday(end - 1) {
                end = k + 1
                innerComma = true
                k = comma(end) ? end + 1 : end
            }
            if month(k) {
                k += 1
                if digit(k) { k += 1 }
                innerComma = innerComma || k > end && comma(end)
                end = k
            } else if digit(k), month(k + 1) {
                innerComma = innerComma || comma(end)
                end = k + 2
            }
        }
        // ", 2020" after a day.
        if end + 1 < e, comma(end), digit(end + 1), tokens[end - 1].has(Token.digit),
            Int(tokens[end + 1].end) - Int(tokens[end + 1].start) == 4
        {
            end += 2
            innerComma = true
        }
        // A date with commas inside is closed by one: "Cameroon on Monday, September 28, accused …".
        if innerComma, comma(end) { end += 1 }
        return end
    }
}
