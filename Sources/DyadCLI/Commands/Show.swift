import ArgumentParser
import DyadCore

extension Dyad {
    /// `dyad show`: relations with their evidence sentences, for one actor or all.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show relations with their evidence sentences, for one actor or the whole graph."
        )

        @Argument(help: "A graph file (.json or .jsonl), or - for standard input.")
        var file: String

        @Option(help: "An actor's id, name or alias (Tehran, IDF).")
        var actor: String?

        @Flag(help: "Print the relations and their evidence as JSON.")
        var json = false

        func run() throws {
            let graph = try GraphFile.read(file)
            var relations = graph.relations.values.sorted { $0.key < $1.key }
            var focus: Actor?
            if let actor {
                let found = try ActorResolver(graph: graph).resolve(actor)
                focus = found
                relations = graph.relations(of: found.id)
            }
            if json {
                try JSONOutput.print(encodable: RelationReport(graph: graph, focus: focus, relations: relations))
                return
            }
            print(RelationText(graph: graph).render(focus: focus, relations: relations), terminator: "")
        }
    }
}
