import DyadCore

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
    /// The text of the offending line, if known (printed with a caret under the column).
    public var lineText: String?
    /// The error this one reports, if it wraps one (a file system or YAML library error).
    public var underlying: (any Error & Sendable)?

    /// Creates an error.
    /// - Parameters:
    ///   - code: The failure kind.
    ///   - message: What was expected.
    ///   - file: The file, if any.
    ///   - line: One-based line, if known.
    ///   - column: One-based column, if known.
    ///   - lineText: The offending line, if known.
    ///   - underlying: The error this one reports, if any.
    public init(
        _ code: Code, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil, lineText: String? = nil,
        underlying: (any Error & Sendable)? = nil
    ) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.lineText = lineText
        self.underlying = underlying
    }

    /// Where the problem is, when the line is known.
    public var location: SourceLocation? {
        line.map { SourceLocation(file: file, line: $0, column: column ?? 1) }
    }

    /// `file:line:col: error: message`, then the offending line and a caret when known (see ``Diagnostic``).
    public var description: String {
        guard let location else { return Diagnostic.render(file: file, location: nil, message: message) }
        // A known line without a column is printed without the column.
        if column == nil { return "\(file ?? "<input>"):\(location.line): error: \(message)" }
        return Diagnostic.render(location: location, message: message, lineText: lineText)
    }
}
