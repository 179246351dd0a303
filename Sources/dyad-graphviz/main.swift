import DyadCore
import DyadPOSIX
import GraphvizKit

// dyad-graphviz: the isolated layout helper.
//
//   dyad-graphviz --engine ENGINE --format svg|png|pdf|dot|positions [--cpu-seconds N] [--memory-mb N]
//
// Reads DOT on standard input, lays it out with libgvc and writes the result on
// standard output (`positions`: one JSON object a line, {"name", "x", "y"} in points).
// It applies its CPU and address-space limits to itself before reading any input,
// turns Graphviz's file loading off and refuses graphs that break the strict
// SafetyPolicy. Exit status: 0 ok, 2 bad input (syntax, forbidden attribute,
// bad option), 3 Graphviz failed; the parent enforces the wall-clock timeout.

/// Prints one error line (and Graphviz's messages) on standard error and exits.
func fail(_ status: Int32, _ code: String, _ message: String, _ details: [String] = []) -> Never {
    var text = "dyad-graphviz: \(code): \(message)\n"
    for line in details.prefix(20) { text += "  \(line)\n" }
    POSIX.writeAll(POSIX.standardError, text.utf8)
    POSIX.exit(status)
}

/// Reads standard input to its end, refusing more than `limit` bytes.
func readInput(limit: Int) -> [UInt8] {
    var result: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = buffer.withUnsafeMutableBytes { POSIX.read(POSIX.standardInput, into: $0) }
        if count < 0 { fail(2, "input", "cannot read standard input") }
        if count == 0 { break }
        result += buffer[0..<count]
        if result.count > limit { fail(2, "input", "the DOT input is larger than \(limit / 1_048_576) MB") }
    }
    return result
}

/// Writes the result on standard output; a failed write is status 4.
func writeOutput(_ bytes: [UInt8]) {
    if POSIX.writeAll(POSIX.standardOutput, bytes) != 0 { POSIX.exit(4) }
}

var engine = LayoutEngine.dot
var formatName = "svg"
var cpuSeconds: UInt64 = 60
var memoryMegabytes: UInt64 = 2048
var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
    let option = arguments.removeFirst()
    guard let value = arguments.first else { fail(2, "usage", "\(option) needs a value") }
    arguments.removeFirst()
    switch option {
    case "--engine":
        guard let parsed = LayoutEngine(rawValue: value) else { fail(2, "usage", "unknown engine \(value)") }
        engine = parsed
    case "--format":
        guard value == "positions" || OutputFormat(rawValue: value) != nil else { fail(2, "usage", "unknown format \(value)") }
        formatName = value
    case "--cpu-seconds":
        guard let parsed = UInt64(value), parsed > 0 else { fail(2, "usage", "--cpu-seconds takes a positive whole number") }
        cpuSeconds = parsed
    case "--memory-mb":
        guard let parsed = UInt64(value), parsed >= 16 else { fail(2, "usage", "--memory-mb takes a whole number of at least 16") }
        memoryMegabytes = parsed
    default:
        fail(2, "usage", "unknown option \(option)")
    }
}

// Limits first: SIGXCPU at the soft CPU limit, SIGKILL one second later; no core files.
POSIX.setLimit(.cpuSeconds, soft: cpuSeconds, hard: cpuSeconds + 1)
POSIX.setLimit(.addressSpace, soft: memoryMegabytes << 20, hard: memoryMegabytes << 20)
POSIX.setLimit(.coreFile, soft: 0, hard: 0)

let input = readInput(limit: 256 << 20)
let dot = String(decoding: input, as: UTF8.self)
do {
    if formatName == "positions" {
        var text = ""
        for position in try Graphviz.positions(dot, engine: engine) {
            text += "{\"name\":\(JSONString.quoted(position.name)),\"x\":\(position.x),\"y\":\(position.y)}\n"
        }
        writeOutput(Array(text.utf8))
    } else if let format = OutputFormat(rawValue: formatName) {
        writeOutput(try Graphviz.render(dot, engine: engine, format: format))
    }
    POSIX.exit(0)
} catch {
    switch error.code {
    case .syntax, .forbidden, .unsupportedEngine, .unsupportedFormat:
        fail(2, error.code.rawValue, error.message, error.graphvizMessages)
    case .layout, .render, .context:
        fail(3, error.code.rawValue, error.message, error.graphvizMessages)
    }
}
