import Foundation
import Testing

/// `dyad timeline` end to end on the hand-built graph in Tests/Fixtures/Diff.
@Suite("dyad timeline")
struct TimelineCommandTests {
    static let fixtures = DyadProcess.packageRoot.appendingPathComponent("Tests/Fixtures/Diff")

    @Test("writes one diagram a step and an index page with the changes between steps")
    func writesSteps() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DyadProcess.run(
            [
                "timeline", "theatre.json", "--every", "week", "--from", "2021-10-25", "--to", "2021-12-06",
                "--window", "30", "-o", folder.path,
            ], in: TimelineCommandTests.fixtures)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count == 8)
        #expect(files.first == "01-2021-10-25.svg")
        #expect(files.contains("07-2021-12-06.svg"))
        let html = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("<img src=\"07-2021-12-06.svg\""))
        #expect(html.contains("since 2021-11-29: 13 changes: 3 flipped"))
        #expect(html.contains("Russia on Wednesday condemned"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains("<script"))
    }

    @Test("actors keep their positions from one step to the next")
    func stablePositions() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DyadProcess.run(
            [
                "timeline", "theatre.json", "--every", "month", "--from", "2021-11-01", "--to", "2021-12-01",
                "--format", "dot", "-o", folder.path,
            ], in: TimelineCommandTests.fixtures)
        #expect(result.status == 0, "\(result.stderr)")
        func position(_ actor: String, in file: String) throws -> String? {
            let dot = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            guard let line = dot.split(separator: "\n").first(where: { $0.contains("\"\(actor)\" [") }),
                let range = line.range(of: "pos=\"[^\"]*\"", options: .regularExpression)
            else { return nil }
            return String(line[range])
        }
        for actor in ["iran", "israel", "al-quds-brigade"] {
            let first = try position(actor, in: "01-2021-11-01.dot")
            #expect(first != nil)
            #expect(first == (try position(actor, in: "02-2021-12-01.dot")))
        }
    }

    @Test(
        "bad options exit with status 2",
        arguments: [
            ["--every", "fortnight"], ["--every", "week", "--format", "gif"], ["--every", "1", "--from", "1990-01-01"],
        ])
    func badOptions(arguments: [String]) throws {
        let result = try DyadProcess.run(
            ["timeline", "theatre.json"] + arguments + ["-o", "/tmp/dyad-unused"], in: TimelineCommandTests.fixtures)
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }
}
