/// Writes graphs as DOT and renders them through the Graphviz layout helper.
///
/// - ``DOTWriter`` turns a `Graph` and ``DiagramOptions`` into DOT through one
///   escaping encoder with an allow-list of attributes (``DOTAttribute``) and
///   value grammars (``DOTValue``): untrusted text only ever becomes an escaped,
///   quoted label or tooltip.
/// - ``Renderer`` runs the `dyad-graphviz` helper process with a wall-clock
///   timeout, CPU and memory limits and an empty working directory, and turns
///   its failures into a ``RenderError``.
/// - ``DiagramOptions`` holds the view (focus, types, dates, evidence, collapse,
///   maximum actors) and the hooks other commands use: highlighted paths,
///   per-relation diff statuses and pinned actor positions.
/// - ``InteropExport`` applies the same view and writes GraphML (``GraphMLWriter``),
///   GEXF 1.3 with time spells (``GEXFWriter``), Cytoscape.js JSON (``CytoscapeWriter``)
///   or CSV tables (``CSVExport``), through one escaping ``XMLWriter``, ``JSONText`` and
///   ``CSVTable``.
public enum DyadExport {}
