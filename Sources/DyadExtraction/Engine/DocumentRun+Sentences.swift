extension DocumentRun {
    /// Splits tokens into sentences and paragraphs.
    mutating func splitSentences() {
        sentences.removeAll(keepingCapacity: true)
        var start = 0
        var paragraph = 0
        var i = 0
        let n = tokens.count
        let ids = pack.ids
        func close(_ end: Int) {
            if end > start { sentences.append((start, end, paragraph)) }
            start = end
        }
        while i < n {
            let t = tokens[i]
            if i > start {
                if t.has(Token.paragraphBefore) {
                    close(i); paragraph += 1
                } else if t.has(Token.newlineBefore), !t.has(Token.lowercase) {
                    close(i)
                } else if i - start >= maxSentence {
                    close(i)
                }
            } else if i == start, t.has(Token.paragraphBefore), !sentences.isEmpty, sentences[sentences.count - 1].paragraph == paragraph {
                paragraph += 1
            }
            if pack.flags(t.id) & WordFlags.sentenceEnd != 0 {
                var j = i + 1
                while j < n, !tokens[j].has(Token.spaceBefore), tokens[j].id == ids.quote || tokens[j].id == ids.closeParen { j += 1 }
                var split = j >= n
                if j < n {
                    let next = tokens[j]
                    split = next.has(Token.spaceBefore) && (next.has(Token.capitalized) || next.has(Token.digit) || !next.has(Token.word))
                }
                if split, i > start, isFullStop(i), !t.has(Token.spaceBefore) {
                    let prev = tokens[i - 1]
                    if pack.flags(prev.id) & WordFlags.abbreviation != 0 || (prev.end - prev.start == 1 && prev.has(Token.capitalized)) {
                        split = false
                    }
                }
                if split { close(j); i = j; continue }
            }
            i += 1
        }
        close(n)
    }

    /// Learns aliases from `Unknown Name (Known Name)` and `Known Name (Unknown)`.
    mutating func learnAliases() {
        let ids = pack.ids
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard tokens[i].id == ids.openParen else { continue }
            var close = i + 1
            while close < tokens.count, close - i <= 7, tokens[close].id != ids.closeParen { close += 1 }
            guard close < tokens.count, tokens[close].id == ids.closeParen, close > i + 1 else { continue }
            // The capitalised name before the parenthesis.
            var outer = i
            while outer > 0, i - outer < 5 {
                let t = tokens[outer - 1]
                // "Rivals Moro Islamic Liberation Front (MILF) …": a word of a pattern class that opens the sentence is
                // capitalised for its place, not as a name's.
                // (after a dateline's spaced dash too: "COTABATO CITY – Rivals …").
                let opensSentence =
                    outer - 1 == 0 || pack.flags(tokens[outer - 2].id) & WordFlags.sentenceEnd != 0
                    || (tokens[outer - 2].id == ids.hyphen && tokens[outer - 2].has(Token.spaceBefore))
                if opensSentence, t.id >= 0, t.id != ids.the, pack.classMask[Int(t.id)] != 0, !t.has(Token.allCaps) { break }
                if t.has(Token.capitalized) || t.id == ids.hyphen && !t.has(Token.spaceBefore) { outer -= 1; continue }
                // "New People's Army (NPA)": a possessive inside the name.
                if t.id == ids.possessive, outer - 1 > 0, tokens[outer - 2].has(Token.capitalized) { outer -= 1; continue }
                if t.has(Token.lowercase), outer - 1 > 0, pack.has(.nameParticles, Tokenizer.foldedText(text, Int(t.start), Int(t.end))),
                    tokens[outer - 2].has(Token.capitalized) || tokens[outer - 2].id == ids.hyphen
                {
                    outer -= 1; continue
                }
                break
            }
            while outer < i, !tokens[outer].has(Token.capitalized) { outer += 1 }
            guard outer < i, tokens[i - 1].has(Token.word) else { continue }
            let inner = (i + 1, close)
            guard tokens[inner.0].has(Token.capitalized) else { continue }
            let innerHit = fullMatch(inner.0, inner.1)
            let outerHit = fullMatch(outer, i)
            // "International Court of Justice (ICJ)" read from `Justice` only: a name with fewer capitalised
            // words than the acronym has capitals, less one, is cut short and teaches nothing.
            if outerHit == nil, (i + 1..<close).allSatisfy({ tokens[$0].has(Token.allCaps) || tokens[$0].id == ids.hyphen }) {
                var capitals = 0
                for t in i + 1..<close {
                    for k in Int(tokens[t].start)..<Int(tokens[t].end) where text[k] >= 0x41 && text[k] <= 0x5A { capitals += 1 }
                }
                var words = 0
                for k in outer..<i where tokens[k].has(Token.capitalized) { words += 1 }
                if capitals >= 3, words < capitals - 1 { continue }
            }
            func phrase(_ s: Int, _ e: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: text[Int(tokens[s].start)..<Int(tokens[e - 1].end)]), as: UTF8.self)
            }
            func words(_ s: Int, _ e: Int) -> [String] {
                (s..<e).map { Tokenizer.foldedText(text, Int(tokens[$0].start), Int(tokens[$0].end)) }
            }
            if let known = innerHit, outerHit == nil {
                let actor = known.entry >= 0 ? pack.pack.actors[Int(known.entry)].id : nil
                learned.append(LearnedAlias(alias: phrase(outer, i), known: phrase(inner.0, inner.1), actor: actor))
                if known.entry >= 0 { learnWords(words(outer, i), known.entry) }
            } else if let known = outerHit, innerHit == nil, close - i - 1 <= 3 {
                let actor = known.entry >= 0 ? pack.pack.actors[Int(known.entry)].id : nil
                learned.append(LearnedAlias(alias: phrase(inner.0, inner.1), known: phrase(outer, i), actor: actor))
                if known.entry >= 0 { learnWords(words(inner.0, inner.1), known.entry) }
            } else if innerHit == nil, outerHit == nil, close - i - 1 <= 4 {
                // "the Bangsamoro Islamic Freedom Fighters (BIFF)": a name that ends in a word of `group-name-ends`, with
                // its acronym, is a group the text names: both forms stand for it in the rest of the document.
                let acronym = close - i == 2 && tokens[inner.0].has(Token.allCaps)
                // A capitalised `The` that opens the sentence is no part of the name.
                let first = tokens[outer].id == ids.the ? outer + 1 : outer
                // Not a category ("named a Specially Designated Global Terrorist (SDGT)") nor a name that goes on after the
                // parenthesis ("the Intermediate Nuclear Forces (INF) Treaty").
                let category = first > 0 && (tokens[first - 1].id == ids.a || tokens[first - 1].id == ids.an)
                let continued =
                    close + 1 < tokens.count && tokens[close + 1].has(Token.capitalized) && !tokens[close + 1].has(Token.newlineBefore)
                if acronym, !category, !continued, i - first >= 2, isWord(i - 1, in: .groupNameEnds) {
                    let name = phrase(first, i), short = phrase(inner.0, inner.1)
                    let entry = derivedActor(name: name, kind: .unknown, partOf: nil, head: tokens[i - 1].id, alias: short)
                    learned.append(LearnedAlias(alias: short, known: name, actor: actorID(entry)))
                    learnWords(words(first, i), entry)
                    learnWords(words(inner.0, inner.1), entry)
                } else {
                    learned.append(LearnedAlias(alias: phrase(outer, i), known: phrase(inner.0, inner.1), actor: nil))
                }
            }
        }
    }

    /// Remembers that the folded `words` name gazetteer entry (or derived actor) `entry` in this document. An alias learned twice is
    /// kept once and aliases are found by their first word, so a document repeating `Name (Known)` costs linear time.
    mutating func learnWords(_ words: [String], _ entry: Int32) {
        guard let first = words.first else { return }
        let positions = learnedByFirstWord[first, default: []]
        if positions.contains(where: { learnedWords[$0].0 == words && learnedWords[$0].1 == entry }) { return }
        learnedByFirstWord[first] = positions + [learnedWords.count]
        learnedWords.append((words, entry))
    }

    /// Whether a gazetteer name of a state or its capital starts at token `t` (`Damascus`, `the DRC`).
    func namesState(at t: Int, _ e: Int) -> Bool {
        var node: Int32 = 0, k = t
        if k < e, tokens[k].id == pack.ids.the { k += 1 }
        while k < e {
            node = pack.gazetteer.child(node, tokens[k].id)
            if node < 0 { return false }
            for h in pack.gazetteer.payloads(node) {
                let hit = pack.hits[Int(h)]
                if hit.how == .capital || (hit.how != .place && hit.how != .person && kind(hit.entry) == .state) { return true }
            }
            k += 1
        }
        return false
    }

    /// Whether token `t` alone is a demonym of the gazetteer (`Eritrean`).
    func isDemonym(_ t: Int) -> Bool {
        let node = pack.gazetteer.child(0, tokens[t].id)
        guard node >= 0 else { return false }
        return pack.gazetteer.payloads(node).contains { pack.hits[Int($0)].how == .demonym }
    }

    /// The known person whose name covers exactly tokens `s..<e`, or nil.
    func personEntry(_ s: Int, _ e: Int) -> Int32? {
        var node: Int32 = 0
        for t in s..<e {
            node = pack.gazetteer.child(node, tokens[t].id)
            if node < 0 { return nil }
        }
        return pack.gazetteer.payloads(node).map({ pack.hits[Int($0)] }).first(where: { $0.how == .person })?.entry
    }

    /// The gazetteer entry that covers exactly tokens `s..<e` (entry -1 for a place).
    func fullMatch(_ s: Int, _ e: Int) -> (entry: Int32, how: GazetteerHit.How)? {
        var node: Int32 = 0
        for t in s..<e {
            node = pack.gazetteer.child(node, tokens[t].id)
            if node < 0 { return nil }
        }
        guard let hit = pack.gazetteer.payloads(node).map({ pack.hits[Int($0)] }).min(by: { $0.how < $1.how }) else { return nil }
        if hit.how == .place { return (-1, .place) }
        if hit.how == .person { return nil }
        return (hit.entry, hit.how)
    }
}
