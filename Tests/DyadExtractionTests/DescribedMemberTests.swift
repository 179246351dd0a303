import DyadCore
import Testing

@testable import DyadExtraction

/// A list member described by a possessive phrase (`Serbia and its former province, Kosovo`) joins the list, and
/// the description still gives its own relation.
@Suite("Described list members")
struct DescribedMemberTests {
    @Test("a member after `and its <relational noun>,` shares the list's predicate")
    func describedMemberJoinsList() {
        let lines = AdverbialTests.lines("Sudan and its former southern region, South Sudan, have been at odds for years.")
        #expect(AdverbialTests.either(lines, "sudan", "hostility", "south-sudan"), "\(lines)")
    }

    @Test("an exemplified member joins the list and keeps the alliance its description gives")
    func exemplifiedMemberKeepsAlliance() {
        let lines = AdverbialTests.lines("Japan and its partners, including Australia, have long regarded North Korea as a threat.")
        #expect(AdverbialTests.either(lines, "japan", "hostility", "north-korea"), "\(lines)")
        #expect(AdverbialTests.either(lines, "australia", "hostility", "north-korea"), "\(lines)")
        #expect(AdverbialTests.either(lines, "japan", "alliance", "australia"), "\(lines)")
    }

    @Test("a companion described by a possessive phrase joins the subject")
    func describedCompanion() {
        let lines = AdverbialTests.lines("Ghana, together with its ally Benin, recalled their ambassadors from Togo.")
        #expect(lines.contains("ghana hostility togo"), "\(lines)")
        #expect(lines.contains("benin hostility togo"), "\(lines)")
        #expect(AdverbialTests.either(lines, "ghana", "alliance", "benin"), "\(lines)")
    }

    @Test("a verb after the description is no member: the object stays the object")
    func verbIsNoDescription() {
        let lines = AdverbialTests.lines("Japan and its partners condemned North Korea.")
        #expect(!lines.contains { $0.hasPrefix("japan") && $0.hasSuffix("japan") }, "\(lines)")
        #expect(!AdverbialTests.either(lines, "japan", "alliance", "north-korea"), "\(lines)")
    }

    @Test("a capitalised word may describe the member (`its Western allies`)")
    func capitalisedDescription() {
        let lines = AdverbialTests.lines("Kenya and its Western partners, among them France, condemned al-Shabaab.")
        #expect(AdverbialTests.either(lines, "france", "hostility", "al-shabaab"), "\(lines)")
        #expect(AdverbialTests.either(lines, "kenya", "hostility", "al-shabaab"), "\(lines)")
    }

    @Test("a described member that ends the sentence needs no closing comma")
    func describedMemberEndsSentence() {
        let lines = AdverbialTests.lines("Al-Shabaab was sanctioned by Canada and its allies, including Britain.")
        #expect(lines.contains { $0.hasPrefix("united-kingdom hostility") || $0.hasSuffix("hostility united-kingdom") }, "\(lines)")
    }

    @Test("members after a dash behind `its <relational noun>` join the list (`Kenya and its partners — Uganda and Burundi`)")
    func dashOpensDescribedMembers() {
        let lines = AdverbialTests.lines("The offensive against al-Shabaab is led by Kenya and its partners — Uganda and Burundi.")
        #expect(AdverbialTests.either(lines, "uganda", "hostility", "al-shabaab"), "\(lines)")
        #expect(AdverbialTests.either(lines, "burundi", "hostility", "al-shabaab"), "\(lines)")
    }

    @Test("unnamed others after `and other` stay with the subject before its verb")
    func unnamedOthersJoinSubject() {
        let lines = AdverbialTests.lines("Canada and other Western countries have condemned Belarus.")
        #expect(AdverbialTests.either(lines, "canada", "hostility", "belarus"), "\(lines)")
    }

    @Test("`and other` before a named group is no unnamed tail")
    func otherNamedGroupStays() {
        let lines = AdverbialTests.lines("Hamas and other Iran-backed groups fired rockets.")
        #expect(lines.contains("hamas proxy iran"), "\(lines)")
    }
}
