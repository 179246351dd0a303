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

    /// Parses `data`; returns the parser's error, if any.
    func scan(_ data: Data) -> (error: String, line: Int, column: Int)? {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true
        parser.delegate = self
        self.parser = parser
        if parser.parse() { return nil }
        let message = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "malformed XML"
        return (message, max(1, parser.lineNumber), max(1, parser.columnNumber))
    }

    private var position: (line: Int, column: Int) { (parser?.lineNumber ?? 0, parser?.columnNumber ?? 0) }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch elementName {
        case "graphml": sawGraphML = true
        case "key":
            if let id = attributes["id"] {
                keys[id] = Key(name: attributes["attr.name"] ?? attributes["yfiles.type"].map { "yfiles.\($0)" } ?? id,
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
            current = GraphMLElement(id: attributes["id"] ?? "", source: attributes["source"], target: attributes["target"],
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

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
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
