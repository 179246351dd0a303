/// Every failure of the extraction module: bad rule packs, bad patterns, bad input text.
public struct ExtractionError: Error, CustomStringConvertible, Sendable {
    /// What kind of failure it is.
    public enum Code: String, Sendable {
        /// The YAML could not be read.
        case yamlSyntax = "yaml-syntax"
        /// A field is unknown, missing or of the wrong type.
        case schema
        /// A token pattern could not be parsed.
        case pattern
        /// A pattern names a word class that the pack does not define.
        case unknownWordClass = "unknown-word-class"
        /// A file could not be read.
        case io
        /// Input text or a gold file is malformed.
        case input
        /// A relation model file is malformed or was made for another feature set.
        case model
    }

    /// The failure kind.
    public var code: Code
    /// What was expected, ready for a user to act on.
    public var message: String
    /// The file the problem is in, if any.
    public var file: String?
    /// One-based line, if known.
    public var line: Int?
    /// One-based column (Unicode scalars), if known.
    public var column: Int?
    /// The offending line of the file with a caret under the spot, if known.
    public var snippet: String?

    /// Creates an error.
    /// - Parameters:
    ///   - code: The failure kind.
    ///   - message: What was expected.
    ///   - file: The file, if any.
    ///   - line: One-based line, if known.
    ///   - column: One-based column, if known.
    ///   - snippet: The offending line with a caret, if known.
    public init(_ code: Code, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil, snippet: String? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.snippet = snippet
    }

    /// `file:line:col: error: message`, then the snippet when there is one.
    public var description: String {
        var location = file ?? "<input>"
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        var text = "\(location): error: \(message)"
        if let snippet, !snippet.isEmpty { text += "\n" + snippet }
        return text
    }
}
