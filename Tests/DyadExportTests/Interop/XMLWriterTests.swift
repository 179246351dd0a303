import Foundation
import Testing

@testable import DyadExport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects the text and attributes of every element, as an XML parser reads them.
final class XMLCollector: NSObject, XMLParserDelegate {
    var texts: [String: [String]] = [:]
    var attributes: [String: [[String: String]]] = [:]
    private var stack: [String] = []
    private var buffer = ""

    /// Parses `bytes`; returns the parser's error, if any.
    func parse(_ bytes: [UInt8]) -> Error? {
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = self
        return parser.parse() ? nil : (parser.parserError ?? CocoaError(.fileReadCorruptFile))
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        stack.append(name)
        buffer = ""
        self.attributes[name, default: []].append(attributes)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        texts[name, default: []].append(buffer)
        buffer = ""
        stack.removeLast()
    }
}

/// The XML writer's escaping, checked against Foundation's XMLParser (libxml2).
@Suite struct XMLWriterTests {
    static let hostile: [String] = [
        "plain", "a & b", "<script>alert(1)</script>", "\"quoted\" and 'single'", "]]>", "<![CDATA[x]]>", "&amp; already escaped",
        "tab\there", "line\nbreak", "carriage\rreturn", "crlf\r\nend", "  spaces  ", "Ba’ath — “quoted” ✓ 🇮🇷", "<!-- comment -->",
        "<?xml version=\"1.0\"?>", "&#x41; &lt;", "=cmd|' /C calc'!A0",
    ]

    static func roundTrip(_ value: String) throws -> (text: String?, attribute: String?) {
        var writer = XMLWriter()
        writer.open("root")
        writer.element("item", ["value": value], text: value)
        let collector = XMLCollector()
        if let error = collector.parse(writer.finish()) { throw error }
        return (collector.texts["item"]?.first, collector.attributes["item"]?.first?["value"])
    }

    @Test(arguments: hostile)
    func textAndAttributesComeBackAsWritten(_ value: String) throws {
        let result = try Self.roundTrip(value)
        #expect(result.text == value)
        #expect(result.attribute == value)
    }

    @Test(arguments: ["nul\u{0}byte", "bell\u{7}", "escape\u{1B}[31m", "noncharacter\u{FFFE}", "\u{FFFF}"])
    func charactersXMLForbidsBecomeReplacementCharacters(_ value: String) throws {
        let expected = String(String.UnicodeScalarView(value.unicodeScalars.map { XMLWriter.isAllowed($0) ? $0 : "\u{FFFD}" }))
        let result = try Self.roundTrip(value)
        #expect(result.text == expected)
        #expect(result.attribute == expected)
        #expect(!expected.unicodeScalars.contains { !XMLWriter.isAllowed($0) })
    }

    @Test func emptyElementsAndNestingAreWellFormed() throws {
        var writer = XMLWriter()
        writer.open("a", ["x": "1", "skipped": nil])
        writer.open("b")
        writer.element("c")
        writer.close()
        let text = String(decoding: writer.finish(), as: UTF8.self)
        #expect(text == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a x=\"1\">\n  <b>\n    <c/>\n  </b>\n</a>\n")
        #expect(XMLCollector().parse(Array(text.utf8)) == nil)
    }
}
