import DyadCore
import Foundation
import Testing

@Suite("Partial dates")
struct PartialDateTests {
    @Test(
        "a year, a month and a day read as the ranges they cover",
        arguments: [
            ("2024", "2024-01-01", "2024-12-31", PartialDate.Precision.year),
            ("2024-02", "2024-02-01", "2024-02-29", .month),
            ("2023-02", "2023-02-01", "2023-02-28", .month),
            ("2021-11-20", "2021-11-20", "2021-11-20", .day),
        ])
    func ranges(text: String, first: String, last: String, precision: PartialDate.Precision) throws {
        let date = try #require(PartialDate(text))
        #expect(date.first.description == first)
        #expect(date.last.description == last)
        #expect(date.precision == precision)
        #expect(date.description == text)
    }

    @Test(
        "other forms and impossible dates are rejected",
        arguments: ["24", "2024-1", "2024-13", "2024-00", "0000", "2024/01", "2024-02-30", "", "20240"])
    func rejected(text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test("a full date has no range end; a month's is its last day")
    func lastIfRange() throws {
        #expect(try #require(PartialDate("2024-05-05")).lastIfRange == nil)
        #expect(try #require(PartialDate("2024-04")).lastIfRange == Day("2024-04-30"))
    }

    @Test("publishedTo moves with the published date that wins a merge, in any bracketing")
    func documentMerge() {
        let undated = Document(id: "d", title: "T")
        let month = Document(id: "d", published: Day("2024-01-01"), publishedTo: Day("2024-01-31"))
        let day = Document(id: "d", published: Day("2024-01-09"))
        #expect(undated.merged(with: month).publishedTo == Day("2024-01-31"))
        #expect(day.merged(with: month).publishedTo == nil)
        #expect(undated.merged(with: day).merged(with: month) == undated.merged(with: day.merged(with: month)))
    }

    @Test("publishedTo round-trips through both file forms")
    func roundTrip() throws {
        var graph = Graph()
        graph.add(Document(id: "d", published: Day("2024-01-01"), publishedTo: Day("2024-01-31")))
        for format in GraphFormat.allCases {
            let decoded = try GraphFile.decode(GraphFile.encode(graph, format: format), format: format)
            #expect(decoded.documents["d"]?.publishedTo == Day("2024-01-31"))
        }
    }

    @Test("documents with a publication range validate against the schemas in both forms")
    func schemaValid() throws {
        var graph = StreamedMergeTests.partialGraph(seed: 3)
        graph.add(Document(id: "ranged", published: Day("2024-01-01"), publishedTo: Day("2024-01-31")))
        for (format, schema) in [(GraphFormat.json, "graph.schema.json"), (.jsonl, "graph-record.schema.json")] {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-range-\(UUID().uuidString).\(format.rawValue)")
                .path
            defer { try? FileManager.default.removeItem(atPath: path) }
            try GraphFile.write(graph, to: path)
            let result = try SchemaCheck.run(schema: schema, files: [path])
            #expect(result.status == 0, "\(result.output)")
        }
    }

    @Test("publishedTo before published is a located schema error")
    func backwards() {
        let text = #"{"version": 1, "documents": [{"id": "d", "published": "2024-02-01", "publishedTo": "2024-01-01"}]}"#
        let error = #expect(throws: GraphFileError.self) { try GraphFile.decode(Array(text.utf8)) }
        #expect(error?.problems.first?.message.contains("publishedTo") == true)
        #expect(error?.problems.first?.location?.column == 84)
    }

    @Test("an actor's name never becomes its own alias, whatever the bracketing")
    func actorAssociative() {
        let a = Actor(id: "x", name: "Alpha", kind: .state)
        let b = Actor(id: "x", name: "Beta", kind: .state)
        let c = Actor(id: "x", name: "Alpha", kind: .state, aliases: ["Gamma"])
        let left = a.merged(with: b).merged(with: c), right = a.merged(with: b.merged(with: c))
        #expect(left == right)
        #expect(left.aliases == ["Beta", "Gamma"])
    }
}
