import DyadCore
import Testing

@Suite("Diagnostic: one renderer for every located error")
struct DiagnosticTests {
    @Test("file, line and column, the severity, the line and a caret under the column")
    func located() {
        let text = Diagnostic.render(
            location: SourceLocation(file: "rules.yaml", line: 3, column: 5), message: "unknown word class", lineText: "  - [atack] @B")
        #expect(text == "rules.yaml:3:5: error: unknown word class\n  - [atack] @B\n    ^")
    }

    @Test("a location without a file takes the error's path; no location, no caret")
    func fallbacks() {
        #expect(Diagnostic.render(file: "g.json", location: SourceLocation(line: 1, column: 2), message: "m") == "g.json:1:2: error: m")
        #expect(Diagnostic.render(file: "g.json", location: nil, message: "m", lineText: "ignored") == "g.json: error: m")
        #expect(Diagnostic.render(location: nil, severity: "warning", message: "m") == "<input>: warning: m")
    }

    @Test("the line comes from text in memory, with CRLF endings trimmed")
    func lineFromMemory() {
        let location = SourceLocation(file: "a.yaml", line: 2, column: 1)
        #expect(location.lineText(in: "first\r\nsecond\r\nthird") == "second")
        #expect(SourceLocation(line: 9, column: 1).lineText(in: "only") == nil)
    }

    @Test("graph file errors print through it")
    func graphFileError() {
        var problem = GraphFileError.Problem(code: .syntax, message: "expected ','", location: SourceLocation(line: 1, column: 4))
        problem.lineText = "[1 2]"
        let error = GraphFileError(path: "g.json", problems: [problem])
        #expect(error.description == "g.json:1:4: error: expected ','\n[1 2]\n   ^")
        #expect(error.codeName == "syntax")
    }
}
