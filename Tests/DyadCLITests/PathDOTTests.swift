import Testing
@testable import DyadCLI

@Suite("Temporary DOT writer for --render")
struct PathDOTTests {
    @Test("quoting escapes quotes, backslashes and line breaks and drops control characters", arguments: [
        ("plain", "\"plain\""),
        ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("a\\b", "\"a\\\\b\""),
        ("x\"]; node [image=\"/etc/passwd\"", "\"x\\\"]; node [image=\\\"/etc/passwd\\\"\""),
        ("line\nbreak\u{07}", "\"line\\nbreak\""),
    ])
    func quoting(text: String, expected: String) {
        #expect(PathDOT.quoted(text) == expected)
    }
}
