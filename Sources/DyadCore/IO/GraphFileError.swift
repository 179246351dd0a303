/// A problem with a graph file: where it is and what was expected.
public struct GraphFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Code: String, Hashable, Sendable {
        /// The file could not be read or written.
        case io
        /// The bytes are not valid UTF-8.
        case encoding
        /// The text is not valid JSON.
        case syntax
        /// A value has the wrong type or form, or a field is missing or unknown.
        case schema
        /// References or structure are broken: dangling ids, `partOf` cycles, duplicates.
        case integrity
    }

    /// One located problem.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        /// The kind of problem.
        public var code: Code
        /// What is wrong and what was expected.
        public var message: String
        /// Where it is, when known.
        public var location: SourceLocation?
        /// The text of the offending line, when known.
        public var lineText: String?

        /// Creates a problem.
        public init(code: Code, message: String, location: SourceLocation? = nil, lineText: String? = nil) {
            self.code = code
            self.message = message
            self.location = location
            self.lineText = lineText
        }

        /// `line:col: error: message`.
        public var description: String {
            if let location { return "\(location): error: \(message)" }
            return "error: \(message)"
        }
    }

    /// The file's path (`-` for standard input).
    public var path: String
    /// Every problem found, in file order.
    public var problems: [Problem]

    /// Creates an error for `path`.
    public init(path: String, problems: [Problem]) {
        self.path = path
        self.problems = problems
    }

    /// Creates an error with one problem.
    public init(path: String, code: Code, message: String, location: SourceLocation? = nil) {
        self.init(path: path, problems: [Problem(code: code, message: message, location: location)])
    }

    /// The worst code among the problems.
    public var code: Code { problems.first?.code ?? .io }

    /// Every problem as `path:line:col: error: message`, with the offending line and a caret.
    public var description: String {
        problems.map { problem in
            Diagnostic.render(file: path, location: problem.location, message: problem.message, lineText: problem.lineText)
        }.joined(separator: "\n")
    }
}
