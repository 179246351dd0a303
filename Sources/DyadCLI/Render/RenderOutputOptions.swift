import ArgumentParser
import DyadCore
import DyadExport

/// Where and how a diagram is written; shared by the commands that draw (`@OptionGroup`).
struct RenderOutputOptions: ParsableArguments {
    @Option(
        name: .shortAndLong, help: ArgumentHelp("The output file (.svg, .png, .pdf or .dot), or - for standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Output format: svg, png, pdf or dot (default: by the output's extension, else svg).", valueName: "format"))
    var format: String?

    @Option(
        help: ArgumentHelp(
            "Layout engine: dot, neato, fdp, sfdp or circo (default: dot for small graphs, sfdp for large).", valueName: "engine"))
    var layout: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Stop the layout after this many seconds.", valueName: "seconds"))
    var timeout: Double = 60

    /// The longest layout time allowed (a day): larger values, infinity and NaN are refused.
    static let longestTimeout: Double = 86_400

    @Flag(name: .customLong("no-legend"), help: "Leave the legend out.")
    var noLegend = false

    @Option(help: ArgumentHelp("A title above the diagram (the counts and date range follow it).", valueName: "text"))
    var title: String?

    func validate() throws {
        if let format, RenderFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError("unknown format \"\(format)\"; use svg, png, pdf or dot")
        }
        if let layout, DiagramLayout(rawValue: layout.lowercased()) == nil {
            throw ValidationError("unknown layout \"\(layout)\"; use dot, neato, fdp, sfdp or circo")
        }
        guard timeout.isFinite, timeout > 0, timeout <= RenderOutputOptions.longestTimeout else {
            throw ValidationError(
                "--timeout must be a number of seconds more than 0 and at most \(Int(RenderOutputOptions.longestTimeout))")
        }
        if format == nil, let output, output != "-", RenderFormat(pathExtensionOf: output) == nil {
            throw ValidationError("cannot tell the format from \"\(output)\"; end it with .svg, .png, .pdf or .dot, or give --format")
        }
    }

    /// The format: `--format`, else the output's extension, else svg.
    var resolvedFormat: RenderFormat {
        if let format, let parsed = RenderFormat(rawValue: format.lowercased()) { return parsed }
        if let output, let parsed = RenderFormat(pathExtensionOf: output) { return parsed }
        return .svg
    }

    /// The output path: `-o`, else the graph's name with the format's extension in the current folder.
    func resolvedOutput(graphPath: String) -> String {
        if let output { return output }
        var base = graphPath == "-" ? "graph" : String(graphPath.split(separator: "/").last ?? "graph")
        for suffix in [".jsonl", ".json"] where base.hasSuffix(suffix) { base.removeLast(suffix.count) }
        return base + "." + resolvedFormat.rawValue
    }

    /// Applies the layout, legend and title to `options`.
    func apply(to options: inout DiagramOptions) {
        options.layout = layout.flatMap { DiagramLayout(rawValue: $0.lowercased()) }
        options.legend = !noLegend
        options.title = title
    }

    /// The limits for the layout helper.
    var limits: RenderLimits {
        RenderLimits(timeout: timeout, cpuSeconds: max(1, Int(timeout.rounded(.up))), memoryMegabytes: 2048)
    }

    /// Writes the bytes to the output (see ``AtomicFile``: `-`, devices and files alike).
    func write(_ bytes: [UInt8], to path: String) throws {
        try AtomicFile.write(bytes, to: path)
    }
}
