import Foundation
import Testing

@Suite("dyad path, connect, balance")
struct PathCommandsTests {
    /// A hand-built graph of the seed article's shape (Schemas/graph.schema.json).
    static let seedGraph = """
        {"documents": [
          {"id": "seed", "title": "Russia and Israel agree to curb Iran", "published": "2021-11-01"},
          {"id": "early", "title": "Earlier report", "published": "2021-06-01"}
        ],
        "actors": [
          {"id": "al-quds-brigade", "name": "al-Quds Brigade", "kind": "armed-group", "aliases": ["Quds Brigade", "Liwa al-Quds", "Quds"]},
          {"id": "gunmen", "name": "unidentified gunmen", "kind": "unknown", "aliases": ["Quds gunmen", "Quds"]},
          {"id": "hezbollah", "name": "Hezbollah", "kind": "armed-group", "aliases": ["Hizbollah"]},
          {"id": "idf", "name": "Israel Defense Forces", "kind": "military", "aliases": ["IDF"], "partOf": "israel"},
          {"id": "iran", "name": "Iran", "kind": "state", "aliases": ["Tehran", "Iranian"]},
          {"id": "iraq", "name": "Iraq", "kind": "state", "aliases": []},
          {"id": "israel", "name": "Israel", "kind": "state", "aliases": ["Jerusalem", "Israeli"]},
          {"id": "russia", "name": "Russia", "kind": "state", "aliases": ["Moscow", "Russian"]},
          {"id": "syria", "name": "Syria", "kind": "state", "aliases": ["Damascus", "Assad"]}
        ],
        "relations": [
          {"source": "al-quds-brigade", "target": "iran", "type": "proxy", "modality": "asserted", "evidence": [
            {"document": "seed", "sentence": "A security official in the Iranian-affiliated al-Quds Brigade was killed.", "rule": "test", "modality": "asserted"}]},
          {"source": "gunmen", "target": "al-quds-brigade", "type": "hostility", "modality": "asserted", "evidence": [
            {"document": "seed", "sentence": "The unidentified gunmen killed a security official in the al-Quds Brigade.", "rule": "test", "modality": "asserted"}]},
          {"source": "hezbollah", "target": "idf", "type": "hostility", "modality": "asserted", "evidence": [
            {"document": "seed", "sentence": "The IDF has repeatedly targeted the positions of its proxy Hezbollah.", "rule": "test", "modality": "asserted", "attributedTo": "Mark Regev"}]},
          {"source": "hezbollah", "target": "iran", "type": "proxy", "modality": "asserted", "evidence": [
            {"document": "seed", "sentence": "Iran's presence in Syria and that of its proxy Hezbollah.", "rule": "test", "modality": "asserted"}]},
          {"source": "iran", "target": "israel", "type": "hostility", "modality": "asserted", "evidence": [
            {"document": "early", "sentence": "Iran and Israel are overt enemies.", "rule": "test", "modality": "asserted"}]},
          {"source": "iran", "target": "syria", "type": "alliance", "modality": "asserted", "evidence": [
            {"document": "seed", "sentence": "Tehran's pretext for involvement was to bolster its ally Bashar Assad.", "rule": "test", "modality": "asserted"}]},
          {"source": "israel", "target": "russia", "type": "agreement", "modality": "asserted", "evidence": [
            {"document": "seed", "sentence": "The two sides agreed to continue to curb Iranian influence in Syria.", "rule": "test", "modality": "asserted", "date": "2021-10-22"}]},
          {"source": "israel", "target": "syria", "type": "hostility", "modality": "hedged", "evidence": [
            {"document": "seed", "sentence": "Israel might have lowered its \\"demands\\" to have Assad removed.", "rule": "test", "modality": "hedged"}]},
          {"source": "russia", "target": "syria", "type": "alliance", "modality": "asserted", "evidence": [
            {"document": "seed", "sentence": "Russia entered the Syrian war in 2015 to save the crumbling Ba’ath regime.", "rule": "test", "modality": "asserted"}]}
        ]}
        """

    static func withGraph<T>(_ body: (String, URL) throws -> T) throws -> T {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("seed.json").path
        try seedGraph.write(toFile: path, atomically: true, encoding: .utf8)
        return try body(path, folder)
    }

