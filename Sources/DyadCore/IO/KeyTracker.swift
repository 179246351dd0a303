/// Remembers which known field names an object has had, without allocating, so a repeated key
/// (`{"id": "a", "id": "b"}`) is reported instead of silently keeping the last value.
struct KeyTracker {
    private var bits: UInt64 = 0

    /// Every field name a graph file uses, each with its bit.
    private static let known: [String: UInt64] = {
        let names = [
            "actor", "actors", "aliases", "attributedTo", "confidence", "date", "document", "documents", "evidence", "firstSeen",
            "from", "graph", "id", "kind", "lastSeen", "modality", "name", "of", "partOf", "published", "record", "relation",
            "relations", "roles", "rule", "sentence", "sentenceRange", "source", "sourceMention", "sourceRange", "target",
            "targetMention", "targetRange", "title", "to", "type", "validFrom", "validTo", "version",
        ]
        var table: [String: UInt64] = [:]
        for (index, name) in names.enumerated() { table[name] = 1 << UInt64(index) }
        return table
    }()

    /// Records `key`; returns whether this object already had it (extension fields are not tracked).
    mutating func isRepeat(_ key: String) -> Bool {
        guard let bit = KeyTracker.known[key] else { return false }
        defer { bits |= bit }
        return bits & bit != 0
    }
}
