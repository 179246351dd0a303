import DyadCore

extension GraphViewer {
    /// The most timeline positions prepared at start-up.
    static var preparedPositions: Int { 48 }

    /// Work done once, in the background, when the server starts: the first view; a kept
    /// snapshot at the end of every timeline bin, so diffs start from a nearby day; and, for
    /// large graphs, the views the time slider asks for (as of each bin's end, and from the
    /// first bin to each bin's end), so moving the slider answers from the view cache.
    ///
    /// At most ``preparedPositions`` bins, evenly spread, are prepared.
    public func prepare() {
        _ = try? diagram(ViewQuery())
        let bins = histogram.bins
        let step = max(1, (bins.count + Self.preparedPositions - 1) / Self.preparedPositions)
        let ends = stride(from: 0, to: bins.count, by: step).compactMap { Day(bins[$0].end) }
        checkpoints(window: nil).prepare(ends)
        guard isLarge, let first = bins.first.flatMap({ Day($0.start) }), let last = bins.last.flatMap({ Day($0.end) }) else { return }
        for end in ends {
            var asOf = ViewQuery()
            asOf.asOf = end
            _ = try? diagram(asOf)
            if end == last { continue }  // the whole range is the first view
            var between = ViewQuery()
            between.from = first
            between.to = end
            _ = try? diagram(between)
        }
    }
}
