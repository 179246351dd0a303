import DyadCore

/// TEMPORARY: a minimal DOT writer for `--render`, until the DyadExport renderer lands on main.
///
/// It draws the actors on the paths and every usable relation between them;
/// relations on a path are drawn bold. All text goes through ``quoted(_:)``,
/// which escapes backslashes, quotes and line breaks, and no attribute takes
/// a value from the input other than labels and tooltips, so the input cannot
/// inject attributes, HTML labels or file references.
enum PathDOT {
    /// The DOT text for the union of `paths` (and any extra `relations`).
    static func render(index: PathIndex, constraints: PathConstraints, paths: [ActorPath], relations extra: [RelationKey] = [],
                       title: String) -> String {
        let graph = index.graph
        var actors: [Actor.ID] = []
        var seen = Set<Actor.ID>()
        var highlighted = Set(extra)
        for path in paths {
            for actor in path.actors where seen.insert(actor).inserted { actors.append(actor) }
            for step in path.steps { highlighted.insert(step.relation) }
        }
        for key in extra {
            for actor in [key.source, key.target] where seen.insert(actor).inserted { actors.append(actor) }
        }
        actors.sort()
        var undirected = constraints
        undirected.directed = false
        undirected.excludedActors = []
        var relations = Set<RelationKey>()
        for (position, a) in actors.enumerated() {
            for b in actors[(position + 1)...] {
                for key in index.relations(between: a, and: b, constraints: undirected) { relations.insert(key) }
            }
        }
        var out = "graph \"dyad-path\" {\n"
        out += "  label=\(quoted(title));\n  labelloc=t;\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=10];\n"
        for actor in actors {
            let name = graph.actor(actor)?.name ?? actor
            out += "  \(quoted(actor)) [label=\(quoted(name))];\n"
        }
        for key in relations.sorted() {
            let color: String
            switch key.type {
            case .hostility: color = "red"
            case .alliance: color = "darkgreen"
            case .agreement: color = "blue"
            case .proxy: color = "purple"
            }
            var attributes = ["color=\(color)", "label=\(quoted(key.type.rawValue))"]
            if key.type == .proxy { attributes += ["dir=forward", "style=dashed"] }
            if let sentence = graph.relation(key)?.strongestEvidence?.sentence { attributes.append("tooltip=\(quoted(sentence))") }
            attributes.append(highlighted.contains(key) ? "penwidth=3" : "penwidth=1")
            if !highlighted.contains(key) { attributes.append("fontcolor=gray40") }
            out += "  \(quoted(key.source)) -- \(quoted(key.target)) [\(attributes.joined(separator: ", "))];\n"
        }
        out += "}\n"
        return out
    }

    /// A DOT quoted string: backslashes and quotes escaped, line breaks as `\n`, other control characters dropped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Writes the DOT text to `path`, which must end in `.dot` or `.gv` until the renderer exists.
    /// - Throws: ``DyadCLIError`` for another extension; ``GraphFileError`` when the file cannot be written.
    static func write(_ text: String, to path: String) throws {
        let lower = path.lowercased()
        guard lower.hasSuffix(".dot") || lower.hasSuffix(".gv") || path == "-" else {
            throw DyadCLIError("--render writes Graphviz DOT for now: name the output .dot or .gv (\(path)); SVG, PNG and PDF come with the renderer")
        }
        if path == "-" {
            try StandardOutput.write(text)
        } else {
            try AtomicFile.write(Array(text.utf8), to: path)
        }
    }
}
