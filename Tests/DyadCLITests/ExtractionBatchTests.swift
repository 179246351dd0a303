import DyadCore
import DyadExtraction
import Foundation
import Testing

@testable import DyadCLI

@Suite("ExtractionBatch: the streamed extract gives the graph of adding each document in turn")
struct ExtractionBatchTests {
    static let fixtures = DyadProcess.packageRoot.appendingPathComponent("Tests/DyadExtractionTests/Fixtures")

    /// The end-to-end text cut into paragraphs, each a document, the whole text twice (so actors and
    /// relations repeat across documents and batches).
    func inputs() throws -> [DocumentInput] {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("endtoend.txt"), encoding: .utf8)
        let paragraphs = text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        return (paragraphs + paragraphs).enumerated().map { DocumentInput(id: "d\($0.offset)", text: $0.element) }
    }

    func extractor() throws -> Extractor {
        Extractor(pack: try CompiledPack(PackLoader.load(path: Self.fixtures.appendingPathComponent("testpack").path)))
    }

    @Test("batches started, drained and finished equal DocumentExtraction.add, with and without learned aliases", arguments: [false, true])
    func sameAsOneByOne(learnAliases: Bool) throws {
        let extractor = try extractor(), inputs = try inputs()
        // A graph that already holds one of the pack's actors, described differently.
        var start = Graph()
        start.add(Actor(id: "iran", name: "Iran", kind: .state, aliases: ["Persia"]))
        var expected = start
        for input in inputs { extractor.extract(input).add(to: &expected, learnAliases: learnAliases) }
        var streamed = start
        var batch = ExtractionBatch(extractor: extractor, learnAliases: learnAliases, explain: false)
        for (index, input) in inputs.enumerated() {
            batch.append(input, publishedTo: nil)
            if index % 3 == 2 { batch.start(into: &streamed) }
        }
        batch.start(into: &streamed)
        batch.finish(into: &streamed)
        #expect(!expected.relations.isEmpty)
        #expect(streamed == expected)
    }

    @Test(
        "a batch that keeps evidence as positions in the texts writes the file of one that keeps Evidence",
        arguments: [false, true])
    func spansWriteTheSameFile(learnAliases: Bool) throws {
        let extractor = try extractor()
        // Non-ASCII text, quotes, a tab and a backslash before a paragraph, so sentences and offsets carry them.
        let inputs = try inputs().map { input in
            DocumentInput(id: input.id, text: "Ελλάδα\t“quoted” \\ words, " + input.text, date: Day(year: 2024, month: 6, day: 1))
        }
        func written(spans: Bool, format: GraphFormat) throws -> [UInt8] {
            var graph = Graph()
            var batch = ExtractionBatch(extractor: extractor, learnAliases: learnAliases, explain: false, spans: spans)
            #expect(batch.spans == spans)
            for (index, input) in inputs.enumerated() {
                batch.append(input, publishedTo: nil)
                if index % 3 == 2 { batch.start(into: &graph) }
            }
            batch.start(into: &graph)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-batch-\(UUID().uuidString).\(format.rawValue)")
                .path
            defer { try? FileManager.default.removeItem(atPath: path) }
            if spans {
                let relations = batch.finishSpanRelations(with: &graph)
                try GraphFile.write(graph, addingSpans: relations, to: path, format: format)
            } else {
                let relations = batch.finishRelations(with: &graph)
                try GraphFile.write(graph, addingUnique: relations, to: path, format: format)
            }
            return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        for format in [GraphFormat.json, .jsonl] {
            let expected = try written(spans: false, format: format)
            #expect(String(decoding: expected, as: UTF8.self).contains("Ελλάδα\\t“quoted” \\\\ words, "))
            #expect(try written(spans: true, format: format) == expected)
        }
    }

    @Test("a batch finished into a graph without relations stores them in the order a graph file lists them")
    func relationsInKeyOrder() throws {
        let extractor = try extractor()
        var graph = Graph()
        var batch = ExtractionBatch(extractor: extractor, learnAliases: false, explain: false)
        for input in try inputs() { batch.append(input, publishedTo: nil) }
        batch.start(into: &graph)
        batch.finish(into: &graph)
        let keys = Array(graph.relations.keys)
        #expect(keys.count > 5)
        #expect(Set(keys.map(\.type)).count > 1)
        #expect(keys == keys.sorted())
    }
}
