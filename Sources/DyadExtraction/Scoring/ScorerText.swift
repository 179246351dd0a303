import DyadCore

/// The texts the relation scorer hashes that are the same in every sentence: the pack's words, its class
/// names, the shapes that stand for words, actor kinds, heads and relation types, back to back in one
/// buffer made once per pack. A sentence's ``SentenceWords`` points into it and copies only the words the
/// pack does not know.
struct ScorerText: Sendable {
    /// The bytes of every text below.
    let bytes: [UInt8]
    /// A vocabulary word: its text and where its class names are in ``wordClasses``, in one record, so a
    /// sentence reads both from one place in memory.
    struct Word: Sendable {
        var span: SentenceWords.Span
        var classStart: Int32
        var classEnd: Int32
    }

    /// Each vocabulary id's word.
    let words: [Word]
    /// Each word class's name, by class index.
    let classes: [SentenceWords.Span]
    /// The names of every word's classes, word by word, each word's in class order.
    let wordClasses: [SentenceWords.Span]
    /// The word before a sentence (`<s>`), after it (`</s>`), an unknown capitalised word (`<Cap>`), a number
    /// (`<num>`) and an unknown word as context (`<w>`).
    let before: SentenceWords.Span, after: SentenceWords.Span, capitalised: SentenceWords.Span
    let number: SentenceWords.Span, unknown: SentenceWords.Span
    /// Each actor kind's name (`state`) and its tag standing for a mention's tokens (`<state>`), by
    /// `ActorKind.allCases` index.
    let kinds: [SentenceWords.Span], kindTags: [SentenceWords.Span]
    /// Each head's name, by `RelationHead` raw value, and each relation type's, by `RelationType.allCases` index.
    let heads: [SentenceWords.Span], types: [SentenceWords.Span]

    /// Lays out the texts of a vocabulary and class names.
    /// - Parameters:
    ///   - vocabulary: The pack's words.
    ///   - classNames: Each class's name, by class index.
    ///   - classForms: Each class's word ids, by class index.
    init(vocabulary: Vocabulary, classNames: [String], classForms: [[Int32]]) {
        var (bytes, starts) = vocabulary.storage
        func add(_ text: String) -> SentenceWords.Span {
            let start = Int32(bytes.count)
            bytes.append(contentsOf: text.utf8)
            return SentenceWords.Span(start: start, end: Int32(bytes.count), piece: FeatureHash.Piece(text.utf8))
        }
        let classes = classNames.map(add)
        self.classes = classes
        // Each word's classes, listed once per word so a sentence reads them without testing every class.
        var byWord = Array(repeating: [Int32](), count: starts.count - 1)
        for (c, ids) in classForms.enumerated() {
            for id in ids where Int(id) < byWord.count && byWord[Int(id)].last != Int32(c) { byWord[Int(id)].append(Int32(c)) }
        }
        var words: [Word] = [], wordClasses: [SentenceWords.Span] = []
        words.reserveCapacity(byWord.count)
        for (id, list) in byWord.enumerated() {
            let start = Int32(wordClasses.count)
            wordClasses += list.map { classes[Int($0)] }
            let text = SentenceWords.Span(
                start: starts[id], end: starts[id + 1], piece: FeatureHash.Piece(bytes[Int(starts[id])..<Int(starts[id + 1])]))
            words.append(Word(span: text, classStart: start, classEnd: Int32(wordClasses.count)))
        }
        self.words = words
        self.wordClasses = wordClasses
        before = add("<s>")
        after = add("</s>")
        capitalised = add("<Cap>")
        number = add("<num>")
        unknown = add("<w>")
        let none = SentenceWords.Span(start: 0, end: 0)
        var kinds = Array(repeating: none, count: ActorKind.allCases.count), tags = kinds
        for kind in ActorKind.allCases {
            kinds[ScorerText.kindIndex(kind)] = add(kind.rawValue)
            tags[ScorerText.kindIndex(kind)] = add("<\(kind.rawValue)>")
        }
        self.kinds = kinds
        self.kindTags = tags
        heads = RelationHead.allCases.map { add($0.name) }
        types = RelationType.allCases.map { add($0.rawValue) }
        self.bytes = bytes
    }

    /// The index of an actor kind in ``kinds`` and ``kindTags``.
    static func kindIndex(_ kind: ActorKind) -> Int {
        switch kind {
        case .state: 0
        case .government: 1
        case .military: 2
        case .armedGroup: 3
        case .organisation: 4
        case .person: 5
        case .unknown: 6
        }
    }
}
