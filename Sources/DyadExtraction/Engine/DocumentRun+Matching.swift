import DyadCore

extension DocumentRun {
    /// Groups coordinated mentions and lays the sentence out as pattern units. With `joinDescribed`, a member
    /// described by a possessive phrase joins the list before it (`Japan and its partners, including Australia, …`);
    /// the result says whether one did, so the sentence can be matched again without it, where the
    /// description gives its own relation. `remember` records the lists in the paragraph's history.
    @discardableResult
    mutating func buildUnits(_ s: Int, _ e: Int, joinDescribed: Bool = false, remember: Bool = true) -> Bool {
        groups.removeAll(keepingCapacity: true)
        units.removeAll(keepingCapacity: true)
        let ids = pack.ids
        var joined = false
        var k = 0
        while k < mentions.count {
            var last = k
            var sawAnd = false
            var companions = false
            while last + 1 < mentions.count {
                let next = mentions[last + 1]
                // Possessive pronouns (its, their) do not coordinate; "the group" does.
                let singlePronoun = { (m: Mention) in m.kind == .pronoun && m.end - m.start == 1 }
                // "Sudan and its former region, South Sudan, …", "Ghana, together with its ally Benin, …": a member
                // described by a possessive phrase joins the list (with its pronoun).
                if joinDescribed, last == k, !companions, singlePronoun(next), last + 2 < mentions.count,
                    let closed = describedMember(after: last, e)
                {
                    last += 2
                    sawAnd = true
                    joined = true
                    if closed { companions = true }
                    continue
                }
                // "Hamas in Gaza and Hezbollah in Lebanon": a member's own place does not end the list when
                // another member follows it.
                if next.locative, !mentions[k].locative, placeContinuesList(after: last) {
                    last += 1
                    continue
                }
                guard next.locative == mentions[k].locative, !singlePronoun(next), !singlePronoun(mentions[last]) else { break }
                var from = mentions[last].end, length = next.start - from
                // "Saudi Arabia, along with the UAE and Bahrain, struck …": companions between commas join the subject.
                if last == k, !companions, length >= 2, tokens[from].id == ids.comma, let end = companionEnd(from + 1, next.start),
                    end == next.start || (end + 1 == next.start && tokens[end].id == ids.the)
                {
                    last += 1
                    companions = true
                    sawAnd = true
                    continue
                }
                // "the Arakan Army (AA), the TNLA and …": a member's parenthesised acronym belongs to it.
                if length == 1, tokens[from].id == ids.openParen, next.end < e, tokens[next.end].id == ids.closeParen,
                    mentions[last].actors.count == 1, next.actors.count == 1, mentions[last].actors[0] == next.actors[0]
                {
                    last += 1
                    continue
                }
                // "the Arakan Army (AA) and …": a parenthesis that holds only the member closes before the gap; a longer
                // one ("Houthi rebels (backed by Iran) and …") ends the list: its mention is no member.
                if from < e, tokens[from].id == ids.closeParen, from > 0, tokens[from - 1].id != ids.openParen {
                    guard mentions[last].start > 0, tokens[mentions[last].start - 1].id == ids.openParen else { break }
                    from += 1; length -= 1
                }
                // "President Kiir and opposition chief Riek Machar": a title between `and` and a name is the member's.
                if length >= 2, length <= 5, tokens[from].id == ids.and, !next.locative,
                    let title = longestCue(.title, from: from + 1, next.start),
                    titleChainEnd(title, next.start) == next.start
                {
                    last += 1
                    sawAnd = true
                    break
                }
                guard length >= 1, length <= 3 else { break }
                let g0 = tokens[from].id, g1 = length > 1 ? tokens[from + 1].id : -2
                // "A, and B" with no list before it joins clauses, not actors.
                if g0 == ids.comma, length >= 2, g1 == ids.and, last == k { break }
                // A determiner or a number may introduce the last member ("four Emirati troops and a Bahraini officer").
                // So may a possessive pronoun before a demonym or a title ("Ethiopia and its Eritrean allies",
                // "President Afewerki and his Djibouti counterpart").
                func introduces(_ k: Int) -> Bool {
                    let id = tokens[from + k].id
                    if next.kind == .demonym || next.kind == .person || next.titled, tokens[from + k].has(Token.lowercase),
                        isWord(from + k, in: .possessivePronouns) || pack.wordSets.personPronouns.contains(id)
                    {
                        return true
                    }
                    return id == ids.the || id == ids.a || id == ids.an || tokens[from + k].has(Token.digit)
                        || isLowercaseWord(from + k, in: .memberDeterminers)
                }
                // "Hezbollah, the Houthis, or the Hashd": a list may end with `or` too.
                let c0 = g0 == ids.and || g0 == ids.or, c1 = g1 == ids.and || g1 == ids.or
                let andGap =
                    (length == 1 && c0)
                    || (length == 2 && ((g0 == ids.comma && c1) || (c0 && introduces(1))))
                    || (length == 3 && g0 == ids.comma && c1 && introduces(2))
                // "Turkey supporting Tripoli and Russia siding with Benghazi": a participle after the object and
                // after the next mention makes the next mention the subject of a parallel clause.
                if andGap, mentions[k].start > 0, next.end < e, endsWith(mentions[k].start - 1, .progressiveSuffixes),
                    endsWith(next.end, .progressiveSuffixes)
                {
                    break
                }
                // "The Congolese army and Rwandan-backed M23": a hyphen-compound prefix modifies what follows it
                // and is no member of the list before it.
                // A list before it ends there ("Ukraine, Russia and Russian-backed separatists").
                if andGap, next.end < e, tokens[next.end].id == ids.hyphen, !tokens[next.end].has(Token.spaceBefore) {
                    sawAnd = last > k
                    break
                }
                // "attacks on Armenia and Turkey's backing for them": a possessor heads a new phrase.
                if andGap, next.end + 1 < e, tokens[next.end].id == ids.possessive || tokens[next.end].id == ids.apostrophe { break }
                if andGap { last += 1; sawAnd = true; break }
                if (length == 1 && g0 == ids.comma) || (length == 2 && g0 == ids.comma && g1 == ids.the) { last += 1; continue }
                break
            }
            if !sawAnd { last = k }
            var groupEnd = mentions[last].end
            if companions {
                // The companions' aside must close with a comma, which the group takes along, or end the sentence
                // ("… by Turkey and its allies, among them the United States.").
                if groupEnd < e, tokens[groupEnd].id == ids.comma {
                    groupEnd += 1
                } else if groupEnd >= e || (groupEnd + 1 == e && isFullStop(groupEnd)) {
                    // Nothing follows the member.
                } else {
                    last = k
                    groupEnd = mentions[k].end
                }
            }
            // "Japan and other Asian states have …": unnamed others after `and` and a word of
            // `member-determiners` belong to the subject before its verb.
            // (The next mention's start and the `and` are read first: reading `self` inside the call's arguments, or
            // calling it at all, copies the whole run.)
            let nextMention = last + 1 < mentions.count ? mentions[last + 1].start : e
            if groupEnd + 2 < e, tokens[groupEnd].id == ids.and,
                let othersEnd = unnamedOthersEnd(after: groupEnd, nextMention: nextMention, e)
            {
                groupEnd = othersEnd
            }
            groups.append(MentionGroup(members: k...last, start: mentions[k].start, end: groupEnd))
            if last > k {
                var pair = ActorList()
                for member in k...last where !mentions[member].locative {
                    for x in 0..<mentions[member].actors.count where !pair.contains(mentions[member].actors[x]) {
                        pair.append(mentions[member].actors[x])
                    }
                }
                if pair.count >= 2, remember { history.append((pair, true, true, true)) }
            }
            k = last + 1
        }
        var g = 0
        var t = s
        while t < e {
            if g < groups.count, groups[g].start == t {
                (t, g) = appendGroupUnit(from: t, g, e)
                continue
            }
            let id = tokens[t].id
            if id == ids.the, g < groups.count, groups[g].start == t + 1, !groupIsModifier(Int32(g)) {
                // A determiner belongs to the mention it introduces.
                (t, g) = appendGroupUnit(from: t, g, e)
                continue
            }
            // "Armenia on Monday accused Turkey": a time adverbial is not a unit, so patterns read past it; an
            // adverbial between commas takes them along ("Iran, on Sunday, warned …").
            // (The cue flag is read here first: a call from this mutating method copies the whole run.)
            if tokens[t].has(Token.startsCue), let end = adverbialEnd(t, e) {
                let commaBefore = units.last.map { $0.group < 0 && $0.id == ids.comma } ?? false
                // A date with commas inside ends with the comma that closes it ("…, on Monday, May 4, warned").
                if tokens[end - 1].id == ids.comma {
                    if commaBefore { units.removeLast() }
                    t = end
                    continue
                }
                let commaAfter = end < e && tokens[end].id == ids.comma
                if commaAfter, commaBefore || units.isEmpty {
                    if commaBefore { units.removeLast() }
                    t = end + 1
                } else {
                    t = end
                }
                continue
            }
            // Quotation marks say who said it, not what relates to what: patterns read through them
            // (`pay a price for the "criminal aggression" against Syria`).
            if id == ids.quote {
                t += 1
                continue
            }
            units.append(Unit(token: t, end: t + 1, group: -1, id: id, boundary: isClauseBoundary(t, e)))
            t += 1
        }
        return joined
    }

    /// Whether mention `m + 2` is a member described by a possessive phrase after mention `m`: `and` (or a phrase of
    /// `companions` after a comma), the possessive pronoun `m + 1` (`its`, `their`), up to three lowercase words that
    /// end in a word of `relational-nouns`, then the member, maybe after a comma, a phrase of `exemplifiers` and
    /// `the` (`and its partners, including Australia`). `nil` when it is not; otherwise whether the description
    /// opens or holds a comma, so that a comma must close the member too.
    func describedMember(after m: Int, _ e: Int) -> Bool? {
        let ids = pack.ids
        let pronoun = mentions[m + 1], member = mentions[m + 2]
        var t = mentions[m].end
        guard !member.locative, isLowercaseWord(pronoun.start, in: .possessivePronouns) else { return nil }
        // Companions open with a comma, so a comma closes them.
        var comma = false
        if t < e, tokens[t].id == ids.and {
            t += 1
        } else if t < e, tokens[t].id == ids.comma, let end = companionEnd(t + 1, pronoun.start) {
            t = end
            comma = true
        } else {
            return nil
        }
        guard t == pronoun.start else { return nil }
        var q = pronoun.end, words = 0
        // "its Western allies": a capitalised word that names no actor may describe the member too.
        while q < member.start, words < 3, tokens[q].has(Token.lowercase) || tokens[q].has(Token.capitalized),
            !isLowercaseWord(q, in: .relativePronouns)
        {
            q += 1
            words += 1
        }
        guard words > 0, isLowercaseWord(q - 1, in: .relationalNouns) else { return nil }
        // "its partners, including Chad …", "its partners — Chad, Niger …": a comma or a dash opens the members.
        if q < member.start, tokens[q].id == ids.comma || isWord(q, in: .asideDashes) {
            comma = true
            q += 1
            if let end = lexiconPhraseEnd(.exemplifiers, from: q, member.start) { q = end }
        }
        if q < member.start, tokens[q].id == ids.the { q += 1 }
        return q == member.start ? comma : nil
    }

    /// The end of `and other <words> <plural noun>` right after token `end`, when a verb follows it and no mention
    /// starts inside it (`… and other Asian states have`), or nil.
    func unnamedOthersEnd(after end: Int, nextMention: Int, _ e: Int) -> Int? {
        guard end + 2 < e, tokens[end].id == pack.ids.and, isLowercaseWord(end + 1, in: .memberDeterminers) else { return nil }
        var t = end + 2
        while t < min(e, nextMention), t - end <= 5, tokens[t].has(Token.word) {
            if tokens[t].has(Token.lowercase), endsWith(t, .pluralSuffixes), t + 1 < e, isVerbAfterSubject(t + 1) { return t + 1 }
            t += 1
        }
        return nil
    }

    /// Whether token `t` opens a new clause: a word of the pack's `clauseBoundaries`, unless a participle follows it
    /// (`while fighting alongside …`, `while aggressively backing …`), whose clause shares the subject before it.
    @inline(__always)
    func isClauseBoundary(_ t: Int, _ e: Int) -> Bool {
        let boundary = pack.flags(tokens[t].id) & WordFlags.boundary != 0
        guard boundary, tokens[t].has(Token.lowercase) else { return boundary }
        var next = t + 1
        if next + 1 < e, tokens[next].has(Token.lowercase), endsWith(next, .adverbSuffixes) { next += 1 }
        return !(next < e && tokens[next].has(Token.lowercase) && endsWith(next, .progressiveSuffixes))
    }

    /// The word of unit `q` when it is a mention of one pronoun (`its`, `their`), which word classes read as a word
    /// (`[det]` takes `its`); otherwise `nil`.
    func pronounWord(_ q: Int) -> Int32? {
        let unit = units[q]
        guard unit.group >= 0, unit.end - unit.token == 1,
            groups[Int(unit.group)].members.allSatisfy({ mentions[$0].kind == .pronoun })
        else { return nil }
        return tokens[unit.token].id
    }

