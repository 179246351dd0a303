import DyadCore

/// A rule pack compiled for matching: vocabulary, gazetteer trie, cue trie, word-class
/// bitsets and rule programs. Immutable and shared by all threads.
public final class CompiledPack: Sendable {
    /// The source pack.
    public let pack: RulePack
    let vocabulary: Vocabulary
    let tokenizer: Tokenizer
    let gazetteer: TokenTrie
    let hits: [GazetteerHit]
    /// The exact bytes of each case-sensitive gazetteer phrase, by ``GazetteerHit/exact``.
    let exactSpellings: [[UInt8]]
    let cues: TokenTrie
    let wordFlags: [UInt32]
    /// `wordFlags.count`, stored (the engine's large functions call the array's `count` getter).
    let wordFlagsCount: Int
    let classBits: [UInt64]
    let classStride: Int
    let rules: [CompiledRule]
    let patterns: [FlatPattern]
    /// Each gazetteer entry as the graph actor it becomes (built once, not for every document naming it).
    let entryActors: [Actor]
    /// Which patterns can match a sentence, from the words and classes each must contain.
    let prefilter: PatternPrefilter
    /// Per token id, the classes (first 64) it belongs to.
    let classMask: [UInt64]
    /// Per class index, its forms of more than one token (`cease-fire`, `turned down`), longest first.
    let classPhrases: [[[Int32]]]
    /// Per class, a row of bits (as long as ``classBits``'s) of the token ids that start one of its forms of several tokens.
    let classLeadBits: [UInt64]
    let instructions: [FlatInstruction]
    /// `instructions` in memory the pack owns, at an address that stays put while it lives: the matcher reads
    /// them without a closure around its loop (inside one, each call of a method of the large `DocumentRun`
    /// copied it).
    nonisolated(unsafe) let code: UnsafeBufferPointer<FlatInstruction>
    /// The words and classes of `notAhead` and `oneOf` instructions, by set.
    let atomSets: AtomSets
    let entryKindBits: [UInt8]
    /// Per pack entry, its kind: read from this compact array, not from the large entries (a cache miss each).
    let entryKinds: [ActorKind]
    let entryIndex: [String: Int32]
    /// Per pack entry, the first entry with its id (entries that repeat an id stand for the same actor).
    let canonicalEntry: [Int32]
    /// Per pack entry, the rank of its id among the pack's ids in sorted order (entries that share an id share a
    /// rank): entries sort by id without comparing strings.
    let entryIDRank: [Int32]
    /// Per pack entry, the entry its `partOf` names, or -1 (looked up once, not by name at each ask).
    let entryParent: [Int32]
    /// Each month's number (1–12) and each weekday's (0–6), by token id.
    let months: IDMap
    let weekdays: IDMap
    let ids: FixedIDs
    let wordSets: WordSets
    /// The engine's word lists, folded, by lexicon.
    let words: [EngineLexicon: Set<String>]
    /// Per token id, the engine lexicons holding its word, as bits by ``EngineLexicon/ordinal`` (two words per id):
    /// the hot paths ask without hashing.
    let lexiconBits: [UInt64]
    /// `lexiconBits.count`, stored (as ``wordFlagsCount``).
    let lexiconBitsCount: Int
    /// Suffix lists (progressive, past, adverb, plural), longest first.
    let suffixes: [[[UInt8]]]
    /// Word class names by class index.
    let classNames: [String]
    /// The texts the relation scorer hashes, laid out once.
    let scorerText: ScorerText
    /// Name words of the gazetteer by their one-edit variants, to read misspelt names.
    let fuzzyNames: FuzzyNameIndex
    /// The memos of misspelt words' candidates not in use: a run takes one (``takeFuzzyMemo()``) and gives it back
    /// (``giveBack(_:)``), so there are as many as runs at once, each used by one thread at a time.
    let fuzzyMemos = Locked<[FuzzyMemo]>([])

    /// A memo for a run, made when none is free.
    func takeFuzzyMemo() -> FuzzyMemo { fuzzyMemos.withLock { $0.popLast() } ?? FuzzyMemo() }

    /// Gives back a run's memo, for the runs after it.
    func giveBack(_ memo: FuzzyMemo) { fuzzyMemos.withLock { $0.append(memo) } }

