import Foundation
import Testing

@Suite("dyad extract, eval and rules")
struct ExtractionTests {
    static let fixtures = DyadProcess.packageRoot.appendingPathComponent("Tests/DyadExtractionTests/Fixtures")
    static let testPack = fixtures.appendingPathComponent("testpack").path

    @Test("extract --explain shows every construct of the end-to-end text with its rule")
    func explainEndToEnd() throws {
        let r = try DyadProcess.run(["extract", Self.fixtures.appendingPathComponent("endtoend.txt").path, "--rules", Self.testPack, "--explain", "-o", "-"])
        #expect(r.status == 0)
        for rule in ["t-attack", "t-passive", "t-copula", "t-proxy-possessive", "t-proxy-compound", "t-relative", "t-agreement"] {
            #expect(r.stderr.contains("\(rule):"), "no \(rule) in --explain")
        }
        #expect(r.stderr.contains("learned: Dayro Zcuro → Deir ez-Zor"))
        #expect(r.stderr.contains("[hedged]") && r.stderr.contains("[negated]"))
        #expect(r.stderr.contains("says Mark Regev"))
        #expect(r.stdout.contains("\"published\""))
    }

    @Test("extract --into merges idempotently")
    func intoIsIdempotent() throws {
        let folder = try DyadProcess.temporaryFolder()
        let graph = folder.appendingPathComponent("g.json").path
        let text = Self.fixtures.appendingPathComponent("endtoend.txt").path
        _ = try DyadProcess.run(["extract", text, "--rules", Self.testPack, "--into", graph])
        let first = try String(contentsOfFile: graph, encoding: .utf8)
        _ = try DyadProcess.run(["extract", text, "--rules", Self.testPack, "--into", graph])
        #expect(try String(contentsOfFile: graph, encoding: .utf8) == first)
    }

    @Test("a bad rule file is a located error with exit 2")
    func badRules() throws {
        let r = try DyadProcess.run(["extract", "-", "--rules", Self.fixtures.appendingPathComponent("broken/syntax.yaml").path], input: Data("Iran attacked Israel.".utf8))
        #expect(r.status == 2)
        #expect(r.stderr.contains("syntax.yaml:"))
    }

    @Test("a bad JSONL line is a located error with exit 2")
    func badJSONL() throws {
        let folder = try DyadProcess.temporaryFolder()
        let file = folder.appendingPathComponent("in.jsonl")
        try Data("{\"id\":\"a\",\"text\":\"x\"}\nnot json\n".utf8).write(to: file)
        let r = try DyadProcess.run(["extract", "--jsonl", file.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("in.jsonl:2:1"))
    }

    @Test("rules test passes on the test pack and the bundled pack")
    func rulesTest() throws {
        #expect(try DyadProcess.run(["rules", "test", Self.testPack]).status == 0)
        let bundled = try DyadProcess.run(["rules", "test"])
        #expect(bundled.status == 0, "\(bundled.stdout)")
    }

    @Test("rules check passes on the bundled pack")
    func rulesCheck() throws {
        let r = try DyadProcess.run(["rules", "check"])
        #expect(r.status == 0, "\(r.stdout)")
    }

    @Test("rules check finds the planted problems of a broken pack, located, with exit 1")
    func rulesCheckBroken() throws {
        let r = try DyadProcess.run(["rules", "check", Self.fixtures.appendingPathComponent("lint").path])
        #expect(r.status == 1)
        for needle in ["duplicate rule id `r1`", "unknown word class `[miss]`", "claimed by `alpha` and `beta`", "unknown actor `gamma`",
                       "ends before it starts", "is stale", "pack.yaml:"] {
            #expect(r.stdout.contains(needle), "missing: \(needle)")
        }
    }

    @Test("eval agrees with the graph it writes")
    func evalWritesGraph() throws {
        let folder = try DyadProcess.temporaryFolder()
        let gold = folder.appendingPathComponent("gold.jsonl")
        let line = #"{"id": "g1", "text": "Iran attacked Israel.", "actors": [{"canonical": "Iran", "mention": "Iran"}, {"canonical": "Israel", "mention": "Israel"}], "relations": [{"a": "Iran", "type": "hostility", "b": "Israel", "modality": "asserted"}]}"#
        try Data((line + "\n").utf8).write(to: gold)
        let r = try DyadProcess.run(["eval", "--gold", gold.path, "--rules", Self.testPack, "--json", "-o", folder.appendingPathComponent("g.json").path])
        #expect(r.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(object?["f1"] as? Double == 1.0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("g.json").path))
    }

    @Test("dyad eval on the dev set stays above the ratcheted F1 threshold")
    func devsetThreshold() throws {
        let root = DyadProcess.packageRoot
        let threshold = try String(contentsOf: root.appendingPathComponent("Tests/Data/devset.threshold"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let r = try DyadProcess.run(["eval", "--gold", root.appendingPathComponent("Tests/Data/devset.jsonl").path, "--json"])
        #expect(r.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let f1 = object?["f1"] as? Double ?? 0
        #expect(f1 >= (Double(threshold) ?? 1), "F1 \(f1) fell below \(threshold)")
    }
}
