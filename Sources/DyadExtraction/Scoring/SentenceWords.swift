/// The words and pack classes of one sentence as the relation scorer reads them, made once per sentence
/// and shared by all its pairs. Words the pack knows, class names and shapes are spans of the pack's
/// ``ScorerText``; only words the pack does not know are copied, into a buffer of their own. One value is
/// kept per document and reset for each sentence, so scoring a sentence allocates nothing once warm.
struct SentenceWords {
    /// A range of bytes: of ``ScorerText/bytes``, or of the sentence's own words from ``extraBase`` on; with
    /// their hash, so that a feature takes them in one step.
    struct Span {
        var start: Int32
        var end: Int32
        var piece = FeatureHash.Piece()
    }

    /// Where spans of the sentence's own bytes start.
    static let extraBase: Int32 = 1 << 30

    /// The pack's texts.
    let text: ScorerText
    /// The sentence's first token.
    private(set) var first = 0
    /// Folded texts of the words the pack does not know, back to back.
    private(set) var extra: [UInt8] = []
    /// Per token of the sentence, its word.
    private(set) var words: [Span] = []
    /// Per token, its word if the pack knows it (or it is a shape or an actor's kind), else `<w>`: the
    /// context words around the pair, which generalise badly when they are rare words of the training set.
    private(set) var known: [Span] = []
    /// Per token, where its classes start in `classes` (one more entry than tokens).
    private(set) var classStart: [Int32] = [0]
    /// Class names of every token, in token order.
    private(set) var classes: [Span] = []

    /// Storage for the sentences of a pack.
    init(text: ScorerText) { self.text = text }

    /// Forgets the last sentence, keeping the storage, and starts one at a token.
    mutating func reset(first: Int) {
        self.first = first
        extra.removeAll(keepingCapacity: true)
        words.removeAll(keepingCapacity: true)
        known.removeAll(keepingCapacity: true)
        classStart.removeAll(keepingCapacity: true)
        classStart.append(0)
        classes.removeAll(keepingCapacity: true)
    }

    /// The bytes of a span.
    func bytes(_ span: Span) -> ArraySlice<UInt8> {
        span.start >= SentenceWords.extraBase
            ? extra[Int(span.start - SentenceWords.extraBase)..<Int(span.end - SentenceWords.extraBase)]
            : text.bytes[Int(span.start)..<Int(span.end)]
    }

    /// The word of a token, or the sentence's edge outside it.
    @inline(__always) func word(_ t: Int) -> Span {
        let i = t - first
        return i < 0 ? text.before : i >= words.count ? text.after : words[i]
    }

    /// Appends bytes of a word the pack does not know and returns their span.
    mutating func append<C: Collection>(_ bytes: C) -> Span where C.Element == UInt8 {
        let start = Int32(extra.count)
        extra.append(contentsOf: bytes)
        return Span(
            start: start + SentenceWords.extraBase, end: Int32(extra.count) + SentenceWords.extraBase,
            piece: FeatureHash.Piece(extra[Int(start)...]))
    }

    /// Adds the next token's word and whether the pack knows it.
    @inline(__always) mutating func addWord(_ span: Span, known isKnown: Bool = true) {
        words.append(span)
        known.append(isKnown ? span : text.unknown)
    }

    /// Adds a class of the last token added.
    @inline(__always) mutating func addClass(_ span: Span) { classes.append(span) }

    /// Closes the classes of the last token added.
    @inline(__always) mutating func closeToken() { classStart.append(Int32(classes.count)) }

    /// Replaces the word of a token and drops its classes (tokens of actor mentions read as the actor's kind).
    mutating func replace(_ t: Int, with span: Span) {
        words[t - first] = span
        known[t - first] = span
        let a = Int(classStart[t - first]), b = Int(classStart[t - first + 1])
        for k in a..<b { classes[k] = Span(start: 0, end: 0) }
    }

    /// The word of a token as context (see ``known``), or the sentence's edge outside it.
    @inline(__always) func context(_ t: Int) -> Span {
        let i = t - first
        return i < 0 ? text.before : i >= known.count ? text.after : known[i]
    }

    /// The class spans of a token (empty spans are classes dropped by ``replace(_:with:)``).
    @inline(__always) func classRange(_ t: Int) -> Range<Int> { Int(classStart[t - first])..<Int(classStart[t - first + 1]) }
}
