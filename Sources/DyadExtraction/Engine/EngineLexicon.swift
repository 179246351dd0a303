/// The named word lists (a pack's `lexicons:`) the engine reads. This is the one place the engine names
/// the words it depends on; the words themselves live in the pack, so every English word the engine
/// uses can be read and changed there. A pack without one of these does not compile.
enum EngineLexicon: String, CaseIterable, Sendable {
    case coordinator, disjunction, contrast, companions, exemplifiers, trailingExemplifiers = "trailing-exemplifiers", pairwiseMarkers =
        "pairwise-markers", subjectAdjuncts =
        "subject-adjuncts",
        participleOpeners = "participle-openers", accompaniment, relationalNouns = "relational-nouns"
    case definiteArticle = "definite-article", indefiniteArticle = "indefinite-article", indefiniteArticleVowel = "indefinite-article-vowel"
    case possessiveMarker = "possessive-marker"
    case prepositionIn = "preposition-in", prepositionOn = "preposition-on", prepositionOf = "preposition-of"
    case prepositionFrom = "preposition-from", prepositionTo = "preposition-to"
    case relativeWhich = "relative-which", relativeWho = "relative-who", prefixPro = "prefix-pro", prefixAnti = "prefix-anti"
    case numberOne = "number-one", numberTwo = "number-two", countWords = "count-words", memberDeterminers = "member-determiners",
        pairSides = "pair-sides", pairBoth = "pair-both"
    case backReferenceGroup = "back-reference-group", nameWordOrganisation = "name-word-organisation", nameWordMovement =
        "name-word-movement"
    case timeSince = "time-since", timeLast = "time-last", timeAgo = "time-ago", timeDecade = "time-decade", timeYear = "time-year"
    case timeYears = "time-years", timeMonth = "time-month", timeWeek = "time-week", timeYesterday = "time-yesterday"
    case months, notMonths = "not-months", weekdays, adverbials
    case progressiveSuffixes = "progressive-suffixes", pastSuffixes = "past-suffixes", adverbSuffixes = "adverb-suffixes", pluralSuffixes =
        "plural-suffixes"
    case possessivePronouns = "possessive-pronouns", personPronouns = "person-pronouns", pluralPronouns = "plural-pronouns",
        singularPronouns = "singular-pronouns", pluralPossessives = "plural-possessives",
        complementizers,
        selfReportCues = "self-report-cues", objectPronoun = "object-pronoun", pairNouns = "pair-nouns",
        statePairNouns = "state-pair-nouns"
    case organisationBackReferences = "organisation-back-references", collectiveNouns = "collective-nouns"
    case directions, regionPrefixes = "region-prefixes", seatWords = "seat-words", seatReferences = "seat-references",
        seatQualifiers = "seat-qualifiers", assetNouns = "asset-nouns", territoryNouns = "territory-nouns",
        holdingNouns = "holding-nouns"
    case patronParticiples = "patron-participles", sponsoredHeads = "sponsored-heads", insurgentModifiers = "insurgent-modifiers",
        insurgentHeads = "insurgent-heads", descriptionHeads = "description-heads", descriptionModifiers = "description-modifiers",
        nameHeads = "name-heads", groupNameEnds =
        "group-name-ends",
        ethnicModifiers = "ethnic-modifiers",
        patronPrepositions = "patron-prepositions", leaderParticiples = "leader-participles", loyaltyPhrases = "loyalty-phrases",
        patronVerbs = "patron-verbs", currencySigns =
        "currency-signs"
    case nameParticles = "name-particles"
    case asideOpeners = "aside-openers", asideDashes = "aside-dashes", eventNouns = "event-nouns", relativePronouns = "relative-pronouns",
        singularVerbs = "singular-verbs", prepositions,
        directionPrepositions = "direction-prepositions"
    case claimNouns = "claim-nouns", claimLinks = "claim-links", claimDenials = "claim-denials", contentHedges = "content-hedges"
    case claimAuthors = "claim-authors", statementNouns = "statement-nouns"
    case claimDismissals = "claim-dismissals", rejectionVerbs = "rejection-verbs", denialVerbs = "denial-verbs"
    case negationExceptions = "negation-exceptions"
    case clauseOpeners = "clause-openers", subjectFollowers = "subject-followers", actionVerbs = "action-verbs", finiteVerbs =
        "finite-verbs"

    /// The case's position in declaration order (the order of `allCases`), read from the case's tag without
    /// hashing its name: lexicon look-ups on the hot path index bit sets by it. `EngineLexiconTests` checks it
    /// against `allCases`.
    @inline(__always) var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }

    /// How many words the lexicon must hold: one for a single function word, twelve months, seven days; `nil` for any non-empty list.
    var requiredCount: Int? {
        switch self {
        case .months: 12
        case .weekdays: 7
        case .coordinator, .disjunction, .contrast, .definiteArticle, .indefiniteArticle, .indefiniteArticleVowel, .possessiveMarker,
            .prepositionIn,
            .prepositionOn, .prepositionOf, .prepositionFrom, .prepositionTo, .relativeWhich, .relativeWho, .prefixPro, .prefixAnti,
            .numberOne, .numberTwo, .pairSides, .pairBoth, .backReferenceGroup, .nameWordOrganisation, .nameWordMovement, .timeSince,
            .timeLast, .timeAgo, .timeDecade, .timeYear, .timeYears, .timeMonth, .timeWeek, .timeYesterday, .objectPronoun:
            1
        default: nil
        }
    }

    /// The problems of a pack's lexicons: missing names and wrong sizes, as messages.
    static func problems(_ lexicons: [String: [String]]) -> [String] {
        var out: [String] = []
        let missing = allCases.filter { (lexicons[$0.rawValue] ?? []).isEmpty }.map(\.rawValue)
        if !missing.isEmpty {
            out.append(
                "the pack lacks \(missing.count) lexicon(s) the engine needs: \(missing.joined(separator: ", ")) "
                    + "(add them under `lexicons:`, or say `extends: default` in the pack section)")
        }
        for lexicon in allCases {
            guard let words = lexicons[lexicon.rawValue], !words.isEmpty else { continue }
            if let n = lexicon.requiredCount, words.count != n {
                out.append("the lexicon `\(lexicon.rawValue)` must hold exactly \(n) word(s), found \(words.count)")
            }
        }
        return out
    }
}
