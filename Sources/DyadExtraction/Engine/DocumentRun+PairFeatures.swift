import DyadCore

extension DocumentRun {
    /// The features of a pair of mentions (feature set ``RelationModel/featureVersion``): the actors'
    /// kinds, the words and pack classes between and around the mentions, distance, punctuation and
    /// clause boundaries between them, other mentions in between, coordination, cue words, and what the
    /// rules found. Every word is the token's folded text; every class is a pack word class.
    func pairFeatures(_ x: PairItem, _ y: PairItem, _ s: Int, _ e: Int, words: [String], classes: [[String]],
                      ruleHeads: Set<Int>, sentenceTypes: Set<UInt8>, cueHits: [(start: Int, kind: Int32)]) -> [String] {
        let m1 = mentions[x.mention], m2 = mentions[y.mention]
        var f: [String] = ["pair:bias"]
        func w(_ t: Int) -> String { t >= s && t < e ? words[t - s] : (t < s ? "<s>" : "</s>") }
        func cls(_ t: Int) -> [String] { t >= s && t < e ? classes[t - s] : [] }
        let k1 = kind(x.actor).rawValue, k2 = kind(y.actor).rawValue
        f += ["k1:\(k1)", "k2:\(k2)", "kk:\(k1)|\(k2)", "mk1:\(m1.kind)", "mk2:\(m2.kind)"]
        if m1.locative { f.append("loc1") }
        if m2.locative { f.append("loc2") }
        if m1.modifier { f.append("mod1") }
        if m2.modifier { f.append("mod2") }
        if x.mention == y.mention { f.append("same-mention") }
        let from = m1.end, to = max(m1.end, m2.start)
        let gap = to - from
        let bucket = gap <= 3 ? "\(gap)" : gap <= 5 ? "4-5" : gap <= 8 ? "6-8" : gap <= 12 ? "9-12" : gap <= 20 ? "13-20" : "21+"
        f.append("d:\(bucket)")
        if x.mention != y.mention {
            if gap <= 4 { f.append("bs:" + (from..<to).map(w).joined(separator: " ")) }
            var boundaries = 0, commas = 0
            for t in from..<to {
                let word = w(t)
                if gap <= 12 { f.append("b:\(word)") } else if t - from < 6 { f.append("bf:\(word)") } else if to - t <= 6 { f.append("bl:\(word)") }
                for c in cls(t) { f.append("bc:\(c)") }
                if pack.flags(tokens[t].id) & WordFlags.boundary != 0 { boundaries += 1 }
                if tokens[t].id == pack.ids.comma { commas += 1 }
            }
            if gap <= 12 { for t in from..<max(from, to - 1) { f.append("bb:\(w(t))_\(w(t + 1))") } }
            f.append("commas:\(min(commas, 3))")
            if boundaries > 0 { f.append("gap:boundary") }
            var between = 0
            for m in mentions where m.start >= from && m.end <= to && !m.actors.isEmpty { between += 1 }
            f.append("om:\(min(between, 3))")
            f.append("om-d:\(min(between, 3))|\(bucket)")
        }
        for k in 1...3 { f.append("l\(k):\(w(m1.start - k))") }
        for k in 0..<2 { f.append("r\(k + 1):\(w(m2.end + k))") }
        f.append("m1+1:\(w(m1.end))")
        f.append("m2-1:\(w(m2.start - 1))")
        f.append("l1r1:\(w(m1.start - 1))|\(w(m2.end))")
        for t in max(s, m1.start - 5)..<m1.start { for c in cls(t) { f.append("lc:\(c)") } }
        for t in m2.end..<min(e, m2.end + 5) { for c in cls(t) { f.append("rc:\(c)") } }
        var distinct = Set<Int32>()
        for m in mentions where !m.locative { for k in 0..<m.actors.count { distinct.insert(m.actors[k]) } }
        f.append("na:\(min(distinct.count, 6))")
        if m1.start == s || (m1.start == s + 1 && tokens[s].id == pack.ids.the) { f.append("first-opens") }
        if groups.contains(where: { g in g.members.contains(x.mention) && g.members.contains(y.mention) && x.mention != y.mention }) { f.append("same-list") }
        // Cue words: hedges and negations before the second mention, and after it in the clause.
        for (i, kind) in cueHits {
            let side = i < m1.start ? "<" : i < m2.start ? "=" : ">"
            if kind == CueKind.hedge.rawValue { f.append("cue:hedge:\(side)") }
            if kind == CueKind.negation.rawValue { f.append("cue:neg:\(side)") }
            if kind == CueKind.speech.rawValue { f.append("cue:speech:\(side)") }
        }
        for h in ruleHeads.sorted() { f.append("rule:\(RelationHead.allCases[h].name)") }
        if ruleHeads.isEmpty { f.append("rule:none") }
        for t in sentenceTypes.sorted() { f.append("srule:\(RelationType.allCases[Int(t)].rawValue)") }
        // Conjunctions of the kinds with the words between, for short gaps.
        if x.mention != y.mention, gap <= 6 {
            for t in from..<to { for c in cls(t) { f.append("kbc:\(k1)|\(k2)|\(c)") } }
        }
        return f
    }
}
