import ArgumentParser
import DyadCore

extension Dyad {
    /// `dyad balance`: structural balance of the signed graph.
    struct Balance: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List unbalanced triangles: A allied with B and C, who are hostile to each other.",
            discussion: """
                Signs: hostility −, alliance, proxy and agreement +. A triangle is balanced when the product of its signs \
                is positive. Pairs joined by several relations count once per choice of relation.
                """
        )

        @OptionGroup var input: GraphInput

        @OptionGroup var options: PathOptions

        @OptionGroup var output: OutputOptions<BalanceOutput>

        func run() throws {
            let index = try options.load(input)
            let constraints = try options.constraints(resolver: ActorResolver(graph: index.graph))
            let presenter = PathPresenter(index: index, constraints: constraints)
            let report = index.balance(constraints: constraints)
            if output.json {
                try JSONOutput.print(
                    encodable: PathReport.BalanceResult(
                        asOf: index.asOf?.description, triangles: report.triangleCount, balanced: report.balancedCount,
                        unbalancedCount: report.unbalanced.count, balanceRatio: (report.balanceRatio * 1000).rounded() / 1000,
                        unbalanced: report.unbalanced.map { triangle in
                            PathReport.TriangleReport(
                                actors: triangle.actors.map(presenter.actorRef), sign: triangle.sign,
                                relations: triangle.relations.map(presenter.networkRelation))
                        }))
                return
            }
            var out = "Balance"
            if let day = index.asOf { out += " as of \(day)" }
            // Parallel relations make several signed triangles of one actor triple.
            let signed = report.balancedCount + report.unbalanced.count
            out += ": \(report.triangleCount) actor triangle\(report.triangleCount == 1 ? "" : "s"), "
            out +=
                "\(signed) signed triangle\(signed == 1 ? "" : "s") (\(report.balancedCount) balanced, \(report.unbalanced.count) unbalanced)\n"
            for (number, triangle) in report.unbalanced.enumerated() {
                out += "\n\(number + 1). " + triangle.actors.map(presenter.name).joined(separator: " · ") + "\n"
                for key in triangle.relations {
                    let relation = index.relation(key)
                    out +=
                        "   • \(presenter.relationChain(key))  [\(relation?.modality.rawValue ?? "asserted"), confidence \(relation?.confidence ?? 0)]\n"
                    let best = presenter.bestEvidence(key)
                    out += presenter.evidenceText(best?.0, date: best?.1, document: best?.2, indent: "     ")
                }
            }
            print(out, terminator: "")
        }
    }
}
