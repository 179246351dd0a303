import DyadCore
import Foundation
import Testing

@testable import DyadExport

/// The DOT of a small graph is byte-identical to a reviewed golden file, and deterministic.
@Suite struct GoldenDOTTests {
    static let goldenFolder = ExportFixtures.testsFolder.appendingPathComponent("Golden")

    @Test(arguments: ["small", "small-clusters"])
    func matchesTheReviewedGoldenFile(_ name: String) throws {
        var options = DiagramOptions()
        options.clusters = name.hasSuffix("clusters")
        let dot = DOTWriter.dot(for: ExportFixtures.small(), options: options)
        let url = Self.goldenFolder.appendingPathComponent("\(name).dot")
        let golden = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        if dot != golden {
            // Leave the new output beside the golden file for review.
            try dot.write(to: url.appendingPathExtension("actual"), atomically: true, encoding: .utf8)
        }
        #expect(dot == golden, "DOT differs from \(url.path); review \(url.path).actual")
    }

    @Test func sameGraphInAnotherOrderGivesIdenticalDOT() {
        let graph = ExportFixtures.small()
        let reversed = Graph(
            documents: Array(graph.documents.values.reversed()), actors: Array(graph.actors.values.reversed()),
            relations: Array(graph.relations.values.reversed()))
        #expect(DOTWriter.dot(for: graph) == DOTWriter.dot(for: reversed))
    }

    @Test func nodeNamesAreStableSlugsOrHashes() {
        let names = DOTWriter.nodeNames(for: ["iran", "Bad \"id\"", "x;y"])
        #expect(names["iran"] == "iran")
        #expect(names["Bad \"id\""]?.hasPrefix("actor-") == true)
        #expect(names["x;y"] != names["Bad \"id\""])
        #expect(DOTWriter.nodeNames(for: ["x;y", "iran"])["x;y"] == names["x;y"])
    }
}
