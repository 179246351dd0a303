import DyadCore
import Testing

@testable import DyadExtraction

/// Negation scope and targets named as places, on a pack of their own.
@Suite("Negation scope and place targets")
struct EngineScopeTests {
    static let pack: CompiledPack = {
        do { return try CompiledPack(try PackLoader.load(path: Fixture.path("scopepack"))) } catch {
            preconditionFailure("scope pack does not load: \(error)")
        }
    }()

    static func lines(_ text: String) -> Set<String> {
        let result = Extractor(pack: pack).extract(DocumentInput(id: "t", text: text, date: nil))
        return Set(result.relations.map { "\($0.source) \($0.type.rawValue) \($0.target) \($0.evidence.modality.rawValue)" })
    }

    @Test("a negation ends with its object: a new finite verb after `and` is not negated")
    func negationStopsAtNewVerb() {
        let r = Self.lines("Iran denied arming Hezbollah and accuses Israel of lying.")
        #expect(r.contains("iran hostility israel asserted"))
        #expect(r.contains("iran hostility hezbollah negated"))
    }

    @Test("a gerund after `and` stays under the negation")
    func negationCoversGerund() {
        let r = Self.lines("Iran denied arming Hezbollah and accusing Israel.")
        #expect(r.contains("iran hostility israel negated"))
        #expect(!r.contains("iran hostility israel asserted"))
    }

