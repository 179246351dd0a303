import DyadCore
import Testing

@testable import DyadExtraction

/// Word-class forms of several tokens, prepositional `to` after a negation and denied claims, on a pack of their own.
@Suite("Modality scope: denied claims, negated prepositions, multi-word class forms")
struct ModalityScopeTests {
    static let pack: CompiledPack = {
        do { return try CompiledPack(try PackLoader.load(path: Fixture.path("modalitypack"))) } catch {
            preconditionFailure("modality pack does not load: \(error)")
        }
    }()

    static func lines(_ text: String) -> Set<String> {
        let result = Extractor(pack: pack).extract(DocumentInput(id: "t", text: text, date: nil))
        return Set(result.relations.map { "\($0.source) \($0.type.rawValue) \($0.target) \($0.evidence.modality.rawValue)" })
    }

    @Test("a class form of several tokens matches as a whole, hyphenated or spaced")
    func multiTokenClassForm() {
        #expect(Self.lines("Iran turned down a cease-fire with Israel.") == ["iran agreement israel negated"])
    }

    @Test("a class form of several tokens does not match in part")
    func multiTokenClassFormPartial() {
        #expect(Self.lines("Iran turned a cease-fire with Israel.").isEmpty)
        #expect(Self.lines("Iran spurned a fire with Israel.").isEmpty)
    }

    @Test("a negation before `to` and a name negates the match (`no links to Iran`)")
    func negationBeforePrepositionalTo() {
        #expect(Self.lines("Hezbollah has no links to Iran.") == ["hezbollah proxy iran negated"])
    }

    @Test("a negation before `to` and a verb negates only that infinitive (`agreed not to …`)")
    func negationBeforeInfinitive() {
        #expect(Self.lines("Iran and Syria agreed not to fight.") == ["iran agreement syria asserted"])
    }

    @Test("the content of a denied claim is negated and its opening pronoun is the denier")
    func deniedClaimContent() {
        #expect(Self.lines("Iran rejected accusations by Israel that it supports Hezbollah.") == ["iran alliance hezbollah negated"])
    }

    @Test("a denied claim with a named subject negates its relation")
    func deniedClaimNamed() {
        #expect(Self.lines("Moscow denied reports that Syria supported Hezbollah.") == ["syria alliance hezbollah negated"])
    }

    @Test("a claim after a new predicate is not denied (`rejected the claims and said …`)")
    func claimAfterCoordinatedPredicate() {
        #expect(Self.lines("Iran rejected the claims and said that Russia supports Syria.") == ["russia alliance syria asserted"])
    }

    @Test("a claim that is not denied is not negated")
    func claimNotDenied() {
        #expect(Self.lines("Israel repeated accusations that Iran supports Hezbollah.") == ["iran alliance hezbollah asserted"])
    }

    @Test("an accusation is asserted and the accused act is hedged")
    func accusationAndAccusedAct() {
        #expect(
            Self.lines("Iran accused Israel of arming Syria.") == ["iran hostility israel asserted", "israel alliance syria hedged"])
    }

    @Test("a hedge cue set off from the match by a comma does not hedge it")
    func hedgeSetOffByComma() {
        #expect(Self.lines("Iran will speak at the summit, where Russia supports Syria.") == ["russia alliance syria asserted"])
    }

    @Test("a hedge cue followed by its own comma still hedges the clause")
    func hedgeBeforeComma() {
        #expect(Self.lines("Reportedly, Russia supports Syria.") == ["russia alliance syria hedged"])
    }

    @Test("a claim-denial verb negates the claim's content but not its own clause")
    func claimDenialVerb() {
        #expect(
            Self.lines("Russia dismissed remarks by Israel that it supports Syria.") == [
                "russia hostility israel asserted", "russia alliance syria negated",
            ])
    }

    @Test("a phrase of `negation-exceptions` negates nothing (`not only`)")
    func negationException() {
        #expect(Self.lines("Russia not only supports Syria.") == ["russia alliance syria asserted"])
        #expect(Self.lines("Russia never supports Syria.") == ["russia alliance syria negated"])
    }

    @Test("an accusation followed by `, an allegation that X denies` is negated, with or without `that`")
    func allegationThatIsDenied() {
        for text in [
            "Armenia accused Turkey of arming Azerbaijan, an allegation that Ankara denies.",
            "Armenia accused Turkey of arming Azerbaijan, an allegation Ankara denies.",
        ] {
            let result = AdverbialTests.extraction(text)
            let arming = result.relations.first { $0.type == .alliance }
            #expect(arming?.evidence.modality == .negated, "\(text)")
        }
    }

    @Test("rejecting a claim is an asserted hostility toward its author; the claim's content stays negated")
    func rejectedClaimIsAsserted() {
        let result = AdverbialTests.extraction("Malaysia rejected Chinese demands over the drilling.")
        #expect(result.relations.first { $0.type == .hostility }?.evidence.modality == .asserted)
        let content = AdverbialTests.extraction("Iran rejected accusations by Israel that it supports Hezbollah.")
        #expect(content.relations.first { $0.type == .proxy || $0.type == .alliance }?.evidence.modality == .negated)
    }

    @Test("a claim dismissed after it (`the allegation that … is baseless`) negates its content")
    func dismissedClaim() {
        let dismissed = AdverbialTests.extraction("The allegation that Cuba supports Venezuela is a baseless accusation, Havana said.")
        #expect(dismissed.relations.first { $0.type == .alliance }?.evidence.modality == .negated)
        let kept = AdverbialTests.extraction("The allegation that Cuba supports Venezuela was repeated by Washington.")
        #expect(kept.relations.first { $0.type == .alliance }?.evidence.modality == .asserted)
    }

    @Test("rejecting a third party's act keeps that act's own relation; denying it negates it")
    func thirdPartyRejection() {
        let rejected = AdverbialTests.extraction("Somalia rejected Ethiopia's port deal with Somaliland.")
        #expect(rejected.relations.first { $0.type == .agreement }?.evidence.modality == .asserted)
        let denied = AdverbialTests.extraction("Iran denied Hezbollah's role in the attack on Israel.")
        #expect(denied.relations.first { $0.type == .hostility }?.evidence.modality == .negated)
    }
}
