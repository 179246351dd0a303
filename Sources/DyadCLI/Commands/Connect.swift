import ArgumentParser
import DyadCore

extension Dyad {
    /// `dyad connect`: the network that connects three or more actors.
    struct Connect: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find the connecting network of several actors: shortest paths joining them, sharing intermediaries.",
            discussion: """
                The network grows from the first actor: each step adds the shortest path from the network built so far \
                to the nearest actor not yet joined, so intermediaries already in it are reused (a Steiner-tree heuristic). \
                Exit status: 0 when all actors are connected, 1 when some are not, 2 for bad input.
                """
        )

        @OptionGroup var input: GraphInput

        @Argument(help: "Two or more actors (ids, names or aliases).")
        var actors: [String]

        @OptionGroup var options: PathOptions

        @OptionGroup var output: OutputOptions<ConnectOutput>

        func validate() throws {
            if actors.count < 2 { throw ValidationError("name at least two actors to connect") }
        }

        func run() throws {
            let index = try options.load(input, lazy: output.render == nil)
            let resolver = ActorResolver(graph: index.graph)
            let constraints = try options.constraints(resolver: resolver)
            var terminals: [Actor] = []
            for name in actors {
                let actor = try resolver.resolve(name)
                if constraints.excludedActors.contains(actor.id) {
                    throw DyadCLIError("\(actor.name) is both to be connected and excluded with --exclude")
                }
                if !terminals.contains(where: { $0.id == actor.id }) { terminals.append(actor) }
            }
            let presenter = PathPresenter(index: index, constraints: constraints)
            let network = PathFinder(index).connectingNetwork(of: terminals.map(\.id), constraints: constraints)
            if output.json {
                try JSONOutput.print(
                    encodable: PathReport.ConnectResult(
                        terminals: network.terminals.map(presenter.actorRef), actors: network.actors.map(presenter.actorRef),
                        intermediaries: network.intermediaries.map(presenter.actorRef),
                        relations: network.relations.map(presenter.networkRelation), paths: network.paths.map(presenter.entry),
                        components: network.components, connected: network.isConnected, constraints: presenter.constraintsEntry()))
            } else {
                print(text(network, presenter), terminator: "")
            }
            if let render = output.render {
                let caption = "connecting " + terminals.map(\.name).joined(separator: ", ")
                try PathRendering.write(index: index, paths: network.paths, relations: network.relations, caption: caption, to: render)
            }
            if !network.isConnected { throw ExitCode.failure }
        }

        func text(_ network: ConnectingNetwork, _ presenter: PathPresenter) -> String {
            var out = "Connecting " + network.terminals.map(presenter.name).joined(separator: ", ")
            if let day = presenter.index.asOf { out += " as of \(day)" }
            out += ": \(network.relations.count) relation\(network.relations.count == 1 ? "" : "s")"
            let middle = network.intermediaries
            out += middle.isEmpty ? ", no intermediaries\n" : " through " + middle.map(presenter.name).joined(separator: ", ") + "\n"
            if !network.isConnected {
                out +=
                    "not all connected; groups: "
                    + network.components.map { $0.map(presenter.name).joined(separator: " + ") }
                    .joined(separator: " | ") + "\n"
            }
            out += "\n"
            for (number, path) in network.paths.enumerated() { out += presenter.text(path, number: number + 1) + "\n" }
            return out
        }
    }
}
