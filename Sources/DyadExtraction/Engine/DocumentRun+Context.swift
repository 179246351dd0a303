import DyadCore

extension DocumentRun {
    /// The speech or source cues of a sentence as (start, end, kind).
    func speechCues(_ s: Int, _ e: Int) -> [(Int, Int, Int32)] {
        var out: [(Int, Int, Int32)] = []
        // Read once: through the pack, each look-up would copy the trie (retaining its tables).
        let cues = pack.cues
        var i = s
        while i < e {
            // Most words start no cue.
            guard cues.starts(tokens[i].id) else {
                i += 1
                continue
            }
            var node: Int32 = 0, j = i, best: (Int, Int32)?
            while j < e {
                node = cues.child(node, tokens[j].id)
                if node < 0 { break }
                j += 1
                for k in cues.payloads(node)
                where k == CueKind.speech.rawValue || k == CueKind.source.rawValue || k == CueKind.hedge.rawValue {
                    best = (j, k)
                }
            }
            if let best, best.1 != CueKind.hedge.rawValue { out.append((i, best.0, best.1)); i = best.0; continue }
            if let best { i = best.0; continue }
            i += 1
        }
        return out
    }

    /// Whether a speech cue comes right after the closing quote at `close`.
    func speakerFollows(_ close: Int, _ e: Int) -> Bool {
        speechCues(close + 1, min(e, close + 4)).contains { $0.0 <= close + 2 && $0.2 == CueKind.speech.rawValue }
    }

    /// A capitalised name run starting at `i`.
    func nameRun(from i: Int, _ e: Int) -> (Int, Int)? {
        var j = i
        while j < e, j - i < 4, tokens[j].has(Token.capitalized) || (j > i && tokens[j].id == pack.ids.hyphen) {
            if pack.weekdays[tokens[j].id] != nil || pack.months[tokens[j].id] != nil { break }
            j += 1
        }
        return j > i ? (i, j) : nil
    }

    /// The speaker a sentence attributes its content to, if any.
    mutating func speaker(_ s: Int, _ e: Int, after close: Int?) -> String? {
        for (cs, ce, kind) in speechCues(s, e) {
            if kind == CueKind.source.rawValue {
                if let m = mentions.first(where: { $0.start == ce && $0.kind != .pronoun }) { return phrase(m.start, m.end) }
                if let run = nameRun(from: ce, e) { return phrase(run.0, run.1) }
                continue
            }
            // "X said": a mention or a name right before the verb.
            let quoteBefore = close.map { cs <= $0 + 2 && cs > $0 } ?? false
            if !quoteBefore, cs > s {
                if let m = mentions.last(where: { $0.end == cs }), m.kind != .pronoun { return phrase(m.start, m.end) }
                // "Beijing has repeatedly warned": the speaker before auxiliaries and adverbs.
                var v = cs
                while v > s, cs - v < 3, tokens[v - 1].has(Token.lowercase),
                    endsWith(v - 1, .adverbSuffixes) || isWord(v - 1, in: .finiteVerbs)
                { v -= 1 }
                if v < cs, let m = mentions.last(where: { $0.end == v }), m.kind != .pronoun { return phrase(m.start, m.end) }
                var b = cs
                while b > s, b - cs > -4, tokens[b - 1].has(Token.capitalized), pack.weekdays[tokens[b - 1].id] == nil,
                    pack.months[tokens[b - 1].id] == nil
                { b -= 1 }
                if b < cs, b > s || !tokens[b].has(Token.capitalized) || cs - b >= 2 { return phrase(b, cs) }
            }
            // "says former Israeli ambassador Mark Regev".
            var j = ce
            // "warned Manila against …": a name right after the verb is whom it addresses.
            if mentions.contains(where: { $0.start == ce && $0.kind != .person && $0.kind != .pronoun }) { continue }
            while j < e, j - ce < 7 {
                let t = tokens[j]
                if mentions.contains(where: { $0.start == j && $0.kind == .person }) { break }
                if t.has(Token.capitalized), let run = nameRun(from: j, e), !mentions.contains(where: { $0.start == j }) {
                    if let hit = fullMatch(run.0, run.1), hit.how == .demonym || hit.how == .name { j = run.1; continue }
                    if let hit = fullMatch(j, j + 1), hit.how == .demonym { j += 1; continue }
                    return phrase(run.0, run.1)
                }
                if let m = mentions.first(where: { $0.start == j }) { if m.kind == .pronoun { break }; j = m.end; continue }
                if t.has(Token.lowercase) || pack.flags(t.id) & WordFlags.former != 0 { j += 1; continue }
                break
            }
            if j < e, let m = mentions.first(where: { $0.start == j && $0.kind != .pronoun }) { return phrase(m.start, m.end) }
        }
        return nil
    }

