/// A column of an edge list that Dyad understands.
public enum EdgeListColumn: String, CaseIterable, Hashable, Sendable {
    /// The first actor (the proxy, for proxy relations): a name or an id.
    case source
    /// The second actor (the patron, for proxy relations).
    case target
    /// alliance, hostility, proxy or agreement.
    case type
    /// The date of the evidence: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (empty: undated).
    case date
    /// The evidence sentence (optional).
    case evidence
    /// asserted, hedged or negated (optional; asserted by default).
    case modality

    /// The columns of a file without a header row, in order.
    public static let positional: [EdgeListColumn] = [.source, .target, .type, .date, .evidence]

    /// Reads a header cell: Dyad's names and the usual synonyms (`from`, `to`, `:START_ID`,
    /// `:END_ID`, `:TYPE`, `relation`, `sentence`), case-insensitively.
    public init?(header: String) {
        var name = header.lowercased()
        while name.hasPrefix(" ") { name.removeFirst() }
        while name.hasSuffix(" ") { name.removeLast() }
        switch name {
        case "source", "from", ":start_id", "actor1": self = .source
        case "target", "to", ":end_id", "actor2": self = .target
        case "type", ":type", "relation", "relationtype", "relation_type": self = .type
        case "date", "day": self = .date
        case "evidence", "sentence", "text": self = .evidence
        case "modality": self = .modality
        default: return nil
        }
    }
}
