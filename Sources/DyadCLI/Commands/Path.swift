import ArgumentParser
import DyadCore
import Foundation

extension Dyad {
    /// `dyad path`: how two actors are connected, explained with evidence.
    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find how two actors are connected: shortest, k shortest, all shortest or all simple paths, with evidence.",
            discussion: """
                Every path is printed as a chain (Hezbollah —proxy→ Iran —hostility— Israel) with, per hop, the best evidence \
                sentence, its date and document, and the signed reading (friend or foe). Names resolve through aliases.
                With --pairs FILE, one FROM<TAB>TO pair a line (- for standard input) is answered on one loaded graph; \
                with --json, one JSON object a line, in input order.
                Exit status: 0 when a path was found (with --pairs: when every line could be answered), 1 when there is none, 2 for bad input.
                """
        )

        @OptionGroup var input: GraphInput

        @Argument(help: "The start actor (id, name or alias).")
        var from: String?

        @Argument(help: "The end actor (id, name or alias).")
        var to: String?

        @Option(name: [.customLong("k"), .customShort("k")], parsing: .unconditional, help: "Return the k shortest loopless paths.")
        var k: Int?

        @Flag(name: .customLong("all-shortest"), help: "Return every shortest path.")
        var allShortest = false

        @Flag(help: "Return every simple path up to --max-hops.")
        var all = false

        @Option(name: .customLong("max-hops"), parsing: .unconditional, help: "With --all: the most relations on a path (default 4).")
        var maxHops: Int?

        @Option(parsing: .unconditional, help: "The most paths to print with --all or --all-shortest.")
        var limit: Int = 100

        @Option(help: "Answer many queries: a file of FROM<TAB>TO lines, or - for standard input.")
        var pairs: String?

        @OptionGroup var options: PathOptions

        @OptionGroup var output: OutputOptions<PathOutput>

        func validate() throws {
            if pairs == nil, from == nil || to == nil { throw ValidationError("name the two actors, FROM and TO, or give --pairs FILE") }
            if pairs != nil, from != nil { throw ValidationError("give either FROM TO or --pairs FILE, not both") }
            if pairs == "-", input.file == "-" { throw ValidationError("standard input can hold the graph or the pairs, not both") }
            let modes = [k != nil, allShortest, all].filter { $0 }.count
            if modes > 1 { throw ValidationError("choose one of --k, --all-shortest and --all") }
            if let k, k < 1 { throw ValidationError("--k must be at least 1") }
            if maxHops != nil, !all { throw ValidationError("--max-hops goes with --all") }
            if let maxHops, maxHops < 1 { throw ValidationError("--max-hops must be at least 1") }
            if limit < 1 { throw ValidationError("--limit must be at least 1") }
            if output.render != nil, pairs != nil { throw ValidationError("--render draws one query; it cannot be used with --pairs") }
        }

        var mode: String { k != nil ? "k-shortest" : allShortest ? "all-shortest" : all ? "simple" : "shortest" }

        func run() throws {
            let index = try options.load(input, lazy: output.render == nil)
            // The process exits when the command returns: freeing the index piece by piece first is wasted time.
            KeptUntilExit.keep(index)
            let resolver = ActorResolver(graph: index.graph)
            let constraints = try options.constraints(resolver: resolver)
            let presenter = PathPresenter(index: index, constraints: constraints)
            let finder = PathFinder(index)
            if let pairs {
                try runPairs(pairs, finder: finder, resolver: resolver, presenter: presenter)
                return
            }
            guard let from, let to else { return }
            let start = try resolver.resolve(from), end = try resolver.resolve(to)
            for actor in [start, end] where constraints.excludedActors.contains(actor.id) {
                throw DyadCLIError("\(actor.name) is both an end of the path and excluded with --exclude")
            }
            let (paths, truncated) = answer(finder, start.id, end.id, constraints)
            if output.json {
                try JSONOutput.print(encodable: result(presenter, start.id, end.id, paths, truncated))
            } else {
                print(text(presenter, start, end, paths, truncated), terminator: "")
            }
            if let render = output.render {
                try PathRendering.write(index: index, paths: paths, caption: "path from \(start.name) to \(end.name)", to: render)
            }
            if paths.isEmpty { throw ExitCode.failure }
        }

        /// The paths for one query and whether more were left out.
        func answer(_ finder: PathFinder, _ from: Actor.ID, _ to: Actor.ID, _ constraints: PathConstraints) -> ([ActorPath], Bool) {
            var budget = SearchBudget(states: InputLimits.pathStates)
            defer {
                if budget.isExhausted {
                    Dyad.printError(
                        "note: the path search stopped after exploring \(InputLimits.pathStates) states; paths may be missing "
                            + "(lower --max-hops or --k, or set DYAD_MAX_PATH_STATES)")
                }
            }
            if let k {
                let paths = finder.kShortestPaths(from: from, to: to, k: k, constraints: constraints, budget: &budget)
                return (paths, budget.isExhausted)
            }
            if allShortest {
                let paths = finder.allShortestPaths(from: from, to: to, constraints: constraints, limit: limit + 1)
                return (Array(paths.prefix(limit)), paths.count > limit)
            }
            if all {
                let paths = finder.simplePaths(
                    from: from, to: to, maxHops: maxHops ?? 4, constraints: constraints, limit: limit + 1, budget: &budget)
                return (Array(paths.prefix(limit)), paths.count > limit || budget.isExhausted)
            }
            return (finder.shortestPath(from: from, to: to, constraints: constraints).map { [$0] } ?? [], false)
        }

        func result(_ presenter: PathPresenter, _ from: Actor.ID, _ to: Actor.ID, _ paths: [ActorPath], _ truncated: Bool)
            -> PathReport.PathResult
        {
            let query = PathReport.QueryEntry(
                from: presenter.actorRef(from), to: presenter.actorRef(to), mode: mode, k: k, maxHops: all ? (maxHops ?? 4) : nil,
                limit: all || allShortest ? limit : nil, constraints: presenter.constraintsEntry())
            return PathReport.PathResult(query: query, paths: paths.map(presenter.entry), truncated: truncated)
        }

        func text(_ presenter: PathPresenter, _ from: Actor, _ to: Actor, _ paths: [ActorPath], _ truncated: Bool) -> String {
            let what: String
            switch mode {
            case "k-shortest": what = "\(paths.count) of the \(k ?? 1) shortest paths"
            case "all-shortest": what = "\(paths.count) shortest path\(paths.count == 1 ? "" : "s")"
            case "simple": what = "\(paths.count) simple path\(paths.count == 1 ? "" : "s") of at most \(maxHops ?? 4) hops"
            default: what = "shortest path"
            }
            var out = "\(from.name) → \(to.name)"
            if let day = presenter.index.asOf { out += " as of \(day)" }
            if paths.isEmpty {
                return out + ": no path under these constraints\n"
            }
            out += ": \(what)\n\n"
            for (number, path) in paths.enumerated() { out += presenter.text(path, number: number + 1) + "\n" }
            if truncated {
                out +=
                    mode == "k-shortest" ? "(the search stopped early; more paths may exist)\n" : "(more paths left out; raise --limit)\n"
            }
            return out
        }

        /// Answers each `FROM<TAB>TO` line of `path` on the loaded graph.
        func runPairs(_ path: String, finder: PathFinder, resolver: ActorResolver, presenter: PathPresenter) throws {
            let bytes = try FileBytes.read(path)
            let content = String(decoding: bytes, as: UTF8.self)
            var failed = false
            var out = ""
            func emit(_ text: String) throws {
                out += text
                if out.utf8.count > 1 << 16 {
                    try StandardOutput.write(out)
                    out = ""
                }
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for (offset, rawLine) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
                if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                do {
                    guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                        throw DyadCLIError("expected FROM<TAB>TO")
                    }
                    let start = try resolver.resolve(fields[0]), end = try resolver.resolve(fields[1])
                    for actor in [start, end] where presenter.constraints.excludedActors.contains(actor.id) {
                        throw DyadCLIError("\(actor.name) is both an end of the path and excluded with --exclude")
                    }
                    let (paths, truncated) = answer(finder, start.id, end.id, presenter.constraints)
                    if output.json {
                        try emit(
                            String(decoding: try encoder.encode(result(presenter, start.id, end.id, paths, truncated)), as: UTF8.self)
                                + "\n")
                    } else {
                        try emit(text(presenter, start, end, paths, truncated) + "\n")
                    }
                } catch let error as DyadCLIError {
                    failed = true
                    let message = "\(path):\(offset + 1): \(error.message)"
                    if output.json {
                        let input = PathReport.ErrorResult.Input(
                            line: offset + 1, from: fields.first ?? "", to: fields.count > 1 ? fields[1] : "")
                        try emit(
                            String(decoding: try encoder.encode(PathReport.ErrorResult(input: input, error: message)), as: UTF8.self) + "\n"
                        )
                    } else {
                        try emit("error: \(message)\n\n")
                    }
                }
            }
            try StandardOutput.write(out)
            if failed { throw DyadCLIError("some lines of \(path) could not be answered (see the output)") }
        }
    }
}
