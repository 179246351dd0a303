/// What `dyad import petrarch` converted and what it left out, and why.
public struct PetrarchReport: Sendable, Hashable {
    /// Actor entries read, per file.
    public var entriesRead: [(file: String, count: Int)] = []
    /// Actors written, by kind.
    public var actorsByKind: [String: Int] = [:]
    /// Names (aliases) and acronyms written.
    public var names = 0
    /// Acronyms written.
    public var acronyms = 0
    /// Dated roles written.
    public var roles = 0
    /// Open-ended roles closed the day before a later holder of the same office started.
    public var closedRoles = 0
    /// Entries whose names joined an earlier actor with the same code (or a person of the same name).
    public var mergedEntries = 0
    /// Codes mapped to actors of the base pack.
    public var mappedToBase = 0
    /// Generic agents written, per cue list.
    public var agentsByList: [String: Int] = [:]
    /// Verb forms and patterns written, per relation type.
    public var verbsByType: [String: Int] = [:]
    /// Things left out: reason → count and up to three examples (`file:line name`).
    public var skipped: [String: (count: Int, examples: [String])] = [:]

    /// Creates an empty report.
    public init() {}

    /// Counts one thing left out.
    mutating func skip(_ reason: PetrarchSkip, _ example: @autoclosure () -> String) {
        var entry = skipped[reason.description] ?? (0, [])
        entry.count += 1
        if entry.examples.count < 3 { entry.examples.append(example()) }
        skipped[reason.description] = entry
    }

    /// The number of actors written.
    public var actors: Int { actorsByKind.values.reduce(0, +) }

    /// The report as Markdown-friendly text.
    public var text: String {
        var lines: [String] = []
        let read = entriesRead.map(\.count).reduce(0, +)
        lines.append("Read \(read) actor entries: " + entriesRead.map { "\($0.file) \($0.count)" }.joined(separator: ", "))
        lines.append(
            "Converted \(actors) actors (" + actorsByKind.keys.sorted().map { "\($0) \(actorsByKind[$0] ?? 0)" }.joined(separator: ", ")
                + ")")
        lines.append(
            "  \(names) names, \(acronyms) acronyms, \(roles) dated roles (\(closedRoles) open-ended roles closed when a later holder took the office)"
        )
        lines.append(
            "  \(mergedEntries) entries joined an earlier actor with the same code or person name; \(mappedToBase) codes map to actors of the base pack"
        )
        if !agentsByList.isEmpty {
            lines.append("Agents: " + agentsByList.keys.sorted().map { "\($0) \(agentsByList[$0] ?? 0)" }.joined(separator: ", "))
        }
        if !verbsByType.isEmpty {
            lines.append("Verbs: " + verbsByType.keys.sorted().map { "\($0) \(verbsByType[$0] ?? 0)" }.joined(separator: ", "))
        }
        let total = skipped.values.map(\.count).reduce(0, +)
        lines.append("Skipped \(total):")
        for reason in skipped.keys.sorted(by: { (skipped[$0]?.count ?? 0, $1) > (skipped[$1]?.count ?? 0, $0) }) {
            guard let entry = skipped[reason] else { continue }
            lines.append(
                "  \(entry.count) × \(reason)" + (entry.examples.isEmpty ? "" : " — e.g. " + entry.examples.joined(separator: "; ")))
        }
        return lines.joined(separator: "\n")
    }

    public static func == (lhs: PetrarchReport, rhs: PetrarchReport) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
