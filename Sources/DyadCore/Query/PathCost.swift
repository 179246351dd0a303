/// What a path query minimises.
///
/// Every cost is positive, so a shortest path never repeats an actor.
public enum PathCost: String, CaseIterable, Hashable, Sendable {
    /// Fewest relations (hops); every relation costs 1.
    case hops
    /// Most probable chain: a relation costs `−ln(confidence)`, confidence clamped to
    /// 0.001…0.999, so the cheapest path has the highest product of confidences.
    case confidence
    /// Best supported chain: a relation costs `1 / n` where n is its count of
    /// supporting evidence (asserted only when hedged evidence is excluded).
    case evidence
}
