import DyadCore
import Foundation
import Testing

@testable import DyadExtraction

@Suite("Rule pack errors")
struct PackErrorTests {
    func compile(_ yaml: String) -> ExtractionError? {
        do {
            let (pack, _) = try PackLoader.parse(yaml: yaml, file: "p.yaml")
            _ = try CompiledPack(pack)
            return nil
        } catch let error as ExtractionError {
            return error
        } catch {
            return nil
        }
    }

    @Test("YAML syntax errors are located")
    func syntax() {
        let e = compile("rules:\n  - id: x\n    pattern: \"@A\n")
        #expect(e?.code == .yamlSyntax)
        #expect(e?.line != nil)
    }

    @Test("unknown fields are located at the key")
    func unknownField() {
        let e = compile("rules:\n  - id: x\n    type: hostility\n    patern: \"@A x @B\"\n")
        #expect(e?.code == .schema)
        #expect(e?.line == 4 && e?.column == 5)
    }

    @Test("bad patterns are located inside the pattern")
    func badPattern() {
        let e = compile("rules:\n  - id: x\n    type: hostility\n    pattern: \"@A (x @B\"\n")
        #expect(e?.code == .pattern)
        #expect(e?.line == 4)
    }

    @Test("unknown word classes are reported")
    func unknownClass() {
        let e = compile("rules:\n  - id: x\n    type: hostility\n    pattern: \"@A [nope] @B\"\n")
        #expect(e?.code == .unknownWordClass)
        #expect(e?.description.contains("[nope]") == true)
    }

    @Test("`!` needs a word, a class or a group")
    func badLookahead() {
        #expect(compile("rules:\n  - id: x\n    type: hostility\n    pattern: \"@A ! @B\"\n")?.code == .pattern)
    }

    @Test("a pattern needs its slots")
    func slots() {
        #expect(compile("rules:\n  - id: x\n    type: hostility\n    pattern: \"@A attacked\"\n")?.code == .pattern)
    }

    @Test("the test pack's examples pass")
    func examples() throws {
        let results = try RuleTester.run(Fixture.pack)
        #expect(results.count == 12)
        #expect(results.filter { !$0.passed }.map(\.rule) == [])
    }

    @Test("the linter finds planted problems")
    func linter() throws {
        let yaml = """
            actors:
              - {id: a, name: A, kind: state, aliases: [Alpha]}
              - {id: a, name: A2, kind: state}
              - {id: b, name: B, kind: state, aliases: [Alpha], partOf: zed}
              - {id: g, name: G, kind: armed-group, basedIn: p}
              - id: p
                kind: person
                roles:
                  - {title: president, of: a, from: 2001-01-01}
                  - {title: president, of: b, from: 2005-01-01}
              - id: q
                kind: person
                roles:
                  - {title: president, of: a, from: 2010-01-01}
            classes:
              - {name: hit, words: [hit]}
            rules:
              - {id: r, type: hostility, pattern: "@A [hit] @B"}
              - {id: r, type: hostility, pattern: "@A [miss] @B"}
            """
        let (pack, _) = try PackLoader.parse(yaml: yaml, file: "p.yaml")
        let messages = PackLinter.check(pack).map(\.message).joined(separator: "\n")
        for needle in [
            "duplicate rule id", "unknown word class `[miss]`", "duplicate actor id", "claimed by", "unknown actor `zed`", "overlap",
            "stale", "basedIn `p`, which is no state",
        ] {
            #expect(messages.contains(needle), "missing: \(needle)")
        }
    }
}

@Suite("pattern errors show their line from the pack text in memory")
struct PatternErrorLineTests {
    @Test("a pattern that does not compile is located with the line kept at load time, not read again")
    func lineFromLoadedText() throws {
        var pack = try PackLoader.load(path: Fixture.path("scopepack"))
        try #require(!pack.rules.isEmpty)
        let origin = try #require(pack.rules[0].patternOrigins.first ?? nil)
        let file = try #require(origin.file)
        // Change the kept text: the error must show it, which proves nothing is read from disk.
        var lines = try #require(pack.sources[file]).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[origin.line - 1] = "MARKER LINE KEPT IN MEMORY"
        pack.sources[file] = lines.joined(separator: "\n")
        pack.rules[0].patterns = ["@A [attack] (((  @B"]
        pack.rules[0].patternOrigins = [origin]
        let error = #expect(throws: ExtractionError.self) { try CompiledPack(pack) }
        #expect(error?.code == .pattern)
        #expect(error?.lineText == "MARKER LINE KEPT IN MEMORY")
        #expect(error?.description.contains("\nMARKER LINE KEPT IN MEMORY\n") == true, "\(String(describing: error))")
        #expect(error?.description.hasPrefix("\(file):\(origin.line):") == true)
    }

    @Test("a folder's files load on all cores but join in sorted order, and the first bad file is the one reported")
    func folderOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ name: String, _ text: String) throws {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let rule = { (id: String) in "rules:\n  - id: \(id)\n    type: hostility\n    pattern: \"@A \(id) @B\"\n" }
        for (index, id) in ["c", "a", "d", "b", "f", "e"].enumerated() { try write("\(id)\(index).yaml", rule(id)) }
        let pack = try PackLoader.load(path: folder.path)
        #expect(pack.rules.map(\.id) == ["a", "b", "c", "d", "e", "f"])
        // Two bad files: the one that sorts first is reported, whichever finished first.
        try write("b9.yaml", "rules:\n  - id: x\n    patern: y\n")
        try write("e9.yaml", "rules: [\n")
        for _ in 0..<5 {
            do {
                _ = try PackLoader.load(path: folder.path)
                Issue.record("a folder with bad files loaded")
            } catch let error as ExtractionError {
                #expect(error.file?.hasSuffix("b9.yaml") == true, "\(error)")
            }
        }
    }
}
