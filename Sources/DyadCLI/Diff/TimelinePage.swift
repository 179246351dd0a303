import DyadCore
import DyadExport

/// The HTML index of a timeline: every step in order, its diagram, and what changed since the previous step.
/// The page has no external resources: styles are inline and diagrams are files beside it.
struct TimelinePage {
    let source: String
    let interval: TimelineInterval
    let window: Int?
    let graph: Graph
    let timeline: DyadCore.Timeline
    let files: [String]

    /// How many changes each step lists.
    static let listed = 12

    func html() -> String {
        let steps = timeline.steps
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Timeline of \(escape(source))</title>
            <style>
            body { font-family: Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 1100px; color: #222; }
            h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; border-top: 1px solid #ddd; padding-top: 1em; }
            nav a { margin-right: 0.8em; } .summary { color: #555; } img { max-width: 100%; border: 1px solid #eee; }
            li { margin: 0.3em 0; } .kind { font-weight: bold; } q { color: #444; font-style: italic; }
            .added { color: #1a7f37; } .removed { color: #777; } .flipped { color: #d1490f; }
            </style>
            </head>
            <body>
            <h1>Timeline of \(escape(source))</h1>

            """
        let first = steps.first?.day.description ?? "", last = steps.last?.day.description ?? ""
        out +=
            "<p class=\"summary\">\(steps.count) step\(steps.count == 1 ? "" : "s") every \(escape(interval.description)) from \(first) to \(last)"
        if let window { out += ", evidence counted for \(window) days" }
        out += ".</p>\n<nav>" + steps.enumerated().map { "<a href=\"#step-\($0.offset + 1)\">\($0.element.day)</a>" }.joined() + "</nav>\n"
        for (index, step) in steps.enumerated() {
            out += "<section id=\"step-\(index + 1)\">\n<h2>\(index + 1). As of \(step.day)</h2>\n"
            out += "<p class=\"summary\">\(step.snapshot.relationCount) relations between \(step.snapshot.actors.count) actors"
            if let diff = step.diff, index > 0 {
                out += "; since \(steps[index - 1].day): \(escape(DiffText.summary(diff)))"
            }
            out += ".</p>\n"
            if let diff = step.diff, !diff.isEmpty {
                out += "<ul>\n"
                for change in diff.changes.prefix(TimelinePage.listed) { out += "<li>\(line(change))</li>\n" }
                if diff.changes.count > TimelinePage.listed { out += "<li>… and \(diff.changes.count - TimelinePage.listed) more</li>\n" }
                out += "</ul>\n"
            }
            if index < files.count {
                let file = escape(files[index])
                if file.hasSuffix(".dot") {
                    out += "<p><a href=\"\(file)\">\(file)</a> (Graphviz DOT)</p>\n"
                } else {
                    out += "<a href=\"\(file)\"><img src=\"\(file)\" alt=\"The graph as of \(step.day)\"></a>\n"
                }
            }
            out += "</section>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }

    func name(_ id: Actor.ID) -> String { escape(graph.actors[id]?.name ?? id) }

    func chain(_ key: RelationKey) -> String { key.text(name: name) }

    /// One change in a line, with the sentence that caused it.
    func line(_ change: GraphChange) -> String {
        var text: String
        switch change.kind {
        case .flipped:
            text =
                "<span class=\"kind flipped\">flipped</span> \(chain(change.relation ?? RelationKey(source: "?", type: .alliance, target: "?"))): "
                + "\(change.previous?.type.rawValue ?? "?") → \(change.relation?.type.rawValue ?? "?")"
        case .relationAdded, .relationRemoved, .modalityChanged, .strengthened, .weakened:
            let css = change.kind == .relationAdded ? "added" : change.kind == .relationRemoved ? "removed" : ""
            text = "<span class=\"kind \(css)\">\(escape(DiffText.label(change.kind, 1)))</span> "
            if let key = change.relation { text += chain(key) }
            if change.kind == .modalityChanged, let before = change.before, let after = change.after {
                text += ": \(before.modality.rawValue) → \(after.modality.rawValue)"
            }
        case .actorAdded, .actorRemoved, .subUnitChanged, .aliasesChanged:
            text = "<span class=\"kind\">\(escape(DiffText.label(change.kind, 1)))</span> \(name(change.actor ?? "?"))"
        }
        if let item = change.evidence.first(where: { $0.side == .after }) ?? change.evidence.first {
            text += " — <q>\(escape(String(item.evidence.sentence.prefix(300))))</q>"
        }
        return text
    }

    /// Escapes text for HTML element content and attribute values (the XML escaper serves HTML too).
    func escape(_ text: String) -> String { XMLWriter.escapeAttribute(text) }
}