    /// Whether mention `last + 1` is the place of list member `last` (`X in Yemen`) and another actor that is not a
    /// place follows it after a coordinator, with a place of its own (`… and Y in Lebanon`).
    func placeContinuesList(after last: Int) -> Bool {
        let place = mentions[last + 1]
        guard last + 2 < mentions.count, place.start == mentions[last].end + 1,
            pack.flags(tokens[mentions[last].end].id) & WordFlags.locative != 0
        else { return false }
        let member = mentions[last + 2]
        guard !member.locative, member.start > place.end, member.start - place.end <= 3 else { return false }
        var sawCoordinator = false
        for t in place.end..<member.start {
            let id = tokens[t].id
            if id == pack.ids.and { sawCoordinator = true } else if id != pack.ids.comma && id != pack.ids.the { return false }
        }
        // The member after the coordinator has a place of its own, so the two are parallel ("the Kremlin in Syria and
        // Libya" names two places).
        return sawCoordinator && last + 3 < mentions.count && mentions[last + 3].locative && member.end < tokens.count
            && pack.flags(tokens[member.end].id) & WordFlags.locative != 0
    }

    /// The end of a phrase of the `companions` lexicon (`along with`, `together with`) that starts at token `i`
    /// and ends by `limit`, or nil.
    func companionEnd(_ i: Int, _ limit: Int) -> Int? {
        lexiconPhraseEnd(.companions, from: i, limit)
    }

    /// The end of the longest phrase of up to three tokens of `lexicon` that starts at token `i` and ends by `limit`,
    /// or nil.
    func lexiconPhraseEnd(_ lexicon: EngineLexicon, from i: Int, _ limit: Int) -> Int? {
        var n = min(limit, i + 3)
        while n > i {
            if pack.has(lexicon, phrase(i, n).lowercased()) { return n }
            n -= 1
        }
        return nil
    }

    /// The unit of the named actors a plain noun phrase introduces with a phrase of the `exemplifiers` lexicon
    /// (`terrorist organizations such as IS`, `other countries, including France and India`), when the noun phrase
    /// starts at unit `pos`; or `nil`.
    func exemplifiedHead(_ pos: Int) -> Int? {
        let n = units.count
        var q = pos
        if q < n, units[q].group < 0, units[q].id == pack.ids.the || units[q].id == pack.ids.a || units[q].id == pack.ids.an { q += 1 }
        let words = q
        while q < n, q - words < 3, units[q].group < 0, !units[q].boundary, tokens[units[q].token].has(Token.lowercase),
            !isWord(units[q].token, in: .clauseOpeners), !isWord(units[q].token, in: .prepositions),
            !pack.wordSets.exemplifierLeads.contains(units[q].id)
        { q += 1 }
        guard q > words, q + 1 < n else { return nil }
        if units[q].group < 0, units[q].id == pack.ids.comma { q += 1 }
        guard q + 1 < n, units[q].group < 0, tokens[units[q].token].has(Token.lowercase),
            pack.wordSets.exemplifierLeads.contains(units[q].id)
        else { return nil }
        let first = units[q].token
        guard let end = lexiconPhraseEnd(.exemplifiers, from: first, min(tokens.count, first + 2)) else { return nil }
        q += end - first
        if q < n, units[q].group < 0, units[q].id == pack.ids.the { q += 1 }
        guard q < n, units[q].group >= 0, !groupIsModifier(units[q].group), namesActor(Int(units[q].group)),
            groups[Int(units[q].group)].members.allSatisfy({ mentions[$0].kind == .named })
        else { return nil }
        return q
    }

    /// The group coordinated with group `g` across a patron compound, and the compound's patron group: a list ends
    /// before a patron compound ("the Congolese army and Rwandan-backed M23"), so its last member and the compound's
    /// head are two groups. For the member before the `and`, the head; for the head, that member; otherwise `nil`.
    func patronCompoundPartner(of g: Int) -> (partner: Int, patron: Int)? {
        // A modifier group right before a sponsorship word and the head group.
        func compound(_ m: Int) -> Int? {
            let end = groups[m].end
            guard m + 1 < groups.count, groupIsModifier(Int32(m)), end + 1 < tokens.count, tokens[end].id == pack.ids.hyphen,
                pack.flags(tokens[end + 1].id) & WordFlags.sponsorship != 0, groups[m + 1].start == end + 2,
                !groupIsModifier(Int32(m + 1)), namesActor(m + 1)
            else { return nil }
            return m + 1
        }
        // The token after the `and` (and a determiner) that follows token `t`, or nil.
        func afterAnd(_ t: Int) -> Int? {
            guard t < tokens.count, tokens[t].id == pack.ids.and else { return nil }
            let next = t + 1
            if next < tokens.count, tokens[next].id == pack.ids.the || tokens[next].id == pack.ids.a || tokens[next].id == pack.ids.an {
                return next + 1
            }
            return next
        }
        func plainMember(_ x: Int) -> Bool {
            !groupIsModifier(Int32(x)) && namesActor(x) && groups[x].members.allSatisfy { mentions[$0].kind != .pronoun }
        }
        guard plainMember(g) else { return nil }
        if g + 1 < groups.count, afterAnd(groups[g].end) == groups[g + 1].start, let head = compound(g + 1) {
            return (head, g + 1)
        }
        if g >= 2, compound(g - 1) == g, afterAnd(groups[g - 2].end) == groups[g - 1].start, plainMember(g - 2) {
            return (g - 2, g - 1)
        }
        return nil
    }

    /// When group `g` is followed, at unit `from`, by `and` and a patron compound coordinated with it (see
    /// ``patronCompoundPartner(of:)``), the compound's head group and the unit after it; otherwise `nil`.
    func patronCompoundPartnerEnd(_ g: Int, from: Int) -> (partner: Int, end: Int)? {
        guard let (partner, _) = patronCompoundPartner(of: g), partner > g else { return nil }
        var q = from
        while q < units.count, units[q].group != Int32(partner) { q += 1 }
        return q < units.count ? (partner, q + 1) : nil
    }

    /// Whether the group at unit `u` is a patron written without its hyphen before a noun ("clashing with Turkey-Qatar
    /// backed militia units"): a lowercase `sponsorship` participle follows it, then a plain lowercase word (no
    /// article nor preposition: "Iran backed the rebels", "Iran backed by Russia" keep the group; so does a pronoun:
    /// "its armed wing").
    func patronBeforeNoun(_ u: Int) -> Bool {
        guard u + 2 < units.count, units[u].group >= 0, units[u + 1].group < 0, tokens[units[u + 1].token].has(Token.lowercase),
            pack.flags(units[u + 1].id) & WordFlags.sponsorship != 0, units[u + 2].group < 0,
            groups[Int(units[u].group)].members.allSatisfy({ mentions[$0].kind != .pronoun })
        else { return false }
        let next = units[u + 2]
        return tokens[next.token].has(Token.lowercase) && next.id != pack.ids.the && next.id != pack.ids.a && next.id != pack.ids.an
            && !isLowercaseWord(next.token, in: .prepositions) && pack.flags(next.id) & WordFlags.boundary == 0
    }

    /// The group of named actors that a group of generic mentions introduces with a phrase of the
    /// `exemplifiers` lexicon (`militant movements such as Hamas and al-Qaeda`) or names after a comma and
    /// closes with one of `trailing-exemplifiers` (`militias across the area, al-Shabaab among them`), or `nil`.
    func exemplifiedGroup(after g: Int, _ e: Int) -> Int? {
        guard groups[g].members.allSatisfy({ mentions[$0].kind == .generic }) else { return nil }
        if let trailing = trailingExamples(after: g, e) { return trailing }
        var t = groups[g].end
        if t < e, tokens[t].id == pack.ids.comma { t += 1 }
        guard t < e, pack.wordSets.exemplifierLeads.contains(tokens[t].id), let end = lexiconPhraseEnd(.exemplifiers, from: t, e) else {
            return nil
        }
        t = end
        if t < e, tokens[t].id == pack.ids.the { t += 1 }
        guard var next = groups.firstIndex(where: { $0.start == t }) else { return nil }
        // "allied militias, including Lebanon's Hezbollah": the example is what the possessor has.
        let after = groups[next].end
        if after + 1 < e, tokens[after].id == pack.ids.possessive || tokens[after].id == pack.ids.apostrophe {
            guard let owned = groups.firstIndex(where: { $0.start == after + 1 }) else { return nil }
            next = owned
        }
        guard !groupIsModifier(Int32(next)), groups[next].members.allSatisfy({ mentions[$0].kind == .named }) else { return nil }
        return next
    }

    /// The group of named actors after group `g`, a few plain words (`in the Horn of Africa region`) and a
    /// comma, that a phrase of `trailing-exemplifiers` closes (`…, al-Shabaab among them`), or `nil`.
    func trailingExamples(after g: Int, _ e: Int) -> Int? {
        var t = groups[g].end
        while t < e, t - groups[g].end < 8, tokens[t].id != pack.ids.comma {
            if pack.flags(tokens[t].id) & WordFlags.boundary != 0 { return nil }
            if groups.contains(where: { $0.start == t && !$0.members.allSatisfy { mentions[$0].locative } }) { return nil }
            t += 1
        }
        guard t + 1 < e, tokens[t].id == pack.ids.comma, let next = groups.firstIndex(where: { $0.start == t + 1 }),
            !groupIsModifier(Int32(next)), groups[next].members.allSatisfy({ mentions[$0].kind == .named }),
            lexiconPhraseEnd(.trailingExemplifiers, from: groups[next].end, e) != nil
        else { return nil }
        return next
    }

    /// Appends the unit of group `g` starting at token `t` and returns the next token and group. A
    /// parenthesis right after it that holds one word or a mention of the same actor belongs to it:
    /// `the Alliance of Sahel States (AES), …`.
    mutating func appendGroupUnit(from t: Int, _ g: Int, _ e: Int) -> (Int, Int) {
        var end = groups[g].end, next = g + 1
        let ids = pack.ids
        if end + 2 < e, tokens[end].id == ids.openParen {
            if tokens[end + 2].id == ids.closeParen, next >= groups.count || groups[next].start != end + 1 {
                end += 3
            } else if next < groups.count, groups[next].start == end + 1, groups[next].end < e,
                tokens[groups[next].end].id == ids.closeParen,
                sharesActor(g, next)
            {
                end = groups[next].end + 1
                next += 1
            }
            // "the Indian Air Force (IAF) jets dropped bombs": an organ noun after the parenthesis is the name's too.
            if end > groups[g].end, end < e, tokens[end].has(Token.lowercase), next >= groups.count || groups[next].start > end {
                let organEnd = absorbOrgans(end, e, groups: false)
                if next >= groups.count || groups[next].start >= organEnd { end = organEnd }
            }
        }
        // "Xi and his Russian counterpart, Vladimir Putin, signed …", "the leaders of Armenia and Azerbaijan,
        // Nikol Pashinyan and Ilham Aliyev, agreed …": names between commas right after a list, each naming
        // an actor of the list's own members in order, are the list's apposition.
        if end == groups[g].end, end + 1 < e, tokens[end].id == ids.comma, next < groups.count, groups[next].start == end + 1,
            groups[next].end < e, tokens[groups[next].end].id == ids.comma, isApposition(next, of: g)
        {
            end = groups[next].end + 1
            next += 1
        }
        // "Russia's partners, Belarus and North Korea, supplied …", "their movement, the Houthis (Ansar Allah),
        // fired …": names between commas after a plain noun (or a pronoun's) are its apposition, and the verb after them
        // is theirs.
        // "Several countries, including Egypt and the UAE, back …": a phrase of `exemplifiers` may open the names.
        // (The phrase is looked for only when a comma closes the names: the look-up folds words to text.)
        var open = t - 1
        if t >= 2, end + 1 < e, tokens[end].id == ids.comma, tokens[t - 1].id != ids.comma {
            for length in 1...3 where t - length - 1 >= 0 && lexiconPhraseEnd(.exemplifiers, from: t - length, t) == t {
                open = t - length - 1
                break
            }
        }
        if end == groups[g].end || tokens[end - 1].id == ids.closeParen, open >= 1, end + 1 < e, tokens[open].id == ids.comma,
            tokens[end].id == ids.comma, tokens[open - 1].has(Token.lowercase),
            !mentions.contains(where: { $0.end == open && $0.kind != .pronoun }),
            namesActor(g),
            isVerbAfterSubject(end + 1)
                || (tokens[end + 1].has(Token.lowercase) && tokens[end + 1].id >= 0 && tokens[end + 1].id != ids.both
                    && pack.classMask[Int(tokens[end + 1].id)] != 0)
        {
            end += 1
        }
        units.append(Unit(token: t, end: end, group: Int32(g), id: -1, boundary: false))
        return (end, next)
    }

    /// Whether the members of group `h` rename the last members of group `g`, one for one and in order.
    func isApposition(_ h: Int, of g: Int) -> Bool {
        let names = groups[h].members, list = groups[g].members
        guard names.count <= list.count else { return false }
        for (k, y) in names.enumerated() {
            let x = list.upperBound - (names.count - 1) + k
            guard mentions[x].actors.count == 1, mentions[y].actors.contains(mentions[x].actors[0]) else { return false }
        }
        return true
    }

