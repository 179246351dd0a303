import ArgumentParser
import DyadCore
import Foundation

/// The constraints shared by `dyad path`, `dyad connect` and `dyad balance`.
struct PathOptions: ParsableArguments {
    @Option(
        name: .long, parsing: .upToNextOption,
        help: "Allowed relation types (alliance, hostility, proxy, agreement); comma- or space-separated. Default: all.")
    var types: [String] = []

    @Option(name: .customLong("as-of"), help: "Use only the relations known on this day (YYYY-MM-DD).")
    var asOf: String?

    @Option(parsing: .unconditional, help: "With --as-of: count only evidence from the last N days.")
    var window: Int?

    @Flag(help: "Read proxy in its direction only (proxy → patron); symmetric types both ways.")
    var directed = false

    @Flag(name: .customLong("no-hedged"), help: "Use only relations with asserted evidence (negated ones are never used).")
    var noHedged = false

    @Option(name: .customLong("min-evidence"), parsing: .unconditional, help: "The least supporting evidence a relation needs.")
    var minEvidence: Int = 0

    @Option(name: .long, parsing: .upToNextOption, help: "Actors a path may not pass through (names, aliases or ids).")
    var exclude: [String] = []

    @Option(help: "What to minimise: hops, confidence (most probable chain) or evidence (best supported chain).")
    var cost: String = "hops"

    @Flag(name: .customLong("roll-up"), help: "Fold sub-units into their parents first (IDF into Israel).")
    var rollUp = false

    func validate() throws {
        _ = try parsedTypes()
        _ = try parsedDay()
        guard PathCost(rawValue: cost) != nil else {
            throw ValidationError("--cost must be one of: \(PathCost.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if minEvidence < 0 { throw ValidationError("--min-evidence must be 0 or more") }
        if let window, window < 1 { throw ValidationError("--window must be at least 1 day") }
        if window != nil, asOf == nil { throw ValidationError("--window needs --as-of") }
    }

    /// The allowed types, or `nil` for all.
    func parsedTypes() throws -> Set<RelationType>? {
        let names = types.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter {
            !$0.isEmpty
        }
        if names.isEmpty { return nil }
        var result = Set<RelationType>()
        for name in names {
            guard let type = RelationType(rawValue: name) else {
                throw ValidationError("unknown relation type \"\(name)\"; use alliance, hostility, proxy or agreement")
            }
            result.insert(type)
        }
        return result
    }

    /// The as-of day, if given.
    func parsedDay() throws -> Day? {
        guard let asOf else { return nil }
        guard let day = Day(asOf) else { throw ValidationError("--as-of must be a date written YYYY-MM-DD, not \"\(asOf)\"") }
        return day
    }

    /// Reads the graph, rolls it up if asked, and builds the index on the snapshot.
    /// - Parameter lazy: Whether relations may stay in the file until printed (not for drawing).
    func load(_ file: String, lazy: Bool = true) throws -> PathIndex {
        if lazy, !rollUp { return try PathIndex.read(file, asOf: try parsedDay(), window: window) }
        var graph = try GraphFile.read(file)
        if rollUp { graph = graph.rolledUp() }
        return PathIndex(graph, asOf: try parsedDay(), window: window)
    }

    /// The constraints, with excluded actors resolved on `graph`.
    func constraints(resolver: ActorResolver) throws -> PathConstraints {
        var excluded = Set<Actor.ID>()
        for name in exclude { excluded.insert(try resolver.resolve(name).id) }
        return PathConstraints(
            types: try parsedTypes(), minimumEvidence: minEvidence, excludeHedged: noHedged,
            excludedActors: excluded, directed: directed, cost: PathCost(rawValue: cost) ?? .hops)
    }
}
