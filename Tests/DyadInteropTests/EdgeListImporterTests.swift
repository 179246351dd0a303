import DyadCore
import DyadExport
import Testing

@testable import DyadInterop

/// Edge lists: positional and named columns, dates, located errors, formula neutralisation undone.
@Suite struct EdgeListImporterTests {
    static func read(_ csv: String) throws(GraphFileError) -> EdgeListImporter.Result {
        try EdgeListImporter.decode(Array(csv.utf8), path: "edges.csv")
    }

    static func problems(_ csv: String) -> [GraphFileError.Problem] {
        do {
            _ = try read(csv)
            return []
        } catch { return error.problems }
    }

    @Test func positionalColumnsMakeActorsRelationsAndEvidence() throws {
        let result = try Self.read(
            "Valdoria,Kestravia,hostility,2024-03-01,Valdoria shelled Kestravia.\nFree Mountain Front,Valdoria,proxy\n")
        #expect(Array(result.graph.actors.keys) == ["free-mountain-front", "kestravia", "valdoria"])
        let hostility = try #require(result.graph.relations[RelationKey(source: "kestravia", type: .hostility, target: "valdoria")])
        #expect(hostility.evidence.first?.sentence == "Valdoria shelled Kestravia.")
        #expect(hostility.firstSeen == Day("2024-03-01"))
        #expect(result.graph.relations[RelationKey(source: "free-mountain-front", type: .proxy, target: "valdoria")] != nil)
        #expect(result.rows == 2)
    }

    @Test func aHeaderNamesColumnsInAnyOrderAndKeepsUnknownOnesAsExtensions() throws {
        let csv =
            "Date,:TYPE,to,from,weight,sentence,modality\r\n2024-05,alliance,Kestravia,Valdoria,3,\"They signed, at last.\",hedged\r\n"
        let result = try Self.read(csv)
        let key = RelationKey(source: "kestravia", type: .alliance, target: "valdoria")
        let relation = try #require(result.graph.relations[key])
        #expect(relation.modality == .hedged)
        #expect(relation.firstSeen == Day("2024-05-01"))
        #expect(relation.evidence.first?.sentence == "They signed, at last.")
        #expect(result.extensions.relations[key] == ["x-weight": "3"])
    }

    @Test func badRowsAreLocatedByLineAndColumn() {
        let csv =
            "source,target,type,date\nValdoria,Kestravia,friendship,2024-01-01\nValdoria,,alliance,\nValdoria,Kestravia,alliance,01/02/2024\n"
        let problems = Self.problems(csv)
        #expect(problems.map { $0.location?.description } == ["2:20", "3:10", "4:29"])
        #expect(problems[0].message.contains("unknown relation type \"friendship\""))
        #expect(problems[1].message.contains("actor name"))
        #expect(problems[2].message.contains("YYYY-MM-DD"))
        let error = GraphFileError(path: "edges.csv", problems: problems)
        #expect(error.description.hasPrefix("edges.csv:2:20: error: unknown relation type"))
    }

    @Test func linesCountLineBreaksInsideQuotedFields() {
        let csv = "A,B,alliance,,\"two\nlines\"\nA,B,nonsense\n"
        #expect(Self.problems(csv).first?.location == SourceLocation(line: 3, column: 5))
    }

    @Test func aRelationNeedsTwoActors() {
        #expect(Self.problems("Valdoria,valdoria,alliance\n").first?.message.contains("two different actors") == true)
    }

    @Test func cellsNeutralisedByTheCSVWriterComeBack() throws {
        let name = "=HYPERLINK(\"x\")"
        let csv = CSVTable.cell(name) + ",Valdoria,alliance\n"
        let result = try Self.read(csv)
        #expect(result.graph.actors.values.contains { $0.name == name })
    }

    @Test func invalidUTF8IsAnEncodingError() {
        #expect(throws: GraphFileError.self) { try EdgeListImporter.decode([0x41, 0xFF, 0x2C], path: "x.csv") }
    }

    @Test func csvWriterOutputReadsBackCellForCell() throws {
        // The writer's quoting, read by CSV.swift through the importer: every hostile name comes back.
        let names = ["comma, inside", "quote \"inside\"", "line\nbreak", "-minus", "@at", "+plus", " padded "]
        var table = CSVTable(header: ["source", "target", "type"])
        for name in names { table.row([name, "Valdoria", "alliance"]) }
        let result = try EdgeListImporter.decode(table.bytes, path: "t.csv")
        let read = Set(result.graph.actors.values.map(\.name))
        for name in names { #expect(read.contains(name.trimmingCharacters(in: .whitespaces)), "\(name.debugDescription)") }
    }
}
