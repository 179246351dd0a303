import DyadCore
import Testing

@testable import DyadExtraction

/// A participle after a comma takes the subject of its sentence, or the speaker of a `X said` before it.
@Suite("Participle subjects")
struct ParticipleCarryTests {
    static func lines(_ text: String) -> Set<String> { AdverbialTests.lines(text) }

    @Test("the sentence's subject accuses through a participle")
    func sentenceSubject() {
        let relations = Self.lines("A senior Sudanese general said the fighting would go on, publicly accusing the UAE of meddling.")
        #expect(relations.contains("sudan hostility united-arab-emirates"), "\(relations)")
    }

    @Test("after `X said` the participle is the speaker's")
    func speakerSubject() {
        let relations = Self.lines(
            "Chad closed its border with Sudan, a senior Egyptian official said, accusing Israel of stoking the crisis.")
        #expect(relations.contains("egypt hostility israel"), "\(relations)")
        #expect(!relations.contains("chad hostility israel"), "\(relations)")
    }

    @Test("the participle hangs from the last clause whose mention a verb follows")
    func lastClause() {
        let relations = Self.lines(
            "Mali has been unstable since 2012, when Tuareg separatists attacked Kidal, provoking reprisals from Burkina Faso.")
        #expect(
            relations.contains("tuareg-separatists hostility burkina-faso")
                || relations.contains("burkina-faso hostility tuareg-separatists"), "\(relations)")
        #expect(!relations.contains("mali hostility burkina-faso"), "\(relations)")
    }

    @Test("a participle without a comma carries nothing")
    func noComma() {
        let relations = Self.lines("Chad reported heavy fighting accusing nobody, while Israel stayed silent.")
        #expect(!relations.contains { $0.hasPrefix("chad hostility") }, "\(relations)")
    }
}

/// A verb after `and` takes the subject of its clause; a parenthesised acronym belongs to its mention.
@Suite("Clause subjects and parentheses")
struct ClauseSubjectTests {
    static func lines(_ text: String) -> Set<String> { AdverbialTests.lines(text) }

    @Test("a verb after `and` takes the clause's subject when the first predicate matched nothing")
    func coordinatedVerb() {
        let relations = Self.lines(
            "Mediators pressed for talks, but Ethiopia skipped the meeting in February and accused Egypt of sabotage.")
        #expect(relations.contains("ethiopia hostility egypt"), "\(relations)")
    }

    @Test("a present-tense verb after `, and` takes the clause's subject too")
    func coordinatedPresentVerb() {
        let relations = Self.lines("Chad says it is worried by the unrest in the region, and accuses Sudan of arming rebels.")
        #expect(relations.contains("chad hostility sudan"), "\(relations)")
    }

    @Test("the subject is the mention a verb follows, not the speaker")
    func innerSubject() {
        let relations = Self.lines("Iran said Israel bombed the depot overnight and accused Turkey of helping.")
        #expect(relations.contains("israel hostility turkey"), "\(relations)")
        #expect(!relations.contains("iran hostility turkey"), "\(relations)")
    }

    @Test("a parenthesised acronym after a name does not separate it from its verb")
    func parenthesisedAcronym() {
        let relations = Self.lines("The Alliance of Sahel States (AES), the juntas' bloc, accused Algeria of a hostile act.")
        #expect(relations.contains { $0.hasSuffix("hostility algeria") }, "\(relations)")
    }

    @Test("an aside opened by a word of the lexicon is skipped")
    func aside() {
        let relations = Self.lines("Chile, Peru and Bolivia, through their foreign ministers, signed a water-sharing agreement.")
        #expect(relations.contains("chile agreement peru") || relations.contains("peru agreement chile"), "\(relations)")
    }

    @Test("a mention followed by a possessive is not coordinated with the one before it")
    func possessorIsNoMember() {
        let relations = Self.lines("Citing Azerbaijan's war against Armenia and Turkey's support for it, France recalled its ambassador.")
        #expect(relations.contains("azerbaijan hostility armenia"), "\(relations)")
        #expect(!relations.contains("azerbaijan hostility turkey"), "\(relations)")
        #expect(!relations.contains("turkey hostility azerbaijan"), "\(relations)")
    }

