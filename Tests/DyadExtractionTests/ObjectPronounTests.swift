import DyadCore
import Testing

@testable import DyadExtraction

/// A bare object `it` names an act or a thing, not the actor mentioned last; a subject `it` still resolves.
@Suite("Object pronoun it")
struct ObjectPronounTests {
    static func lines(_ text: String) -> Set<String> {
        let result = Extractor(pack: CompoundCoordinationTests.pack).extract(DocumentInput(id: "t", text: text, date: Day("2024-01-05")))
        return Set(result.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
    }

    @Test("condemning `it` does not target the actor named last")
    func objectIt() {
        let relations = Self.lines("Hamas fired rockets at Israel. The United States condemned it as terrorism.")
        #expect(relations.contains("hamas hostility israel"), "\(relations)")
        #expect(!relations.contains("united-states hostility israel"), "\(relations)")
    }

    @Test("a subject `it` after a speech verb still stands for its actor")
    func subjectIt() {
        #expect(Self.lines("Iran said it would retaliate against Israel.").contains("iran hostility israel"))
        #expect(Self.lines("Tehran insisted it was not involved in the attack on Israel.").contains("iran hostility israel"))
    }

    @Test("a possessive after an action verb is no target")
    func ownAction() {
        let relations = Self.lines(
            "The PKK, branded a terrorist group by Ankara, the European Union and the United States launched its armed revolt in 1984.")
        #expect(!relations.contains("turkey hostility united-states"), "\(relations)")
        #expect(!relations.contains("european-union hostility united-states"), "\(relations)")
    }
}

/// A slot followed only by look-aheads still ends its pattern, so it reads past `his Russian counterpart` to the name.
@Suite("Slots before look-aheads")
struct SlotBeforeLookAheadTests {
    @Test("`brokered a pact with his Russian counterpart Vladimir Putin` names Russia")
    func possessivePronounBeforeName() {
        let relations = AdverbialTests.lines("Erdogan brokered a pact with his Russian counterpart Vladimir Putin.")
        #expect(relations.contains("russia agreement turkey") || relations.contains("turkey agreement russia"), "\(relations)")
    }
}

/// A subject pronoun and a possessive pronoun before a thing in its clause are one actor.
@Suite("Possessives of the subject")
struct SubjectPossessiveTests {
    @Test("a subject pronoun and a possessive before a thing are one actor: no relation with another one")
    func subjectPronounAndOwnThing() {
        let lines = ObjectPronounTests.lines("Algeria warned Morocco that it would defend its gas supplies.")
        #expect(lines == ["algeria hostility morocco"])
    }
}

/// A pronoun of one word is read as a word by word classes (`[det]` takes `its`).
@Suite("Pronouns as words of a class")
struct PronounWordTests {
    @Test("`as its most troublesome rival` fills `[det]`")
    func pronounFillsDeterminer() {
        let relations = AdverbialTests.lines("NATO described China as its most troublesome rival.")
        #expect(relations.contains("nato hostility china") || relations.contains("china hostility nato"), "\(relations)")
    }
}

/// A slot reads past a possessor and its words to the actor they name with `of`.
@Suite("Possessor regions named with of")
struct PossessorRegionTests {
    @Test("`with Georgia's breakaway region of Abkhazia` names Abkhazia")
    func breakawayRegion() {
        let relations = AdverbialTests.lines("Russia signed a treaty with Georgia's breakaway region of Abkhazia.")
        #expect(relations.contains { $0.contains("agreement") && $0.contains("abkhazia") && $0.contains("russia") }, "\(relations)")
        #expect(!relations.contains { $0.contains("agreement") && $0.contains("georgia") }, "\(relations)")
    }

}