    func number(_ t: Int) -> Int? {
        let token = tokens[t]
        guard token.has(Token.digit), token.end - token.start <= 4 else { return nil }
        var value = 0
        for k in Int(token.start)..<Int(token.end) {
            let b = text[k]
            guard b >= 0x30, b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value
    }

    /// The date a sentence refers to and the start of a stated validity.
    func timeOf(_ s: Int, _ e: Int) -> (date: Day?, validFrom: Day?) {
        let ids = pack.ids
        var when: Day?, from: Day?
        func year(_ t: Int) -> Int? { number(t).flatMap { (1900...2100).contains($0) ? $0 : nil } }
        var t = s
        while t < e {
            let id = tokens[t].id
            if let month = pack.months[id], t > s, tokens[t].has(Token.capitalized) {
                // "August 10, 2022", "August 10", "August 2022", "August": a day of the month when one is written.
                let dayOfMonth = t + 1 < e ? number(t + 1).flatMap { (1...31).contains($0) ? $0 : nil } : nil
                let yearAt = dayOfMonth == nil ? t + 1 : (t + 2 < e && tokens[t + 2].id == ids.comma ? t + 3 : t + 2)
                let y = yearAt < e ? year(yearAt) : nil
                var day: Day?
                if let y {
                    day = Day(year: y, month: month, day: dayOfMonth ?? 1)
                } else if let date {
                    let c = date.components
                    day = Day(year: month <= c.month ? c.year : c.year - 1, month: month, day: dayOfMonth ?? 1)
                }
                if tokens[t - 1].id == ids.since { from = from ?? day } else { when = when ?? day }
            } else if t > s, tokens[t - 1].id == ids.since || tokens[t - 1].id == ids.inWord, let y = year(t) {
                let day = Day(year: y, month: 1, day: 1)
                if tokens[t - 1].id == ids.since { from = from ?? day } else { when = when ?? day }
            } else if id == ids.last, t + 1 < e, let date {
                let next = tokens[t + 1].id
                if next == ids.week { when = when ?? date.adding(days: -7) }
                if next == ids.month { when = when ?? date.adding(days: -30) }
                if next == ids.year { let c = date.components; when = when ?? Day(year: c.year - 1, month: 1, day: 1) }
            } else if id == ids.yesterday, let date {
                when = when ?? date.adding(days: -1)
            } else if id == ids.ago, t >= 2, let date {
                let unit = tokens[t - 1].id
                let count = tokens[t - 2].id == ids.a ? 1 : (number(t - 2) ?? 0)
                func yearsBack(_ n: Int) -> Day {
                    let c = date.components
                    return Day(year: c.year - n, month: c.month, day: min(c.day, 28)) ?? date
                }
                if unit == ids.decade { when = when ?? yearsBack(10 * count) }
                if unit == ids.year || unit == ids.years { when = when ?? yearsBack(count) }
            } else if let weekday = pack.weekdays[id], t > s, tokens[t - 1].id == ids.on, let date,
                // "on Monday, May 4": the date after the weekday says which Monday.
                !(t + 2 < e && tokens[t + 1].id == ids.comma && pack.months[tokens[t + 2].id] != nil)
            {
                // 1970-01-01 was a Thursday (index 3 from Monday).
                let today = ((date.ordinal % 7) + 7 + 3) % 7
                var back = (today - weekday + 7) % 7
                if back == 0 { back = 0 }
                when = when ?? date.adding(days: -back)
            }
            t += 1
        }
        return (when, from)
    }

    /// The most evidence one document adds to one relation.
    static let maxEvidencePerRelation = 200

    /// The type indices of relations that hold together over the same words (alliance and agreement), as bits.
    static let compatibleTypes: UInt32 = [RelationType.alliance, .agreement].reduce(0) {
        $0 | 1 << UInt32(RelationType.allCases.firstIndex(of: $1) ?? 0)
    }

    /// Whether each relation type (by index) is symmetric.
    static let symmetricTypes = RelationType.allCases.map(\.isSymmetric)

    /// Up to how many candidates ``selected(_:)`` compares each with every other instead of grouping them by pair
    /// in a table (most sentences have a handful).
    static let selectionScanLimit = 24

    /// Whether a match (its priority, words and type) outranks candidate `c` of the same pair: it has higher priority
    /// over some of the same words ("struck a deal with" is no strike), unless the two are an alliance and an
    /// agreement, which hold together ("signed an agreement on deploying Russian arms in Belarus" is both), or the
    /// words they share are no more than one of `c`'s mentions, so they read on from each other ("Eritrea accused
    /// Ethiopia" and "Ethiopia of plotting an attack on its ports").
    @inline(__always)
    static func outranks(priority: Int, start: Int, end: Int, type: UInt8, _ c: Candidate) -> Bool {
        guard priority > c.priority, start < c.matchEnd, c.matchStart < end else { return false }
        if type != c.type, compatibleTypes >> UInt32(type) & compatibleTypes >> UInt32(c.type) & 1 != 0 { return false }
        let from = max(start, c.matchStart), to = min(end, c.matchEnd)
        return !(from >= c.aMention.0 && to <= c.aMention.1) && !(from >= c.bMention.0 && to <= c.bMention.1)
    }

    /// The candidates of one sentence that become relations, in order: for each pair of actors those no match of
    /// higher priority over the same words outranks (see ``outranks(priority:start:end:type:_:)``), for each relation
    /// the least hedged reading, and at most `maxSentenceRelations` relations (the first ones), so a long list of
    /// names cannot make one sentence cost memory quadratic in the list. Selecting a selection again changes nothing.
    /// - Complexity: Linear in the number of candidates (quadratic up to ``selectionScanLimit`` of them).
    func selected(_ list: ArraySlice<Candidate>) -> [Candidate] {
        let count = list.count
        // One candidate: nothing to outrank it, nothing to merge with.
        if count == 1 { return maxSentenceRelations > 0 ? Array(list) : [] }
        // Actors are compared by id, as integers: `canonical` gives one number per id. A pair's key is the same
        // either way round; a relation's is directed unless its type is symmetric (as `RelationKey` orders it).
        // Both are kept for every candidate, then for each relation kept the candidate that first had its key.
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 3 * count) { keys in
            let first = list.startIndex
            for (i, c) in list.enumerated() {
                let x = UInt64(UInt32(bitPattern: canonical(c.a))), y = UInt64(UInt32(bitPattern: canonical(c.b)))
                let pair = x < y ? x << 32 | y : y << 32 | x
                keys[i] = pair
                keys[count + i] = Self.symmetricTypes[Int(c.type)] ? pair : x << 32 | y
            }
            // Few candidates are compared with each other; many are grouped by pair first.
            let scan = count <= Self.selectionScanLimit
            var byPair: [UInt64: [(priority: Int, start: Int, end: Int, type: UInt8)]] = [:]
            var position: [[UInt64: Int]] = []
            if !scan {
                for (i, c) in list.enumerated() { byPair[keys[i], default: []].append((c.priority, c.matchStart, c.matchEnd, c.type)) }
                position = Array(repeating: [:], count: Self.symmetricTypes.count)
            }
            var kept: [Candidate] = []
            for (i, c) in list.enumerated() {
                let outranked =
                    scan
                    ? (0..<count).contains {
                        guard keys[$0] == keys[i] else { return false }
                        let d = list[first + $0]
                        return Self.outranks(priority: d.priority, start: d.matchStart, end: d.matchEnd, type: d.type, c)
                    }
                    : byPair[keys[i]]?.contains { Self.outranks(priority: $0.priority, start: $0.start, end: $0.end, type: $0.type, c) }
                        ?? false
                if outranked { continue }
                let key = keys[count + i]
                let found =
                    scan
                    ? kept.indices.first { k in kept[k].type == c.type && keys[count + Int(keys[2 * count + k])] == key }
                    : position[Int(c.type)][key]
                if let k = found {
                    if c.modality < kept[k].modality { kept[k] = c }
                } else if kept.count < maxSentenceRelations {
                    if scan { keys[2 * count + kept.count] = UInt64(i) } else { position[Int(c.type)][key] = kept.count }
                    kept.append(c)
                }
            }
            return kept
        }
    }

