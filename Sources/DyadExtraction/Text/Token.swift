/// One token of a document: where it is and what it folds to.
public struct Token: Sendable, Hashable {
    /// Byte offset of the first byte in the UTF-8 text.
    public var start: Int32
    /// Byte offset just past the last byte.
    public var end: Int32
    /// Unicode-scalar offset of the first character (the unit of `TextRange`).
    public var scalarStart: Int32
    /// Unicode-scalar offset just past the last character.
    public var scalarEnd: Int32
    /// The id of the folded text in the pack's vocabulary, or -1 when the pack does not know it.
    public var id: Int32
    /// Layout and case facts, see the static masks.
    public var flags: UInt16

    /// White space comes before the token.
    public static let spaceBefore: UInt16 = 1
    /// A line break comes before the token.
    public static let newlineBefore: UInt16 = 2
    /// A blank line comes before the token (a paragraph break).
    public static let paragraphBefore: UInt16 = 4
    /// The first character is an upper-case letter.
    public static let capitalized: UInt16 = 8
    /// Every letter is upper case and there are at least two.
    public static let allCaps: UInt16 = 16
    /// A word (letters or digits), not punctuation.
    public static let word: UInt16 = 32
    /// Starts with a digit.
    public static let digit: UInt16 = 64
    /// Starts with a lower-case letter.
    public static let lowercase: UInt16 = 128
    /// Holds a byte outside ASCII (its id is then not its plain lowercased text).
    public static let nonASCII: UInt16 = 256
    /// The token's word starts a gazetteer name (set from the vocabulary's tags by the pack's tokenizer).
    public static let startsName: UInt16 = 1 << 9
    /// The token's word starts a cue phrase.
    public static let startsCue: UInt16 = 1 << 10
    /// The token's word meets a clause of some pattern (the prefilter has something to read for it).
    public static let inPrefilter: UInt16 = 1 << 11

    /// A vocabulary tag (see `Vocabulary.setTags(_:of:)`) is its token flag shifted down by this.
    static let tagShift: UInt16 = 9
    static let startsNameTag = UInt8(startsName >> tagShift)
    static let startsCueTag = UInt8(startsCue >> tagShift)
    static let prefilterTag = UInt8(inPrefilter >> tagShift)

    /// Whether all of `mask` is set.
    @inline(__always) public func has(_ mask: UInt16) -> Bool { flags & mask == mask }
}
