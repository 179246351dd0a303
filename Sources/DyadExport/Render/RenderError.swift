/// Why a diagram could not be rendered.
public struct RenderError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure it is.
    public enum Code: String, Hashable, Sendable {
        /// The `dyad-graphviz` helper was not found.
        case helperMissing = "helper-missing"
        /// The helper could not be started or talked to.
        case helperFailed = "helper-failed"
        /// The layout did not finish within the wall-clock limit.
        case timeout
        /// The layout used more CPU time than allowed.
        case cpuLimit = "cpu-limit"
        /// The layout needed more memory than allowed.
        case memoryLimit = "memory-limit"
        /// The helper crashed.
        case crashed
        /// Graphviz refused the DOT (syntax or a forbidden attribute).
        case invalidInput = "invalid-input"
        /// Graphviz failed to lay out or render.
        case graphviz
    }

    /// What kind of failure it is.
    public var code: Code
    /// What went wrong and what to do, ready to print.
    public var message: String
    /// What the helper printed on standard error, if anything.
    public var details: String?

    /// Creates an error.
    /// - Parameters:
    ///   - code: The kind of failure.
    ///   - message: A sentence a user can act on.
    ///   - details: The helper's own messages.
    public init(code: Code, message: String, details: String? = nil) {
        self.code = code
        self.message = message
        self.details = details
    }

    /// `render <code>: message`, with the helper's messages indented below.
    public var description: String {
        var text = "render \(code.rawValue): \(message)"
        if let details, !details.isEmpty {
            for line in details.split(separator: "\n").prefix(12) { text += "\n  " + line }
        }
        return text
    }
}
