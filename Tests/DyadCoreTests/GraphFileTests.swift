import DyadCore
import Foundation
import Testing

@Suite("Graph files")
struct GraphFileTests {
    @Test("JSON and JSON Lines round-trip losslessly", arguments: GraphFormat.allCases)
    func roundTrip(format: GraphFormat) throws {
        var graph = Fixtures.smallGraph()
        graph.add(
            Actor(
                id: "naftali-bennett", name: "Naftali Bennett", kind: .person, aliases: ["Bennett"],
                roles: [Role(title: "prime minister", actor: "israel", from: Fixtures.day("2021-06-13"), to: Fixtures.day("2022-06-30"))]))
        graph.add(
            Evidence(
                document: "d1", sentence: "Quote \"with\" \\ escapes\nand “curly” text — Ba’ath\u{2028}",
                sentenceRange: TextRange(start: 5, end: 80),
                sourceRange: TextRange(start: 5, end: 9), targetRange: TextRange(start: 20, end: 26), sourceMention: "Tehran",
                targetMention: "Bennett", rule: "r1", modality: .hedged, attributedTo: "Mark Regev",
                date: Fixtures.day("2021-10-15"), validFrom: Fixtures.day("2015-01-01")),
            source: "iran", type: .alliance, target: "naftali-bennett")
        let bytes = GraphFile.encode(graph, format: format)
        let decoded = try GraphFile.decode(bytes, format: format)
        #expect(decoded == graph)
        #expect(GraphFile.encode(decoded, format: format) == bytes)
    }

    @Test("output is canonical whatever the insertion order")
    func canonicalOutput() {
        let graph = Fixtures.smallGraph()
        var reversed = Graph()
        for relation in graph.relations.values.reversed() { reversed.add(relation) }
        for actor in graph.actors.values.reversed() { reversed.add(actor) }
        for document in graph.documents.values.reversed() { reversed.add(document) }
        #expect(GraphFile.encode(reversed) == GraphFile.encode(graph))
    }

    @Test("a skeleton-only document from another tool is valid, with defaults")
    func skeleton() throws {
        let text = """
            {"documents": [{"id": "n1"}],
             "actors": [{"id": "a", "name": "A", "kind": "state", "aliases": []}, {"id": "b", "name": "B", "kind": "armed-group", "aliases": ["Bee"]}],
             "relations": [{"source": "b", "target": "a", "type": "proxy", "modality": "hedged",
                            "evidence": [{"document": "n1", "sentence": "B is backed by A.", "rule": "manual", "modality": "hedged"}]},
                           {"source": "a", "target": "b", "type": "hostility"}]}
            """
        let graph = try GraphFile.decode(Array(text.utf8))
        #expect(graph.relations.count == 2)
        let bare = try #require(graph.relation(RelationKey(source: "a", type: .hostility, target: "b")))
        #expect(bare.modality == .asserted)
        #expect(bare.evidence.isEmpty)
        #expect(bare.confidence == 0.5)
        #expect(graph.relation(RelationKey(source: "b", type: .proxy, target: "a"))?.modality == .hedged)
    }

    @Test("the format is sniffed on standard input")
    func sniffing() throws {
        let graph = Fixtures.smallGraph()
        #expect(try GraphFile.decode(GraphFile.encode(graph, format: .jsonl)) == graph)
        #expect(try GraphFile.decode(GraphFile.encode(graph, format: .json)) == graph)
    }

