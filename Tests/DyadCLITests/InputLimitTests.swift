import Foundation
import Testing

@Suite("Bounded work and memory on hostile inputs")
struct InputLimitTests {
    /// A graph relating every pair of `count` actors, with two types on every other pair.
    static func denseGraph(_ count: Int) -> String {
        let actors = (0..<count).map { "{\"id\": \"a\($0)\", \"name\": \"Actor \($0)\", \"kind\": \"state\"}" }
        var relations: [String] = []
        for i in 0..<count {
            for j in (i + 1)..<max(i + 1, count) {
                for type in ["alliance", "hostility"].prefix(1 + (i + j) % 2) {
                    relations.append(
                        "{\"source\": \"a\(i)\", \"target\": \"a\(j)\", \"type\": \"\(type)\", \"evidence\": [{\"document\": \"d\", \"sentence\": \"s\", \"rule\": \"manual\", \"modality\": \"asserted\"}]}"
                    )
                }
            }
        }
        return
            "{\"documents\": [{\"id\": \"d\"}], \"actors\": [\(actors.joined(separator: ","))], \"relations\": [\(relations.joined(separator: ","))]}"
    }

    static func withGraph(_ count: Int, _ body: (String) throws -> Void) throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("dense.json").path
        try denseGraph(count).write(toFile: path, atomically: true, encoding: .utf8)
        try body(path)
    }

    @Test(
        "path --all with 50 hops on a dense graph stops at its budget and says so",
        arguments: [
            ["--all", "--max-hops", "50", "--limit", "1000000000"], ["--k", "100000"],
        ])
    func pathBudget(mode: [String]) throws {
        try Self.withGraph(30) { graph in
            let started = Date()
            let result = try DyadProcess.runWithEnvironment(
                ["path", graph, "Actor 0", "Actor 7"] + mode + ["--json"], environment: ["DYAD_MAX_PATH_STATES": "200000"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("the path search stopped after exploring 200000 states"), "\(result.stderr)")
            #expect(result.stdout.contains("\"truncated\" : true"))
            #expect(Date().timeIntervalSince(started) < 60)
        }
    }

    @Test("a 1,000-character actor name is answered at once, shortened in the message")
    func longQuery() throws {
        try Self.withGraph(40) { graph in
            let started = Date()
            let result = try DyadProcess.run(["show", graph, "--actor", String(repeating: "actor ", count: 170)], timeout: 30)
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("no actor named \"actor actor"))
            #expect(result.stderr.count < 300)
            #expect(Date().timeIntervalSince(started) < 10)
        }
    }

    @Test(
        "binary streams are refused in the first chunk with a location",
        arguments: [
            ["validate", "/dev/zero"], ["stats", "/dev/urandom"], ["extract", "/dev/zero"], ["merge", "/dev/zero", "-o", "-"],
        ])
    func binaryStreams(arguments: [String]) throws {
        let result = try DyadProcess.run(arguments, timeout: 30)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(": error: binary data (a NUL byte); expected text"), "\(result.stderr)")
        #expect(result.stderr.range(of: #"^/dev/(zero|urandom):\d+:\d+: "#, options: .regularExpression) != nil)
    }

    @Test("a document past DYAD_MAX_DOCUMENT_BYTES on standard input is refused, not read to the end")
    func endlessDocument() throws {
        let text = String(repeating: "Iran backs Hezbollah ", count: 60_000)
        let result = try DyadProcess.runWithEnvironment(
            ["extract", "-"], environment: ["DYAD_MAX_DOCUMENT_BYTES": "1m"], input: Data(text.utf8))
        #expect(result.status == 2)
        #expect(result.stderr == "-: error: the input is larger than 1 MiB; set DYAD_MAX_DOCUMENT_BYTES to allow more\n")
    }

    @Test("a JSON Lines line past DYAD_MAX_LINE_BYTES is refused with its line number")
    func longLine() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("g.jsonl").path
        try ("{\"kind\": \"actor\", \"id\": \"a\", \"name\": \"A\", \"kind\": \"state\"}\n" + String(repeating: "x", count: 3 << 20)).write(
            toFile: path, atomically: true, encoding: .utf8)
        let result = try DyadProcess.runWithEnvironment(["validate", path], environment: ["DYAD_MAX_LINE_BYTES": "1m"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(path):2:1: error: line is longer than 1 MiB"), "\(result.stderr)")
    }

    @Test(
        "numbers out of range are refused with the option's name",
        arguments: [
            (["render", "GRAPH", "--timeout", "inf"], "--timeout"), (["render", "GRAPH", "--timeout", "1e19"], "--timeout"),
            (["render", "GRAPH", "--timeout", "nan"], "--timeout"),
            (["path", "GRAPH", "Iran", "Israel", "--k", "-5"], "--k must be at least 1"),
            (["path", "GRAPH", "Iran", "Israel", "--all", "--max-hops", "-1"], "--max-hops"),
            (["render", "GRAPH", "--hops", "-2"], "--hops"),
            (["diff", "GRAPH", "GRAPH", "--min-confidence-change", "nan"], "--min-confidence-change"),
        ])
    func numbers(arguments: [String], option: String) throws {
        let graph = DyadProcess.packageRoot.appendingPathComponent("Samples/graphs/levant-2021.json").path
        let result = try DyadProcess.run(arguments.map { $0 == "GRAPH" ? graph : $0 })
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(option), "\(result.stderr)")
        #expect(!result.stderr.contains("Missing value"))
    }

    @Test("DYAD_MAX_SENTENCE_TOKENS bounds the tokens read per sentence")
    func sentenceTokens() throws {
        let text = String(repeating: "Officials ", count: 18) + "Iran backs Hezbollah."
        let cut = try DyadProcess.runWithEnvironment(
            ["extract", "-"], environment: ["DYAD_MAX_SENTENCE_TOKENS": "20"], input: Data(text.utf8))
        let whole = try DyadProcess.runWithEnvironment(["extract", "-"], environment: [:], input: Data(text.utf8))
        #expect(cut.status == 0 && whole.status == 0)
        #expect(!cut.stdout.contains("\"type\": \"proxy\""), "the relation crosses the 20th token")
        #expect(whole.stdout.contains("\"type\": \"proxy\""))
    }
}
