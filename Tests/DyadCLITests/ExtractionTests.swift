import Foundation
import Testing

@Suite("dyad extract, eval and rules")
struct ExtractionTests {
    static let fixtures = DyadProcess.packageRoot.appendingPathComponent("Tests/DyadExtractionTests/Fixtures")
    static let testPack = fixtures.appendingPathComponent("testpack").path

    @Test("extract --explain shows every construct of the end-to-end text with its rule")
    func explainEndToEnd() throws {
        let r = try DyadProcess.run([
            "extract", Self.fixtures.appendingPathComponent("endtoend.txt").path, "--rules", Self.testPack, "--explain", "-o", "-",
        ])
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
        let r = try DyadProcess.run(
            ["extract", "-", "--rules", Self.fixtures.appendingPathComponent("broken/syntax.yaml").path],
            input: Data("Iran attacked Israel.".utf8))
        #expect(r.status == 2)
        #expect(r.stderr.contains("syntax.yaml:"))
    }

    @Test("a missing input is reported before the pack is read", arguments: [["missing.txt"], ["--jsonl", "missing.jsonl"]])
    func missingInputFirst(input: [String]) throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A pack that is broken too: its error would come first if the pack were read first.
        let broken = Self.fixtures.appendingPathComponent("broken/syntax.yaml").path
        let missing = input.map { $0.hasPrefix("missing") ? folder.appendingPathComponent($0).path : $0 }
        let r = try DyadProcess.run(["extract"] + missing + ["--rules", broken])
        #expect(r.status == 2)
        #expect(r.stderr.contains(missing.last!))
        #expect(!r.stderr.contains("syntax.yaml"))
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
        for needle in [
            "duplicate rule id `r1`", "unknown word class `[miss]`", "claimed by `alpha` and `beta`", "unknown actor `gamma`",
            "ends before it starts", "is stale", "pack.yaml:",
        ] {
            #expect(r.stdout.contains(needle), "missing: \(needle)")
        }
    }

    @Test("eval agrees with the graph it writes")
    func evalWritesGraph() throws {
        let folder = try DyadProcess.temporaryFolder()
        let gold = folder.appendingPathComponent("gold.jsonl")
        let line =
            #"{"id": "g1", "text": "Iran attacked Israel.", "actors": [{"canonical": "Iran", "mention": "Iran"}, {"canonical": "Israel", "mention": "Israel"}], "relations": [{"a": "Iran", "type": "hostility", "b": "Israel", "modality": "asserted"}]}"#
        try Data((line + "\n").utf8).write(to: gold)
        let r = try DyadProcess.run([
            "eval", "--gold", gold.path, "--rules", Self.testPack, "--json", "-o", folder.appendingPathComponent("g.json").path,
        ])
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

    /// The figures of `dyad eval --json` on a gold file.
    static func evalFigures(_ gold: String, _ extra: [String] = []) throws -> (precision: Double, recall: Double, f1: Double) {
        let r = try DyadProcess.run(["eval", "--gold", gold, "--json"] + extra, timeout: 600)
        #expect(r.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        return (object?["precision"] as? Double ?? 0, object?["recall"] as? Double ?? 0, object?["f1"] as? Double ?? 0)
    }

    /// The numbers of a threshold file (comment lines start with #).
    static func thresholds(_ name: String) throws -> [Double] {
        let text = try String(contentsOf: DyadProcess.packageRoot.appendingPathComponent("Tests/Data/\(name)"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.flatMap { $0.split(separator: " ") }.compactMap { Double($0) }
    }

    @Test(
        "dyad eval on the real-news development set stays above its ratcheted precision and recall",
        .enabled(
            if: FileManager.default.fileExists(
                atPath: DyadProcess.packageRoot.appendingPathComponent("../shared/news-dev/news-dev.jsonl").path)))
    func newsDevThreshold() throws {
        let gold = DyadProcess.packageRoot.appendingPathComponent("../shared/news-dev/news-dev.jsonl").standardizedFileURL.path
        let limits = try Self.thresholds("news-dev.threshold")
        #expect(limits.count == 2)
        let figures = try Self.evalFigures(gold)
        #expect(figures.precision >= limits.first ?? 1, "precision \(figures.precision) fell below \(limits.first ?? 1)")
        #expect(figures.recall >= limits.last ?? 1, "recall \(figures.recall) fell below \(limits.last ?? 1)")
    }

    @Test("dyad eval on the held-out gold-small set stays above its ratcheted F1")
    func goldSmallThreshold() throws {
        let limit = try Self.thresholds("gold-small.threshold").first ?? 1
        let figures = try Self.evalFigures(DyadProcess.packageRoot.appendingPathComponent("Tests/Data/gold-small.jsonl").path)
        #expect(figures.f1 >= limit, "F1 \(figures.f1) fell below \(limit)")
    }

    @Test("dyad train refuses a bad gold line with file:line:col and exit 2")
    func trainBadGold() throws {
        let folder = try DyadProcess.temporaryFolder()
        let gold = folder.appendingPathComponent("bad.jsonl")
        try Data("{\"id\":\"a\",\"text\":\"Iran attacked Israel.\"}\n[1, 2]\n".utf8).write(to: gold)
        let r = try DyadProcess.run(["train", "--gold", gold.path, "-o", folder.appendingPathComponent("m.dyadmodel").path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.jsonl:2:1"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("m.dyadmodel").path))
    }

    @Test("dyad train writes a model that dyad extract --model uses, and --no-model turns it off")
    func trainAndUse() throws {
        let folder = try DyadProcess.temporaryFolder()
        let gold = DyadProcess.packageRoot.appendingPathComponent("Tests/Data/devset.jsonl").path
        let model = folder.appendingPathComponent("m.dyadmodel").path
        let trained = try DyadProcess.run(["train", "--gold", gold, "-o", model, "--threshold", "0.05"])
        #expect(trained.status == 0)
        #expect(trained.stdout.contains("strongest hostility:"))
        let text = "Ankara and Athens traded barbs over the drilling ship this week."
        let withModel = try DyadProcess.run(["extract", "-", "--model", model, "-o", "-"], input: Data(text.utf8))
        #expect(withModel.status == 0)
        #expect(withModel.stdout.contains("\"rule\": \"model\""))
        #expect(withModel.stdout.contains("\"score\": "))
        let without = try DyadProcess.run(["extract", "-", "--model", model, "--no-model", "-o", "-"], input: Data(text.utf8))
        #expect(!without.stdout.contains("\"rule\": \"model\""))
        let stale = folder.appendingPathComponent("stale.dyadmodel")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: model))
        bytes[12] = 99
        try bytes.write(to: stale)
        let refused = try DyadProcess.run(["extract", "-", "--model", stale.path], input: Data(text.utf8))
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("retrain"))
    }
}
