/// Which patterns can match a sentence, decided before any runs, from what each pattern must contain.
///
/// A pattern's clauses (``PatternProgram/clauses(_:weight:)``) are sets of words and word classes; every clause
/// must meet a token of the sentence. Clause atoms are numbered as features: a token id carries the features of
/// its own word and of its classes. Per sentence the features present are set in a bitset, and a pattern is a
/// candidate when its lightest clause (its trigger) is met by some token and every other clause has a bit set.
/// Patterns keep their order, so the matcher records the same candidates in the same order as without the filter.
final class PatternPrefilter: Sendable {
    /// Per token id, its features: `tokenFeatures[tokenFeatureStart[id]..<tokenFeatureStart[id + 1]]`.
    private let tokenFeatureStart: [Int32]
    private let tokenFeatures: [Int32]
    /// Per token id, the patterns its trigger clause names: `triggered[triggerStart[id]..<triggerStart[id + 1]]`.
    private let triggerStart: [Int32]
    private let triggered: [Int32]
    /// The patterns without a clause, which are candidates in every sentence, as bits.
    private let always: [UInt64]
    /// Per pattern, its clauses but the trigger: `clauseEnd[patternClauseStart[p]..<patternClauseStart[p + 1]]`.
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
        var featureOf: [Atom: Int32] = [:]
        var patternClauseStart: [Int32] = [0]
        var clauseEnd: [Int32] = []
        var clauseFeatures: [Int32] = []
        var triggers: [(Int32, Int32)] = []
        var always: [Int] = []
        func forms(_ atom: Atom) -> [Int32] { atom >= 0 ? [atom] : classForms[Int(-1 - atom)] }
        for (pattern, list) in clauses.enumerated() {
            // The trigger: the clause the fewest token ids meet.
            let weights = list.map { $0.reduce(0) { $0 + forms($1).count } }
            let trigger = list.indices.min { weights[$0] < weights[$1] }
            // The trigger is met whenever the pattern is a candidate, so only the other clauses are checked.
            for (index, clause) in list.enumerated() where index != trigger {
                for atom in clause {
                    let feature = featureOf[atom] ?? Int32(featureOf.count)
                    featureOf[atom] = feature
                    clauseFeatures.append(feature)
                }
                clauseEnd.append(Int32(clauseFeatures.count))
            }
            patternClauseStart.append(Int32(clauseEnd.count))
            guard let trigger else {
                always.append(pattern)
                continue
            }
            for id in Set(list[trigger].flatMap(forms)) where id >= 0 && Int(id) < vocabularySize { triggers.append((id, Int32(pattern))) }
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
        var triggerStart = Array(repeating: Int32(0), count: vocabularySize + 1)
        for (id, _) in triggers { triggerStart[Int(id) + 1] += 1 }
        for i in 0..<vocabularySize { triggerStart[i + 1] += triggerStart[i] }
        var fill = triggerStart
        var triggered = Array(repeating: Int32(0), count: triggers.count)
        for (id, pattern) in triggers {
            triggered[Int(fill[Int(id)])] = pattern
            fill[Int(id)] += 1
        }
        patternCount = clauses.count
        patternWords = (clauses.count + 63) / 64
        featureWords = max(1, (featureOf.count + 63) / 64)
        var bits = Array(repeating: UInt64(0), count: patternWords)
        for p in always { bits[p >> 6] |= 1 << UInt64(p & 63) }
        self.always = bits
        self.tokenFeatureStart = featureStart
        self.tokenFeatures = features
        self.triggerStart = triggerStart
        self.triggered = triggered
        self.patternClauseStart = patternClauseStart
        self.clauseEnd = clauseEnd
        self.clauseFeatures = clauseFeatures
    }

    /// Sets in `patterns` the patterns whose trigger one of `tokens[s..<e]` meets (and those without clauses), and
    /// in `features` the features of those tokens. Both buffers are resized and cleared first.
    ///
    /// `triggerEnds[p]` becomes, for each candidate pattern `p`, the last token that meets its trigger
    /// (`Int32.max` for a pattern without clauses): a match consumes units from its start on, so it cannot start
    /// after that token. Entries of patterns that are no candidates are left as they were.
    /// - Complexity: O(tokens + the triggers and features they carry).
    func scan(_ tokens: [Token], _ s: Int, _ e: Int, patterns: inout [UInt64], features: inout [UInt64], triggerEnds: inout [Int32]) {
        if patterns.count != patternWords { patterns = Array(repeating: 0, count: patternWords) }
        if features.count != featureWords { features = Array(repeating: 0, count: featureWords) }
        if triggerEnds.count != patternCount { triggerEnds = Array(repeating: Int32.max, count: patternCount) }
        for w in 0..<patternWords { patterns[w] = always[w] }
        for w in 0..<featureWords { features[w] = 0 }
        for t in s..<e where tokens[t].id >= 0 && Int(tokens[t].id) + 1 < tokenFeatureStart.count {
            let i = Int(tokens[t].id)
            var k = Int(triggerStart[i])
            let triggerStop = Int(triggerStart[i + 1])
            while k < triggerStop {
                let p = Int(triggered[k])
                patterns[p >> 6] |= 1 << UInt64(p & 63)
                triggerEnds[p] = Int32(t)
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
    }

    /// Whether every clause of `pattern` but its trigger has a feature in `features` (the trigger is met whenever
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
