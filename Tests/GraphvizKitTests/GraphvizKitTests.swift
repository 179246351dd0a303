import Foundation
import Testing

@testable import GraphvizKit

/// In-process Graphviz: parsing, rendering, error capture, the safety policy and the lock.
/// Serialized: every test touches libgvc.
@Suite(.serialized)
struct GraphvizKitTests {
    static let small = "digraph g { a -> b; b -> c; a [label=\"A\"]; }"

    @Test func reportsItsVersion() throws {
        #expect(try Graphviz.version().split(separator: ".").count >= 2)
    }

    @Test func parsesNodesAndEdges() throws {
        let parsed = try Graphviz.parse(Self.small)
        #expect(parsed.isDirected)
        #expect(parsed.nodes.map(\.name) == ["a", "b", "c"])
        #expect(parsed.edges.map { "\($0.tail)>\($0.head)" } == ["a>b", "b>c"])
        #expect(parsed.nodes[0].attributes["label"] == "A")
    }

    @Test func syntaxErrorsAreCapturedNotPrinted() {
        #expect {
            _ = try Graphviz.parse("digraph { a -> ; }")
        } throws: { error in
            guard let error = error as? GraphvizError else { return false }
            return error.code == .syntax && error.graphvizMessages.joined().contains("syntax error")
        }
    }

    @Test func emptyInputIsASyntaxError() {
        #expect(throws: GraphvizError.self) { _ = try Graphviz.parse("  \n") }
    }

    @Test(arguments: OutputFormat.allCases)
    func rendersEveryFormat(_ format: OutputFormat) throws {
        let bytes = try Graphviz.render(Self.small, engine: .dot, format: format)
        #expect(bytes.count > 200)
        switch format {
        case .svg: #expect(String(decoding: bytes, as: UTF8.self).contains("<svg"))
        case .png: #expect(Array(bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        case .pdf: #expect(String(decoding: bytes.prefix(5), as: UTF8.self) == "%PDF-")
        case .dot: #expect(String(decoding: bytes, as: UTF8.self).contains("pos="))
        }
    }

    @Test func positionsCoverEveryNode() throws {
        let positions = try Graphviz.positions(Self.small, engine: .dot)
        #expect(Set(positions.map(\.name)) == ["a", "b", "c"])
        #expect(Set(positions.map(\.y)).count == 3)
    }

    @Test(arguments: [
        "digraph { a [image=\"/etc/passwd\"] }",
        "digraph { node [shapefile=\"/etc/hosts\"]; a }",
        "digraph { graph [stylesheet=\"x.css\"]; a }",
        "digraph { graph [imagepath=\"/etc\"]; a }",
        "digraph { a [URL=\"javascript:alert(1)\"] }",
        "digraph { a [href=\"http://example.com\"] }",
        "digraph { a [URL=\"https://x.org/\\\"onload=\\\"alert(1)\"] }",
        "digraph { a -> b [style=\"setlinewidth(3) stroke\"] }",
        "digraph { a [label=<<IMG SRC=\"/etc/passwd\"/>>] }",
        "digraph { a [label=<<TABLE><TR><TD HREF=\"javascript:x\">x</TD></TR></TABLE>>] }",
        "digraph { subgraph cluster_a { image=\"/etc/passwd\"; a } }",
        "digraph { a [fontname=\"../../etc/passwd\"] }",
    ])
    func policyRefusesDangerousAttributes(_ dot: String) {
        #expect {
            _ = try Graphviz.render(dot, engine: .dot, format: .svg)
        } throws: { error in
            (error as? GraphvizError)?.code == .forbidden
        }
    }

    @Test func policyAllowsPlainHTTPSLinksAndTables() throws {
        let dot =
            "digraph { a [URL=\"https://example.org/a?b=1\"]; l [shape=none, label=<<TABLE BORDER=\"0\"><TR><TD BGCOLOR=\"#FFFFFF\"><FONT COLOR=\"#000000\">x</FONT></TD></TR></TABLE>>] }"
        let svg = String(decoding: try Graphviz.render(dot, engine: .dot, format: .svg), as: UTF8.self)
        #expect(svg.contains("https://example.org/a?b=1"))
    }

    @Test func fileLoadingIsOffEvenWithoutThePolicy() throws {
        // Make a real PNG, then name it in an image attribute with the policy switched off.
        let png = try Graphviz.render("digraph { x }", engine: .dot, format: .png)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-gvkit-\(UUID().uuidString).png").path
        try Data(png).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let svg = String(
            decoding: try Graphviz.render("digraph { a [image=\"\(path)\", label=\"\"] }", engine: .dot, format: .svg, policy: nil),
            as: UTF8.self)
        #expect(!svg.contains("<image"))
        #expect(!svg.contains(path))
    }

    @Test func manyThreadsRenderSafelyThroughTheLock() {
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let dot = "digraph { n\(index) -> m\(index); m\(index) -> o\(index) }"
            let svg = try? Graphviz.render(dot, engine: index % 2 == 0 ? .dot : .sfdp, format: .svg)
            results.add(svg.map { String(decoding: $0, as: UTF8.self).contains("n\(index)") } ?? false)
        }
        #expect(results.values == Array(repeating: true, count: 8))
    }
}

/// Collects results from concurrent closures.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Bool] = []
    func add(_ value: Bool) { lock.withLock { stored.append(value) } }
    var values: [Bool] { lock.withLock { stored } }
}
