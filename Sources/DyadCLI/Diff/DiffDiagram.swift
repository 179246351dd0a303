import DyadCore
import Foundation

/// The diagram of a diff: the union of both versions in one layout, with added
/// relations green, removed ones grey and dashed, flips orange, strengthened
/// ones thicker, a legend and both versions in the title.
///
/// All text from graphs is escaped into quoted DOT strings; no HTML-like labels,
/// no file attributes.
struct DiffDiagram {
    let old: Graph
    let new: Graph
    let diff: GraphDiff
    let title: String
    /// Fixed positions in points, for diagrams that must line up (timelines).
    var positions: [Actor.ID: (x: Double, y: Double)] = [:]
    /// Relations to draw: by default the union of both versions' relations.
    var oldRelations: [RelationKey: Relation]?
    var newRelations: [RelationKey: Relation]?

    init(old: Graph, new: Graph, diff: GraphDiff, title: String) {
        self.old = old
        self.new = new
        self.diff = diff
        self.title = title
    }

    enum Status: String {
        case unchanged, added, removed, flipped, strengthened, weakened, modality
    }

    /// The status of every relation the diff touches.
    func statuses() -> [RelationKey: Status] {
        var result: [RelationKey: Status] = [:]
        for change in diff.changes {
            guard let key = change.relation else { continue }
            switch change.kind {
            case .flipped:
                result[key] = .flipped
                if let previous = change.previous, change.previousRemoved { result[previous] = .removed }
            case .relationAdded: result[key] = .added
            case .relationRemoved: result[key] = .removed
            case .strengthened: result[key] = .strengthened
            case .weakened: result[key] = .weakened
            case .modalityChanged: result[key] = .modality
            default: break
            }
        }
        return result
    }

    /// The DOT text.
    func dot() -> String {
        let oldSet = oldRelations ?? Dictionary(uniqueKeysWithValues: old.relations.map { ($0.key, $0.value) })
        let newSet = newRelations ?? Dictionary(uniqueKeysWithValues: new.relations.map { ($0.key, $0.value) })
        let status = statuses()
        var keys = Set(oldSet.keys).union(newSet.keys)
        keys.formUnion(status.keys)
        let sortedKeys = keys.sorted()
        var causes: [RelationKey: String] = [:]
        for change in diff.changes {
            for item in change.evidence where item.side == .after && causes[item.relation] == nil {
                causes[item.relation] = item.evidence.sentence
            }
        }
        var actorIDs: Set<Actor.ID> = []
        for key in sortedKeys { actorIDs.insert(key.source); actorIDs.insert(key.target) }
        for change in diff.changes { if let id = change.actor { actorIDs.insert(id) } }
        var out = "digraph diff {\n"
        out += "  graph [label=\(DOTString.quote(title)), labelloc=t, fontname=\"Helvetica\", fontsize=16, outputorder=edgesfirst"
        out += positions.isEmpty ? ", overlap=false, splines=true];\n" : ", splines=true];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=11, style=filled, fillcolor=\"#ffffff\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.7];\n"
        let addedActors = Set(diff.changes(of: .actorAdded).compactMap(\.actor))
        let removedActors = Set(diff.changes(of: .actorRemoved).compactMap(\.actor))
        for id in actorIDs.sorted() {
            let actor = new.actors[id] ?? old.actors[id]
            var attributes = ["label=\(DOTString.quote(actor?.name ?? id))", "shape=\(shape(actor?.kind ?? .unknown))"]
            if addedActors.contains(id) { attributes += ["color=\"#1a9641\"", "penwidth=2"] }
            if removedActors.contains(id) { attributes += ["color=\"#969696\"", "style=\"filled,dashed\"", "fontcolor=\"#969696\""] }
            if let point = positions[id] { attributes.append("pos=\"\(format(point.x)),\(format(point.y))!\"") }
            out += "  \(DOTString.quote(id)) [\(attributes.joined(separator: ", "))];\n"
        }
        for key in sortedKeys {
            let relation = newSet[key] ?? oldSet[key]
            let state = status[key] ?? .unchanged
            var attributes = edgeStyle(key, state: state, relation: relation)
            if let sentence = causes[key] ?? relation.flatMap(latestSentence) {
                attributes.append("tooltip=\(DOTString.quote(String(sentence.prefix(300))))")
            }
            if !key.type.isSymmetric { attributes.append("dir=forward") } else { attributes.append("dir=none") }
            out += "  \(DOTString.quote(key.source)) -> \(DOTString.quote(key.target)) [\(attributes.joined(separator: ", "))];\n"
        }
        out += legend()
        out += "}\n"
        return out
    }

