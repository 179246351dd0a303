/// How far apart the steps of a timeline are.
public enum TimelineInterval: Hashable, Sendable, CustomStringConvertible {
    /// The same day of each month (the last day of shorter months).
    case month
    /// Every seven days.
    case week
    /// Every so many days.
    case days(Int)

    /// Parses `month`, `week` or a number of days.
    public init?(_ text: String) {
        switch text.lowercased() {
        case "month", "monthly": self = .month
        case "week", "weekly": self = .week
        default:
            guard let count = Int(text), count >= 1 else { return nil }
            self = .days(count)
        }
    }

    /// `month`, `week` or the number of days.
    public var description: String {
        switch self {
        case .month: "month"
        case .week: "week"
        case .days(let count): "\(count) days"
        }
    }

    /// The days from `start` to `end` at this interval; `end` is always the last step.
    /// - Parameters:
    ///   - start: The first step.
    ///   - end: The last step (a step of its own when the interval does not land on it).
    ///   - limit: The most steps to make.
    /// - Returns: The steps in order, or `nil` when there would be more than `limit`.
    public func steps(from start: Day, to end: Day, limit: Int = 1000) -> [Day]? {
        guard start <= end else { return [start] }
        var result: [Day] = []
        var index = 0
        while true {
            let day = step(index, from: start)
            if day >= end { break }
            result.append(day)
            if result.count >= limit { return nil }
            index += 1
        }
        result.append(end)
        return result
    }

    private func step(_ index: Int, from start: Day) -> Day {
        switch self {
        case .week: return start.adding(days: 7 * index)
        case .days(let count): return start.adding(days: count * index)
        case .month:
            let (year, month, day) = start.components
            let total = (month - 1) + index
            let y = year + total / 12, m = total % 12 + 1
            return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y))) ?? start.adding(days: 30 * index)
        }
    }
}
