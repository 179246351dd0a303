import DyadCore

extension TimelineResult {
    /// The histogram of `graph`'s evidence dates: by day for spans up to 120 days,
    /// by month up to 30 years, by year beyond.
    /// - Complexity: O(E + bins).
    init(_ graph: Graph) {
        var counts: [Int: Int] = [:]
        var undated = 0
        for relation in graph.relations.values {
            if relation.evidence.isEmpty {
                if let day = relation.firstSeen { counts[day.ordinal, default: 0] += 1 } else { undated += 1 }
                continue
            }
            for evidence in relation.evidence {
                if let day = graph.effectiveDate(of: evidence) { counts[day.ordinal, default: 0] += 1 } else { undated += 1 }
            }
        }
        self.undated = undated
        guard let first = counts.keys.min(), let last = counts.keys.max() else {
            unit = "day"
            bins = []
            return
        }
        let span = last - first
        unit = span <= 120 ? "day" : span <= 366 * 30 ? "month" : "year"
        var binned: [Int: Int] = [:]
        for (ordinal, count) in counts { binned[Self.binStart(Day(ordinal: ordinal), unit: unit).ordinal, default: 0] += count }
        var result: [Bin] = []
        var start = Self.binStart(Day(ordinal: first), unit: unit)
        while start.ordinal <= last {
            let next = Self.nextBin(after: start, unit: unit)
            result.append(Bin(start: start.description, end: next.adding(days: -1).description, count: binned[start.ordinal] ?? 0))
            start = next
        }
        bins = result
    }

    private static func binStart(_ day: Day, unit: String) -> Day {
        let (year, month, _) = day.components
        switch unit {
        case "month": return Day(year: year, month: month, day: 1) ?? day
        case "year": return Day(year: year, month: 1, day: 1) ?? day
        default: return day
        }
    }

    private static func nextBin(after start: Day, unit: String) -> Day {
        let (year, month, _) = start.components
        switch unit {
        case "month": return Day(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: 1) ?? start.adding(days: 31)
        case "year": return Day(year: year + 1, month: 1, day: 1) ?? start.adding(days: 366)
        default: return start.adding(days: 1)
        }
    }
}
