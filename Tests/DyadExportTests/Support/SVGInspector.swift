import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses an SVG and lists its element names and attributes, to check structure rather than text.
final class SVGInspector: NSObject, XMLParserDelegate {
    private(set) var elements: [String] = []
    private(set) var attributes: [(element: String, name: String, value: String)] = []
    /// Whether the document parsed as well-formed XML.
    private(set) var isWellFormed = false

    init(_ bytes: [UInt8]) {
        super.init()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = self
        isWellFormed = parser.parse()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        elements.append(elementName)
        for (name, value) in attributeDict { attributes.append((elementName, name, value)) }
    }
}
