import DyadCore

/// Every actor name and alias, folded once, for searching as the user types.
struct ActorSearchIndex: Sendable {
    private struct Entry: Sendable {
        var folded: String
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
                entries.append(Entry(folded: NameNormalizer.fold(text), text: text, actor: actor.id))
            }
            if !actor.allNames.contains(actor.id) {
                entries.append(Entry(folded: NameNormalizer.fold(actor.id), text: actor.id, actor: actor.id))
            }
        }
        self.entries = entries
    }

    /// Actors whose name, alias or id starts with `query` (first) or contains it, each once
    /// with the text it matched, the most connected first.
    /// - Complexity: O(total name length).
    func matches(_ query: String, in graph: Graph, limit: Int) -> [(Actor.ID, String)] {
        let folded = NameNormalizer.fold(query)
        guard !folded.isEmpty else { return [] }
        var best: [Actor.ID: (rank: Int, text: String)] = [:]
        for entry in entries {
            let rank: Int
            if entry.folded == folded {
                rank = 0
            } else if entry.folded.hasPrefix(folded) {
                rank = 1
            } else if entry.folded.contains(folded) {
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
}
