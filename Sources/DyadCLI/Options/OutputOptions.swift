import ArgumentParser

/// `--json` and `--render FILE`, declared once for the commands that print a report and may
/// draw it (`@OptionGroup var output: OutputOptions<PathOutput>`).
struct OutputOptions<Use: OutputUse>: ParsableArguments {
    @Flag(help: ArgumentHelp(Use.json))
    var json = false

    @Option(help: Use.render.map { ArgumentHelp($0, valueName: "file") } ?? .private)
    var render: String?

    init() {}

    func validate() throws {
        if render != nil, Use.render == nil { throw ValidationError("this command does not take --render") }
    }
}
