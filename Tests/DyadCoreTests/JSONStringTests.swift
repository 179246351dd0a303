import DyadCore
import Foundation
import Testing

@Suite("JSONString: the one JSON string escaper")
struct JSONStringTests {
    /// Every byte that may need escaping, among plain text and multi-byte characters.
    static let awkward = "plain \"quoted\" back\\slash\n\r\t\u{0}\u{1}\u{1F} <b>&amp; \u{2028}line\u{2029} é 中 🙂 \u{E2}\u{80}"

    func quoted(_ text: String, htmlSafe: Bool = false) -> String {
        var out: [UInt8] = []
        JSONString.append(text, htmlSafe: htmlSafe, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test("a JSON reader reads back exactly the text written, with and without htmlSafe", arguments: [false, true])
    func roundTrip(htmlSafe: Bool) throws {
        let json = quoted(Self.awkward, htmlSafe: htmlSafe)
        let read = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as? String
        #expect(read == Self.awkward)
    }

    @Test("controls, separators and (with htmlSafe) markup characters are escaped; other bytes are copied")
    func escapes() {
        #expect(quoted("a\"b\\c\nd\u{1}e\u{2028}f") == #""a\"b\\c\nd\u0001e\u2028f""#)
        #expect(quoted("<b>&") == #""<b>&""#)
        #expect(quoted("<b>&", htmlSafe: true) == #""\u003cb\u003e\u0026""#)
        #expect(quoted("é中🙂") == "\"é中🙂\"")
    }

    @Test("the eight-byte test of a byte set finds a member wherever it stands, and on ASCII only a member")
    func wordTest() {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        let markup = [UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&")]
        let sets = [
            ByteEscaper.ByteSet(controlsAnd: [quote, backslash, 0xE2]),
            ByteEscaper.ByteSet(controlsAnd: [quote, backslash, 0xE2] + markup),
            ByteEscaper.ByteSet(controlsAnd: markup + [quote, UInt8(ascii: "'"), 0xEF]),
        ]
        var generator = SystemRandomNumberGenerator()
        for set in sets {
            #expect(set.testsWords)
            var missed: [[UInt8]] = [], flagged: [[UInt8]] = []
            for round in 0..<30_000 {
                // Printable ASCII, and in every other word one byte of any value (a control, a member, a high byte).
                var bytes = (0..<8).map { _ in UInt8.random(in: 0x20...0x7E, using: &generator) }
                if round % 2 == 0 {
                    bytes[Int.random(in: 0..<8, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                }
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                let member = bytes.contains { set.contains($0) }
                // Never a member passed; a byte of 0x80 or more may flag the word (the escaper then asks byte by byte).
                if member, !set.mayHold(word) { missed.append(bytes) }
                if !member, set.mayHold(word), bytes.allSatisfy({ $0 < 0x80 }) { flagged.append(bytes) }
            }
            #expect(missed.isEmpty, "members passed: \(missed.prefix(3))")
            #expect(flagged.isEmpty, "ASCII words without a member flagged: \(flagged.prefix(3))")
        }
    }

    @Test("long texts with a character to escape at every offset are escaped as byte by byte")
    func escapesAtEveryOffset() throws {
        // Trailing runs shorter than eight bytes put the character among the last bytes, which are tested together.
        for special in ["\"", "\\", "\n", "\u{1}", "\u{2028}", "<", "é"] {
            for offset in 0..<24 {
                for trailing in [0, 1, 3, 6, 7, 8, 17] {
                    let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: trailing)
                    let json = quoted(text, htmlSafe: true)
                    let read = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as? String
                    #expect(read == text)
                    #expect(!json.contains("<") && !json.contains("\u{2028}"))
                }
            }
        }
    }
}
