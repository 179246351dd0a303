import DyadCore
import Testing

/// Timeline steps and the diffs between them.
@Suite("Diff: timelines")
struct TimelineTests {
    typealias F = DiffFixtures

    @Test(
        "steps land on the interval and always end on the last day",
        arguments: [
            (TimelineInterval.week, "2021-11-01", "2021-11-20", ["2021-11-01", "2021-11-08", "2021-11-15", "2021-11-20"]),
            (.days(10), "2021-11-01", "2021-11-21", ["2021-11-01", "2021-11-11", "2021-11-21"]),
            (.month, "2021-01-31", "2021-04-30", ["2021-01-31", "2021-02-28", "2021-03-31", "2021-04-30"]),
            (.month, "2021-11-15", "2021-11-15", ["2021-11-15"]),
        ])
    func steps(interval: TimelineInterval, from: String, to: String, expected: [String]) {
        #expect(interval.steps(from: F.day(from), to: F.day(to))?.map(\.description) == expected)
    }

    @Test("too many steps are refused rather than made")
    func stepLimit() {
        #expect(TimelineInterval.days(1).steps(from: F.day("2000-01-01"), to: F.day("2021-01-01"), limit: 100) == nil)
    }

    @Test(
        "intervals parse from the command line's words and numbers",
        arguments: [
            ("month", TimelineInterval.month), ("week", .week), ("14", .days(14)),
        ])
    func parse(text: String, interval: TimelineInterval) {
        #expect(TimelineInterval(text) == interval)
    }

    @Test("each step's diff holds what changed since the previous step")
    func stepDiffs() {
        let graph = F.graph([
            F.relation("iran", .alliance, "syria", F.evidence("Iran backs Assad.", "2021-11-01")),
            F.relation("iran", .agreement, "syria", F.evidence("They signed a pact.", "2021-12-01")),
        ])
        let timeline = Timeline(graph, days: [F.day("2021-10-15"), F.day("2021-11-15"), F.day("2021-12-15")])
        #expect(timeline.steps.first?.diff == nil)
        #expect(timeline.steps[1].diff?.changes(of: .relationAdded).map(\.relation?.type) == [.alliance])
        #expect(timeline.steps[2].diff?.changes(of: .relationAdded).map(\.relation?.type) == [.agreement])
        #expect(Timeline.dateRange(of: graph) == F.day("2021-11-01")...F.day("2021-12-01"))
    }
}
