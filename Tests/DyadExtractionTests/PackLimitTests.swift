import DyadCore
import Foundation
import Testing

@testable import DyadExtraction

@Suite("Pack limits and the shared pattern validation")
struct PackLimitTests {
    static let head =
        "pack: {name: p}\nactors:\n  - {id: iran, name: Iran, kind: state, aliases: [Iran]}\n  - {id: hezbollah, name: Hezbollah, kind: armed-group, aliases: [Hezbollah]}\n"

    func loadError(_ yaml: String) -> ExtractionError? {
        do {
            var (pack, _) = try PackLoader.parse(yaml: yaml, file: "p.yaml")
            pack.lexicons = try PackLoader.loadDefault().lexicons
            _ = try CompiledPack(pack)
            return nil
        } catch let error as ExtractionError {
            return error
        } catch {
            return nil
        }
    }

    func rule(_ pattern: String) -> String {
        Self.head + "rules:\n  - id: r\n    type: alliance\n    pattern: '\(pattern)'\n"
    }

    func lint(_ yaml: String) throws -> [LintIssue] {
        var pack = try PackLoader.parse(yaml: yaml, file: "p.yaml").0
        pack.lexicons = try PackLoader.loadDefault().lexicons
        return PackLinter.check(pack)
    }

    @Test("5,000 nested groups are refused at the group that goes too deep, not a stack overflow")
    func deepGroups() {
        let pattern = "@A " + String(repeating: "(", count: 5000) + "backs" + String(repeating: ")", count: 5000) + " @B"
        let error = loadError(rule(pattern))
        #expect(error?.code == .pattern)
        #expect(error?.message.contains("nest deeper than 32 levels") == true)
        // Line 8, the pattern starts at column 15 (after the quote); the 33rd `(` is 3 + 32 characters in.
        #expect(error?.line == 8 && error?.column == 15 + 3 + 32, "\(String(describing: error))")
    }

    @Test("5,000 `!` in a row are refused, not a stack overflow")
    func deepNegations() {
        let error = loadError(rule("@A " + String(repeating: "!", count: 5000) + "x @B"))
        #expect(error?.code == .pattern)
    }

    @Test(
        "YAML nested thousands deep is refused before Yams reads it",
        arguments: [
            "rules: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n",
            "rules:\n" + (1...2_000).map { String(repeating: " ", count: $0) + "- " }.joined(separator: "\n") + "\n",
            "rules:\n  " + String(repeating: "- ", count: 10_000) + "x\n",
        ])
    func deepYAML(yaml: String) {
        let error = loadError(yaml)
        #expect(error?.code == .yamlSyntax)
        #expect(error?.message.contains("nests deeper than 64 levels") == true)
        #expect(error?.line != nil && error?.column != nil)
    }

    @Test("deep nesting in a file with Windows line ends is refused too, on the line where it goes too deep")
    func deepYAMLWithCRLF() {
        let dashes = (1...100).map { String(repeating: " ", count: $0) + "- " }
        let yaml = "# r\u{e9}gles\r\nrules:\r\n" + dashes.joined(separator: "\r\n") + "\r\n"
        let error = loadError(yaml)
        #expect(error?.code == .yamlSyntax)
        #expect(error?.message.contains("nests deeper than 64 levels") == true)
        // Line 1 is the comment, line 2 `rules:`; dash line j is j + 1 indents deep plus its dash, so the 63rd
        // (line 65) is the first past 64.
        #expect(error?.line == 2 + 63, "\(String(describing: error))")
    }

    @Test("moderate nesting and brackets inside quotes are accepted")
    func normalNesting() throws {
        let yaml =
            rule("@A \"[\" backs ( x | y )? @B")
            + "    examples:\n      - {text: \"Iran backs Hezbollah [sic].\", expect: [\"iran alliance hezbollah\"]}\n"
        #expect(loadError(yaml) == nil)
    }

    @Test("aliases that expand past a million nodes are refused quickly")
    func aliasExpansion() {
        let list = "[" + Array(repeating: "x", count: 5000).joined(separator: ",") + "]"
        let yaml = "pack: {name: q}\nnote: &big \(list)\nrules:\n" + String(repeating: "  - *big\n", count: 1000)
        let started = Date()
        let error = loadError(yaml)
        #expect(error?.code == .yamlSyntax)
        #expect(error?.message.contains("aliases") == true)
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test(
        "rules check and extract refuse the same slot problems at the same column",
        arguments: [
            ("@A backs @A", "needs both @A and @B", 0),
            ("@A backs @B or @B", "each slot may occur once", 15),
            ("backs [nope] @B", "needs both @A and @B", 0),
            ("@AB backs @B", "needs both @A and @B", 0),
            ("@A:first backs @A or @B", "each slot may occur once", 15),
            ("@A:first backs @AB", "needs both @A and @B", 0),
        ])
    func sameValidation(pattern: String, message: String, column: Int) throws {
        let compiled = loadError(rule(pattern))
        #expect(compiled?.message.contains(message) == true, "\(String(describing: compiled))")
        #expect(compiled?.column == 15 + column)
        let linted = try lint(rule(pattern)).filter { $0.severity == .error }
        #expect(linted.count == 1)
        #expect(linted.first?.message.contains(message) == true)
        #expect(linted.first?.origin?.column == 15 + column)
    }

    @Test("an unknown word class is located at its bracket by both")
    func unknownClassColumn() throws {
        let yaml = rule("@A   [nope] @B")
        #expect(loadError(yaml)?.column == 15 + 5)
        #expect(try lint(yaml).first?.origin?.column == 15 + 5)
    }

    @Test(
        "rules check warns about nullable loops and many optional parts",
        arguments: [
            ("@A (very?)* backs @B", "can match nothing"),
            ("@A " + (1...14).map { "w\($0)?" }.joined(separator: " ") + " backs @B", "optional or repeated parts"),
        ])
    func stepLimitWarnings(pattern: String, warning: String) throws {
        let warnings = try lint(rule(pattern)).filter { $0.severity == .warning && $0.message.contains(warning) }
        #expect(warnings.count == 1)
    }

    @Test("a plain pattern gets no step-limit warning")
    func noWarning() throws {
        #expect(try lint(rule("@A (strongly)? backs @B")).allSatisfy { !$0.message.contains("step limit") })
    }

    @Test("a match that runs out of steps is reported with the rule's id")
    func stepLimitReported() throws {
        var (pack, _) = try PackLoader.parse(yaml: rule("@A (very?)* (much?)* backs @B"), file: "p.yaml")
        pack.lexicons = try PackLoader.loadDefault().lexicons
        let extractor = Extractor(pack: try CompiledPack(pack))
        let text = "Iran " + String(repeating: "very ", count: 10) + String(repeating: "much ", count: 10) + "backs Hezbollah."
        #expect(extractor.extract(DocumentInput(id: "d", text: text)).stepLimitRules == ["r"])
        var (plain, _) = try PackLoader.parse(yaml: rule("@A (very)* backs @B"), file: "p.yaml")
        plain.lexicons = pack.lexicons
        let bounded = Extractor(pack: try CompiledPack(plain)).extract(DocumentInput(id: "d", text: text))
        #expect(bounded.stepLimitRules.isEmpty)
    }
}