    /// Replaces the candidates from `first` on (the current sentence's) by the ones ``selected(_:)`` keeps,
    /// so the candidates held until ``finish()`` grow with the relations, not with the pairs tried.
    mutating func selectSentenceCandidates(from first: Int) {
        guard candidates.count > first else { return }
        // The slice is taken first: taking it inside the call's arguments copied the whole run.
        let sentence = candidates[first...]
        let kept = selected(sentence)
        candidates.replaceSubrange(first..., with: kept)
    }

    /// Builds the output of the candidates held (those of the sentences not finished yet), sentence by sentence:
    /// priorities, de-duplication, evidence; then forgets them. The run calls it whenever no quote is open, so
    /// candidates are held for one sentence, or for the sentences of an open quote, whose speaker comes later.
    mutating func finish() {
        var first = 0
        while first < candidates.count {
            let sentence = candidates[first].sentence
            var end = first + 1
            while end < candidates.count, candidates[end].sentence == sentence { end += 1 }
            // Each sentence's candidates were selected when it was read (see ``selectSentenceCandidates(from:)``).
            let chosen = candidates[first..<end]
            first = end
            let (s, e, _) = sentences[sentence]
            let (when, from) = timeOf(s, e)
            let sentenceText = spanEvidence ? "" : phrase(s, e)
            let sentenceRange = TextRange(start: Int(tokens[s].scalarStart) + offset, end: Int(tokens[e - 1].scalarEnd) + offset)
            for c in chosen {
                let type = RelationType.allCases[Int(c.type)]
                // A pathological document cannot make one relation's evidence grow without bound.
                let key = RelationNumbers(c.a, type, c.b)
                if evidenceCount.isEmpty { evidenceCount.reserveCapacity(64) }
                // Counted in place: one look-up.
                func counted(_ n: inout Int) -> Int {
                    n += 1
                    return n
                }
                if counted(&evidenceCount[key, default: 0]) > DocumentRun.maxEvidencePerRelation { continue }
                let modality: Modality = c.modality == 0 ? .asserted : c.modality == 1 ? .hedged : .negated
                let sourceRange = TextRange(
                    start: Int(tokens[c.aMention.0].scalarStart) + offset, end: Int(tokens[c.aMention.1 - 1].scalarEnd) + offset)
                let targetRange = TextRange(
                    start: Int(tokens[c.bMention.0].scalarStart) + offset, end: Int(tokens[c.bMention.1 - 1].scalarEnd) + offset)
                let score = c.score >= 0 ? (Double(c.score) * 1000).rounded() / 1000 : nil
                if spanEvidence {
                    // The texts as positions (bytes) in the document: no string is made for them. (An empty one, which
                    // `phrase` makes of no tokens, is empty at the sentence's start, inside the sentence as mentions are.)
                    func bytes(_ from: Int, _ to: Int) -> SpanEvidence.Bytes {
                        from < to
                            ? SpanEvidence.Bytes(Int(tokens[from].start), Int(tokens[to - 1].end))
                            : SpanEvidence.Bytes(Int(tokens[s].start), Int(tokens[s].start))
                    }
                    let evidence = SpanEvidence(
                        rule: Int32(c.rule >= 0 ? c.rule : pack.rules.count), modality: modality, text: text, sentence: bytes(s, e),
                        sourceMention: bytes(c.aMention.0, c.aMention.1), targetMention: bytes(c.bMention.0, c.bMention.1),
                        sentenceRange: sentenceRange, sourceRange: sourceRange, targetRange: targetRange,
                        date: when ?? date, validFrom: from, score: score)
                    // A pack actor by its number only (see `SpanExtractedRelation.source`).
                    var relation = SpanExtractedRelation(
                        source: Int(c.a) < entryCount ? "" : actorID(c.a), type: type, target: Int(c.b) < entryCount ? "" : actorID(c.b),
                        evidence: evidence, attributedTo: speakers[sentence])
                    if Int(c.a) < entryCount { relation.sourceEntry = canonical(c.a) }
                    if Int(c.b) < entryCount { relation.targetEntry = canonical(c.b) }
                    spanOutput.append(relation)
                    outputActors.append((c.a, c.b))
                    continue
                }
                let ruleID = c.rule >= 0 ? pack.rules[c.rule].rule.id : RelationModel.ruleID
                let evidence = Evidence(
                    document: documentID, sentence: sentenceText, sentenceRange: sentenceRange,
                    sourceRange: sourceRange, targetRange: targetRange, sourceMention: phrase(c.aMention.0, c.aMention.1),
                    targetMention: phrase(c.bMention.0, c.bMention.1),
                    rule: ruleID, modality: modality, attributedTo: speakers[sentence], date: when ?? date, validFrom: from,
                    score: score)
                // The matched tokens are for `--explain`; without it they would repeat each sentence once per relation.
                var matched = explain ? phrase(c.matchStart, c.matchEnd) : ""
                if c.note >= 0, !notes[Int(c.note)].isEmpty { matched += " [features: \(notes[Int(c.note)])]" }
                var relation = ExtractedRelation(
                    source: actorID(c.a), type: type, target: actorID(c.b), evidence: evidence, matched: matched)
                if Int(c.a) < entryCount { relation.sourceEntry = canonical(c.a) }
                if Int(c.b) < entryCount { relation.targetEntry = canonical(c.b) }
                output.append(consume relation)
                outputActors.append((c.a, c.b))
            }
        }
        candidates.removeAll(keepingCapacity: true)
    }

