import ArgumentParser
import DyadCore

/// The constraints shared by `dyad path`, `dyad connect` and `dyad balance`.
struct PathOptions: ParsableArguments {
    @Option(
        name: .long, parsing: .upToNextOption,
        help: "Allowed relation types (alliance, hostility, proxy, agreement); comma- or space-separated. Default: all.")
    var types: [RelationTypeList] = []

    @OptionGroup var time: TimeWindowOptions<PathTime>

    @Flag(help: "Read proxy in its direction only (proxy → patron); symmetric types both ways.")
    var directed = false

    @Flag(name: .customLong("no-hedged"), help: "Use only relations with asserted evidence (negated ones are never used).")
    var noHedged = false

    @Option(name: .customLong("min-evidence"), parsing: .unconditional, help: "The least supporting evidence a relation needs.")
    var minEvidence: Int = 0

    @Option(name: .long, parsing: .upToNextOption, help: "Actors a path may not pass through (names, aliases or ids).")
    var exclude: [String] = []

    @Option(help: "What to minimise: hops, confidence (most probable chain) or evidence (best supported chain).")
    var cost: PathCost = .hops

    @Flag(name: .customLong("roll-up"), help: "Fold sub-units into their parents first (IDF into Israel).")
    var rollUp = false

    func validate() throws {
        if minEvidence < 0 { throw ValidationError("--min-evidence must be 0 or more") }
    }

    /// Reads the graph, rolls it up if asked, and builds the index on the snapshot.
    /// - Parameter lazy: Whether relations may stay in the file until printed (not for drawing).
    func load(_ input: GraphInput, lazy: Bool = true) throws -> PathIndex {
        if lazy, !rollUp { return try PathIndex.read(input.file, asOf: time.asOf, window: time.window) }
        var graph = try input.read()
        if rollUp { graph = graph.rolledUp() }
        return PathIndex(graph, time: time.value)
    }

    /// The constraints, with excluded actors resolved on `graph`.
    func constraints(resolver: ActorResolver) throws -> PathConstraints {
        var excluded = Set<Actor.ID>()
        for name in exclude { excluded.insert(try resolver.resolve(name).id) }
        return PathConstraints(
            types: types.selection, minimumEvidence: minEvidence, excludeHedged: noHedged,
            excludedActors: excluded, directed: directed, cost: cost)
    }
}
