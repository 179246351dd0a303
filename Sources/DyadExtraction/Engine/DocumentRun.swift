import DyadCore

/// The state of reading one document.
struct DocumentRun {
    let pack: CompiledPack
    let text: UnsafeBufferPointer<UInt8>
    let date: Day?
    let documentID: String
    let offset: Int
    let maxSentence: Int
    /// The most relations one sentence yields (see ``selected(_:)``).
    var maxSentenceRelations = Int.max
    var buildEvidence = true
    /// Whether a pattern runs only on sentences that hold its required words and classes (see `PatternPrefilter`).
    var prefilter = true

    var tokens: [Token] = []
    var sentences: [(start: Int, end: Int, paragraph: Int)] = []
    var derived: [DerivedActor] = []
    var derivedIndex: [String: Int32] = [:]
    /// The misspelt words looked up so far and their candidates, taken from the pack for this run and given back
    /// when ``run()`` ends.
    let fuzzyMemo: FuzzyMemo
    var learned: [LearnedAlias] = []
    var learnedWords: [([String], Int32)] = []
    /// The positions in `learnedWords` of the aliases starting with each folded word, in order.
    var learnedByFirstWord: [String: [Int]] = [:]
    /// The actors mentioned so far in the paragraph, latest last; `plural` when the mention ended in a lowercase plural
    /// noun (`ISIS militants`), which a singular pronoun (`it`) does not refer to.
    /// `pluralName` when it ended in any plural word (`the Sudan Armed Forces`), which `their` prefers in its sentence.
    var history: [(actors: ActorList, pair: Bool, plural: Bool, pluralName: Bool)] = []
    var historyParagraph = -1
    /// The state the paragraph last named as a place (`in Myanmar`), for seats named without a state.
    var lastPlaceState: Int32 = -1
    /// The actor of the person the paragraph named last, for `he`, `his` (-1 when none).
    var lastPersonActor: Int32 = -1
    /// The state the document last named with its seat (`Myanmar's government`, `the junta` resolved), for
    /// seats without a name in later paragraphs (-1 when none).
    var seatState: Int32 = -1
    /// The first `history` entry of the current sentence.
    var sentenceHistoryStart = 0
    var mentions: [Mention] = []
    var groups: [MentionGroup] = []
    var units: [Unit] = []
    var tokenGroup: [Int32] = []
    var candidates: [Candidate] = []
    var candidateCount = 0
    var output: [ExtractedRelation] = []
    /// Whether relations keep their evidence as positions in the text (into ``spanOutput``; see ``Extractor/spanEvidence``).
    var spanEvidence = false
    /// The relations with their evidence as positions in the text, with ``spanEvidence``.
    var spanOutput: [SpanExtractedRelation] = []
    /// How much evidence each relation has in `output`, by its actors' numbers and type (an actor's number stands
    /// for its id: no two numbers share one).
    var evidenceCount: [RelationNumbers: Int] = [:]
    /// The actors' numbers of each relation in `output`.
    var outputActors: [(source: Int32, target: Int32)] = []
    var speakers: [Int: String] = [:]
    /// What the prefilter found in the sentence being matched: its candidate patterns and how late each may start.
    var sentenceScan = PatternPrefilter.SentenceScan()
    /// The candidate patterns of the sentence being matched, as bits, when the prefilter is off (all of them).
    var patternBits: [UInt64] = []
    /// The actor pairs of the match being recorded (a buffer kept between matches).
    var pairScratch: [(Int32, Int, Int32, Int)] = []
    /// The matches of the sentence's patterns and the patterns that ran (buffers kept between sentences).
    var matchScratch: [PatternMatch] = []
    var passedScratch: [Int32] = []
    /// The relation scorer and its feature writer (by reference: see ``ScorerState``).
    let scorer = ScorerState()
    /// Whether extraction uses a relation scorer.
    var scores: Bool { scorer.model != nil }
    /// Whether to keep every pair of mentions with its features (for training).
    var collectPairs = false
    /// Whether scored relations keep an explanation of their strongest features.
    var explain = false
    /// Whether the result leaves the pack's actors out of its actors (see ``Extractor/packActorsByNumber``).
    var packActorsByNumber = false
    /// Pairs kept for training.
    var pairs: [PairCandidate] = []
    /// Mentions kept for diagnostics (with `collectPairs`).
    var mentionLog: [MentionRecord] = []
    /// Explanations of scored relations.
    var notes: [String] = []
    /// The matcher's backtracking stack; a split pushes at most one entry per step.
    let machineStack: UnsafeMutablePointer<MachineState>
    /// The most instructions one match attempt may run, so no pattern can take unbounded time.
    static let stepLimit = 5_000
    /// The rules (by number) whose match attempts ran out of steps, in the order it happened.
    var stepLimitRules: [Int] = []

