extension DocumentRun {
    /// The longest stretch between a negation cue and the noun of the claim it denies (`rejected US
    /// accusations`, `denied the latest reports`), and between that noun and the word that opens its content
    /// (`charges by Congo's government that`).
    static let deniedClaimReach = 6

    /// The content of a denied claim that a match starting at `matchStart` lies in: a negation cue or a word of
    /// `claim-denials` in the clause that starts at `clauseStart`, a noun of the `claim-nouns` lexicon after it and a word of
    /// `claim-links` after that, before the match ("Rwanda denied charges by Kinshasa that it backs the M23",
    /// "Iran rejected accusations of arming the Houthis"). Returns the cue's start and the first token of the
    /// content, or `nil`.
    /// - Complexity: Linear in the clause up to the match.
    func deniedClaim(clauseStart: Int, matchStart: Int) -> (cue: Int, content: Int)? {
        guard matchStart > clauseStart else { return nil }
        var i = clauseStart
        while i < matchStart {
            var node: Int32 = 0
            var j = i
            var cueEnd = pack.flags(tokens[i].id) & WordFlags.claimDenial != 0 ? i + 1 : -1
            while j < matchStart {
                node = pack.cues.child(node, tokens[j].id)
                if node < 0 { break }
                j += 1
                if pack.cues.payloads(node).contains(CueKind.negation.rawValue) { cueEnd = j }
            }
            // The cue may hold the claim noun itself (`dismissed allegations`).
            if cueEnd > 0, let content = claimContent(after: i, before: matchStart) { return (i, content) }
            i += 1
        }
        return nil
    }

    /// The first token of the content of a claim noun within reach after `start`, when it begins before `end`.
    func claimContent(after start: Int, before end: Int) -> Int? {
        let ids = pack.ids
        var k = start
        while k < end, k - start <= DocumentRun.deniedClaimReach {
            if pack.flags(tokens[k].id) & WordFlags.claimNoun != 0 {
                var l = k + 1
                while l < end, l - k <= DocumentRun.deniedClaimReach {
                    if pack.flags(tokens[l].id) & WordFlags.claimLink != 0 { return l + 1 }
                    // "dismissed the charges and blamed India for …": a new predicate is no content.
                    if tokens[l].id == ids.comma || tokens[l].id == ids.and || pack.flags(tokens[l].id) & WordFlags.boundary != 0 {
                        return nil
                    }
                    l += 1
                }
                return nil
            }
            if tokens[k].id == ids.comma || pack.flags(tokens[k].id) & WordFlags.boundary != 0 { return nil }
            k += 1
        }
        return nil
    }

    /// Whether a word of `claim-links` (`of`, `that`) opens the content of a claim in `start..<end`.
    func claimLink(after start: Int, before end: Int) -> Bool {
        var k = start
        while k < end {
            if pack.flags(tokens[k].id) & WordFlags.claimLink != 0 { return true }
            k += 1
        }
        return false
    }

    /// Whether a hedge cue that ends at `cueEnd`, before a match that starts at `matchStart`, is set off from it by
    /// a comma: "… will recognise X's claim to the region, the scene of a dispute between A and B" does not hedge
    /// the dispute. A comma right after the cue leaves it in scope ("Reportedly, A attacked B").
    func hedgeSetOff(cueEnd: Int, _ matchStart: Int) -> Bool {
        guard cueEnd < matchStart else { return false }
        var k = cueEnd + 1
        while k < matchStart {
            if tokens[k].id == pack.ids.comma { return true }
            k += 1
        }
        return false
    }

    /// The actor that denies a claim whose cue starts at `cue`: the first named mention of the clause before it
    /// ("Rwanda has denied charges by Kinshasa that it …" → Rwanda), or `nil`.
    func denier(clauseStart: Int, cue: Int) -> Int32? {
        for m in mentions where m.start >= clauseStart && m.end <= cue {
            if m.kind != .pronoun, !m.locative, !m.actors.isEmpty { return m.actors[0] }
        }
        return nil
    }

    /// Whether a relative clause right after a match that ends at token `end` denies it: `that` or `which`, a mention
    /// and a negation cue or a word of `claim-denials` within two words of it (`a ceasefire with the rebels that the
    /// guerrillas denied`).
    func deniedRelative(_ end: Int, _ e: Int) -> Bool {
        guard end < e, tokens[end].id == pack.ids.which || isLowercaseWord(end, in: .complementizers) else { return false }
        return denierDenies(from: end + 1, e)
    }

    /// Whether the claim a hedged match ending at token `end` lies in is denied after it, in the same clause: a
    /// comma, then `which` or a noun of `claim-nouns` (`, an allegation`), a mention that starts within a word
    /// of it and a negation cue or a word of `claim-denials` within two words of that mention (`, an allegation
    /// Tehran rejects`, `, which Kigali has denied`).
    func deniedAfter(_ end: Int, _ e: Int) -> Bool {
        let ids = pack.ids
        // The match may already have read the claim noun as an apposition of its last slot (`…, an allegation`).
        if end > 0, end < e, isLowercaseWord(end - 1, in: .claimNouns) {
            let t = isLowercaseWord(end, in: .claimLinks) ? end + 1 : end
            return denierDenies(from: t, e)
        }
        var c = end
        while c < e, tokens[c].id != ids.comma {
            if pack.flags(tokens[c].id) & WordFlags.boundary != 0 { return false }
            c += 1
        }
        var t = c + 1
        guard t < e else { return false }
        if tokens[t].id == ids.which {
            t += 1
        } else {
            if tokens[t].id == ids.a || tokens[t].id == ids.an || tokens[t].id == ids.the { t += 1 }
            guard t < e, isLowercaseWord(t, in: .claimNouns) else { return false }
            t += 1
            // `, an allegation that Ankara denies`.
            if t < e, isLowercaseWord(t, in: .claimLinks) { t += 1 }
        }
        return denierDenies(from: t, e)
    }

    /// Whether a mention starts at token `t` (or the one after) and a negation cue or a word of `claim-denials` follows
    /// it within two words.
    func denierDenies(from t: Int, _ e: Int) -> Bool {
        guard let denier = mentions.first(where: { $0.start >= t && $0.start <= t + 1 && !$0.actors.isEmpty }) else { return false }
        var v = denier.end
        while v < e, v - denier.end <= 2 {
            if longestCue(.negation, from: v, e) != nil || pack.flags(tokens[v].id) & WordFlags.claimDenial != 0 { return true }
            v += 1
        }
        return false
    }
}
