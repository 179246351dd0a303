import DyadCore
import Testing

@Suite("Day")
struct DayTests {
    @Test("parses and prints ISO dates", arguments: ["1970-01-01", "2000-02-29", "2021-11-01", "1969-12-31", "0001-01-01", "9999-12-31"])
    func roundTrip(text: String) throws {
        let day = try #require(Day(text))
        #expect(day.description == text)
        #expect(Day(ordinal: day.ordinal) == day)
    }

    @Test(
        "rejects impossible or malformed dates",
        arguments: ["2021-02-29", "2021-13-01", "2021-00-10", "2021-11", "21-11-01", "2021-11-01T00:00", "2021/11/01", "abcd-ef-gh", ""])
    func rejects(text: String) {
        #expect(Day(text) == nil)
    }

    @Test("prints every day as its zero-padded year, month and day, far years included")
    func printsPadded() {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        // Year 0 to 10,001 in steps of 37 days, and a run of consecutive days.
        let ordinals = Array(stride(from: -719_528, through: 2_933_000, by: 37)) + Array(0..<400)
        for ordinal in ordinals {
            let day = Day(ordinal: ordinal)
            let (year, month, dayOfMonth) = day.components
            #expect(day.description == "\(padded(year, 4))-\(padded(month, 2))-\(padded(dayOfMonth, 2))")
        }
        #expect(Day(ordinal: 2_932_896).description == "9999-12-31")
        #expect(Day(ordinal: 2_932_897).description == "10000-01-01")
    }

    @Test("orders by calendar and counts days")
    func arithmetic() throws {
        let start = try #require(Day("2021-12-31"))
        #expect(start.adding(days: 1).description == "2022-01-01")
        #expect(start.adding(days: -365).description == "2020-12-31")
        #expect(try #require(Day("1970-01-02")).ordinal == 1)
        #expect(start < start.adding(days: 1))
    }
}
