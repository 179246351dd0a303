/// Writes graphs as DOT and renders them through the Graphviz layout helper.
public enum DyadExport {}
