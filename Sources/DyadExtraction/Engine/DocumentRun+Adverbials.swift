extension DocumentRun {
    /// The end of a time adverbial of the pack's `adverbials` lexicon that starts at token `t` (the longest
    /// phrase), with a date that follows it (`on September 28`, `on Monday, September 28, 2020`), or `nil`.
    func adverbialEnd(_ t: Int, _ e: Int) -> Int? {
        guard var end = longestCue(.adverbial, from: t, e) else { return nil }
        let digit = { (k: Int) in k < e && self.tokens[k].has(Token.digit) }
        let month = { (k: Int) in k < e && self.tokens[k].has(Token.capitalized) && self.pack.months[self.tokens[k].id] != nil }
        // The phrase may end in a month ("on September") and take its day; a weekday may take a date.
        if month(end - 1) {
            if digit(end) { end += 1 }
        } else {
            var k = end
            if k < e, tokens[k].id == pack.ids.comma { k += 1 }
            if month(k) {
                k += 1
                if digit(k) { k += 1 }
                end = k
            } else if digit(k), month(k + 1) {
                end = k + 2
            }
        }
        // ", 2020" after a day.
        if end + 1 < e, tokens[end].id == pack.ids.comma, digit(end + 1), tokens[end - 1].has(Token.digit),
            Int(tokens[end + 1].end) - Int(tokens[end + 1].start) == 4
        {
            end += 2
        }
        return end
    }
}
