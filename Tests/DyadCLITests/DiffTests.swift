import Foundation
import Testing

/// `dyad diff` end to end, on the hand-built graphs in Tests/Fixtures/Diff.
@Suite("dyad diff")
struct DiffTests {
    static let fixtures = DyadProcess.packageRoot.appendingPathComponent("Tests/Fixtures/Diff")

    func golden(_ name: String) throws -> String {
        try String(contentsOf: DiffTests.fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    @Test("the diff between two dates matches the reviewed text")
    func goldenBetweenDates() throws {
        let result = try DyadProcess.run(["diff", "theatre.json", "--from", "2021-11-15", "--to", "2021-12-15"], in: DiffTests.fixtures)
        #expect(result.status == 0)
        #expect(result.stdout == (try golden("theatre.diff.txt")))
    }

    @Test("the diff between two files matches the reviewed text")
    func goldenBetweenFiles() throws {
        let result = try DyadProcess.run(["diff", "old.json", "new.json", "--max-evidence", "1"], in: DiffTests.fixtures)
        #expect(result.status == 0)
        #expect(result.stdout == (try golden("files.diff.txt")))
    }

    @Test(
        "the JSON output validates against Schemas/diff.schema.json",
        arguments: [
            ["old.json", "new.json"],
            ["theatre.json", "--from", "2021-11-15", "--to", "2021-12-15", "--window", "30"],
            ["theatre.json", "--from", "2021-12-15", "--to", "2021-10-01", "--actor", "Tehran"],
        ])
    func jsonValidates(arguments: [String]) throws {
        let result = try DyadProcess.run(["diff"] + arguments + ["--json"], in: DiffTests.fixtures)
        #expect(result.status == 0)
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("diff.json")
        try Data(result.stdout.utf8).write(to: output)
        let schema = DyadProcess.packageRoot.appendingPathComponent("Schemas/diff.schema.json").path
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = [
            "python3", "-c",
            """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); data = json.load(open(sys.argv[2]))
            jsonschema.Draft202012Validator.check_schema(schema)
            jsonschema.Draft202012Validator(schema).validate(data)
            assert data["summary"]["total"] == len(data["changes"]) > 0
            """, schema, output.path,
        ]
        let errors = Pipe()
        check.standardError = errors
        try check.run()
        check.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(check.terminationStatus == 0, "\(message)")
    }

    @Test("the JSON output names the flip with both relations")
    func jsonFlip() throws {
        let result = try DyadProcess.run(
            ["diff", "theatre.json", "--from", "2021-11-15", "--to", "2021-12-15", "--json"], in: DiffTests.fixtures)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let changes = object?["changes"] as? [[String: Any]] ?? []
        let flip = changes.first
        #expect(flip?["kind"] as? String == "flipped")
        #expect((flip?["previous"] as? [String: String])?["type"] == "agreement")
        #expect((flip?["relation"] as? [String: String])?["type"] == "hostility")
        #expect((object?["old"] as? [String: Any])?["date"] as? String == "2021-11-15")
    }

    @Test(
        "the fast file diffs (JSON Lines, large JSON) print what the whole-graph diff prints",
        arguments: [[], ["--max-evidence", "1"], ["--json"]])
    func fastPathsAgree(arguments: [String]) throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["old", "new"] {
            let source = DiffTests.fixtures.appendingPathComponent("\(name).json").path
            let lines = try DyadProcess.run(["merge", source, "-o", "\(name).jsonl"], in: folder)
            #expect(lines.status == 0)
            // Past the size from which JSON documents are compared through their digests.
            var document = try #require(
                try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: source))) as? [String: Any])
            document["_padding"] = String(repeating: "x", count: 2_100_000)
            try JSONSerialization.data(withJSONObject: document).write(to: folder.appendingPathComponent("\(name).json"))
        }
        let whole = try DyadProcess.run(["diff", "old.json", "new.json"] + arguments, in: DiffTests.fixtures)
        let lines = try DyadProcess.run(["diff", "old.jsonl", "new.jsonl"] + arguments, in: folder)
        let large = try DyadProcess.run(["diff", "old.json", "new.json"] + arguments, in: folder)
        #expect(whole.status == 0)
        #expect(whole.stdout.contains("flipped"))
        func withoutNames(_ text: String) -> String {
            text.replacingOccurrences(of: ".jsonl", with: ".json")
        }
        #expect(withoutNames(lines.stdout) == whole.stdout)
        #expect(large.stdout == whole.stdout)
    }

    @Test("exit status is 0 with changes, 1 with --exit-code, 0 with --exit-code and no changes")
    func exitStatus() throws {
        let plain = try DyadProcess.run(["diff", "old.json", "new.json"], in: DiffTests.fixtures)
        let asked = try DyadProcess.run(["diff", "old.json", "new.json", "--exit-code"], in: DiffTests.fixtures)
        let same = try DyadProcess.run(["diff", "new.json", "new.json", "--exit-code"], in: DiffTests.fixtures)
        #expect(plain.status == 0)
        #expect(asked.status == 1)
        #expect(same.status == 0)
        #expect(same.stdout == "diff new.json → new.json\nno changes\n")
    }

    @Test("--actor keeps only the changes touching that actor, by any of its names")
    func actorFilter() throws {
        let result = try DyadProcess.run(
            ["diff", "theatre.json", "--from", "2021-11-15", "--to", "2021-12-15", "--actor", "Moscow"],
            in: DiffTests.fixtures)
        #expect(result.status == 0)
        #expect(result.stdout.contains("2 changes: 1 flipped, 1 modality change"))
        #expect(!result.stdout.contains("Hezbollah"))
        // Positive control: without --actor the Hezbollah changes are there.
        let all = try DyadProcess.run(["diff", "theatre.json", "--from", "2021-11-15", "--to", "2021-12-15"], in: DiffTests.fixtures)
        #expect(all.stdout.contains("Hezbollah"))
    }

    @Test("--types keeps only the changes about those types")
    func typeFilter() throws {
        let result = try DyadProcess.run(["diff", "old.json", "new.json", "--types", "proxy,agreement", "--json"], in: DiffTests.fixtures)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let kinds = ((object?["changes"] as? [[String: Any]]) ?? []).compactMap { $0["relation"] as? [String: String] }.compactMap {
            $0["type"]
        }
        #expect(!kinds.isEmpty)
        #expect(Set(kinds).isSubset(of: ["proxy", "agreement", "hostility"]))
        #expect(!kinds.contains("alliance"))
        // Positive control: without --types the alliance changes are there.
        let all = try DyadProcess.run(["diff", "old.json", "new.json", "--json"], in: DiffTests.fixtures)
        #expect(all.stdout.contains("\"type\" : \"alliance\""))
    }

    @Test("--min-change hides smaller changes in weight")
    func minChange() throws {
        let result = try DyadProcess.run(
            ["diff", "theatre.json", "--from", "2021-11-15", "--to", "2021-12-15", "--min-change", "2"],
            in: DiffTests.fixtures)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("Strengthened"))
        // Positive control: with the default threshold the strengthened relation is reported.
        let all = try DyadProcess.run(["diff", "theatre.json", "--from", "2021-11-15", "--to", "2021-12-15"], in: DiffTests.fixtures)
        #expect(all.stdout.contains("Strengthened"))
    }

    @Test(
        "bad input exits with status 2 and says what to do",
        arguments: [
            (
                ["diff", "theatre.json", "--from", "2021-13-01", "--to", "2021-12-15"],
                "The value '2021-13-01' is invalid for '--from <YYYY-MM-DD>'"
            ),
            (["diff", "theatre.json"], "--from DATE and --to DATE"),
            (["diff", "old.json", "new.json", "--from", "2021-11-01"], "give one graph file"),
            (
                ["diff", "old.json", "new.json", "--types", "friendship"],
                "Please provide one of 'alliance', 'hostility', 'proxy' or 'agreement'"
            ),
            (["diff", "old.json", "new.json", "--actor", "Atlantis"], "no actor named"),
            (["diff", "old.json", "missing.json"], "missing.json"),
        ])
    func badInput(arguments: [String], message: String) throws {
        let result = try DyadProcess.run(arguments, in: DiffTests.fixtures)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("--render OUT.dot draws the union with the changes marked and both dates in the title")
    func renderDOT() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("diff.dot")
        let result = try DyadProcess.run(
            ["diff", "theatre.json", "--from", "2021-11-15", "--to", "2021-12-15", "--render", out.path],
            in: DiffTests.fixtures)
        #expect(result.status == 0, "\(result.stderr)")
        let dot = try String(contentsOf: out, encoding: .utf8)
        #expect(dot.contains("2021-11-15 → 2021-12-15"))
        #expect(dot.contains("rel-israel-hostility-russia"))
        #expect(dot.contains("rel-iran-agreement-syria"))
    }

    @Test("--render OUT.svg renders through the Graphviz helper")
    func renderSVG() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("diff.svg")
        let result = try DyadProcess.run(["diff", "old.json", "new.json", "--summary", "--render", out.path], in: DiffTests.fixtures)
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOf: out, encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("old.json → new.json"))
    }
}

