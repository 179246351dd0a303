import DyadCore

extension DocumentRun {
    /// Groups coordinated mentions and lays the sentence out as pattern units.
    mutating func buildUnits(_ s: Int, _ e: Int) {
        groups.removeAll(keepingCapacity: true)
        units.removeAll(keepingCapacity: true)
        let ids = pack.ids
        var k = 0
        while k < mentions.count {
            var last = k
            var sawAnd = false
            while last + 1 < mentions.count {
                let next = mentions[last + 1]
                // Possessive pronouns (its, their) do not coordinate; "the group" does.
                let singlePronoun = { (m: Mention) in m.kind == .pronoun && m.end - m.start == 1 }
                guard next.locative == mentions[k].locative, !singlePronoun(next), !singlePronoun(mentions[last]) else { break }
                let from = mentions[last].end, length = next.start - from
                guard length >= 1, length <= 3 else { break }
                let g0 = tokens[from].id, g1 = length > 1 ? tokens[from + 1].id : -2, g2 = length > 2 ? tokens[from + 2].id : -2
                // "A, and B" with no list before it joins clauses, not actors.
                if g0 == ids.comma, length >= 2, g1 == ids.and, last == k { break }
                let andGap = (length == 1 && g0 == ids.and) || (length == 2 && ((g0 == ids.comma && g1 == ids.and) || (g0 == ids.and && g1 == ids.the)))
                    || (length == 3 && g0 == ids.comma && g1 == ids.and && g2 == ids.the)
                if andGap { last += 1; sawAnd = true; break }
                if (length == 1 && g0 == ids.comma) || (length == 2 && g0 == ids.comma && g1 == ids.the) { last += 1; continue }
                break
            }
            if !sawAnd { last = k }
            groups.append(MentionGroup(members: k...last, start: mentions[k].start, end: mentions[last].end))
            if last > k {
                var pair = ActorList()
                for member in k...last where !mentions[member].locative {
                    for x in 0..<mentions[member].actors.count where !pair.contains(mentions[member].actors[x]) { pair.append(mentions[member].actors[x]) }
                }
                if pair.count >= 2 { history.append((pair, true)) }
            }
            k = last + 1
        }
        var g = 0
        var t = s
        while t < e {
            if g < groups.count, groups[g].start == t {
                units.append(Unit(token: t, end: groups[g].end, group: Int32(g), id: -1, boundary: false))
                t = groups[g].end
                g += 1
                continue
            }
            let id = tokens[t].id
            if id == ids.the, g < groups.count, groups[g].start == t + 1, !groupIsModifier(Int32(g)) {
                // A determiner belongs to the mention it introduces.
                units.append(Unit(token: t, end: groups[g].end, group: Int32(g), id: -1, boundary: false))
                t = groups[g].end
                g += 1
                continue
            }
            units.append(Unit(token: t, end: t + 1, group: -1, id: id, boundary: pack.flags(id) & WordFlags.boundary != 0))
            t += 1
        }
    }

    /// Runs the triggered patterns over the units of a sentence and records candidates.
    mutating func matchRules(_ sentence: Int, _ s: Int, _ e: Int) {
        guard !groups.isEmpty else { return }
        var actorCount = 0
        for m in mentions where !m.locative { actorCount += m.actors.count }
        guard actorCount >= 2 else { return }
        triggeredList.removeAll(keepingCapacity: true)
        for t in s..<e {
            let id = tokens[t].id
            guard id >= 0 else { continue }
            let from = Int(pack.triggerStart[Int(id)]), to = Int(pack.triggerStart[Int(id) + 1])
            if from < to { for x in from..<to { triggeredList.append(pack.triggerList[x]) } }
        }
        triggeredList.append(contentsOf: pack.untriggered)
        guard !triggeredList.isEmpty else { return }
        triggeredList.sort()
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
        let twoGroups = groups.count >= 2
        var present: UInt64 = 0
        for t in s..<e where tokens[t].id >= 0 { present |= pack.classMask[Int(tokens[t].id)] }
        var previous: Int32 = -1
        pack.instructions.withUnsafeBufferPointer { code in
            for tag in triggeredList where tag != previous {
                previous = tag
                let pattern = pack.patterns[Int(tag)]
                // A pair pattern needs a group with two actors; an A-B pattern needs two groups.
                if pattern.usesPair ? !hasPair : !twoGroups { continue }
                // Every mandatory word and class must occur in the sentence.
                var complete = true
                var k = Int(pattern.requiredStart)
                let stop = k + Int(pattern.requiredCount)
                while k < stop, complete {
                    let item = pack.required[k]
                    if item < 0 {
                        if present & (1 << UInt64(-1 - item)) == 0 { complete = false }
                    } else {
                        var found = false
                        for t in s..<e where tokens[t].id == item { found = true; break }
                        if !found { complete = false }
                    }
                    k += 1
                }
                if !complete { continue }
                var start = 0
                var lastEnd = -1, lastB = -1
                while start < units.count {
                    if pattern.firstIsSlot, units[start].group < 0 { start += 1; continue }
                    if let m = execute(code, pattern, from: start) {
                        // A later start reaching the same target through a gap is the same statement: the first subject wins.
                        if !(m.end == lastEnd && m.b == lastB && m.b >= 0) {
                            record(m, pack.rules[pattern.rule].rule, pattern, sentence, s, e, start)
                        }
                        lastEnd = m.end
                        lastB = m.b
                    }
                    start += 1
                }
            }
        }
    }

