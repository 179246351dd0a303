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
        var message = "no actor named \"\(name)\" in this graph"
        if !suggestions.isEmpty {
            message += "; closest:\n" + suggestions.map { "  \($0.id) (\($0.name))" }.joined(separator: "\n")
        }
        throw DyadCLIError(message)
    }

    /// The actors whose names are nearest to `name` by edit distance (prefix matches first).
    func closest(to name: String, limit: Int) -> [Actor] {
        let folded = NameNormalizer.fold(name)
        var scored: [(Int, String, Actor)] = []
        for actor in graph.actors.values {
            var best = Int.max
            for candidate in [actor.id] + actor.allNames {
                let other = NameNormalizer.fold(candidate)
                var score = EditDistance.between(folded, other)
                if other.hasPrefix(folded) || folded.hasPrefix(other) { score = min(score, 1) }
                best = min(best, score)
            }
            scored.append((best, actor.id, actor))
        }
        let threshold = max(2, folded.count / 2)
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
