/// A half-open range of character offsets into a document's text.
///
/// Offsets count Unicode scalars from the start of the document (the same unit
/// as Python's `str` indices), so tools in other languages can slice with them.
public struct TextRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// First offset.
    public var start: Int
    /// Offset just past the end.
    public var end: Int

    /// Creates a range; `end` must not be smaller than `start`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The number of characters covered.
    public var length: Int { end - start }

    public var description: String { "\(start)..<\(end)" }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