/// The issue's acceptance scenario: the seed article and the follow-up article extracted into one graph.
@Suite("dyad diff on extracted articles")
struct DiffExtractedTests {
    static let seed = DyadProcess.packageRoot.appendingPathComponent("../shared/seeds/000_797165f7f20ed22e.txt").standardized
    static let followUp = DyadProcess.packageRoot.appendingPathComponent("Samples/articles/2021-12-01-followup.txt")

    @Test(
        "what the follow-up of 2021-12-01 changed, with its sentences",
        .enabled(if: FileManager.default.fileExists(atPath: DiffExtractedTests.seed.path)))
    func followUpChanges() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = folder.appendingPathComponent("graph.json").path
        let first = try DyadProcess.run(["extract", DiffExtractedTests.seed.path, "--date", "2021-11-01", "--into", graph])
        let second = try DyadProcess.run(["extract", DiffExtractedTests.followUp.path, "--date", "2021-12-01", "--into", graph])
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        let result = try DyadProcess.run(["diff", graph, "--from", "2021-11-15", "--to", "2021-12-15", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let changes = object?["changes"] as? [[String: Any]] ?? []
        func key(_ change: [String: Any], _ field: String) -> String {
            let key = change[field] as? [String: String] ?? [:]
            return "\(key["source"] ?? "")-\(key["type"] ?? "")-\(key["target"] ?? "")"
        }
        let flips = changes.filter { $0["kind"] as? String == "flipped" }.map { key($0, "previous") + " => " + key($0, "relation") }
        #expect(flips.contains("israel-agreement-russia => israel-hostility-russia"))
        let added = changes.filter { $0["kind"] as? String == "relation-added" }.map { key($0, "relation") }
        // The seed article already reads Iran and Syria as allies, so the follow-up's pact is new as an agreement:
        // added, or a flip of the pair to agreement.
        #expect(added.contains("iran-agreement-syria") || flips.contains { $0.hasSuffix("=> iran-agreement-syria") }, "\(added) \(flips)")
        let sentences = changes.flatMap { ($0["evidence"] as? [[String: Any]] ?? []).compactMap { $0["sentence"] as? String } }
        #expect(sentences.contains { $0.contains("Russian officials denied") })
    }
}
