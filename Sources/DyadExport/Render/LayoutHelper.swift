import DyadCore
import DyadPOSIX
import Foundation
internal import GraphvizKit

/// Finds and runs the `dyad-graphviz` helper under limits.
enum LayoutHelper {
    /// The helper's file name.
    static let name = "dyad-graphviz"

    /// The helper's path: `explicit`, then `DYAD_GRAPHVIZ`, then beside the running executable, then `PATH`.
    /// - Throws: ``RenderError`` with code `helperMissing`.
    static func locate(explicit: String?) throws(RenderError) -> String {
        let files = FileManager.default
        if let explicit {
            guard files.isExecutableFile(atPath: explicit) else {
                throw RenderError(code: .helperMissing, message: "the layout helper \(explicit) does not exist or is not executable")
            }
            return explicit
        }
        let environment = ProcessInfo.processInfo.environment
        if let override = environment["DYAD_GRAPHVIZ"], !override.isEmpty {
            guard files.isExecutableFile(atPath: override) else {
                throw RenderError(
                    code: .helperMissing,
                    message:
                        "DYAD_GRAPHVIZ names \(override), which does not exist or is not executable; unset it or point it at the dyad-graphviz binary"
                )
            }
            return override
        }
        var searched: [String] = []
        let executable = URL(fileURLWithPath: POSIX.executablePath ?? CommandLine.arguments[0]).resolvingSymlinksInPath()
        let beside = executable.deletingLastPathComponent().appendingPathComponent(name).path
        searched.append(executable.deletingLastPathComponent().path)
        if files.isExecutableFile(atPath: beside) { return beside }
        for folder in (environment["PATH"] ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = String(folder) + "/" + name
            if files.isExecutableFile(atPath: candidate) { return candidate }
        }
        searched.append("$PATH")
        throw RenderError(
            code: .helperMissing,
            message:
                "the layout helper \(name) was not found (looked in \(searched.joined(separator: " and "))); build it with `swift build`, install it beside dyad, or set DYAD_GRAPHVIZ to its path"
        )
    }

    /// The most bytes read from the helper's standard output (``InputLimits/helperOutputBytes``).
    static var outputCap: Int { InputLimits.helperOutputBytes }

