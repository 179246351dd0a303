import DyadCore
import Testing

@testable import DyadExtraction

/// "the junta", "the ruling regime", "regime forces": a seat named without its state is the state the
/// paragraph named last; "Sudan's army-backed government" is Sudan's government.
@Suite("Seat references")
struct SeatReferenceTests {
    @Test("the ruling junta is the state the paragraph named before")
    func junta() {
        let relations = AdverbialTests.lines(
            "Fighting flared again in Myanmar on Sunday. The ruling junta later signed a truce with the Arakan Army.")
        #expect(relations.contains("myanmar agreement arakan-army"), "\(relations)")
    }

    @Test("a `pro-` compound qualifies a seat like a word of `seat-qualifiers` (`the incumbent pro-Western government`)")
    func proCompoundQualifier() {
        let relations = AdverbialTests.lines("Protests spread across Georgia after the incumbent pro-Western government condemned Russia.")
        #expect(relations.contains("georgia hostility russia"), "\(relations)")
    }

    @Test("a patron compound before a seat backs the seat's state, never stands for it (`Saudi-backed government forces`)")
    func patronBeforeSeat() {
        let lines = AdverbialTests.lines("In Yemen, Saudi-backed government forces retook Aden from the Houthis.", date: "2019-08-05")
        #expect(AdverbialTests.either(lines, "saudi-arabia", "alliance", "yemen"), "\(lines)")
        #expect(AdverbialTests.either(lines, "houthis", "hostility", "yemen"), "\(lines)")
        #expect(!lines.contains { $0.contains(" proxy ") }, "support to a government is no proxy: \(lines)")
    }

    @Test("`the country` is the state named last; after a locative word it is a place")
    func country() {
        let relations = AdverbialTests.lines("Laos is visiting Russia to bolster defence ties with the country.")
        #expect(relations.contains { $0.hasPrefix("laos alliance russia") || $0.hasPrefix("russia alliance laos") }, "\(relations)")
        let placed = AdverbialTests.lines("Somalia hosts Ugandan soldiers, who are stationed in the country to fight al-Shabaab.")
        #expect(!placed.contains { $0.hasPrefix("al-shabaab hostility somalia") }, "\(placed)")
    }

    @Test("regime forces name the state when an organ follows")
    func regimeForces() {
        let relations = AdverbialTests.lines("Syria lost two towns this week. Regime forces shelled Turkish positions near Idlib.")
        #expect(relations.contains("syria hostility turkey"), "\(relations)")
    }

    @Test("when the last state is the other party, the seat is the state before it")
    func alternative() {
        let relations = AdverbialTests.lines("Iran summoned the envoy of Iraq. The regime then accused Iran of meddling.")
        #expect(!relations.contains { $0.hasPrefix("iran hostility iran") }, "\(relations)")
        #expect(relations.contains("iraq hostility iran"), "\(relations)")
    }

    @Test("a seat that opens a document is the state of a group named after it")
    func forward() {
        let relations = AdverbialTests.lines("The regime signed a ceasefire with the Arakan Army on Friday.")
        #expect(relations.contains("myanmar agreement arakan-army"), "\(relations)")
    }

    @Test("when the state before the seat is the other party, a state named after it is the seat's")
    func alternativeAfter() {
        let relations = AdverbialTests.lines("China is a key arms supplier to the junta, which is fighting rebels in Myanmar.")
        #expect(relations.contains("china alliance myanmar") || relations.contains("myanmar alliance china"), "\(relations)")
    }

    @Test("pro-government forces are no seat")
    func proGovernment() {
        let relations = AdverbialTests.lines("Pro-government forces attacked the Arakan Army on Friday.")
        #expect(!relations.contains { $0.hasPrefix("myanmar ") }, "\(relations)")
    }

    @Test("a patron before the seat is not its state")
    func patron() {
        let relations = AdverbialTests.lines("Qatar and Oman met in Muscat. Qatari-backed government forces attacked the Houthis.")
        #expect(!relations.contains("oman hostility houthis"), "\(relations)")
    }

    @Test("a seat after a patron compound with no other state in its sentence is read as the patron's group")
    func patronSeatWithoutState() {
        let relations = AdverbialTests.lines("Qatar and Oman met in Muscat. Qatari-backed government forces attacked the Houthis.")
        #expect(relations.contains("qatari-backed-government-forces proxy qatar"), "\(relations)")
    }

    @Test("without a state in the paragraph or a group based in one the seat is no mention")
    func noState() {
        let relations = AdverbialTests.lines("The junta signed a truce with the European Union.")
        #expect(relations.isEmpty, "\(relations)")
    }

    @Test("in a later paragraph the seat is the state the article named with its seat")
    func articleAnchor() {
        let text = """
            Myanmar's military government lost another border town on Sunday.

            Thailand's foreign minister said Bangkok was ready to help the regime.

            The United States has sanctioned the junta's leaders.
            """
        let relations = AdverbialTests.lines(text)
        #expect(relations.contains("thailand alliance myanmar"), "\(relations)")
        #expect(relations.contains("united-states hostility myanmar"), "\(relations)")
        #expect(!relations.contains("thailand hostility united-states"), "\(relations)")
    }

    @Test("a possessive's junta is the state, and the two neighbours are two states")
    func juntaAndNeighbours() {
        let relations = AdverbialTests.lines(
            "Mali's ruling junta accused Algeria of harbouring Tuareg separatists, deepening a rift between the two neighbours.")
        #expect(relations.contains("mali hostility algeria"), "\(relations)")
        #expect(!relations.contains("algeria hostility tuareg-separatists"), "\(relations)")
    }

    @Test("an organ of two nouns after a possessive belongs to the state")
    func twoNounOrgan() {
        let relations = AdverbialTests.lines("Pakistan's intelligence agency backs the Haqqani network.")
        #expect(relations.contains("haqqani-network proxy pakistan"), "\(relations)")
    }

    @Test("a ministry named with its field is one mention of its state, so it coordinates with another party")
    func ministryOf() {
        let named = AdverbialTests.lines("Georgia and the Ministry of Defence of Armenia signed a border protocol.")
        #expect(named.contains("georgia agreement armenia"), "\(named)")
        let fronted = AdverbialTests.lines("Georgia and the Defence Ministry of Armenia signed a border protocol.")
        #expect(fronted.contains("georgia agreement armenia"), "\(fronted)")
    }

    @Test("a seat word that ends a mention already read does not swallow the place after it")
    func ministryInCapital() {
        let extraction = AdverbialTests.extraction(
            "Armenia is not arming the rebels, the Armenian Foreign Ministry in Yerevan said, rejecting claims made by Azerbaijan.")
        let lines = Set(extraction.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
        #expect(lines.contains("azerbaijan hostility armenia") || lines.contains("armenia hostility azerbaijan"), "\(lines)")
    }

    @Test("the government of a state is one mention of the state")
    func governmentOf() {
        let relations = AdverbialTests.lines("A truce was signed between the government of Colombia and the rebel ELN.")
        #expect(relations.contains("colombia agreement eln"), "\(relations)")
    }

    @Test("a name does not end inside a lowercase hyphenated word")
    func compoundOrgan() {
        let relations = AdverbialTests.lines("Sudan's army-backed government accused Chad of arming the Rapid Support Forces.")
        #expect(relations.contains("sudan hostility chad"), "\(relations)")
    }
}
