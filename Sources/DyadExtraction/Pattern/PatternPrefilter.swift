/// Which patterns can match a sentence, decided before any runs, from what each pattern must contain.
///
/// A pattern's clauses (``PatternProgram/clauses(_:weight:)``) are sets of words and word classes; every clause
/// must meet a token of the sentence. Every clause is numbered as a feature (a token id carries the features of its
/// own word and of its classes; one feature serves every pattern that needs it), and a scan of the sentence sets
/// the features it meets, with the last token meeting each.
///
/// The rarest clauses of each pattern (up to ``gateCount``) are its gates, checked for all patterns at once: per
/// token id and gate rank, a row of pattern bits holds the patterns whose gate of that rank the id meets. The scan
/// ORs the rows of the sentence's tokens rank by rank, and a pattern is gated when all its ranks are met (the AND
/// of the ranks). A clause is rare when its token ids serve few patterns: a word many patterns need ("of",
/// "with") is common in text too. The other clauses of the gated patterns are checked with ``satisfied(_:_:)``.
/// Patterns keep their order, so the matcher records the same candidates in the same order as without the filter.
final class PatternPrefilter: Sendable {
    /// What a scan found in one sentence; kept by the caller between sentences, so scanning allocates nothing.
    struct SentenceScan: Sendable {
        /// The patterns whose gates the sentence meets (and those without clauses), as bits.
        fileprivate(set) var patterns: [UInt64] = []
        /// Per gate rank, the patterns whose gate of that rank the sentence meets, as bits (`rank * patternWords`).
        fileprivate var ranks: [UInt64] = []
        /// The features the sentence meets, as bits.
        fileprivate var features: [UInt64] = []
        /// Per feature, the last token that meets it (valid for the features in `features`).
        fileprivate var featureEnds: [Int32] = []

        @inline(__always)
        fileprivate func has(_ feature: Int) -> Bool { features[feature >> 6] & 1 << UInt64(feature & 63) != 0 }

        /// Calls `body` with the gate ranks, the feature bits and the features' last tokens as buffers.
        fileprivate mutating func withBuffers(
            _ body: (UnsafeMutableBufferPointer<UInt64>, UnsafeMutableBufferPointer<UInt64>, UnsafeMutableBufferPointer<Int32>) -> Void
        ) {
            ranks.withUnsafeMutableBufferPointer { ranks in
                features.withUnsafeMutableBufferPointer { features in
                    featureEnds.withUnsafeMutableBufferPointer { body(ranks, features, $0) }
                }
            }
        }
    }

    /// The most clauses of a pattern checked as gates during the scan.
    static let gateCount = 4
    /// What the scan reads per token id: its row of gate bits (`gateCount * patternWords` words from
    /// `row * gateCount * patternWords` in `gateRows`, or -1 when it meets no gate) and where its features lie in
    /// `tokenFeatures`. One entry per id, so a token costs one read to find both.
    private struct TokenEntry: Sendable {
        var row: Int32 = -1
        var featureStart: Int32 = 0
        var featureEnd: Int32 = 0
    }
    private let tokenEntries: [TokenEntry]
    private let gateRows: [UInt64]
    /// Per rank, the patterns with fewer gates than that rank plus one (met in every sentence), as bits.
    private let openRanks: [UInt64]
    private let tokenFeatures: [Int32]
    /// Per pattern, its clauses, gates first: `clauseEnd[patternClauseStart[p]..<patternClauseStart[p + 1]]`, of
    /// which the first `patternGates[p]` are gates.
    private let patternClauseStart: [Int32]
    private let patternGates: [UInt8]
    /// Per clause, where its features end in `clauseFeatures` (each starts where the previous ends).
    private let clauseEnd: [Int32]
    private let clauseFeatures: [Int32]
    /// Words of a pattern bitset and of a feature bitset.
    let patternWords: Int
    let featureWords: Int
    /// The number of features.
    let featureCount: Int

    /// One atom of a clause: a token id (≥ 0) or a word class as `-1 - index`.
    typealias Atom = Int32

