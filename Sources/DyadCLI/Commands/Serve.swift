import ArgumentParser
import DyadCore
import DyadServe
import Foundation

extension Dyad {
    /// `dyad serve`: a local, read-only browser view of a graph.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explore a graph in the browser: a local, read-only viewer.",
            discussion: """
                Opens nothing by itself: start it, then open the address it prints. The page draws the graph with \
                Dyad's renderer and lets you search actors, focus, filter, move through time, read the evidence \
                behind a line, find paths and compare two dates. Every file the page needs is served by dyad \
                itself; nothing is fetched from elsewhere. Large graphs are drawn as their most connected actors \
                (--max-actors in `dyad render`); focus on an actor to see the rest.
                It listens on 127.0.0.1 unless --host says otherwise; anyone who can reach another address can read the graph.
                The JSON API is described in docs/Serve.md (Schemas/serve.schema.json).
                """
        )

        @Argument(help: "A graph file (.json or .jsonl).")
        var file: String

        @Option(help: "The port to listen on (0 picks a free one).")
        var port: Int = 8080

        @Option(
            help: ArgumentHelp("The address to listen on; anything but loopback exposes the graph to the network.", valueName: "address"))
        var host: String = "127.0.0.1"

        @Option(name: .customLong("rate-limit"), help: ArgumentHelp("Requests a second let through on average.", valueName: "N"))
        var rateLimit: Double = 50

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
            guard !host.isEmpty, host.count <= 255 else { throw ValidationError("--host must be an address such as 127.0.0.1") }
            guard rateLimit > 0 else { throw ValidationError("--rate-limit must be more than 0") }
            guard file != "-" else { throw ValidationError("dyad serve reads a graph file, not standard input") }
        }

        func run() throws {
            let graph = try GraphFile.read(file)
            let viewer = GraphViewer(graph: graph, name: (file as NSString).lastPathComponent)
            var configuration = ServeConfiguration()
            configuration.host = host
            configuration.port = port
            configuration.requestsPerSecond = rateLimit
            configuration.burst = max(100, rateLimit * 2)
            if !configuration.isLoopback {
                Dyad.printError(
                    """
                    warning: listening on \(host), not on loopback: anyone who can reach this address can read the whole graph, \
                    its sentences and sources. The viewer has no login and no encryption. Use --host 127.0.0.1 unless you mean it.
                    """)
            }
            let shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
            let summary = "\(graph.actors.count) actors, \(graph.relations.count) relations"
            do {
                try ViewerServer.runBlocking(viewer: viewer, configuration: configuration) { bound in
                    Dyad.printError("dyad serve: \(summary) on http://\(shown):\(bound)/ (Ctrl-C to stop)")
                }
            } catch {
                throw DyadCLIError(error.message, status: .failure)
            }
        }
    }
}
