/// A failure reported by Graphviz or by this module's checks.
public struct GraphvizError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure it is.
    public enum Code: String, Hashable, Sendable {
        /// The DOT text did not parse.
        case syntax
        /// The layout engine failed.
        case layout
        /// The renderer failed or produced nothing.
        case render
        /// The layout engine name is not one Dyad allows.
        case unsupportedEngine = "unsupported-engine"
        /// The output format is not one Dyad allows.
        case unsupportedFormat = "unsupported-format"
        /// The graph uses an attribute or value the safety policy forbids.
        case forbidden
        /// Graphviz could not create its context.
        case context
    }

    /// What kind of failure it is.
    public var code: Code
    /// What went wrong, with what to do about it, ready to print.
    public var message: String
    /// Graphviz's own messages captured during the call, if any.
    public var graphvizMessages: [String]

    /// Creates an error.
    /// - Parameters:
    ///   - code: The kind of failure.
    ///   - message: A sentence a user can act on.
    ///   - graphvizMessages: Graphviz's captured messages.
    public init(code: Code, message: String, graphvizMessages: [String] = []) {
        self.code = code
        self.message = message
        self.graphvizMessages = graphvizMessages
    }

    /// `graphviz <code>: message`, followed by Graphviz's own messages.
    public var description: String {
        var text = "graphviz \(code.rawValue): \(message)"
        for line in graphvizMessages { text += "\n  \(line)" }
        return text
    }
}