    /// Whether two groups name a common actor.
    func sharesActor(_ g: Int, _ h: Int) -> Bool {
        for x in groups[g].members {
            for y in groups[h].members {
                for k in 0..<mentions[y].actors.count where mentions[x].actors.contains(mentions[y].actors[k]) { return true }
            }
        }
        return false
    }

    /// Runs the triggered patterns over the units of a sentence and records candidates.
    mutating func matchRules(_ sentence: Int, _ s: Int, _ e: Int) {
        guard !groups.isEmpty else { return }
        var actorCount = 0, placeCount = 0
        for m in mentions { if m.locative { placeCount += m.actors.count } else { actorCount += m.actors.count } }
        guard actorCount + placeCount >= 2 else { return }
        if prefilter {
            pack.prefilter.scan(tokens, s, e, into: &sentenceScan)
        } else if patternBits.isEmpty {
            patternBits = Array(repeating: 0, count: (pack.patterns.count + 63) / 64)
            for p in pack.patterns.indices { patternBits[p >> 6] |= 1 << UInt64(p & 63) }
        }
        var hasPair = false
        for g in groups where !hasPair {
            var first: Int32 = -1
            for member in g.members where !mentions[member].locative {
                let list = mentions[member].actors
                for k in 0..<list.count {
                    if first < 0 { first = list[k] } else if list[k] != first { hasPair = true }
                }
            }
        }
        var carries: [(unit: Int, a: Int, from: Int)] = []
        let code = pack.code
        do {
            // Every candidate pattern from every start, found without changing the run, then recorded in order (into
            // buffers kept between sentences).
            var found: [PatternMatch] = []
            var passed: [Int32] = []
            swap(&found, &matchScratch)
            swap(&passed, &passedScratch)
            defer {
                swap(&found, &matchScratch)
                swap(&passed, &passedScratch)
            }
            found.removeAll(keepingCapacity: true)
            passed.removeAll(keepingCapacity: true)
            for rule in patternMatches(code, hasPair: hasPair, actorCount: actorCount, passed: &passed, into: &found)
            where stepLimitRules.last != rule {
                stepLimitRules.append(rule)
            }
            record(found, sentence, s, e)
            for item in found where item.carry >= 0 {
                let a = item.match.a
                if !carries.contains(where: { $0.unit == item.carry && $0.a == a }) { carries.append((item.carry, a, item.start)) }
            }
            addCarries(to: &carries)
            // "Israel struck Hamas positions and shelled Syrian posts": the subject carries to a coordinated predicate.
            // Each carried match reads its modality from the match it carries from (`context`).
            var carried: [PatternMatch] = []
            for (unit, a, from) in carries {
                for tag in passed {
                    let pattern = pack.patterns[Int(tag)]
                    if case .slot(.a) = code[pattern.entry], !pattern.usesPair, fits(Int32(a), pattern.kindsA) {
                        if let m = execute(code, pattern, from: unit, presetA: a), m.b >= 0, m.b != a {
                            carried.append(PatternMatch(tag: tag, start: unit, match: m, fresh: true, carry: -1, context: from))
                        }
                    } else if case .slot(.b) = code[pattern.entry], !pattern.usesPair, fits(Int32(a), pattern.kindsB),
                        !endsWith(units[unit].token, .progressiveSuffixes)
                    {
                        // "Iran armed Assad and funded Hezbollah": a patron subject carries as the pattern's @B.
                        if let m = execute(code, pattern, from: unit, presetB: a), m.a >= 0, m.a != a {
                            carried.append(PatternMatch(tag: tag, start: unit, match: m, fresh: true, carry: -1, context: from))
                        }
                    } else if case .slot(.pair) = code[pattern.entry], unit > 0, units[unit - 1].group < 0,
                        units[unit - 1].id == pack.ids.but || units[unit - 1].id == pack.ids.and, pairActors(Int32(a)).count >= 2,
                        let m = execute(code, pattern, from: unit, presetPair: a)
                    {
                        // "Sudan, Egypt and Ethiopia have held talks, but have failed to agree": a pair carried to a
                        // coordinated predicate (not to a participle: "…, marking the end of a dispute").
                        carried.append(PatternMatch(tag: tag, start: unit, match: m, fresh: true, carry: -1, context: from))
                    }
                }
            }
            record(carried, sentence, s, e)
        }
    }

    /// Adds to `carries` the units whose predicate takes a subject from elsewhere in the sentence (beyond the
    /// coordinated predicates the matches themselves found). It changes nothing else, so the helpers it calls read
    /// the run in place.
    func addCarries(to carries: inout [(unit: Int, a: Int, from: Int)]) {
        // "Beijing said …, but warned Washington …": the subject that opens the sentence carries past `but`.
        if let subject = units.prefix(4).first(where: { $0.group >= 0 }).map({ Int($0.group) }) ?? subjectAfterOpening(),
            !groupIsModifier(Int32(subject)), namesActor(subject)
        {
            for u in 0..<max(0, units.count - 1) where units[u].boundary && units[u].group < 0 && units[u].id == pack.ids.but {
                let next = units[u + 1]
                guard next.group < 0, tokens[next.token].has(Token.lowercase), next.id != pack.ids.the, next.id != pack.ids.a,
                    next.id != pack.ids.an
                else { continue }
                if !carries.contains(where: { $0.unit == u + 1 }) { carries.append((u + 1, subject, u + 1)) }
            }
            // "Sudan said …, publicly accusing the UAE of …": a participle after a comma (and an adverb) takes it too.
            // "Sudan brought a case before the ICJ accusing the UAE of …": so does a participle right after the object
            // of a preposition (it is the clause's, not that object's).
            for u in 1..<max(1, units.count - 1) where units[u].group < 0 && units[u].token > groups[subject].end {
                let t = units[u].token
                guard tokens[t].has(Token.lowercase), endsWith(t, .progressiveSuffixes) else { continue }
                if participleAfterObject(u) {
                    let owner = clauseOwner(before: u - 1) ?? subject
                    if !carries.contains(where: { $0.unit == u }) { carries.append((u, owner, u)) }
                    continue
                }
                var before = u - 1
                if before > 0, units[before].group < 0, endsWith(units[before].token, .adverbSuffixes) { before -= 1 }
                // "…, while accusing Washington of …": a word of `participle-openers` may come after the comma.
                if before > 0, units[before].group < 0, isLowercaseWord(units[before].token, in: .participleOpeners) { before -= 1 }
                guard units[before].group < 0, units[before].id == pack.ids.comma else { continue }
                // "…, the top US officer said, accusing Pakistan": after `X said` the participle is the speaker's.
                var owner = clauseOwner(before: before) ?? subject
                if before >= 2, units[before - 1].group < 0, isSpeechVerb(units[before - 1].token) {
                    // One or two words of the speaker's phrase may follow the mention ("US military officer said").
                    var k = before - 2
                    while k > 0, before - k <= 3, units[k].group < 0, tokens[units[k].token].has(Token.lowercase) { k -= 1 }
                    // "the Turkish defence ministry in Ankara said": a place after the speaker is no speaker.
                    if k >= 2, units[k].group >= 0, !namesActor(Int(units[k].group)) {
                        k -= 2
                    }
                    if units[k].group >= 0, namesActor(Int(units[k].group)) {
                        owner = Int(units[k].group)
                    }
                }
                if !carries.contains(where: { $0.unit == u }) { carries.append((u, owner, u)) }
            }
            // "X have been confronting the Houthis, with the support of the coalition": a phrase opened by a word of
            // `subject-adjuncts` after a comma belongs to the subject of the clause before it (patterns read from the comma).
            for u in 1..<max(1, units.count - 1)
            where units[u].group < 0 && units[u].id == pack.ids.comma && units[u].token >= groups[subject].end
                && units[u + 1].group < 0 && isLowercaseWord(units[u + 1].token, in: .subjectAdjuncts)
            {
                let owner = clauseOwner(before: u) ?? subject
                if !carries.contains(where: { $0.unit == u }) { carries.append((u, owner, u)) }
            }
        }
        // "Their pullout came after Prigozhin put out videos accusing …": without a sentence subject that names an actor, a
        // participle after a statement noun or a preposition's object still takes the subject of its own clause.
        for u in 1..<max(1, units.count - 1) where units[u].group < 0 && !carries.contains(where: { $0.unit == u }) {
            let t = units[u].token
            guard tokens[t].has(Token.lowercase), endsWith(t, .progressiveSuffixes), participleAfterObject(u),
                let owner = clauseOwner(before: u - 1)
            else { continue }
            carries.append((u, owner, u))
        }
        // "… but Ethiopia skipped the meeting and accused Washington …": a verb after `and` takes the
        // subject of its clause: the last mention before it that a verb follows.
        for u in 1..<max(1, units.count - 1) where units[u].group < 0 && units[u].id == pack.ids.and && units[u + 1].group < 0 {
            let verb = units[u + 1].token
            guard tokens[verb].has(Token.lowercase),
                endsWith(verb, .pastSuffixes) || isWord(verb, in: .finiteVerbs),
                !carries.contains(where: { $0.unit == u + 1 })
            else { continue }
            if let subject = clauseSubjects(before: u).last { carries.append((u + 1, subject, u + 1)) }
        }
    }

    /// The matches of the sentence's candidate patterns, in order (their order is the order of the candidates they
    /// record), appended to `found`; the patterns that ran go to `passed`. Returns the rules (by number) whose
    /// attempts ran out of steps, in order. It changes nothing, so the helpers it calls at every start read the run
    /// in place (from a `mutating` method each such call copied the whole run).
    func patternMatches(
        _ code: UnsafeBufferPointer<FlatInstruction>, hasPair: Bool, actorCount: Int, passed: inout [Int32],
        into found: inout [PatternMatch]
    ) -> [Int] {
        var overran: [Int] = []
        let twoGroups = groups.count >= 2
        let candidates = prefilter ? sentenceScan.patterns : patternBits
        for word in 0..<candidates.count {
            var bits = candidates[word]
            while bits != 0 {
                let tag = Int32(word << 6 | bits.trailingZeroBitCount)
                bits &= bits - 1
                let pattern = pack.patterns[Int(tag)]
                // A pair pattern needs a group with two actors; an A-B pattern needs two groups.
                if pattern.usesPair ? !hasPair : !twoGroups { continue }
                // Only an @B:place pattern may use a state named as a place.
                if actorCount < 2, !pattern.placeB { continue }
                // Every clause of mandatory words and classes must meet a token of the sentence.
                if prefilter, !pack.prefilter.satisfied(Int(tag), sentenceScan) { continue }
                passed.append(tag)
                if matches(of: pattern, tag, code, into: &found) { overran.append(pattern.rule) }
            }
        }
        return overran
    }

    /// One match of a pattern from its start unit: whether it is recorded (`fresh`: a later start reaching the
    /// same target through a gap is the same statement), the coordinated predicate its subject carries to (-1: none),
    /// and the unit its modality is read from (its start; for a carried subject, the start of the match it carries from).
    struct PatternMatch {
        var tag: Int32
        var start: Int
        var match: (end: Int, a: Int, b: Int, p: Int)
        var fresh: Bool
        var carry: Int
        var context: Int
    }

    /// The matches of candidate pattern `tag` from every start unit of the sentence, in order, appended to `found`;
    /// returns whether an attempt ran out of steps.
    func matches(
        of pattern: FlatPattern, _ tag: Int32, _ code: UnsafeBufferPointer<FlatInstruction>, into found: inout [PatternMatch]
    ) -> Bool {
        var subjectFirst = false
        if case .slot(.a) = code[pattern.entry] { subjectFirst = !pattern.usesPair }
        var start = 0
        var lastEnd = -1, lastB = -1
        var overran = false
        // No match starts after the last token that meets one of the pattern's clauses (units are in token order).
        let lastStart = prefilter ? Int(pack.prefilter.lastStart(Int(tag), sentenceScan)) : Int.max
        while start < units.count, units[start].token <= lastStart {
            if pattern.firstIsSlot, units[start].group < 0 { start += 1; continue }
            // A first word or class the unit cannot be: the attempt would fail at its first step.
            if !pattern.firstIsSlot, !mayStart(code[pattern.entry], start) { start += 1; continue }
            if subjectFirst, isObjectBeforePredicate(start) { start += 1; continue }
            // "troops sent to Niger have …": the object of a preposition of direction is no subject of the verb
            // after it ("sold shells to Moscow for its war on Ukraine" still starts at Moscow); nor is the
            // object of any preposition after a participle right after a mention ("foreign fighters serving with Ukraine
            // have claimed …"; but a participle of `sponsorship` keeps its object: "Rebels led by HTS seized …" is HTS's act).
            if subjectFirst, start > 0, start + 1 < units.count, units[start - 1].group < 0,
                isLowercaseWord(units[start - 1].token, in: .directionPrepositions) || objectOfParticiplePhrase(start),
                units[start + 1].group < 0,
                isVerbAfterSubject(units[start + 1].token)
            {
                start += 1
                continue
            }
            let (match, over) = attempt(code, pattern, from: start, presetA: -1, presetPair: -1)
            if over { overran = true }
            if let m = match {
                var carry = -1
                if subjectFirst, m.a >= 0, m.b >= 0, let next = coordinatedPredicate(after: m.end) { carry = next }
                let fresh = !(m.end == lastEnd && m.b == lastB && m.b >= 0)
                found.append(PatternMatch(tag: tag, start: start, match: m, fresh: fresh, carry: carry, context: start))
                lastEnd = m.end
                lastB = m.b
            }
            start += 1
        }
        return overran
    }

