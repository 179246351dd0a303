import DyadCore
import Foundation
import Testing

@Suite("Graph schema")
struct SchemaTests {
    func write(_ graph: Graph, format: GraphFormat) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-schema-\(UUID().uuidString).\(format.rawValue)").path
        try GraphFile.write(graph, to: path)
        return path
    }

    @Test("every written JSON document validates against graph.schema.json", arguments: [0, 1, 2, 3])
    func jsonValidates(seed: UInt64) throws {
        let graph = seed == 0 ? Fixtures.smallGraph() : Fixtures.randomGraph(seed: seed)
        let path = try write(graph, format: .json)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try SchemaCheck.run(schema: "graph.schema.json", files: [path])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("every written JSON Lines record validates against graph-record.schema.json")
    func jsonlValidates() throws {
        let path = try write(Fixtures.smallGraph().merged(with: Fixtures.randomGraph(seed: 9)), format: .jsonl)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try SchemaCheck.run(schema: "graph-record.schema.json", files: [path])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("the schema rejects what Dyad rejects")
    func schemaRejects() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-schema-bad-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = #"{"actors": [{"id": "a", "name": "A", "kind": "nation", "soruce": 1}], "relations": [{"source": "a", "type": "love"}]}"#
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try SchemaCheck.run(schema: "graph.schema.json", files: [path])
        #expect(result.status == 1)
        #expect(result.output.contains("nation"))
        #expect(result.output.contains("soruce"))
        #expect(result.output.contains("target"))
        #expect(throws: GraphFileError.self) { try GraphFile.read(path) }
    }
}
