import DyadCore
import DyadExport
import Testing

@testable import DyadInterop

/// GraphML import: Dyad's own export round-trips; NetworkX and yEd files map what matches and keep the rest.
@Suite struct GraphMLImporterTests {
    static func sample() -> Graph {
        let day = Day("2024-03-01")
        var graph = Graph()
        graph.add(Document(id: "doc-1", title: "Report <1>", source: "https://example.org", published: day))
        graph.add(Actor(id: "valdoria", name: "Valdoria", kind: .state, aliases: ["Port Essel", "Valdorian"]))
        graph.add(Actor(id: "valdorian-army", name: "Valdorian Army", kind: .military, partOf: "valdoria"))
        graph.add(
            Actor(
                id: "mirella-ostrova", name: "Mirella Ostrova", kind: .person,
                roles: [Role(title: "president", actor: "valdoria", from: Day("2010-01-01"))]))
        graph.add(Actor(id: "kestravia", name: "Kestravia & \"Co\"", kind: .state))
        graph.add(
            Evidence(
                document: "doc-1", sentence: "Valdoria shelled Kestravia.", sentenceRange: TextRange(start: 3, end: 30),
                sourceRange: TextRange(start: 3, end: 11), targetRange: TextRange(start: 20, end: 29), sourceMention: "Valdoria",
                targetMention: "Kestravia", rule: "hostility-verb", modality: .asserted, attributedTo: "a <spokesman>",
                date: day, validFrom: Day("2023-01-01"), validTo: Day("2024-12-31")),
            source: "valdoria", type: .hostility, target: "kestravia")
        graph.add(
            Evidence(document: "doc-1", sentence: "Valdoria reportedly backs the army.", rule: "r", modality: .hedged),
            source: "valdorian-army", type: .proxy, target: "valdoria")
        graph.add(
            Relation(
                key: RelationKey(source: "kestravia", type: .agreement, target: "mirella-ostrova"), modality: .negated,
                confidence: 0.2, firstSeen: Day("2020-01-01"), lastSeen: Day("2021-01-01")))
        graph.canonicalize()
        return graph
    }

    @Test func dyadsGraphMLReadsBackToTheSameGraph() throws {
        let graph = Self.sample()
        let result = try GraphMLImporter.decode(GraphMLWriter.encode(graph), path: "g.graphml")
        #expect(GraphFile.encode(result.graph) == GraphFile.encode(graph))
        #expect(result.extensions.isEmpty)
        #expect(result.notes.isEmpty)
    }

    @Test func hostileNamesReadBackFromGraphML() throws {
        let graph = GraphMLImporterTests.hostileGraph()
        let result = try GraphMLImporter.decode(GraphMLWriter.encode(graph), path: "g.graphml")
        #expect(GraphFile.encode(result.graph) == GraphFile.encode(graph))
    }

    static func hostileGraph() -> Graph {
        var graph = Graph()
        let names = ["=cmd|' /C calc'!A0", "</data><data key=\"n_kind\">state", "]]>&amp;", "tab\tand\r\nnewline", "Ba’ath ✓"]
        for (index, name) in names.enumerated() { graph.add(Actor(id: "a\(index)", name: name, kind: .unknown, aliases: [name + "!"])) }
        for index in 1..<names.count {
            graph.add(
                Evidence(document: "d", sentence: names[index] + " <b>", rule: "r"), source: "a\(index - 1)", type: .alliance,
                target: "a\(index)")
        }
        graph.add(Document(id: "d"))
        graph.canonicalize()
        return graph
    }

    @Test func networkXAttributesMapByNameAndTheRestBecomeExtensions() throws {
        let result = try GraphMLImporter.read(Fixtures.path("graphml/networkx.graphml"))
        let graph = result.graph
        #expect(Array(graph.actors.keys) == ["fmf", "kestravia", "valdoria"])
        #expect(graph.actor("valdoria")?.name == "Republic of Valdoria")
        #expect(graph.actor("valdoria")?.kind == .state)
        #expect(graph.actor("kestravia")?.kind == .unknown)
        #expect(result.extensions.actors["valdoria"] == ["x-population": "4200000", "x-graphml-id": "Valdoria"])
        #expect(result.extensions.actors["kestravia"]?["x-kind"] == "kingdom")
        let hostility = RelationKey(source: "kestravia", type: .hostility, target: "valdoria")
        #expect(graph.relations[hostility] != nil)
        #expect(result.extensions.relations[hostility] == ["x-weight": "2.5"])
        #expect(graph.relations[RelationKey(source: "fmf", type: .proxy, target: "kestravia")] != nil)
        #expect(graph.relations.count == 2)
        #expect(result.notes.contains { $0.contains("skipped 1 edge without a relation type") })
    }

