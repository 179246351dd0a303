import DyadCore

extension DocumentRun {
    /// The kind of a document actor.
    @inline(__always)
    func kind(_ actor: Int32) -> ActorKind {
        if Int(actor) < entryCount { return pack.entryKinds[Int(actor)] }
        switch derived[Int(actor) - entryCount].kind {
        case .unknown: return .unknown
        case .military: return .military
        case .armedGroup: return .armedGroup
        }
    }

    /// The id of a document actor.
    @inline(__always)
    func actorID(_ actor: Int32) -> String {
        Int(actor) < entryCount ? pack.pack.actors[Int(actor)].id : derived[Int(actor) - entryCount].id
    }

    /// Whether two document actors have the same id: for pack entries, without comparing strings.
    func sameID(_ a: Int32, _ b: Int32) -> Bool {
        if Int(a) < entryCount, Int(b) < entryCount { return pack.canonicalEntry[Int(a)] == pack.canonicalEntry[Int(b)] }
        return actorID(a) == actorID(b)
    }

    /// The parent of a document actor, if any.
    @inline(__always)
    func parent(_ actor: Int32) -> Int32? {
        if Int(actor) < entryCount {
            let p = pack.entryParent[Int(actor)]
            return p >= 0 ? p : nil
        }
        return derived[Int(actor) - entryCount].partOf
    }

