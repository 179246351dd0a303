import DyadCore
import Testing

@testable import DyadExtraction

/// `they` and `their` prefer an actor of their sentence named with a plural noun over a state named later.
@Suite("Plural pronouns")
struct PluralPronounTests {
    @Test("`they` after a place is the plural group, not the state of the place")
    func theyIsTheGroup() {
        let relations = AdverbialTests.lines(
            "PKK fighters hide in bases in the hills of Iraq's north, where they have been hit by Turkish drones.")
        #expect(relations.contains("turkey hostility pkk"), "\(relations)")
        #expect(!relations.contains("iraq hostility turkey"), "\(relations)")
    }

    @Test("a possessive pronoun repeated after `and` keeps the referent of the first (`its annexation of X's …, and its support`)")
    func repeatedPossessive() {
        let relations = AdverbialTests.lines(
            "Critics cite Tehran's role in its 2019 seizure of Britain's tanker, and its support for Houthi fighters.")
        #expect(relations.contains("houthis proxy iran"), "\(relations)")
        #expect(!relations.contains { $0.contains("proxy united-kingdom") }, "\(relations)")
    }

    @Test("`their` after a list of three stands for the whole list, past a place named after it")
    func theirIsTheList() {
        let relations = AdverbialTests.lines(
            "The military regimes of Guinea, Mali, and Chad turned their alliance into a formal union at their first summit in "
                + "Conakry, cementing their break from ECOWAS.")
        for state in ["guinea", "mali", "chad"] {
            #expect(AdverbialTests.either(relations, state, "hostility", "ecowas"), "\(state): \(relations)")
        }
    }
}

/// The object of a preposition after a participle that follows a mention is no subject of the verb after it.
@Suite("Objects inside participle phrases")
struct ParticipleObjectTests {
    @Test("`volunteers fighting for Ukraine have claimed a raid into Russia's …` is no act of Ukraine")
    func participleObjectIsNoSubject() {
        let relations = AdverbialTests.lines("Polish volunteers fighting for Ukraine have claimed a raid into Russia's Kursk region.")
        #expect(relations.contains("polish-volunteers proxy ukraine"), "\(relations)")
        #expect(!relations.contains("russia hostility ukraine"), "\(relations)")
    }

    @Test("words may stand between the participle and its preposition (`acting as agents of Pakistan are attacking`)")
    func participleWithWordsBeforePreposition() {
        let relations = AdverbialTests.lines(
            "Armed bands acting as agents of the government of Pakistan keep attacking Afghan troops.")
        #expect(!relations.contains { $0.hasPrefix("afghanistan hostility pakistan") }, "\(relations)")
    }
}

/// A relative clause with a singular verb right after a list belongs to the list's last member.
@Suite("Relative clauses after lists")
struct ListRelativeClauseTests {
    @Test("`Ghana and Togo, which is backed by Nigeria, …` relates Nigeria to Togo only")
    func singularRelativeIsTheLastMembers() {
        let relations = AdverbialTests.lines("Ghana and Togo, which is backed by Nigeria, signed a deal with Benin.")
        #expect(relations.contains("togo alliance nigeria"), "\(relations)")
        #expect(!relations.contains("ghana alliance nigeria") && !relations.contains("nigeria alliance ghana"), "\(relations)")
        #expect(relations.contains("ghana agreement benin"), "\(relations)")
    }

    @Test("`Ghana and Togo, which backs the rebels, …`: a list in the pattern's other slot pairs its last member only")
    func singularRelativeOfAListInTheOtherSlot() {
        let relations = AdverbialTests.lines("Ghana and Togo, which backs the M23, held talks.")
        #expect(relations.contains("m23 proxy togo"), "\(relations)")
        #expect(!relations.contains("m23 proxy ghana"), "\(relations)")
    }

    @Test("`Ghana and Togo, which back the M23, …`: a plural verb keeps the whole list")
    func pluralRelativeKeepsTheList() {
        let relations = AdverbialTests.lines("Ghana and Togo, which back the M23, held talks.")
        #expect(relations.contains("m23 proxy togo") && relations.contains("m23 proxy ghana"), "\(relations)")
    }
}
