/// Where something in a rule pack was written: file, line and column.
public struct SourceOrigin: Hashable, Sendable, CustomStringConvertible {
    /// The file path.
    public var file: String
    /// One-based line.
    public var line: Int
    /// One-based column.
    public var column: Int

    /// Creates an origin.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`.
    public var description: String { "\(file):\(line):\(column)" }
}
