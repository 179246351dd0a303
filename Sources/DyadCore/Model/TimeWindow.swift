/// When to read a graph: as of a day, between two days, and how long evidence lasts.
///
/// One value carries the time options of every command down to the code that applies
/// them, and each consumer reads the fields that mean something to it:
/// ``PathIndex/init(_:time:)`` snapshots the graph `asOf` a day with a `window`;
/// a diagram view keeps the evidence dated `from` … `to` in a snapshot `asOf` a day;
/// a diff (``GraphDiff/init(_:time:options:)``) compares the graph as of `from` with the graph as of `to`,
/// where evidence older than `window` days has lapsed.
public struct TimeWindow: Hashable, Sendable {
    /// Read the graph as known on this day, if given.
    public var asOf: Day?
    /// The first day: of the evidence kept, or of the old version of a diff.
    public var from: Day?
    /// The last day: of the evidence kept, or of the new version of a diff.
    public var to: Day?
    /// How many days back from a day evidence still counts, if limited.
    public var window: Int?

    /// Creates a window; with no arguments, all of time.
    /// - Parameters:
    ///   - asOf: The snapshot day, if any.
    ///   - from: The first day, if any.
    ///   - to: The last day, if any.
    ///   - window: How many days evidence lasts, if limited.
    public init(asOf: Day? = nil, from: Day? = nil, to: Day? = nil, window: Int? = nil) {
        self.asOf = asOf
        self.from = from
        self.to = to
        self.window = window
    }

    /// Whether the window narrows anything (some field is set).
    public var isLimited: Bool { asOf != nil || from != nil || to != nil || window != nil }
}
