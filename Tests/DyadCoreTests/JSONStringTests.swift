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
}