    init(pack: CompiledPack, text: UnsafeBufferPointer<UInt8>, date: Day?, documentID: String, offset: Int, maxSentence: Int) {
        self.pack = pack
        self.text = text
        self.date = date
        self.documentID = documentID
        self.offset = offset
        self.maxSentence = maxSentence
        machineStack = .allocate(capacity: 3 * DocumentRun.stepLimit + 4)
        fuzzyMemo = pack.takeFuzzyMemo()
    }

    var entryCount: Int { pack.pack.actors.count }

    mutating func run() {
        pack.tokenizer.tokenize(text, into: &tokens)
        splitSentences()
        learnAliases()
        var quoteStart: Int?
        var depth = 0
        var paragraph = -1
        for (index, sentence) in sentences.enumerated() {
            if sentence.paragraph != paragraph {
                // A quote left open at the end of a paragraph gets no speaker from the next one.
                if buildEvidence { finish() }
                paragraph = sentence.paragraph; depth = 0; quoteStart = nil; history.removeAll(keepingCapacity: true)
                lastPlaceState = -1
                lastPersonActor = -1
            }
            findMentions(sentence.start, sentence.end)
            if collectPairs { logMentions() }
            let described = buildUnits(sentence.start, sentence.end, joinDescribed: true)
            let firstCandidate = candidates.count
            matchRules(index, sentence.start, sentence.end)
            // A list that took in a described member is matched again without it: the description's own relation.
            if described {
                buildUnits(sentence.start, sentence.end, remember: false)
                matchRules(index, sentence.start, sentence.end)
            }
            if scores || collectPairs { scorePairs(index, sentence.start, sentence.end, firstCandidate: firstCandidate) }
            if !buildEvidence { candidates.removeAll(keepingCapacity: true) } else { selectSentenceCandidates(from: firstCandidate) }
            if buildEvidence {
                // Quotes and attribution.
                var closedAt: Int?
                for t in sentence.start..<sentence.end where pack.flags(tokens[t].id) & WordFlags.quote != 0 {
                    let opening =
                        (t == sentence.start || tokens[t].has(Token.spaceBefore)) && t + 1 < tokens.count
                        && !tokens[t + 1].has(Token.spaceBefore)
                    if opening {
                        if depth == 0 { quoteStart = index }; depth += 1
                    } else if depth > 0 {
                        depth -= 1; if depth == 0 { closedAt = t }
                    }
                }
                // A speaker is read only for the evidence of a sentence with candidates: the held ones are this
                // sentence's and those of an open quote's (whose speaker may come now); the others were finished.
                let speakerNeeded = (candidates.last?.sentence ?? -1) >= min(quoteStart ?? index, index)
                if speakerNeeded, let speaker = speaker(sentence.start, sentence.end, after: closedAt) {
                    if let closedAt, let from = quoteStart, speakerFollows(closedAt, sentence.end) {
                        for s in from...index { speakers[s] = speaker }
                    } else {
                        speakers[index] = speaker
                    }
                }
                if depth == 0 { quoteStart = nil }
                // No later sentence can change the speaker of this one (or of those before it).
                if quoteStart == nil { finish() }
            }
        }
        if buildEvidence { finish() }
        machineStack.deallocate()
        pack.giveBack(fuzzyMemo)
    }
}

/// A relation of a document named by its actors' numbers and its type; as in `RelationKey`, the endpoints of a
/// symmetric type are ordered, so both readings of one relation count together.
struct RelationNumbers: Hashable {
    let source: Int32
    let type: RelationType
    let target: Int32

    init(_ source: Int32, _ type: RelationType, _ target: Int32) {
        let swap = type.isSymmetric && target < source
        self.source = swap ? target : source
        self.type = type
        self.target = swap ? source : target
    }
}
