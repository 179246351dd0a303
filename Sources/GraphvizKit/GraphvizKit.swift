/// Swift ownership of libgvc and libcgraph objects, with all calls serialised.
///
/// Graphviz is not thread-safe (even with one context per thread), keeps global
/// state, can call `exit()` and cannot cancel a layout. This module therefore:
/// - owns every C object in a final class that frees it in `deinit`;
/// - runs every call into the C libraries under one process-wide lock;
/// - captures Graphviz's own messages into a thrown ``GraphvizError``;
/// - turns file loading off before every layout.
///
/// The in-process API (``Graphviz``) is for trusted input. Untrusted DOT should be
/// rendered in the `dyad-graphviz` helper process, which uses this module behind
/// time and memory limits (see `DyadExport.Renderer`).
public enum GraphvizKit {}
