import Foundation
import Testing

/// End-to-end tests of `dyad render` on the graph read from the seed article.
@Suite struct RenderTests {
    static let sample = DyadProcess.packageRoot.appendingPathComponent("Tests/Fixtures/render/sochi.json").path

    @Test(arguments: ["svg", "png", "pdf", "dot"])
    func writesEachFormatByExtension(_ format: String) throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("map.\(format)").path
        let result = try DyadProcess.run(["render", Self.sample, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("wrote \(output): 8 actors, 16 relations, \(format)"))
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: output)))
        #expect(bytes.count > 5_000)
        let head = String(decoding: bytes.prefix(16), as: UTF8.self)
        switch format {
        case "svg": #expect(head.hasPrefix("<?xml"))
        case "png": #expect(Array(bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        case "pdf": #expect(head.hasPrefix("%PDF-"))
        default: #expect(head.hasPrefix("digraph \"dyad\""))
        }
    }

    @Test(arguments: ["svg", "png"])
    func rendersTheBundledSampleGraph(_ format: String) throws {
        let sample = DyadProcess.packageRoot.appendingPathComponent("Samples/graphs/levant-2021.json").path
        try #require(FileManager.default.fileExists(atPath: sample))
        let result = try DyadProcess.run(["render", sample, "-o", "-", "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("dot layout"))
        if format == "svg" {
            #expect(result.stdout.contains("id=\"actor&#45;hezbollah\""), "Graphviz writes - as &#45; in ids")
            #expect(result.stdout.contains("proxy → patron"))
        } else {
            #expect(result.stdout.utf8.count > 5_000)
        }
    }

    @Test func writesToStandardOutputWithDash() throws {
        let result = try DyadProcess.run(["render", Self.sample, "-o", "-", "--format", "svg"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<?xml"))
        #expect(result.stdout.contains("Iran and Israel are overt enemies."))
    }

    @Test func namesTheOutputAfterTheGraphByDefault() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DyadProcess.run(["render", Self.sample, "--format", "png"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("sochi.png").path))
        #expect(result.stderr.hasPrefix("wrote sochi.png:"))
    }

    @Test func focusResolvesNamesAndKeepsTheNeighbourhood() throws {
        let result = try DyadProcess.run(["render", Self.sample, "--focus", "Hizbollah", "--hops", "1", "-o", "-", "--format", "dot"])
        #expect(result.status == 0, "\(result.stderr)")
        let nodes = result.stdout.split(separator: "\n").filter { $0.contains("[id=\"actor-") }.map { $0.split(separator: "\"")[1] }
        #expect(nodes == ["hezbollah", "iran", "israel"])
    }

    @Test func maxActorsSaysWhatWasLeftOut() throws {
        let result = try DyadProcess.run(["render", Self.sample, "--max-actors", "3", "-o", "-", "--format", "dot"])
        #expect(result.status == 0)
        #expect(
            result.stderr.contains(
                "left out 5 less connected actors (--max-actors): al-quds-brigade, hezbollah, irgc, syria, unidentified-gunmen"))
    }

    @Test(arguments: [
        (["--focus", "Atlantis"], "no actor named \"Atlantis\""),
        (["--format", "ps"], "unknown format \"ps\""),
        (["-o", "map.eps"], "cannot tell the format"),
        (["--types", "friendship"], "The value 'friendship' is invalid for '--types <types>'. Please provide one of 'alliance'"),
        (["--as-of", "2021-13-01"], "The value '2021-13-01' is invalid for '--as-of <YYYY-MM-DD>'"),
        (["--layout", "twopi"], "unknown layout \"twopi\""),
    ])
    func badOptionsAreBadInput(_ options: [String], _ message: String) throws {
        let result = try DyadProcess.run(["render", Self.sample] + options)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func aMissingGraphFileIsBadInput() throws {
        let result = try DyadProcess.run(["render", "/nonexistent/graph.json", "-o", "-"])
        #expect(result.status == 2)
    }
}
