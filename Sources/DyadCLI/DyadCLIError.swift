/// A command failure with the message to print and the exit status to use.
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

    /// Creates an error.
    public init(_ message: String, status: Status = .badInput) {
        self.message = message
        self.status = status
    }

    public var description: String { message }
}
