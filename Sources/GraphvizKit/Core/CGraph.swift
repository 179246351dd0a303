internal import CGraphviz

/// Owns one `Agraph_t` read from DOT; closes it (and frees its layout) in `deinit`.
///
/// Every method expects the caller to hold ``GraphvizLock``.
final class CGraph {
    let pointer: UnsafeMutablePointer<Agraph_t>
    private var layoutContext: GraphvizContext?

    /// Parses DOT text with cgraph.
    /// - Throws: ``GraphvizError`` with code `syntax` and Graphviz's message.
    init(dot: String) throws(GraphvizError) {
        _ = agreseterrors()
        guard dot.utf8.contains(where: { $0 > 32 }), let graph = agmemread(dot) else {
            let messages = GraphvizLock.takeMessages()
            throw GraphvizError(code: .syntax, message: "the DOT text does not parse as one graph", graphvizMessages: messages)
        }
        pointer = graph
    }

    deinit {
        GraphvizLock.withLock {
            if let layoutContext { _ = gvFreeLayout(layoutContext.pointer, pointer) }
            _ = agclose(pointer)
        }
    }

    /// Lays the graph out with `engine`.
    /// - Throws: ``GraphvizError`` with code `layout`.
    func layout(_ engine: LayoutEngine, in context: GraphvizContext) throws(GraphvizError) {
        if let layoutContext {
            _ = gvFreeLayout(layoutContext.pointer, pointer)
            self.layoutContext = nil
        }
        let status = gvLayout(context.pointer, pointer, engine.rawValue)
        let messages = GraphvizLock.takeMessages()
        guard status == 0 else {
            throw GraphvizError(code: .layout, message: "the \(engine.rawValue) layout failed", graphvizMessages: messages)
        }
        layoutContext = context
    }

    /// Sets the bitmap resolution in dots per inch (`dpi`), before the layout.
    func setResolution(_ dotsPerInch: Int) {
        let value = String(min(600, max(36, dotsPerInch)))
        _ = value.withCString { valuePointer in
            agsafeset(
                UnsafeMutableRawPointer(pointer), mutableCString("dpi"), UnsafeMutablePointer(mutating: valuePointer), mutableCString(""))
        }
    }

    /// Renders the laid-out graph.
    /// - Throws: ``GraphvizError`` with code `render`.
    func render(_ format: OutputFormat, in context: GraphvizContext) throws(GraphvizError) -> [UInt8] {
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gvRenderData(context.pointer, pointer, format.graphvizName, &data, &length)
        let messages = GraphvizLock.takeMessages()
        defer { if let data { gvFreeRenderData(data) } }
        guard status == 0, let data, length > 0 else {
            throw GraphvizError(code: .render, message: "rendering as \(format.rawValue) failed", graphvizMessages: messages)
        }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
    }

    /// The `pos` of every node after a layout and a `dot` render (which attaches the positions).
    func positions() -> [NodePosition] {
        var result: [NodePosition] = []
        var node = agfstnode(pointer)
        while let current = node {
            let name = string(agnameof(UnsafeMutableRawPointer(current)))
            let pos = string(agget(UnsafeMutableRawPointer(current), mutableCString("pos")))
            let parts = pos.filter { $0 != "!" }.split(separator: ",")
            if parts.count >= 2, let x = Double(parts[0]), let y = Double(parts[1]) {
                result.append(NodePosition(name: name, x: x, y: y))
            }
            node = agnxtnode(pointer, current)
        }
        return result
    }

    /// Everything cgraph read: nodes, edges, attributes, subgraphs.
    func summary() -> ParsedGraph {
        var html: [String] = []
        let nodeSymbols = symbols(kind: AGNODE)
        let edgeSymbols = symbols(kind: AGEDGE)
        let graphSymbols = symbols(kind: AGRAPH)
        func values(of object: UnsafeMutableRawPointer, _ symbols: [(String, UnsafeMutablePointer<Agsym_t>)]) -> [String: String] {
            var result: [String: String] = [:]
            for (name, symbol) in symbols {
                guard let raw = agxget(object, symbol) else { continue }
                let value = String(cString: raw)
                if value.isEmpty { continue }
                if aghtmlstr(raw) != 0 { html.append(value) }
                result[name] = value
            }
            return result
        }
        let graphAttributes = values(of: UnsafeMutableRawPointer(pointer), graphSymbols)
        var subgraphs: [String] = []
        var subgraphAttributes: [String: [String: String]] = [:]
        func walk(_ graph: UnsafeMutablePointer<Agraph_t>) {
            var sub = agfstsubg(graph)
            while let current = sub {
                let name = string(agnameof(UnsafeMutableRawPointer(current)))
                subgraphs.append(name)
                subgraphAttributes[name] = values(of: UnsafeMutableRawPointer(current), graphSymbols)
                walk(current)
                sub = agnxtsubg(current)
            }
        }
        walk(pointer)
        var nodes: [ParsedGraph.Node] = []
        var edges: [ParsedGraph.Edge] = []
        var node = agfstnode(pointer)
        while let current = node {
            nodes.append(
                ParsedGraph.Node(
                    name: string(agnameof(UnsafeMutableRawPointer(current))),
                    attributes: values(of: UnsafeMutableRawPointer(current), nodeSymbols)))
            var edge = agfstout(pointer, current)
            while let out = edge {
                edges.append(
                    ParsedGraph.Edge(
                        tail: string(agnameof(UnsafeMutableRawPointer(dyad_edge_tail(out)))),
                        head: string(agnameof(UnsafeMutableRawPointer(dyad_edge_head(out)))),
                        attributes: values(of: UnsafeMutableRawPointer(out), edgeSymbols)))
                edge = agnxtout(pointer, out)
            }
            node = agnxtnode(pointer, current)
        }
        return ParsedGraph(
            isDirected: agisdirected(pointer) != 0, graphAttributes: graphAttributes,
            subgraphAttributes: subgraphAttributes, nodes: nodes, edges: edges,
            htmlValues: html, subgraphs: subgraphs)
    }

    private func symbols(kind: Int32) -> [(String, UnsafeMutablePointer<Agsym_t>)] {
        var result: [(String, UnsafeMutablePointer<Agsym_t>)] = []
        var symbol = agnxtattr(pointer, kind, nil)
        while let current = symbol {
            result.append((string(current.pointee.name), current))
            symbol = agnxtattr(pointer, kind, current)
        }
        return result
    }

    private func string(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}

/// A C string that lives for the process (attribute names passed to `agget`, which takes `char *`).
private func mutableCString(_ text: StaticString) -> UnsafeMutablePointer<CChar> {
    UnsafeMutableRawPointer(mutating: text.utf8Start).assumingMemoryBound(to: CChar.self)
}
