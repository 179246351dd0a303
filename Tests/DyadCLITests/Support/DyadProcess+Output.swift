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