    func phrase(_ s: Int, _ e: Int) -> String {
        guard s < e else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: text[Int(tokens[s].start)..<Int(tokens[e - 1].end)]), as: UTF8.self)
    }

    /// The end of the longest cue phrase of `kind` that starts at token `start`, or `nil`.
    /// Most tokens start no cue: that is told here, inline, before walking the cue trie.
    @inline(__always)
    func longestCue(_ kind: CueKind, from start: Int, _ e: Int) -> Int? {
        guard start < e, tokens[start].has(Token.startsCue) else { return nil }
        return walkCues(kind, from: start, e)
    }

    /// ``longestCue(_:from:_:)`` past its first check.
    private func walkCues(_ kind: CueKind, from start: Int, _ e: Int) -> Int? {
        // Most words start no cue; the trie is read once (through the pack, each read copies it).
        guard start < e else { return nil }
        let cues = pack.cues
        guard cues.starts(tokens[start].id) else { return nil }
        var node: Int32 = 0, k = start, end = -1
        while k < e {
            node = cues.child(node, tokens[k].id)
            if node < 0 { break }
            k += 1
            if cues.payloads(node).contains(kind.rawValue) { end = k }
        }
        return end > start ? end : nil
    }

    /// Whether one to three capitalised words at `start` come before a title (`Sudan counterpart`).
    func namesTitle(from start: Int, _ e: Int) -> Bool {
        var k = start
        while k < e, k - start < 3, tokens[k].has(Token.capitalized) { k += 1 }
        return k > start && longestCue(.title, from: k, e) != nil
    }

    /// The ends of the longest title starting at `start` (`President`, `prime minister`) and of up to four
    /// capitalised words after it (the name), or `nil` when no title starts there.
    /// (Hot callers ask ``titleMayStart(_:_:)`` first.)
    func titleAndName(from start: Int, _ e: Int) -> (titleEnd: Int, end: Int)? {
        if let titleEnd = longestCue(.title, from: start, e) {
            let chainEnd = titleChainEnd(titleEnd, e)
            return (chainEnd, nameEnd(from: chainEnd, e))
        }
        // "Syria's interim President Ahmed al-Sharaa": up to two modifiers may come before the title.
        var first = start
        while first < e, first - start < 2, pack.flags(tokens[first].id) & (WordFlags.modifier | WordFlags.organ) == WordFlags.modifier {
            first += 1
        }
        if first > start, let titleEnd = longestCue(.title, from: first, e) {
            let chainEnd = titleChainEnd(titleEnd, e)
            return (chainEnd, nameEnd(from: chainEnd, e))
        }
        // "Indian Home Minister Rajnath Singh", "Sudan's Water Minister Yasser Abbas": one or two capitalised words
        // the pack does not know may open a title, when a name follows it.
        first = start
        while first < e, first - start < 2, tokens[first].has(Token.capitalized), !tokens[first].has(Token.allCaps),
            tokens[first].id < 0 || (pack.flags(tokens[first].id) == 0 && pack.classMask[Int(tokens[first].id)] == 0),
            longestCue(.title, from: first, e) == nil
        { first += 1 }
        guard first > start, let titleEnd = longestCue(.title, from: first, e) else { return nil }
        let chainEnd = titleChainEnd(titleEnd, e)
        let end = nameEnd(from: chainEnd, e)
        return end > chainEnd ? (chainEnd, end) : nil
    }

    /// Whether ``titleAndName(from:_:)`` may find a title at `start`: a cue starts there or within the two words
    /// that may come before the title. Inlined and reading only tokens, so a mutating caller asks it in place: a
    /// call to `titleAndName` from a mutating method copies the whole run first.
    @inline(__always)
    func titleMayStart(_ start: Int, _ e: Int) -> Bool {
        (start < e && tokens[start].has(Token.startsCue)) || (start + 1 < e && tokens[start + 1].has(Token.startsCue))
            || (start + 2 < e && tokens[start + 2].has(Token.startsCue))
    }

    /// Whether token `k` is a full stop of one byte (a sentence's end, or an abbreviation's: `Gen.`).
    @inline(__always)
    func isFullStop(_ k: Int) -> Bool {
        tokens[k].end - tokens[k].start == 1 && text[Int(tokens[k].start)] == 0x2E
    }

    /// The end of the titles that continue a title ending at `end`: further titles and capitalised abbreviations of the
    /// pack's `abbreviations` with their full stop ("army chief Gen. Min Aung Hlaing", "spokesman Col. …").
    func titleChainEnd(_ end: Int, _ e: Int) -> Int {
        var t = end
        while t < e {
            if t > 0, isFullStop(t), pack.flags(tokens[t - 1].id) & WordFlags.abbreviation != 0 {
                t += 1
            } else if t + 1 < e, tokens[t].has(Token.capitalized), pack.flags(tokens[t].id) & WordFlags.abbreviation != 0, isFullStop(t + 1)
            {
                t += 2
            } else if let next = longestCue(.title, from: t, e) {
                t = next
            } else {
                break
            }
        }
        return t
    }

    /// The end of a personal name starting at token `n`: up to four capitalised words, with the particles
    /// and hyphens between them (`Abdel Fattah el-Sisi`, `Mohammed bin Salman`); `n` when none starts there.
    func nameEnd(from start: Int, _ e: Int) -> Int {
        var n = start, words = 0, end = start
        while n < e, words < 4 {
            if tokens[n].has(Token.capitalized) {
                words += 1
                n += 1
                end = n
            } else if n > start, n + 1 < e, tokens[n + 1].has(Token.capitalized) || tokens[n + 1].id == pack.ids.hyphen,
                tokens[n].id == pack.ids.hyphen && !tokens[n].has(Token.spaceBefore)
                    || pack.has(.nameParticles, Tokenizer.foldedText(text, Int(tokens[n].start), Int(tokens[n].end)))
            {
                n += 1
            } else if n > start, n + 1 < e, end == n, tokens[n].id == pack.ids.hyphen, !tokens[n].has(Token.spaceBefore),
                !tokens[n + 1].has(Token.spaceBefore), tokens[n + 1].has(Token.lowercase), tokens[n + 1].end - tokens[n + 1].start <= 4,
                tokens[n + 1].id >= 0,
                pack.flags(tokens[n + 1].id)
                    & (WordFlags.sponsorship | WordFlags.nonActor | WordFlags.organ | WordFlags.agent | WordFlags.groupNoun) == 0,
                pack.classMask[Int(tokens[n + 1].id)] == 0
            {
                // "Moon Jae-in", "Kim Jong-un": a short lowercase syllable after a hyphen ends the name (a word the pack
                // knows, as in "Putin-led" or "Trump-era", does not).
                n += 2
                end = n
                break
            } else {
                break
            }
        }
        return end
    }

    /// Whether token `i` is the pronoun `it` used as the object of the word before it: not at the
    /// start of the clause, not after a conjunction or a speech verb, and not followed by a verb of its own.
    func isObjectIt(_ i: Int, _ s: Int, _ e: Int) -> Bool {
        guard i > s, isWord(i, in: .objectPronoun) else { return false }
        let before = phrase(i - 1, i).lowercased()
        guard before.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
            !pack.has(.clauseOpeners, before)
        else { return false }
        if i + 1 < e, isWord(i + 1, in: .subjectFollowers) { return false }
        // "the forces it backs": the subject of a patron's relative clause.
        if i + 1 < e, isLowercaseWord(i + 1, in: .patronVerbs) { return false }
        return true
    }

    /// The actor a person stands for on the document date.
    func roleActor(_ entry: Int32) -> Int32? {
        let person = pack.pack.actors[Int(entry)]
        var chosen: Role?
        if let date {
            chosen = person.roles.last { $0.holds(on: date) }
        } else {
            chosen = person.roles.last { $0.to == nil } ?? person.roles.last
        }
        if let chosen { return pack.entryIndex[chosen.actor] }
        if person.roles.isEmpty, let p = person.partOf { return pack.entryIndex[p] }
        return nil
    }

    /// The actor of the person's latest role whose title the text puts before the name (`President`
    /// before `Barack Obama`), whatever the date; `nil` without a title or a matching role.
    func titledRoleActor(_ entry: Int32, title: String) -> Int32? {
        guard !title.isEmpty else { return nil }
        let person = pack.pack.actors[Int(entry)]
        guard let role = person.roles.last(where: { title.hasSuffix($0.title.lowercased()) }) else { return nil }
        return pack.entryIndex[role.actor]
    }

    /// The actor of the person's latest role, whatever the date, when the text names the organ the person led right
    /// after the name (`Al-Bashir's government`, `the Obama administration`); `nil` otherwise.
    func organRoleActor(_ entry: Int32, nameEnd end: Int, _ e: Int) -> Int32? {
        var k = end
        if k + 1 < e, tokens[k].id == pack.ids.possessive { k += 1 }
        guard k < e, tokens[k].has(Token.lowercase), pack.flags(tokens[k].id) & WordFlags.organ != 0,
            let role = pack.pack.actors[Int(entry)].roles.last
        else { return nil }
        return pack.entryIndex[role.actor]
    }

    /// Whether token `t` may be a misspelt name word: capitalised, not all capitals, unknown to the pack.
    @inline(__always)
    func misspeltName(_ t: Int) -> Bool {
        let token = tokens[t]
        return token.id < 0 && token.has(Token.capitalized) && !token.has(Token.allCaps)
            && Int(token.end) - Int(token.start) >= FuzzyNameIndex.minimumLength
    }

    /// The name words one edit away from token `t`, remembered in the run's memo (kept from one document to the next).
    func fuzzyCandidates(_ t: Int) -> [Int32] {
        let start = Int(tokens[t].start), end = Int(tokens[t].end)
        let ascii = !tokens[t].has(Token.nonASCII)
        if ascii, let known = fuzzyMemo.candidates(text, start, end) { return known }
        let word = Tokenizer.foldedText(text, start, end)
        // (An ASCII word's folded text was just looked up above.)
        if !ascii, let known = fuzzyMemo.candidates(word) { return known }
        let found = pack.fuzzyNames.candidates(word)
        fuzzyMemo.remember(word, found)
        return found
    }

    /// A derived actor for a phrase, created on first use.
    mutating func derivedActor(name: String, kind: ActorKindCode, partOf: Int32?, head: Int32, alias: String?) -> Int32 {
        let id = Actor.slug(name)
        if let existing = derivedIndex[id] { return existing }
        if let index = pack.entryIndex[id] { return index }
        let index = Int32(entryCount + derived.count)
        derived.append(DerivedActor(id: id, name: name, kind: kind, partOf: partOf, head: head, aliases: alias.map { [$0] } ?? []))
        derivedIndex[id] = index
        return index
    }

    /// Whether the text of tokens `s..<e` equals `bytes` exactly.
    func exactly(_ s: Int, _ e: Int, _ bytes: [UInt8]) -> Bool {
        let from = Int(tokens[s].start), to = Int(tokens[e - 1].end)
        guard to - from == bytes.count else { return false }
        for k in 0..<bytes.count where text[from + k] != bytes[k] { return false }
        return true
    }

    /// Whether a name may start at token `k`: a capitalised word or one that opens a name of the gazetteer (`al`
    /// of `al-Shabaab`). A head noun before a name describes it ("the al-Qaeda-linked group al-Shabaab").
    func nameMayStart(_ k: Int, _ e: Int) -> Bool {
        k < e && (tokens[k].flags & (Token.capitalized | Token.allCaps) != 0 || tokens[k].has(Token.startsName))
    }

    /// Whether the gazetteer names an armed group or an organisation at token `k` (a capitalised word), read word
    /// for word (`the Pakistani Taliban` in "militants of the Pakistani Taliban").
    func groupNameStarts(at k: Int, _ e: Int) -> Bool {
        guard tokens[k].flags & (Token.capitalized | Token.allCaps) != 0 else { return false }
        var node: Int32 = 0
        var j = k
        while j < e {
            node = pack.gazetteer.child(node, tokens[j].id)
            if node < 0 { return false }
            j += 1
            // The hits are numbered by their positions in the trie (CompiledPack): no need to read their numbers.
            for p in pack.gazetteer.payloadPositions(node) {
                let hit = pack.hits[p]
                if hit.how != .place, hit.how != .demonym, [.armedGroup, .organisation].contains(kind(hit.entry)) { return true }
            }
        }
        return false
    }

    /// Finds the actor mentions of a sentence, with coordination groups.
    mutating func findMentions(_ s: Int, _ e: Int) {
        // The tokens are read through a buffer: the optimiser left the array's subscript a call in this long method.
        let all = tokens
        all.withUnsafeBufferPointer { findMentions(s, e, $0) }
    }

    /// ``findMentions(_:_:)`` with the document's tokens as `tokens` (the run does not change them meanwhile).
    private mutating func findMentions(_ s: Int, _ e: Int, _ tokens: UnsafeBufferPointer<Token>) {
        mentions.removeAll(keepingCapacity: true)
        sentenceHistoryStart = history.count
        let ids = pack.ids
        // Seats without a name that nothing before them resolves ("The regime and the MNDAA sat down …").
        var unresolvedSeats: [(start: Int, end: Int)] = []
        // Seats resolved without a second candidate ("China is a key ally of the junta, … in Myanmar").
        var seatsWithoutAlternative: [Int] = []
        var i = s
        while i < e {
            let t = tokens[i]
            // Aliases learned from this document.
            if !learnedWords.isEmpty, t.has(Token.capitalized),
                let positions = learnedByFirstWord[Tokenizer.foldedText(text, Int(t.start), Int(t.end))]
            {
                var matched = false
                for (words, entry) in positions.map({ learnedWords[$0] }) where i + words.count <= e {
                    var ok = true
                    for (k, w) in words.enumerated() where Tokenizer.foldedText(text, Int(tokens[i + k].start), Int(tokens[i + k].end)) != w
                    { ok = false; break }
                    if ok {
                        let how: Mention.Kind = kind(entry) == .state ? .capital : .named
                        addMention(Mention(start: i, end: i + words.count, actors: ActorList(single: entry), kind: how), s)
                        i += words.count
                        matched = true
                        break
                    }
                }
                if matched { continue }
            }
            if t.has(Token.startsName) || misspeltName(i) {
                var node: Int32 = 0
                var j = i
                var bestEnd = i
                var best: GazetteerHit?, single: GazetteerHit?
                var shorter: (hit: GazetteerHit, end: Int)?
                var capital = false
                var corrected = -1
                var correctedGrowth = 0
                while j < e {
                    var next = pack.gazetteer.child(node, tokens[j].id)
                    var step = 1
                    // "Jaish-al-Adl" for `Jaish al-Adl` (when the pack also has `Jaish-e-Mohammed`): a hyphen the
                    // pack reads only when the word after it does not lead on.
                    let deadEnd =
                        next >= 0 && tokens[j].id == pack.ids.hyphen && j + 1 < e && pack.gazetteer.child(next, tokens[j + 1].id) < 0
                    if next < 0 || deadEnd, j > i {
                        let variant = pack.gazetteer.hyphenVariantChild(node, j, e, in: tokens, hyphen: ids.hyphen)
                        if variant.0 >= 0 || next < 0 { (next, step) = variant }
                    }
                    // "Min Aung Hliang": one word of a name may be misspelt by one edit.
                    if next < 0, corrected < 0, pack.gazetteer.hasChildren(node), misspeltName(j) {
                        for id in fuzzyCandidates(j) {
                            let child = pack.gazetteer.child(node, id)
                            if child >= 0 {
                                next = child
                                corrected = j
                                // The name's own spelling may be a letter longer ("Beijig" for `Beijing`).
                                correctedGrowth = pack.vocabulary.word(id).utf8.count - (Int(tokens[j].end) - Int(tokens[j].start))
                                break
                            }
                        }
                    }
                    node = next
                    if node < 0 { break }
                    if tokens[j].flags & (Token.capitalized | Token.allCaps | Token.digit) != 0 { capital = true }
                    j += step
                    var chosen: GazetteerHit?
                    // The hits are numbered by their positions in the trie (CompiledPack): no need to read their numbers.
                    for p in pack.gazetteer.payloadPositions(node) {
                        let hit = pack.hits[p]
                        if hit.exact >= 0 {
                            if !exactly(i, j, pack.exactSpellings[Int(hit.exact)]) { continue }
                        } else if !capital {
                            continue
                        }
                        if chosen == nil || hit.how < chosen!.how
                            || (hit.how == .person && chosen!.how == .person && roleActor(hit.entry) != nil
                                && roleActor(chosen!.entry) == nil)
                        {
                            chosen = hit
                        }
                    }
                    if let chosen {
                        if let best { shorter = (best, bestEnd) }
                        best = chosen
                        bestEnd = j
                    }
                    if j == i + 1 { single = chosen }
                }
                // "Sudan's army-backed government": a name never ends inside a lowercase hyphenated word.
                if let fallback = shorter, tokens[bestEnd - 1].has(Token.lowercase), lowercaseCompoundEnd(bestEnd - 1, e) != nil {
                    best = fallback.hit
                    bestEnd = fallback.end
                }
                // "pro-Russian forces": after `pro-` a name ending in an organ is the demonym of a sponsored group.
                if bestEnd - i > 1, let single, single.how == .demonym, i >= 2, tokens[i - 1].id == ids.hyphen, tokens[i - 2].id == ids.pro,
                    pack.flags(tokens[bestEnd - 1].id) & WordFlags.organ != 0
                {
                    best = single
                    bestEnd = i + 1
                }
                // A corrected word counts only inside a name of seven letters or more (as the gazetteer spells it).
                if corrected >= i, corrected < bestEnd, Int(tokens[bestEnd - 1].end) - Int(tokens[i].start) + correctedGrowth < 7 {
                    best = nil
                }
                if let best {
                    i = handleHit(best, i, bestEnd, s, e)
                    continue
                }
            }
            // "Ethiopia and its Eritrean allies", "Erdogan and his Russian counterpart", "Sisi and his Sudan counterpart":
            // a possessive before a demonym or a titled name joins what follows to the list; it is no mention of its own.
            if i > s + 1, tokens[i - 1].id == ids.and, mentions.last?.end == i - 1, i + 1 < e,
                isDemonym(i + 1) || namesTitle(from: i + 1, e),
                pack.wordSets.personPronouns.contains(t.id) || pack.flags(t.id) & WordFlags.possessivePronoun != 0
            {
                i += 1
                continue
            }
            // "… President Sisi said, and he slammed …": he, his stand for the person named last in the paragraph.
            if lastPersonActor >= 0, pack.wordSets.personPronouns.contains(t.id) {
                let end = absorbOrgans(i + 1, e, groups: true)
                addMention(Mention(start: i, end: end, actors: [lastPersonActor], kind: .pronoun), s, remember: false)
                i = end
                continue
            }
            let f = pack.flags(t.id)
            // Possessive pronouns.
            if f & WordFlags.possessivePronoun != 0 {
                // A bare object "it" ("The United States condemned it") names an act or a thing far more
                // often than the actor mentioned last, so it is no mention.
                if isObjectIt(i, s, e) {
                    i += 1
                    continue
                }
                // "Kerry and Lavrov said that they have reached an agreement": `they` right after a pair is the pair.
                if isWord(i, in: .pluralPronouns), let pair = lastPair() {
                    addMention(Mention(start: i, end: i + 1, actors: pair, kind: .pair), s, remember: false)
                    i += 1
                    continue
                }
                // "… aimed at ISIS militants, but footage showed that it was hitting …": `it` is no plural noun's.
                let singular = isWord(i, in: .singularPronouns)
                // "… declined an Iranian proposal … in their conflict with the RSF": `their` prefers a plural name of its sentence;
                // so does `they` ("ISIS fighters … hide in eastern Syria, where they have been bombed").
                let pluralReferent =
                    isWord(i, in: .pluralPossessives) || isWord(i, in: .pluralPronouns)
                    ? history[sentenceHistoryStart...].last(where: { !$0.pair && !$0.actors.isEmpty && $0.pluralName }) : nil
                // "Chad, Sudan and Libya then widened their pact into …": `their` after the sentence's list, with
                // no plural name of its sentence, is the list's.
                if pluralReferent == nil, isWord(i, in: .pluralPossessives), let list = sentenceList(s) {
                    let end = absorbOrgans(i + 1, e, groups: true)
                    addMention(Mention(start: i, end: end, actors: list, kind: .pronoun), s, remember: false)
                    i = end
                    continue
                }
                if let referent = pluralReferent ?? history.last(where: { !$0.pair && !$0.actors.isEmpty && !(singular && $0.plural) }) {
                    var end = absorbOrgans(i + 1, e, groups: true)
                    if end == i + 1 {
                        // "its leader Hassan Nasrallah": a title and a name belong to the pronoun's actor.
                        if let titled = titleAndName(from: i + 1, e) { end = titled.end }
                    }
                    var actor = referent.actors[0]
                    // "Syria dismissed Turkish claims that it was behind …": after a word of `self-report-cues` and a
                    // complementizer the pronoun is the subject of the sentence, not the actor named last (but
                    // "charging that it …" speaks of another).
                    if i > s + 1, isWord(i - 1, in: .complementizers),
                        isWord(i - 2, in: .selfReportCues), let subject = sentenceSubject(s, before: i)
                    {
                        actor = subject
                    }
                    // "… for its annexation of Ukraine's Crimea, and its support for separatist fighters": the same
                    // pronoun after `and` continues the list it opened, with the same referent.
                    // (Read back only over the sentence's own mentions.)
                    if i > s + 1, tokens[i - 1].id == ids.and,
                        let earlier = mentions.reversed().prefix(while: { $0.start >= s })
                            .first(where: { m in m.kind == .pronoun && m.actors.count == 1 && tokens[m.start].id == t.id })
                    {
                        actor = earlier.actors[0]
                    }
                    var pronoun = Mention(start: i, end: end, actors: [actor], kind: .pronoun)
                    // "Baku launched its offensive": after such a verb the pronoun owns the action, not a target.
                    let ownAction = i > s && isWord(i - 1, in: .actionVerbs)
                    if ownAction, end == i + 1, i + 1 < e, !isWord(i + 1, in: .finiteVerbs), !isWord(i + 1, in: .subjectFollowers) {
                        // The pronoun only says whose action it is ("launched its separatist revolt"): no target.
                        i = end
                        continue
                    }
                    // "Tehran shipped weapons to its proxies": a pronoun with a group noun names the possessor's own
                    // group, so it never falls back to another referent.
                    let ownGroup = (i + 1..<end).contains { pack.flags(tokens[$0].id) & WordFlags.groupNoun != 0 }
                    if !ownAction, !ownGroup { pronoun.alternative = alternativeReferent(to: actor) }
                    addMention(pronoun, s, remember: false)
                    i = end
                    continue
                }
                i += 1
                continue
            }
            // "the junta", "the military regime", "regime forces": a seat named without its state is the state
            // the paragraph named last (or the one before, when that one is the other party).
            // (A seat reference opens with `the` or a word of its lexicons: the test spares the call for every other token.)
            if t.id == ids.the || isWord(i, in: .seatReferences) || isWord(i, in: .seatQualifiers), let end = seatReferenceEnd(i, e) {
                // "In Yemen, Saudi-backed government forces …": after a patron compound only a state this sentence names,
                // other than the patron's, is the seat's; without one the words are read as a group further on.
                let backed = i > 0 && pack.flags(tokens[i - 1].id) & WordFlags.sponsorship != 0
                let patron = backed ? patronState(before: i) : nil
                if let state = backed ? patron.flatMap(sentenceState(excluding:)) : recentState(excluding: -1) {
                    var seat = Mention(start: i, end: end, actors: ActorList(single: state), kind: .pronoun)
                    seat.alternative = recentState(excluding: patron ?? state) ?? -1
                    if seat.alternative < 0 { seatsWithoutAlternative.append(i) }
                    // "troops deployed in the country": after a locative word the seat is a place.
                    seat.locative = i > s && pack.flags(tokens[i - 1].id) & WordFlags.locative != 0
                    addMention(seat, s, remember: false)
                    i = end
                    continue
                }
                if !backed { unresolvedSeats.append((i, end)) }
            }
            // "the Iranian-backed movement": a patron compound between `the` and a back-reference noun is the group
            // named before, and the patron backs it.
            // "the Iranian-backed terror group": up to two plain words may stand between the compound and the noun.
            var participle = i - 1
            while participle > s, i - participle <= 2, tokens[participle].has(Token.lowercase),
                pack.flags(tokens[participle].id) & (WordFlags.sponsorship | WordFlags.boundary) == 0
            { participle -= 1 }
            if t.id == ids.group || t.id == ids.organisation || t.id == ids.movement, t.has(Token.lowercase), participle >= 2,
                pack.flags(tokens[participle].id) & WordFlags.sponsorship != 0, tokens[participle - 1].id == ids.hyphen,
                let patron = mentions.last, patron.end == participle - 1, patron.start > s, tokens[patron.start - 1].id == ids.the,
                let referent = history.last(where: { h in
                    !h.pair && h.actors.count == 1 && !patron.actors.contains(h.actors[0])
                        && [.armedGroup, .organisation, .unknown].contains(kind(h.actors[0]))
                })
            {
                addMention(Mention(start: participle + 1, end: i + 1, actors: [referent.actors[0]], kind: .pronoun), s, remember: false)
                i += 1
                continue
            }
            // "both sides", "both parties": the pair the sentence named last, as for "the two sides".
            if t.id == ids.both, i + 1 < e, tokens[i + 1].has(Token.lowercase), pack.flags(tokens[i + 1].id) & WordFlags.pairNoun != 0 {
                let states = isWord(i + 1, in: .statePairNouns)
                if let p = sentencePair(), p.count == 2, !states || (stateOf(p[0]) != nil && stateOf(p[1]) != nil) {
                    addMention(Mention(start: i, end: i + 2, actors: p, kind: .pair), s, remember: false)
                    i += 2
                    continue
                }
            }
            // "the group", "the two sides".
            if t.id == ids.the, i + 1 < e {
                if tokens[i + 1].id == ids.group || tokens[i + 1].id == ids.organisation || tokens[i + 1].id == ids.movement {
                    // "… jihadist defectors to the Western coalition that is striking the group": `group` prefers an armed
                    // group to an organisation named after it.
                    let kinds: [ActorKind] = [.armedGroup, .organisation, .unknown]
                    let armed =
                        tokens[i + 1].id == ids.group
                        ? history.last(where: { h in !h.pair && h.actors.contains { kind($0) == .armedGroup } }) : nil
                    if let referent = armed ?? history.last(where: { h in !h.pair && h.actors.contains { kinds.contains(kind($0)) } }) {
                        addMention(Mention(start: i, end: i + 2, actors: [referent.actors[0]], kind: .pronoun), s, remember: false)
                        i += 2
                        continue
                    }
                }
                // "the (regional) bloc", "the alliance" → the nearest organisation.
                var n = i + 1
                while n < e, n - i <= 2, tokens[n].has(Token.lowercase), !pack.wordSets.organisationNouns.contains(tokens[n].id),
                    pack.flags(tokens[n].id) & WordFlags.boundary == 0, tokens[n].id != ids.comma
                { n += 1 }
                if n < e, tokens[n].has(Token.lowercase), pack.wordSets.organisationNouns.contains(tokens[n].id),
                    // "the alliance of Gulf states" is a new name; "the bloc of imposing …" refers back.
                    !(n + 2 < e && tokens[n + 1].id == ids.of && !endsWith(n + 2, .progressiveSuffixes)),
                    let referent = history.last(where: { h in !h.pair && h.actors.count == 1 && kind(h.actors[0]) == .organisation })
                {
                    addMention(Mention(start: i, end: n + 1, actors: [referent.actors[0]], kind: .pronoun), s, remember: false)
                    i = n + 1
                    continue
                }
                // "the two Balkan wartime foes", "the two nuclear-armed neighbours": up to three describing words may
                // sit between `two` and the pair noun.
                var noun = i + 2
                while noun < e, noun - i <= 4, pack.flags(tokens[noun].id) & (WordFlags.pairNoun | WordFlags.boundary) == 0,
                    tokens[noun].has(Token.word) || (tokens[noun].id == ids.hyphen && !tokens[noun].has(Token.spaceBefore))
                { noun += 1 }
                if i + 2 < e, noun < e, tokens[i + 1].id == ids.two, pack.flags(tokens[noun].id) & WordFlags.pairNoun != 0 {
                    var pair: [Int32] = []
                    // "the two neighbours", "the two countries": states only.
                    let states = isWord(noun, in: .statePairNouns)
                    func fits(_ a: Int32) -> Bool { !states || stateOf(a) != nil }
                    // A pair coordinated earlier in the sentence comes first ("the leaders of Serbia and Kosovo …
                    // a European Union-sponsored plan … the two foes").
                    if let p = sentencePair(), fits(p[0]), fits(p[1]) {
                        pair = [p[0], p[1]]
                    } else if let p = history.last(where: { $0.pair && $0.actors.count >= 2 && fits($0.actors[0]) && fits($0.actors[1]) }) {
                        pair = Array(p.actors.prefix(2))
                    } else {
                        for h in history.reversed() {
                            for a in h.actors where fits(a) && !pair.contains(a) && pair.count < 2 { pair.append(a) }
                        }
                    }
                    if pair.count == 2 {
                        addMention(Mention(start: i, end: noun + 1, actors: ActorList(pair), kind: .pair), s, remember: false)
                        i = noun + 1
                        continue
                    }
                }
                // "The two states have for years blamed each other": without `two`, only a pair named before.
                // "Pyongyang and Moscow stepped up ties, and the countries agreed …": a pair of the sentence comes first.
                if pack.flags(tokens[i + 1].id) & WordFlags.pairNoun != 0,
                    let p = sentencePair() ?? history.last(where: { $0.pair && $0.actors.count == 2 })?.actors
                {
                    addMention(Mention(start: i, end: i + 2, actors: p, kind: .pair), s, remember: false)
                    i += 2
                    continue
                }
            }
            // "Iran and the forces it backs", "the militias that Tehran arms": a group noun after `the` whose patron
            // backs it in a relative clause right after is a group of its own, named by the phrase.
            if t.id == ids.the, let verb = patronClauseVerb(after: i, e) {
                let actor = derivedActor(name: phrase(i + 1, verb + 1), kind: .unknown, partOf: nil, head: tokens[i + 1].id, alias: nil)
                addMention(Mention(start: i, end: i + 2, actors: ActorList(single: actor), kind: .generic), s)
                i += 2
                continue
            }
            // Generic agents.
            // "Tuareg rebels", "Tuareg separatist rebels": a capitalised people's name opens the agent's name.
            let namedModifier =
                t.has(Token.capitalized) && i > s && i + 1 < e
                && (pack.flags(tokens[i + 1].id) & (WordFlags.agent | WordFlags.groupNoun) != 0
                    || (isWord(i, in: .ethnicModifiers) && pack.flags(tokens[i + 1].id) & WordFlags.modifier != 0))
            // "Turkey-backed forces", "pro-Russian forces": an organ of a sponsored group is no organ of the sponsor.
            // "southern separatists": a direction word qualifies an agent like a modifier.
            // "… and other gunmen with links to al-Qaeda": a member determiner opens a group's phrase like a modifier.
            let determined = i + 1 < e && isLowercaseWord(i, in: .memberDeterminers)
            // "US-allied Kurdish forces", "Iran-armed militias": a participle of a patron compound is no modifier of the
            // group after it (the group's name starts after it).
            let compoundParticiple =
                i > s && f & WordFlags.sponsorship != 0 && tokens[i - 1].id == ids.hyphen && !t.has(Token.spaceBefore)
            // A patron compound (`Iran-backed`) or `pro-` and a name right before the phrase.
            let sponsored = i >= 2 && pack.flags(tokens[i - 1].id) & WordFlags.sponsorship != 0 && tokens[i - 2].id == ids.hyphen
            let pro = i >= 3 && tokens[i - 2].id == ids.hyphen && tokens[i - 3].id == ids.pro
            // "a Myanmar-linked military militia": after a patron compound, an organ word before a group noun
            // qualifies the group like a modifier.
            let afterPatron = sponsored || pro
            if !compoundParticiple,
                f & (WordFlags.modifier | WordFlags.agent | WordFlags.groupNoun | WordFlags.direction) != 0 || namedModifier || determined
                    || (f & WordFlags.organ != 0 && followsPatron(i, head: i))
                    || afterPatron && (organBeforeGroup(i, e) || isLowercaseWord(i, in: .nameHeads))
            {
                var j = namedModifier || determined ? i + 1 : i
                var ledBy = false
                while j < e, j - i < 4 {
                    if pack.flags(tokens[j].id) & (WordFlags.modifier | WordFlags.direction) != 0 || afterPatron && organBeforeGroup(j, e) {
                        j += 1
                    } else if j > i, j + 1 < e, tokens[j].id == ids.hyphen, !tokens[j].has(Token.spaceBefore),
                        !tokens[j + 1].has(Token.spaceBefore),
                        pack.flags(tokens[j + 1].id) & WordFlags.sponsorship != 0
                    {
                        // "Kurdish-led forces", "Shia-dominated militias": a people leading a group names it.
                        j += 2
                        ledBy = true
                    } else {
                        break
                    }
                }
                if j < e {
                    let hf = pack.flags(tokens[j].id)
                    // "pro-government forces": `pro-` before a modifier opens a group's name.
                    let proModifier = i >= 2 && tokens[i - 1].id == ids.hyphen && tokens[i - 2].id == ids.pro
                    // "Kurdish forces", "local Tuareg fighters", "rebel forces": a people's forces, or insurgents', are
                    // a group named by the text.
                    let ethnic =
                        j > i && hf & WordFlags.organ != 0 && isWord(j, in: .sponsoredHeads)
                        && ((i..<j).contains { isWord($0, in: .ethnicModifiers) || isWord($0, in: .insurgentModifiers) } || ledBy
                            || proModifier)
                    // "12 militants of the Pakistani Taliban": members named by their group are the group.
                    var of = j + 1
                    if of < e, tokens[of].id == ids.of { of += 1 } else { of = e }
                    if of < e, tokens[of].id == ids.the { of += 1 }
                    // "rival factions of the ruling TPLF": modifiers may stand before the group's name.
                    while of < e, of - j <= 5, tokens[of].has(Token.lowercase), pack.flags(tokens[of].id) & WordFlags.modifier != 0 {
                        of += 1
                    }
                    let membersOfGroup = of < e && hf & (WordFlags.agent | WordFlags.groupNoun) != 0 && groupNameStarts(at: of, e)
                    if !membersOfGroup,
                        hf & WordFlags.agent != 0 || (hf & WordFlags.groupNoun != 0 && (j > i || sponsored || pro))
                            || ((sponsored || pro) && isLowercaseWord(j, in: .nameHeads) && !nameMayStart(j + 1, e))
                            || (hf & WordFlags.organ != 0 && followsPatron(i, head: j)) || ethnic
                    {
                        var nameStart = proModifier ? i - 2 : i
                        if sponsored, let m = mentions.last, m.end == i - 2 {
                            nameStart = m.start
                        } else if sponsored, i >= 3, tokens[i - 3].has(Token.capitalized) {
                            // "Western-backed rebels": a patron that is no actor still names the group.
                            nameStart = i - 3
                        }
                        if pro, let m = mentions.last, m.end == i { nameStart = i - 3 }
                        // "anti-Assad rebels": the group's name keeps what it stands against.
                        if let m = mentions.last, m.end == i, m.start - 2 >= s, tokens[m.start - 1].id == ids.hyphen,
                            tokens[m.start - 2].id == ids.anti, nameStart == i
                        {
                            nameStart = m.start - 2
                        }
                        if pro, let m = mentions.last, m.end == i - 1 || m.end == i { nameStart = max(s, m.start - 2) }
                        var name = phrase(nameStart, j + 1)
                        if nameStart == i, let first = name.unicodeScalars.first, first.properties.isUppercase {
                            name = String(first).lowercased() + String(name.unicodeScalars.dropFirst())
                        }
                        let head = tokens[j].id
                        var actor: Int32
                        // "The M23 seized Goma. The rebels then …": a bare agent after `the`, with no group of its head
                        // named before, refers back to the armed group the paragraph named last.
                        let backReference =
                            j == i && i > s && tokens[i - 1].id == ids.the && hf & WordFlags.agent != 0 && !sponsored && !pro
                            ? history.last(where: { h in !h.pair && h.actors.contains { kind($0) == .armedGroup } }) : nil
                        if j == i, !sponsored, !pro, let previous = derived.lastIndex(where: { $0.head == head }) {
                            actor = Int32(entryCount + previous)
                        } else if let backReference,
                            let group = (0..<backReference.actors.count).map({ backReference.actors[$0] })
                                .first(where: { kind($0) == .armedGroup })
                        {
                            addMention(Mention(start: i, end: i + 1, actors: ActorList(single: group), kind: .pronoun), s, remember: false)
                            i += 1
                            continue
                        } else {
                            actor = derivedActor(
                                name: name, kind: .unknown, partOf: nil, head: head,
                                alias: nameStart == i && j > i ? pack.vocabulary.word(head) : nil)
                        }
                        if pro || sponsored, nameStart < i, nameStart < s {
                            actor = derivedActor(name: name, kind: .unknown, partOf: nil, head: head, alias: nil)
                        }
                        addMention(Mention(start: i, end: j + 1, actors: ActorList(single: actor), kind: .generic), s)
                        i = j + 1
                        continue
                    }
                }
            }
            i += 1
        }
        // Apposition: "the Fatemiyoun Brigade, an Afghan militia ..." — the description is the named actor.
        if mentions.count >= 2 {
            // "Boko Haram, a Nigerian militant group tied to ISIS": a demonym that opens a description of a named
            // group stands for the group, not for its state.
            for k in 1..<mentions.count where mentions[k].kind == .demonym {
                let prev = mentions[k - 1]
                guard prev.kind == .named, !prev.locative, prev.end + 2 == mentions[k].start, tokens[prev.end].id == ids.comma,
                    tokens[prev.end + 1].id == ids.a || tokens[prev.end + 1].id == ids.an,
                    prev.actors.count == 1, [.armedGroup, .organisation, .unknown].contains(kind(prev.actors[0]))
                else { continue }
                let head = (mentions[k].end..<min(mentions[k].end + 3, tokens.count)).first { t in
                    tokens[t].has(Token.lowercase)
                        && (pack.flags(tokens[t].id) & (WordFlags.groupNoun | WordFlags.agent) != 0 || tokens[t].id == ids.group)
                }
                if head != nil {
                    mentions[k].actors = prev.actors
                    mentions[k].kind = .named
                }
            }
            for k in 1..<mentions.count where mentions[k].kind == .generic {
                let prev = mentions[k - 1]
                // "…, an umbrella of Iran-aligned armed groups": a collective noun and `of` may come first;
                // the sponsor (`Iran` of `Iran-aligned`) may be a mention of its own.
                let collective =
                    prev.end + 4 == mentions[k].start && prev.end + 3 < tokens.count && tokens[prev.end + 3].id == ids.of
                    && isWord(prev.end + 2, in: .collectiveNouns)
                if !collective, k >= 2, case let owner = mentions[k - 2], prev.end + 1 < tokens.count, tokens[prev.end].id == ids.hyphen,
                    pack.flags(tokens[prev.end + 1].id) & WordFlags.sponsorship != 0, owner.kind == .named, !owner.locative,
                    // "Kataib Hezbollah, an Iran-backed Iraqi militia": the determiner may come right before the patron.
                    collectiveOf(after: owner.end, before: prev.start) || (prev.start == owner.end + 2 && tokens[owner.end].id == ids.comma)
                {
                    let det = tokens[owner.end + 1].id
                    if det == ids.a || det == ids.an || det == ids.the || det == ids.two {
                        mentions[k].actors = owner.actors
                        mentions[k].kind = .named
                    }
                    continue
                }
                guard prev.kind == .named, !prev.locative,
                    prev.end + 2 == mentions[k].start || prev.end + 3 == mentions[k].start || collective,
                    tokens[prev.end].id == ids.comma
                else { continue }
                let det = tokens[prev.end + 1].id
                guard det == ids.a || det == ids.the || det == ids.an else { continue }
                if !collective, prev.end + 3 == mentions[k].start, pack.flags(tokens[prev.end + 2].id) & WordFlags.modifier == 0,
                    !tokens[prev.end + 2].has(Token.capitalized)
                {
                    continue
                }
                mentions[k].actors = prev.actors
                mentions[k].kind = .named
            }
        }
        resolveSeatsForward(unresolvedSeats)
        alternativesForward(seatsWithoutAlternative)
        markModifiers()
        resolveNamedAsides()
        resolveLedGroups()
        resolveLoyalOrgans()
        // "Iran's Quds Force": an owner and its own sub-unit are one mention of the sub-unit.
        var owner = 0
        while owner + 1 < mentions.count {
            let m = mentions[owner], n = mentions[owner + 1]
            if m.end + 1 == n.start, tokens[m.end].id == ids.possessive, m.actors.count == 1, n.actors.count == 1, !m.locative, !n.locative,
                isPart(n.actors[0], of: m.actors[0])
            {
                var merged = n
                merged.start = m.start
                mentions[owner] = merged
                mentions.remove(at: owner + 1)
                continue
            }
            // "al-Qaeda's Syrian affiliate": a demonym between a possessor and its noun says where, not who.
            if m.end + 1 == n.start, tokens[m.end].id == ids.possessive, n.kind == .demonym, !m.locative, m.kind != .pronoun,
                n.end < tokens.count, tokens[n.end].has(Token.lowercase)
            {
                mentions.remove(at: owner + 1)
                continue
            }
            // "the YPG/PYD militia", "the M23/Congo River Alliance": a name after a slash is another name of the same
            // actor, not a member of a list.
            if m.end + 1 == n.start, tokens[m.end].id == ids.slash, m.kind == .named, n.kind == .named, !m.locative,
                !tokens[m.end].has(Token.spaceBefore), !tokens[n.start].has(Token.spaceBefore)
            {
                mentions[owner].end = n.end
                mentions.remove(at: owner + 1)
                continue
            }
            owner += 1
        }
        absorbDescriptions()
        // Compounds: Israeli-Russian, Cairo-Khartoum.
        func compounds(_ kind: Mention.Kind) -> Bool { kind == .demonym || kind == .named || kind == .capital }
        var k = 0
        while k + 1 < mentions.count {
            let m = mentions[k], n = mentions[k + 1]
            if compounds(m.kind), compounds(n.kind), m.end + 1 == n.start,
                tokens[m.end].id == ids.hyphen,
                !tokens[m.end].has(Token.spaceBefore), !tokens[n.start].has(Token.spaceBefore), !m.modifier, !n.modifier
            {
                var merged = m
                merged.end = n.end
                merged.actors = m.actors + n.actors.filter { !m.actors.contains($0) }
                merged.kind = merged.actors.count > 1 ? .pair : m.kind
                // "a shift in US-Mexico security cooperation": a pair before a noun qualifies it; it is no place.
                if merged.kind == .pair, merged.end < tokens.count, tokens[merged.end].has(Token.lowercase) { merged.locative = false }
                mentions[k] = merged
                mentions.remove(at: k + 1)
                if merged.kind == .pair { history.append((merged.actors, true, true, true)) }
                continue
            }
            k += 1
        }
    }

    /// The end of a run of organ nouns from `k` (`missiles and drones`), or `k` when there is none.
    func absorbOrgans(_ k: Int, _ e: Int, groups: Bool) -> Int {
        var j = k, modifiers = 0
        while j < e, modifiers < 2 {
            if let end = lowercaseCompoundEnd(j, e) {
                j = end  // "Sudan's army-backed government": a lowercase compound qualifies the organ.
            } else if pack.flags(tokens[j].id) & (WordFlags.modifier | WordFlags.organ) == WordFlags.modifier {
                j += 1
            } else {
                break
            }
            modifiers += 1
        }
        let mask = WordFlags.organ | (groups ? WordFlags.groupNoun | WordFlags.agent : 0)
        guard j < e, pack.flags(tokens[j].id) & mask != 0 else { return k }
        j += 1
        // "Pakistan's intelligence agency": an organ of two nouns.
        if j < e, tokens[j].has(Token.lowercase), pack.flags(tokens[j].id) & WordFlags.organ != 0 { j += 1 }
        if j + 1 < e, tokens[j].id == pack.ids.and, pack.flags(tokens[j + 1].id) & mask != 0 { j += 2 }
        return j
    }

    /// Whether token `k` is a lowercase organ word right before a group noun or an agent (`military` in
    /// `military militia`).
    func organBeforeGroup(_ k: Int, _ e: Int) -> Bool {
        k + 1 < e && tokens[k].has(Token.lowercase) && pack.flags(tokens[k].id) & WordFlags.organ != 0
            && tokens[k + 1].has(Token.lowercase) && pack.flags(tokens[k + 1].id) & (WordFlags.agent | WordFlags.groupNoun) != 0
    }

    /// The end of the head of a group phrase whose first noun is token `k`: a second group noun or agent
    /// after it belongs to it (`militia group`, `militia groups`).
    func groupHeadEnd(_ k: Int, _ e: Int) -> Int {
        if k + 1 < e, tokens[k + 1].has(Token.lowercase), pack.flags(tokens[k + 1].id) & (WordFlags.groupNoun | WordFlags.agent) != 0 {
            return k + 2
        }
        return k + 1
    }

    /// The end of a hyphenated compound of lowercase words that starts at `j` (`army-backed`, `military-led`), or nil.
    func lowercaseCompoundEnd(_ j: Int, _ e: Int) -> Int? {
        guard j + 2 < e, tokens[j + 1].id == pack.ids.hyphen, !tokens[j + 1].has(Token.spaceBefore),
            tokens[j].has(Token.lowercase), tokens[j + 2].has(Token.lowercase), !tokens[j + 2].has(Token.spaceBefore)
        else { return nil }
        return j + 3
    }

    /// The start of a capitalised title phrase that ends right before token `i` (`President`, `Prime Minister`), or `i`.
    func titleBefore(_ i: Int, _ s: Int) -> Int {
        var start = max(s, i - 3)
        while start < i {
            if tokens[start].has(Token.capitalized) {
                var node: Int32 = 0, m = start
                while m < i {
                    node = pack.cues.child(node, tokens[m].id)
                    if node < 0 { break }
                    m += 1
                }
                if m == i, node >= 0, pack.cues.payloads(node).contains(CueKind.title.rawValue) { return start }
            }
            start += 1
        }
        return i
    }

    /// Whether `actor` is (transitively) part of `whole`.
    func isPart(_ actor: Int32, of whole: Int32) -> Bool {
        var current = parent(actor)
        var steps = 0
        while let p = current, steps < 8 {
            if p == whole { return true }
            current = parent(p)
            steps += 1
        }
        return false
    }

    /// Whether `, a <collective noun> [one word] of` fills the tokens between an owner's end and a
    /// description's start (`, an umbrella of`, `, an umbrella group of`).
    func collectiveOf(after end: Int, before start: Int) -> Bool {
        guard start - end == 4 || start - end == 5, start <= tokens.count, tokens[end].id == pack.ids.comma,
            tokens[start - 1].id == pack.ids.of
        else { return false }
        return isWord(end + 2, in: .collectiveNouns)
    }

    /// Whether token `k` is a sponsored head (`forces`) after a patron compound of a named actor
    /// (`Turkey-backed`, `UAE-aligned`) or after `pro-` and a name (`pro-Russian`).
    func followsPatron(_ k: Int, head: Int) -> Bool {
        guard k >= 2, isWord(head, in: .sponsoredHeads), let last = mentions.last else { return false }
        // "Turkey-trained units of the Tripoli government" are that government's units.
        if head + 1 < tokens.count, tokens[head + 1].id == pack.ids.of { return false }
        if k >= 3, tokens[k - 2].id == pack.ids.hyphen, last.end == k - 2, isWord(k - 1, in: .patronParticiples) {
            return true
        }
        return k >= 3 && last.end == k && last.start >= 2 && tokens[last.start - 1].id == pack.ids.hyphen
            && tokens[last.start - 2].id == pack.ids.pro
    }

    /// "the two militant groups — Hezbollah and Hamas — fired …": a generic mention followed by an aside between
    /// spaced dashes that lists two to four named actors stands for them (the matcher skips the aside itself).
    mutating func resolveNamedAsides() {
        let ids = pack.ids
        for k in 0..<mentions.count where mentions[k].kind == .generic && isAsideDash(token: mentions[k].end) {
            var actors = ActorList()
            var pos = mentions[k].end + 1, j = k + 1, closed = false
            while j < mentions.count, actors.count < 4 {
                let n = mentions[j]
                guard n.kind == .named, !n.locative, n.actors.count == 1,
                    n.start == pos || (n.start == pos + 1 && tokens[pos].id == ids.the)
                else { break }
                actors.append(n.actors[0])
                pos = n.end
                if isAsideDash(token: pos) { closed = true; break }
                // Members are joined by a comma, `and` or both.
                var next = pos
                if next < tokens.count, tokens[next].id == ids.comma { next += 1 }
                if next < tokens.count, tokens[next].id == ids.and { next += 1 }
                guard next > pos else { break }
                pos = next
                j += 1
            }
            if closed, actors.count >= 2 { mentions[k].actors = actors }
        }
    }

    /// When `the` at token `i` opens a group noun (a group noun, an agent or an organ that is no seat) followed by a
    /// relative clause of its patron (`forces it backs`, `militias that Tehran arms`: perhaps a relative pronoun, then a
    /// pronoun or one to three capitalised words, then a word of `patron-verbs`), the index of that verb; else `nil`.
    func patronClauseVerb(after i: Int, _ e: Int) -> Int? {
        let noun = i + 1
        guard noun + 2 < e, tokens[noun].has(Token.lowercase),
            pack.flags(tokens[noun].id) & (WordFlags.organ | WordFlags.groupNoun | WordFlags.agent) != 0,
            !isWord(noun, in: .seatWords), !isWord(noun, in: .seatReferences)
        else { return nil }
        var k = noun + 1
        if isLowercaseWord(k, in: .relativePronouns) { k += 1 }
        guard k < e else { return nil }
        if tokens[k].has(Token.lowercase) {
            guard isWord(k, in: .possessivePronouns) || pack.wordSets.personPronouns.contains(tokens[k].id) else { return nil }
            k += 1
        } else {
            let first = k
            while k < e, k - first < 3, tokens[k].has(Token.capitalized) { k += 1 }
            guard k > first else { return nil }
        }
        return k < e && isLowercaseWord(k, in: .patronVerbs) ? k : nil
    }

    /// "rebels led by Riek Machar", "a militia headed by Joseph Kony": a generic group followed by a phrase of
    /// `leader-participles` and a person who leads an armed group is that group. (A person who leads a state leaves
    /// the group alone: "troops led by the president" may be any of the state's forces.)
    mutating func resolveLedGroups() {
        for k in 0..<max(0, mentions.count - 1) where mentions[k].kind == .generic && !mentions[k].locative {
            let leader = mentions[k + 1]
            guard leader.kind == .person, leader.actors.count == 1, !leader.locative, kind(leader.actors[0]) == .armedGroup,
                var end = lexiconPhraseEnd(.leaderParticiples, from: mentions[k].end, leader.start)
            else { continue }
            // "fighters led by ex-minister Dr X": a former title may stand before the name.
            while end < leader.start, pack.flags(tokens[end].id) & WordFlags.former != 0 { end += 1 }
            guard titleChainEnd(end, leader.start) == leader.start else { continue }
            mentions[k].actors = leader.actors
            mentions[k].kind = .named
        }
    }

    /// An organ that no mention covers, followed by a phrase of `loyalty-phrases` and a leader, a state or a group
    /// (`troops loyal to President Kiir`, `forces loyal to Haftar`), is one mention of that actor, from the
    /// organ (with its `the`) to the end of the name.
    mutating func resolveLoyalOrgans() {
        for k in mentions.indices.reversed() where !mentions[k].locative && !mentions[k].modifier {
            let leader = mentions[k]
            guard leader.actors.count == 1, leader.start >= 3, leader.kind != .pronoun else { continue }
            // The organ word is tested first: it is cheap, and the phrase (one or two words) is read only after it.
            // (A loop, not a closure: a closure that reads `self` here copied the whole run for every mention.)
            var phrase = 0
            for length in 1...2
            where pack.flags(tokens[leader.start - length - 1].id) & WordFlags.organ != 0
                && lexiconPhraseEnd(.loyaltyPhrases, from: leader.start - length, leader.start) == leader.start
            {
                phrase = length
                break
            }
            guard phrase > 0 else { continue }
            let organ = leader.start - phrase - 1
            guard !mentions.contains(where: { $0.start <= organ && organ < $0.end }) else { continue }
            let start = organ > 0 && tokens[organ - 1].id == pack.ids.the ? organ - 1 : organ
            mentions[k] = Mention(start: start, end: leader.end, actors: leader.actors, kind: .named)
        }
    }

    /// Marks mentions used as modifiers: `Iran-backed`, `Moscow-led`, `pro-Russian`.
    mutating func markModifiers() {
        let ids = pack.ids
        for k in 0..<mentions.count {
            let m = mentions[k]
            if m.end + 1 < tokens.count, tokens[m.end].id == ids.hyphen, !tokens[m.end].has(Token.spaceBefore),
                !tokens[m.end + 1].has(Token.spaceBefore), pack.flags(tokens[m.end + 1].id) & WordFlags.sponsorship != 0
            {
                mentions[k].modifier = true
            }
            // "the anti-Kremlin legion": a mention after `anti-` names what the phrase stands against.
            if m.start >= 2, tokens[m.start - 1].id == ids.hyphen, tokens[m.start - 2].id == ids.anti,
                !tokens[m.start - 1].has(Token.spaceBefore), !tokens[m.start].has(Token.spaceBefore)
            {
                mentions[k].modifier = true
            }
            // "the Armenian controlled Nagorno-Karabakh": a demonym before a patron participle and a mention.
            if m.kind == .demonym, k + 1 < mentions.count, mentions[k + 1].start == m.end + 1, tokens[m.end].has(Token.lowercase),
                pack.flags(tokens[m.end].id) & WordFlags.sponsorship != 0
            {
                mentions[k].modifier = true
            }
        }
    }

    /// The pair named last: two mentions joined by `and` earlier in the sentence, else the paragraph's last pair when
    /// nothing was named since; or nil.
    func lastPair() -> ActorList? {
        if mentions.count >= 2 {
            let a = mentions[mentions.count - 2], b = mentions[mentions.count - 1]
            if b.start == a.end + 1, tokens[a.end].id == pack.ids.and, a.actors.count == 1, b.actors.count == 1, a.actors[0] != b.actors[0],
                !a.locative, !b.locative
            {
                return ActorList([a.actors[0], b.actors[0]])
            }
            return nil
        }
        if mentions.isEmpty, let last = history.last, last.pair, last.actors.count >= 2 { return last.actors }
        return nil
    }

    /// The members of the sentence's last list of three or more (`Burkina Faso, Mali, and Niger`): mentions joined by
    /// commas and a final `and`, after which only possessive pronouns and places were named; or nil. (A pair is
    /// `their` referent only through the rules that name it, `@AB … their alliance`.)
    func sentenceList(_ s: Int) -> ActorList? {
        let ids = pack.ids
        var k = mentions.count - 1
        while k >= 0, mentions[k].start >= s,
            mentions[k].locative || pack.flags(tokens[mentions[k].start].id) & WordFlags.possessivePronoun != 0
        {
            k -= 1
        }
        guard k >= 1, mentions[k].start >= s else { return nil }
        var members = ActorList()
        var sawAnd = false
        var j = k
        while j >= 0, mentions[j].start >= s, mentions[j].actors.count == 1, !mentions[j].locative, !members.contains(mentions[j].actors[0])
        {
            members.append(mentions[j].actors[0])
            guard j >= 1, mentions[j - 1].start >= s else { break }
            let a = mentions[j - 1], b = mentions[j]
            let gap = b.start - a.end
            let and =
                gap == 1 && tokens[a.end].id == ids.and || gap == 2 && tokens[a.end].id == ids.comma && tokens[a.end + 1].id == ids.and
            // The final `and` comes first, reading backwards; commas join the members before it.
            if and, j == k { sawAnd = true } else if !(gap == 1 && tokens[a.end].id == ids.comma && sawAnd) { break }
            j -= 1
        }
        return sawAnd && members.count >= 3 ? members : nil
    }

    /// The last pair of the sentence so far: two mentions joined by `and` (`Pyongyang and Moscow`) or a pair
    /// noun that referred to one (`the two countries`), or nil.
    func sentencePair() -> ActorList? {
        var k = mentions.count - 1
        while k >= 0 {
            let b = mentions[k]
            // "the two countries negotiated … tensions between the neighbours": a pair referred to already.
            if b.kind == .pair, b.actors.count == 2 { return b.actors }
            guard k >= 1 else { break }
            let a = mentions[k - 1]
            // "U.S.-Iran tensions … both countries": a hyphenated pair counts too.
            let joined =
                tokens[a.end].id == pack.ids.and
                || (tokens[a.end].id == pack.ids.hyphen && !tokens[a.end].has(Token.spaceBefore) && !tokens[b.start].has(Token.spaceBefore))
            if b.start == a.end + 1, joined, a.actors.count == 1, b.actors.count == 1, a.actors[0] != b.actors[0],
                !a.locative, !b.locative
            {
                return ActorList([a.actors[0], b.actors[0]])
            }
            k -= 1
        }
        return nil
    }

    /// The actor of the first mention of the sentence (before token `end`) that a verb follows, or nil.
    func sentenceSubject(_ s: Int, before end: Int) -> Int32? {
        for m in mentions where m.start >= s && m.end < end && !m.locative && m.actors.count == 1 {
            if m.end < tokens.count, isVerbAfterSubject(m.end) { return m.actors[0] }
        }
        return nil
    }

    /// The end of a seat named without its state that starts at token `i`: `the` and up to two words of
    /// `seat-qualifiers`, a word of `seat-references`, maybe an organ (`the ruling junta`, `the junta
    /// government`, `regime forces`); without `the` the organ is required. `nil` when the seat is qualified
    /// after it (`the government of …`, `the regime in …`, `the government-backed …`).
    func seatReferenceEnd(_ i: Int, _ e: Int) -> Int? {
        var k = i
        let article = tokens[i].id == pack.ids.the
        if article { k += 1 }
        // "pro-government forces" back the seat; they are not it.
        if i > 1, tokens[i - 1].id == pack.ids.hyphen, tokens[i - 2].id == pack.ids.pro { return nil }
        // "the incumbent pro-Western government": a `pro-` compound qualifies the seat too.
        while k < e, k - i < 6, !isWord(k, in: .seatReferences) {
            if isWord(k, in: .seatQualifiers) {
                k += 1
            } else if k + 2 < e, tokens[k].id == pack.ids.pro, tokens[k + 1].id == pack.ids.hyphen, !tokens[k + 1].has(Token.spaceBefore),
                !tokens[k + 2].has(Token.spaceBefore), tokens[k + 2].has(Token.word)
            {
                k += 3
            } else {
                break
            }
        }
        guard k < e, tokens[k].flags & (Token.lowercase | Token.capitalized) != 0, !tokens[k].has(Token.allCaps) || k == i,
            isWord(k, in: .seatReferences)
        else { return nil }
        k += 1
        if k < e, isWord(k, in: .seatReferences) { k += 1 }
        let organ = k < e && pack.flags(tokens[k].id) & WordFlags.organ != 0 && tokens[k].has(Token.lowercase)
        if organ { k += 1 } else if !article { return nil }
        if k < e {
            let next = tokens[k].id
            // "the regime in Damascus" names its state; "junta forces in Rakhine" (a region) does not.
            let seatPlace = pack.flags(next) & WordFlags.locative != 0 && k + 1 < e && namesState(at: k + 1, e)
            if next == pack.ids.of || next == pack.ids.hyphen || seatPlace {
                return nil
            }
        }
        return k
    }

    /// The state an actor stands for: the actor when it is a state, its parent when that is one (`Israeli troops`), else nil.
    @inline(__always)
    func stateOf(_ actor: Int32) -> Int32? {
        if kind(actor) == .state { return actor }
        if let p = parent(actor), kind(p) == .state { return p }
        return nil
    }

    /// The state a seat without a name refers to, skipping `excluded`: the state the document last named with its
    /// seat when the paragraph's earlier sentences name it too, else the state they named last (or the state an organ
    /// belongs to), else that anchor, else the state the paragraph last named as a place, else the first state named
    /// earlier in the sentence; or nil.
    func recentState(excluding excluded: Int32) -> Int32? {
        func state(_ h: (actors: ActorList, pair: Bool, plural: Bool, pluralName: Bool)) -> Int32? {
            for k in 0..<h.actors.count { if let x = stateOf(h.actors[k]), x != excluded { return x } }
            return nil
        }
        let anchor = seatState >= 0 && seatState != excluded ? seatState : nil
        // The paragraph's earlier sentences: the state named with its seat when they name it, else the nearest state.
        let earlier = history[..<sentenceHistoryStart]
        if let anchor, earlier.contains(where: { $0.actors.contains(anchor) }) { return anchor }
        for h in earlier.reversed() { if let x = state(h) { return x } }
        // An article's later paragraphs speak of the state it named with its seat ("The junta, which seized power …").
        if let anchor { return anchor }
        if lastPlaceState >= 0, lastPlaceState != excluded { return lastPlaceState }
        // Named earlier in the same sentence: the first state ("the envoy to Myanmar said China and Russia armed the junta").
        for h in history[sentenceHistoryStart...] { if let x = state(h) { return x } }
        // The state a group of the paragraph is based in ("the MNDAA … signed a truce with the regime" → Myanmar).
        for h in history.reversed() where !h.pair {
            if let x = basedIn(h.actors[0]), x != excluded { return x }
        }
        return nil
    }

    /// The state of the patron mention of a compound that ends right before token `i` (`Saudi` of `Saudi-backed`), or nil.
    func patronState(before i: Int) -> Int32? {
        guard i >= 2, tokens[i - 2].id == pack.ids.hyphen, let m = mentions.last, m.end == i - 2, m.actors.count == 1 else { return nil }
        return stateOf(m.actors[0])
    }

    /// The state of the sentence's latest mention (a place too) that is not `excluded`, or nil.
    func sentenceState(excluding excluded: Int32) -> Int32? {
        for m in mentions.reversed() where m.actors.count == 1 {
            if let x = stateOf(m.actors[0]), x != excluded { return x }
        }
        return nil
    }

    /// Seats without a name that nothing before them resolved take the state a group named later in the sentence is
    /// based in (`The junta and the ethnic armies met …` → Myanmar), when no mention covers them.
    mutating func resolveSeatsForward(_ seats: [(start: Int, end: Int)]) {
        for seat in seats {
            guard !mentions.contains(where: { $0.start < seat.end && seat.start < $0.end }) else { continue }
            var state: Int32?
            for m in mentions where m.start >= seat.end && !m.locative && m.actors.count == 1 {
                if let home = basedIn(m.actors[0]) { state = home; break }
            }
            guard let state else { continue }
            let at = mentions.firstIndex(where: { $0.start >= seat.end }) ?? mentions.count
            mentions.insert(Mention(start: seat.start, end: seat.end, actors: ActorList(single: state), kind: .pronoun), at: at)
        }
    }

    /// Seats whose only candidate is a state named before them get, as the state they stand for when that one is the
    /// other party, the first other state named after them in the sentence (a place too: `China is a key ally of the
    /// junta, … armed groups in Myanmar`) or the state a group named after them is based in.
    mutating func alternativesForward(_ seatStarts: [Int]) {
        for start in seatStarts {
            guard let k = mentions.firstIndex(where: { $0.start == start && $0.kind == .pronoun }), mentions[k].actors.count == 1
            else { continue }
            let own = mentions[k].actors[0]
            for m in mentions[(k + 1)...] where m.actors.count == 1 {
                if let x = stateOf(m.actors[0]) ?? basedIn(m.actors[0]), x != own {
                    mentions[k].alternative = x
                    break
                }
            }
        }
    }

    /// The state a pack entry is `basedIn`, or nil.
    func basedIn(_ actor: Int32) -> Int32? {
        guard Int(actor) < entryCount, let home = pack.pack.actors[Int(actor)].basedIn else { return nil }
        return pack.entryIndex[home]
    }

    /// The nearest remembered single actor other than `actor` (and not part of it), or -1.
    func alternativeReferent(to actor: Int32) -> Int32 {
        for h in history.reversed() where !h.pair {
            for k in 0..<h.actors.count {
                let x = h.actors[k]
                if x != actor, parent(x) != actor, parent(actor) != x { return x }
            }
        }
        return -1
    }

    /// Adds a mention, marking locatives and remembering it for coreference.
    mutating func addMention(_ mention: Mention, _ sentenceStart: Int, remember: Bool = true) {
        var m = mention
        if m.kind == .named || m.kind == .capital {
            var b = m.start - 1
            while b >= sentenceStart, tokens[b].id == pack.ids.the || pack.flags(tokens[b].id) & WordFlags.direction != 0 { b -= 1 }
            // "in Russia's war on Ukraine" names an actor; "in Mali's south", "in Syria's airspace" a place.
            let possessive =
                m.end + 1 < tokens.count && tokens[m.end].id == pack.ids.possessive
                && pack.flags(tokens[m.end + 1].id) & (WordFlags.direction | WordFlags.nonActor) == 0
            // After `in`, an armed group or an organisation is no place: "a common enemy in the PKK", "membership in
            // NATO" (but "the YPG forces within the SDF" are inside it).
            let placeless =
                b >= sentenceStart && isWord(b, in: .prepositionIn) && m.actors.count == 1
                && [.armedGroup, .organisation].contains(kind(m.actors[0]))
            if b >= sentenceStart, !possessive, !placeless, pack.flags(tokens[b].id) & WordFlags.locative != 0 {
                // "the government in Kinshasa" names the state, not a place.
                // (Not when the seat word ends a mention already read: "the Iranian Foreign Ministry in Tehran".)
                let seat =
                    b > sentenceStart && isWord(b - 1, in: .seatWords)
                    && !(mentions.last.map { $0.start <= b - 1 && $0.end > b - 1 } ?? false)
                if !seat {
                    m.locative = true
                } else {
                    // "the government in Kinshasa" is one mention of the state.
                    m.start = b - 1
                    // "the (ruling) military junta in Naypyidaw": up to two lowercase words may qualify the seat word.
                    var q = m.start
                    while q > sentenceStart, m.start - q < 2, tokens[q - 1].has(Token.lowercase), tokens[q - 1].id != pack.ids.the,
                        pack.flags(tokens[q - 1].id) & WordFlags.boundary == 0
                    { q -= 1 }
                    if q > sentenceStart, tokens[q - 1].id == pack.ids.the { m.start = q - 1 }
                }
            }
        }
        // "the government of Ethiopia", "the regime of Bashar al-Assad": a seat of a state is one mention of it.
        let article = m.start > sentenceStart && tokens[m.start - 1].id == pack.ids.the ? 1 : 0
        if !m.locative, m.kind != .pronoun, m.kind != .generic, m.start >= sentenceStart + 2 + article, m.actors.count == 1,
            kind(m.actors[0]) == .state, tokens[m.start - 1 - article].id == pack.ids.of,
            let seat = seatBefore(m.start - 2 - article, sentenceStart)
        {
            m.start = seat
            // "the Federal Government of Somalia", "the transitional government of Mali": modifiers of the seat; "the
            // Defence Ministry of Armenia": after `the`, capitalised words name it.
            while m.start > sentenceStart, seat - m.start < 2,
                pack.flags(tokens[m.start - 1].id) & WordFlags.modifier != 0 || tokens[m.start - 1].has(Token.capitalized)
            { m.start -= 1 }
            if m.start > sentenceStart, tokens[m.start - 1].id == pack.ids.the {
                m.start -= 1
            } else {
                while m.start < seat, !(pack.flags(tokens[m.start].id) & WordFlags.modifier != 0) { m.start += 1 }
            }
        }
        mentions.append(m)
        if remember, !m.locative, !m.actors.isEmpty {
            let last = m.end - 1
            var named = last
            // "the Sudan Armed Forces (SAF)": the name before its parenthesised acronym.
            if named - 2 > m.start, tokens[named].id == pack.ids.closeParen, tokens[named - 2].id == pack.ids.openParen { named -= 3 }
            let pluralName = endsWith(named, .pluralSuffixes) && !tokens[named].has(Token.allCaps)
            history.append((m.actors, m.actors.count > 1, pluralName && tokens[named].has(Token.lowercase), pluralName))
        }
        if m.locative, m.actors.count == 1, kind(m.actors[0]) == .state { lastPlaceState = m.actors[0] }
        if m.kind == .person, m.actors.count == 1 { lastPersonActor = m.actors[0] }
        // "Myanmar's military government": a state named with its seat is the one later seats without a name mean.
        if m.kind != .pronoun, m.kind != .generic, m.end - m.start > 1, m.actors.count == 1, let x = stateOf(m.actors[0]),
            (m.start..<m.end).contains(where: { isWord($0, in: .seatWords) })
        {
            seatState = x
        }
    }

    /// The seat word that ends at token `t` before `of` and a state ("the government of …"), or that opens a name of
    /// one or two capitalised words ending there ("the Ministry of Defense of …"); `nil` when there is none.
    func seatBefore(_ t: Int, _ sentenceStart: Int) -> Int? {
        if isWord(t, in: .seatWords) { return t }
        var k = t
        while k > sentenceStart, t - k < 2, tokens[k].has(Token.capitalized) { k -= 1 }
        guard k < t, k > sentenceStart, tokens[k].id == pack.ids.of, isWord(k - 1, in: .seatWords) else { return nil }
        return k - 1
    }

    /// Turns a gazetteer hit into a mention, absorbing titles, organs and group nouns; returns the next token.
    mutating func handleHit(_ hit: GazetteerHit, _ i: Int, _ end: Int, _ s: Int, _ e: Int) -> Int {
        let ids = pack.ids
        if hit.how == .place { return end }
        // "US$200 billion": a name joined to a currency sign names a currency.
        if end < e, !tokens[end].has(Token.spaceBefore), isWord(end, in: .currencySigns) { return end }
        var actor: Int32
        var kind: Mention.Kind
        var titleStart = i
        switch hit.how {
        case .person:
            titleStart = titleBefore(i, s)
            // "President Barack Obama took …" in a later text: a title the text gives names the role it had.
            guard
                let a = roleActor(hit.entry) ?? titledRoleActor(hit.entry, title: phrase(titleStart, i).lowercased())
                    ?? organRoleActor(hit.entry, nameEnd: end, e)
            else { return end }
            actor = a
            kind = .person
        case .capital:
            // "the Bamako attack", "the Doha talks": a capital naming an event is its place.
            if end < e, tokens[end].has(Token.lowercase), isWord(end, in: .eventNouns) { return end + 1 }
            actor = hit.entry
            kind = .capital
        case .demonym: actor = hit.entry; kind = .demonym
        default: actor = hit.entry; kind = .named
        }
        let former = i > s && pack.flags(tokens[i - 1].id) & WordFlags.former != 0
        var j = end
        var titledName = false
        var titleOnly = false
        var start = titleStart
        // "the rebel M23", "between Shia Houthi rebels": a modifier after `the`, or a capitalised one, opens the name.
        if hit.how == .name || hit.how == .acronym, i > s, pack.flags(tokens[i - 1].id) & WordFlags.modifier != 0,
            (i >= s + 2 && tokens[i - 2].id == ids.the) || (tokens[i - 1].has(Token.capitalized) && i - 1 > s)
        {
            start = i - 1
        }
        if hit.how == .demonym {
            // "Latin American", "North African": a regional adjective, not the state.
            if i > s, tokens[i - 1].has(Token.capitalized), !tokens[i - 1].has(Token.allCaps),
                pack.has(.regionPrefixes, Tokenizer.foldedText(text, Int(tokens[i - 1].start), Int(tokens[i - 1].end)))
            {
                return end
            }
            // "Soviet-era weapons": a demonym compounded with a non-actor word names no actor.
            if end + 1 < e, tokens[end].id == ids.hyphen, !tokens[end].has(Token.spaceBefore), !tokens[end + 1].has(Token.spaceBefore),
                pack.flags(tokens[end + 1].id) & WordFlags.nonActor != 0
            {
                return end + 2
            }
            var k = end
            while k < e, k - end < 2, pack.flags(tokens[k].id) & (WordFlags.modifier | WordFlags.organ) == WordFlags.modifier { k += 1 }
            // "Russian oil exports" is a commodity, not the state; "a Russian oil refinery" is its asset.
            if k < e, pack.flags(tokens[k].id) & WordFlags.nonActor != 0 {
                // "jets violated Austrian airspace", "an incursion onto Peruvian territory": the state as a place.
                // "sanctions on Russian banks", "the Iranian oil sector": the state as the holder of what follows (a word
                // of `holding-nouns`), which likewise only a `@B:place` slot takes.
                let asset = k + 1 < e && pack.has(.assetNouns, Tokenizer.foldedText(text, Int(tokens[k + 1].start), Int(tokens[k + 1].end)))
                if k == end, isLowercaseWord(k, in: .territoryNouns) || (!asset && isLowercaseWord(k, in: .holdingNouns)) {
                    var place = Mention(start: i, end: k + 1, actors: ActorList(single: actor), kind: .demonym)
                    place.locative = true
                    addMention(place, s)
                    return k + 1
                }
                if !asset { return k + 1 }
            }
        }
        // "Rapid Support Forces (RSF) commander Mohamed Hamdan Dagalo": a name's acronym in parentheses may come before the title.
        if hit.how == .name, j + 3 < e, tokens[j].id == ids.openParen, tokens[j + 2].id == ids.closeParen, tokens[j + 1].has(Token.allCaps),
            let (titleEnd, n) = titleAndName(from: j + 3, e), n > titleEnd
        {
            j += 3
        }
        if hit.how != .capital && hit.how != .person {
            // Title and person: "Russian President Vladimir Putin".
            if titleMayStart(j, e), let (titleEnd, n) = titleAndName(from: j, e) {
                if former { return n }
                j = n
                titledName = n > titleEnd
                titleOnly = n == titleEnd
                if n > titleEnd {
                    // A known person after the title keeps the demonym's state unless the role says otherwise:
                    // "Libyan military commander Khalifa Haftar" leads an armed group, not the state.
                    kind = .person
                    if let person = personEntry(titleEnd, n), let role = roleActor(person), role != actor,
                        self.kind(role) != .state, self.kind(role) != .government
                    {
                        actor = role
                    }
                }
            } else {
                let proBefore = i >= 2 && tokens[i - 1].id == ids.hyphen && tokens[i - 2].id == ids.pro
                var k = j
                // "Malian terrorist groups": a word of `insurgent-modifiers` qualifies the head as a modifier does.
                while k < e, k - j < 2,
                    pack.flags(tokens[k].id) & (WordFlags.modifier | WordFlags.organ) == WordFlags.modifier
                        || (hit.how == .demonym && isLowercaseWord(k, in: .insurgentModifiers))
                { k += 1 }
                let headFlags = k < e ? pack.flags(tokens[k].id) : 0
                if hit.how == .demonym, k > j, isLowercaseWord(k - 1, in: .insurgentHeads),
                    headFlags & (WordFlags.organ | WordFlags.groupNoun | WordFlags.agent) == 0
                {
                    // "the Syrian opposition", "the Iraqi insurgency": a people's opposition is a group named by the text.
                    actor = derivedActor(name: phrase(i, k), kind: .unknown, partOf: nil, head: tokens[k - 1].id, alias: nil)
                    kind = .generic
                    j = k
                } else if k < e, !proBefore, tokens[k].has(Token.spaceBefore) || k > j {
                    let f = pack.flags(tokens[k].id)
                    // "Syrian rebel forces", "Colombian rebel leaders": insurgents of a country are not its state.
                    // "ethnic Armenian forces": a word of the lexicon right before the demonym opens the group's name.
                    let modifiedBefore = hit.how == .demonym && i > 0 && isLowercaseWord(i - 1, in: .insurgentModifiers)
                    let insurgent =
                        hit.how == .demonym && ((j..<k).contains { isWord($0, in: .insurgentModifiers) } || modifiedBefore)
                    // "Turkey-backed Syrian fighters": a patron's fighters of a country are a group, not its state.
                    let patron =
                        hit.how == .demonym && i >= 2 && tokens[i - 2].id == ids.hyphen
                        && pack.flags(tokens[i - 1].id) & WordFlags.sponsorship != 0
                    let sponsoredHead =
                        f & (WordFlags.groupNoun | WordFlags.agent) != 0 || isWord(k, in: .sponsoredHeads)
                    if insurgent && f & (WordFlags.organ | WordFlags.groupNoun | WordFlags.agent) != 0 || patron && sponsoredHead {
                        let head = groupHeadEnd(k, e)
                        var nameStart = modifiedBefore && !patron ? i - 1 : i
                        if patron, let m = mentions.last, m.end == i - 2 { nameStart = m.start }
                        actor = derivedActor(
                            name: phrase(nameStart, head), kind: .unknown, partOf: nil, head: tokens[head - 1].id, alias: nil)
                        kind = .generic
                        j = head
                    } else if f & WordFlags.organ != 0 {
                        j = absorbOrgans(k, e, groups: false)
                    } else if hit.how == .name || hit.how == .acronym, isLowercaseWord(k, in: .nameHeads),
                        [ActorKind.armedGroup, .organisation, .unknown].contains(self.kind(hit.entry))
                    {
                        // "the al-Shabaab (rebel) group": a head noun after a group's name is the name's.
                        j = k + 1
                    } else if f & (WordFlags.groupNoun | WordFlags.agent) != 0 {
                        let head = groupHeadEnd(k, e)
                        // "Palestinian militants": a people's fighters are a group of their own, not its state or government.
                        if hit.how == .demonym, [.state, .government].contains(pack.entryKinds[Int(hit.entry)]) {
                            let name = phrase(i, head)
                            actor = derivedActor(name: name, kind: .unknown, partOf: hit.entry, head: tokens[head - 1].id, alias: nil)
                            kind = .generic
                        }
                        j = head
                    }
                }
            }
        }
        if former { return j }
        // "the Biden administration", "the Assad regime": a known person's organ is the actor the person stands for.
        if hit.how == .person, j < e, tokens[j].has(Token.lowercase), pack.flags(tokens[j].id) & WordFlags.organ != 0 {
            j = absorbOrgans(j, e, groups: false)
        }
        // Possessive organs and titles: "China's foreign ministry", "Vietnam's party chief Nguyen Phu Trong"; a bare
        // apostrophe is the possessive of a plural or of a name ending in s ("the FARC rebels' leader").
        if j + 1 < e, tokens[j].id == ids.possessive || tokens[j].id == ids.apostrophe && !tokens[j].has(Token.spaceBefore) {
            let organEnd = absorbOrgans(j + 1, e, groups: false)
            if organEnd > j + 1, let (titleEnd, n) = titleAndName(from: j + 1, e), n > titleEnd {
                // "Egypt's President Abdel Fattah el-Sisi": a title and a name.
                j = n
                titledName = true
                if let role = groupRole(titleEnd, n, other: actor) { actor = role }
            } else if organEnd > j + 1 {
                j = organEnd
            } else {
                var k = j + 1, titleEnd = -1, titleStart = -1
                while k < e, k - j <= 4, titleEnd < 0 {
                    var node: Int32 = 0, m = k
                    while m < e {
                        node = pack.cues.child(node, tokens[m].id)
                        if node < 0 { break }
                        m += 1
                        if pack.cues.payloads(node).contains(CueKind.title.rawValue) { titleEnd = m; titleStart = k }
                    }
                    k += 1
                }
                if titleEnd > 0 {
                    var n = titleEnd
                    while n < e, n - titleEnd < 4, tokens[n].has(Token.capitalized) { n += 1 }
                    if n > titleEnd {
                        j = n
                        titledName = true
                        if let role = groupRole(titleEnd, n, other: actor) { actor = role }
                    } else if titleStart == j + 1, tokens[titleStart].has(Token.lowercase), titleEnd < e,
                        tokens[titleEnd].id == ids.comma || verbFollows(titleEnd, e)
                    {
                        // "Iraq's prime minister (on Monday) condemned …": a title right after the possessor, without a
                        // name, before its verb ("the M23's chief backer Rwanda" is no title).
                        j = titleEnd
                        titleOnly = true
                    }
                }
            }
        }
        var mention = Mention(start: start, end: j, actors: ActorList(single: actor), kind: kind)
        mention.titled = titleOnly
        addMention(mention, s)
        // "Egypt's President Abdel Fattah el-Sisi … he": a titled name is a person for `he`, `his`.
        if titledName { lastPersonActor = actor }
        return j
    }

    /// The actor the known person named by tokens `start..<end` stands for when that is not a state or government and
    /// not `other`: "Libya's eastern commander Khalifa Haftar" is the armed group Haftar leads, not Libya.
    func groupRole(_ start: Int, _ end: Int, other: Int32) -> Int32? {
        guard let person = personEntry(start, end), let role = roleActor(person), role != other, kind(role) != .state,
            kind(role) != .government
        else { return nil }
        return role
    }

    /// "the Lebanese militant group Hezbollah", "Islamist militant group Hamas": a description right before a group's
    /// name, ending in a noun of `description-heads`, is part of the group's mention. Its words are those of
    /// `description-modifiers` and one demonym (which says where the group is from and is no party of its own), with
    /// any lowercase words between that demonym and the noun. Patterns then read past the description as past `the`,
    /// and a patron compound before it qualifies the group ("the Iran-backed Lebanese group Hezbollah").
    mutating func absorbDescriptions() {
        var d = 0
        while d < mentions.count {
            defer { d += 1 }
            let n = mentions[d]
            guard n.kind == .named, !n.locative, n.start >= 2, isLowercaseWord(n.start - 1, in: .descriptionHeads) else { continue }
            // "the group Hezbollah", "the Lebanon-based terrorist group Hezbollah": the description read as a
            // reference back to a group named before names this one.
            if d >= 1, mentions[d - 1].kind == .pronoun, mentions[d - 1].end == n.start {
                mentions.remove(at: d - 1)
                d -= 1
            }
            var start = n.start - 1
            var demonym: Int?
            while start > 0, n.start - start < 5 {
                let p = start - 1
                if demonym == nil, let m = d - 1 >= 0 ? d - 1 : nil, mentions[m].end == start {
                    guard mentions[m].kind == .demonym, !mentions[m].modifier, !mentions[m].locative else { break }
                    demonym = m
                    start = mentions[m].start
                    continue
                }
                if isWord(p, in: .descriptionModifiers) {
                    start = p
                    continue
                }
                // "the Lebanese armed group": lowercase words between a demonym and the noun.
                if demonym == nil, tokens[p].has(Token.lowercase), d >= 1, mentions[d - 1].kind == .demonym, !mentions[d - 1].modifier,
                    mentions[d - 1].end >= p - 1, mentions[d - 1].end <= p
                {
                    start = p
                    continue
                }
                break
            }
            mentions[d].start = start
            if let m = demonym {
                mentions.remove(at: m)
                d -= 1
            }
        }
    }
}
