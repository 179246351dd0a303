import DyadCore
import Testing

@testable import DyadExtraction

/// Names that only say where something happened are places, not actors.
@Suite("Place readings")
struct PlaceReadingTests {
    @Test("a capital before an event noun is the event's place")
    func capitalEvent() {
        let relations = AdverbialTests.lines("Officials said the Nairobi attack exposed al-Shabaab's reach.")
        #expect(!relations.contains { $0.hasPrefix("kenya") || $0.contains(" kenya") }, "\(relations)")
    }

    @Test("an actor after `with` keeps the subject company: the place before it is still the target")
    func companyAfterPlace() {
        let relations = AdverbialTests.lines("Houthi fighters fired drones into southern Israel in solidarity with Hezbollah.")
        #expect(relations.contains("houthis hostility israel"), "\(relations)")
        #expect(!relations.contains { $0.contains("hezbollah") }, "\(relations)")
    }

    @Test("an actor after a place, not in company, is the target")
    func targetAfterPlace() {
        let relations = AdverbialTests.lines("Israeli jets fired missiles into Syria targeting Hezbollah depots.")
        #expect(relations.contains("israel hostility hezbollah") || relations.contains("hezbollah hostility israel"), "\(relations)")
        #expect(!relations.contains { $0.contains("syria") }, "\(relations)")
    }

    @Test("a capital before a verb is still the state")
    func capitalActor() {
        let relations = AdverbialTests.lines("Nairobi accused Mogadishu of stalling.")
        #expect(relations.contains("kenya hostility somalia"), "\(relations)")
    }

    @Test("a possessive before a direction or territory word after a locative is a place")
    func possessivePlace() {
        let relations = AdverbialTests.lines("Boko Haram has intensified its attacks in Cameroon's north.")
        #expect(!relations.contains { $0.contains("cameroon") }, "\(relations)")
    }

    @Test("an incursion into a state's waters is hostility toward the state")
    func incursionInto() {
        let relations = AdverbialTests.lines("Colombia protested over Nicaragua's incursion into Colombia's waters.")
        #expect(relations.contains("nicaragua hostility colombia"), "\(relations)")
    }

    @Test("an armed group after `in` is an actor, not a place")
    func armedGroupAfterIn() {
        let relations = AdverbialTests.lines("Ankara and Baghdad face a common threat in the PKK.")
        #expect(relations.contains("pkk hostility turkey") || relations.contains("turkey hostility pkk"), "\(relations)")
    }

    @Test("an armed group after `within` still holds the subject before it")
    func armedGroupAfterWithin() {
        let relations = AdverbialTests.lines("The YPG units within the SDF have close ties to the PKK.")
        #expect(relations.contains("ypg proxy pkk"), "\(relations)")
        #expect(!relations.contains("syrian-democratic-forces proxy pkk"), "\(relations)")
    }
}
