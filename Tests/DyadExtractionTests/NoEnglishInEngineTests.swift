import Foundation
import Testing

@testable import DyadExtraction

/// Every word the engine reads lives in the pack: the engine's Swift holds mechanisms only.
@Suite("Engine words live in the pack")
struct NoEnglishInEngineTests {
    static let engine = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/DyadExtraction/Engine").standardizedFileURL
    /// Files that read input formats: their literals are field names of the JSON and front-matter formats.
    static let formatReaders: Set<String> = ["DocumentInput.swift", "Extractor+Batch.swift"]

    @Test("no engine source file has a word as a string literal (words belong in the pack's lexicons)")
    func noWordLiterals() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.engine.path).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 10)
        let literal = try NSRegularExpression(pattern: #""[A-Za-z][A-Za-z'’]*""#)
        var found: [String] = []
        for file in files where !Self.formatReaders.contains(file) {
            let text = try String(contentsOf: Self.engine.appendingPathComponent(file), encoding: .utf8)
            for (n, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var line = String(rawLine)
                if let comment = line.range(of: "//") { line = String(line[..<comment.lowerBound]) }
                let range = NSRange(line.startIndex..., in: line)
                for match in literal.matches(in: line, range: range) {
                    found.append("\(file):\(n + 1): \((line as NSString).substring(with: match.range))")
                }
            }
        }
        #expect(found.isEmpty, "word literals in the engine: \(found.joined(separator: "; "))")
    }

    @Test("the scan itself finds a word literal")
    func scanFindsLiterals() throws {
        let literal = try NSRegularExpression(pattern: #""[A-Za-z][A-Za-z'’]*""#)
        let line = #"if word == "the" { }"#
        #expect(literal.numberOfMatches(in: line, range: NSRange(line.startIndex..., in: line)) == 1)
    }

    @Test("a pack without the engine's lexicons fails rules check and does not compile, naming what is missing")
    func missingLexicons() throws {
        let yaml = "rules:\n  - id: x\n    type: hostility\n    pattern: \"@A attacked @B\"\n"
        let (pack, _) = try PackLoader.parse(yaml: yaml, file: "bare.yaml")
        let issues = PackLinter.check(pack)
        #expect(
            issues.contains { $0.severity == .error && $0.message.contains("definite-article") && $0.message.contains("extends: default") })
        #expect {
            try CompiledPack(pack)
        } throws: { error in
            (error as? ExtractionError)?.message.contains("coordinator") == true
        }
    }

    @Test("a single-word lexicon with two words is refused")
    func singleWordLexicon() throws {
        var pack = try PackLoader.loadDefault()
        #expect(PackLinter.check(pack).filter { $0.severity == .error }.isEmpty)
        pack.lexicons["definite-article"] = ["the", "thee"]
        #expect(PackLinter.check(pack).contains { $0.message.contains("`definite-article` must hold exactly 1") })
    }

    @Test("the engine reads its words from the pack: another coordinator word joins lists")
    func wordsComeFromThePack() throws {
        var pack = try PackLoader.loadDefault()
        let text = "Iran und Syria attacked Israel."
        let before = Extractor(pack: try CompiledPack(pack)).extract(DocumentInput(id: "a", text: text)).relations.map(\.source)
        #expect(!before.contains("iran"))
        pack.lexicons["coordinator"] = ["und"]
        let after = Extractor(pack: try CompiledPack(pack)).extract(DocumentInput(id: "a", text: text)).relations.map(\.source)
        #expect(after.contains("iran") && after.contains("syria"))
    }
}
