import ArgumentParser
import DyadCore

/// Which of the time options a command takes, and what each means for it.
///
/// ``TimeWindowOptions`` declares `--as-of`, `--from`, `--to` and `--window` once; a command
/// names its use, whose help texts say what the options mean there. An option without help
/// is not shown and is refused when given.
protocol TimeWindowUse {
    /// Help for `--as-of`, or `nil` when the command does not take it.
    static var asOf: String? { get }
    /// Help for `--from`, or `nil` when the command does not take it.
    static var from: String? { get }
    /// Help for `--to`, or `nil` when the command does not take it.
    static var to: String? { get }
    /// Help for `--window`, or `nil` when the command does not take it.
    static var window: String? { get }
    /// Checks combinations the command does not allow.
    /// - Throws: `ValidationError` naming the options to change.
    static func validate(_ time: TimeWindow) throws
}

extension TimeWindowUse {
    static func validate(_ time: TimeWindow) throws {}
}

/// `path`, `connect`, `balance`: a snapshot as of a day, with a window.
enum PathTime: TimeWindowUse {
    static var asOf: String? { "Use only the relations known on this day." }
    static var from: String? { nil }
    static var to: String? { nil }
    static var window: String? { "With --as-of: count only evidence from the last N days." }
    static func validate(_ time: TimeWindow) throws {
        if time.window != nil, time.asOf == nil { throw ValidationError("--window needs --as-of") }
    }
}

/// `render`, `export`: a snapshot as of a day, and the range of evidence dates kept.
enum ViewTime: TimeWindowUse {
    static var asOf: String? { "Show the graph as known on this day." }
    static var from: String? { "Keep evidence dated on or after this day." }
    static var to: String? { "Keep evidence dated on or before this day." }
    static var window: String? { nil }
}

/// `diff`: one graph compared with itself as of two days.
enum DiffTime: TimeWindowUse {
    static var asOf: String? { nil }
    static var from: String? { "With one graph: the day of the old version." }
    static var to: String? { "With one graph: the day of the new version." }
    static var window: String? { "With --from/--to: evidence older than this many days before a date has lapsed." }
}

/// `timeline`: the first and last steps, and how long evidence lasts.
enum TimelineTime: TimeWindowUse {
    static var asOf: String? { nil }
    static var from: String? { "The first step; by default the earliest evidence date." }
    static var to: String? { "The last step; by default the latest evidence date." }
    static var window: String? { "Evidence older than this many days before a step has lapsed." }
}
