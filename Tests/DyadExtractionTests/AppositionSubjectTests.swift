import DyadCore
import Testing

@testable import DyadExtraction

/// Names between commas after a plain noun (`Iran's allies, Hezbollah and the Houthis, launched …`) are the subject
/// of the verb after them.
@Suite("Appositive names as subjects")
struct AppositionSubjectTests {
    @Test("an aside after the subject's place is read past too (`the AU force in Somalia, known as …, drove`)")
    func asideAfterPlace() {
        let relations = AdverbialTests.lines("The AU force in Somalia, known as AMISOM, pushed al-Shabab out of Kismayo last year.")
        #expect(relations.contains { $0.hasPrefix("african-union hostility al-shabaab") }, "\(relations)")
    }

    @Test("a parenthesis after the subject is read past (`Houthi rebels (backed by Iran) attacked …`)")
    func parenthesisAfterSubject() {
        let relations = AdverbialTests.lines("Houthi rebels (armed by Iran) attacked Saudi Arabia overnight.")
        #expect(relations.contains("houthis hostility saudi-arabia"), "\(relations)")
    }

    @Test("a long aside between spaced dashes after the subject is read past (up to 24 units)")
    func longDashAside() {
        let relations = AdverbialTests.lines(
            "Erdogan — whose government has spent the past decade quarrelling with Brussels over migrants, trade and human rights — warned Greece on Friday.",
            date: "2021-07-05")
        #expect(AdverbialTests.either(relations, "turkey", "hostility", "greece"), "\(relations)")
    }

    @Test("every appositive name takes the verb's relation")
    func appositiveList() {
        let relations = AdverbialTests.lines("Iran's allies, Hezbollah and the Houthis, attacked Israel on Monday.")
        #expect(relations.contains("hezbollah hostility israel"), "\(relations)")
        #expect(relations.contains("houthis hostility israel"), "\(relations)")
    }

    @Test("names between commas before a clause of their own keep the comma")
    func noVerbAfter() {
        let relations = AdverbialTests.lines("Iran's allies, Hezbollah and the Houthis, which Israel attacked, stayed quiet.")
        #expect(!relations.contains("hezbollah hostility houthis"), "\(relations)")
    }

    @Test("a description with a relative clause between the subject and its verb is read past whole")
    func descriptionWithRelative() {
        let relations = AdverbialTests.lines(
            "The Arakan Army, an armed group that drove junta forces from three towns, signed a truce with China on Monday.")
        #expect(relations.contains("arakan-army agreement china") || relations.contains("china agreement arakan-army"), "\(relations)")
    }

    @Test("members named between commas and closed by `among them` are read past")
    func amongThemAside() {
        let relations = AdverbialTests.lines("EU officials, Estonians among them, condemned Belarus on Monday.")
        #expect(relations.contains("european-union hostility belarus"), "\(relations)")
    }

    @Test("names with an acronym in parentheses after a pronoun's noun are the subject too")
    func pronounNounWithAcronym() {
        let relations = AdverbialTests.lines("Rebels said their group, Hayat Tahrir al-Sham (HTS), attacked Russia on Monday.")
        #expect(relations.contains("hts hostility russia"), "\(relations)")
    }

    @Test("an aside opened by `according to` or `long` is read past")
    func openerAsides() {
        let supplied = AdverbialTests.lines("Iran, according to US officials, supplied drones to Russia.")
        #expect(supplied.contains("iran alliance russia") || supplied.contains("russia alliance iran"), "\(supplied)")
        let signed = AdverbialTests.lines("Ethiopia and Eritrea, long bitter enemies, signed a peace deal.")
        #expect(signed.contains("eritrea agreement ethiopia") || signed.contains("ethiopia agreement eritrea"), "\(signed)")
    }

    @Test("examples named after `including` between commas are the subject of a verb of the pack's classes")
    func exemplifiedSubjects() {
        let relations = AdverbialTests.lines("Several countries, including Egypt and the UAE, back the Libyan National Army.")
        #expect(relations.contains("libyan-national-army proxy egypt"), "\(relations)")
        #expect(relations.contains("libyan-national-army proxy united-arab-emirates"), "\(relations)")
    }

    @Test("a name with lowercase nouns between commas describes the subject before a verb")
    func namedDescription() {
        let relations = AdverbialTests.lines("Greece and Turkey, NATO allies, have long disputed maritime boundaries.")
        #expect(relations.contains("greece hostility turkey") || relations.contains("turkey hostility greece"), "\(relations)")
    }
}
