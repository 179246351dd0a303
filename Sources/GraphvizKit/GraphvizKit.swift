internal import CGraphviz

/// Swift ownership of libgvc and libcgraph objects, with all calls serialised.
public enum GraphvizKit {}
