import DyadCore
import Foundation

/// Maps GraphML nodes and edges onto Dyad's actors and relations (see ``GraphMLImporter``).
struct GraphMLMapper {
    let path: String
    let defaultType: RelationType?
    let directed: Bool
    private var actors: [Actor] = []
    private var ids: [String: Actor.ID] = [:]
    private var taken: Set<Actor.ID> = []
    private var relations: [Relation] = []
    private var documents: [Document] = []
    private var extensions = GraphExtensions()
    private var problems: [GraphFileError.Problem] = []
    private var untyped = 0
    private var renamed = 0

    /// Names Dyad reads from nodes; the rest become `x-` fields.
    static let nodeFields: Set<String> = ["name", "label", "kind", "aliases", "partOf", "roles"]
    /// Names Dyad reads or recomputes on edges; the rest become `x-` fields.
    static let edgeFields: Set<String> = [
        "type", "relation", "modality", "confidence", "firstSeen", "lastSeen", "validFrom", "validTo", "evidence",
        "sign", "directed", "evidenceCount", "sentence", "document",
    ]

    init(path: String, defaultType: RelationType?, directed: Bool) {
        self.path = path
        self.defaultType = defaultType
        self.directed = directed
    }

    mutating func documents(_ data: [(name: String, value: String, line: Int, column: Int)]) {
        guard let entry = data.first(where: { $0.name == "documents" }) else { return }
        guard let list = Self.objects(json(entry.value, entry.line, entry.column, "documents")) else { return }
        for item in list {
            guard let id = item["id"]?.string else { continue }
            documents.append(
                Document(
                    id: id, title: item["title"]?.string, source: item["source"]?.string,
                    published: item["published"]?.string.flatMap { Day($0) }))
        }
    }

    mutating func node(_ node: GraphMLElement) {
        let name = node.value("name", "label") ?? node.label ?? node.id
        let id = actorID(for: node.id, name: name, declared: true)
        var kind = ActorKind.unknown
        var extra: [String: String] = [:]
        if let text = node.value("kind") {
            if let parsed = ActorKind(rawValue: text) { kind = parsed } else { extra["x-kind"] = text }
        }
        var aliases: [String] = []
        if let text = node.value("aliases") {
            if text.hasPrefix("[") {
                aliases = Self.strings(json(text, node.line, node.column, "aliases")) ?? []
            } else {
                aliases = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            }
        }
        if node.value("name") != nil, let label = node.value("label") ?? node.label, label != name { aliases.append(label) }
        var roles: [Role] = []
        if let text = node.value("roles"), let list = Self.objects(json(text, node.line, node.column, "roles")) {
            for item in list {
                guard let of = item["of"]?.string else { continue }
                roles.append(
                    Role(
                        title: item["title"]?.string ?? "", actor: of,
                        from: item["from"]?.string.flatMap { Day($0) }, to: item["to"]?.string.flatMap { Day($0) }))
            }
        }
        for entry in node.data where !Self.nodeFields.contains(entry.name) { extra["x-" + entry.name] = entry.value }
        actors.append(Actor(id: id, name: name, kind: kind, aliases: aliases, partOf: node.value("partOf"), roles: roles))
        if !extra.isEmpty { extensions.actors[id, default: [:]].merge(extra) { $1 } }
    }

    mutating func edge(_ edge: GraphMLElement) {
        guard let sourceRef = edge.source, let targetRef = edge.target else {
            fail(edge.line, edge.column, "an edge needs `source` and `target` attributes")
            return
        }
        let source = actorID(for: sourceRef, name: sourceRef, declared: false)
        let target = actorID(for: targetRef, name: targetRef, declared: false)
        var type: RelationType?
        for name in ["type", "relation", "label", "Edge Label", "kind"] {
            if let text = edge.value(name), let parsed = RelationType(rawValue: text.lowercased()) { type = parsed; break }
        }
        if type == nil, let label = edge.label { type = RelationType(rawValue: label.lowercased()) }
        guard let type = type ?? defaultType else {
            untyped += 1
            return
        }
        guard source != target else {
            fail(edge.line, edge.column, "edge \(sourceRef) → \(targetRef) joins an actor to itself; Dyad relations need two actors")
            return
        }
        let key = RelationKey(source: source, type: type, target: target)
        var extra: [String: String] = [:]
        // NetworkX keeps a simple graph's edge id as an `id` attribute; Dyad's own id is derived again.
        let ownID = "\(sourceRef)|\(type.rawValue)|\(targetRef)"
        for entry in edge.data
        where !Self.edgeFields.contains(entry.name) && entry.value.lowercased() != type.rawValue
            && !(entry.name == "id" && entry.value == ownID)
        {
            extra["x-" + entry.name] = entry.value
        }
        if let text = edge.value("evidence"), let list = Self.objects(json(text, edge.line, edge.column, "evidence")) {
            relations.append(Relation(key: key, evidence: list.compactMap { evidence($0, edge) }))
        } else {
            var modality = Modality.asserted
            if let text = edge.value("modality") {
                if let parsed = Modality(rawValue: text) { modality = parsed } else { extra["x-modality"] = text }
            }
            func day(_ name: String) -> Day? { edge.value(name).flatMap { Day($0) } }
            if let sentence = edge.value("sentence") {
                // Another tool's single supporting sentence becomes one piece of evidence.
                let evidence = Evidence(
                    document: edge.value("document") ?? "graphml", sentence: sentence, rule: "graphml", modality: modality,
                    date: day("lastSeen") ?? day("firstSeen"), validFrom: day("validFrom"), validTo: day("validTo"))
                relations.append(Relation(key: key, evidence: [evidence]))
            } else {
                relations.append(
                    Relation(
                        key: key, modality: modality, confidence: edge.value("confidence").flatMap { Double($0) },
                        firstSeen: day("firstSeen"), lastSeen: day("lastSeen"), validFrom: day("validFrom"), validTo: day("validTo")))
            }
        }
        if !extra.isEmpty { extensions.relations[key, default: [:]].merge(extra) { $1 } }
    }

