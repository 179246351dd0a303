import Testing

@testable import DyadCore

@Suite("JSONValue: whole values through the core's JSON reader")
struct JSONValueTests {
    @Test("objects, arrays, strings, numbers, booleans and null read back")
    func values() throws {
        let value = try JSONValue.parse(#"{"id": 7, "text": "Iran \u2019s ally", "tags": ["a", null, true], "x": -1.5e2}"#)
        #expect(value["id"]?.number == 7)
        #expect(value["text"]?.string == "Iran \u{2019}s ally")
        #expect(value["tags"] == .array([.string("a"), .null, .bool(true)]))
        #expect(value["x"]?.number == -150)
        #expect(value["missing"] == nil)
        #expect(try JSONValue.parse("  \"fragment\"\n") == .string("fragment"))
    }

    @Test(
        "bad text is refused at the offset of the problem",
        arguments: [
            ("{\"a\": 1,}", 8, "expected a quoted key"),
            ("[1 2]", 3, "expected ',' or ']'"),
            ("{\"a\": 1} x", 9, "unexpected text after the JSON value"),
            ("", 0, "unexpected end of file"),
            ("\"\u{01}\"", 1, "control character"),
        ])
    func refusals(text: String, offset: Int, message: String) {
        #expect {
            try JSONValue.parse(text)
        } throws: { error in
            guard let error = error as? JSONValue.SyntaxError else { return false }
            return error.offset == offset && error.message.contains(message)
        }
    }

    @Test("nesting deeper than the reader's limit is refused, not a stack overflow")
    func depth() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONValue.SyntaxError.self) { try JSONValue.parse(deep) }
    }
}