    /// The result for a document.
    func result(document: Document) -> DocumentExtraction {
        var involved: [Int32] = []
        var seen = Set<Int32>(minimumCapacity: 2 * outputActors.count)
        func visit(_ a: Int32) {
            guard seen.insert(a).inserted else { return }
            involved.append(a)
            if let p = parent(a) { visit(p) }
        }
        for (a, b) in outputActors {
            visit(a)
            visit(b)
        }
        // Sorted by id (pack entries by their ids' ranks, without comparing strings), then made into actors once. The
        // comparisons read copies of the tables they need: a closure reading `self` copied the whole run for the sort.
        let rank = pack.entryIDRank, entries = entryCount, packActors = pack.pack.actors, derived = self.derived
        func id(_ a: Int32) -> String { Int(a) < entries ? packActors[Int(a)].id : derived[Int(a) - entries].id }
        involved.sort { a, b in
            if Int(a) < entries, Int(b) < entries { return rank[Int(a)] < rank[Int(b)] }
            return id(a) < id(b)
        }
        // By number only when every id is one actor's (a made actor may share a pack actor's id: then the caller
        // needs both values to merge them).
        func sameID(_ a: Int32, _ b: Int32) -> Bool {
            if Int(a) < entries, Int(b) < entries { return rank[Int(a)] == rank[Int(b)] }
            return id(a) == id(b)
        }
        let byNumber = packActorsByNumber && involved.indices.dropFirst().allSatisfy { !sameID(involved[$0], involved[$0 - 1]) }
        let actors = involved.compactMap { a -> Actor? in
            if Int(a) < entryCount { return byNumber ? nil : pack.entryActors[Int(a)] }
            let d = derived[Int(a) - entryCount]
            return Actor(id: d.id, name: d.name, kind: kind(a), aliases: d.aliases, partOf: d.partOf.map { actorID($0) })
        }
        var result = DocumentExtraction(
            document: document, actors: actors, relations: output, learned: learned, sentenceCount: sentences.count)
        result.packEntries = involved.map { Int($0) < entryCount ? $0 : -1 }
        result.spanRelations = spanOutput
        var reported = Set<Int>()
        result.stepLimitRules = stepLimitRules.filter { reported.insert($0).inserted }.map { pack.pack.rules[$0].id }
        return result
    }
}
