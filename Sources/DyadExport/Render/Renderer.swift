import DyadCore
internal import GraphvizKit

/// Renders graphs and diagrams to SVG, PNG, PDF or DOT.
///
/// ``render(_:options:format:limits:)`` is the safe path: the layout runs in the
/// `dyad-graphviz` helper process, with a wall-clock timeout, CPU and memory
/// limits, an empty working folder and file loading off. Any number of threads
/// may render at once; each render is its own process.
/// ``renderInProcess(_:format:)`` runs Graphviz inside this process behind
/// GraphvizKit's lock: faster to start, but a layout cannot be stopped and
/// Graphviz may end the process, so use it for trusted input only.
public enum Renderer {
    /// Renders `graph` as `options` describe it.
    /// - Parameters:
    ///   - graph: The graph to draw.
    ///   - options: The view, look and hooks.
    ///   - format: The output format.
    ///   - limits: The helper's limits.
    /// - Returns: The file's bytes.
    /// - Throws: ``RenderError``.
    public static func render(
        _ graph: Graph, options: DiagramOptions = DiagramOptions(), format: RenderFormat,
        limits: RenderLimits = .standard
    ) throws(RenderError) -> [UInt8] {
        try render(DOTWriter.diagram(for: graph, options: options), format: format, limits: limits)
    }

    /// Renders a diagram made by ``DOTWriter/diagram(for:options:)``.
    /// - Parameters:
    ///   - diagram: The diagram.
    ///   - format: The output format; `dot` returns the diagram's DOT text.
    ///   - limits: The helper's limits.
    /// - Returns: The file's bytes.
    /// - Throws: ``RenderError``.
    public static func render(_ diagram: Diagram, format: RenderFormat, limits: RenderLimits = .standard) throws(RenderError) -> [UInt8] {
        guard let output = format.outputFormat else { return Array(diagram.dot.utf8) }
        return try LayoutHelper.run(dot: diagram.dot, engine: diagram.engine, format: output.rawValue, limits: limits)
    }

    /// Renders DOT text from elsewhere in the helper (benchmarks, tools), with Dyad's safety policy.
    /// - Parameters:
    ///   - dot: DOT text.
    ///   - layout: The layout engine.
    ///   - format: The output format; `dot` returns the DOT laid out.
    ///   - limits: The helper's limits.
    /// - Returns: The file's bytes.
    /// - Throws: ``RenderError``.
    public static func render(
        dot: String, layout: DiagramLayout, format: RenderFormat,
        limits: RenderLimits = .standard
    ) throws(RenderError) -> [UInt8] {
        try LayoutHelper.run(dot: dot, engine: layout.engine, format: (format.outputFormat ?? .dot).rawValue, limits: limits)
    }

    /// Lays `graph` out and reports where each actor went, for pinning later diagrams.
    ///
    /// Lay out the union of a sequence of graphs once, then pass the result as
    /// ``DiagramOptions/pinnedPositions`` to draw each one with stable positions.
    /// - Parameters:
    ///   - graph: The graph to lay out.
    ///   - options: The view and layout (the legend is left out of the layout).
    ///   - limits: The helper's limits.
    /// - Returns: Each drawn actor's centre in points.
    /// - Throws: ``RenderError``.
    public static func positions(
        for graph: Graph, options: DiagramOptions = DiagramOptions(),
        limits: RenderLimits = .standard
    ) throws(RenderError) -> [Actor.ID: DiagramPoint] {
        var layoutOptions = options
        layoutOptions.legend = false
        layoutOptions.tooltips = false
        let diagram = DOTWriter.diagram(for: graph, options: layoutOptions)
        let bytes = try LayoutHelper.run(dot: diagram.dot, engine: diagram.engine, format: "positions", limits: limits)
        var byName: [String: Actor.ID] = [:]
        for (id, name) in diagram.nodeNames { byName[name] = id }
        var result: [Actor.ID: DiagramPoint] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            guard let position = PositionLine(line), let id = byName[position.name] else { continue }
            result[id] = DiagramPoint(x: position.x, y: position.y)
        }
        return result
    }

    /// Renders a diagram inside this process, for **trusted** input only.
    ///
    /// Runs under GraphvizKit's process-wide lock, so concurrent calls are
    /// serialised. A layout cannot be interrupted and Graphviz may end the process
    /// on some failures; untrusted graphs belong in ``render(_:format:limits:)``.
    /// - Parameters:
    ///   - diagram: The diagram.
    ///   - format: The output format.
    /// - Returns: The file's bytes.
    /// - Throws: ``RenderError`` with code `invalidInput` or `graphviz`.
    public static func renderInProcess(_ diagram: Diagram, format: RenderFormat) throws(RenderError) -> [UInt8] {
        guard let output = format.outputFormat else { return Array(diagram.dot.utf8) }
        do {
            return try Graphviz.render(diagram.dot, engine: diagram.engine, format: output)
        } catch {
            let code: RenderError.Code = [.syntax, .forbidden].contains(error.code) ? .invalidInput : .graphviz
            return try rethrow(RenderError(code: code, message: error.message, details: error.graphvizMessages.joined(separator: "\n")))
        }
    }

    private static func rethrow(_ error: RenderError) throws(RenderError) -> [UInt8] { throw error }
}
