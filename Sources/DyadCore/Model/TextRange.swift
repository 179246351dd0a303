/// A half-open range of character offsets into a document's text.
///
/// Offsets count Unicode scalars from the start of the document (the same unit
/// as Python's `str` indices), so tools in other languages can slice with them.
public struct TextRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    private var storedStart: UInt32
    private var storedEnd: UInt32

    /// First offset.
    public var start: Int { Int(storedStart) }
    /// Offset just past the end.
    public var end: Int { Int(storedEnd) }

    /// Creates a range; offsets are clamped to 0...4,294,967,295 and `end` to at least `start`.
    public init(start: Int, end: Int) {
        storedStart = UInt32(clamping: start)
        storedEnd = max(storedStart, UInt32(clamping: end))
    }

    /// The number of characters covered.
    public var length: Int { end - start }

    public var description: String { "\(start)..<\(end)" }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
