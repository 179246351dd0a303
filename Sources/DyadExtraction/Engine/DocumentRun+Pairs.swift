import DyadCore

extension DocumentRun {
    /// One actor of a mention, as a pair member.
    struct PairItem {
        var mention: Int
        var actor: Int32
    }

    /// The most mention items a sentence pairs in full; past it, only items near each other pair.
    static let maxPairItems = 16
    /// The farthest apart (in tokens) two mentions of a long list may be and still pair.
    static let maxPairDistance = 40

    /// Pairs the actor mentions of a sentence for the relation scorer: collects them for training, or
    /// scores them and adds the relations no rule found.
    /// - Parameters:
    ///   - sentence: The sentence index.
    ///   - s: Its first token.
    ///   - e: The token past its end.
    ///   - firstCandidate: The index of this sentence's first rule candidate.
    mutating func scorePairs(_ sentence: Int, _ s: Int, _ e: Int, firstCandidate: Int) {
        var items: [PairItem] = []
        // A state named as a place ("strikes in Syria") is a location, not a party, for the scorer.
        for (k, m) in mentions.enumerated() where !m.actors.isEmpty && !m.locative {
            for x in 0..<m.actors.count { items.append(PairItem(mention: k, actor: m.actors[x])) }
        }
        guard items.count >= 2 else { return }
        items.sort { (mentions[$0.mention].start, $0.actor) < (mentions[$1.mention].start, $1.actor) }
        let naming = collectPairs || explain
        var facts = SentenceFacts(start: s, end: e)
        for c in candidates[firstCandidate...] { facts.ruleTypes |= 1 << c.type }
        var distinct: [Int32] = []
        for m in mentions where !m.locative {
            for k in 0..<m.actors.count where !distinct.contains(m.actors[k]) { distinct.append(m.actors[k]) }
        }
        facts.actorCount = distinct.count
        // The writer and its sentence's storage are kept between sentences.
        var writer = scorer.writer.take() ?? PairFeatureWriter(sentence: SentenceWords(text: pack.scorerText), naming: naming)
        fillSentenceWords(s, e, into: &writer.sentence)
        // Cue phrases of the sentence, found once for all its pairs.
        for i in s..<e {
            var node: Int32 = 0
            var j = i
            while j < e {
                node = pack.cues.child(node, tokens[j].id)
                if node < 0 { break }
                j += 1
                for kind in pack.cues.payloads(node) { facts.cues.append((i, kind)) }
            }
        }
        var scored: [(key: String, candidate: Candidate, note: String)] = []
        // Read once: a copy per pair would retain every table of the model.
        let model = scorer.model
        let ruleCandidates = firstCandidate..<candidates.count
        for i in 0..<items.count {
            for j in (i + 1)..<items.count {
                let x = items[i], y = items[j]
                let a = x.actor, b = y.actor
                if a == b || parent(a) == b || parent(b) == a || sameID(a, b) { continue }
                let m1 = mentions[x.mention], m2 = mentions[y.mention]
                if items.count > DocumentRun.maxPairItems, m2.start - m1.end > DocumentRun.maxPairDistance { continue }
                var heads: UInt8 = 0
                for k in ruleCandidates {
                    let c = candidates[k]
                    guard (c.a == a && c.b == b) || (c.a == b && c.b == a) else { continue }
                    heads |= 1 << RelationHead.of(typeIndex: c.type, firstIsSource: c.a == a).rawValue
                }
                writer.reset()
                pairFeatures(x, y, facts, ruleHeads: heads, into: &writer)
                if collectPairs {
                    pairs.append(
                        PairCandidate(
                            sentence: sentence, first: actorID(a), second: actorID(b), firstNames: goldNames(a),
                            secondNames: goldNames(b), features: writer.hashes, names: writer.names,
                            ruleHeads: Set(RelationHead.allCases.map(\.rawValue).filter { heads & (1 << $0) != 0 })))
                }
                guard let model else { continue }
                let p = model.scores(writer.hashes)
                // A rule's match keeps the scorer's probability for its reading of the pair (a veto drops it when low).
                if heads != 0 {
                    for k in ruleCandidates where candidates[k].rule >= 0 {
                        let c = candidates[k]
                        guard (c.a == a && c.b == b) || (c.a == b && c.b == a) else { continue }
                        let head = RelationHead.of(typeIndex: c.type, firstIsSource: c.a == a)
                        candidates[k].score = max(c.score, Float(p[head.rawValue]))
                    }
                }
                for h in 0..<RelationModel.headCount where p[h] >= model.thresholds[h] {
                    let head = RelationHead.all[h], type = head.type
                    // The rules' reading of a pair wins: the scorer adds only types no rule found for it.
                    if heads & RelationHead.sameType[h] != 0 { continue }
                    let forward = head != .proxyBackward
                    let (source, target) = forward ? (a, b) : (b, a)
                    let (sm, tm) = forward ? (m1, m2) : (m2, m1)
                    let start = min(m1.start, m2.start), end = max(m1.end, m2.end)
                    let typeIndex = UInt8(RelationType.allCases.firstIndex(of: type) ?? 0)
                    var candidate = Candidate(
                        sentence: sentence, a: source, b: target, aMention: (sm.start, sm.end), bMention: (tm.start, tm.end),
                        rule: -1, type: typeIndex, matchStart: start, matchEnd: end, priority: 0,
                        modality: modalityOf(fixed: nil, s, start, end))
                    candidate.score = Float(p[head.rawValue])
                    let key = "\(actorID(source))|\(typeIndex)|\(actorID(target))"
                    let note = explain ? explanation(model, writer, head) : ""
                    if let k = scored.firstIndex(where: { $0.key == key }) {
                        if candidate.score > scored[k].candidate.score { scored[k] = (key, candidate, note) }
                    } else {
                        scored.append((key, candidate, note))
                    }
                }
            }
        }
        // Moved back, not copied (a copy would retain each of its buffers).
        scorer.writer = consume writer
        if let model, model.vetoes.contains(where: { $0 > 0 }) {
            let before = candidates.count
            var k = firstCandidate
            while k < candidates.count {
                let c = candidates[k]
                let veto = model.vetoes[RelationHead.of(typeIndex: c.type, firstIsSource: true).rawValue]
                if c.rule >= 0, c.score >= 0, Double(c.score) < veto { candidates.remove(at: k) } else { k += 1 }
            }
            candidateCount -= before - candidates.count
        }
        for (_, candidate, note) in scored {
            candidateCount += 1
            guard buildEvidence else { continue }
            var c = candidate
            c.note = Int32(notes.count)
            notes.append(note)
            candidates.append(c)
        }
    }

