/// An ISO 8601 calendar date of full or reduced precision: a day (`2024-01-15`),
/// a month (`2024-01`) or a year (`2024`), read as the range of days it covers.
///
/// Corpora often date an article only to its month or year. Dyad keeps such a
/// date as its range: the first day stands for the date wherever one day is
/// needed (a document's `published`, the date its evidence defaults to, the day
/// relative dates in the text resolve against), and the last day is kept as the
/// document's `publishedTo`, so no tool has to guess the precision back.
public struct PartialDate: Hashable, Sendable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: String, Hashable, Sendable, CaseIterable {
        /// `YYYY`.
        case year
        /// `YYYY-MM`.
        case month
        /// `YYYY-MM-DD`.
        case day
    }

    /// The first day of the range.
    public let first: Day
    /// The last day of the range (equal to ``first`` for a full date).
    public let last: Day
    /// How much of the date is known.
    public let precision: Precision

    /// A full date: the range of one day.
    public init(_ day: Day) {
        first = day
        last = day
        precision = .day
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (years 0001 through 9999);
    /// returns `nil` for any other form or an impossible date.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        switch bytes.count {
        case 4:
            guard let year = number(0..<4), let start = Day(year: year, month: 1, day: 1),
                let end = Day(year: year, month: 12, day: 31)
            else { return nil }
            (first, last, precision) = (start, end, .year)
        case 7:
            guard bytes[4] == UInt8(ascii: "-"), let year = number(0..<4), let month = number(5..<7),
                let start = Day(year: year, month: month, day: 1),
                let end = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))
            else { return nil }
            (first, last, precision) = (start, end, .month)
        default:
            guard let day = Day(text) else { return nil }
            (first, last, precision) = (day, day, .day)
        }
    }

    /// The last day when the date is a range of several days, `nil` for a full date.
    public var lastIfRange: Day? { precision == .day ? nil : last }

    /// The date as written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var description: String {
        let text = first.description
        switch precision {
        case .year: return String(text.prefix(4))
        case .month: return String(text.prefix(7))
        case .day: return text
        }
    }

    /// What a message says the accepted forms are.
    public static let acceptedForms = "YYYY-MM-DD, YYYY-MM or YYYY"
}
