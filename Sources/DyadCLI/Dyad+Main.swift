import ArgumentParser
import DyadCore
#if canImport(Glibc)
import Glibc
#endif

extension Dyad {
    /// Parses the command line, runs the command and exits with Dyad's statuses:
    /// 0 ok, 1 failure, 2 bad input (usage errors included).
    public static func runMain(_ arguments: [String]? = nil) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            exit(0)
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

    static func printError(_ message: String) {
        var text = message
        if !text.hasSuffix("\n") { text += "\n" }
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }

    private static func exit(_ status: Int32) -> Never {
        Glibc.exit(status)
    }
}
