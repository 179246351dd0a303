import DyadCore
import Testing

@testable import DyadExtraction

/// A group noun after `the` with its patron's relative clause right after it (`the forces it backs`) is a group of its
/// own, named by the phrase.
@Suite("Groups named by their patron's clause")
struct PatronClauseTests {
    @Test("a pronoun patron: the group takes the relations of its list and is the pronoun's proxy")
    func pronounPatron() {
        let relations = AdverbialTests.lines("Israel braced for strikes by Tehran and the militias it backs across Iraq.")
        #expect(relations.contains("militias-it-backs proxy iran"), "\(relations)")
        #expect(
            relations.contains { $0.contains("militias-it-backs hostility israel") || $0.contains("israel hostility militias-it-backs") },
            "\(relations)")
    }

    @Test("a named patron after a relative pronoun")
    func namedPatron() {
        let relations = AdverbialTests.lines("The militias that Moscow funds in Mali attacked a convoy.")
        #expect(relations.contains("militias-that-moscow-funds proxy russia"), "\(relations)")
    }

    @Test("a seat is no group of its own: support to a government is no proxy")
    func seatIsNoGroup() {
        let relations = AdverbialTests.lines("Russia and the government it backs in Damascus rejected the plan.")
        #expect(!relations.contains { $0.contains(" proxy ") }, "\(relations)")
    }
}
