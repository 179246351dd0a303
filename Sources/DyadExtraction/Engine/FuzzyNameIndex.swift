/// The words of the gazetteer's names, indexed by their one-deletion variants, so that a word of the
/// text that the vocabulary does not know can be matched to a name word at most one edit away
/// (an insertion, a deletion, a substitution or a swap of two neighbours: `Hliang` → `Hlaing`).
///
/// Variants are keyed by a 64-bit hash of their bytes, not by strings: a word of the text makes no string per
/// variant. A collision can only add a name word to those compared, and every one is compared exactly.
struct FuzzyNameIndex: Sendable {
    /// Words shorter than this are never corrected.
    static let minimumLength = 5
    private var variants: [UInt64: [Int32]] = [:]
    private var spelled: [Int32: [UInt8]] = [:]

    /// Indexes the given name words (folded) with their vocabulary ids.
    init(words: [(String, Int32)]) {
        for (word, id) in words {
            let bytes = Array(word.utf8)
            guard bytes.count >= FuzzyNameIndex.minimumLength, bytes.allSatisfy({ $0 < 0x80 }), spelled[id] == nil else { continue }
            spelled[id] = bytes
            for key in FuzzyNameIndex.keys(bytes) { variants[key, default: []].append(id) }
        }
    }

    /// The ids of name words one edit away from `word` (folded), nearest first; empty for short or non-ASCII words.
    func candidates(_ word: String) -> [Int32] {
        let bytes = Array(word.utf8)
        guard bytes.count >= FuzzyNameIndex.minimumLength, bytes.allSatisfy({ $0 < 0x80 }) else { return [] }
        var out: [Int32] = []
        for key in FuzzyNameIndex.keys(bytes) {
            for id in variants[key] ?? [] where !out.contains(id) {
                if let target = spelled[id], FuzzyNameIndex.withinOneEdit(bytes, target) { out.append(id) }
            }
        }
        return out.sorted()
    }

    /// The hashes of the word and of its one-deletion variants.
    private static func keys(_ bytes: [UInt8]) -> [UInt64] {
        var out = [hash(bytes, skipping: -1)]
        for k in 0..<bytes.count { out.append(hash(bytes, skipping: k)) }
        return out
    }

    /// A hash of `bytes` without the byte at `skipped` (-1: all of them).
    private static func hash(_ bytes: [UInt8], skipping skipped: Int) -> UInt64 {
        var h: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count - (skipped >= 0 ? 1 : 0))
        for (k, b) in bytes.enumerated() where k != skipped {
            h = (h ^ UInt64(b)) &* 0x100_0000_01B3
            h ^= h >> 29
        }
        return h
    }

    /// Whether two words differ by at most one insertion, deletion, substitution or adjacent swap.
    static func withinOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a == b { return true }
        if a.count == b.count {
            let diffs = (0..<a.count).filter { a[$0] != b[$0] }
            if diffs.count == 1 { return true }
            return diffs.count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]]
        }
        guard abs(a.count - b.count) == 1 else { return false }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        var i = 0, j = 0, skipped = false
        while i < long.count, j < short.count {
            if long[i] == short[j] { i += 1; j += 1 } else if skipped { return false } else { skipped = true; i += 1 }
        }
        return true
    }
}