    /// Reads `fd` to its end, keeping at most `cap` bytes; stops reading (and says so) once more arrive.
    static func readCapped(_ fd: Int32, cap: Int) -> (data: Data, overflowed: Bool) {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { POSIX.read(fd, into: $0) }
            if count <= 0 { return (data, false) }
            if data.count + count > cap { return (data, true) }
            data.append(contentsOf: chunk[0..<count])
        }
    }

    /// How long, after killing a helper at its timeout, Dyad still waits for its pipes to close.
    static let pipeGrace: Double = 2

    /// SIGPIPE would kill the process when the helper exits before reading all its input.
    private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    /// Runs the helper on `dot` and returns what it wrote on standard output.
    /// - Parameters:
    ///   - dot: The DOT text.
    ///   - engine: The layout engine.
    ///   - format: An ``OutputFormat`` name or `positions`.
    ///   - limits: Time, CPU and memory limits and the helper's path.
    /// - Throws: ``RenderError`` for a missing helper, a timeout, a limit, a crash or a Graphviz failure.
    static func run(dot: String, engine: LayoutEngine, format: String, limits: RenderLimits) throws(RenderError) -> [UInt8] {
        ignoreBrokenPipes
        let helper = try locate(explicit: limits.helperPath)
        let files = FileManager.default
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("dyad-render-\(UUID().uuidString)")
        do {
            try files.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw RenderError(
                code: .helperFailed, message: "cannot create an empty working folder for the layout helper: \(error.localizedDescription)")
        }
        defer { try? files.removeItem(at: folder) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: helper)
        process.arguments = [
            "--engine", engine.rawValue, "--format", format,
            "--cpu-seconds", String(max(1, limits.cpuSeconds)), "--memory-mb", String(max(16, limits.memoryMegabytes)),
        ]
        // A bare environment: file loading off (SERVER_NAME, no GV_FILE_PATH), home in the empty folder.
        process.environment = [
            "SERVER_NAME": "dyad", "HOME": folder.path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "SWIFT_BACKTRACE": "enable=no",
        ]
        process.currentDirectoryURL = folder
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw RenderError(code: .helperFailed, message: "cannot start the layout helper \(helper): \(error.localizedDescription)")
        }
        let collected = Locked(HelperOutput())
        let group = DispatchGroup()
        let bytes = Data(dot.utf8)
        group.enter()
        DispatchQueue.global().async {
            try? input.fileHandleForWriting.write(contentsOf: bytes)
            try? input.fileHandleForWriting.close()
            group.leave()
        }
        // The helper runs in its own process group (Foundation starts it so): killing the group also ends
        // anything it forked, which would otherwise keep the pipes open.
        let processGroup = process.processIdentifier
        let outputCap = LayoutHelper.outputCap
        group.enter()
        DispatchQueue.global().async {
            let (data, overflowed) = readCapped(output.fileHandleForReading.fileDescriptor, cap: outputCap)
            if overflowed {
                collected.markOverflow()
                kill(-processGroup, SIGKILL)
            }
            collected.setOutput(data)
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            collected.setErrors(readCapped(errors.fileHandleForReading.fileDescriptor, cap: 1 << 20).data)
            group.leave()
        }
        var timedOut = false
        if group.wait(timeout: .now() + max(0.1, limits.timeout)) == .timedOut {
            timedOut = true
            kill(-processGroup, SIGKILL)
            // A process that left the group (`setsid`) survives the kill and may hold the pipes open: stop
            // waiting for the reader threads after a grace period (they hold their pipes and end with it).
            _ = group.wait(timeout: .now() + LayoutHelper.pipeGrace)
        }
        // Foundation sees the helper end only once every copy of a descriptor it gave the helper is closed, and
        // such a process holds one: after the grace period the helper (killed or finished) is left to the system.
        let waitUntil = Date().addingTimeInterval(timedOut || collected.overflowed ? LayoutHelper.pipeGrace : max(0.1, limits.timeout))
        while process.isRunning, Date() < waitUntil { usleep(10_000) }
        if process.isRunning {
            timedOut = true
            kill(-processGroup, SIGKILL)
        }
        let (stdout, stderr) = collected.values
        if collected.overflowed {
            throw RenderError(
                code: .memoryLimit,
                message:
                    "the layout helper wrote more than \(outputCap >> 20) MB; try a smaller view (--max-actors N) or set DYAD_MAX_HELPER_OUTPUT"
            )
        }
        let details = String(decoding: stderr.prefix(8192), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if timedOut {
            throw RenderError(
                code: .timeout,
                message:
                    "the \(engine.rawValue) layout did not finish within \(RenderLimits.seconds(limits.timeout)); try --layout sfdp, --max-actors N or a narrower view (--focus, --types), or raise --timeout",
                details: details)
        }
        let status = process.terminationStatus
        if process.terminationReason == .uncaughtSignal {
            switch status {
            case SIGXCPU, SIGKILL:
                throw RenderError(
                    code: .cpuLimit,
                    message:
                        "the \(engine.rawValue) layout used more than \(limits.cpuSeconds) s of CPU time; try --layout sfdp or a smaller view",
                    details: details)
            default:
                if details.lowercased().contains("alloc") || details.lowercased().contains("memory") {
                    throw RenderError(
                        code: .memoryLimit,
                        message: "the layout needed more than \(limits.memoryMegabytes) MB of memory; try a smaller view (--max-actors N)",
                        details: details)
                }
                throw RenderError(
                    code: .crashed, message: "the layout helper crashed (signal \(status)) on this graph; try another --layout",
                    details: details)
            }
        }
        switch status {
        case 0:
            return [UInt8](stdout)
        case 2:
            throw RenderError(code: .invalidInput, message: "Graphviz refused the diagram", details: details)
        case 3:
            throw RenderError(code: .graphviz, message: "Graphviz could not lay out or render the diagram", details: details)
        default:
            if details.lowercased().contains("memory") {
                throw RenderError(
                    code: .memoryLimit,
                    message: "the layout needed more than \(limits.memoryMegabytes) MB of memory; try a smaller view (--max-actors N)",
                    details: details)
            }
            throw RenderError(code: .crashed, message: "the layout helper stopped with status \(status)", details: details)
        }
    }
}

/// What the helper wrote, filled in by the reader threads.
private struct HelperOutput {
    var output = Data()
    var errors = Data()
    var overflowed = false
}

extension Locked where Value == HelperOutput {
    fileprivate func setOutput(_ data: Data) { withLock { $0.output = data } }
    fileprivate func setErrors(_ data: Data) { withLock { $0.errors = data } }
    fileprivate func markOverflow() { withLock { $0.overflowed = true } }
    fileprivate var values: (Data, Data) { withLock { ($0.output, $0.errors) } }
    fileprivate var overflowed: Bool { withLock { $0.overflowed } }
}

extension RenderLimits {
    /// "1.5 s" style seconds.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
