import DyadCore

/// Writes a graph as GEXF 1.3 in dynamic mode, so Gephi's timeline plays the graph's history.
///
/// Relations are typed parallel edges (`kind` = relation type, `label` = type, `weight` =
/// evidence count) with the attributes of ``InteropSchema`` and `<spells>` from
/// ``GEXFSpells`` (dates as `YYYY-MM-DD`, `timeformat="date"`). Actors carry their
/// attributes and the union of their relations' spells. All edges are written as directed
/// from the relation's source to its target (one edge type per graph, as GEXF readers
/// expect); the `directed` attribute tells proxy apart.
public enum GEXFWriter {
    /// The GEXF 1.3 namespace.
    public static let namespace = "http://gexf.net/1.3"

    /// Encodes `graph` as a GEXF 1.3 document.
    /// - Complexity: O(n + m + total evidence · log).
    public static func encode(_ graph: Graph) -> [UInt8] {
        var xml = XMLWriter()
        xml.open(
            "gexf",
            [
                "xmlns": namespace, "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation": "\(namespace) http://gexf.net/1.3/gexf.xsd", "version": "1.3",
            ])
        xml.open("meta")
        xml.element("creator", text: "dyad")
        xml.element("description", text: "Relations between actors (alliance, hostility, proxy, agreement) with their evidence dates")
        xml.close()
        var edgeSpells: [RelationKey: [GEXFSpells.Spell]] = [:]
        var actorSpells: [Actor.ID: [GEXFSpells.Spell]] = [:]
        for relation in graph.relations.values {
            let spells = GEXFSpells.spells(of: relation)
            edgeSpells[relation.key] = spells
            actorSpells[relation.source, default: []] += spells
            actorSpells[relation.target, default: []] += spells
        }
        xml.open("graph", ["mode": "dynamic", "defaultedgetype": "directed", "timeformat": "date", "timerepresentation": "interval"])
        for (domain, attributes) in [("node", InteropSchema.actorAttributes), ("edge", InteropSchema.relationAttributes)] {
            xml.open("attributes", ["class": domain, "mode": "static"])
            for attribute in attributes {
                xml.element("attribute", ["id": attribute.name, "title": attribute.name, "type": attribute.type.gexf])
            }
            xml.close()
        }
        xml.open("nodes")
        for actor in graph.actors.values {
            xml.open("node", ["id": actor.id, "label": actor.name])
            attributes(InteropSchema.actorAttributes, InteropSchema.values(of: actor), &xml)
            spells(GEXFSpells.joined(actorSpells[actor.id] ?? []), &xml)
            xml.close()
        }
        xml.close()
        xml.open("edges")
        for relation in graph.relations.values {
            xml.open(
                "edge",
                [
                    "id": InteropSchema.edgeID(relation.key), "source": relation.source, "target": relation.target,
                    "kind": relation.type.rawValue, "label": relation.type.rawValue, "weight": String(max(1, relation.evidence.count)),
                ])
            attributes(InteropSchema.relationAttributes, InteropSchema.values(of: relation), &xml)
            spells(edgeSpells[relation.key] ?? [], &xml)
            xml.close()
        }
        xml.close()
        return xml.finish()
    }

    private static func attributes(_ list: [InteropAttribute], _ values: [String: InteropValue], _ xml: inout XMLWriter) {
        let present = list.filter { values[$0.name] != nil }
        guard !present.isEmpty else { return }
        xml.open("attvalues")
        for attribute in present {
            xml.element("attvalue", ["for": attribute.name, "value": values[attribute.name]?.text])
        }
        xml.close()
    }

    private static func spells(_ list: [GEXFSpells.Spell], _ xml: inout XMLWriter) {
        guard !list.isEmpty else { return }
        xml.open("spells")
        for spell in list { xml.element("spell", ["start": spell.start.description, "end": spell.end.description]) }
        xml.close()
    }
}
