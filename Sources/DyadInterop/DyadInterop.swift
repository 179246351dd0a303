/// Imports other tools' data into Dyad.
///
/// - ``EdgeListImporter`` reads an edge list (CSV: source, target, type, date, evidence)
///   into a graph, with `file:line:col` errors for bad rows.
/// - ``GraphMLImporter`` reads GraphML written by Dyad, NetworkX, yEd or Gephi: attributes
///   whose names match Dyad's are mapped, the rest kept as `x-` extension fields.
/// - ``PetrarchConverter`` turns PETRARCH/TABARI actor and agent dictionaries (and,
///   optionally, verb codes through ``CAMEOMapping``) into a Dyad rule pack, with a report
///   of what it converted and skipped.
public enum DyadInterop {}