    @Test("a negation covers every member of a coordinated object")
    func negationCoversCoordination() {
        #expect(
            Self.lines("Iran did not attack Hezbollah and Israel.") == [
                "iran hostility hezbollah negated", "iran hostility israel negated",
            ])
    }

    @Test("a state named after `inside` is the target of an @B:place slot")
    func placeTarget() {
        #expect(Self.lines("Israeli jets struck depots inside Syria.") == ["israel hostility syria asserted"])
    }

    @Test("a plain @B slot skips a state used as a place")
    func plainSlotSkipsPlace() {
        #expect(Self.lines("Israeli jets struck depots in Syria.").isEmpty)
    }

    @Test("a state named as a place is no target when another actor follows in the clause")
    func placeYieldsToNamedTarget() {
        #expect(!Self.lines("Israeli jets struck depots inside Syria used by Hezbollah.").contains("israel hostility syria asserted"))
    }

    @Test("a capital after `inside` is a location, not a target")
    func capitalIsNoPlaceTarget() {
        #expect(Self.lines("Israeli jets struck depots inside Damascus.").isEmpty)
    }

    @Test("a pronoun that would name the other slot of its relation takes the next nearest actor")
    func pronounSkipsOtherSlot() {
        #expect(Self.lines("Hezbollah fired rockets. Israeli jets struck their depots.") == ["israel hostility hezbollah asserted"])
    }

    @Test("after a verb such as launched a pronoun owns the subject's action and makes no target")
    func pronounOwnsAction() {
        #expect(Self.lines("Hezbollah fired rockets. Israeli jets launched their offensive.").isEmpty)
    }

    @Test("a pronoun with no other actor before it makes no relation with its own referent")
    func pronounWithoutAlternative() {
        #expect(Self.lines("Israeli jets struck their depots.").isEmpty)
    }

    @Test("a determiner or a number may introduce the last member of a coordination")
    func coordinationWithDeterminer() {
        #expect(
            Self.lines("Iran attacked Israel and a Russian convoy.") == [
                "iran hostility israel asserted", "iran hostility russia asserted",
            ])
    }

    @Test("targets coordinated through their head nouns are all targets")
    func coordinatedHeads() {
        #expect(
            Self.lines("Iran attacked Hezbollah positions and Russian bases near the coast.")
                == ["iran hostility hezbollah asserted", "iran hostility russia asserted"])
    }

    @Test(
        "a mention after the head nouns is no target when a verb follows it or the words are no nouns",
        arguments: [
            "Iran attacked Hezbollah positions and Russian officials said nothing.",
            "Iran attacked Hezbollah positions and Russian officials were silent.",
            "Iran attacked Hezbollah yesterday and Russia was silent.",
        ])
    func coordinatedHeadsStop(text: String) {
        #expect(!Self.lines(text).contains("iran hostility russia asserted"))
    }

    @Test(
        "a negated infinitive after the match does not negate it; one inside it does",
        arguments: [
            ("Iran and Israel signed a pact not to", "iran agreement israel asserted"),
            ("Iran chose not to attack Israel.", "iran hostility israel negated"),
        ])
    func negatedInfinitive(text: String, expected: String) {
        #expect(Self.lines(text).contains(expected))
    }

    @Test(
        "a slot skips an apposition after it",
        arguments: [
            "Russia, a partner of many years, supports Syria.",
            "Russia, one of the great powers, supports Syria.",
            "Russia, which has a long coast, supports Syria.",
        ])
    func appositionSkipped(text: String) {
        #expect(Self.lines(text) == ["russia alliance syria asserted"])
    }

    @Test(
        "an unclosed or undetermined description is no apposition",
        arguments: [
            "Russia, a partner that supports Syria.",
            "Russia, happily, supports Syria.",
            "Russia, which supports Syria.",
        ])
    func noApposition(text: String) {
        #expect(Self.lines(text).isEmpty)
    }

    @Test("an owner's own sub-unit after a possessive is the sub-unit")
    func possessiveSubUnit() {
        #expect(Self.lines("Hezbollah attacked Israel's IDF.") == ["hezbollah hostility idf asserted"])
    }

    @Test("a possessive before an unrelated actor is no merge; the slot reads past the possessor to that actor")
    func possessiveUnrelated() {
        #expect(Self.lines("Iran attacked Russia's Hezbollah.") == ["iran hostility hezbollah asserted"])
    }

    @Test("the subject of a match carries to a predicate coordinated after it")
    func subjectCarries() {
        #expect(Self.lines("Russia attacked Hezbollah positions and openly supports Syria.").contains("russia alliance syria asserted"))
    }

    @Test(
        "no subject carries to a clause with its own subject",
        arguments: [
            "Russia attacked Hezbollah positions and the crowd supports Israel.",
            "Russia attacked Hezbollah positions, and Syria supports Israel.",
        ])
    func subjectDoesNotCarry(text: String) {
        #expect(!Self.lines(text).contains("russia alliance israel asserted"))
    }

    @Test("an apposition naming a collective of sponsored groups stands for the named actor")
    func collectiveApposition() {
        #expect(Fixture.lines("Hezbollah, a coalition of Iran-backed militias, struck Israel.").contains("hezbollah proxy iran asserted"))
    }

    @Test("an apposition with another noun keeps the groups apart")
    func nonCollectiveApposition() {
        let r = Fixture.lines("Hezbollah, a rival of Iran-backed militias, struck Israel.")
        #expect(!r.contains("hezbollah proxy iran asserted"))
    }

    @Test("parallel participle clauses do not coordinate their mentions")
    func parallelParticiples() {
        #expect(
            !Self.lines("Tensions rose, with Iran striking Syria and Russia arming Ukraine.").contains("iran hostility russia asserted"))
        #expect(Self.lines("Tensions rose, with Iran striking Syria and Russia.").contains("iran hostility russia asserted"))
    }

    @Test("the subject opening the sentence carries past `but` to a predicate without a subject")
    func subjectCarriesPastBut() {
        #expect(Self.lines("Russia attacked Hezbollah but openly supports Syria.").contains("russia alliance syria asserted"))
        #expect(!Self.lines("Russia attacked Hezbollah but the crowd supports Israel.").contains("russia alliance israel asserted"))
    }

    @Test("the object of a verb is not the subject of a predicate coordinated after it")
    func objectIsNoSubject() {
        let r = Self.lines("Iran attacked Hezbollah and signed a pact with Syria.")
        #expect(r.contains("iran agreement syria asserted"))
        #expect(!r.contains("hezbollah agreement syria asserted"))
    }

    @Test("a subject after a comma still starts its own predicate")
    func subjectAfterComma() {
        #expect(Self.lines("On Monday, Hezbollah quietly signed a pact with Syria.").contains("hezbollah agreement syria asserted"))
    }

    @Test("a negation inside a parenthetical between commas does not negate the match")
    func negationInAside() {
        #expect(Self.lines("Iran, which never trusted Russia, attacked Israel.").contains("iran hostility israel asserted"))
    }

    @Test("a negation before the parenthetical still negates the match")
    func negationBeforeAside() {
        #expect(Self.lines("Iran never, in all those years, attacked Israel.") == ["iran hostility israel negated"])
    }

    @Test(
        "`the (regional) bloc` refers back to the nearest organisation",
        arguments: [
            "Iran left ECOWAS and accused the regional bloc of lying.",
            "Iran left ECOWAS and accused the bloc of imposing sanctions.",
        ])
    func blocRefersBack(text: String) {
        #expect(Self.lines(text) == ["iran hostility ecowas asserted"])
    }

    @Test("`the alliance of …` names a new body and refers back to nothing")
    func allianceOfIsNew() {
        #expect(Self.lines("Iran left ECOWAS and accused the alliance of Gulf states.").isEmpty)
    }

    @Test(
        "@B:place counts as the target slot",
        arguments: [
            ("@A [attack] inside @B:place", true),
            ("@A [attack] @B inside @B:place", false),
            ("@A [attack] inside @C", false),
        ])
    func placeSlotParses(pattern: String, valid: Bool) throws {
        // The fixture must load and hold a rule: an empty pack compiles whatever the pattern.
        var pack = try PackLoader.load(path: Fixture.path("scopepack"))
        try #require(!pack.rules.isEmpty)
        pack.rules[0].patterns = [pattern]
        if valid {
            let compiled = try CompiledPack(pack)
            #expect(compiled.pack.rules[0].patterns == [pattern])
        } else {
            let error = #expect(throws: ExtractionError.self) { try CompiledPack(pack) }
            #expect(error?.code == .pattern, "\(String(describing: error))")
        }
    }
}
