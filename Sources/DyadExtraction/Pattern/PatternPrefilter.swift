/// Which patterns can match a sentence, decided before any runs, from what each pattern must contain.
///
/// A pattern's clauses (``PatternProgram/clauses(_:weight:)``) are sets of words and word classes; every clause
/// must meet a token of the sentence. The lightest clauses of each pattern (up to ``gateCount``, the fewest token
/// ids first) are its gates: every token id lists the gates it meets, a scan of the sentence sets their bits, and
/// a pattern is a candidate when all its gates are met.
/// Its other clauses are numbered as features (a token id carries the features of its own word and of its
/// classes), set per sentence in a bitset, and checked with ``satisfied(_:_:)`` for the candidates only.
/// Patterns keep their order, so the matcher records the same candidates in the same order as without the filter.
final class PatternPrefilter: Sendable {
    /// The most clauses of a pattern checked as gates during the scan (four: the gates of 16 patterns fill a word).
    static let gateCount = 4
    /// Per token id, the gates it meets as `pattern * gateCount + rank`: `gates[gateStart[id]..<gateStart[id + 1]]`.
    private let gateStart: [Int32]
    private let gates: [Int32]
    /// The gates every sentence meets, as bits numbered like the gates: the ranks beyond a pattern's last gate.
    private let openGates: [UInt64]
    /// Per token id, its features: `tokenFeatures[tokenFeatureStart[id]..<tokenFeatureStart[id + 1]]`.
    private let tokenFeatureStart: [Int32]
    private let tokenFeatures: [Int32]
    /// Per pattern, its clauses but the gates: `clauseEnd[patternClauseStart[p]..<patternClauseStart[p + 1]]`.
    private let patternClauseStart: [Int32]
    /// Per clause, where its features end in `clauseFeatures` (each starts where the previous ends).
    private let clauseEnd: [Int32]
    private let clauseFeatures: [Int32]
    /// Words of a pattern bitset and of a feature bitset.
    let patternWords: Int
    let featureWords: Int
    /// The number of patterns.
    let patternCount: Int

    /// One atom of a clause: a token id (≥ 0) or a word class as `-1 - index`.
    typealias Atom = Int32

    /// Builds the filter.
    /// - Parameters:
    ///   - clauses: Per pattern, its clauses as atoms.
    ///   - classForms: The token ids of each word class.
    ///   - vocabularySize: The number of token ids.
    init(clauses: [[[Atom]]], classForms: [[Int32]], vocabularySize: Int) {
        let gateCount = PatternPrefilter.gateCount
        var featureOf: [Atom: Int32] = [:]
        var patternClauseStart: [Int32] = [0]
        var clauseEnd: [Int32] = []
        var clauseFeatures: [Int32] = []
        var gateEntries: [(id: Int32, gate: Int32)] = []
        patternCount = clauses.count
        patternWords = (clauses.count + 63) / 64
        var open = Array(repeating: UInt64(0), count: (clauses.count * gateCount + 63) / 64)
        func forms(_ atom: Atom) -> [Int32] { atom >= 0 ? [atom] : classForms[Int(-1 - atom)] }
        for (pattern, list) in clauses.enumerated() {
            // The gates: the clauses the fewest token ids meet (ties in pattern order).
            let weights = list.map { $0.reduce(0) { $0 + forms($1).count } }
            let ranked = list.indices.sorted { (weights[$0], $0) < (weights[$1], $1) }
            let gated = ranked.prefix(gateCount)
            for (rank, clause) in gated.enumerated() {
                let gate = Int32(pattern * gateCount + rank)
                for id in Set(list[clause].flatMap(forms)) where id >= 0 && Int(id) < vocabularySize { gateEntries.append((id, gate)) }
            }
            for rank in gated.count..<gateCount {
                let gate = pattern * gateCount + rank
                open[gate >> 6] |= 1 << UInt64(gate & 63)
            }
            // The gates are met whenever the pattern is a candidate, so only the other clauses are checked.
            for clause in ranked.dropFirst(gateCount) {
                for atom in list[clause] {
                    let feature = featureOf[atom] ?? Int32(featureOf.count)
                    featureOf[atom] = feature
                    clauseFeatures.append(feature)
                }
                clauseEnd.append(Int32(clauseFeatures.count))
            }
            patternClauseStart.append(Int32(clauseEnd.count))
        }
        var perToken = Array(repeating: [Int32](), count: vocabularySize)
        for (atom, feature) in featureOf {
            for id in forms(atom) where id >= 0 && Int(id) < vocabularySize { perToken[Int(id)].append(feature) }
        }
        var featureStart: [Int32] = [0]
        var features: [Int32] = []
        for list in perToken {
            features += list.sorted()
            featureStart.append(Int32(features.count))
        }
        var gateStart = Array(repeating: Int32(0), count: vocabularySize + 1)
        for entry in gateEntries { gateStart[Int(entry.id) + 1] += 1 }
        for i in 0..<vocabularySize { gateStart[i + 1] += gateStart[i] }
        var fill = gateStart
        var gates = Array(repeating: Int32(0), count: gateEntries.count)
        for entry in gateEntries {
            gates[Int(fill[Int(entry.id)])] = entry.gate
            fill[Int(entry.id)] += 1
        }
        featureWords = max(1, (featureOf.count + 63) / 64)
        self.openGates = open
        self.gateStart = gateStart
        self.gates = gates
        self.tokenFeatureStart = featureStart
        self.tokenFeatures = features
        self.patternClauseStart = patternClauseStart
        self.clauseEnd = clauseEnd
        self.clauseFeatures = clauseFeatures
    }

