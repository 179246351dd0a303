/// `GET /api/timeline`: how much evidence falls on each day, month or year.
public struct TimelineResult: Encodable, Hashable, Sendable {
    /// Always `timeline`.
    public var kind = "timeline"
    /// The bin size: `day`, `month` or `year`.
    public var unit: String
    /// The bins, oldest first, without gaps.
    public var bins: [Bin]
    /// Evidence without any date.
    public var undated: Int

    /// One bin of the histogram.
    public struct Bin: Encodable, Hashable, Sendable {
        /// The first day of the bin.
        public var start: String
        /// The last day of the bin.
        public var end: String
        /// Evidence dated inside it.
        public var count: Int
    }
}