    /// Whether a pattern whose first step is `first` may match from unit `start`: `false` only when that step is a
    /// word, a class or a set of them that the plain word there cannot be (the attempt would fail at once). A
    /// mention, the possessive (an apostrophe may stand for it) and the first word of a class's form of several
    /// tokens (`shoot` of `shoot down`) may.
    @inline(__always)
    func mayStart(_ first: FlatInstruction, _ start: Int) -> Bool {
        let unit = units[start]
        guard unit.group < 0 else { return true }
        switch first {
        case .literal(let id):
            return unit.id == id || id == pack.ids.possessive
        case .wordClass(let c):
            return pack.inClass(unit.id, Int(c)) || pack.leadsClassPhrase(unit.id, Int(c))
        case .oneOf(let set):
            let sets = pack.atomSets
            return sets.hasLiteral(set, unit.id) || sets.inClasses(set, unit.id) || sets.leadsClassPhrase(set, unit.id)
        default:
            return true
        }
    }

    /// Whether unit `u` is the object of a preposition after a participle (a word of `progressive-suffixes` or
    /// `past-suffixes`, but none of `sponsorship`) that follows a mention: `Russian volunteers fighting for Ukraine`;
    /// up to three plain words may stand between the participle and the preposition (`Armed bands acting as
    /// agents for the state of Iran are attacking …`).
    func objectOfParticiplePhrase(_ u: Int) -> Bool {
        guard u > 2, units[u - 1].group < 0, isLowercaseWord(units[u - 1].token, in: .prepositions) else { return false }
        var p = u - 2
        while p > 0, u - 2 - p <= 3, units[p].group < 0, !units[p].boundary, tokens[units[p].token].has(Token.lowercase) {
            let participle = units[p].token
            if units[p - 1].group >= 0 {
                return pack.flags(units[p].id) & WordFlags.sponsorship == 0
                    && (endsWith(participle, .progressiveSuffixes) || endsWith(participle, .pastSuffixes))
            }
            p -= 1
        }
        return false
    }

    /// Whether the match lies in a claim (a noun of `claim-nouns` and a word of `claim-links` within six words before
    /// it) that a word of `claim-dismissals` dismisses within fourteen words after it, in the same clause
    /// (`the allegation that … is a baseless accusation`, `reports about … as groundless`).
    func claimDismissedAfter(_ s: Int, _ matchStart: Int, _ matchEnd: Int, _ e: Int) -> Bool {
        var t = matchStart - 1, claimed = false
        while t > s, matchStart - t <= 6 {
            if pack.flags(tokens[t].id) & WordFlags.boundary != 0 { return false }
            if isLowercaseWord(t, in: .claimLinks), isLowercaseWord(t - 1, in: .claimNouns) {
                claimed = true
                break
            }
            t -= 1
        }
        guard claimed else { return false }
        var k = matchEnd
        while k < e, k - matchEnd < 14 {
            if pack.flags(tokens[k].id) & WordFlags.boundary != 0 { return false }
            if isLowercaseWord(k, in: .claimDismissals) { return true }
            k += 1
        }
        return false
    }

    /// Whether unit `u` is a group that a preposition governs (`before the ICJ`, `to the UN`).
    /// Whether the participle at unit `u` comes right after the object of a preposition or a noun of `statement-nouns`
    /// ("put out several videos accusing Shoigu …"), so that it takes the subject of its clause; never after a
    /// possessive pronoun ("in its intensifying conflict" holds no participle).
    func participleAfterObject(_ u: Int) -> Bool {
        pronounWord(u - 1) == nil
            && (prepositionObject(u - 1) || (units[u - 1].group < 0 && isLowercaseWord(units[u - 1].token, in: .statementNouns)))
    }

    func prepositionObject(_ u: Int) -> Bool {
        guard u > 0, units[u].group >= 0 else { return false }
        var k = u - 1
        if k > 0, units[k].group < 0, units[k].id == pack.ids.the { k -= 1 }
        return units[k].group < 0 && isLowercaseWord(units[k].token, in: .prepositions)
    }

    /// The subject a participle after unit `end` hangs from: a speaker before it (`X said …, accusing`)
    /// or else the last mention a verb follows (`…, when Seleka rebels toppled Bozize, provoking …`);
    /// `nil` when the clause has neither.
    func clauseOwner(before end: Int) -> Int? {
        let subjects = clauseSubjects(before: end)
        return subjects.speaker ?? subjects.last
    }

    /// The mentions of the clause before unit `end` that a verb follows: the last one, and the last one
    /// a verb of saying follows (`X said`, `X has stated`). The scan stops at a clause boundary.
    func clauseSubjects(before end: Int) -> (last: Int?, speaker: Int?) {
        var last: Int?, speaker: Int?
        var k = end - 2
        while k >= 0, !units[k].boundary {
            // "Belarusian units deployed to Russia have …": the object of a preposition is no subject.
            let governed = k > 0 && units[k - 1].group < 0 && isLowercaseWord(units[k - 1].token, in: .prepositions)
            if units[k].group >= 0, units[k + 1].group < 0, !governed, !groupIsModifier(units[k].group), namesActor(Int(units[k].group)),
                isVerbAfterSubject(units[k + 1].token)
            {
                // "X said", "X has stated".
                let verb = units[k + 1].token
                let spoken =
                    isSpeechVerb(verb)
                    || (k + 2 < end && units[k + 2].group < 0 && isWord(verb, in: .subjectFollowers)
                        && isSpeechVerb(units[k + 2].token))
                if spoken { speaker = Int(units[k].group) }
                if last == nil { last = Int(units[k].group) }
            }
            k -= 1
        }
        return (last, speaker)
    }

    /// Whether a group has a member that is an actor, not a place.
    func namesActor(_ group: Int) -> Bool {
        groups[group].members.contains { !mentions[$0].locative }
    }

    /// The unit after up to `limit` plain lowercase words from unit `from` (no mention, clause boundary, clause opener or
    /// preposition; with `unclassed`, no word of a pattern class either): the words of a description before a name.
    func plainWordsEnd(from: Int, limit: Int, unclassed: Bool) -> Int {
        let n = units.count
        var q = from
        while q < n, q - from < limit, units[q].group < 0, !units[q].boundary, tokens[units[q].token].has(Token.lowercase),
            !unclassed || units[q].id < 0 || pack.classMask[Int(units[q].id)] == 0, !isWord(units[q].token, in: .clauseOpeners),
            !isWord(units[q].token, in: .prepositions)
        { q += 1 }
        return q
    }

    /// Whether the unit `q` is a group of named actors that is no modifier: a name a description may introduce.
    func isNamedActorUnit(_ q: Int) -> Bool {
        q < units.count && units[q].group >= 0 && !groupIsModifier(units[q].group) && namesActor(Int(units[q].group))
            && groups[Int(units[q].group)].members.allSatisfy({ mentions[$0].kind == .named })
    }

    /// The unit of the mention a patron compound at unit `pos` modifies (`the Chinese-backed UWSA`,
    /// `pro-Russian separatists`), or `nil`.
    func compoundHead(_ pos: Int, possessor: Bool = false, last: Bool = false) -> Int? {
        let n = units.count
        var p = pos
        // "attacks on its archfoe Saudi Arabia", "armed its proxy Hezbollah": a slot that ends its pattern reads past a
        // possessive pronoun and up to two lowercase words to the named actor they introduce.
        // "a pact with his Chinese counterpart Xi Jinping": or straight to a named mention after it.
        if last, possessor, p + 1 < n, units[p].group >= 0, units[p].end == units[p].token + 1,
            pack.flags(tokens[units[p].token].id) & WordFlags.possessivePronoun != 0
                || pack.wordSets.personPronouns.contains(tokens[units[p].token].id)
        {
            let q = plainWordsEnd(from: p + 1, limit: 2, unclassed: false)
            if q < n, units[q].group >= 0, !groupIsModifier(units[q].group), namesActor(Int(units[q].group)),
                groups[Int(units[q].group)].members.allSatisfy({ mentions[$0].kind != .pronoun })
            {
                return q
            }
        }
        // "working with jihadist outfits such as IS": a slot that ends its pattern reads past a plain noun
        // phrase to the named actors it exemplifies.
        if last, p < n, units[p].group < 0, let head = exemplifiedHead(p) { return head }
        let determined =
            p < n && units[p].group < 0 && (units[p].id == pack.ids.the || units[p].id == pack.ids.a || units[p].id == pack.ids.an)
        if determined { p += 1 }
        // "backed by the Gulf monarchy Qatar": a slot that ends its pattern reads past a determiner and up to three
        // plain words of a description to the name they introduce.
        if last, determined, p < n, units[p].group < 0 {
            let q = plainWordsEnd(from: p, limit: 3, unclassed: true)
            if q > p, isNamedActorUnit(q) { return q }
        }
        // "sponsored by the formidable Chinese-backed UWSA": plain words may come before a patron compound.
        if determined {
            let q = plainWordsEnd(from: p, limit: 2, unclassed: true)
            if q > p, patronCompoundOpens(q) { p = q }
        }
        // "the Armenian controlled Nagorno-Karabakh": the compound written without its hyphen.
        if p + 2 < n, units[p].group >= 0, groupIsModifier(units[p].group), units[p + 1].group < 0,
            pack.flags(units[p + 1].id) & WordFlags.sponsorship != 0, units[p + 2].group >= 0, !groupIsModifier(units[p + 2].group)
        {
            return p + 2
        }
        // "fighters of Russia's mercenary Wagner group": a possessor before a named actor only qualifies it.
        if possessor, p + 2 < n, units[p].group >= 0, !groupIsModifier(units[p].group), units[p + 1].group < 0,
            units[p + 1].id == pack.ids.possessive || units[p + 1].id == pack.ids.apostrophe
        {
            let q = plainWordsEnd(from: p + 2, limit: 2, unclassed: true)
            if q < n, units[q].group >= 0, !groupIsModifier(units[q].group), namesActor(Int(units[q].group)),
                groups[Int(units[q].group)].members.allSatisfy({ mentions[$0].kind != .pronoun })
            {
                return q
            }
            // "a pact with Georgia's breakaway region of Abkhazia": the words may name what the `of` names.
            if q > p + 2, q + 1 < n, units[q].group < 0, units[q].id == pack.ids.of, isNamedActorUnit(q + 1) { return q + 1 }
        }
        guard p + 3 < n else { return nil }
        if units[p].group < 0, units[p].id == pack.ids.pro, units[p + 1].group < 0, units[p + 1].id == pack.ids.hyphen,
            units[p + 2].group >= 0, units[p + 3].group >= 0, !groupIsModifier(units[p + 3].group)
        {
            return p + 3
        }
        guard patronCompoundOpens(p) else { return nil }
        if units[p + 3].group >= 0, !groupIsModifier(units[p + 3].group) { return p + 3 }
        // "the Russian-led military bloc CSTO": up to three lowercase words of a description before the name.
        let q = plainWordsEnd(from: p + 3, limit: 3, unclassed: false)
        return q > p + 3 && isNamedActorUnit(q) ? q : nil
    }

    /// Whether a patron compound opens at unit `q`: a modifier mention, a hyphen and a word of `sponsorship`
    /// (`Chinese-backed`).
    func patronCompoundOpens(_ q: Int) -> Bool {
        q + 2 < units.count && units[q].group >= 0 && groupIsModifier(units[q].group) && units[q + 1].group < 0
            && units[q + 1].id == pack.ids.hyphen && units[q + 2].group < 0 && pack.flags(units[q + 2].id) & WordFlags.sponsorship != 0
    }

    /// Whether the text of token `t`, lowercased, is a word of a lexicon: by its id when the token is ASCII (its id
    /// is then its lowercased text; every ASCII lexicon word has one), else by its text.
    @inline(__always)
    func isWord(_ t: Int, in lexicon: EngineLexicon) -> Bool {
        let token = tokens[t]
        if !token.has(Token.nonASCII) {
            // Every one-word ASCII lexicon entry was given an id when the pack was compiled.
            guard token.id >= 0 else { return false }
            let o = lexicon.ordinal
            let index = Int(token.id) &* 2 &+ o >> 6
            return index < pack.lexiconBitsCount && pack.lexiconBits[index] >> UInt64(o & 63) & 1 == 1
        }
        return pack.has(lexicon, phrase(t, t + 1).lowercased())
    }

    /// The subject of a sentence that opens with a phrase of its own (`In a speech on Friday, President
    /// Emmanuel Macron announced …`): the first group after the opening comma that a verb follows, or `nil`.
    func subjectAfterOpening() -> Int? {
        guard let comma = units.prefix(16).firstIndex(where: { $0.group < 0 && $0.id == pack.ids.comma }) else { return nil }
        var u = comma + 1
        while u + 1 < units.count, u - comma <= 3 {
            if units[u].group >= 0 { return isVerbAfterSubject(units[u + 1].token) ? Int(units[u].group) : nil }
            u += 1
        }
        return nil
    }

