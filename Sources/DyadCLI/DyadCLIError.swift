import DyadCore

/// A command failure with the message to print and the exit status to use.
///
/// When the failure is another module's error (a rule pack's ``ExtractionError``, a render failure),
/// the error keeps it as ``underlying`` and keeps its code, so callers can still tell kinds apart.
public struct DyadCLIError: Error, CustomStringConvertible {
    /// Dyad's exit statuses.
    public enum Status: Int32, Sendable {
        /// The command failed (a test failed, an output could not be made).
        case failure = 1
        /// The input was bad: a file, an option or a rule.
        case badInput = 2
    }

    /// What went wrong and what to do, ready to print.
    public var message: String
    /// The exit status.
    public var status: Status
    /// The code of the underlying error (`yaml-syntax`, `timeout`, …), when there is one.
    public var code: String?
    /// The error this one reports, when it wraps one.
    public var underlying: (any Error)?

    /// Creates an error.
    /// - Parameters:
    ///   - message: What went wrong and what to do.
    ///   - status: The exit status (bad input by default).
    public init(_ message: String, status: Status = .badInput) {
        self.message = message
        self.status = status
    }

    /// Wraps another module's error: its description is the message, its code is kept.
    /// - Parameters:
    ///   - error: The error to report.
    ///   - status: The exit status (bad input by default).
    public init(_ error: some Error & CustomStringConvertible, status: Status = .badInput) {
        self.message = error.description
        self.status = status
        self.code = (error as? any CodedError)?.codeName
        self.underlying = error
    }

    public var description: String { message }
}