    mutating func finish() throws(GraphFileError) -> GraphMLImporter.Result {
        guard problems.isEmpty else { throw GraphFileError(path: path, problems: problems) }
        // Evidence documents the file does not describe get a bare entry.
        var known = Set(documents.map(\.id))
        for relation in relations {
            for item in relation.evidence where known.insert(item.document).inserted { documents.append(Document(id: item.document)) }
        }
        // Parents and role holders the file names by node id map to the actor ids.
        let mapped = actors.map { actor in
            var actor = actor
            if let parent = actor.partOf { actor.partOf = ids[parent] ?? parent }
            actor.roles = actor.roles.map { role in
                var role = role; role.actor = ids[role.actor] ?? role.actor; return role
            }
            return actor
        }
        let graph = Graph(documents: documents, actors: mapped, relations: relations)
        var notes: [String] = []
        if untyped > 0 {
            notes.append("skipped \(untyped) edge\(untyped == 1 ? "" : "s") without a relation type (give --default-type to keep them)")
        }
        if renamed > 0 { notes.append("\(renamed) node id\(renamed == 1 ? "" : "s") became slugs (the original ids are in x-graphml-id)") }
        return GraphMLImporter.Result(graph: graph, extensions: extensions, notes: notes)
    }

    /// The actor id for a node id: the id itself when it is a slug, else the slug of the name, made unique.
    private mutating func actorID(for nodeID: String, name: String, declared: Bool) -> Actor.ID {
        if let id = ids[nodeID] { return id }
        // Ids that are names (NetworkX) give the slug; generated ids (yEd's n0, n1::n0, numbers) give the name's slug.
        let generated = nodeID.isEmpty || nodeID.allSatisfy { $0.isNumber || $0 == "n" || $0 == ":" }
        var id = generated ? Actor.slug(name) : Actor.slug(nodeID) == nodeID ? nodeID : Actor.slug(nodeID)
        if taken.contains(id) {
            var n = 2
            while taken.contains("\(id)-\(n)") { n += 1 }
            id = "\(id)-\(n)"
        }
        if id != nodeID {
            renamed += 1
            extensions.actors[id, default: [:]]["x-graphml-id"] = nodeID
        }
        if !declared {
            // Edges may name nodes the file never declares; they become actors of unknown kind.
            actors.append(Actor(id: id, name: name, kind: .unknown))
        }
        ids[nodeID] = id
        taken.insert(id)
        return id
    }

    private func evidence(_ item: [String: JSONValue], _ edge: GraphMLElement) -> Evidence? {
        guard let document = item["document"]?.string, let sentence = item["sentence"]?.string else { return nil }
        func day(_ key: String) -> Day? { item[key]?.string.flatMap { Day($0) } }
        func range(_ key: String) -> TextRange? {
            let numbers = item[key]?.array?.compactMap(\.number) ?? []
            guard numbers.count == 2, item[key]?.array?.count == 2, numbers.allSatisfy({ $0 == $0.rounded() && abs($0) < 1e15 })
            else { return nil }
            return TextRange(start: Int(numbers[0]), end: Int(numbers[1]))
        }
        return Evidence(
            document: document, sentence: sentence, sentenceRange: range("sentenceRange"),
            sourceRange: range("sourceRange"), targetRange: range("targetRange"),
            sourceMention: item["sourceMention"]?.string, targetMention: item["targetMention"]?.string,
            rule: item["rule"]?.string ?? "graphml",
            modality: item["modality"]?.string.flatMap { Modality(rawValue: $0) } ?? .asserted,
            attributedTo: item["attributedTo"]?.string, date: day("date"), validFrom: day("validFrom"), validTo: day("validTo"))
    }

    private mutating func json(_ text: String, _ line: Int, _ column: Int, _ what: String) -> JSONValue? {
        do {
            return try JSONValue.parse(text)
        } catch {
            fail(line, column, "the `\(what)` value is not valid JSON: \(error.message) (at byte \(error.offset + 1) of the value)")
            return nil
        }
    }

    /// The elements of a JSON array of objects; `nil` for anything else.
    private static func objects(_ value: JSONValue?) -> [[String: JSONValue]]? {
        guard let elements = value?.array else { return nil }
        let objects = elements.compactMap(\.object)
        return objects.count == elements.count ? objects : nil
    }

    /// The elements of a JSON array of strings; `nil` for anything else.
    private static func strings(_ value: JSONValue?) -> [String]? {
        guard let elements = value?.array else { return nil }
        let strings = elements.compactMap(\.string)
        return strings.count == elements.count ? strings : nil
    }

    private mutating func fail(_ line: Int, _ column: Int, _ message: String) {
        guard problems.count < 50 else { return }
        problems.append(GraphFileError.Problem(code: .schema, message: message, location: SourceLocation(line: line, column: column)))
    }
}