    /// Whether token `t` reads as the verb of a subject before it: a past form or a finite verb, lowercase.
    func isVerbAfterSubject(_ t: Int) -> Bool {
        guard tokens[t].has(Token.lowercase) else { return false }
        return endsWith(t, .pastSuffixes) || isWord(t, in: .finiteVerbs) || isWord(t, in: .subjectFollowers)
    }

    /// Whether a verb that may follow a subject starts at token `t`, after a time adverbial at most
    /// ("… on Monday signed").
    func verbFollows(_ t: Int, _ e: Int) -> Bool {
        let v = adverbialEnd(t, e) ?? t
        return v < e && isVerbAfterSubject(v)
    }

    /// Whether token `t` alone is a speech cue of the pack (`said`, `warned`).
    func isSpeechVerb(_ t: Int) -> Bool {
        let node = pack.cues.child(0, tokens[t].id)
        return node >= 0 && pack.cues.payloads(node).contains(CueKind.speech.rawValue)
    }

    /// Whether a word of `pairwise-markers` (`respectively`) follows token `end`, after a comma at most.
    func pairwiseAfter(_ end: Int, _ e: Int) -> Bool {
        var t = end
        if t < e, tokens[t].id == pack.ids.comma { t += 1 }
        return t < e && isWord(t, in: .pairwiseMarkers)
    }

    /// Whether every member of a group is a modifier mention.
    func groupIsModifier(_ g: Int32) -> Bool {
        for member in groups[Int(g)].members where !mentions[member].modifier { return false }
        return true
    }

    /// Whether actor `part` is an organ of actor `whole` (`the IDF` of Israel, `the UN Security Council` of the UN): the
    /// two are one party. An armed group that is part of another actor (an affiliate, an armed wing) is a party of its own.
    func isOrganOf(_ part: Int32, _ whole: Int32) -> Bool {
        parent(part) == whole && kind(part) != .armedGroup
    }

    /// Whether mention `k` is a lone singular possessive pronoun before a lowercase word (`its chemical weapons`); a plural
    /// one (`Israeli jets struck their depots`) may still name another group.
    func possessesThing(_ k: Int) -> Bool {
        let m = mentions[k]
        return m.end == m.start + 1 && m.end < tokens.count && tokens[m.end].has(Token.lowercase)
            && pack.flags(tokens[m.start].id) & WordFlags.possessivePronoun != 0 && !isWord(m.start, in: .objectPronoun)
            && !isWord(m.start, in: .pluralPossessives)
    }

    /// Whether every mention of group `g` names a place after a locative word (`signed a deal in Doha with …`): a gap
    /// passes it as it passes a word.
    func groupIsPlace(_ g: Int32) -> Bool {
        for member in groups[Int(g)].members where !mentions[member].locative { return false }
        return true
    }

    /// One number per actor id: the first pack entry with the actor's id, or the derived actor itself (a derived
    /// id never repeats an entry's), so actors compare by id without their strings.
    @inline(__always)
    func canonical(_ actor: Int32) -> Int32 {
        Int(actor) < entryCount ? pack.canonicalEntry[Int(actor)] : actor
    }

    /// The slot-mask bit of a document actor's kind.
    @inline(__always)
    func kindBit(_ actor: Int32) -> UInt8 {
        if Int(actor) < entryCount { return pack.entryKindBits[Int(actor)] }
        return kind(actor).bit
    }

    /// Whether a mention group can fill a slot with the allowed kinds (mask 0: any).
    @inline(__always)
    func fits(_ group: Int32, _ mask: UInt8) -> Bool {
        let members = groups[Int(group)].members
        for member in members {
            let m = mentions[member]
            if m.locative { continue }
            for k in 0..<m.actors.count where mask == 0 || kindBit(m.actors[k]) & mask != 0 { return true }
        }
        return false
    }

    /// The group coordinated with a target through the head nouns of its phrase: `Hezbollah positions
    /// and Iranian militias`, `two Hamas commanders and a senior Hezbollah official`. Up to two plural
    /// head nouns, `and`, then up to a determiner or number and one modifier; words of the pack's classes
    /// (relation verbs and nouns) stop it, so `Hamas positions and attacked Syria` is no coordination.
    func coordinatedObject(after g: Int, _ e: Int) -> Int? {
        var t = groups[g].end
        func plain(_ k: Int) -> Bool {
            let token = tokens[k]
            guard token.has(Token.lowercase), !token.has(Token.capitalized) else { return false }
            if token.id >= 0, pack.classMask[Int(token.id)] != 0 || pack.flags(token.id) & WordFlags.boundary != 0 { return false }
            return !endsWith(k, .pastSuffixes) && !endsWith(k, .progressiveSuffixes) && !endsWith(k, .adverbSuffixes)
        }
        var heads = 0
        while t < e, heads < 2, tokens[t].id != pack.ids.and, plain(t) { t += 1; heads += 1 }
        guard heads > 0, endsWith(t - 1, .pluralSuffixes), t < e, tokens[t].id == pack.ids.and else { return nil }
        t += 1
        if t < e, tokens[t].id == pack.ids.the || tokens[t].id == pack.ids.a || tokens[t].id == pack.ids.an || tokens[t].has(Token.digit) {
            t += 1
        }
        if t < e, plain(t), !groups.contains(where: { $0.start == t }) { t += 1 }
        guard let next = groups.firstIndex(where: { $0.start == t }), !groupIsModifier(Int32(next)) else { return nil }
        for member in groups[next].members where mentions[member].kind == .pronoun { return nil }
        // "… Hamas targets and Egyptian mediators said …": a verb after it makes the mention a new subject.
        var after = groups[next].end
        // One plural noun of the mention's phrase may come first ("Russian officials said").
        if after + 1 < e, plain(after), endsWith(after, .pluralSuffixes) { after += 1 }
        if after < e, tokens[after].has(Token.lowercase) {
            if endsWith(after, .pastSuffixes) || isWord(after, in: .finiteVerbs)
                || (tokens[after].id >= 0 && pack.classMask[Int(tokens[after].id)] != 0)
            {
                return nil
            }
        }
        return next
    }

    /// Whether a mention may fill `@B:place`: a state named by its name, or by its demonym as a place (`Polish
    /// airspace`); not by its capital.
    func placeFits(_ m: Mention) -> Bool {
        // "Polish airspace" (a demonym before a word of `territory-nouns`) is a place too.
        guard m.kind == .named || (m.kind == .demonym && m.locative) else { return false }
        for k in 0..<m.actors.count where kind(m.actors[k]) == .state { return true }
        return false
    }

    /// Whether a group can fill `@B:place`: an actor that fits the kinds, or a state named as a place.
    func fitsPlace(_ group: Int32, _ mask: UInt8) -> Bool {
        if fits(group, mask) { return true }
        for member in groups[Int(group)].members where mentions[member].locative && placeFits(mentions[member]) {
            for k in 0..<mentions[member].actors.count where mask == 0 || kindBit(mentions[member].actors[k]) & mask != 0 { return true }
        }
        return false
    }

    func pairActors(_ group: Int32) -> [(Int32, Int)] {
        var out: [(Int32, Int)] = []
        // One allocation, not one per doubling (a pair names two actors or more).
        out.reserveCapacity(max(4, groups[Int(group)].members.count * 2))
        for member in groups[Int(group)].members where !mentions[member].locative {
            let list = mentions[member].actors
            for k in 0..<list.count where !out.contains(where: { $0.0 == list[k] }) { out.append((list[k], member)) }
        }
        return out
    }

    /// The backtracking matcher: returns the end unit and the bound groups, or `nil`.
    mutating func execute(
        _ code: UnsafeBufferPointer<FlatInstruction>, _ pattern: FlatPattern, from start: Int, presetA: Int = -1, presetPair: Int = -1,
        presetB: Int = -1
    ) -> (end: Int, a: Int, b: Int, p: Int)? {
        let (m, overran) = attempt(code, pattern, from: start, presetA: presetA, presetPair: presetPair, presetB: presetB)
        if overran, stepLimitRules.last != pattern.rule { stepLimitRules.append(pattern.rule) }
        return m
    }

    /// One match attempt of ``execute(_:_:from:presetA:presetPair:)``, and whether it ran out of steps. It changes
    /// nothing, so the helpers it calls at every step read the run in place (from a `mutating` method each such call
    /// copied the whole run).
    func attempt(
        _ code: UnsafeBufferPointer<FlatInstruction>, _ pattern: FlatPattern, from start: Int, presetA: Int, presetPair: Int,
        presetB: Int = -1
    ) -> (
        match: (end: Int, a: Int, b: Int, p: Int)?, overran: Bool
    ) {
        let kindsA = pattern.kindsA, kindsB = pattern.kindsB
        let stack = machineStack
        var depth = 1
        // With a carried subject the program starts after its leading @A (or @AB, or the patron's @B).
        if presetA >= 0 {
            stack[0] = MachineState(pattern.entry + 1, start, presetA, -1, -1)
        } else if presetB >= 0 {
            stack[0] = MachineState(pattern.entry + 1, start, -1, presetB, -1)
        } else if presetPair >= 0 {
            stack[0] = MachineState(pattern.entry + 1, start, -1, -1, presetPair)
        } else {
            stack[0] = MachineState(pattern.entry, start, -1, -1, -1)
        }
        var steps = 0
        let n = units.count
        do {
            while depth > 0 {
                depth -= 1
                let saved = stack[depth]
                var pc = Int(saved.pc), pos = Int(saved.pos), a = Int(saved.a), b = Int(saved.b), p = Int(saved.p)
                running: while true {
                    steps &+= 1
                    if steps > DocumentRun.stepLimit { return (nil, true) }
                    switch code[pc] {
                    case .match:
                        return ((pos, a, b, p), false)
                    case .literal(let id):
                        // "Paris' support for": a bare apostrophe after a mention is its possessive `'s`.
                        guard pos < n,
                            units[pos].id == id
                                || (units[pos].group >= 0 && units[pos].end - units[pos].token == 1 && tokens[units[pos].token].id == id)
                                || (id == pack.ids.possessive && units[pos].id == pack.ids.apostrophe && pos > 0
                                    && units[pos - 1].group >= 0)
                        else { break running }
                        pc += 1; pos += 1
                    case .wordClass(let c):
                        guard pos < n else { break running }
                        // "described China as its main rival": a pronoun of one word is a word of its class too.
                        if units[pos].group >= 0 {
                            guard let id = pronounWord(pos), pack.inClass(id, Int(c)) else { break running }
                            pc += 1; pos += 1
                            continue
                        }
                        // The lead test first, inline: most words start no form, and the call costs more than the test.
                        if pack.leadsClassPhrase(units[pos].id, Int(c)), let length = classPhraseLength(at: pos, Int(c)) {
                            pc += 1; pos += length
                            continue
                        }
                        guard pack.inClass(units[pos].id, Int(c)) else { break running }
                        pc += 1; pos += 1
                    case .slot(let slot), .modifierSlot(let slot):
                        // "sponsored by the Chinese-backed UWSA": a plain slot reads past a patron compound to its head.
                        // A possessor is read past too, unless the pattern goes on with the possessive itself.
                        let ownPossessive: Bool = {
                            guard pc + 1 < code.count, case .literal(let id) = code[pc + 1] else { return false }
                            return id == pack.ids.possessive || id == pack.ids.apostrophe
                        }()
                        // The slot ends its pattern when only look-aheads follow it (`with @B !"'s"`).
                        let last: Bool = {
                            var next = pc + 1
                            while next < code.count, case .notAhead = code[next] { next += 1 }
                            guard next < code.count, case .match = code[next] else { return false }
                            return true
                        }()
                        if case .slot = code[pc], slot != .anyMention, let head = compoundHead(pos, possessor: !ownPossessive, last: last) {
                            pos = head
                        }
                        guard pos < n, units[pos].group >= 0 else { break running }
                        let g = units[pos].group
                        if case .slot = code[pc], groupIsModifier(g) { break running }
                        switch slot {
                        case .a, .firstA: guard fits(g, kindsA) else { break running }; a = Int(g)
                        case .b: guard fits(g, kindsB), !patronBeforeNoun(pos) else { break running }; b = Int(g)
                        case .pair: guard hasPairActors(g) else { break running }; p = Int(g)
                        case .anyMention: break
                        case .placeB: guard fitsPlace(g, kindsB) else { break running }; b = Int(g)
                        }
                        pc += 1; pos += 1
                        // "Ukraine, Russia and Russian-backed separatists settled …": a pair reads on past a patron
                        // compound coordinated with it.
                        if slot == .pair, pos < n, units[pos].group < 0, units[pos].id == pack.ids.and,
                            let after = patronCompoundPartnerEnd(Int(g), from: pos)
                        {
                            pos = after.end
                        }
                        // "X, a key US ally, attacked Y": try the pattern after the apposition first, then without skipping it.
                        if slot != .anyMention, let skip = appositionEnd(pos) ?? locativeEnd(pos).map({ appositionEnd($0) ?? $0 }) {
                            stack[depth] = MachineState(pc, pos, a, b, p)
                            depth += 1
                            // "The MNDAA, a group that helped oust junta forces …, signed a truce with the regime": after
                            // the description's relative clause, the whole description may be read past too.
                            if let whole = descriptionEnd(afterRelative: skip, pos) {
                                stack[depth] = MachineState(pc, whole, a, b, p)
                                depth += 1
                            }
                            pos = skip
                        }
                    case .any(let cross):
                        guard pos < n, !units[pos].boundary,
                            cross || (units[pos].group < 0 && units[pos].id != pack.ids.comma)
                                || (units[pos].group >= 0 && (groupIsModifier(units[pos].group) || groupIsPlace(units[pos].group)))
                        else { break running }
                        // "an over-the-horizon counterterrorism operation": a gap takes a hyphenated word as one word,
                        // and tries its parts one by one after that.
                        if let end = hyphenatedWordEnd(pos) {
                            stack[depth] = MachineState(pc + 1, pos + 1, a, b, p)
                            depth += 1
                            pc += 1; pos = end
                            continue
                        }
                        pc += 1; pos += 1
                    case .notAhead(let set):
                        if pos < n, units[pos].group < 0 {
                            let id = units[pos].id
                            if pack.atomSets.hasLiteral(set, id) || pack.atomSets.inClasses(set, id) { break running }
                        }
                        pc += 1
                    case .oneOf(let set):
                        guard pos < n else { break running }
                        let unit = units[pos]
                        let sets = pack.atomSets
                        // A literal also matches a mention of one token (as `.literal` does); a class only a plain word.
                        let id = unit.group < 0 ? unit.id : unit.end - unit.token == 1 ? tokens[unit.token].id : -1
                        var hit = sets.hasLiteral(set, id)
                        if !hit {
                            let classID = unit.group < 0 ? unit.id : pronounWord(pos) ?? -1
                            hit = sets.inClasses(set, classID)
                        }
                        if !hit, unit.group < 0, sets.hasClassPhrases(set) {
                            // A class's form of several tokens (`shoot down`) when no single word matches.
                            for k in sets.classes(set) {
                                if let length = classPhraseLength(at: pos, Int(-1 - sets.items[k])) {
                                    pc += 1; pos += length
                                    continue running
                                }
                            }
                        }
                        guard hit else { break running }
                        pc += 1; pos += 1
                    case let .split(x, y):
                        stack[depth] = MachineState(Int(y), pos, a, b, p)
                        depth += 1
                        pc = Int(x)
                    case .jump(let x):
                        pc = Int(x)
                    }
                }
            }
            return (nil, false)
        }
    }