    @Test("patterns read through quotation marks")
    func throughQuotes() {
        let relations = Self.lines("Iran said Israel would pay for the \"criminal aggression\" against Syria.")
        #expect(relations.contains("israel hostility syria"), "\(relations)")
    }

    @Test("the object of a preposition of direction is no subject of the verb after it")
    func directionObject() {
        let relations = Self.lines("Chadian troops sent to Niger have moved north and are fighting against Boko Haram.")
        #expect(!relations.contains("boko-haram hostility niger"), "\(relations)")
        #expect(!relations.contains("niger hostility boko-haram"), "\(relations)")
    }

    @Test("a participle right after the object of a preposition is the clause's, not that object's")
    func participleAfterPrepositionObject() {
        let relations = Self.lines("Kyiv sent a letter to the UN Security Council accusing Moscow of shelling the plant.")
        #expect(relations.contains("russia hostility ukraine") || relations.contains("ukraine hostility russia"), "\(relations)")
    }
}

/// A clause-boundary word (`while`) before a participle opens no new clause: the participle's subject is the one before.
@Suite("Participles after clause boundaries")
struct BoundaryParticipleTests {
    @Test("`while` + participle keeps the subject")
    func whileParticiple() {
        let relations = AdverbialTests.lines("Hezbollah lost dozens of men while fighting alongside the Syrian army.")
        #expect(relations.contains("hezbollah alliance syrian-arab-army"), "\(relations)")
    }

    @Test("an adverb may sit between the boundary and the participle")
    func adverbBetween() {
        let relations = AdverbialTests.lines("Hezbollah lost dozens of men while openly fighting alongside the Syrian army.")
        #expect(relations.contains("hezbollah alliance syrian-arab-army"), "\(relations)")
    }

    @Test("`while` before a finite clause still separates the clauses")
    func finiteClause() {
        let relations = AdverbialTests.lines("Hezbollah lost dozens of men while the militia fought alongside the Syrian army.")
        #expect(!relations.contains("hezbollah alliance syrian-arab-army"), "\(relations)")
    }
}

/// Rejecting a claim whose author ends the match (`denied charges by Congo's government`) is hostility towards the
/// author, not a negated relation.
@Suite("Claims rejected with their author")
struct ClaimAuthorTests {
    static func modalities(_ text: String) -> Set<String> {
        Set(
            AdverbialTests.extraction(text).relations.map {
                "\($0.source) \($0.type.rawValue) \($0.target) \($0.evidence.modality.rawValue)"
            })
    }

    @Test("`denied charges by X` is asserted hostility with X")
    func deniedChargesBy() {
        let relations = Self.modalities("Rwanda denied charges by Congo's government on Monday.")
        #expect(relations.contains("rwanda hostility democratic-republic-of-the-congo asserted"), "\(relations)")
    }

    @Test("a negation that is no rejection of a claim still negates")
    func plainNegation() {
        let relations = Self.modalities("Rwanda did not attack Congo's army on Monday.")
        #expect(!relations.contains { $0.hasSuffix(" asserted") }, "\(relations)")
    }
}

/// A subject carried to a coordinated predicate fills a pattern's leading patron slot too.
@Suite("Patron subjects carried to coordinated predicates")
struct PatronCarryTests {
    @Test("`Iran armed Assad and funded Hezbollah` makes Iran Hezbollah's patron")
    func patronCarried() {
        let relations = AdverbialTests.lines("Iran armed Assad and funded Hezbollah.")
        #expect(relations.contains("hezbollah proxy iran"), "\(relations)")
    }

    @Test("a participle after `and` carries no patron")
    func participleNotCarried() {
        let relations = AdverbialTests.lines("Iran armed Assad, and funding Hezbollah was never proven.")
        #expect(!relations.contains("hezbollah proxy iran"), "\(relations)")
    }
}
