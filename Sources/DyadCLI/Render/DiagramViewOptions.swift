import ArgumentParser
import DyadCore
import DyadExport

/// The view options every command that draws a diagram shares (`@OptionGroup`).
struct DiagramViewOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Show only this actor (id, name or alias) and its neighbourhood.", valueName: "actor"))
    var focus: String?

    @Option(parsing: .unconditional, help: "With --focus: how many relations away to go.")
    var hops: Int = 1

    @Option(help: ArgumentHelp("Relation types to show, comma-separated: alliance, hostility, proxy, agreement.", valueName: "types"))
    var types: [RelationTypeList] = []

    @OptionGroup var time: TimeWindowOptions<ViewTime>

    @Option(
        name: .customLong("min-evidence"), parsing: .unconditional,
        help: ArgumentHelp("Show relations with at least N pieces of evidence.", valueName: "N"))
    var minEvidence: Int = 0

    @Flag(name: .customLong("no-hedged"), help: "Count asserted evidence only (drop hedged).")
    var noHedged = false

    @Flag(help: "Fold sub-units into their parents (IDF into Israel).")
    var collapse = false

    @Flag(help: "Draw sub-units in a cluster inside their parent (dot and fdp layouts).")
    var clusters = false

    @Option(
        name: .customLong("max-actors"),
        help: ArgumentHelp("Keep the N most connected actors; the rest are listed on standard error.", valueName: "N"))
    var maxActors: Int?

    func validate() throws {
        guard hops >= 0 else { throw ValidationError("--hops must be 0 or more") }
        guard minEvidence >= 0 else { throw ValidationError("--min-evidence must be 0 or more") }
        if let maxActors, maxActors < 1 { throw ValidationError("--max-actors must be at least 1") }
    }

    /// Whether any option narrows the graph (focus, types, dates, evidence, modality, maximum actors).
    var narrowsTheGraph: Bool {
        focus != nil || types.selection != nil || time.value.isLimited || minEvidence > 0 || noHedged || maxActors != nil
    }

    /// Diagram options for `graph`, resolving `--focus` to an actor.
    /// - Throws: ``DyadCLIError`` when the focus actor is unknown or ambiguous.
    func diagramOptions(for graph: Graph) throws -> DiagramOptions {
        var options = DiagramOptions()
        if let focus { options.focus = try ActorResolver(graph: graph).resolve(focus).id }
        options.hops = hops
        options.types = types.selection
        options.time = time.value
        options.minimumEvidence = minEvidence
        options.includeHedged = !noHedged
        options.collapseSubUnits = collapse
        options.clusters = clusters
        options.maxActors = maxActors
        return options
    }
}
