import DyadCore

extension DocumentRun {
    /// Writes the features of a pair of mentions (feature set ``RelationModel/featureVersion``): the actors'
    /// kinds, the words and pack classes between and around the mentions, distance, punctuation and
    /// clause boundaries between them, other mentions in between, coordination, cue words, and what the
    /// rules found. Every word is the token's folded text; every class is a pack word class. Features are
    /// hashed piece by piece (``FeatureHash``); names are made only when the writer keeps them.
    func pairFeatures(_ x: PairItem, _ y: PairItem, _ facts: SentenceFacts, ruleHeads: UInt8, into f: inout PairFeatureWriter) {
        let s = facts.start, e = facts.end
        let m1 = mentions[x.mention], m2 = mentions[y.mention]
        f.whole("pair:bias")
        let k1 = ScorerText.kindIndex(kind(x.actor)), k2 = ScorerText.kindIndex(kind(y.actor))
        f.begin("k1:"); f.addKind(k1); f.end()
        f.begin("k2:"); f.addKind(k2); f.end()
        f.begin("kk:"); f.addKind(k1); f.add("|"); f.addKind(k2); f.end()
        f.begin("mk1:"); f.add(Int(m1.kind.rawValue)); f.end()
        f.begin("mk2:"); f.add(Int(m2.kind.rawValue)); f.end()
        if m1.locative { f.whole("loc1") }
        if m2.locative { f.whole("loc2") }
        if m1.modifier { f.whole("mod1") }
        if m2.modifier { f.whole("mod2") }
        let same = x.mention == y.mention
        if same { f.whole("same-mention") }
        let from = m1.end, to = max(m1.end, m2.start)
        let gap = to - from
        let bucket: StaticString =
            gap == 0
            ? "0"
            : gap == 1
                ? "1"
                : gap == 2
                    ? "2"
                    : gap == 3
                        ? "3"
                        : gap <= 5
                            ? "4-5"
                            : gap <= 8 ? "6-8" : gap <= 12 ? "9-12" : gap <= 20 ? "13-20" : "21+"
        f.begin("d:"); f.add(bucket); f.end()
        if !same {
            if gap <= 4 {
                f.begin("bs:")
                for t in from..<to { if t > from { f.add(" ") }; f.addWord(t) }
                f.end()
            }
            var boundaries = 0, commas = 0
            var firstClass = -1, lastClass = -1
            for t in from..<to {
                // Words between only when near: far apart, the pack's classes generalise better than words.
                if gap <= 12 { f.begin("b:"); f.addWord(t); f.end() }
                for c in f.sentence.classRange(t) where f.sentence.classes[c].end > 0 {
                    f.classFeature("bc:", c)
                    // The nearest predicate on either side of the gap, alone and with the first actor's kind.
                    if firstClass < 0 {
                        firstClass = c; f.classFeature("pc1:", c); f.begin("kpc1:"); f.addKind(k1); f.add("|"); f.addClass(c); f.end()
                    }
                    lastClass = c
                }
                if pack.flags(tokens[t].id) & WordFlags.boundary != 0 { boundaries += 1 }
                if tokens[t].id == pack.ids.comma { commas += 1 }
            }
            if gap <= 12 {
                for t in from..<max(from, to - 1) { f.begin("bb:"); f.addWord(t); f.add("_"); f.addWord(t + 1); f.end() }
            }
            if lastClass >= 0 {
                f.classFeature("pcl:", lastClass); f.begin("kpcl:"); f.addKind(k2); f.add("|"); f.addClass(lastClass); f.end()
            }
            f.begin("commas:"); f.add(min(commas, 3)); f.end()
            if boundaries > 0 { f.whole("gap:boundary"); f.begin("gap:boundary|"); f.add(bucket); f.end() }
            var between = 0
            for m in mentions where m.start >= from && m.end <= to && !m.actors.isEmpty { between += 1 }
            f.begin("om:"); f.add(min(between, 3)); f.end()
            f.begin("om-d:"); f.add(min(between, 3)); f.add("|"); f.add(bucket); f.end()
        }
        // Context words: only words the pack knows (rare words of the training sentences overfit).
        f.begin("l1:"); f.addContext(m1.start - 1); f.end()
        f.begin("r1:"); f.addContext(m2.end); f.end()
        f.begin("m1+1:"); f.addContext(m1.end); f.end()
        f.begin("m2-1:"); f.addContext(m2.start - 1); f.end()
        f.begin("l1r1:"); f.addContext(m1.start - 1); f.add("|"); f.addContext(m2.end); f.end()
        for t in max(s, m1.start - 5)..<max(s, m1.start) {
            for c in f.sentence.classRange(t) where f.sentence.classes[c].end > 0 { f.classFeature("lc:", c) }
        }
        for t in min(e, m2.end)..<min(e, m2.end + 5) {
            for c in f.sentence.classRange(t) where f.sentence.classes[c].end > 0 { f.classFeature("rc:", c) }
        }
        f.begin("na:"); f.add(min(facts.actorCount, 6)); f.end()
        if m1.start == s || (m1.start == s + 1 && tokens[s].id == pack.ids.the) { f.whole("first-opens") }
        if !same, groups.contains(where: { g in g.members.contains(x.mention) && g.members.contains(y.mention) }) { f.whole("same-list") }
        // Cue words: hedges and negations before the second mention, and after it in the clause.
        for (i, kind) in facts.cues {
            let side: StaticString = i < m1.start ? "<" : i < m2.start ? "=" : ">"
            if kind == CueKind.hedge.rawValue { f.begin("cue:hedge:"); f.add(side); f.end() }
            if kind == CueKind.negation.rawValue { f.begin("cue:neg:"); f.add(side); f.end() }
            if kind == CueKind.speech.rawValue { f.begin("cue:speech:"); f.add(side); f.end() }
        }
        for h in 0..<RelationModel.headCount where ruleHeads & (1 << h) != 0 {
            let name = f.sentence.text.heads[h]
            f.begin("rule:"); f.add(name); f.end()
            f.begin("rule-d:"); f.add(name); f.add("|"); f.add(bucket); f.end()
        }
        if ruleHeads == 0 { f.whole("rule:none") }
        for k in RelationHead.types.indices where facts.ruleTypes & (1 << k) != 0 {
            let name = f.sentence.text.types[k]
            f.begin("srule:"); f.add(name); f.end()
        }
        // Conjunctions of the kinds with the words between, for short gaps.
        if !same, gap <= 6 {
            for t in from..<to where t >= s && t < e {
                for c in f.sentence.classRange(t) where f.sentence.classes[c].end > 0 {
                    f.begin("kbc:"); f.addKind(k1); f.add("|"); f.addKind(k2); f.add("|"); f.addClass(c); f.end()
                }
            }
        }
    }
}
