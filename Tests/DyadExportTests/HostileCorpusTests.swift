import DyadCore
import Foundation
import GraphvizKit
import Testing

@testable import DyadExport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Untrusted text in every place a graph holds text never becomes DOT structure,
/// a file reference, a link to a non-https scheme, a style sheet or script.
@Suite(.serialized) struct HostileCorpusTests {
    static let corpus: [String] = [
        "He said \"hi\"",
        "ends with a backslash \\",
        "\\",
        "\"; node [image=\"/etc/passwd\"]; \"",
        "]",
        "a; b",
        "a -> b",
        "line\nbreak",
        "nul\u{0}byte",
        "<IMG SRC=\"/etc/passwd\">",
        "<<IMG SRC=\"/etc/passwd\"/>>",
        "\" image=\"/etc/passwd",
        "image=/etc/passwd",
        "javascript:alert(1)",
        "\\N",
        "\\G \\E \\T \\H \\L \\n \\l",
        "node",
        "subgraph",
        "digraph { a -> b }",
        String(repeating: "A", count: 102_400),
        String(decoding: [0xFF, 0xFE, 0x41, 0xC3, 0x28, 0xED, 0xA0, 0x80], as: UTF8.self),
        "<script>alert(1)</script>",
        "\" onload=\"alert(1)",
        "x onmouseover=alert(1)",
        "]]><!--",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;",
        "stylesheet=\"https://evil.example/x.css\"",
        "URL=\"javascript:alert(1)\"",
        "shapefile=\"/etc/hosts\"",
        "a\\\\\"b\\",
        "{ } = , ; [ ]",
        "\u{202E}evil\u{202C}",
        "Zoë 🚀 Ba’ath",
        "crlf\r\nline",
        "-- comment /* c */ # hash",
        "<![CDATA[x]]>",
        "https://example.org/\"><script>alert(1)</script>",
    ]

    /// A graph with `text` as an actor id, name and alias, an evidence sentence, a speaker and a document.
    static func graph(with text: String) -> Graph {
        let document = Document(id: text, title: text, source: text, published: Day(year: 2024, month: 1, day: 2))
        let evidence = Evidence(document: text, sentence: text, rule: text, modality: .asserted, attributedTo: text)
        return Graph(
            documents: [document],
            actors: [
                Actor(id: text, name: text, kind: .armedGroup, aliases: [text, text + "2"], partOf: "plain"),
                Actor(id: "plain", name: "Plain", kind: .state),
            ],
            relations: [
                Relation(source: text, type: .proxy, target: "plain", evidence: [evidence]),
                Relation(source: text, type: .hostility, target: "plain", evidence: [evidence]),
            ]
        )
    }

    static let allowedNames = Set(DOTAttribute.allCases.map(\.rawValue))

    @Test(arguments: corpus.indices)
    func dotParsesToExactlyTheModel(_ index: Int) throws {
        var options = DiagramOptions()
        options.clusters = index % 2 == 0
        let graph = Self.graph(with: Self.corpus[index])
        let diagram = DOTWriter.diagram(for: graph, options: options)
        let parsed = try Graphviz.parse(diagram.dot)
        let expectedNodes = Set(diagram.nodeNames.values)
        #expect(Set(parsed.nodes.map(\.name)) == expectedNodes)
        #expect(parsed.nodes.count == expectedNodes.count)
        #expect(parsed.edges.count == graph.relations.count)
        #expect(parsed.htmlValues.count == 1, "only the legend (the graph label) is HTML-like")
        #expect(parsed.htmlValues.allSatisfy { $0.hasPrefix("<TABLE BORDER=\"0\"") })
        try SafetyPolicy.strict.check(parsed)
        var names = Set(parsed.graphAttributes.keys)
        for node in parsed.nodes { names.formUnion(node.attributes.keys) }
        for edge in parsed.edges {
            names.formUnion(edge.attributes.keys)
            #expect(edge.attributes["URL"] == nil, "no link from a non-https source")
        }
        for attributes in parsed.subgraphAttributes.values { names.formUnion(attributes.keys) }
        #expect(names.isSubset(of: Self.allowedNames), "attributes outside the allow-list: \(names.subtracting(Self.allowedNames))")
        for node in parsed.nodes {
            let label = node.attributes["label"] ?? ""
            #expect(!label.contains("\n") && !label.contains("\u{0}"))
            #expect(label.count < 80, "labels are wrapped and truncated")
        }
    }

    @Test(arguments: corpus.indices)
    func svgHasNoScriptLinksOrFiles(_ index: Int) throws {
        let svg = try Renderer.render(Self.graph(with: Self.corpus[index]), format: .svg)
        let text = String(decoding: svg, as: UTF8.self).lowercased()
        let inspector = SVGInspector(svg)
        #expect(inspector.isWellFormed, "SVG must be well-formed XML")
        #expect(!text.contains("<script") && !text.contains("<image") && !text.contains("<style"))
        let elements = Set(inspector.elements.map { $0.lowercased() })
        #expect(elements.isDisjoint(with: ["script", "image", "style", "foreignobject", "iframe"]))
        for (element, name, value) in inspector.attributes {
            let lowerName = name.lowercased()
            #expect(!lowerName.hasPrefix("on"), "event handler \(name) on <\(element)>")
            #expect(lowerName != "stylesheet" && lowerName != "style")
            if lowerName.hasSuffix("href") { #expect(value.hasPrefix("https://"), "a link that is not https: \(value.prefix(40))") }
        }
        #expect(svg.count < 200_000, "100 KB names are truncated")
    }

    @Test(arguments: [
        "digraph { a [image=\"/etc/passwd\"] }",
        "digraph { a [shapefile=\"/etc/hosts\"] }",
        "digraph { a [label=<<TABLE><TR><TD><IMG SRC=\"/etc/passwd\"/></TD></TR></TABLE>>] }",
        "digraph { graph [imagepath=\"/etc\"]; a [image=\"passwd\"] }",
        "digraph { graph [stylesheet=\"file:///etc/passwd\"]; a }",
    ])
    func helperRefusesDOTThatNamesFiles(_ dot: String) {
        #expect {
            _ = try Renderer.render(dot: dot, layout: .dot, format: .svg)
        } throws: { error in
            (error as? RenderError)?.code == .invalidInput
        }
    }
}