    /// The tables of a pack's entries (see the properties of the same names).
    struct EntryTables: Sendable {
        var actors: [Actor] = []
        var kindBits: [UInt8] = []
        var kinds: [ActorKind] = []
        var index: [String: Int32] = [:]
        var canonical: [Int32] = []
        var idRanks: [Int32] = []
        var parents: [Int32] = []

        init(_ entries: [ActorEntry]) {
            for (number, entry) in entries.enumerated() where index[entry.id] == nil { index[entry.id] = Int32(number) }
            actors = entries.map(\.actor)
            kindBits = entries.map { $0.kind.bit }
            kinds = entries.map(\.kind)
            canonical = entries.indices.map { index[entries[$0].id] ?? Int32($0) }
            idRanks = Array(repeating: Int32(0), count: entries.count)
            var rank: Int32 = -1
            var previous: String?
            for entry in entries.indices.sorted(by: { entries[$0].id < entries[$1].id }) {
                if entries[entry].id != previous {
                    rank += 1
                    previous = entries[entry].id
                }
                idRanks[entry] = rank
            }
            parents = entries.map { entry in entry.partOf.flatMap { index[$0] } ?? -1 }
        }
    }

    /// The graph actor of the pack's actor number `number` (see ``DocumentExtraction/packEntries``).
    package func packActor(_ number: Int) -> Actor { entryActors[number] }

    /// The rank of the id of the pack's actor number `number` among the pack's ids in ascending order (equal for
    /// equal ids): pack actors sort by id without comparing strings.
    package func packIDRank(_ number: Int) -> Int32 { entryIDRank[number] }

    /// Ids of words the engine needs.
    struct FixedIDs: Sendable {
        var and: Int32 = -1, comma: Int32 = -1, the: Int32 = -1, openParen: Int32 = -1, closeParen: Int32 = -1
        var hyphen: Int32 = -1, slash: Int32 = -1, possessive: Int32 = -1, apostrophe: Int32 = -1, quote: Int32 = -1, group: Int32 = -1
        var two: Int32 = -1, sides: Int32 = -1, both: Int32 = -1, since: Int32 = -1, inWord: Int32 = -1, last: Int32 = -1
        var ago: Int32 = -1, decade: Int32 = -1, year: Int32 = -1, years: Int32 = -1, month: Int32 = -1, week: Int32 = -1
        var yesterday: Int32 = -1, on: Int32 = -1, a: Int32 = -1, from: Int32 = -1, organisation: Int32 = -1, movement: Int32 = -1
        var pro: Int32 = -1, anti: Int32 = -1, of: Int32 = -1, an: Int32 = -1
        var one: Int32 = -1, which: Int32 = -1, who: Int32 = -1, but: Int32 = -1, to: Int32 = -1, or: Int32 = -1
    }

    /// Sets of word ids the engine needs, apart from ``FixedIDs`` so that copying those copies no references.
    struct WordSets: Sendable {
        /// Nouns that refer back to an organisation (`the regional bloc`).
        var organisationNouns: [Int32] = []
        /// Participles whose object is a patron, not an actor of the clause (`militias backed by Iran`).
        var patronParticiples = IDSet()
        /// Prepositions after those participles.
        var patronPrepositions = IDSet()
        /// Pronouns that stand for the person named last (`he`, `his`).
        var personPronouns = IDSet()
        /// First words of the `exemplifiers` phrases (`such` of `such as`).
        var exemplifierLeads = IDSet()
    }

    /// How often a sentence is likely to meet a clause (in sixteenths of a word), so that the prefilter picks the rarest
    /// words of each alternative: a class counts its forms, a literal one, more for a short word (short words are
    /// the frequent ones: `in support of` is gated on `support`, not on `in`). Unknown classes count nothing.
    static func clauseWeight(_ clause: [PatternNode], classSize: (String) -> Int?) -> Int {
        clause.reduce(0) { total, node in
            switch node {
            case .literal(let word): total + 16 + max(0, 8 - word.count)
            case .wordClass(let name): total + 16 * (classSize(name) ?? 0)
            default: total
            }
        }
    }