    /// The unit after a word joined to the words after it by hyphens without spaces (`over-the-horizon`,
    /// `long-running`), when unit `u` opens one; `nil` otherwise. Mentions, boundaries and commas end it.
    func hyphenatedWordEnd(_ u: Int) -> Int? {
        var end = u + 1
        while end + 1 < units.count, units[end].group < 0, units[end].id == pack.ids.hyphen, units[end + 1].group < 0,
            !units[end + 1].boundary, units[end + 1].id != pack.ids.comma,
            !tokens[units[end].token].has(Token.spaceBefore), !tokens[units[end + 1].token].has(Token.spaceBefore)
        {
            end += 2
        }
        return end > u + 1 && units[u].group < 0 ? end : nil
    }

    /// Records the candidates of the fresh matches in `found`, in order.
    mutating func record(_ found: [PatternMatch], _ sentence: Int, _ s: Int, _ e: Int) {
        var kept: [Candidate] = []
        var pairs: [(Int32, Int, Int32, Int)] = []
        swap(&kept, &candidates)
        swap(&pairs, &pairScratch)
        candidateCount += matchCandidates(of: found, sentence, s, e, pairs: &pairs, into: &kept)
        swap(&kept, &candidates)
        swap(&pairs, &pairScratch)
    }

    /// The candidates of the fresh matches in `found`, in order: how many there are, appended to `kept` when the run
    /// keeps them.
    func matchCandidates(
        of found: [PatternMatch], _ sentence: Int, _ s: Int, _ e: Int, pairs: inout [(Int32, Int, Int32, Int)],
        into kept: inout [Candidate]
    ) -> Int {
        var count = 0
        for item in found where item.fresh {
            count += matchCandidates(
                of: item.match, pack.patterns[Int(item.tag)], sentence, s, e, item.start, context: item.context, pairs: &pairs, into: &kept)
        }
        return count
    }

    /// The candidates of one match, appended to `found` when the run keeps them; returns how many there are. The
    /// match's modality is read from unit `context` on. It changes nothing, so the helpers it calls read the run in place.
    func matchCandidates(
        of m: (end: Int, a: Int, b: Int, p: Int), _ pattern: FlatPattern, _ sentence: Int, _ s: Int, _ e: Int,
        _ startUnit: Int, context: Int, pairs: inout [(Int32, Int, Int32, Int)], into found: inout [Candidate]
    ) -> Int {
        let ruleIndex = pattern.rule
        let matchStart = units[startUnit].token
        let contextStart = units[context].token
        let matchEnd = m.end > 0 ? units[m.end - 1].end : matchStart
        if !pack.rules[ruleIndex].unless.isEmpty {
            var clauseStart = s
            var t = matchStart - 1
            while t >= s { if pack.flags(tokens[t].id) & WordFlags.boundary != 0 { clauseStart = t + 1; break }; t -= 1 }
            if clauseStart < matchEnd, pack.unlessOccurs(rule: ruleIndex, in: tokens, clauseStart..<matchEnd) { return 0 }
        }
        // A state named as a place is the target only when no other actor is: "inside Afghanistan targeting
        // hideouts of the Pakistani Taliban" is a strike on the Taliban in Afghanistan. An actor after a word of
        // `accompaniment` is company, not a target ("rockets into Israel in solidarity with Hamas").
        if pattern.placeB {
            var t = matchEnd
            while t < e, tokens[t].id != pack.ids.comma, pack.flags(tokens[t].id) & WordFlags.boundary == 0,
                !isLowercaseWord(t, in: .accompaniment)
            {
                if mentions.contains(where: { $0.start == t && !$0.locative && !$0.actors.isEmpty }) { return 0 }
                t += 1
            }
        }
        var modality = modalityOf(fixed: pattern.modality, s, contextStart, matchEnd)
        // "… accused Minsk of sending arms to Moscow, a charge Belarus denies": a claim denied after it.
        if modality == 1, deniedAfter(matchEnd, e) { modality = 2 }
        // "she declared a ceasefire with the militia that the fighters denied": a denial in a relative clause right after it.
        if modality == 0, deniedRelative(matchEnd, e) { modality = 2 }
        // "the allegation that Cuba cooperates with Venezuela is a baseless accusation": a claim dismissed after it.
        if modality != 2, claimDismissedAfter(s, matchStart, matchEnd, e) { modality = 2 }
        pairs.removeAll(keepingCapacity: true)
        if m.p >= 0 {
            var actors = pairActors(Int32(m.p))
            // "Ukraine, Russia and Russian-backed separatists settled …": the compound's head is one of the pair.
            if let (partner, end) = patronCompoundPartnerEnd(m.p, from: 0), end <= m.end {
                for member in groups[partner].members where !mentions[member].locative {
                    let list = mentions[member].actors
                    for k in 0..<list.count where !actors.contains(where: { $0.0 == list[k] }) { actors.append((list[k], member)) }
                }
            }
            // "the tension between the two neighbours and Kenya": the pair named as one member is related to the
            // others, not to itself.
            let pairWithOthers = groups[m.p].members.count > 1
            for x in 0..<actors.count {
                for y in (x + 1)..<max(x + 1, actors.count) {
                    if pairWithOthers, actors[x].1 == actors[y].1, mentions[actors[x].1].kind == .pair { continue }
                    pairs.append((actors[x].0, actors[x].1, actors[y].0, actors[y].1))
                }
            }
        } else if m.a >= 0, m.b >= 0 {
            // The target's members, then those of a group coordinated with it through its head nouns.
            var targets = groups[m.b].members
            // "Ghana and Togo, which backs the rebels": a source in a singular relative clause right after a list
            // relates to the last member only (as a target does after a list of sources, below).
            if targets.count > 1, relativeClauseOfLast(m.b, holds: groups[m.a].start) { targets = targets.upperBound...targets.upperBound }
            var more = 0..<0
            if let next = coordinatedObject(after: m.b, e), next != m.a {
                more = Range(groups[next].members)
            }
            // "backing extremist groups such as Hamas": the named examples of a generic target are targets too.
            if more.isEmpty, let named = exemplifiedGroup(after: m.b, e), named != m.a {
                more = Range(groups[named].members)
            }
            var moreSources = 0..<0
            if let named = exemplifiedGroup(after: m.a, e), named != m.b {
                moreSources = Range(groups[named].members)
            }
            // "Rwandan soldiers and Rwandan-backed Congolese rebels advanced …": a member across a patron compound joins
            // the slot (unless the other slot is that compound's patron).
            if more.isEmpty, let (partner, patron) = patronCompoundPartner(of: m.b), partner != m.a, patron != m.a {
                more = Range(groups[partner].members)
            }
            if moreSources.isEmpty, let (partner, patron) = patronCompoundPartner(of: m.a), partner != m.b, patron != m.b {
                moreSources = Range(groups[partner].members)
            }
            // "The army and RSF units, armed by Egypt and the UAE respectively": members pair in order.
            var sources = groups[m.a].members
            // "Israel and Hezbollah, which is backed by Iran": a target in a singular relative clause right after a list
            // is the last member's only.
            if sources.count > 1, relativeClauseOfLast(m.a, holds: groups[m.b].start) { sources = sources.upperBound...sources.upperBound }
            // `@A:first`: "Russian-backed separatists and the Georgian army": the compound qualifies the first member only.
            if pattern.firstA {
                sources = sources.lowerBound...sources.lowerBound
                moreSources = 0..<0
            }
            let pairwise = more.isEmpty && sources.count >= 2 && sources.count == targets.count && pairwiseAfter(groups[m.b].end, e)
            for i in 0..<(sources.count + moreSources.count) {
                let ma = i < sources.count ? sources.lowerBound + i : moreSources.lowerBound + i - sources.count
                guard !mentions[ma].locative else { continue }
                let la = mentions[ma].actors
                for x in 0..<la.count where pattern.kindsA == 0 || kindBit(la[x]) & pattern.kindsA != 0 {
                    for k in 0..<(targets.count + more.count) where !pairwise || k == ma - sources.lowerBound {
                        let mb = k < targets.count ? targets.lowerBound + k : more.lowerBound + k - targets.count
                        guard !mentions[mb].locative || (pattern.placeB && placeFits(mentions[mb])) else { continue }
                        let lb = mentions[mb].actors
                        for y in 0..<lb.count where pattern.kindsB == 0 || kindBit(lb[y]) & pattern.kindsB != 0 {
                            pairs.append((la[x], ma, lb[y], mb))
                        }
                    }
                }
            }
        }
        // A pronoun that opens the content of a denied claim is the denier: "Rwanda denied charges by Kinshasa that it …".
        var denied: (content: Int, actor: Int32)?
        if modality == 2 {
            var clauseStart = s
            var t = matchStart - 1
            while t >= s { if pack.flags(tokens[t].id) & WordFlags.boundary != 0 { clauseStart = t + 1; break }; t -= 1 }
            if let claim = deniedClaim(clauseStart: clauseStart, matchStart: matchStart),
                let actor = denier(clauseStart: clauseStart, cue: claim.cue)
            {
                denied = (claim.content, actor)
            }
        }
        var count = 0
        for (a0, ma0, b0, mb0) in pairs {
            var (a, ma, b, mb) = (a0, ma0, b0, mb0)
            if let denied {
                if mentions[ma].kind == .pronoun, mentions[ma].start == denied.content { a = denied.actor }
                if mentions[mb].kind == .pronoun, mentions[mb].start == denied.content { b = denied.actor }
            }
            // "Militias backed by Iran attacked US bases": the participle's object is the patron, not the
            // subject; the head it modifies is, and without a named head there is no subject at all.
            if m.p < 0, let governed = patronGoverned(ma) {
                guard let head = governed, head != mb, !mentions[head].actors.isEmpty else { continue }
                (a, ma) = (mentions[head].actors[0], head)
            }
            if pattern.reversed { swap(&a, &b); swap(&ma, &mb) }
            if a == b || isOrganOf(a, b) || isOrganOf(b, a) {
                // A pronoun does not refer to the other slot of its own relation: take its next referent. A possessive
                // before a thing ("Iran must give up all of its enriched uranium", "it will defend its water rights") is
                // the subject's own: no relation.
                let ownThing = possessesThing(mb) || possessesThing(ma)
                if !ownThing, mentions[mb].kind == .pronoun, mentions[mb].alternative >= 0 {
                    b = mentions[mb].alternative
                } else if !ownThing, mentions[ma].kind == .pronoun, mentions[ma].alternative >= 0 {
                    a = mentions[ma].alternative
                }
                if a == b || isOrganOf(a, b) || isOrganOf(b, a) { continue }
                if pattern.kindsA != 0, kindBit(pattern.reversed ? b : a) & pattern.kindsA == 0 { continue }
                if pattern.kindsB != 0, kindBit(pattern.reversed ? a : b) & pattern.kindsB == 0 { continue }
            }
            count += 1
            guard buildEvidence || scores || collectPairs else { continue }
            found.append(
                Candidate(
                    sentence: sentence, a: a, b: b, aMention: (mentions[ma].start, mentions[ma].end),
                    bMention: (mentions[mb].start, mentions[mb].end), rule: ruleIndex,
                    type: pattern.type, matchStart: matchStart, matchEnd: matchEnd, priority: pattern.priority, modality: modality))
        }
        return count
    }

