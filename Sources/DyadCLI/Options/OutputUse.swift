/// What `--json` prints for a command, and what `--render` draws (`nil` when it draws nothing).
protocol OutputUse {
    /// Help for `--json`.
    static var json: String { get }
    /// Help for `--render`, or `nil` when the command does not take it.
    static var render: String? { get }
}

/// `show`: relations and evidence.
enum ShowOutput: OutputUse {
    static var json: String { "Print the relations and their evidence as JSON." }
    static var render: String? { nil }
}

/// `stats`: the figures.
enum StatsOutput: OutputUse {
    static var json: String { "Print the figures as JSON." }
    static var render: String? { nil }
}

/// `path`: the paths, drawn highlighted.
enum PathOutput: OutputUse {
    static var json: String { "Print JSON (Schemas/paths.schema.json)." }
    static var render: String? { "Draw the paths highlighted among their actors' relations (.svg, .png, .pdf or .dot)." }
}

/// `connect`: the connecting network, drawn highlighted.
enum ConnectOutput: OutputUse {
    static var json: String { "Print JSON (Schemas/paths.schema.json)." }
    static var render: String? { "Draw the network highlighted among its actors' relations (.svg, .png, .pdf or .dot)." }
}

/// `balance`: the triangles.
enum BalanceOutput: OutputUse {
    static var json: String { "Print JSON (Schemas/paths.schema.json)." }
    static var render: String? { nil }
}

/// `diff`: the changes, drawn on the union of both versions.
enum DiffOutput: OutputUse {
    static var json: String { "Print the diff as JSON (Schemas/diff.schema.json)." }
    static var render: String? { "Also draw the union of both versions with the changes marked (.svg, .png, .pdf or .dot)." }
}
