import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects the keys, nodes and edges of a GraphML document with Foundation's `XMLParser`.
///
/// Nested graphs (yEd groups) are flattened; yEd's graphics data contributes only its label
/// text. External entities are never resolved.
final class GraphMLScanner: NSObject, XMLParserDelegate {
    struct Key { var name: String; var domain: String }

    private(set) var keys: [String: Key] = [:]
    private(set) var nodes: [GraphMLElement] = []
    private(set) var edges: [GraphMLElement] = []
    private(set) var graphData: [(name: String, value: String, line: Int, column: Int)] = []
    private(set) var edgeDefaultDirected = true
    private(set) var sawGraphML = false

    private var current: GraphMLElement?
    private var currentIsEdge = false
    private var dataKey: String?
    private var dataStart = (line: 0, column: 0)
    private var text = ""
    private var labelDepth = 0
    private var labelText = ""
    private var dataDepth = 0
    private weak var parser: XMLParser?

    private var openElements: [String] = []
    private var firstError: (error: String, line: Int, column: Int)?

    /// Parses `data`; returns the first well-formedness error, if any.
    ///
    /// Foundation's parser on Linux reports errors to the delegate but may still return
    /// `true`, and accepts a document that ends inside an element; both are caught here.
    func scan(_ data: Data) -> (error: String, line: Int, column: Int)? {
        // A stream is fed to libxml2 in chunks; one chunk over 10 MB fails with "huge input lookup".
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true
        parser.delegate = self
        self.parser = parser
        let succeeded = parser.parse()
        if let firstError { return firstError }
        if !succeeded || parser.parserError != nil {
            return (Self.message(for: parser.parserError), max(1, parser.lineNumber), max(1, parser.columnNumber))
        }
        if let open = openElements.last {
            return ("the document ends inside <\(open)>; expected </\(open)>", max(1, parser.lineNumber), max(1, parser.columnNumber))
        }
        return nil
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if firstError == nil { firstError = (Self.message(for: parseError), max(1, parser.lineNumber), max(1, parser.columnNumber)) }
    }

    /// A readable message for libxml2's error codes (Foundation gives none on Linux).
    static func message(for error: Error?) -> String {
        let code = (error as NSError?)?.code ?? -1
        switch code {
        case 76: return "an end tag does not match the element it closes"
        case 5: return "the document ends too early or holds no element"
        case 4: return "the document is empty"
        case 26, 27: return "an entity is not declared"
        case 89: return "an entity expands too much or refers to itself (entity expansion is limited)"
        case 38, 39, 40, 41: return "an attribute is malformed"
        case 9: return "a character is not allowed here"
        default: return "the XML is malformed (parser error \(code))"
        }
    }

    private var position: (line: Int, column: Int) { (parser?.lineNumber ?? 0, parser?.columnNumber ?? 0) }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        openElements.append(elementName)
        switch elementName {
        case "graphml": sawGraphML = true
        case "key":
            if let id = attributes["id"] {
                keys[id] = Key(
                    name: attributes["attr.name"] ?? attributes["yfiles.type"].map { "yfiles.\($0)" } ?? id,
                    domain: attributes["for"] ?? "all")
            }
        case "graph":
            if let node = current, !currentIsEdge {
                // A group node (yEd): keep it, then read its members as ordinary nodes.
                nodes.append(node)
                current = nil
            } else if current == nil, nodes.isEmpty, let direction = attributes["edgedefault"] {
                edgeDefaultDirected = direction != "undirected"
            }
        case "node" where current == nil:
            current = GraphMLElement(id: attributes["id"] ?? "", line: position.line, column: position.column)
            currentIsEdge = false
        case "edge" where current == nil:
            current = GraphMLElement(
                id: attributes["id"] ?? "", source: attributes["source"], target: attributes["target"],
                line: position.line, column: position.column)
            currentIsEdge = true
        case "data":
            dataDepth += 1
            if dataDepth == 1 {
                dataKey = attributes["key"]
                dataStart = position
                text = ""
            }
        case "NodeLabel", "EdgeLabel":
            labelDepth += 1
            labelText = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if labelDepth > 0 { labelText += string } else if dataDepth > 0 { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if openElements.last == elementName { openElements.removeLast() }
        switch elementName {
        case "data":
            dataDepth -= 1
            guard dataDepth == 0, let key = dataKey else { return }
            let name = keys[key]?.name ?? key
            let entry = (name: name, value: text, line: dataStart.line, column: dataStart.column)
            if current != nil {
                if !name.hasPrefix("yfiles.") { current?.data.append(entry) }
            } else {
                graphData.append(entry)
            }
            dataKey = nil
        case "NodeLabel", "EdgeLabel":
            labelDepth -= 1
            let label = labelText.trimmingCharacters(in: .whitespacesAndNewlines)
            if current?.label == nil, !label.isEmpty { current?.label = label }
        case "node" where current != nil && !currentIsEdge:
            if let node = current { nodes.append(node) }
            current = nil
        case "edge" where current != nil && currentIsEdge:
            if let edge = current { edges.append(edge) }
            current = nil
        default: break
        }
    }
}
