import DyadCore

/// Every actor name and alias, folded once, for searching as the user types.
struct ActorSearchIndex: Sendable {
    private struct Entry: Sendable {
        var folded: [UInt8]
        var text: String
        var actor: Actor.ID
    }

    private let entries: [Entry]

    /// Folds every id, name and alias of `graph`.
    /// - Complexity: O(total name length).
    init(_ graph: Graph) {
        var entries: [Entry] = []
        for actor in graph.actors.values {
            for text in [actor.name] + actor.aliases {
                entries.append(Entry(folded: Array(NameNormalizer.fold(text).utf8), text: text, actor: actor.id))
            }
            if !actor.allNames.contains(actor.id) {
                entries.append(Entry(folded: Array(NameNormalizer.fold(actor.id).utf8), text: actor.id, actor: actor.id))
            }
        }
        self.entries = entries
    }

    /// Actors whose name, alias or id starts with `query` (first) or contains it, each once
    /// with the text it matched, the most connected first.
    /// - Complexity: O(total name length).
    func matches(_ query: String, in graph: Graph, limit: Int) -> [(Actor.ID, String)] {
        let folded = Array(NameNormalizer.fold(query).utf8)
        guard !folded.isEmpty else { return [] }
        var best: [Actor.ID: (rank: Int, text: String)] = [:]
        for entry in entries {
            let rank: Int
            if entry.folded == folded {
                rank = 0
            } else if entry.folded.starts(with: folded) {
                rank = 1
            } else if Self.contains(entry.folded, folded) {
                rank = 2
            } else {
                continue
            }
            if let current = best[entry.actor], current.rank <= rank { continue }
            best[entry.actor] = (rank, entry.text)
        }
        let ordered = best.sorted { a, b in
            if a.value.rank != b.value.rank { return a.value.rank < b.value.rank }
            let da = graph.degree(of: a.key), db = graph.degree(of: b.key)
            return da != db ? da > db : a.key < b.key
        }
        return ordered.prefix(limit).map { ($0.key, $0.value.text) }
    }

    /// Whether `needle` occurs in `haystack` (folded UTF-8: byte equality is text equality).
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return needle.isEmpty }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
