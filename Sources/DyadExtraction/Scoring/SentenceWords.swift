/// The words and pack classes of one sentence as the relation scorer reads them, as spans of one
/// byte buffer, made once per sentence and shared by all its pairs.
struct SentenceWords {
    /// A range of `bytes`.
    struct Span {
        var start: Int32
        var end: Int32
    }

    /// The sentence's first token.
    let first: Int
    /// Folded word texts and class names, back to back.
    private(set) var bytes: [UInt8] = []
    /// Per token of the sentence, its word.
    private(set) var words: [Span] = []
    /// Per token, its word if the pack knows it (or it is a shape or an actor's kind), else `<w>`: the
    /// context words around the pair, which generalise badly when they are rare words of the training set.
    private(set) var known: [Span] = []
    /// Per token, where its classes start in `classes` (one more entry than tokens).
    private(set) var classStart: [Int32] = [0]
    /// Class names of every token, in token order.
    private(set) var classes: [Span] = []
    /// The word before the sentence.
    private(set) var before = Span(start: 0, end: 0)
    /// The word after it.
    private(set) var after = Span(start: 0, end: 0)
    /// The shape of a capitalised word the pack does not know.
    private(set) var capitalised = Span(start: 0, end: 0)
    /// A number.
    private(set) var number = Span(start: 0, end: 0)
    /// A word the pack does not know, as a context word.
    private(set) var unknown = Span(start: 0, end: 0)

    /// Starts an empty sentence at a token.
    init(first: Int, capacity: Int) {
        self.first = first
        bytes.reserveCapacity(capacity * 8)
        words.reserveCapacity(capacity)
        classStart.reserveCapacity(capacity + 1)
        before = append("<s>".utf8)
        after = append("</s>".utf8)
        capitalised = append("<Cap>".utf8)
        number = append("<num>".utf8)
        unknown = append("<w>".utf8)
    }

    /// Appends a vocabulary word and returns its span.
    mutating func append(_ id: Int32, from vocabulary: Vocabulary) -> Span {
        let start = Int32(bytes.count)
        vocabulary.appendBytes(of: id, to: &bytes)
        return Span(start: start, end: Int32(bytes.count))
    }

    /// Appends `<name>` (an actor kind standing for a mention's tokens) and returns its span.
    mutating func appendTag(_ name: String) -> Span {
        let start = Int32(bytes.count)
        bytes.append(60)
        bytes.append(contentsOf: name.utf8)
        bytes.append(62)
        return Span(start: start, end: Int32(bytes.count))
    }

    /// The word of a token, or the sentence's edge outside it.
    @inline(__always) func word(_ t: Int) -> Span {
        let i = t - first
        return i < 0 ? before : i >= words.count ? after : words[i]
    }

    /// Appends bytes and returns their span.
    mutating func append<C: Collection>(_ text: C) -> Span where C.Element == UInt8 {
        let start = Int32(bytes.count)
        bytes.append(contentsOf: text)
        return Span(start: start, end: Int32(bytes.count))
    }

    /// Adds the next token's word and whether the pack knows it.
    mutating func addWord(_ span: Span, known isKnown: Bool = true) {
        words.append(span)
        known.append(isKnown ? span : unknown)
    }

    /// Adds a class of the last token added.
    mutating func addClass(_ span: Span) { classes.append(span) }

    /// Closes the classes of the last token added.
    mutating func closeToken() { classStart.append(Int32(classes.count)) }

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
        return i < 0 ? before : i >= known.count ? after : known[i]
    }

    /// The class spans of a token (empty spans are classes dropped by ``replace(_:with:)``).
    func classRange(_ t: Int) -> Range<Int> { Int(classStart[t - first])..<Int(classStart[t - first + 1]) }
}
