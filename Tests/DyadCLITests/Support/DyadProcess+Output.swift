import Foundation
import Testing

extension DyadProcess {
    /// Runs `dyad` with its standard output sent to the file or device at `stdoutPath`.
    static func run(_ arguments: [String], stdoutTo stdoutPath: String, timeout: TimeInterval = 60) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        guard let sink = FileHandle(forWritingAtPath: stdoutPath) else {
            Issue.record("cannot open \(stdoutPath)")
            return Result(status: -1, stdout: "", stderr: "")
        }
        let err = Pipe()
        process.standardOutput = sink
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            Issue.record("dyad \(arguments.joined(separator: " ")) did not finish within \(timeout) s")
        }
        process.waitUntilExit()
        try sink.close()
        return Result(status: process.terminationStatus, stdout: "", stderr: String(decoding: errors, as: UTF8.self))
    }
}

extension DyadProcess {
    /// Runs `dyad` with extra environment variables (limits), feeding `input` on standard input.
    static func runWithEnvironment(
        _ arguments: [String], environment: [String: String], input: Data? = nil,
        timeout: TimeInterval = 60
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave()
        }
        // The child may stop reading early (a limit): a closed pipe is expected then.
        signal(SIGPIPE, SIG_IGN)
        if let input { try? inPipe.fileHandleForWriting.write(contentsOf: input) }
        try? inPipe.fileHandleForWriting.close()
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            Issue.record("dyad \(arguments.joined(separator: " ")) did not finish within \(timeout) s")
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
