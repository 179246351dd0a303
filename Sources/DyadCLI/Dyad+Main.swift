import ArgumentParser
import DyadCore
import DyadPOSIX

extension Dyad {
    /// Parses the command line, runs the command and exits with Dyad's statuses:
    /// 0 ok, 1 failure, 2 bad input (usage errors included).
    public static func runMain(_ arguments: [String]? = nil) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            try flushStandardOutput()
            exit(0)
        } catch let error as GraphFileError where isOutputError(error) {
            // Standard output has no path worth naming: its message already says "standard output".
            printError(error.path == "-" ? "error: \(error.problems[0].message)" : error.description)
            exit(1)
        } catch let error as GraphFileError {
            printError(error.description)
            exit(2)
        } catch let error as DyadCLIError {
            printError(error.message)
            exit(error.status.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Dyad.exit(withError: error)
            }
            if code == .validationFailure {
                printError(fullMessage(for: error))
                exit(2)
            }
            Dyad.exit(withError: error)
        }
    }

    /// Flushes what `print` buffered; a failed or earlier-failed write to standard output is an error.
    /// - Throws: ``GraphFileError`` for `-` with the system's reason.
    static func flushStandardOutput() throws(GraphFileError) {
        if let reason = POSIX.flushStandardOutput() {
            throw GraphFileError(path: "-", code: .io, message: "cannot write to standard output: \(reason)")
        }
    }

    /// Whether an I/O error is about writing an output (status 1) rather than reading an input (status 2).
    private static func isOutputError(_ error: GraphFileError) -> Bool {
        guard error.code == .io, let message = error.problems.first?.message else { return false }
        return [
            "cannot write", "cannot create", "cannot flush", "cannot close", "cannot replace", "is a folder; give a file name",
            "cannot open for writing", "cannot lock",
        ].contains { message.hasPrefix($0) }
    }

    static func printError(_ message: String) {
        var text = message
        if !text.hasSuffix("\n") { text += "\n" }
        POSIX.writeAll(POSIX.standardError, text.utf8)
    }

    private static func exit(_ status: Int32) -> Never {
        POSIX.exit(status)
    }
}
