import ArgumentParser
import DyadCore

/// `--as-of`, `--from`, `--to` and `--window`, declared once for every command that reads a
/// graph at a time (`@OptionGroup var time: TimeWindowOptions<PathTime>`), parsed into one
/// ``TimeWindow`` that goes down to `PathIndex`, `DiagramOptions` and `GraphDiff` unchanged.
struct TimeWindowOptions<Use: TimeWindowUse>: ParsableArguments {
    @Option(name: .customLong("as-of"), help: Self.help(Use.asOf, value: "YYYY-MM-DD"))
    var asOf: Day?

    @Option(help: Self.help(Use.from, value: "YYYY-MM-DD"))
    var from: Day?

    @Option(help: Self.help(Use.to, value: "YYYY-MM-DD"))
    var to: Day?

    @Option(parsing: .unconditional, help: Self.help(Use.window, value: "days"))
    var window: Int?

    init() {}

    func validate() throws {
        let given: [(String, Bool, String?)] = [
            ("--as-of", asOf != nil, Use.asOf), ("--from", from != nil, Use.from),
            ("--to", to != nil, Use.to), ("--window", window != nil, Use.window),
        ]
        for (name, isGiven, help) in given where isGiven && help == nil {
            throw ValidationError("this command does not take \(name)")
        }
        if let window, window < 1 { throw ValidationError("--window must be at least 1 day") }
        try Use.validate(value)
    }

    /// The options as one value.
    var value: TimeWindow { TimeWindow(asOf: asOf, from: from, to: to, window: window) }

    /// Help with the value's form, or hidden for an option the command does not take.
    private static func help(_ text: String?, value: String) -> ArgumentHelp {
        guard let text else { return .private }
        return ArgumentHelp(text, valueName: value)
    }
}