    /// Whether every member of a group is a modifier mention.
    func groupIsModifier(_ g: Int32) -> Bool {
        for member in groups[Int(g)].members where !mentions[member].modifier { return false }
        return true
    }

    /// The slot-mask bit of a document actor's kind.
    @inline(__always)
    func kindBit(_ actor: Int32) -> UInt8 {
        if Int(actor) < entryCount { return pack.entryKindBits[Int(actor)] }
        return kind(actor).bit
    }

    /// Whether a mention group can fill a slot with the allowed kinds (mask 0: any).
    func fits(_ group: Int32, _ mask: UInt8) -> Bool {
        let members = groups[Int(group)].members
        for member in members {
            let m = mentions[member]
            if m.locative { continue }
            for k in 0..<m.actors.count where mask == 0 || kindBit(m.actors[k]) & mask != 0 { return true }
        }
        return false
    }

    func pairActors(_ group: Int32) -> [(Int32, Int)] {
        var out: [(Int32, Int)] = []
        for member in groups[Int(group)].members where !mentions[member].locative {
            let list = mentions[member].actors
            for k in 0..<list.count where !out.contains(where: { $0.0 == list[k] }) { out.append((list[k], member)) }
        }
        return out
    }

    /// The backtracking matcher: returns the end unit and the bound groups, or `nil`.
    mutating func execute(_ code: UnsafeBufferPointer<FlatInstruction>, _ pattern: FlatPattern, from start: Int) -> (end: Int, a: Int, b: Int, p: Int)? {
        let kindsA = pattern.kindsA, kindsB = pattern.kindsB
        let stack = machineStack
        var depth = 1
        stack[0] = (pattern.entry, start, -1, -1, -1)
        var steps = 0
        let n = units.count
        do {
            while depth > 0 {
                depth -= 1
                var (pc, pos, a, b, p) = stack[depth]
                running: while true {
                    steps += 1
                    if steps > DocumentRun.stepLimit { return nil }
                    switch code[pc] {
                    case .match:
                        return (pos, a, b, p)
                    case .literal(let id):
                        guard pos < n, units[pos].id == id || (units[pos].group >= 0 && units[pos].end - units[pos].token == 1 && tokens[units[pos].token].id == id) else { break running }
                        pc += 1; pos += 1
                    case .wordClass(let c):
                        guard pos < n, units[pos].group < 0, pack.inClass(units[pos].id, Int(c)) else { break running }
                        pc += 1; pos += 1
                    case .slot(let slot), .modifierSlot(let slot):
                        guard pos < n, units[pos].group >= 0 else { break running }
                        let g = units[pos].group
                        if case .slot = code[pc], groupIsModifier(g) { break running }
                        switch slot {
                        case .a: guard fits(g, kindsA) else { break running }; a = Int(g)
                        case .b: guard fits(g, kindsB) else { break running }; b = Int(g)
                        case .pair: guard pairActors(g).count >= 2 else { break running }; p = Int(g)
                        case .anyMention: break
                        }
                        pc += 1; pos += 1
                    case .any(let cross):
                        guard pos < n, !units[pos].boundary,
                              cross || (units[pos].group < 0 && units[pos].id != pack.ids.comma) || (units[pos].group >= 0 && groupIsModifier(units[pos].group))
                        else { break running }
                        pc += 1; pos += 1
                    case let .notAhead(from, count):
                        if pos < n, units[pos].group < 0 {
                            let id = units[pos].id
                            var hit = false
                            for k in Int(from)..<Int(from + count) {
                                let item = pack.notAheadItems[k]
                                if item >= 0 ? item == id : pack.inClass(id, Int(-1 - item)) { hit = true; break }
                            }
                            if hit { break running }
                        }
                        pc += 1
                    case let .split(x, y):
                        stack[depth] = (Int(y), pos, a, b, p)
                        depth += 1
                        pc = Int(x)
                    case .jump(let x):
                        pc = Int(x)
                    }
                }
            }
            return nil
        }
    }

