import DyadCore
import GraphvizKit

@testable import DyadExport

/// Attribute names the DOT writer may use.
let allowed = Set(DOTAttribute.allCases.map(\.rawValue))

/// Builds a small graph whose every text comes from the input: names split at 0xFF bytes.
func graph(from bytes: [UInt8]) -> Graph {
    let texts = bytes.split(separator: 0xFF, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    guard texts.count >= 2 else { return Graph() }
    let kinds = ActorKind.allCases, types = RelationType.allCases
    var actors: [Actor] = []
    for (index, text) in texts.prefix(8).enumerated() {
        let id = "a\(index)-" + text
        actors.append(Actor(id: id, name: text, kind: kinds[index % kinds.count], aliases: [text]))
    }
    let document = Document(id: texts[0], title: texts[1], source: texts.last)
    var relations: [Relation] = []
    for index in 0..<(actors.count - 1) {
        let evidence = Evidence(
            document: document.id, sentence: texts[(index + 1) % texts.count], rule: texts[index],
            modality: index % 3 == 0 ? .hedged : .asserted, attributedTo: index % 2 == 0 ? texts[index] : nil)
        relations.append(
            Relation(source: actors[index].id, type: types[index % types.count], target: actors[index + 1].id, evidence: [evidence]))
    }
    return Graph(documents: [document], actors: actors, relations: relations)
}

/// Any model → DOT that cgraph parses into exactly the model's nodes and edges, with allowed attributes only.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOT(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let model = graph(from: Array(UnsafeBufferPointer(start: data, count: size)))
    guard !model.relations.isEmpty else { return 0 }
    var options = DiagramOptions()
    options.clusters = size % 2 == 0
    let diagram = DOTWriter.diagram(for: model, options: options)
    let parsed: ParsedGraph
    do { parsed = try Graphviz.parse(diagram.dot) } catch { fatalError("cgraph cannot parse the DOT: \(error)\n\(diagram.dot)") }
    if Set(parsed.nodes.map(\.name)) != Set(diagram.nodeNames.values) { fatalError("nodes differ from the model") }
    if parsed.edges.count != model.relations.count { fatalError("edges differ from the model") }
    do { try SafetyPolicy.strict.check(parsed) } catch { fatalError("forbidden attribute: \(error)") }
    var names = Set(parsed.graphAttributes.keys)
    for node in parsed.nodes { names.formUnion(node.attributes.keys) }
    for edge in parsed.edges { names.formUnion(edge.attributes.keys) }
    for attributes in parsed.subgraphAttributes.values { names.formUnion(attributes.keys) }
    if !names.isSubset(of: allowed) { fatalError("attributes outside the allow-list: \(names.subtracting(allowed))") }
    return 0
}