    @Test func aDefaultTypeKeepsUntypedEdges() throws {
        let result = try GraphMLImporter.read(Fixtures.path("graphml/networkx.graphml"), defaultType: .alliance)
        #expect(result.graph.relations[RelationKey(source: "fmf", type: .alliance, target: "valdoria")] != nil)
    }

    @Test func yEdLabelsNameNodesAndGroupsAreFlattened() throws {
        let result = try GraphMLImporter.read(Fixtures.path("graphml/yed.graphml"))
        #expect(result.graph.actors.values.map(\.name).sorted() == ["Free Mountain Front", "Northern Brigade", "Valdoria"])
        #expect(result.graph.relations[RelationKey(source: "free-mountain-front", type: .hostility, target: "valdoria")] != nil)
        #expect(result.extensions.actors["valdoria"]?["x-graphml-id"] == "n0")
    }

    @Test func malformedXMLIsALocatedSyntaxError() {
        let text = "<graphml>\n  <graph>\n    <node id=\"a\">\n  </graph>\n</graphml>\n"
        do {
            _ = try GraphMLImporter.decode(Array(text.utf8), path: "bad.graphml")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .syntax)
            #expect(error.problems.first?.location?.line == 4)
            #expect(error.description.hasPrefix("bad.graphml:4:"))
        }
    }

    @Test func exponentialEntityExpansionIsRefused() {
        var entities = "<!ENTITY e0 \"lol\">"
        for level in 1...9 { entities += "<!ENTITY e\(level) \"" + String(repeating: "&e\(level - 1);", count: 10) + "\">" }
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [\(entities)]>
            <graphml><key id="n" for="node" attr.name="name" attr.type="string"/><graph><node id="a"><data key="n">&e9;</data></node></graph></graphml>
            """
        do {
            let result = try GraphMLImporter.decode(Array(text.utf8), path: "laughs.graphml")
            #expect((result.graph.actor("a")?.name.count ?? 0) < 1_000_000)
        } catch {
            #expect(error.code == .syntax)
        }
    }

    @Test func anotherXMLDocumentIsNoGraphML() {
        #expect(throws: GraphFileError.self) { try GraphMLImporter.decode(Array("<svg/>".utf8), path: "x.svg") }
    }

    @Test func externalEntitiesAreNotResolved() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="n" for="node" attr.name="name" attr.type="string"/>
            <graph edgedefault="directed"><node id="a"><data key="n">x&secret;</data></node></graph></graphml>
            """
        let result = try? GraphMLImporter.decode(Array(text.utf8), path: "xxe.graphml")
        #expect(result?.graph.actor("a")?.name ?? "x" == "x")
    }
}

/// Files over libxml2's 10 MB single-chunk limit are read (the parser is fed in chunks).
@Suite struct LargeGraphMLTests {
    @Test func aGraphMLFileOverTenMegabytesIsRead() throws {
        let padding = String(repeating: "x", count: 600)
        var text =
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><key id=\"d0\" for=\"node\" attr.name=\"note\" attr.type=\"string\"/>"
        text += "<graph edgedefault=\"undirected\">\n"
        for index in 0..<18_000 { text += "<node id=\"v\(index)\"><data key=\"d0\">\(padding)</data></node>\n" }
        text += "</graph></graphml>\n"
        #expect(text.utf8.count > 11_000_000)
        let result = try GraphMLImporter.decode(Array(text.utf8), path: "large.graphml")
        #expect(result.graph.actors.count == 18_000)
        #expect(result.extensions.actors["v17999"]?["x-note"] == padding)
    }
}
