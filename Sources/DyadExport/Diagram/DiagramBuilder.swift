import DyadCore

/// Writes one diagram: graph settings, legend, actors (in clusters when asked), relations.
struct DiagramBuilder {
    let view: DiagramView
    let options: DiagramOptions
    private var encoder = DOTEncoder()
    private let names: [Actor.ID: String]
    private let layout: DiagramLayout
    private let allPinned: Bool
    private var notes: [String] = []

    init(view: DiagramView, options: DiagramOptions) {
        self.view = view
        self.options = options
        let graph = view.graph
        names = DOTWriter.nodeNames(for: Array(graph.actors.keys))
        allPinned = !graph.actors.isEmpty && graph.actors.keys.allSatisfy { options.pinnedPositions[$0] != nil }
        if !options.pinnedPositions.isEmpty {
            layout = allPinned ? .neato : (options.layout == .fdp ? .fdp : .neato)
        } else {
            let labelled = options.relationLabels ?? (options.diff != nil && graph.relations.count <= 200)
            layout =
                options.layout ?? DiagramLayout.automatic(actors: graph.actors.count, relations: graph.relations.count, labelled: labelled)
        }
    }

    private var graph: Graph { view.graph }
    private var highlighted: DiagramHighlight? { options.highlight }
    private var relationLabels: Bool {
        options.relationLabels ?? (options.diff != nil && graph.relations.count <= 200)
    }

    mutating func build() -> Diagram {
        encoder.beginGraph(directed: true, name: "dyad")
        writeGraphSettings()
        writeActors()
        // Each relation's statement is made on all cores (its tooltip and escaped values are most of a large
        // diagram's DOT), then written in the graph's order.
        let relations = graph.relations.values.elements
        let builder = self
        let edges = Parallel.map(count: relations.count) { index in builder.edgeStatement(relations[index]) }
        for edge in edges {
            guard let edge else { continue }
            encoder.edge(edge.tail, edge.head, encodedAttributes: edge.attributes)
        }
        encoder.end()
        if options.clusters, !options.collapseSubUnits, layout == .sfdp || layout == .neato || layout == .circo {
            notes.append("the \(layout.rawValue) layout ignores clusters; use --layout dot or fdp to see them")
        }
        return Diagram(
            dot: encoder.output, layout: layout, allPinned: allPinned, actorCount: graph.actors.count,
            relationCount: graph.relations.count, droppedActors: view.dropped, nodeNames: names, notes: notes)
    }

    // MARK: Graph

    private mutating func writeGraphSettings() {
        var settings: [(DOTAttribute, DOTValue)] = [
            (.label, options.legend ? .legend(legendTable()) : .lines(titleLines())), (.labelloc, .keyword(.top)),
            (.labeljust, .keyword(.center)),
            (.fontname, .token(DiagramStyle.font)), (.fontsize, .number(16, 6...40)), (.fontcolor, .color(.ink)),
            (.bgcolor, .color(.paper)), (.pad, .number(0.3, 0...2)), (.outputorder, .keyword(.edgesFirst)),
        ]
        // Spline routing around prism-separated nodes dominates sfdp's time past a few hundred relations.
        let large = graph.relations.count > 200
        switch layout {
        case .dot:
            settings += [
                (.rankdir, .keyword(.leftToRight)), (.nodesep, .number(0.3, 0.02...5)), (.ranksep, .number(0.9, 0.02...10)),
                (.splines, .keyword(.true)),
            ]
        case .sfdp, .fdp, .neato:
            settings += [(.overlap, .keyword(allPinned ? .true : .prism)), (.splines, .keyword(large || allPinned ? .false : .true))]
            if !options.pinnedPositions.isEmpty, !allPinned { settings.append((.inputscale, .number(72, 1...1000))) }
            if layout != .sfdp, options.pinnedPositions.isEmpty { settings.append((.start, .number(1, 0...1_000_000))) }
        case .circo:
            settings += [(.splines, .keyword(.true))]
        }
        encoder.defaults("graph", settings)
        encoder.defaults(
            "node",
            [
                (.fontname, .token(DiagramStyle.font)), (.fontsize, .number(11, 4...40)), (.fontcolor, .color(.ink)),
                (.color, .color(.ink)), (.penwidth, .number(1, 0...10)), (.margin, .number(0.12, 0...2)),
                (.height, .number(0.4, 0.02...10)),
            ])
        encoder.defaults(
            "edge",
            [
                (.fontname, .token(DiagramStyle.font)), (.fontsize, .number(9, 4...40)), (.fontcolor, .color(.muted)),
                (.arrowsize, .number(0.8, 0.1...3)),
            ])
    }

