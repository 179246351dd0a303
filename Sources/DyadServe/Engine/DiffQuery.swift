import DyadCore

/// A diff query from the page: the graph as of two days.
public struct DiffQuery: Hashable, Sendable {
    /// The old day.
    public var from: Day
    /// The new day.
    public var to: Day
    /// Evidence older than this many days before a day has lapsed, if given.
    public var window: Int?

    /// Compares the graph as of `from` with the graph as of `to`.
    public init(from: Day, to: Day, window: Int? = nil) {
        self.from = from
        self.to = to
        self.window = window
    }
}