    /// Builds the filter.
    /// - Parameters:
    ///   - clauses: Per pattern, its clauses as atoms.
    ///   - classForms: The token ids of each word class.
    ///   - vocabularySize: The number of token ids.
    init(clauses: [[[Atom]]], classForms: [[Int32]], vocabularySize: Int) {
        let gateCount = PatternPrefilter.gateCount
        func forms(_ atom: Atom) -> [Int32] { atom >= 0 ? [atom] : classForms[Int(-1 - atom)] }
        // How many patterns need each token id in one of their clauses.
        var patternUse: [Int32: Int] = [:]
        for list in clauses {
            for id in Set(list.flatMap { $0.flatMap(forms) }) { patternUse[id, default: 0] += 1 }
        }
        let words = max(1, (clauses.count + 63) / 64)
        var featureOf: [Atom: Int32] = [:]
        var patternClauseStart: [Int32] = [0]
        var patternGates: [UInt8] = []
        var clauseEnd: [Int32] = []
        var clauseFeatures: [Int32] = []
        var rowOf: [Int32: Int32] = [:]
        var rows: [UInt64] = []
        var open = Array(repeating: UInt64(0), count: gateCount * words)
        for (pattern, list) in clauses.enumerated() {
            let ids = list.map { Set($0.flatMap(forms)).filter { $0 >= 0 && Int($0) < vocabularySize } }
            // The gates: the clauses whose ids the fewest patterns share (ties: fewer ids, then the earlier clause).
            let weights = ids.map { set in (use: set.reduce(0) { $0 + (patternUse[$1] ?? 0) }, count: set.count) }
            let ranked = list.indices.sorted { (weights[$0].use, weights[$0].count, $0) < (weights[$1].use, weights[$1].count, $1) }
            let bit = UInt64(1) << UInt64(pattern & 63)
            for rank in 0..<gateCount {
                guard rank < ranked.count else {
                    open[rank * words + pattern >> 6] |= bit
                    continue
                }
                for id in ids[ranked[rank]] {
                    let row: Int32
                    if let known = rowOf[id] {
                        row = known
                    } else {
                        row = Int32(rowOf.count)
                        rowOf[id] = row
                        rows += Array(repeating: 0, count: gateCount * words)
                    }
                    rows[(Int(row) * gateCount + rank) * words + pattern >> 6] |= bit
                }
            }
            for clause in ranked {
                for atom in list[clause] {
                    let feature = featureOf[atom] ?? Int32(featureOf.count)
                    featureOf[atom] = feature
                    clauseFeatures.append(feature)
                }
                clauseEnd.append(Int32(clauseFeatures.count))
            }
            patternClauseStart.append(Int32(clauseEnd.count))
            patternGates.append(UInt8(min(gateCount, ranked.count)))
        }
        var perToken = Array(repeating: [Int32](), count: vocabularySize)
        for (atom, feature) in featureOf {
            for id in forms(atom) where id >= 0 && Int(id) < vocabularySize { perToken[Int(id)].append(feature) }
        }
        var entries = Array(repeating: TokenEntry(), count: vocabularySize)
        var features: [Int32] = []
        for (id, list) in perToken.enumerated() {
            entries[id].featureStart = Int32(features.count)
            features += Set(list).sorted()
            entries[id].featureEnd = Int32(features.count)
        }
        for (id, row) in rowOf { entries[Int(id)].row = row }
        patternWords = words
        featureCount = featureOf.count
        featureWords = max(1, (featureOf.count + 63) / 64)
        self.tokenEntries = entries
        self.gateRows = rows
        self.openRanks = open
        self.tokenFeatures = features
        self.patternClauseStart = patternClauseStart
        self.patternGates = patternGates
        self.clauseEnd = clauseEnd
        self.clauseFeatures = clauseFeatures
    }

    /// Whether a token with id `id` meets any gate or clause (so the scan has something to read for it).
    func meets(_ id: Int32) -> Bool {
        guard id >= 0, Int(id) < tokenEntries.count else { return false }
        let entry = tokenEntries[Int(id)]
        return entry.row >= 0 || entry.featureEnd > entry.featureStart
    }