    private func titleLines() -> [String] {
        var lines: [String] = []
        let counts =
            "\(graph.actors.count) actor\(graph.actors.count == 1 ? "" : "s") · \(graph.relations.count) relation\(graph.relations.count == 1 ? "" : "s")"
        if let title = options.title {
            lines.append(DOTEncoder.truncate(title, to: 120))
            lines.append(counts)
        } else {
            lines.append(counts)
        }
        if options.showDateRange, let range = dateRange() { lines.append(range) }
        if !view.dropped.isEmpty {
            lines.append("showing the \(graph.actors.count) most connected of \(graph.actors.count + view.dropped.count) actors")
        }
        return lines
    }

    /// "evidence from A to B" (and "as of D" for snapshots), from the drawn relations.
    private func dateRange() -> String? {
        var first: Day?, last: Day?
        for relation in graph.relations.values {
            var dates: [Day] = relation.evidence.compactMap { graph.effectiveDate(of: $0) }
            if relation.evidence.isEmpty { dates = [relation.firstSeen, relation.lastSeen].compactMap { $0 } }
            for day in dates {
                if first.map({ day < $0 }) ?? true { first = day }
                if last.map({ day > $0 }) ?? true { last = day }
            }
        }
        var parts: [String] = []
        if let first, let last { parts.append(first == last ? "evidence of \(first)" : "evidence from \(first) to \(last)") }
        if let asOf = options.asOf { parts.append("as of \(asOf)") }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    // MARK: Actors

    private mutating func writeActors() {
        let ids = Array(graph.actors.keys)
        guard options.clusters, !options.collapseSubUnits else {
            for id in ids { writeActor(id) }
            return
        }
        var children: [Actor.ID: [Actor.ID]] = [:]
        for id in ids {
            if let parent = graph.actor(id)?.partOf, parent != id, graph.actor(parent) != nil {
                children[parent, default: []].append(id)
            }
        }
        var written: Set<Actor.ID> = []
        var clusterIndex = 0
        // Top-level actors: no parent drawn (or a cycle); then anything a cycle left out.
        for id in ids where !(graph.actor(id)?.partOf.map { children[$0]?.contains(id) ?? false } ?? false) {
            writeNested(id, children: children, written: &written, clusterIndex: &clusterIndex)
        }
        for id in ids where !written.contains(id) {
            writeNested(id, children: children, written: &written, clusterIndex: &clusterIndex)
        }
    }

    /// Writes an actor, or a cluster holding it and its sub-units.
    private mutating func writeNested(
        _ id: Actor.ID, children: [Actor.ID: [Actor.ID]], written: inout Set<Actor.ID>,
        clusterIndex: inout Int
    ) {
        guard written.insert(id).inserted else { return }
        guard let kids = children[id], !kids.isEmpty else {
            writeActor(id)
            return
        }
        encoder.beginSubgraph(name: "cluster_\(clusterIndex)")
        clusterIndex += 1
        encoder.defaults(
            "graph",
            [
                (.label, .lines(DOTEncoder.wrap(graph.actor(id)?.name ?? id, width: 30, maxLines: 2))),
                (.style, .styles([.rounded, .filled])), (.fillcolor, .color(.panel)), (.color, .color(.frame)),
                (.fontsize, .number(10, 4...40)), (.fontcolor, .color(.muted)),
            ])
        writeActor(id)
        for kid in kids.sorted() { writeNested(kid, children: children, written: &written, clusterIndex: &clusterIndex) }
        encoder.end()
    }

    private mutating func writeActor(_ id: Actor.ID) {
        guard let actor = graph.actor(id), let name = names[id] else { return }
        let look = DiagramStyle.look(of: actor.kind)
        var attributes: [(DOTAttribute, DOTValue)] = [
            (.id, .token("actor-" + name)),
            (.label, .lines(DOTEncoder.wrap(actor.name.isEmpty ? actor.id : actor.name, width: 18, maxLines: 3))),
            (.shape, .keyword(look.shape)), (.style, .styles(look.styles)), (.fillcolor, .color(look.fill)),
        ]
        if look.shape == .hexagon || look.shape == .octagon { attributes.append((.margin, .number(0.03, 0...2))) }
        if let highlighted {
            if highlighted.actors.contains(id) {
                attributes += [(.color, .color(.highlight)), (.penwidth, .number(3, 0...10))]
            } else {
                attributes += [(.color, .color(.faded)), (.fontcolor, .color(.muted)), (.fillcolor, .color(look.fill.withAlpha(0x80)))]
            }
        }
        if options.tooltips { attributes.append((.tooltip, .tooltipLines(actorTooltip(actor)))) }
        if let pin = options.pinnedPositions[id] {
            attributes.append((.pos, .point(x: pin.x, y: pin.y, pinned: true)))
        }
        encoder.node(name, attributes)
    }

    private func actorTooltip(_ actor: Actor) -> [String] {
        var lines = ["\(DOTEncoder.truncate(actor.name, to: 80)) (\(actor.kind.rawValue))"]
        let aliases = actor.aliases.filter { $0 != actor.name }
        if !aliases.isEmpty {
            lines.append(
                "also: " + aliases.prefix(6).map { DOTEncoder.truncate($0, to: 40) }.joined(separator: ", ")
                    + (aliases.count > 6 ? ", …" : ""))
        }
        if let parent = actor.partOf { lines.append("part of: " + DOTEncoder.truncate(graph.actor(parent)?.name ?? parent, to: 80)) }
        lines.append("\(graph.degree(of: actor.id)) relation\(graph.degree(of: actor.id) == 1 ? "" : "s") shown")
        return lines
    }

    // MARK: Relations

    /// A relation's edge: its node names and its attribute list as DOT bytes (``DOTEncoder/attributeListBytes(_:)``);
    /// `nil` for a relation whose actors are not drawn.
    private func edgeStatement(_ relation: Relation) -> (tail: String, head: String, attributes: [UInt8])? {
        guard let tail = names[relation.source], let head = names[relation.target] else { return nil }
        let count = max(1, relation.evidence.count)
        var color = DiagramStyle.color(of: relation.type)
        var width = DiagramStyle.penWidth(evidence: count)
        var style = DiagramStyle.style(of: relation)
        var status: RelationDiffStatus?
        if let diff = options.diff {
            let current = diff[relation.key] ?? .unchanged
            status = current
            switch current {
            case .added: color = .added; width += 1.5
            case .removed: color = .removed; style = .dashed
            case .flipped: color = .flipped; width += 1
            case .strengthened: width = min(8, width * 1.8 + 1)
            case .weakened: color = color.withAlpha(0x99); width = max(0.8, width * 0.6)
            case .unchanged: color = color.withAlpha(0x59)
            }
        }
        if let highlighted {
            if highlighted.relations.contains(relation.key) {
                width = min(8, width + 2.5)
            } else {
                color = .faded
                width = max(0.8, width * 0.7)
            }
        }
        let name = "rel-" + tail + "-" + relation.type.rawValue + "-" + head
        var attributes: [(DOTAttribute, DOTValue)] = [
            (.id, .token(name)), (.color, .color(color)), (.penwidth, .number(width, 0.5...8)),
        ]
        var styles = [style]
        if let highlighted, highlighted.relations.contains(relation.key), style == .solid { styles = [.bold] }
        attributes.append((.style, .styles(styles)))
        if relation.type == .proxy {
            attributes.append((.arrowhead, .keyword(.normal)))
        } else {
            attributes.append((.dir, .keyword(.none)))
        }
        if relationLabels { attributes.append((.label, .text(relation.type.rawValue))) }
        if options.tooltips { attributes.append((.tooltip, .tooltipLines(relationTooltip(relation, status: status)))) }
        if let evidence = relation.strongestEvidence, let source = graph.documents[evidence.document]?.source,
            DOTEncoder.isSafeLink(source)
        {
            attributes.append((.url, .link(source)))
        }
        return (tail, head, DOTEncoder.attributeListBytes(attributes))
    }

    private func relationTooltip(_ relation: Relation, status: RelationDiffStatus?) -> [String] {
        func name(_ id: Actor.ID) -> String { DOTEncoder.truncate(graph.actor(id)?.name ?? id, to: 60) }
        let arrow = relation.type.isSymmetric ? " —\(relation.type.rawValue)— " : " —\(relation.type.rawValue)→ "
        var lines = [name(relation.source) + arrow + name(relation.target)]
        var summary =
            "\(relation.evidence.count) piece\(relation.evidence.count == 1 ? "" : "s") of evidence · \(relation.modality.rawValue)"
        if let first = relation.firstSeen, let last = relation.lastSeen {
            summary += first == last ? " · \(first)" : " · \(first) to \(last)"
        }
        lines.append(summary)
        if let status { lines.append("change: \(status.rawValue)") }
        if let evidence = relation.strongestEvidence {
            lines.append("“" + DOTEncoder.truncate(evidence.sentence, to: 300) + "”")
            var origin: [String] = []
            if let attributed = evidence.attributedTo { origin.append("said by " + DOTEncoder.truncate(attributed, to: 60)) }
            if let day = graph.effectiveDate(of: evidence) { origin.append(day.description) }
            let document = graph.documents[evidence.document]
            if let title = document?.title { origin.append(DOTEncoder.truncate(title, to: 80)) }
            if let source = document?.source { origin.append(DOTEncoder.truncate(source, to: 100)) }
            if origin.isEmpty { origin.append("document " + DOTEncoder.truncate(evidence.document, to: 40)) }
            lines.append("— " + origin.joined(separator: " · "))
        }
        return lines
    }

    // MARK: Legend

    private func legendTable() -> LegendTable {
        typealias Item = LegendTable.Item
        var groups: [LegendTable.Group] = []
        let presentTypes = Set(graph.relations.keys.map(\.type))
        if let diff = options.diff {
            let present = Set(graph.relations.keys.map { diff[$0] ?? .unchanged })
            var items: [Item] = []
            for status in RelationDiffStatus.allCases where present.contains(status) {
                switch status {
                case .added: items.append(Item(sample: .line(.added, .solid, arrow: false, size: 14), caption: "added"))
                case .removed: items.append(Item(sample: .line(.removed, .dashed, arrow: false, size: 12), caption: "removed"))
                case .flipped: items.append(Item(sample: .line(.flipped, .solid, arrow: false, size: 13), caption: "type changed"))
                case .strengthened: items.append(Item(sample: .line(.ink, .solid, arrow: false, size: 16), caption: "strengthened"))
                case .weakened: items.append(Item(sample: .line(.ink.withAlpha(0x99), .solid, arrow: false, size: 9), caption: "weakened"))
                case .unchanged:
                    items.append(Item(sample: .line(.ink.withAlpha(0x59), .solid, arrow: false, size: 12), caption: "unchanged"))
                }
            }
            groups.append(LegendTable.Group(heading: "Changes", items: items))
        }
        var relationItems: [Item] = []
        let typeItems: [(RelationType, Item)] = [
            (.hostility, Item(sample: .line(.hostility, .solid, arrow: false, size: 12), caption: "hostility")),
            (.alliance, Item(sample: .line(.alliance, .solid, arrow: false, size: 12), caption: "alliance")),
            (.agreement, Item(sample: .line(.agreement, .solid, arrow: false, size: 12), caption: "agreement")),
            (.proxy, Item(sample: .line(.proxy, .dashed, arrow: true, size: 12), caption: "proxy → patron")),
        ]
        for (type, item) in typeItems where presentTypes.contains(type) || graph.relations.isEmpty { relationItems.append(item) }
        if graph.relations.values.contains(where: { $0.modality == .hedged }) {
            relationItems.append(Item(sample: .line(.muted, .dotted, arrow: false, size: 12), caption: "hedged only"))
        }
        relationItems.append(Item(sample: .line(.muted, .solid, arrow: false, size: 15), caption: "thicker: more evidence"))
        if let highlighted {
            relationItems.append(
                Item(
                    sample: .line(.highlight, .solid, arrow: false, size: 16),
                    caption: DOTEncoder.truncate(highlighted.caption, to: 48)))
        }
        groups.append(LegendTable.Group(heading: "Relations", items: relationItems))
        let kinds = Set(graph.actors.values.map(\.kind))
        var actorItems: [Item] = []
        for kind in ActorKind.allCases where kinds.contains(kind) {
            let look = DiagramStyle.look(of: kind)
            actorItems.append(
                Item(sample: .swatch(look.fill, shape: look.shapeName, dashed: kind == .unknown), caption: kind.rawValue.replacingHyphens())
            )
        }
        if !actorItems.isEmpty { groups.append(LegendTable.Group(heading: "Actors", items: actorItems)) }
        return LegendTable(title: titleLines(), groups: groups)
    }
}

extension String {
    /// The text with hyphens as spaces (`armed-group` → `armed group`).
    func replacingHyphens() -> String { String(map { $0 == "-" ? " " : $0 }) }
}
