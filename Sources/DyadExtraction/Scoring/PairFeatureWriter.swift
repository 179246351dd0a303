/// Writes the features of one pair as hashes (see ``FeatureHash``), and their names too when asked
/// (training, `--explain`). A feature is written as `begin`, pieces, `end`.
struct PairFeatureWriter {
    /// The hashes written since the last ``reset()``.
    private(set) var hashes: [UInt64] = []
    /// Their names, when ``naming``.
    private(set) var names: [String] = []
    /// Whether to keep names.
    let naming: Bool
    /// The sentence's words and classes.
    var sentence: SentenceWords
    private var h = FeatureHash()
    private var name: [UInt8] = []

    init(sentence: SentenceWords, naming: Bool) {
        self.sentence = sentence
        self.naming = naming
        hashes.reserveCapacity(128)
    }

    /// Forgets the last pair's features, keeping the storage.
    mutating func reset() {
        hashes.removeAll(keepingCapacity: true)
        if naming { names.removeAll(keepingCapacity: true) }
    }

    /// Starts a feature with a prefix.
    @inline(__always) mutating func begin(_ prefix: StaticString) {
        h = FeatureHash()
        if naming { name.removeAll(keepingCapacity: true) }
        add(prefix)
    }

    /// Adds literal text.
    @inline(__always) mutating func add(_ text: StaticString) {
        text.withUTF8Buffer { buffer in
            for b in buffer { h.add(b) }
            if naming { name.append(contentsOf: buffer) }
        }
    }

    /// Adds a span of the sentence's words or the pack's texts.
    @inline(__always) mutating func add(_ span: SentenceWords.Span) {
        h.add(span.piece)
        if naming { name.append(contentsOf: sentence.bytes(span)) }
    }

    /// Adds the word of a token of the sentence (see ``SentenceWords/word(_:)``).
    @inline(__always) mutating func addWord(_ t: Int) { add(sentence.word(t)) }

    /// Adds the word of a token as context (see ``SentenceWords/context(_:)``).
    @inline(__always) mutating func addContext(_ t: Int) { add(sentence.context(t)) }

    /// Adds the name of the sentence's `c`th class (see ``SentenceWords/classRange(_:)``).
    @inline(__always) mutating func addClass(_ c: Int) { add(sentence.classes[c]) }

    /// Adds the name of an actor kind, by ``ScorerText/kindIndex(_:)``.
    @inline(__always) mutating func addKind(_ k: Int) { add(sentence.text.kinds[k]) }

    /// Writes a feature of a prefix and one token's class.
    @inline(__always) mutating func classFeature(_ prefix: StaticString, _ c: Int) {
        begin(prefix)
        addClass(c)
        end()
    }

    /// Adds a small number in decimal.
    mutating func add(_ n: Int) {
        if n < 0 { add("-"); add(-n); return }
        if n >= 10 { add(n / 10) }
        let digit = UInt8(48 + n % 10)
        h.add(digit)
        if naming { name.append(digit) }
    }

    /// Ends the feature and keeps it.
    @inline(__always) mutating func end() {
        hashes.append(h.value)
        if naming { names.append(String(decoding: name, as: UTF8.self)) }
    }

    /// Writes a feature that is only a literal.
    @inline(__always) mutating func whole(_ text: StaticString) {
        begin(text)
        end()
    }
}
