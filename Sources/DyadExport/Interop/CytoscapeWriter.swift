import DyadCore

/// Writes a graph as Cytoscape.js elements JSON, ready for a web page.
///
/// ```json
/// {"data": {"name": "dyad"}, "directed": true, "multigraph": true,
///  "elements": {"nodes": [{"data": {"id": "iran", "value": "iran", "name": "Iran", ...}}],
///               "edges": [{"data": {"id": "hezbollah|proxy|iran", "source": "hezbollah",
///                                   "target": "iran", "key": "proxy", "type": "proxy", ...}}]}}
/// ```
/// Pass `elements` to `cytoscape({elements})`; NetworkX reads the whole object with
/// `cytoscape_graph` (`value` is the node key, `key` tells parallel edges apart).
/// Strings escape `<`, `>` and `&`, so the JSON is safe inside a `<script>` element.
/// The shape is `Schemas/cytoscape.schema.json`.
public enum CytoscapeWriter {
    /// Encodes `graph` as Cytoscape.js elements JSON, one element a line.
    /// - Complexity: O(n + m).
    public static func encode(_ graph: Graph) -> [UInt8] {
        var json = JSONText()
        json.raw("{\"data\":{\"name\":\"dyad\"},\"directed\":true,\"multigraph\":true,\"elements\":{\"nodes\":[")
        for (index, actor) in graph.actors.values.enumerated() {
            json.raw(index == 0 ? "\n" : ",\n")
            let values = InteropSchema.values(of: actor)
            var fields: [(String, InteropValue?)] = [("id", .string(actor.id)), ("value", .string(actor.id))]
            for attribute in InteropSchema.actorAttributes { fields.append((attribute.name, values[attribute.name])) }
            json.raw("{\"data\":")
            json.object(fields)
            json.raw("}")
        }
        json.raw("],\"edges\":[")
        for (index, relation) in graph.relations.values.enumerated() {
            json.raw(index == 0 ? "\n" : ",\n")
            let values = InteropSchema.values(of: relation)
            var fields: [(String, InteropValue?)] = [
                ("id", .string(InteropSchema.edgeID(relation.key))), ("source", .string(relation.source)),
                ("target", .string(relation.target)), ("key", .string(relation.type.rawValue)),
            ]
            for attribute in InteropSchema.relationAttributes { fields.append((attribute.name, values[attribute.name])) }
            json.raw("{\"data\":")
            json.object(fields)
            json.raw("}")
        }
        json.raw("]}}\n")
        return json.bytes
    }
}
