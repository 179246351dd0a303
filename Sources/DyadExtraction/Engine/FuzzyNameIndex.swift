/// The words of the gazetteer's names, indexed by their one-deletion variants, so that a word of the
/// text that the vocabulary does not know can be matched to a name word at most one edit away
/// (an insertion, a deletion, a substitution or a swap of two neighbours: `Hliang` → `Hlaing`).
struct FuzzyNameIndex: Sendable {
    /// Words shorter than this are never corrected.
    static let minimumLength = 5
    private var variants: [String: [Int32]] = [:]
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

    /// The word and its one-deletion variants.
    private static func keys(_ bytes: [UInt8]) -> [String] {
        var out = [String(decoding: bytes, as: UTF8.self)]
        for k in 0..<bytes.count {
            var copy = bytes
            copy.remove(at: k)
            out.append(String(decoding: copy, as: UTF8.self))
        }
        return out
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