    struct BadCase: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var code: GraphFileError.Code
        var line: Int?
        var column: Int?
        var fragment: String
        var testDescription: String { name }
    }

    static let badCases: [BadCase] = [
        BadCase(name: "empty file", bytes: [], code: .syntax, line: 1, column: 1, fragment: "empty"),
        BadCase(
            name: "truncated JSON", bytes: Array("{\"actors\": [{\"id\": \"a\",".utf8), code: .syntax, line: 1, column: 24,
            fragment: "end of the file"),
        BadCase(
            name: "wrong type", bytes: Array("{\"actors\": [\n  {\"id\": 5, \"name\": \"A\", \"kind\": \"state\"}]}".utf8), code: .schema,
            line: 2, column: 10, fragment: "actor id as a string"),
        BadCase(
            name: "unknown kind", bytes: Array("{\"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"nation\"}]}".utf8),
            code: .schema, line: 1, column: 46, fragment: "unknown actor kind \"nation\""),
        BadCase(
            name: "dangling relation endpoint",
            bytes: Array(
                "{\"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"state\"}],\n\"relations\": [{\"source\": \"a\", \"target\": \"ghost\", \"type\": \"hostility\"}]}"
                    .utf8), code: .integrity, line: 2, column: 41, fragment: "\"ghost\" is not an actor"),
        BadCase(
            name: "partOf cycle",
            bytes: Array(
                "{\"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"military\", \"partOf\": \"b\"},\n{\"id\": \"b\", \"name\": \"B\", \"kind\": \"military\", \"partOf\": \"a\"}]}"
                    .utf8), code: .integrity, line: 1, column: 68, fragment: "partOf cycle"),
        BadCase(
            name: "dangling evidence document",
            bytes: Array(
                "{\"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"state\"}, {\"id\": \"b\", \"name\": \"B\", \"kind\": \"state\"}], \"relations\": [{\"source\": \"a\", \"target\": \"b\", \"type\": \"alliance\", \"evidence\": [{\"document\": \"nowhere\", \"sentence\": \"s\", \"rule\": \"r\"}]}]}"
                    .utf8), code: .integrity, line: 1, column: 191, fragment: "\"nowhere\" is not a document"),
        BadCase(
            name: "invalid date", bytes: Array("{\"documents\": [{\"id\": \"d\", \"published\": \"2021-02-30\"}]}".utf8), code: .schema,
            line: 1, column: 41, fragment: "expected YYYY-MM-DD"),
        BadCase(
            name: "invalid UTF-8", bytes: Array("{\"documents\": [{\"id\": \"".utf8) + [0xC3, 0x28] + Array("\"}]}".utf8), code: .syntax,
            line: 1, column: 24, fragment: "invalid UTF-8"),
        BadCase(
            name: "unknown field",
            bytes: Array("{\"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"state\", \"soruce\": 1}]}".utf8), code: .schema,
            line: 1, column: 55, fragment: "unknown field \"soruce\""),
        BadCase(
            name: "duplicate actor",
            bytes: Array(
                "{\"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"state\"},\n {\"id\": \"a\", \"name\": \"A\", \"kind\": \"state\"}]}"
                    .utf8), code: .integrity, line: 2, column: 2, fragment: "duplicate actor id"),
        BadCase(
            name: "JSON Lines record",
            bytes: Array(
                "{\"record\": \"graph\", \"version\": 1}\n{\"record\": \"actor\", \"id\": \"a\", \"name\": \"A\", \"kind\": 3}\n".utf8),
            code: .schema, line: 2, column: 53, fragment: "actor kind as a string"),
        BadCase(
            name: "deep nesting", bytes: Array(String(repeating: "[", count: 100_000).utf8), code: .schema, line: 1, column: 1,
            fragment: "graph document"),
    ]

    @Test("bad documents give located errors", arguments: badCases)
    func badDocument(_ bad: BadCase) {
        do {
            _ = try GraphFile.decode(bad.bytes, path: "bad.json")
            Issue.record("\(bad.name) was accepted")
        } catch {
            let problem = error.problems.first
            #expect(problem?.code == bad.code, "\(error.description)")
            #expect(problem?.location?.line == bad.line, "\(error.description)")
            #expect(problem?.location?.column == bad.column, "\(error.description)")
            #expect(problem?.message.contains(bad.fragment) == true, "\(error.description)")
            #expect(error.description.hasPrefix("bad.json:"))
        }
    }

    @Test("every problem is reported, not just the first")
    func manyProblems() {
        let text =
            "{\"actors\": [{\"id\": 1, \"name\": \"A\", \"kind\": \"state\"}, {\"id\": \"b\", \"name\": \"B\", \"kind\": \"planet\"}],\n\"relations\": [{\"source\": \"b\", \"target\": \"zz\", \"type\": \"love\"}]}"
        #expect(throws: GraphFileError.self) { try GraphFile.decode(Array(text.utf8)) }
        do { _ = try GraphFile.decode(Array(text.utf8)) } catch {
            #expect(error.problems.map(\.location?.line) == [1, 1, 2], "\(error.description)")
            #expect(error.problems.last?.message.contains("unknown relation type \"love\"") == true)
        }
    }

    @Test("writes are atomic: a failed write leaves the old file intact")
    func atomicWrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("g.json").path
        try GraphFile.write(Fixtures.smallGraph(), to: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        struct Interrupted: Error {}
        #expect(throws: GraphFileError.self) {
            try AtomicFile.write(to: path) { emit in
                try emit(Array("{\"half\": ".utf8))
                throw Interrupted()
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["g.json"])
        #expect(throws: GraphFileError.self) { try GraphFile.write(Graph(), to: folder.appendingPathComponent("no/such/dir.json").path) }
    }

    @Test("reading a missing file or a folder names the path")
    func ioErrors() {
        #expect(throws: GraphFileError.self) { try GraphFile.read("/nonexistent/graph.json") }
        do { _ = try GraphFile.read("/tmp") } catch {
            #expect(error.description.contains("/tmp"))
            #expect(error.description.contains("folder"))
        }
    }
}