    /// Reads a sentence into `words` as the scorer reads it: folded words (numbers as one shape, unknown
    /// capitalised words as another), pack classes, and mentions as their actor's kind.
    func fillSentenceWords(_ s: Int, _ e: Int, into words: inout SentenceWords) {
        words.reset(first: s)
        let text = pack.scorerText
        let known = text.words.count
        for t in s..<e {
            let id = tokens[t].id
            let entry = id >= 0 && Int(id) < known ? text.words[Int(id)] : nil
            let hasClass = (entry?.classEnd ?? 0) > (entry?.classStart ?? 0)
            if let entry { for k in Int(entry.classStart)..<Int(entry.classEnd) { words.addClass(text.wordClasses[k]) } }
            words.closeToken()
            // Names generalise badly from a few hundred sentences: a capitalised word the pack's classes do not
            // know, inside a sentence, is only its shape.
            if tokens[t].has(Token.digit) {
                words.addWord(text.number)
            } else if !hasClass, t > s, tokens[t].has(Token.capitalized), pack.flags(id) == 0 {
                words.addWord(text.capitalised)
            } else if let entry {
                words.addWord(entry.span)
            } else {
                words.addWord(unknownWord(t, into: &words), known: false)
            }
        }
        // Tokens of actor mentions read as the actor's kind.
        for m in mentions where !m.actors.isEmpty {
            let tag = text.kindTags[ScorerText.kindIndex(kind(m.actors[0]))]
            for t in max(s, m.start)..<min(e, m.end) { words.replace(t, with: tag) }
        }
    }

    /// The folded text of a word the pack does not know: ASCII lowered in place, anything else folded.
    func unknownWord(_ t: Int, into words: inout SentenceWords) -> SentenceWords.Span {
        let a = Int(tokens[t].start), b = Int(tokens[t].end)
        if !text[a..<b].contains(where: { $0 >= 0x80 }) {
            return words.append(text[a..<b].lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 })
        }
        return words.append(Tokenizer.foldedText(text, a, b).utf8)
    }

    /// Keeps this sentence's mentions for diagnostics.
    mutating func logMentions() {
        for m in mentions where !m.actors.isEmpty && m.start < m.end {
            let range = TextRange(start: Int(tokens[m.start].scalarStart) + offset, end: Int(tokens[m.end - 1].scalarEnd) + offset)
            for k in 0..<m.actors.count {
                mentionLog.append(
                    MentionRecord(
                        range: range, text: phrase(m.start, m.end), actor: actorID(m.actors[k]), names: goldNames(m.actors[k]),
                        locative: m.locative))
            }
        }
    }

    /// The top features behind a scored relation, for `--explain`.
    func explanation(_ model: RelationModel, _ writer: PairFeatureWriter, _ head: RelationHead) -> String {
        model.contributions(writer.hashes, names: writer.names, head: head)
            .map { "\($0.feature) \($0.weight >= 0 ? "+" : "")\(String(format: "%.2f", $0.weight))" }
            .joined(separator: ", ")
    }

    /// Folded names of an actor and its parents, as the gold scorer compares them.
    func goldNames(_ actor: Int32) -> Set<String> {
        var out = Set<String>()
        var current: Int32? = actor
        var steps = 0
        while let a = current, steps < 8 {
            var names = [actorID(a)]
            if Int(a) < entryCount {
                let actor = pack.pack.actors[Int(a)].actor
                names += [actor.name] + actor.aliases
            } else {
                let d = derived[Int(a) - entryCount]
                names += [d.name] + d.aliases
            }
            for n in names where !n.isEmpty {
                out.insert(GoldScorer.norm(n))
                out.insert(GoldScorer.norm(n.replacingOccurrences(of: "-", with: " ")))
            }
            current = parent(a)
            steps += 1
        }
        return out
    }
}
