import Foundation
import Testing

@testable import DyadCore

/// The JSON reader's strings: it skips eight plain bytes at a time and copies the runs between escapes whole, so
/// every special byte must be found wherever it stands.
@Suite("JSONReader strings")
struct JSONReaderStringTests {
    /// Reads one JSON string value.
    func read(_ json: String) throws -> String {
        let bytes = Array(json.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(buffer)
            return try reader.readString()
        }
    }

    @Test("the eight-byte test flags a word exactly when it holds a quote, a backslash or a control byte")
    func wordTest() {
        var generator = SystemRandomNumberGenerator()
        var wrong: [[UInt8]] = []
        for round in 0..<60_000 {
            // Printable ASCII with, in most words, one or two bytes of any value (specials, controls, high bytes).
            var bytes = (0..<8).map { _ in UInt8.random(in: 0x20...0x7E, using: &generator) }
            for _ in 0..<(round % 3) { bytes[Int.random(in: 0..<8, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let special = bytes.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }
            if JSONReader.plainRunEnds.mayHold(word) != special { wrong.append(bytes) }
        }
        #expect(wrong.isEmpty, "words judged wrongly: \(wrong.prefix(3))")
    }

    @Test("escapes and characters beyond ASCII at every offset read as Foundation reads them")
    func specialsAtEveryOffset() throws {
        for special in [#"\""#, #"\\"#, #"\n"#, #"\u00e9"#, #"\ud83d\ude42"#, "é", "中", "🙂", #"\/"#] {
            for offset in 0..<20 {
                let json = "\"" + String(repeating: "a", count: offset) + special + String(repeating: "b", count: 19 - offset) + "\""
                let expected = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as? String
                #expect(try read(json) == expected, "\(json)")
            }
        }
    }

    @Test("a control byte or a missing closing quote is an error wherever it stands")
    func errorsAtEveryOffset() {
        for offset in 0..<20 {
            let text = String(repeating: "a", count: offset)
            #expect(throws: JSONReader.SyntaxError.self) { try read("\"" + text + "\u{1}" + text + "\"") }
            #expect(throws: JSONReader.SyntaxError.self) { try read("\"" + text) }
            // Invalid UTF-8 beyond ASCII is found after a run of plain bytes too.
            let bytes = Array(("\"" + text).utf8) + [0xFF] + Array((text + "\"").utf8)
            #expect(throws: JSONReader.SyntaxError.self) {
                try bytes.withUnsafeBufferPointer { buffer in
                    var reader = JSONReader(buffer)
                    _ = try reader.readString()
                }
            }
        }
    }

    @Test("a bad escape is an error at the escape, in ASCII text and beside characters beyond ASCII")
    func badEscapes() {
        for prefix in ["ab", "é\\n", "a\\tb"] {
            for (escape, at) in [(#"\x"#, 0), (#"\u12G4"#, 4), (#"\ud83d"#, 6), (#"\udc00"#, 0), (#"\u12"#, 2)] {
                let json = "\"" + prefix + escape + "\""
                let error = #expect(throws: JSONReader.SyntaxError.self) { try read(json) }
                // The offset counts bytes from the start of the JSON text (the opening quote is byte 0).
                #expect(error?.offset == 1 + prefix.utf8.count + at, "\(json)")
            }
        }
    }

    @Test("escaped text with invalid UTF-8 beside the escapes is an error; valid text beside them reads back")
    func escapesBesideOtherBytes() throws {
        let invalid = Array("\"a\\n".utf8) + [0xC3] + Array("b\"".utf8)
        #expect(throws: JSONReader.SyntaxError.self) {
            try invalid.withUnsafeBufferPointer { buffer in
                var reader = JSONReader(buffer)
                _ = try reader.readString()
            }
        }
        #expect(try read(#""é\n\u4e2d\ud83d\ude42 x""#) == "é\n中🙂 x")
        #expect(try read(#""plain\u0000\t""#) == "plain\u{0}\t")
    }
}
