import Foundation
import Testing

@testable import DyadCore

@Suite("JSONWriter: text through scratch memory, bytes handed over in order")
struct JSONWriterTests {
    /// What a writer must produce for a string: ``JSONString``'s quoting into an array.
    func quoted(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        JSONString.append(text, to: &out)
        return out
    }

    @Test("strings are quoted as JSONString quotes them, escapes and separators included, at every offset")
    func stringsAsJSONString() {
        let awkward = "a\"b\\c\nd\r\t\u{0}\u{1F}e\u{2028}f\u{2029}g é中🙂 <&> \u{E2}"
        for prefix in 0..<12 {
            let text = String(repeating: "x", count: prefix) + awkward + String(repeating: "y", count: prefix)
            var writer = JSONWriter()
            writer.string(text)
            #expect(writer.take() == quoted(text), "prefix \(prefix)")
        }
    }

    @Test("pieces written across many moves out of the scratch memory come out whole and in order")
    func acrossFlushes() {
        var writer = JSONWriter(capacity: 16)
        var expected: [UInt8] = []
        var first = true
        for index in 0..<20_000 {
            let text = "item \(index) says \"\(String(repeating: "é", count: index % 37))\"\n"
            writer.key("name", first: &first)
            writer.string(text)
            writer.raw(", ")
            writer.int(index - 10_000)
            expected += Array((index == 0 ? "\"name\": " : ", \"name\": ").utf8) + quoted(text) + Array(", \(index - 10_000)".utf8)
        }
        #expect(writer.count == expected.count)
        #expect(writer.take() == expected)
    }

    @Test("a string larger than the scratch memory is written whole, and the writer goes on after it")
    func largerThanScratch() {
        let large = String(repeating: "ab\"", count: JSONWriter.scratchSize)
        var writer = JSONWriter()
        writer.raw("[")
        writer.string(large)
        writer.raw("]")
        writer.string("after")
        #expect(writer.take() == Array("[".utf8) + quoted(large) + Array("]".utf8) + quoted("after"))
    }

    @Test("take hands over every byte and leaves the writer empty")
    func takeEmpties() {
        var writer = JSONWriter()
        writer.raw(bytes: Array("{\"a\": 1}".utf8))
        writer.raw("\n")
        #expect(String(decoding: writer.take(reserving: 64), as: UTF8.self) == "{\"a\": 1}\n")
        #expect(writer.count == 0)
        writer.int(7)
        #expect(writer.take() == Array("7".utf8))
        #expect(writer.take().isEmpty)
    }
}
