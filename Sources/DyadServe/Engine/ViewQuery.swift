import DyadCore

/// One view of the graph the page asks for: focus, filters and dates.
public struct ViewQuery: Hashable, Sendable {
    /// The focus actor's id, if any.
    public var focus: Actor.ID?
    /// How many relations away from the focus to go.
    public var hops = 1
    /// The relation types shown; `nil` for all.
    public var types: Set<RelationType>?
    /// Whether hedged evidence counts.
    public var hedged = true
    /// The least evidence a relation needs.
    public var minimumEvidence = 0
    /// Show the graph as known on this day.
    public var asOf: Day?
    /// Keep evidence on or after this day.
    public var from: Day?
    /// Keep evidence on or before this day.
    public var to: Day?
    /// Keep at most this many actors; `nil` for the viewer's default.
    public var maxActors: Int?

    /// A view of the whole graph.
    public init() {}

    /// The dates part of the view, which selects a cached snapshot.
    var dates: DateSelection { DateSelection(asOf: asOf, from: from, to: to) }
}

/// The dates of a view: as of a day, between two days, or all.
struct DateSelection: Hashable, Sendable {
    var asOf: Day?
    var from: Day?
    var to: Day?

    var isEmpty: Bool { asOf == nil && from == nil && to == nil }

    /// "as of D", "from A to B", … for titles; `nil` when empty.
    var caption: String? {
        var parts: [String] = []
        if let asOf { parts.append("as of \(asOf)") }
        switch (from, to) {
        case let (from?, to?): parts.append("evidence \(from) to \(to)")
        case let (from?, nil): parts.append("evidence from \(from)")
        case let (nil, to?): parts.append("evidence to \(to)")
        case (nil, nil): break
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
