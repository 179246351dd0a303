/// A calendar day in the proleptic Gregorian calendar, without time zone.
///
/// Dyad dates evidence, documents and roles to the day. A `Day` is stored as
/// the number of days since 1970-01-01, so comparisons and arithmetic are
/// integer operations. Its text form is ISO 8601 `YYYY-MM-DD`.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01, stored in 32 bits to keep evidence small.
    private var storage: Int32

    /// Days since 1970-01-01 (negative before it).
    public var ordinal: Int {
        get { Int(storage) }
        set { storage = Int32(clamping: newValue) }
    }

    /// Creates a day from its ordinal (days since 1970-01-01).
    public init(ordinal: Int) { storage = Int32(clamping: ordinal) }

    /// Creates a day from a year, month and day, or `nil` when the date does not exist.
    /// - Parameters:
    ///   - year: The year, 1 through 9999.
    ///   - month: The month, 1 through 12.
    ///   - day: The day of the month, 1 through the month's length.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= Day.daysIn(month: month, year: year)
        else { return nil }
        // Days-from-civil: count in 400-year eras starting on March 1st.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        self.storage = Int32(era * 146_097 + dayOfEra - 719_468)
    }

    /// Parses `YYYY-MM-DD`; returns `nil` for any other form or an impossible date.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The year, month and day of month.
    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> Day { Day(ordinal: ordinal + count) }

    /// `YYYY-MM-DD`.
    public var description: String {
        if let text = withISOBytes({ String(decoding: $0, as: UTF8.self) }) { return text }
        let (year, month, day) = components
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Calls `body` with the ten bytes of `YYYY-MM-DD` when the year is 0 to 9999 (``description`` and the graph
    /// writers print them); `nil` for other years.
    package func withISOBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let (year, month, day) = components
        guard (0...9999).contains(year) else { return nil }
        var scratch: (UInt64, UInt64) = (0, 0)
        return withUnsafeMutableBytes(of: &scratch) { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            func digits(_ value: Int, at offset: Int, width: Int) {
                var rest = value
                for position in (offset..<offset + width).reversed() {
                    bytes[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            digits(year, at: 0, width: 4)
            bytes[4] = UInt8(ascii: "-")
            digits(month, at: 5, width: 2)
            bytes[7] = UInt8(ascii: "-")
            digits(day, at: 8, width: 2)
            return body(UnsafeBufferPointer(rebasing: bytes[..<10]))
        }
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.storage < rhs.storage }

    /// The number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