@Suite("Large JSON Lines files")
struct LargeGraphFileTests {
    /// A graph whose JSON Lines form is larger than the parallel-decoding threshold.
    static let large: Graph = {
        var relations: [Relation] = []
        let actors = (0..<2_000).map { Actor(id: "a\($0)", name: "Actor \($0)", kind: .state) }
        for index in 0..<30_000 {
            let a = index % 2_000, b = (index * 7 + 1) % 2_000
            guard a != b else { continue }
            relations.append(
                Relation(
                    source: "a\(a)", type: RelationType.allCases[index % 4], target: "a\(b)",
                    evidence: [
                        Evidence(
                            document: "d", sentence: "Sentence number \(index) says that actor \(a) and actor \(b) are related.",
                            sentenceRange: TextRange(start: index, end: index + 60), rule: "r", date: Day(ordinal: 19_000 + index % 300))
                    ]))
        }
        return Graph(documents: [Document(id: "d")], actors: actors, relations: relations)
    }()

    @Test("decoding on several cores gives the same graph as one core")
    func parallelRoundTrip() throws {
        let bytes = GraphFile.encode(Self.large, format: .jsonl)
        #expect(bytes.count > 4 << 20)
        #expect(try GraphFile.decode(bytes, format: .jsonl) == Self.large)
    }

    @Test("problems in a later part keep their file line numbers")
    func parallelLineNumbers() throws {
        var text = String(decoding: GraphFile.encode(Self.large, format: .jsonl), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let target = lines.count - 10
        var edited = lines.map(String.init)
        edited[target] = edited[target].replacingOccurrences(of: "\"type\": \"", with: "\"type\": \"x")
        edited[5] = #"{"record": "actor", "id": "a1", "name": "Again", "kind": "state"}"#
        text = edited.joined(separator: "\n")
        do {
            _ = try GraphFile.decode(Array(text.utf8), path: "big.jsonl", format: .jsonl)
            Issue.record("the edited file was accepted")
        } catch {
            let lineNumbers = error.problems.compactMap(\.location?.line)
            #expect(lineNumbers.contains(target + 1), "\(error.description.prefix(500))")
            #expect(error.problems.contains { $0.message.contains("duplicate actor id \"a1\"") })
        }
    }
}
