import DyadCore
import Testing

@testable import DyadExport

/// The view options choose what a diagram shows; the hooks change how it looks.
@Suite struct DiagramViewTests {
    static func shown(_ options: DiagramOptions, graph: Graph = ExportFixtures.small()) -> (
        actors: [String], relations: Int, diagram: Diagram
    ) {
        let diagram = DOTWriter.diagram(for: graph, options: options)
        return (diagram.nodeNames.keys.sorted(), diagram.relationCount, diagram)
    }

    @Test func focusKeepsTheNeighbourhoodWithinHops() {
        var options = DiagramOptions()
        options.focus = "hezbollah"
        options.hops = 1
        #expect(Self.shown(options).actors == ["hezbollah", "idf", "iran"])
        options.hops = 2
        #expect(Self.shown(options).actors == ["hezbollah", "idf", "iran", "israel"])
    }

    @Test func typesFilterRelations() {
        var options = DiagramOptions()
        options.types = [.proxy]
        let result = Self.shown(options)
        #expect(result.actors == ["hezbollah", "iran"])
        #expect(result.relations == 1)
    }

    @Test func noHedgedDropsHedgedOnlyRelations() {
        var options = DiagramOptions()
        options.includeHedged = false
        #expect(!Self.shown(options).actors.contains("naftali-bennett"))
    }

    @Test func minimumEvidenceKeepsWellSupportedRelations() {
        var options = DiagramOptions()
        options.minimumEvidence = 2
        #expect(Self.shown(options).actors == ["iran", "israel"])
    }

    @Test func collapseFoldsSubUnitsIntoParents() {
        var options = DiagramOptions()
        options.collapseSubUnits = true
        let result = Self.shown(options)
        #expect(!result.actors.contains("idf"))
        #expect(result.diagram.dot.contains("\"hezbollah\" -> \"israel\""))
    }

    @Test func datesFilterEvidence() throws {
        var options = DiagramOptions()
        options.asOf = Day(year: 2021, month: 10, day: 31)
        let sochi = try ExportFixtures.sochi()
        let result = Self.shown(options, graph: sochi)
        #expect(result.relations == 3, "only the Sochi-dated evidence is known by the end of October")
        #expect(result.diagram.dot.contains("as of 2021-10-31"))
        options.asOf = nil
        options.from = Day(year: 2021, month: 11, day: 1)
        #expect(Self.shown(options, graph: sochi).relations == 15)
    }

    @Test func maxActorsKeepsTheMostConnectedAndSaysWhatWasDropped() throws {
        var options = DiagramOptions()
        options.maxActors = 3
        let result = Self.shown(options, graph: try ExportFixtures.sochi())
        #expect(result.actors == ["iran", "israel", "russia"])
        #expect(result.diagram.droppedActors.count == 5)
        #expect(result.diagram.droppedActors.contains("hezbollah"))
        #expect(result.diagram.dot.contains("showing the 3 most connected of 8 actors"))
    }

    @Test func layoutIsChosenBySize() {
        #expect(DiagramLayout.automatic(actors: 10, relations: 20) == .dot)
        #expect(DiagramLayout.automatic(actors: 400, relations: 1_000) == .sfdp)
        var options = DiagramOptions()
        options.layout = .circo
        #expect(Self.shown(options).diagram.layout == .circo)
    }

    @Test func titleShowsCountsAndTheDateRange() throws {
        var options = DiagramOptions()
        options.title = "Syria, autumn 2021"
        let dot = DOTWriter.dot(for: try ExportFixtures.sochi(), options: options)
        #expect(dot.contains(">Syria, autumn 2021</FONT>"))
        #expect(dot.contains(">8 actors · 16 relations</FONT>"))
        #expect(dot.contains(">evidence from 2021-10-22 to 2021-11-14</FONT>"))
        options.legend = false
        let plain = DOTWriter.dot(for: try ExportFixtures.sochi(), options: options)
        #expect(plain.contains("label=\"Syria, autumn 2021\\n8 actors · 16 relations\\nevidence from 2021-10-22 to 2021-11-14\""))
    }

    @Test func highlightThickensThePathAndFadesTheRest() {
        var options = DiagramOptions()
        let path: Set<RelationKey> = [
            RelationKey(source: "hezbollah", type: .proxy, target: "iran"),
            RelationKey(source: "iran", type: .hostility, target: "israel"),
        ]
        options.highlight = DiagramHighlight(relations: path, caption: "path Hezbollah → Israel")
        let dot = DOTWriter.dot(for: ExportFixtures.small(), options: options)
        #expect(
            dot.contains(
                "\"iran\" [id=\"actor-iran\", label=\"Iran\", shape=\"box\", style=\"filled\", fillcolor=\"#DCE8F5\", color=\"#F9A825\", penwidth=\"3\""
            ))
        #expect(
            dot.contains(
                "\"un\" [id=\"actor-un\", label=\"United Nations\", shape=\"component\", style=\"filled\", fillcolor=\"#EAE2F5\", color=\"#B0BEC5\""
            ))
        #expect(dot.contains("id=\"rel-iran-hostility-israel\", color=\"#C62828\", penwidth=\"5.35\", style=\"bold\""))
        #expect(dot.contains("id=\"rel-israel-agreement-un\", color=\"#B0BEC5\""))
        #expect(dot.contains("path Hezbollah → Israel"))
    }

    @Test func diffStatusesColourRelationsAndTheLegendAdapts() {
        var options = DiagramOptions()
        options.diff = [
            RelationKey(source: "hezbollah", type: .proxy, target: "iran"): .added,
            RelationKey(source: "iran", type: .hostility, target: "israel"): .flipped,
            RelationKey(source: "israel", type: .agreement, target: "un"): .removed,
        ]
        options.title = "Changes from 2023 to 2024"
        let dot = DOTWriter.dot(for: ExportFixtures.small(), options: options)
        #expect(dot.contains("id=\"rel-hezbollah-proxy-iran\", color=\"#2E7D32\""))
        #expect(dot.contains("id=\"rel-iran-hostility-israel\", color=\"#EF6C00\""))
        #expect(dot.contains("id=\"rel-israel-agreement-un\", color=\"#9E9E9E\", penwidth=\"1.2\", style=\"dashed\""))
        #expect(dot.contains("id=\"rel-hezbollah-hostility-idf\", color=\"#C6282859\""), "unchanged relations are faded")
        #expect(dot.contains(">added ") && dot.contains(">removed ") && dot.contains(">type changed ") && dot.contains(">unchanged "))
        #expect(!dot.contains(">strengthened "), "the legend lists only the statuses present")
        #expect(dot.contains("label=\"hostility\""), "diff diagrams label relations with their type")
        #expect(dot.contains("Changes from 2023 to 2024"))
    }
}
