/// One sentence that supports a relation, with where it came from and how it was read.
public struct Evidence: Hashable, Comparable, Sendable {
    /// The id of the document the sentence is in.
    public var document: String
    /// The sentence text as it stands in the document.
    public var sentence: String
    /// Where the sentence is in the document.
    public var sentenceRange: TextRange?
    /// Where the source actor's mention is in the document.
    public var sourceRange: TextRange?
    /// Where the target actor's mention is in the document.
    public var targetRange: TextRange?
    /// The source actor's mention as written (`Tehran`, `its`).
    public var sourceMention: String?
    /// The target actor's mention as written.
    public var targetMention: String?
    /// The id of the rule that produced the evidence (`manual` or a tool's name for others).
    public var rule: String
    /// How the sentence states the relation.
    public var modality: Modality
    /// Who the statement is attributed to (`Mark Regev`), if it is reported speech.
    public var attributedTo: String?
    /// The date the evidence refers to: the document's date unless the text says otherwise.
    public var date: Day?
    /// Start of the validity the text states ("since 2015"), if any.
    public var validFrom: Day?
    /// End of the validity the text states, if any.
    public var validTo: Day?
    /// The probability the learned relation scorer gave, for evidence it found (`rule` is `model`); `nil` otherwise.
    public var score: Double?

    /// Creates evidence.
    public init(
        document: String, sentence: String, sentenceRange: TextRange? = nil,
        sourceRange: TextRange? = nil, targetRange: TextRange? = nil,
        sourceMention: String? = nil, targetMention: String? = nil,
        rule: String, modality: Modality = .asserted, attributedTo: String? = nil,
        date: Day? = nil, validFrom: Day? = nil, validTo: Day? = nil, score: Double? = nil
    ) {
        self.document = document
        self.sentence = sentence
        self.sentenceRange = sentenceRange
        self.sourceRange = sourceRange
        self.targetRange = targetRange
        self.sourceMention = sourceMention
        self.targetMention = targetMention
        self.rule = rule
        self.modality = modality
        self.attributedTo = attributedTo
        self.date = date
        self.validFrom = validFrom
        self.validTo = validTo
        self.score = score
    }

    /// The weight this evidence adds to a relation's confidence.
    public var weight: Double { Evidence.weight(of: modality) }

    /// The weight a piece of evidence of `modality` adds to a relation's confidence.
    package static func weight(of modality: Modality) -> Double {
        switch modality {
        case .asserted: 0.5
        case .hedged: 0.25
        case .negated: 0
        }
    }

    /// Orders by document, position, then every other field, so sorted evidence is deterministic.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        if lhs.document != rhs.document { return lhs.document < rhs.document }
        let lp = lhs.sentenceRange?.start ?? -1, rp = rhs.sentenceRange?.start ?? -1
        if lp != rp { return lp < rp }
        if lhs.sentence != rhs.sentence { return lhs.sentence < rhs.sentence }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        if let o = order(lhs.sourceRange, rhs.sourceRange) { return o }
        if let o = order(lhs.targetRange, rhs.targetRange) { return o }
        if lhs.modality != rhs.modality { return lhs.modality < rhs.modality }
        if let o = order(lhs.date, rhs.date) { return o }
        if let o = order(lhs.sourceMention, rhs.sourceMention) { return o }
        if let o = order(lhs.targetMention, rhs.targetMention) { return o }
        if let o = order(lhs.attributedTo, rhs.attributedTo) { return o }
        if let o = order(lhs.validFrom, rhs.validFrom) { return o }
        if let o = order(lhs.validTo, rhs.validTo) { return o }
        if let o = order(lhs.sentenceRange?.end, rhs.sentenceRange?.end) { return o }
        if let o = order(lhs.score, rhs.score) { return o }
        return false
    }

    /// `nil` when equal; otherwise whether `a` sorts first (absent values first).
    package static func order<T: Comparable>(_ a: T?, _ b: T?) -> Bool? {
        switch (a, b) {
        case (nil, nil): return nil
        case (nil, _): return true
        case (_, nil): return false
        case let (x?, y?): return x == y ? nil : x < y
        }
    }
}
