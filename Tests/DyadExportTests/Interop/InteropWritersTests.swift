import DyadCore
import Foundation
import Testing

@testable import DyadExport

/// GraphML, GEXF and Cytoscape writers: well formed, typed, with every attribute and hostile text intact.
@Suite struct InteropWritersTests {
    @Test func graphMLDeclaresATypedKeyForEveryAttribute() throws {
        let collector = XMLCollector()
        #expect(collector.parse(GraphMLWriter.encode(ExportFixtures.small())) == nil)
        let keys = collector.attributes["key"] ?? []
        let names = Set(keys.compactMap { $0["attr.name"] })
        for attribute in InteropSchema.actorAttributes + InteropSchema.relationAttributes { #expect(names.contains(attribute.name)) }
        #expect(keys.first { $0["attr.name"] == "evidenceCount" }?["attr.type"] == "int")
        #expect(keys.first { $0["attr.name"] == "confidence" }?["attr.type"] == "double")
        #expect(keys.first { $0["attr.name"] == "directed" }?["attr.type"] == "boolean")
    }

    @Test func graphMLHasOneNodePerActorAndOneEdgePerRelation() {
        let graph = ExportFixtures.small()
        let collector = XMLCollector()
        #expect(collector.parse(GraphMLWriter.encode(graph)) == nil)
        #expect(collector.attributes["node"]?.compactMap { $0["id"] } == Array(graph.actors.keys))
        #expect(collector.attributes["edge"]?.count == graph.relations.count)
        #expect(collector.attributes["edge"]?.contains { $0["id"] == "hezbollah|proxy|iran" && $0["source"] == "hezbollah" } == true)
    }

    @Test func hostileNamesSurviveGraphML() {
        let collector = XMLCollector()
        #expect(collector.parse(GraphMLWriter.encode(InteropFixtures.hostile())) == nil)
        let texts = Set(collector.texts["data"] ?? [])
        for name in InteropFixtures.hostileNames { #expect(texts.contains(name), "\(name.debugDescription)") }
    }

    @Test func gexfIsDynamicWithTypedParallelEdges() {
        var graph = ExportFixtures.small()
        graph.add(
            Evidence(document: "doc-1", sentence: "Iran and Israel agreed on a swap.", rule: "manual", date: Day("2024-05-01")),
            source: "iran", type: .agreement, target: "israel")
        let collector = XMLCollector()
        #expect(collector.parse(GEXFWriter.encode(graph)) == nil)
        #expect(collector.attributes["gexf"]?.first?["version"] == "1.3")
        #expect(collector.attributes["graph"]?.first?["mode"] == "dynamic")
        let pair = (collector.attributes["edge"] ?? []).filter { $0["source"] == "iran" && $0["target"] == "israel" }
        #expect(Set(pair.compactMap { $0["kind"] }) == ["hostility", "agreement"])
        #expect(collector.attributes["spell"]?.contains { $0["start"] == "2024-05-01" && $0["end"] == "2024-05-01" } == true)
    }

    @Test func spellsComeFromEvidenceDatesAndValidity() {
        let relation = Relation(
            source: "a", type: .alliance, target: "b",
            evidence: [
                Evidence(document: "d", sentence: "s1", rule: "r", date: Day("2020-03-01")),
                Evidence(document: "d", sentence: "s2", rule: "r", date: Day("2020-03-02")),
                Evidence(document: "d", sentence: "s3", rule: "r", date: Day("2021-06-01"), validFrom: Day("2021-01-01")),
                Evidence(document: "d", sentence: "s4", rule: "r"),
            ])
        let spells = GEXFSpells.spells(of: relation).map { "\($0.start)…\($0.end)" }
        #expect(spells == ["2020-03-01…2020-03-02", "2021-01-01…2021-06-01"])
    }

    @Test func undatedRelationsHaveNoSpells() {
        let relation = Relation(source: "a", type: .alliance, target: "b", evidence: [Evidence(document: "d", sentence: "s", rule: "r")])
        #expect(GEXFSpells.spells(of: relation).isEmpty)
    }

    @Test func hostileNamesSurviveGEXF() {
        let collector = XMLCollector()
        #expect(collector.parse(GEXFWriter.encode(InteropFixtures.hostile())) == nil)
        let labels = Set((collector.attributes["node"] ?? []).compactMap { $0["label"] })
        #expect(labels == Set(InteropFixtures.hostileNames))
    }

    @Test func cytoscapeIsJSONWithElementsAndNoRawScriptTags() throws {
        let bytes = CytoscapeWriter.encode(InteropFixtures.hostile())
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("<"))
        #expect(!text.contains("\u{2028}"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let elements = try #require(object["elements"] as? [String: Any])
        let nodes = try #require(elements["nodes"] as? [[String: Any]])
        let names = Set(nodes.compactMap { ($0["data"] as? [String: Any])?["name"] as? String })
        #expect(names == Set(InteropFixtures.hostileNames))
        let edges = try #require(elements["edges"] as? [[String: Any]])
        let first = try #require(edges.first?["data"] as? [String: Any])
        #expect(first["source"] as? String == "actor-0" && first["key"] as? String == "hostility")
        #expect(object["multigraph"] as? Bool == true)
    }

    @Test func cytoscapeKeepsAliasesAsArrays() throws {
        let bytes = CytoscapeWriter.encode(ExportFixtures.small())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let nodes = try #require((object["elements"] as? [String: Any])?["nodes"] as? [[String: Any]])
        let iran = try #require(nodes.compactMap { $0["data"] as? [String: Any] }.first { $0["id"] as? String == "iran" })
        #expect(iran["aliases"] as? [String] == ["Tehran"])
        #expect(iran["value"] as? String == "iran")
    }

    @Test func exportAppliesTheDiagramView() {
        var options = DiagramOptions()
        options.types = [.proxy]
        let view = InteropExport.view(of: ExportFixtures.small(), options: options).graph
        #expect(Array(view.actors.keys) == ["hezbollah", "iran"])
        #expect(view.relations.count == 1)
    }
}
