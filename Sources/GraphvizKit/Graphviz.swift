internal import CGraphviz

/// The in-process entry points to Graphviz, for **trusted** DOT.
///
/// Every call runs under one process-wide lock, so calls from many threads are
/// safe but serialised. A layout cannot be cancelled and Graphviz may call
/// `exit()` on some failures, so DOT from untrusted sources should go through
/// the `dyad-graphviz` helper process instead (see `DyadExport.Renderer`).
/// File loading is turned off before every layout and the ``SafetyPolicy`` is
/// applied unless you pass `nil`.
public enum Graphviz {
    /// The version libgvc reports (Debian 12's 2.42.2 reports "2.43.0").
    /// - Throws: ``GraphvizError`` when the context cannot be created.
    public static func version() throws(GraphvizError) -> String {
        try GraphvizLock.withLock { () throws(GraphvizError) -> String in try GraphvizContext.shared().version }
    }

    /// Parses DOT with cgraph and reports what it holds.
    /// - Parameter dot: DOT text.
    /// - Returns: Nodes, edges, attributes and subgraphs as cgraph read them.
    /// - Throws: ``GraphvizError`` with code `syntax`.
    /// - Complexity: O(n + m) in nodes and edges, times the number of declared attributes.
    public static func parse(_ dot: String) throws(GraphvizError) -> ParsedGraph {
        try GraphvizLock.withLock { () throws(GraphvizError) -> ParsedGraph in
            _ = try GraphvizContext.shared()
            _ = GraphvizLock.takeMessages()
            return try CGraph(dot: dot).summary()
        }
    }

    /// Lays out and renders DOT.
    /// - Parameters:
    ///   - dot: DOT text.
    ///   - engine: The layout engine.
    ///   - format: The output format.
    ///   - policy: The checks to apply before the layout; `nil` skips them.
    /// - Returns: The rendered bytes.
    /// - Throws: ``GraphvizError``: `syntax`, `forbidden`, `layout` or `render`.
    public static func render(
        _ dot: String, engine: LayoutEngine, format: OutputFormat,
        policy: SafetyPolicy? = .strict
    ) throws(GraphvizError) -> [UInt8] {
        try GraphvizLock.withLock { () throws(GraphvizError) -> [UInt8] in
            let context = try GraphvizContext.shared()
            _ = GraphvizLock.takeMessages()
            let graph = try CGraph(dot: dot)
            if let policy { try policy.check(graph.summary()) }
            // Bitmaps at twice the default 72 dpi stay sharp on today's screens.
            if format == .png { graph.setResolution(144) }
            try graph.layout(engine, in: context)
            return try graph.render(format, in: context)
        }
    }

    /// Lays out DOT and reports where every node went.
    /// - Parameters:
    ///   - dot: DOT text.
    ///   - engine: The layout engine.
    ///   - policy: The checks to apply before the layout; `nil` skips them.
    /// - Returns: One position per node, in points, in cgraph's node order.
    /// - Throws: ``GraphvizError``: `syntax`, `forbidden`, `layout` or `render`.
    public static func positions(
        _ dot: String, engine: LayoutEngine,
        policy: SafetyPolicy? = .strict
    ) throws(GraphvizError) -> [NodePosition] {
        try GraphvizLock.withLock { () throws(GraphvizError) -> [NodePosition] in
            let context = try GraphvizContext.shared()
            _ = GraphvizLock.takeMessages()
            let graph = try CGraph(dot: dot)
            if let policy { try policy.check(graph.summary()) }
            try graph.layout(engine, in: context)
            _ = try graph.render(.dot, in: context)
            return graph.positions()
        }
    }
}