    /// For a mention that is the object of a patron participle (`backed by`, `loyal to`), the mention
    /// that participle modifies (`nil` inside when none is named); `nil` when the mention is not governed.
    func patronGoverned(_ mention: Int) -> Int?? {
        let start = mentions[mention].start
        guard start >= 2, pack.wordSets.patronPrepositions.contains(tokens[start - 1].id),
            pack.wordSets.patronParticiples.contains(tokens[start - 2].id)
        else { return nil }
        let headEnd = start - 2
        let head = mentions.indices.last {
            mentions[$0].end == headEnd || (mentions[$0].end < headEnd && mentions[$0].end >= headEnd - 2 && !mentions[$0].locative)
        }
        return .some(head)
    }

    /// The number of units that a form of several tokens of class `c` (`cease-fire`, `turned down`) covers at
    /// unit `pos`, the longest first; `nil` when none starts there.
    func classPhraseLength(at pos: Int, _ c: Int) -> Int? {
        let id = units[pos].id
        guard pack.leadsClassPhrase(id, c) else { return nil }
        for phrase in pack.classPhrases[c] where phrase[0] == id && pos + phrase.count <= units.count {
            var equal = true
            for k in 1..<phrase.count where units[pos + k].group >= 0 || units[pos + k].id != phrase[k] { equal = false; break }
            if equal { return phrase.count }
        }
        return nil
    }

    /// Whether the predicate a negation cue governs ends before `end`: after the cue a mention completes
    /// it and a bare `and` starts a new finite verb ("denied backing X and accuses Y": the accusation is
    /// not negated). A gerund after `and` continues the denied predicate ("denied arming X and funding Y").
    func negationClosed(after cueEnd: Int, before end: Int) -> Bool {
        var sawMention = false
        var t = cueEnd
        while t < end {
            if let g = groups.first(where: { $0.start <= t && t < $0.end }) {
                sawMention = true
                t = g.end
                continue
            }
            if sawMention, tokens[t].id == pack.ids.and, t + 1 < end, groups.first(where: { $0.start == t + 1 }) == nil {
                var next = t + 1
                // Skip adverbs in "-ly" ("and repeatedly accuses").
                while next + 1 < end, endsWith(next, .adverbSuffixes) { next += 1 }
                return !endsWith(next, .progressiveSuffixes)
            }
            t += 1
        }
        return false
    }

    /// Whether the cue `cueStart..<cueEnd` sits between two commas inside the match, in a parenthetical
    /// (`Israel, which never recognised Hamas, struck Gaza`): it negates that aside, not the match.
    func insideCommas(_ cueStart: Int, _ cueEnd: Int, _ matchStart: Int, _ matchEnd: Int) -> Bool {
        var before = false, after = false
        var t = cueStart - 1
        while t >= matchStart { if tokens[t].id == pack.ids.comma { before = true; break }; t -= 1 }
        guard before else { return false }
        t = cueEnd
        while t < matchEnd { if tokens[t].id == pack.ids.comma { after = true; break }; t += 1 }
        return after
    }

    /// Whether a negation cue before `to` negates only an infinitive that the match does not contain:
    /// "agreed not to threaten each other" is an agreement, "chose not to attack X" a negated attack.
    /// A `to` before a determiner, a capitalised word or a mention is a preposition ("has no links to
    /// Shiite Iran"), and the cue negates the match.
    func infinitiveAfterMatch(_ cueEnd: Int, _ matchEnd: Int) -> Bool {
        guard cueEnd < tokens.count, tokens[cueEnd].id == pack.ids.to else { return false }
        if cueEnd + 1 < tokens.count {
            let next = tokens[cueEnd + 1]
            if next.has(Token.capitalized) || next.id == pack.ids.the || next.id == pack.ids.a || next.id == pack.ids.an
                || mentions.contains(where: { $0.start == cueEnd + 1 })
            {
                return false
            }
        }
        var k = cueEnd + 1
        while k < matchEnd {
            if tokens[k].id >= 0, pack.classMask[Int(tokens[k].id)] != 0 { return false }
            k += 1
        }
        return true
    }

    /// Whether the group at unit `u` is the object of a verb before it and `and` starts a predicate after it
    /// (`Israel struck Hamas and signed a deal`): it is not the subject of that predicate.
    func isObjectBeforePredicate(_ u: Int) -> Bool {
        guard u > 0, u + 2 < units.count else { return false }
        if isObjectBeforeAdjunct(u) { return true }
        let before = units[u - 1]
        guard before.group < 0, !before.boundary, before.id != pack.ids.comma, tokens[before.token].has(Token.lowercase),
            before.id != pack.ids.the, before.id != pack.ids.and
        else { return false }
        let and = units[u + 1], next = units[u + 2]
        return and.group < 0 && and.id == pack.ids.and && next.group < 0 && tokens[next.token].has(Token.lowercase)
            && next.id != pack.ids.the && next.id != pack.ids.a && next.id != pack.ids.an
    }

    /// Whether the group at unit `u` (or the head a patron compound there modifies) is the object of a verb
    /// and a comma and a word of `subject-adjuncts` follow it (`… confronting the Iran-backed Houthis, with the
    /// support of …`): the phrase after the comma is the subject's, not the object's.
    func isObjectBeforeAdjunct(_ u: Int) -> Bool {
        let n = units.count
        var head = u
        if groupIsModifier(units[u].group), u + 3 < n, units[u + 1].group < 0, units[u + 1].id == pack.ids.hyphen, units[u + 3].group >= 0 {
            head = u + 3
        }
        guard head + 2 < n, units[head + 1].group < 0, units[head + 1].id == pack.ids.comma, units[head + 2].group < 0,
            isLowercaseWord(units[head + 2].token, in: .subjectAdjuncts)
        else { return false }
        var b = u - 1
        if b > 0, units[b].group < 0, units[b].id == pack.ids.the { b -= 1 }
        guard b >= 0, units[b].group < 0, !units[b].boundary, units[b].id != pack.ids.comma else { return false }
        return tokens[units[b].token].has(Token.lowercase)
    }

    /// The first unit of a predicate coordinated after a match that ends at unit `end`: up to three head
    /// nouns of the object (`positions`), then `and` and a lowercase word that is no determiner; or `nil`.
    func coordinatedPredicate(after end: Int) -> Int? {
        let n = units.count
        var q = end
        while q < n, q - end < 3, units[q].group < 0, units[q].id != pack.ids.and, !units[q].boundary, units[q].id != pack.ids.comma,
            tokens[units[q].token].has(Token.lowercase), units[q].id < 0 || pack.classMask[Int(units[q].id)] == 0
        { q += 1 }
        guard q + 1 < n, units[q].group < 0, units[q].id == pack.ids.and, units[q + 1].group < 0 else { return nil }
        let next = units[q + 1]
        guard tokens[next.token].has(Token.lowercase), next.id != pack.ids.the, next.id != pack.ids.a, next.id != pack.ids.an else {
            return nil
        }
        return q + 1
    }

    /// The unit after an apposition or a relative clause that starts at unit `pos` (`, a key US ally in
    /// the fight against Islamic State,`, `, one of the factions of …,`, `, which both have claims …,`), or `nil`.
    func appositionEnd(_ pos: Int) -> Int? {
        let n = units.count
        // "Houthi rebels (backed by Iran) attacked …": a parenthesis of up to twelve units.
        if pos + 2 < n, units[pos].group < 0, units[pos].id == pack.ids.openParen {
            var q = pos + 1
            while q < n, q - pos <= 12, !units[q].boundary {
                if units[q].group < 0, units[q].id == pack.ids.closeParen { return q > pos + 1 && q + 1 < n ? q + 1 : nil }
                q += 1
            }
            return nil
        }
        // "X, Y and Z - the council's permanent members - all condemned …": an aside between spaced dashes.
        if pos + 2 < n, isAsideDash(pos) {
            var q = pos + 1
            while q < n, q - pos <= 24 {
                if units[q].boundary { return nil }
                if isAsideDash(q) { return q > pos + 1 && q + 1 < n ? q + 1 : nil }
                q += 1
            }
            return nil
        }
        guard pos + 2 < n, units[pos].id == pack.ids.comma else { return nil }
        if let end = titleHolderEnd(pos) { return end }
        // "Cuba, he asserted, supported the ELN", "Iran, officials said, armed …": a short speech aside.
        var v = pos + 2
        while v < n, v - pos <= 4, units[v].group < 0, units[v].id != pack.ids.comma, !units[v].boundary {
            if isSpeechVerb(units[v].token), v + 2 < n, units[v + 1].group < 0, units[v + 1].id == pack.ids.comma { return v + 2 }
            v += 1
        }
        // "EU officials, Estonians among them, hold …": members named between commas and closed by a word of
        // `trailing-exemplifiers`.
        if units[pos + 1].group >= 0, let close = lexiconPhraseEnd(.trailingExemplifiers, from: units[pos + 1].end, tokens.count),
            close < tokens.count, tokens[close].id == pack.ids.comma,
            let q = units[(pos + 2)...].firstIndex(where: { $0.token == close }), q + 1 < n
        {
            return q + 1
        }
        // "Greece and Turkey, NATO allies, have …": a name and up to two lowercase nouns between commas, before a
        // lowercase word, describe the subject.
        if units[pos + 1].group >= 0, !groupIsModifier(units[pos + 1].group) {
            var q = pos + 2
            while q < n, q - pos <= 3, units[q].group < 0, tokens[units[q].token].has(Token.lowercase), units[q].id != pack.ids.and,
                units[q].id != pack.ids.or, !units[q].boundary
            { q += 1 }
            guard q > pos + 2, q + 1 < n, units[q].group < 0, units[q].id == pack.ids.comma, units[q + 1].group < 0,
                tokens[units[q + 1].token].has(Token.lowercase)
            else { return nil }
            return q + 1
        }
        guard units[pos + 1].group < 0 else { return nil }
        let first = units[pos + 1].id
        // "Moscow, heavily isolated by Western sanctions, was turning to allies": a participle phrase, when a
        // lowercase word that is no conjunction follows its closing comma.
        if let end = participleAsideEnd(pos) { return end }
        // "Armenia and Azerbaijan, two former Soviet states, see …": a number opens a description too.
        let counted = isLowercaseWord(units[pos + 1].token, in: .countWords) || tokens[units[pos + 1].token].has(Token.digit)
        if first != pack.ids.a, first != pack.ids.an, first != pack.ids.the, !counted {
            // "X, through their foreign ministers, signed …": an aside opened by a word of the lexicon.
            guard
                first == pack.ids.one || first == pack.ids.which || first == pack.ids.who
                    || isWord(units[pos + 1].token, in: .asideOpeners)
            else { return nil }
        }
        let described = first == pack.ids.a || first == pack.ids.an || first == pack.ids.the || counted
        var q = pos + 2
        while q < n, q - pos <= 14 {
            if units[q].boundary { return nil }
            if units[q].group < 0, units[q].id == pack.ids.comma {
                // "Eritrea, a sworn enemy of the TPLF, which is backing …": the relative clause is the named actor's.
                if q + 1 < n, units[q + 1].group < 0, isLowercaseWord(units[q + 1].token, in: .relativePronouns) { return q }
                return q + 1 < n ? q + 1 : nil
            }
            // "the RSF, a militia that fought a war against …": the relative clause of a description
            // is the named actor's.
            if described, units[q].group < 0, q > pos + 2, isLowercaseWord(units[q].token, in: .relativePronouns) { return q }
            // "According to Kenyan officials, the two attackers belonged to …": a clause, not a description.
            if described, units[q].group < 0, isLowercaseWord(units[q].token, in: .finiteVerbs) { return nil }
            q += 1
        }
        return nil
    }

    /// When the comma at unit `pos` follows a mention that ends with a title and no name (`his Djibouti counterpart`),
    /// and the holder's name comes between it and another comma before a lowercase word (`, Ismael Omar Guelleh,
    /// had signed`), the unit after the closing comma; else `nil`. The name may be known (a person of the same actor)
    /// or not (up to five capitalised words).
    func titleHolderEnd(_ pos: Int) -> Int? {
        let n = units.count
        guard pos > 0, units[pos - 1].group >= 0, mentions[groups[Int(units[pos - 1].group)].members.upperBound].titled else {
            return nil
        }
        var q = pos + 1
        while q < n, q - pos <= 5, units[q].group < 0, tokens[units[q].token].has(Token.capitalized), !units[q].boundary { q += 1 }
        // A known name (or its last part: "Ismael Omar Guelleh") must stand for the same actor.
        if q < n, units[q].group >= 0 {
            guard sharesActor(Int(units[pos - 1].group), Int(units[q].group)) else { return nil }
            q += 1
        }
        guard q > pos + 1, q + 1 < n, units[q].group < 0, units[q].id == pack.ids.comma, units[q + 1].group < 0,
            tokens[units[q + 1].token].has(Token.lowercase), units[q + 1].id != pack.ids.and, units[q + 1].id != pack.ids.or
        else { return nil }
        return q + 1
    }

