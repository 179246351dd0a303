import DyadCore

/// Writes a graph as GraphML for yEd, NetworkX, Gephi and graph databases.
///
/// Every actor and relation attribute of ``InteropSchema`` becomes a typed `<key>`
/// (`attr.name`, `attr.type`); nodes are actors (id = actor id), edges are relations
/// (id = `source|type|target`), so two actors may have parallel edges of different types.
/// The edge default is directed; `directed` says which edges are (proxy), and each edge
/// keeps the relation's source and target. Every piece of evidence and the documents
/// travel as JSON text in the `evidence` and `documents` keys, so `dyad import graphml`
/// reads the graph back whole.
public enum GraphMLWriter {
    /// The GraphML namespace.
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"

    /// The key id of an attribute: `n_` for nodes, `e_` for edges, `g_` for the graph, then the name.
    public static func keyID(_ attribute: InteropAttribute, for domain: String) -> String {
        "\(domain.prefix(1))_\(attribute.name)"
    }

    /// Encodes `graph` as a GraphML document.
    /// - Complexity: O(n + m + total evidence).
    public static func encode(_ graph: Graph) -> [UInt8] {
        var xml = XMLWriter()
        xml.open(
            "graphml",
            [
                "xmlns": namespace,
                "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation": "\(namespace) http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
            ])
        let graphKeys = [InteropSchema.documentsAttribute]
        let edgeKeys = InteropSchema.relationAttributes + [InteropSchema.evidenceAttribute]
        for (domain, attributes) in [("graph", graphKeys), ("node", InteropSchema.actorAttributes), ("edge", edgeKeys)] {
            for attribute in attributes {
                xml.open(
                    "key",
                    [
                        "id": keyID(attribute, for: domain), "for": domain,
                        "attr.name": attribute.name, "attr.type": attribute.type.graphML,
                    ])
                xml.element("desc", text: attribute.summary)
                xml.close()
            }
        }
        xml.open("graph", ["id": "dyad", "edgedefault": "directed"])
        if !graph.documents.isEmpty {
            xml.element("data", ["key": keyID(InteropSchema.documentsAttribute, for: "graph")], text: InteropSchema.documentsJSON(graph))
        }
        for actor in graph.actors.values {
            let values = InteropSchema.values(of: actor)
            xml.open("node", ["id": actor.id])
            for attribute in InteropSchema.actorAttributes {
                guard let value = values[attribute.name] else { continue }
                xml.element("data", ["key": keyID(attribute, for: "node")], text: value.text)
            }
            xml.close()
        }
        for relation in graph.relations.values {
            let values = InteropSchema.values(of: relation)
            xml.open("edge", ["id": InteropSchema.edgeID(relation.key), "source": relation.source, "target": relation.target])
            for attribute in InteropSchema.relationAttributes {
                guard let value = values[attribute.name] else { continue }
                xml.element("data", ["key": keyID(attribute, for: "edge")], text: value.text)
            }
            if !relation.evidence.isEmpty {
                xml.element(
                    "data", ["key": keyID(InteropSchema.evidenceAttribute, for: "edge")], text: InteropSchema.evidenceJSON(relation))
            }
            xml.close()
        }
        return xml.finish()
    }
}