    /// Records the candidates of one match.
    mutating func record(_ m: (end: Int, a: Int, b: Int, p: Int), _ rule: RelationRule, _ pattern: FlatPattern, _ sentence: Int, _ s: Int, _ e: Int, _ startUnit: Int) {
        let ruleIndex = pattern.rule
        let matchStart = units[startUnit].token
        let matchEnd = m.end > 0 ? units[m.end - 1].end : matchStart
        let unless = pack.rules[ruleIndex].unless
        if !unless.isEmpty {
            var clauseStart = s
            var t = matchStart - 1
            while t >= s { if pack.flags(tokens[t].id) & WordFlags.boundary != 0 { clauseStart = t + 1; break }; t -= 1 }
            for phrase in unless {
                var i = clauseStart
                while i + phrase.count <= matchEnd {
                    var equal = true
                    for (k, id) in phrase.enumerated() where tokens[i + k].id != id { equal = false; break }
                    if equal { return }
                    i += 1
                }
            }
        }
        let modality = modalityOf(rule, s, matchStart, matchEnd)
        var pairs: [(Int32, Int, Int32, Int)] = []
        if m.p >= 0 {
            let actors = pairActors(Int32(m.p))
            for x in 0..<actors.count { for y in (x + 1)..<max(x + 1, actors.count) { pairs.append((actors[x].0, actors[x].1, actors[y].0, actors[y].1)) } }
        } else if m.a >= 0, m.b >= 0 {
            for ma in groups[m.a].members where !mentions[ma].locative {
                let la = mentions[ma].actors
                for x in 0..<la.count where pattern.kindsA == 0 || kindBit(la[x]) & pattern.kindsA != 0 {
                    for mb in groups[m.b].members where !mentions[mb].locative {
                        let lb = mentions[mb].actors
                        for y in 0..<lb.count where pattern.kindsB == 0 || kindBit(lb[y]) & pattern.kindsB != 0 { pairs.append((la[x], ma, lb[y], mb)) }
                    }
                }
            }
        }
        for (a0, ma0, b0, mb0) in pairs {
            var (a, ma, b, mb) = (a0, ma0, b0, mb0)
            if rule.reversed { swap(&a, &b); swap(&ma, &mb) }
            if a == b || parent(a) == b || parent(b) == a { continue }
            candidateCount += 1
            guard buildEvidence else { continue }
            candidates.append(Candidate(sentence: sentence, a: a, b: b, aMention: (mentions[ma].start, mentions[ma].end),
                                        bMention: (mentions[mb].start, mentions[mb].end), rule: ruleIndex,
                                        type: UInt8(RelationType.allCases.firstIndex(of: rule.type) ?? 0),
                                        matchStart: matchStart, matchEnd: matchEnd, priority: rule.priority, modality: modality))
        }
    }

    /// Modality from cues in the clause up to the end of the match: 0 asserted, 1 hedged, 2 negated.
    func modalityOf(_ rule: RelationRule, _ s: Int, _ matchStart: Int, _ matchEnd: Int) -> UInt8 {
        var clauseStart = s
        var t = matchStart - 1
        while t >= s { if pack.flags(tokens[t].id) & WordFlags.boundary != 0 { clauseStart = t + 1; break }; t -= 1 }
        var hedged = false, negated = false
        var i = clauseStart
        while i < matchEnd {
            var node: Int32 = 0
            var j = i
            while j < tokens.count {
                node = pack.cues.child(node, tokens[j].id)
                if node < 0 { break }
                j += 1
                for kind in pack.cues.payloads[Int(node)] {
                    if kind == CueKind.hedge.rawValue { hedged = true }
                    if kind == CueKind.negation.rawValue, j <= matchEnd, i >= matchStart - 3 { negated = true }
                }
            }
            i += 1
        }
        if negated { return 2 }
        if let fixed = rule.modality { return fixed == .asserted ? 0 : fixed == .hedged ? 1 : 2 }
        return hedged ? 1 : 0
    }
}