    private func edgeStyle(_ key: RelationKey, state: Status, relation: Relation?) -> [String] {
        let width = 1 + min(3, Double(relation?.evidence.count ?? 1) * 0.3)
        let hedgedOnly = relation.map { $0.modality == .hedged } ?? false
        var attributes: [String] = []
        switch state {
        case .unchanged:
            attributes = ["color=\"\(DiffDiagram.mutedColor(key.type))\"", "penwidth=\(format(width))"]
            if hedgedOnly { attributes.append("style=dotted") }
        case .added:
            attributes = ["color=\"#1a9641\"", "penwidth=\(format(width + 1))", "label=\(DOTString.quote("+ " + key.type.rawValue))", "fontcolor=\"#1a9641\""]
        case .removed:
            attributes = ["color=\"#969696\"", "style=dashed", "penwidth=\(format(width))", "label=\(DOTString.quote("− " + key.type.rawValue))", "fontcolor=\"#969696\""]
        case .flipped:
            let previous = diff.changes.first { $0.kind == .flipped && $0.relation == key }?.previous?.type.rawValue ?? "?"
            attributes = ["color=\"#f46d43\"", "penwidth=\(format(width + 1.5))", "label=\(DOTString.quote("\(previous) → \(key.type.rawValue)"))", "fontcolor=\"#d73027\""]
        case .strengthened:
            attributes = ["color=\"\(DiffDiagram.color(key.type))\"", "penwidth=\(format(width + 2.5))", "label=\(DOTString.quote("▲ " + key.type.rawValue))"]
        case .weakened:
            attributes = ["color=\"\(DiffDiagram.color(key.type))\"", "penwidth=0.6", "style=dashed", "label=\(DOTString.quote("▼ " + key.type.rawValue))"]
        case .modality:
            let change = diff.changes.first { $0.kind == .modalityChanged && $0.relation == key }
            let text = "\(change?.before?.modality.rawValue ?? "?") → \(change?.after?.modality.rawValue ?? "?")"
            attributes = ["color=\"\(DiffDiagram.color(key.type))\"", "penwidth=\(format(width + 1))", "label=\(DOTString.quote(text))", "fontcolor=\"#7b3294\""]
        }
        return attributes
    }

    /// The latest sentence of a relation (the strongest among the latest).
    private func latestSentence(_ relation: Relation) -> String? {
        var best: (Evidence, Int)?
        for item in relation.evidence {
            let day = new.effectiveDate(of: item)?.ordinal ?? Int.min
            if let current = best, day < current.1 || (day == current.1 && item.modality.strength <= current.0.modality.strength) { continue }
            best = (item, day)
        }
        return best?.0.sentence
    }

    private func legend() -> String {
        var out = "  subgraph cluster_legend {\n    label=\"Legend\"; fontsize=10; color=\"#bbbbbb\";\n"
        out += "    node [shape=point, width=0.05, label=\"\"];\n"
        let rows: [(String, String)] = [
            ("added", "color=\"#1a9641\", penwidth=2.5"),
            ("removed", "color=\"#969696\", style=dashed"),
            ("flipped", "color=\"#f46d43\", penwidth=3"),
            ("strengthened", "color=\"#444444\", penwidth=4"),
            ("modality changed", "color=\"#444444\", fontcolor=\"#7b3294\""),
            ("unchanged", "color=\"#bbbbbb\""),
        ]
        var y = 0.0
        let origin = positions.isEmpty ? nil : legendOrigin()
        for (index, row) in rows.enumerated() {
            var a = "    \"legend_\(index)_a\"", b = "    \"legend_\(index)_b\""
            if let origin {
                a += " [pos=\"\(format(origin.x)),\(format(origin.y - y))!\"]"
                b += " [pos=\"\(format(origin.x + 60)),\(format(origin.y - y))!\"]"
            }
            out += a + ";\n" + b + ";\n"
            out += "    \"legend_\(index)_a\" -> \"legend_\(index)_b\" [dir=none, \(row.1), label=\(DOTString.quote(row.0)), fontsize=9];\n"
            y += 24
        }
        out += "  }\n"
        return out
    }

    private func legendOrigin() -> (x: Double, y: Double) {
        let xs = positions.values.map(\.x), ys = positions.values.map(\.y)
        return ((xs.max() ?? 0) + 120, ys.max() ?? 0)
    }

    private func shape(_ kind: ActorKind) -> String {
        switch kind {
        case .state: "box"
        case .government: "box"
        case .military: "hexagon"
        case .armedGroup: "diamond"
        case .organisation: "component"
        case .person: "ellipse"
        case .unknown: "oval"
        }
    }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }

    static func color(_ type: RelationType) -> String {
        switch type {
        case .hostility: "#d7191c"
        case .alliance: "#2c7bb6"
        case .agreement: "#2b83ba"
        case .proxy: "#5e3c99"
        }
    }

    static func mutedColor(_ type: RelationType) -> String {
        switch type {
        case .hostility: "#e8a3a4"
        case .alliance: "#a6c3de"
        case .agreement: "#a4c6de"
        case .proxy: "#b8a8d4"
        }
    }

    /// Writes the diagram: DOT for `.dot`; other formats through the renderer.
    /// - Throws: ``DyadCLIError`` when the file cannot be written or the format is unknown.
    func write(to path: String) throws {
        let text = dot()
        let lower = path.lowercased()
        if lower.hasSuffix(".dot") || lower.hasSuffix(".gv") {
            try DiffFiles.write(Array(text.utf8), to: path)
            return
        }
        let format = (path as NSString).pathExtension.lowercased()
        guard ["svg", "png", "pdf"].contains(format) else {
            throw DyadCLIError("--render \(path): unknown format \"\(format)\"; use .svg, .png, .pdf or .dot")
        }
        let rendered = try DiagramRenderer.render(dot: text, format: format, pinned: !positions.isEmpty)
        try DiffFiles.write(rendered, to: path)
    }
}

/// Quoting for DOT strings: escapes quotes and backslashes and drops line breaks,
/// so text from documents cannot leave the string or inject attributes.
enum DOTString {
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Atomic writes of output files.
enum DiffFiles {
    static func write(_ bytes: [UInt8], to path: String) throws {
        do throws(GraphFileError) {
            try AtomicFile.write(bytes, to: path)
        } catch {
            throw DyadCLIError("cannot write \(path): \(error.problems.first?.message ?? "\(error)")", status: .failure)
        }
    }
}
