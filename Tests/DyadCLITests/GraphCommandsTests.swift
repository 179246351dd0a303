import Foundation
import Testing

@Suite("dyad validate, stats, show, merge")
struct GraphCommandsTests {
    static let sample = DyadProcess.packageRoot.appendingPathComponent("Samples/graphs/levant-2021.json").path

    @Test("validate accepts a good graph with exit 0")
    func validateGood() throws {
        let result = try DyadProcess.run(["validate", Self.sample])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ok (6 actors, 6 relations)"))
    }

    @Test("validate names the line and column of each problem and exits 2")
    func validateBroken() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("broken.json").path
        try """
        {"actors": [
          {"id": "a", "name": "A", "kind": "state"},
          {"id": "b", "name": "B", "kind": "militia"}
        ],
        "relations": [
          {"source": "a", "target": "ghost", "type": "hostility"}
        ]}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try DyadProcess.run(["validate", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(path):3:36: error: unknown actor kind \"militia\""), "\(result.stderr)")
        #expect(result.stderr.contains("\(path):6:29: error: relation target \"ghost\" is not an actor of this graph"), "\(result.stderr)")
        #expect(result.stderr.contains("^"))
    }

    @Test(
        "validate reports bad files of every kind with exit 2",
        arguments: [
            ("empty.json", Data()),
            ("truncated.json", Data("{\"actors\": [".utf8)),
            ("utf8.json", Data([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D])),
            ("cycle.json", Data("{\"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"military\", \"partOf\": \"a\"}]}".utf8)),
        ])
    func validateBadKinds(name: String, bytes: Data) throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        try bytes.write(to: URL(fileURLWithPath: path))
        let result = try DyadProcess.run(["validate", path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("\(path):1:"), "\(result.stderr)")
    }

    @Test("validate --json reports problems as data")
    func validateJSON() throws {
        let result = try DyadProcess.run(["validate", "--json", "-"], input: Data("{\"actors\": 3}".utf8))
        #expect(result.status == 2)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let problems = try #require(report.first?["problems"] as? [[String: Any]])
        #expect(problems.first?["line"] as? Int == 1)
        #expect(problems.first?["column"] as? Int == 12)
    }

    @Test("merging a graph with itself gives the same document")
    func mergeIdempotent() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("m.json").path
        let result = try DyadProcess.run(["merge", Self.sample, Self.sample, "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == Data(contentsOf: URL(fileURLWithPath: Self.sample)))
    }

    @Test("merge converts between JSON and JSON Lines and back without loss")
    func mergeConverts() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = folder.appendingPathComponent("g.jsonl").path, back = folder.appendingPathComponent("g.json").path
        #expect(try DyadProcess.run(["merge", Self.sample, "-o", lines]).status == 0)
        #expect(try String(contentsOfFile: lines, encoding: .utf8).hasPrefix("{\"record\": \"graph\""))
        #expect(try DyadProcess.run(["merge", lines, "-o", back]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: back)) == Data(contentsOf: URL(fileURLWithPath: Self.sample)))
    }

    @Test("stats counts by kind, type and modality")
    func stats() throws {
        let result = try DyadProcess.run(["stats", Self.sample])
        #expect(result.status == 0)
        #expect(result.stdout.contains("relations  6  (alliance 2, hostility 2, proxy 1, agreement 1)"), "\(result.stdout)")
        #expect(result.stdout.contains("dates      2021-11-18 … 2021-11-20"))
        let json = try DyadProcess.run(["stats", "--json", Self.sample])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["relations"] as? Int == 6)
        #expect((object["actorsByKind"] as? [String: Int])?["state"] == 4)
    }

    @Test("show resolves aliases and prints evidence sentences")
    func show() throws {
        let result = try DyadProcess.run(["show", Self.sample, "--actor", "Tehran"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Iran (iran) — state"))
        #expect(result.stdout.contains("Hezbollah —proxy→ Iran"))
        #expect(result.stdout.contains("“The Iran-backed Hezbollah vowed to respond.”"))
    }

    @Test("an unknown actor gets the closest candidates and exit 2")
    func showUnknown() throws {
        let result = try DyadProcess.run(["show", Self.sample, "--actor", "Hezbolah"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no actor named \"Hezbolah\""))
        #expect(result.stderr.contains("hezbollah (Hezbollah)"))
    }

    @Test("reading standard input and usage errors")
    func stdinAndUsage() throws {
        let input = try Data(contentsOf: URL(fileURLWithPath: Self.sample))
        let stats = try DyadProcess.run(["stats", "-"], input: input)
        #expect(stats.status == 0)
        #expect(stats.stdout.hasPrefix("-\n"))
        #expect(try DyadProcess.run(["stats"]).status == 2)
        #expect(try DyadProcess.run(["stats", "/nonexistent.json"]).status == 2)
        #expect(try DyadProcess.run(["--help"]).status == 0)
    }
}