    /// Runs `Tests/Scripts/check_schema.py` with `Schemas/paths.schema.json` on a file.
    static func checkSchema(_ file: String) throws -> (Int32, String) {
        let root = DyadProcess.packageRoot
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", root.appendingPathComponent("Tests/Scripts/check_schema.py").path,
            root.appendingPathComponent("Schemas/paths.schema.json").path, file,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("path Hezbollah Russia prints an explained path with evidence")
    func explainedPath() throws {
        let result = try Self.withGraph { graph, _ in try DyadProcess.run(["path", graph, "Hezbollah", "Russia"]) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Hezbollah → Russia: shortest path"))
        #expect(result.stdout.contains("1. Hezbollah —proxy→ Iran —alliance— Syria —alliance— Russia"), "\(result.stdout)")
        #expect(result.stdout.contains("“Iran's presence in Syria and that of its proxy Hezbollah.”"))
        #expect(result.stdout.contains("2021-11-01 · document seed “Russia and Israel agree to curb Iran”"))
        #expect(result.stdout.contains("3 hops · friend (sign +)"))
    }

    @Test("k shortest paths include the route through Israel, read as foe")
    func kShortest() throws {
        let result = try Self.withGraph { graph, _ in try DyadProcess.run(["path", graph, "Hezbollah", "Russia", "--k", "3"]) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Hezbollah —proxy→ Iran —hostility— Israel —agreement— Russia"), "\(result.stdout)")
        #expect(result.stdout.contains("2021-10-22 · document seed"))
        #expect(result.stdout.contains("foe (sign −)"))
    }

    @Test("aliases resolve, and sub-units roll up on request")
    func aliases() throws {
        try Self.withGraph { graph, _ in
            let plain = try DyadProcess.run(["path", graph, "Tehran", "IDF"])
            #expect(plain.status == 0, "\(plain.stderr)")
            #expect(plain.stdout.contains("1. Iran ←proxy— Hezbollah —hostility— Israel Defense Forces"), "\(plain.stdout)")
            #expect(plain.stdout.contains("according to Mark Regev"))
            let rolled = try DyadProcess.run(["path", graph, "Tehran", "IDF", "--roll-up"])
            #expect(rolled.stdout.contains("1. Iran —hostility— Israel\n"), "\(rolled.stdout)")
        }
    }

    @Test("unknown and ambiguous names exit 2 with the closest candidates")
    func badNames() throws {
        try Self.withGraph { graph, _ in
            let unknown = try DyadProcess.run(["path", graph, "Hezbolah", "Russia"])
            #expect(unknown.status == 2)
            #expect(unknown.stderr.contains("no actor named \"Hezbolah\""))
            #expect(unknown.stderr.contains("hezbollah (Hezbollah)"))
            // "Quds" is an alias of two actors: the command names both ids instead of guessing.
            let ambiguous = try DyadProcess.run(["path", graph, "Quds", "Russia"])
            #expect(ambiguous.status == 2)
            #expect(ambiguous.stderr.contains("actor name \"Quds\" is ambiguous"), "\(ambiguous.stderr)")
            #expect(ambiguous.stderr.contains("al-quds-brigade (al-Quds Brigade, armed-group)"))
            #expect(ambiguous.stderr.contains("gunmen (unidentified gunmen, unknown)"))
            let clash = try DyadProcess.run(["path", graph, "Iran", "Russia", "--exclude", "Iran"])
            #expect(clash.status == 2)
            #expect(clash.stderr.contains("excluded"))
        }
    }

    @Test("no path exits 1")
    func noPath() throws {
        let result = try Self.withGraph { graph, _ in try DyadProcess.run(["path", graph, "Iraq", "Russia"]) }
        #expect(result.status == 1)
        #expect(result.stdout.contains("Iraq → Russia: no path under these constraints"))
    }

    @Test("constraints: types, excluded actors, hedged, as-of")
    func constraints() throws {
        try Self.withGraph { graph, _ in
            let typed = try DyadProcess.run(["path", graph, "Hezbollah", "Russia", "--types", "proxy,hostility,agreement"])
            #expect(typed.stdout.contains("1. Hezbollah —proxy→ Iran —hostility— Israel —agreement— Russia"), "\(typed.stdout)")
            let excluded = try DyadProcess.run(["path", graph, "Israel", "Syria", "--exclude", "Tehran", "Moscow"])
            #expect(excluded.stdout.contains("1. Israel —hostility— Syria"), "\(excluded.stdout)")
            let asserted = try DyadProcess.run(["path", graph, "Israel", "Syria", "--no-hedged"])
            #expect(asserted.stdout.contains("1. Israel —hostility— Iran —alliance— Syria"), "\(asserted.stdout)")
            let early = try DyadProcess.run(["path", graph, "Iran", "Israel", "--as-of", "2021-06-01"])
            #expect(early.status == 0)
            #expect(early.stdout.contains("Iran → Israel as of 2021-06-01"))
            let tooEarly = try DyadProcess.run(["path", graph, "Hezbollah", "Iran", "--as-of", "2021-06-01"])
            #expect(tooEarly.status == 1)
            let directed = try DyadProcess.run(["path", graph, "Iran", "Hezbollah", "--directed", "--types", "proxy"])
            #expect(directed.status == 1)
            let badDate = try DyadProcess.run(["path", graph, "Iran", "Israel", "--as-of", "October 2021"])
            #expect(badDate.status == 2)
        }
    }

    @Test(
        "every JSON output validates against Schemas/paths.schema.json",
        arguments: [
            (["path", "GRAPH", "Hezbollah", "Russia", "--json"], Int32(0)),
            (["path", "GRAPH", "Hezbollah", "Russia", "--k", "4", "--json", "--cost", "confidence"], Int32(0)),
            (["path", "GRAPH", "Israel", "Iran", "--all", "--max-hops", "3", "--json", "--as-of", "2021-12-01"], Int32(0)),
            (["path", "GRAPH", "Iraq", "Iran", "--json"], Int32(1)),
            (["connect", "GRAPH", "Hezbollah", "Russia", "al-Quds Brigade", "--json"], Int32(0)),
            (["balance", "GRAPH", "--json"], Int32(0)),
        ])
    func jsonSchema(arguments: [String], status expected: Int32) throws {
        try Self.withGraph { graph, folder in
            let result = try DyadProcess.run(arguments.map { $0 == "GRAPH" ? graph : $0 })
            #expect(result.status == expected, "\(result.stderr)")
            let out = folder.appendingPathComponent("out.json").path
            try result.stdout.write(toFile: out, atomically: true, encoding: .utf8)
            let (status, message) = try Self.checkSchema(out)
            #expect(status == 0, "\(message)")
            #expect(result.stdout.contains("\"kind\""))
        }
    }

    @Test("--pairs answers each line in order, as JSON Lines that validate")
    func pairs() throws {
        try Self.withGraph { graph, folder in
            let pairs = folder.appendingPathComponent("pairs.tsv").path
            try "# from\tto\nHezbollah\tRussia\nTehran\tNobody\n\nIsrael\tSyria\nIraq\tIran\n".write(
                toFile: pairs, atomically: true, encoding: .utf8)
            let json = try DyadProcess.run(["path", graph, "--pairs", pairs, "--json"])
            #expect(json.status == 2)
            let lines = json.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == 4)
            #expect(lines[0].contains("\"from\":{\"id\":\"hezbollah\""))
            #expect(lines[1].hasPrefix("{\"error\":") && lines[1].contains("\"line\":3"))
            #expect(lines[2].contains("\"from\":{\"id\":\"israel\""))
            #expect(lines[3].contains("\"paths\":[]"))
            let out = folder.appendingPathComponent("out.jsonl").path
            try json.stdout.write(toFile: out, atomically: true, encoding: .utf8)
            let (status, message) = try Self.checkSchema(out)
            #expect(status == 0, "\(message)")
            let text = try DyadProcess.run(["path", graph, "--pairs", "-"], input: Data("Hezbollah\tRussia\nIsrael\tSyria\n".utf8))
            #expect(text.status == 0, "\(text.stderr)")
            let first = text.stdout.range(of: "Hezbollah → Russia"), second = text.stdout.range(of: "Israel → Syria")
            #expect(first != nil && second != nil && first!.lowerBound < second!.lowerBound)
        }
    }

    @Test("connect joins three actors through a shared intermediary")
    func connect() throws {
        let result = try Self.withGraph { graph, _ in try DyadProcess.run(["connect", graph, "Hezbollah", "al-Quds Brigade", "Syria"]) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Connecting Hezbollah, al-Quds Brigade, Syria: 3 relations through Iran"), "\(result.stdout)")
    }

    @Test("balance lists the unbalanced triangle with evidence")
    func balance() throws {
        let result = try Self.withGraph { graph, _ in try DyadProcess.run(["balance", graph]) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Balance: 2 actor triangles, 2 signed triangles (1 balanced, 1 unbalanced)"), "\(result.stdout)")
        #expect(result.stdout.contains("1. Israel · Russia · Syria"))
        #expect(result.stdout.contains("(hedged) “Israel might have lowered its \"demands\" to have Assad removed.”"))
        let asserted = try Self.withGraph { graph, _ in try DyadProcess.run(["balance", graph, "--no-hedged"]) }
        #expect(asserted.stdout.contains("0 unbalanced"))
    }

    @Test("--render draws the path highlighted through the renderer (DOT and SVG)")
    func render() throws {
        try Self.withGraph { graph, folder in
            let dot = folder.appendingPathComponent("path.dot").path
            let result = try DyadProcess.run(["path", graph, "Israel", "Syria", "--render", dot])
            #expect(result.status == 0, "\(result.stderr)")
            let text = try String(contentsOfFile: dot, encoding: .utf8)
            #expect(text.contains("id=\"rel-israel-hostility-syria\""))
            #expect(text.contains("Israel might have lowered its \\\"demands\\\" to have Assad removed."), "\(text)")
            #expect(text.contains("path from Israel to Syria"))
            let svg = folder.appendingPathComponent("p.svg").path
            let drawn = try DyadProcess.run(["connect", graph, "Hezbollah", "Russia", "Iraq", "--render", svg])
            #expect(drawn.status == 1)
            #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("<svg"))
            let unknown = try DyadProcess.run(["path", graph, "Israel", "Syria", "--render", folder.appendingPathComponent("p.txt").path])
            #expect(unknown.status == 2)
        }
    }
}

extension PathCommandsTests {
    @Test("--all-shortest and --min-evidence")
    func allShortestAndEvidence() throws {
        try Self.withGraph { graph, _ in
            let all = try DyadProcess.run(["path", graph, "Hezbollah", "Syria", "--all-shortest"])
            #expect(all.status == 0, "\(all.stderr)")
            #expect(all.stdout.contains("Hezbollah → Syria: 1 shortest path"), "\(all.stdout)")
            let simple = try DyadProcess.run(["path", graph, "Hezbollah", "Syria", "--all", "--max-hops", "3", "--limit", "1"])
            #expect(simple.stdout.contains("1 simple path of at most 3 hops"), "\(simple.stdout)")
            #expect(simple.stdout.contains("(more paths left out; raise --limit)"))
            let strict = try DyadProcess.run(["path", graph, "Hezbollah", "Syria", "--min-evidence", "2"])
            #expect(strict.status == 1)
            let conflict = try DyadProcess.run(["path", graph, "Hezbollah", "Syria", "--all", "--k", "2"])
            #expect(conflict.status == 2)
        }
    }
}

extension PathCommandsTests {
    /// The seed article of the acceptance check, beside the repository (`../shared/seeds`).
    static let seedArticle = DyadProcess.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/seeds/000_797165f7f20ed22e.txt").path

    @Test(
        "acceptance: extract the seed article, then path Hezbollah Russia prints an explained path",
        .enabled(if: FileManager.default.fileExists(atPath: seedArticle))
    )
    func seedAcceptance() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = folder.appendingPathComponent("seed.json").path
        let extract = try DyadProcess.run(["extract", Self.seedArticle, "--date", "2021-11-01", "-o", graph])
        #expect(extract.status == 0, "\(extract.stderr)")
        let result = try DyadProcess.run(["path", graph, "Hezbollah", "Russia"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1. Hezbollah —"), "\(result.stdout)")
        #expect(result.stdout.contains("“"))
        #expect(result.stdout.contains("document "))
    }
}