    /// When `skip` is the relative pronoun of a description opened by the comma at unit `pos` (`X, a group that …,
    /// signed`), the unit after the comma that closes the description, if a lowercase word follows it; else `nil`.
    func descriptionEnd(afterRelative skip: Int, _ pos: Int) -> Int? {
        let n = units.count
        guard skip < n, skip > pos + 2, units[skip].group < 0, isLowercaseWord(units[skip].token, in: .relativePronouns) else {
            return nil
        }
        var q = skip + 1
        while q + 1 < n, q - pos <= 24 {
            if units[q].boundary { return nil }
            if units[q].group < 0, units[q].id == pack.ids.comma {
                let next = units[q + 1]
                guard next.group < 0, tokens[next.token].has(Token.lowercase), next.id != pack.ids.and,
                    !isLowercaseWord(next.token, in: .relativePronouns)
                else { return nil }
                return q + 1
            }
            q += 1
        }
        return nil
    }

    /// The unit after a place phrase that starts at unit `pos`: a locative word and a group of places
    /// (`Russian airstrikes in Syria had targeted …`), or `nil`.
    func locativeEnd(_ pos: Int) -> Int? {
        guard pos + 2 < units.count, units[pos].group < 0, tokens[units[pos].token].has(Token.lowercase),
            pack.flags(units[pos].id) & WordFlags.locative != 0
        else { return nil }
        // A direction word may come before the place ("in northern Syria"), and `the` ("in the West Bank").
        var q = pos + 1
        while q < units.count, q - pos <= 2, units[q].group < 0,
            pack.flags(units[q].id) & WordFlags.direction != 0 || units[q].id == pack.ids.the
        { q += 1 }
        guard q + 1 < units.count else { return nil }
        // "Hamas in Gaza attacked …": a place that names no actor is up to three capitalised words.
        if units[q].group < 0 {
            var r = q
            while r < units.count, r - q < 3, units[r].group < 0, tokens[units[r].token].has(Token.capitalized),
                pack.flags(units[r].id) & WordFlags.boundary == 0
            { r += 1 }
            return r > q && r < units.count ? r : nil
        }
        for member in groups[Int(units[q].group)].members where !mentions[member].locative { return nil }
        return q + 1
    }

    /// The unit after a participle aside that starts with the comma at unit `pos` (`, largely cut off by
    /// sanctions over its nuclear work,`), when a lowercase word other than a conjunction follows it; or `nil`.
    func participleAsideEnd(_ pos: Int) -> Int? {
        let n = units.count
        var v = pos + 1
        guard v + 1 < n, units[v].group < 0, tokens[units[v].token].has(Token.lowercase) else { return nil }
        if endsWith(units[v].token, .adverbSuffixes) { v += 1 }
        guard v < n, units[v].group < 0, tokens[units[v].token].has(Token.lowercase), endsWith(units[v].token, .pastSuffixes) else {
            return nil
        }
        var q = v + 1
        while q < n, q - pos <= 14 {
            if units[q].boundary { return nil }
            if units[q].group < 0, units[q].id == pack.ids.comma {
                guard q + 1 < n, units[q + 1].group < 0, tokens[units[q + 1].token].has(Token.lowercase),
                    units[q + 1].id != pack.ids.and, units[q + 1].id != pack.ids.or
                else { return nil }
                return q + 1
            }
            q += 1
        }
        return nil
    }

    /// Whether token `t` is written in lower case and is a word of `lexicon` (`to` as a preposition, not `To`
    /// opening a name).
    @inline(__always)
    func isLowercaseWord(_ t: Int, in lexicon: EngineLexicon) -> Bool {
        tokens[t].has(Token.lowercase) && isWord(t, in: lexicon)
    }

    /// Whether unit `u` is a dash of the `aside-dashes` lexicon with a space before it (not the hyphen of `Iran-backed`).
    func isAsideDash(_ u: Int) -> Bool {
        units[u].group < 0 && isAsideDash(token: units[u].token)
    }

    /// Whether token `t` is a dash of the `aside-dashes` lexicon with a space before it.
    func isAsideDash(token t: Int) -> Bool {
        t < tokens.count && tokens[t].has(Token.spaceBefore) && isWord(t, in: .asideDashes)
    }

    /// Whether the text of token `t` ends with one of the suffixes of a lexicon (ASCII, case-insensitive),
    /// with at least one character before it.
    @inline(__always)
    func endsWith(_ t: Int, _ lexicon: EngineLexicon) -> Bool {
        let token = tokens[t]
        let length = Int(token.end) - Int(token.start)
        let slot: Int
        switch lexicon {
        case .progressiveSuffixes: slot = 0
        case .pastSuffixes: slot = 1
        case .adverbSuffixes: slot = 2
        default: slot = 3
        }
        for bytes in pack.suffixes[slot] where length > bytes.count {
            var equal = true
            for (k, b) in bytes.enumerated() where text[Int(token.end) - bytes.count + k] | 0x20 != b { equal = false; break }
            if equal { return true }
        }
        return false
    }

    /// Whether a possessor starts at token `k`, or with `afterThe` right after a `the` there. A rejection (lexicon
    /// `rejection-verbs`) before a match that opens with a possessor rejects a third party's act, whose own relation
    /// stands (`Somalia rejected Ethiopia's port deal with Somaliland`; a denial does not: `Iran denied Hezbollah's role
    /// in the attack` stays negated); one right before a possessor in a rule that fixes `asserted` is itself the relation
    /// (`Japan rejected China's unilateral move`).
    func possessorStarts(at k: Int, afterThe: Bool = false) -> Bool {
        guard let m = mentions.first(where: { $0.start == k || (afterThe && $0.start == k + 1 && tokens[k].id == pack.ids.the) }),
            m.end < tokens.count
        else { return false }
        return tokens[m.end].id == pack.ids.possessive || tokens[m.end].id == pack.ids.apostrophe
    }

    /// Whether group `g` is a list followed by `, which` (a word of `relative-pronouns`) and a word of `singular-verbs`,
    /// and token `target` lies in that relative clause (after the pronoun, before the next comma).
    func relativeClauseOfLast(_ g: Int, holds target: Int) -> Bool {
        let t = groups[g].end
        guard t + 2 < tokens.count, target > t + 2, tokens[t].id == pack.ids.comma, isWord(t + 1, in: .relativePronouns),
            isWord(t + 2, in: .singularVerbs) || (tokens[t + 2].has(Token.lowercase) && endsWith(t + 2, .pastSuffixes))
        else { return false }
        return !(t + 1..<target).contains { tokens[$0].id == pack.ids.comma }
    }

    /// Whether a negation cue ending at token `cueEnd` rejects a claim that ends the match: a noun of `claim-nouns`
    /// within four words after the cue and at the match's last token (`Bahrain rejected Iran's criticism`: the rejection
    /// is the relation, asserted; the content of a rejected claim after that noun is negated elsewhere).
    func rejectsClaim(cueEnd: Int, _ matchEnd: Int) -> Bool {
        var k = cueEnd
        while k < matchEnd, k - cueEnd < 4 {
            if isLowercaseWord(k, in: .claimNouns) { return k == matchEnd - 1 || claimAuthorCloses(after: k, matchEnd) }
            k += 1
        }
        return false
    }

    /// Whether the match ends with the author of the claim noun at token `claim`: `charges by Congo's government`,
    /// `accusations from Kinshasa` (a word of `claim-authors`, maybe `the`, then one mention that ends the match).
    func claimAuthorCloses(after claim: Int, _ matchEnd: Int) -> Bool {
        var k = claim + 1
        guard k < matchEnd, isLowercaseWord(k, in: .claimAuthors) else { return false }
        k += 1
        return mentions.contains { $0.end == matchEnd && ($0.start == k || ($0.start == k + 1 && tokens[k].id == pack.ids.the)) }
    }

    /// Where the relative clause that a match states its relation in begins: the match opens with a mention group
    /// followed by `, which` or `, who`, and no comma closes the clause before the match ends (a closed clause is an
    /// aside the pattern read past: "the Houthis, which Iran arms, attacked …"); otherwise `nil`.
    func relativeClauseStart(_ matchStart: Int, _ matchEnd: Int) -> Int? {
        let ids = pack.ids
        var first = matchStart
        if first < matchEnd, tokens[first].id == ids.the { first += 1 }
        guard let group = groups.first(where: { $0.start == first || $0.start == matchStart }) else { return nil }
        let k = group.end
        guard k + 2 < matchEnd, tokens[k].id == ids.comma, tokens[k + 1].id == ids.which || tokens[k + 1].id == ids.who else {
            return nil
        }
        for t in (k + 2)..<matchEnd where tokens[t].id == ids.comma { return nil }
        return k + 2
    }

    /// Modality from cues in the clause up to the end of the match: 0 asserted, 1 hedged, 2 negated.
    func modalityOf(_ rule: RelationRule, _ s: Int, _ matchStart: Int, _ matchEnd: Int) -> UInt8 {
        modalityOf(fixed: rule.modality, s, matchStart, matchEnd)
    }

    /// Modality from cues in the clause up to the end of a span; `fixed` (a rule's own modality) applies
    /// unless a negation is in scope.
    func modalityOf(fixed: Modality?, _ s: Int, _ matchStart: Int, _ matchEnd: Int) -> UInt8 {
        var clauseStart = s
        var t = matchStart - 1
        while t >= s { if pack.flags(tokens[t].id) & WordFlags.boundary != 0 { clauseStart = t + 1; break }; t -= 1 }
        // "Rwanda denies backing the M23, who have seized Goma": a match that states its relation inside a relative
        // clause of its first actor is a clause of its own; cues before that clause do not reach it.
        if let relative = relativeClauseStart(matchStart, matchEnd) { clauseStart = max(clauseStart, relative) }
        var hedged = false, negated = false
        // A negation or claim-denial word before the match: only then can the match lie in a denied claim.
        var denialBefore = false
        var i = clauseStart
        while i < matchEnd {
            let startsCue = tokens[i].has(Token.startsCue)
            // "not only", "no doubt": a negation cue that negates nothing.
            if let end = longestCue(.notNegation, from: i, matchEnd) {
                i = end
                continue
            }
            if i < matchStart, pack.flags(tokens[i].id) & WordFlags.claimDenial != 0 { denialBefore = true }
            // "In May, Kenya drove …": a capitalised word inside the sentence is a name, not a cue.
            if i > s, tokens[i].has(Token.capitalized), !tokens[i].has(Token.allCaps) {
                i += 1
                continue
            }
            guard startsCue else {
                i += 1
                continue
            }
            var node: Int32 = 0
            var j = i
            while j < tokens.count {
                node = pack.cues.child(node, tokens[j].id)
                if node < 0 { break }
                j += 1
                for kind in pack.cues.payloads(node) {
                    // "X accused Y of …": the accusation itself, whose match holds the cue but not the accused act, is not hedged.
                    if kind == CueKind.hedge.rawValue,
                        i < matchStart || pack.flags(tokens[i].id) & WordFlags.contentHedge == 0 || claimLink(after: j, before: matchEnd),
                        !hedgeSetOff(cueEnd: j, matchStart)
                    {
                        hedged = true
                    }
                    if kind == CueKind.negation.rawValue, i < matchStart { denialBefore = true }
                    if kind == CueKind.negation.rawValue, j <= matchEnd, i >= matchStart - 3, !negationClosed(after: j, before: matchEnd),
                        !infinitiveAfterMatch(j, matchEnd),
                        !insideCommas(i, j, matchStart, matchEnd),
                        !rejectsClaim(cueEnd: j, matchEnd),
                        !(isLowercaseWord(i, in: .rejectionVerbs)
                            && ((j <= matchStart && possessorStarts(at: matchStart))
                                || (fixed == .asserted && possessorStarts(at: j, afterThe: true)))),
                        // "China refused to condemn Russia's invasion of Ukraine": an event named by its possessor is
                        // presupposed; only a denial before it negates it.
                        !(j <= matchStart && possessorStarts(at: matchStart) && !isLowercaseWord(i, in: .denialVerbs))
                    {
                        negated = true
                    }
                }
            }
            i += 1
        }
        // "Syria dismissed Turkish claims that it was behind the raids on X": the content of a denied claim.
        if !negated, denialBefore, let claim = deniedClaim(clauseStart: clauseStart, matchStart: matchStart),
            !negationClosed(after: claim.content, before: matchEnd)
        {
            negated = true
        }
        if negated { return 2 }
        if let fixed { return fixed == .asserted ? 0 : fixed == .hedged ? 1 : 2 }
        return hedged ? 1 : 0
    }
}
