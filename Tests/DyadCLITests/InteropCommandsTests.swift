import Foundation
import Testing

/// End-to-end tests of `dyad export` and `dyad import`.
@Suite struct InteropCommandsTests {
    static let sample = DyadProcess.packageRoot.appendingPathComponent("Tests/Fixtures/render/sochi.json").path
    static let fixtures = DyadProcess.packageRoot.appendingPathComponent("Tests/DyadInteropTests/Fixtures")

    @Test(arguments: [("graphml", "<?xml"), ("gexf", "<?xml"), ("cytoscape", "{\"data\"")])
    func exportWritesEachSingleFileFormat(_ format: String, _ head: String) throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("graph.\(format)").path
        let result = try DyadProcess.run(["export", Self.sample, "--format", format, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        // Without a view option, actors without relations are kept (render drops them).
        #expect(result.stderr.contains("wrote \(output): 10 actors, 16 relations, \(format)"))
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix(head))
    }

    @Test func exportChoosesTheFormatByExtensionAndWritesStandardOutput() throws {
        let result = try DyadProcess.run(["export", Self.sample, "--format", "gexf", "-o", "-", "--types", "proxy"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("<gexf xmlns=\"http://gexf.net/1.3\""))
        #expect(!result.stdout.contains("kind=\"hostility\""))
        // Positive control: without --types the hostile relations are exported.
        let all = try DyadProcess.run(["export", Self.sample, "--format", "gexf", "-o", "-"])
        #expect(all.stdout.contains("kind=\"hostility\""))
    }

    @Test func exportCSVWritesAFolderOfThreeTables() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("csv").path
        let result = try DyadProcess.run(["export", Self.sample, "--format", "csv", "-o", output, "--focus", "Hezbollah"])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
        #expect(names == ["actors.csv", "evidence.csv", "relations.csv"])
        let relations = try String(contentsOfFile: output + "/relations.csv", encoding: .utf8)
        #expect(relations.hasPrefix(":START_ID,:END_ID,:TYPE,id,"))
        // The same view as `dyad render --focus Hezbollah`.
        let render = try DyadProcess.run(["render", Self.sample, "--focus", "Hezbollah", "-o", folder.appendingPathComponent("g.dot").path])
        let counts = try #require(
            render.stderr.split(separator: ":").dropFirst().first?.split(separator: ",").prefix(2).joined(separator: ","))
        #expect(result.stderr.contains(": \(counts.trimmingCharacters(in: .whitespaces)), csv"), "\(result.stderr) vs \(render.stderr)")
        #expect(relations.components(separatedBy: "\r\n").count - 2 == Int(counts.split(separator: ",")[1].split(separator: " ")[0]))
    }

    @Test func exportWithoutAFormatIsBadInput() throws {
        let result = try DyadProcess.run(["export", Self.sample, "-o", "graph.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--format"))
    }

    @Test func graphMLExportImportsBackToTheSameGraphFile() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graphml = folder.appendingPathComponent("g.graphml").path
        let back = folder.appendingPathComponent("back.json").path
        #expect(try DyadProcess.run(["export", Self.sample, "-o", graphml]).status == 0)
        let result = try DyadProcess.run(["import", "graphml", graphml, "-o", back])
        #expect(result.status == 0, "\(result.stderr)")
        let original = try DyadProcess.run(["show", Self.sample, "--json"]).stdout
        let reread = try DyadProcess.run(["show", back, "--json"]).stdout
        #expect(!original.isEmpty && original == reread)
        #expect(try DyadProcess.run(["diff", Self.sample, back]).stdout.contains("no changes"))
    }

    @Test func importEdgesReportsBadRowsWithTheirPlaceAndWritesNothing() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("edges.csv").path
        try "source,target,type,date\nIran,Israel,hostility,2024-01-01\nIran,Hezbollah,patron,2024-01-02\n".write(
            toFile: csv, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.json").path
        let result = try DyadProcess.run(["import", "edges", csv, "-o", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(csv):3:16: error: unknown relation type \"patron\""), "\(result.stderr)")
        #expect(result.stderr.contains("Iran,Hezbollah,patron,2024-01-02\n               ^"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func importEdgesWritesAGraphDyadReads() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("edges.csv").path
        try "Iran,Israel,hostility,2024-01-01,Iran and Israel traded threats.\nHezbollah,Iran,proxy,,\n".write(
            toFile: csv, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.json").path
        let result = try DyadProcess.run(["import", "edges", csv, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("read 2 rows: 3 actors, 2 relations"))
        #expect(try DyadProcess.run(["validate", output]).status == 0)
    }

    @Test func importPetrarchWritesAPackThatExtractsAndChecks() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = folder.appendingPathComponent("pack").path
        let result = try DyadProcess.run([
            "import", "petrarch", "--actors", Self.fixtures.appendingPathComponent("petrarch/sample.actors.txt").path,
            "--agents", Self.fixtures.appendingPathComponent("petrarch/sample.agents.txt").path, "-o", pack,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Converted 13 actors"), "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: pack + "/REPORT.md"))
        let check = try DyadProcess.run(["rules", "check", pack])
        #expect(check.status == 0, "\(check.stdout)")
        let text = folder.appendingPathComponent("news.txt").path
        try "The Free Mountain Front attacked Kestravia on Monday.\n".write(toFile: text, atomically: true, encoding: .utf8)
        let extract = try DyadProcess.run(["extract", "--rules", pack, text, "--date", "2024-02-05"])
        #expect(extract.status == 0, "\(extract.stderr)")
        #expect(
            extract.stdout.contains("\"source\": \"free-mountain-front\", \"target\": \"kestravia\", \"type\": \"hostility\""),
            "\(extract.stdout)")
    }

    @Test func printMappingShowsTheEditableTable() throws {
        let result = try DyadProcess.run(["import", "petrarch", "--print-mapping"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"0871\": agreement"))
    }
}
