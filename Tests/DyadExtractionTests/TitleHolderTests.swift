import DyadCore
import Testing

@testable import DyadExtraction

/// A mention that ends with a title and no name (`his Sudan counterpart`): it joins a list after a possessive, and
/// the holder's name between commas after it is read past.
@Suite("Titles without a name")
struct TitleHolderTests {
    @Test("a possessive before a state's name and a title joins the list (`Sisi and his Sudan counterpart`)")
    func possessiveBeforeTitledName() {
        let relations = AdverbialTests.lines(
            "Egyptian President Abdel Fattah al-Sisi and his Sudan counterpart signed a water deal.", date: "2021-06-08")
        #expect(AdverbialTests.either(relations, "egypt", "agreement", "sudan"), "\(relations)")
    }

    @Test("an unknown holder's name between commas is read past")
    func unknownHolderName() {
        let relations = AdverbialTests.lines("Eritrea and his Djiboutian counterpart, Ismael Gullo, had signed a deal.", date: "2021-06-08")
        #expect(AdverbialTests.either(relations, "djibouti", "agreement", "eritrea"), "\(relations)")
    }

    @Test("a known holder's name between commas is read past when it stands for the same actor")
    func knownHolderName() {
        let relations = AdverbialTests.lines(
            "Somali President Hassan Sheikh Mohamud and his Djibouti counterpart, Ismail Omar Guelleh, have signed a border deal.",
            date: "2023-06-08")
        #expect(AdverbialTests.either(relations, "djibouti", "agreement", "somalia"), "\(relations)")
    }

    @Test("a known name of another actor between commas is no holder's name and is not read past")
    func otherActorIsNoHolder() {
        let relations = AdverbialTests.lines("Djibouti's president, Isaias Afewerki, had signed a deal with Kenya.", date: "2010-06-08")
        #expect(!AdverbialTests.either(relations, "djibouti", "agreement", "kenya"), "\(relations)")
    }

    @Test("a possessor's title before the name of a group's leader stands for the group, not the possessor")
    func possessorTitleBeforeGroupLeader() {
        let relations = AdverbialTests.lines("Libya's powerful eastern commander Khalifa Haftar is armed by Moscow.", date: "2020-02-01")
        #expect(relations.contains("libyan-national-army proxy russia"), "\(relations)")
        #expect(!relations.contains { $0.hasPrefix("libya ") || $0.contains(" libya") }, "\(relations)")
    }

    @Test("a bare apostrophe after a group's plural head is its possessive before a title (`the NPA rebels' leader`)")
    func pluralPossessiveTitle() {
        let relations = AdverbialTests.lines("Manila and the NPA rebels' leader signed a truce.", date: "2019-06-08")
        #expect(AdverbialTests.either(relations, "philippines", "agreement", "new-peoples-army"), "\(relations)")
    }

    @Test("a time adverbial may stand between a possessor's title and its verb")
    func adverbialAfterPossessiveTitle() {
        let relations = AdverbialTests.lines("Manila and the NPA's leader on Tuesday signed a truce.", date: "2019-06-08")
        #expect(AdverbialTests.either(relations, "philippines", "agreement", "new-peoples-army"), "\(relations)")
    }
}
