import DyadCore

/// Resolves a name typed by a user to one actor, or explains why it cannot.
struct ActorResolver {
    let graph: Graph

    /// The actor that `name` names: by id, then by name or alias (case and diacritics ignored).
    /// - Throws: ``DyadCLIError`` listing the candidates when the name is unknown or ambiguous.
    func resolve(_ name: String) throws(DyadCLIError) -> Actor {
        let found = graph.resolve(name)
        if found.count == 1 { return found[0] }
        if found.count > 1 {
            let list = found.map { "  \($0.id) (\($0.name), \($0.kind.rawValue))" }.joined(separator: "\n")
            throw DyadCLIError("actor name \"\(name)\" is ambiguous; use one of these ids:\n\(list)")
        }
        let suggestions = closest(to: name, limit: 5)
        let shown = name.count > 80 ? String(name.prefix(80)) + "…" : name
        var message = "no actor named \"\(shown)\" in this graph"
        if !suggestions.isEmpty {
            message += "; closest:\n" + suggestions.map { "  \($0.id) (\($0.name))" }.joined(separator: "\n")
        }
        throw DyadCLIError(message)
    }

    /// The actors whose names are nearest to `name` by edit distance (prefix matches first).
    ///
    /// Names longer than ``InputLimits/queryCharacters`` get no suggestions, and names whose length differs by more
    /// than the threshold are skipped without computing a distance, so a long query costs little.
    /// - Complexity: O(a · q · n) for a names of n characters and a query of q characters (q bounded).
    func closest(to name: String, limit: Int) -> [Actor] {
        guard name.count <= InputLimits.queryCharacters else { return [] }
        let folded = NameNormalizer.fold(name)
        var scored: [(Int, String, Actor)] = []
        let threshold = max(2, folded.count / 2)
        for actor in graph.actors.values {
            var best = Int.max
            for candidate in [actor.id] + actor.allNames {
                let other = NameNormalizer.fold(candidate)
                if other.hasPrefix(folded) || folded.hasPrefix(other) {
                    best = min(best, 1)
                    continue
                }
                // The distance is at least the difference in length: skip names that cannot be close.
                guard abs(other.count - folded.count) <= threshold else { continue }
                let score = EditDistance.between(folded, other)
                best = min(best, score)
            }
            scored.append((best, actor.id, actor))
        }
        return scored.filter { $0.0 <= threshold }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(limit).map(\.2)
    }
}

/// Levenshtein distance over characters.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