    /// Scans the tokens `tokens[s..<e]` into `scan`: the patterns whose gates they all meet (and those without
    /// clauses), the features they meet, and the last token meeting each of those features. Only tokens flagged
    /// ``Token/inPrefilter`` are read: the pack's tokenizer flags each whose id ``meets(_:)`` something.
    /// - Complexity: O(tokens × patterns / 64 + the features they carry).
    func scan(_ tokens: [Token], _ s: Int, _ e: Int, into scan: inout SentenceScan) {
        let gateCount = PatternPrefilter.gateCount, words = patternWords
        if scan.patterns.count != words {
            scan.patterns = Array(repeating: 0, count: words)
            scan.ranks = Array(repeating: 0, count: gateCount * words)
        }
        if scan.features.count != featureWords {
            scan.features = Array(repeating: 0, count: featureWords)
            scan.featureEnds = Array(repeating: -1, count: featureCount)
        }
        for w in 0..<gateCount * words { scan.ranks[w] = openRanks[w] }
        for w in 0..<featureWords { scan.features[w] = 0 }
        let stride = gateCount * words
        // Everything is read and written through buffers: the arrays' subscripts checked uniqueness at every write.
        tokenEntries.withUnsafeBufferPointer { entries in
            gateRows.withUnsafeBufferPointer { rows in
                tokenFeatures.withUnsafeBufferPointer { tokenFeatures in
                    scan.withBuffers { ranks, features, featureEnds in
                        guard let into = ranks.baseAddress, let from = rows.baseAddress else { return }
                        // Only tokens the vocabulary tagged as meeting something: most words and names meet nothing.
                        for t in s..<e where tokens[t].flags & Token.inPrefilter != 0 && Int(tokens[t].id) < entries.count {
                            let entry = entries[Int(tokens[t].id)]
                            if entry.row >= 0 {
                                // Unchecked arithmetic: the rows were sized for every row number handed out.
                                let source = from + Int(entry.row) &* stride
                                for w in 0..<stride { into[w] |= source[w] }
                            }
                            var k = Int(entry.featureStart)
                            while k < Int(entry.featureEnd) {
                                let f = Int(tokenFeatures[k])
                                features[f >> 6] |= 1 << UInt64(f & 63)
                                featureEnds[f] = Int32(t)
                                k &+= 1
                            }
                        }
                    }
                }
            }
        }
        for w in 0..<words {
            var met = scan.ranks[w]
            for rank in 1..<gateCount { met &= scan.ranks[rank * words + w] }
            scan.patterns[w] = met
        }
    }

    /// Whether every clause of `pattern` but its gates has a feature in the sentence (the gates are met whenever
    /// the pattern is a candidate).
    @inline(__always)
    func satisfied(_ pattern: Int, _ scan: SentenceScan) -> Bool {
        var c = Int(patternClauseStart[pattern]) + Int(patternGates[pattern])
        let stop = Int(patternClauseStart[pattern + 1])
        if c >= stop { return true }
        var k = c == 0 ? 0 : Int(clauseEnd[c - 1])
        while c < stop {
            let end = Int(clauseEnd[c])
            var met = false
            while k < end {
                if scan.has(Int(clauseFeatures[k])) { met = true; break }
                k += 1
            }
            if !met { return false }
            k = end
            c += 1
        }
        return true
    }

    /// The last token a match of candidate `pattern` (one that is ``satisfied(_:_:)``) may start at: a match
    /// consumes units from its start on, and each clause must meet one of them, so no match starts after the last
    /// token meeting any one clause (`Int32.max` for a pattern without clauses).
    func lastStart(_ pattern: Int, _ scan: SentenceScan) -> Int32 {
        var c = Int(patternClauseStart[pattern])
        let stop = Int(patternClauseStart[pattern + 1])
        var last = Int32.max
        var k = c == 0 ? 0 : Int(clauseEnd[c - 1])
        while c < stop {
            let end = Int(clauseEnd[c])
            var clauseLast: Int32 = -1
            while k < end {
                let f = Int(clauseFeatures[k])
                if scan.has(f) { clauseLast = max(clauseLast, scan.featureEnds[f]) }
                k += 1
            }
            last = min(last, clauseLast)
            c += 1
        }
        return last
    }
}
