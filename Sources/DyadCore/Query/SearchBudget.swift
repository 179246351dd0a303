/// How much work a path enumeration may do, counted in explored states (relations followed
/// by a depth-first search, nodes of each shortest-path search), so that `--all` on a dense
/// graph or a huge `--k` ends in bounded time and says so.
public struct SearchBudget: Sendable, Hashable {
    /// The states left.
    public private(set) var remaining: Int

    /// A budget of `states` explored states.
    public init(states: Int) { remaining = max(0, states) }

    /// No limit.
    public static var unlimited: SearchBudget { SearchBudget(states: .max) }

    /// Whether the search stopped because the budget ran out.
    public var isExhausted: Bool { remaining <= 0 }

    /// Spends `states`; returns `false` once nothing is left.
    mutating func spend(_ states: Int = 1) -> Bool {
        remaining = remaining > states ? remaining - states : 0
        return remaining > 0
    }
}