    /// Whether a name reads as an acronym: one word of two to six letters, all capitals (`ISIS`, `U.S.`).
    static func isAcronym(_ name: String) -> Bool {
        // Most names have a lower-case ASCII letter or a space: told from the bytes, without Unicode properties.
        if name.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) || name.contains(" ") { return false }
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.count <= 6 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// Compiles a pack.
    /// - Parameter pack: The pack to compile.
    /// - Throws: `ExtractionError` for bad patterns and unknown word classes, located at the pattern.
    public init(_ pack: RulePack) throws(ExtractionError) {
        self.pack = pack
        var vocab = Vocabulary()
        func words(_ text: String) -> [String] { CompiledPack.words(text) }
        func intern(_ text: String) -> [Int32] { words(text).map { vocab.intern($0) } }

        // The engine's words, from the pack's lexicons.
        var table: [EngineLexicon: [String]] = [:]
        for l in EngineLexicon.allCases { table[l] = (pack.lexicons[l.rawValue] ?? []).map { $0.lowercased() } }
        func one(_ l: EngineLexicon) -> Int32 { vocab.intern(table[l]?.first ?? "") }
        func ids(_ l: EngineLexicon) -> [Int32] { (table[l] ?? []).map { vocab.intern($0) } }
        var f = FixedIDs()
        f.comma = vocab.intern(","); f.openParen = vocab.intern("("); f.closeParen = vocab.intern(")"); f.hyphen = vocab.intern("-")
        f.slash = vocab.intern("/")
        f.apostrophe = vocab.intern("'"); f.quote = vocab.intern("\"")
        f.and = one(.coordinator); f.or = one(.disjunction); f.but = one(.contrast); f.the = one(.definiteArticle);
        f.a = one(.indefiniteArticle)
        f.an = one(.indefiniteArticleVowel); f.possessive = one(.possessiveMarker); f.inWord = one(.prepositionIn);
        f.on = one(.prepositionOn)
        f.of = one(.prepositionOf); f.from = one(.prepositionFrom); f.to = one(.prepositionTo); f.which = one(.relativeWhich)
        f.who = one(.relativeWho); f.pro = one(.prefixPro); f.anti = one(.prefixAnti); f.one = one(.numberOne); f.two = one(.numberTwo)
        f.sides = one(.pairSides); f.both = one(.pairBoth); f.group = one(.backReferenceGroup); f.organisation = one(.nameWordOrganisation)
        f.movement = one(.nameWordMovement); f.since = one(.timeSince); f.last = one(.timeLast); f.ago = one(.timeAgo)
        f.decade = one(.timeDecade); f.year = one(.timeYear); f.years = one(.timeYears); f.month = one(.timeMonth); f.week = one(.timeWeek)
        f.yesterday = one(.timeYesterday)
        var sets = WordSets()
        sets.organisationNouns = ids(.organisationBackReferences)
        sets.patronParticiples = IDSet(ids(.patronParticiples))
        sets.patronPrepositions = IDSet(ids(.patronPrepositions))
        sets.exemplifierLeads = IDSet((table[.exemplifiers] ?? []).compactMap { words($0).first.map { vocab.intern($0) } })
        sets.personPronouns = IDSet(ids(.personPronouns))
        var months: [Int32: Int] = [:], weekdays: [Int32: Int] = [:]
        for (i, m) in (table[.months] ?? []).enumerated() {
            months[vocab.intern(m)] = i + 1
            // A month's first three letters abbreviate it.
            if m.count > 4 { months[vocab.intern(String(m.prefix(3)))] = i + 1 }
        }
        for (i, d) in (table[.weekdays] ?? []).enumerated() { weekdays[vocab.intern(d)] = i }
        for word in table[.notMonths] ?? [] { months.removeValue(forKey: vocab.intern(word)) }
        for w in [".", "!", "?", ";", ":"] + (table[.possessivePronouns] ?? []) { vocab.intern(w) }
        // Every one-word ASCII lexicon entry has an id, so a token without one is in no lexicon (`isWord`).
        for list in table.values {
            for w in list where w.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x20 }) { vocab.intern(w.lowercased()) }
        }
        var words: [EngineLexicon: Set<String>] = [:]
        for (l, list) in table { words[l] = Set(list) }

        // The tables of the pack's entries depend on the entries alone: made on another thread meanwhile.
        let actors = pack.actors
        let entryTables = Background { EntryTables(actors) }

        // Gazetteer.
        var gaz = TokenTrie()
        var hits: [GazetteerHit] = []
        var exactSpellings: [[UInt8]] = []
        var nameWordIDs = Set<Int32>()
        func addName(_ name: String, words: [String], _ entry: Int32, _ how: GazetteerHit.How, caseSensitive: Bool) {
            let ids = words.map { vocab.intern($0) }
            guard !ids.isEmpty else { return }
            let isAcronym = caseSensitive || CompiledPack.isAcronym(name)
            var exact: Int32 = -1
            if isAcronym {
                exact = Int32(exactSpellings.count)
                exactSpellings.append(Array(name.utf8))
            }
            hits.append(GazetteerHit(entry: entry, how: isAcronym && how == .name ? .acronym : how, exact: exact))
            if !isAcronym, how != .place { for id in ids { nameWordIDs.insert(id) } }
            gaz.add(ids, payload: Int32(hits.count - 1))
        }
        // Every name, in the order its hits are numbered; all are split into words on all cores first (a pack may
        // list tens of thousands of names, and splitting is most of the work of adding one).
        var names: [(text: String, entry: Int32, how: GazetteerHit.How, caseSensitive: Bool)] = []
        for (index, entry) in pack.actors.enumerated() {
            let i = Int32(index)
            if entry.kind == .person {
                for n in [entry.name] + entry.aliases { names.append((n, i, .person, false)) }
                continue
            }
            for n in [entry.name] + entry.aliases { names.append((n, i, .name, false)) }
            for n in entry.acronyms { names.append((n, i, .acronym, true)) }
            for n in entry.demonyms { names.append((n, i, .demonym, false)) }
            for n in entry.capitals { names.append((n, i, .capital, false)) }
        }
        for (index, place) in pack.places.enumerated() {
            for n in [place.name] + place.aliases { names.append((n, Int32(index), .place, false)) }
        }
        let nameWords = CompiledPack.words(ofAll: names.map(\.text))
        for (name, words) in zip(names, nameWords) {
            addName(name.text, words: words, name.entry, name.how, caseSensitive: name.caseSensitive)
        }
        // The misspelling index needs only the name words: built on another thread while the rest compiles.
        let fuzzyWords = nameWordIDs.sorted().map { (vocab.word($0), $0) }
        let fuzzyNames = Background { FuzzyNameIndex(words: fuzzyWords) }

        // Cues.
        var cues = TokenTrie()
        let c = pack.cues
        for (list, kind) in [
            (c.hedge, CueKind.hedge), (c.negation, .negation), (c.speech, .speech), (c.source, .source), (c.titles, .title),
        ] {
            for phrase in list { cues.add(intern(phrase), payload: kind.rawValue) }
        }
        for phrase in table[.adverbials] ?? [] { cues.add(intern(phrase), payload: CueKind.adverbial.rawValue) }
        for phrase in table[.negationExceptions] ?? [] { cues.add(intern(phrase), payload: CueKind.notNegation.rawValue) }
        var flagWords: [(String, UInt32)] = [
            (".", WordFlags.sentenceEnd), ("!", WordFlags.sentenceEnd), ("?", WordFlags.sentenceEnd), ("\"", WordFlags.quote),
        ]
        for w in table[.possessivePronouns] ?? [] { flagWords.append((w, WordFlags.possessivePronoun)) }
        for w in table[.pairNouns] ?? [] { flagWords.append((w, WordFlags.pairNoun)) }
        for w in table[.directions] ?? [] { flagWords.append((w, WordFlags.direction)) }
        for (lexicon, flag) in [
            (EngineLexicon.claimNouns, WordFlags.claimNoun), (.claimLinks, WordFlags.claimLink), (.claimDenials, WordFlags.claimDenial),
            (.contentHedges, WordFlags.contentHedge),
        ] {
            for w in table[lexicon] ?? [] { flagWords.append((w, flag)) }
        }
        for (list, flag) in [
            (c.clauseBoundaries, WordFlags.boundary), (c.abbreviations, WordFlags.abbreviation), (c.locatives, WordFlags.locative),
            (c.agents, WordFlags.agent), (c.groupNouns, WordFlags.groupNoun), (c.organs, WordFlags.organ),
            (c.modifiers, WordFlags.modifier), (c.sponsorship, WordFlags.sponsorship), (c.former, WordFlags.former),
            (c.nonActors, WordFlags.nonActor),
        ] {
            for w in list { flagWords.append((NameNormalizer.fold(w), flag)) }
        }
        var flagIDs: [(Int32, UInt32)] = []
        for (w, flag) in flagWords { flagIDs.append((vocab.intern(w), flag)) }

        // Word classes and rules.
        var classIndex: [String: Int] = [:]
        var classForms: [[Int32]] = []
        var phrases: [[[Int32]]] = []
        for wc in pack.wordClasses {
            var ids: [Int32] = [], long: [[Int32]] = []
            for form in wc.forms {
                let parts = intern(form)
                if parts.count == 1 { ids += parts } else if parts.count > 1 { long.append(parts) }
            }
            if let existing = classIndex[wc.name] {
                classForms[existing] += ids
                phrases[existing] += long
            } else {
                classIndex[wc.name] = classForms.count
                classForms.append(ids)
                phrases.append(long)
            }
        }
        for c in phrases.indices { phrases[c].sort { $0.count > $1.count } }
        var compiled: [CompiledRule] = []
        var flat: [FlatPattern] = []
        var clauses: [[[PatternPrefilter.Atom]]] = []
        var store: [FlatInstruction] = []
        var atomSets = AtomSets()
        // Every pattern parsed on all cores first, each to its tree or its failure, in rule order.
        let patternTexts = pack.rules.flatMap(\.patterns)
        let parsedPatterns = Parallel.map(count: patternTexts.count, chunks: min(patternTexts.count, 16)) { index in
            Result { () throws(PatternParser.Failure) in try PatternCheck.parse(patternTexts[index]) }
        }
        var parsedIndex = 0
        for (ruleNumber, rule) in pack.rules.enumerated() {
            var programs: [PatternProgram] = []
            for (patternNumber, pattern) in rule.patterns.enumerated() {
                let origin = patternNumber < rule.patternOrigins.count ? rule.patternOrigins[patternNumber] : rule.origin
                func located(_ failure: PatternParser.Failure, _ code: ExtractionError.Code) -> ExtractionError {
                    let column = failure.column >= 0 ? failure.column : 0
                    var e = ExtractionError(
                        code, "rule `\(rule.id)`: \(failure.message) in pattern `\(pattern)`",
                        file: origin?.file, line: origin?.line, column: origin.map { $0.column + column })
                    e.lineText = origin.flatMap { o in o.file.flatMap { pack.sources[$0] }.flatMap { o.lineText(in: $0) } }
                    return e
                }
                let node: PatternNode
                defer { parsedIndex += 1 }
                switch parsedPatterns[parsedIndex] {
                case .success(let parsed): node = parsed
                case .failure(let failure): throw located(failure, .pattern)
                }
                let slots = PatternProgram.slots(node)
                var program: PatternProgram
                do {
                    program = try PatternProgram.compile(node, literalID: { vocab.intern($0) }, classID: { classIndex[$0] })
                } catch {
                    throw located(PatternCheck.locate(error, in: pattern), .unknownWordClass)
                }
                var firstIsSlot = false
                if case .slot = program.instructions[0] { firstIsSlot = true }
                if case .modifierSlot = program.instructions[0] { firstIsSlot = true }
                let maskA = ActorKind.mask(rule.kindsA), maskB = ActorKind.mask(rule.kindsB)
                let entry = store.count
                for instruction in program.instructions {
                    switch instruction {
                    case .literal(let id): store.append(.literal(id))
                    case .wordClass(let c): store.append(.wordClass(Int32(c)))
                    case .slot(let s): store.append(.slot(s))
                    case .modifierSlot(let s): store.append(.modifierSlot(s))
                    case .any(let cross): store.append(.any(crossesMentions: cross))
                    case let .notAhead(literals, classes):
                        let set = atomSets.add(literals: literals, classes: classes, classForms: classForms, classPhrases: phrases)
                        store.append(.notAhead(set: set))
                    case let .oneOf(literals, classes):
                        let set = atomSets.add(literals: literals, classes: classes, classForms: classForms, classPhrases: phrases)
                        store.append(.oneOf(set: set))
                    case let .split(x, y): store.append(.split(Int32(entry + x), Int32(entry + y)))
                    case .jump(let x): store.append(.jump(Int32(entry + x)))
                    case .match: store.append(.match)
                    }
                }
                var pattern = FlatPattern(
                    entry: entry, usesPair: program.usesPair, rule: ruleNumber, kindsA: rule.reversed ? maskB : maskA,
                    kindsB: rule.reversed ? maskA : maskB, firstIsSlot: firstIsSlot)
                pattern.placeB = (slots[.placeB] ?? 0) > 0
                pattern.firstA = (slots[.firstA] ?? 0) > 0
                pattern.reversed = rule.reversed
                pattern.type = UInt8(RelationType.allCases.firstIndex(of: rule.type) ?? 0)
                pattern.priority = rule.priority
                pattern.modality = rule.modality
                // What a sentence must contain for the pattern to match, as atoms of the prefilter.
                func atom(_ node: PatternNode) -> PatternPrefilter.Atom? {
                    if case .literal(let w) = node { return vocab.intern(w) }
                    if case .wordClass(let name) = node, let ci = classIndex[name] { return -1 - Int32(ci) }
                    return nil
                }
                let weight = { (clause: [PatternNode]) -> Int in
                    CompiledPack.clauseWeight(clause) { name in classIndex[name].map { classForms[$0].count } }
                }
                clauses.append(PatternProgram.clauses(node, weight: weight).map { $0.compactMap(atom) })
                flat.append(pattern)
                programs.append(program)
            }
            compiled.append(
                CompiledRule(
                    rule: rule, programs: programs,
                    unless: rule.unless.map { $0 == "'s" || $0 == "’s" ? [f.possessive] : intern($0) }.filter { !$0.isEmpty }))
        }

        // Freeze.
        let size = vocab.count
        gaz.freeze(vocabularySize: size)
        // The hits in the trie's node order, each numbered by its position: a name's hits lie together, and matching reads
        // them without first reading their numbers (one memory access less per word of a name).
        let hitsInOrder = gaz.numberPayloadsInOrder().map { hits[Int($0)] }
        cues.freeze(vocabularySize: size)
        var flags = Array(repeating: UInt32(0), count: size)
        for (id, flag) in flagIDs { flags[Int(id)] |= flag }
        let words64 = (size + 63) / 64
        var bits = Array(repeating: UInt64(0), count: max(1, words64 * classForms.count))
        for (c, forms) in classForms.enumerated() {
            for id in forms { bits[c * words64 + Int(id) >> 6] |= 1 << UInt64(id & 63) }
        }
        var leadBits = Array(repeating: UInt64(0), count: max(1, words64 * phrases.count))
        for (c, list) in phrases.enumerated() {
            for phrase in list { leadBits[c * words64 + Int(phrase[0]) >> 6] |= 1 << UInt64(phrase[0] & 63) }
        }

        // A class of several-token forms (`cease-fire`) is met by the first token of one of them too.
        let leadForms = classForms.indices.map { c in classForms[c] + phrases[c].map { $0[0] } }
        // "Paris' support": a bare apostrophe meets a clause of the possessive `'s` too (the matcher reads it so after a mention).
        let possessiveClauses = clauses.map { pattern in
            pattern.map { clause in clause.contains(f.possessive) && !clause.contains(f.apostrophe) ? clause + [f.apostrophe] : clause }
        }
        let prefilter = PatternPrefilter(clauses: possessiveClauses, classForms: leadForms, vocabularySize: size)
        // What the tokenizer copies into each token from the vocabulary slot it has just read (see `Token.startsName`).
        for id in 0..<Int32(size) {
            var tags: UInt8 = 0
            if gaz.starts(id) { tags |= Token.startsNameTag }
            if cues.starts(id) { tags |= Token.startsCueTag }
            if prefilter.meets(id) { tags |= Token.prefilterTag }
            if tags != 0 { vocab.setTags(tags, of: id) }
        }
        self.vocabulary = vocab
        self.tokenizer = Tokenizer(vocabulary: vocab)
        self.gazetteer = gaz
        self.fuzzyNames = fuzzyNames.take()
        self.hits = hitsInOrder
        self.exactSpellings = exactSpellings
        self.cues = cues
        self.wordFlags = flags
        self.wordFlagsCount = flags.count
        self.classBits = bits
        self.classStride = words64
        self.classLeadBits = leadBits
        self.rules = compiled
        self.patterns = flat
        self.prefilter = prefilter
        var masks = Array(repeating: UInt64(0), count: size)
        for (c, forms) in classForms.enumerated() where c < 64 { for id in forms { masks[Int(id)] |= 1 << UInt64(c) } }
        self.classMask = masks
        self.classPhrases = phrases
        self.instructions = store
        self.atomSets = atomSets
        let entries = entryTables.take()
        self.entryActors = entries.actors
        self.entryKindBits = entries.kindBits
        self.entryKinds = entries.kinds
        self.entryIndex = entries.index
        self.canonicalEntry = entries.canonical
        self.entryIDRank = entries.idRanks
        self.entryParent = entries.parents
        self.months = IDMap(months)
        self.weekdays = IDMap(weekdays)
        self.ids = f
        self.wordSets = sets
        self.words = words
        let lexiconIDs = words.mapValues { Set($0.compactMap { vocab.lookup($0) }) }
        var lexiconBits = Array(repeating: UInt64(0), count: max(1, vocab.count) * 2)
        for (lexicon, ids) in lexiconIDs {
            let o = lexicon.ordinal
            for id in ids where Int(id) < vocab.count { lexiconBits[Int(id) * 2 + o >> 6] |= 1 << UInt64(o & 63) }
        }
        self.lexiconBits = lexiconBits
        self.lexiconBitsCount = lexiconBits.count
        self.suffixes = [EngineLexicon.progressiveSuffixes, .pastSuffixes, .adverbSuffixes, .pluralSuffixes].map { l in
            (table[l] ?? []).map { Array($0.utf8) }.sorted { $0.count > $1.count }
        }
        // Missing lexicons are reported after the rules, so a pack's own errors come first.
        let problems = EngineLexicon.problems(pack.lexicons)
        if !problems.isEmpty { throw ExtractionError(.schema, problems.joined(separator: "; "), file: pack.files.first) }
        self.classNames = classIndex.sorted { $0.value < $1.value }.map(\.key)
        self.scorerText = ScorerText(vocabulary: self.vocabulary, classNames: self.classNames, classForms: classForms)
        let code = UnsafeMutableBufferPointer<FlatInstruction>.allocate(capacity: max(1, store.count))
        _ = code.initialize(from: store)
        self.code = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(code)[0..<store.count])
    }

    deinit { UnsafeMutablePointer(mutating: code.baseAddress)?.deallocate() }

    /// The tokenizer that splits pack phrases into words (it knows no ids): made once, as making one sets up its
    /// tables.
    private static let wordSplitter = Tokenizer(vocabulary: Vocabulary())

    /// ``words(_:)`` of each of many phrases, on all cores (in chunks: one phrase is too little work to hand out).
    static func words(ofAll texts: [String]) -> [[String]] {
        let parts = min(64, texts.count / 512 + 1)
        return Parallel.map(count: parts, chunks: parts) { part in
            texts[texts.count * part / parts..<texts.count * (part + 1) / parts].map { words($0) }
        }.flatMap { $0 }
    }

    /// The folded token texts of a phrase, as the tokenizer splits it.
    static func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        return bytes.withUnsafeBufferPointer { buffer -> [String] in
            CompiledPack.wordSplitter.tokenize(buffer, into: &tokens)
            return tokens.map { token -> String in
                let folded = Tokenizer.foldedText(buffer, Int(token.start), Int(token.end))
                // Curly possessives and the ellipsis start with the byte E2; other words skip the comparisons.
                guard folded.utf8.first == 0xE2 else { return folded }
                if folded == "’s" || folded == "‘s" { return "'s" }
                if folded == "…" { return "." }
                return folded
            }
        }
    }

    /// Whether a folded word is in one of the engine's lexicons.
    func has(_ lexicon: EngineLexicon, _ word: String) -> Bool { words[lexicon]?.contains(word) ?? false }

    @inline(__always) func flags(_ id: Int32) -> UInt32 { id >= 0 && Int(id) < wordFlagsCount ? wordFlags[Int(id)] : 0 }
    @inline(__always) func inClass(_ id: Int32, _ cls: Int) -> Bool {
        id >= 0 && (classBits[cls &* classStride &+ Int(id) >> 6] >> UInt64(id & 63)) & 1 == 1
    }
    /// Whether a form of several tokens of class `cls` starts with token id `id`.
    @inline(__always) func leadsClassPhrase(_ id: Int32, _ cls: Int) -> Bool {
        id >= 0 && (classLeadBits[cls &* classStride &+ Int(id) >> 6] >> UInt64(id & 63)) & 1 == 1
    }
}