    /// Sets in `patterns` the patterns whose gates the tokens `tokens[s..<e]` all meet (those without clauses
    /// too), and in `features` the features of those tokens. `gateBits` is scratch space. All are resized and
    /// cleared first.
    ///
    /// `gateEnds[p * gateCount + rank]` becomes, for each gate a token meets, the last such token; see
    /// ``lastStart(_:_:)``. Entries of gates no token met are left as they were.
    /// - Complexity: O(tokens + the gates and features they carry).
    func scan(
        _ tokens: [Token], _ s: Int, _ e: Int, patterns: inout [UInt64], features: inout [UInt64], gateBits: inout [UInt64],
        gateEnds: inout [Int32]
    ) {
        let gateCount = PatternPrefilter.gateCount
        if patterns.count != patternWords { patterns = Array(repeating: 0, count: patternWords) }
        if features.count != featureWords { features = Array(repeating: 0, count: featureWords) }
        if gateEnds.count != patternCount * gateCount { gateEnds = Array(repeating: Int32.max, count: patternCount * gateCount) }
        if gateBits.count != openGates.count { gateBits = Array(repeating: 0, count: openGates.count) }
        for w in 0..<openGates.count { gateBits[w] = openGates[w] }
        for w in 0..<featureWords { features[w] = 0 }
        for t in s..<e where tokens[t].id >= 0 && Int(tokens[t].id) + 1 < tokenFeatureStart.count {
            let i = Int(tokens[t].id)
            var k = Int(gateStart[i])
            let gateStop = Int(gateStart[i + 1])
            while k < gateStop {
                let gate = Int(gates[k])
                gateBits[gate >> 6] |= 1 << UInt64(gate & 63)
                gateEnds[gate] = Int32(t)
                k += 1
            }
            k = Int(tokenFeatureStart[i])
            let featureStop = Int(tokenFeatureStart[i + 1])
            while k < featureStop {
                let f = Int(tokenFeatures[k])
                features[f >> 6] |= 1 << UInt64(f & 63)
                k += 1
            }
        }
        // Each word of `gateBits` holds the gates of 16 patterns; a pattern is a candidate when its four bits are set.
        for w in 0..<patternWords { patterns[w] = 0 }
        for w in 0..<gateBits.count {
            let x = gateBits[w]
            var met = x & x >> 1 & x >> 2 & x >> 3 & 0x1111_1111_1111_1111
            while met != 0 {
                let p = (w << 6 | met.trailingZeroBitCount) >> 2
                patterns[p >> 6] |= 1 << UInt64(p & 63)
                met &= met - 1
            }
        }
    }

    /// The last token a match of candidate `pattern` may start at: a match consumes units from its start on, and
    /// each gate must meet one of them, so no match starts after the last token meeting any gate (`Int32.max` for
    /// a pattern without clauses). Reads `gateEnds` as ``scan(_:_:_:patterns:features:gateBits:gateEnds:)`` left it.
    @inline(__always)
    func lastStart(_ pattern: Int, _ gateEnds: [Int32]) -> Int32 {
        let base = pattern * PatternPrefilter.gateCount
        var last = Int32.max
        // A candidate met every gate in this scan; a rank it lacks was never written and stays `Int32.max`.
        for rank in 0..<PatternPrefilter.gateCount { last = min(last, gateEnds[base + rank]) }
        return last
    }

    /// Whether every clause of `pattern` but its gates has a feature in `features` (the gates are met whenever
    /// the pattern is a candidate of the sentence).
    @inline(__always)
    func satisfied(_ pattern: Int, _ features: [UInt64]) -> Bool {
        var c = Int(patternClauseStart[pattern])
        let stop = Int(patternClauseStart[pattern + 1])
        if c == stop { return true }
        var k = c == 0 ? 0 : Int(clauseEnd[c - 1])
        while c < stop {
            let end = Int(clauseEnd[c])
            var met = false
            while k < end {
                let f = Int(clauseFeatures[k])
                if features[f >> 6] & (1 << UInt64(f & 63)) != 0 { met = true }
                k += 1
                if met { break }
            }
            if !met { return false }
            k = end
            c += 1
        }
        return true
    }
}
