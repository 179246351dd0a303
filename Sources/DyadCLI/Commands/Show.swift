import ArgumentParser
import DyadCore

extension Dyad {
    /// `dyad show`: relations with their evidence sentences, for one actor or all.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show relations with their evidence sentences, for one actor or the whole graph."
        )

        @OptionGroup var input: GraphInput

        @Option(help: "An actor's id, name or alias (Tehran, IDF).")
        var actor: String?

        @OptionGroup var output: OutputOptions<ShowOutput>

        func run() throws {
            let graph = try input.read()
            var relations = graph.relations.values.sorted { $0.key < $1.key }
            var focus: Actor?
            if let actor {
                let found = try ActorResolver(graph: graph).resolve(actor)
                focus = found
                relations = graph.relations(of: found.id)
            }
            if output.json {
                try JSONOutput.print(encodable: RelationReport(graph: graph, focus: focus, relations: relations))
                return
            }
            print(RelationText(graph: graph).render(focus: focus, relations: relations), terminator: "")
        }
    }
}
