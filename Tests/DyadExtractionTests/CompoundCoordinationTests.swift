import DyadCore
import Testing

@testable import DyadExtraction

/// A hyphen-compound prefix (`Rwandan-backed`) modifies the mention after it, so it never joins a list before it.
@Suite("Compound prefixes and coordination")
struct CompoundCoordinationTests {
    static let pack: CompiledPack = {
        do { return try CompiledPack(try PackLoader.loadDefault()) } catch {
            preconditionFailure("the default pack does not load: \(error)")
        }
    }()

    static func lines(_ text: String) -> Set<String> {
        let result = Extractor(pack: pack).extract(DocumentInput(id: "t", text: text, date: Day("2023-05-01")))
        return Set(result.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
    }

    @Test("X and Y-backed Z: only Y is Z's patron")
    func compoundAfterList() {
        let relations = Self.lines("Malian soldiers and Russian-backed Wagner mercenaries patrolled the town.")
        #expect(relations.contains("wagner-group proxy russia"), "\(relations)")
        #expect(!relations.contains { $0.hasPrefix("wagner-group proxy mali") }, "\(relations)")
    }

    @Test("a member before a patron compound is a subject with the compound's head")
    func subjectAcrossCompound() {
        let relations = Self.lines("The Congolese army and Rwandan-backed M23 rebels attacked Burundi.")
        #expect(relations.isSuperset(of: ["fardc hostility burundi", "m23 hostility burundi"]), "\(relations)")
        #expect(!relations.contains("fardc proxy rwanda"), "\(relations)")
    }

    @Test("a patron compound after an object's list member is an object too")
    func objectAcrossCompound() {
        let relations = Self.lines("Burundi attacked the Congolese army and Rwandan-backed M23 rebels.")
        #expect(relations.isSuperset(of: ["burundi hostility fardc", "burundi hostility m23"]), "\(relations)")
    }

    @Test("a pair slot reads past a patron compound coordinated with its list")
    func pairAcrossCompound() {
        let relations = Self.lines("Georgia, Russia and Russian-backed separatists on Monday settled on a truce.")
        #expect(relations.contains("georgia agreement russia"), "\(relations)")
        #expect(relations.contains("georgia agreement russian-backed-separatists"), "\(relations)")
    }

    @Test("a list before a compound still coordinates when no hyphen follows")
    func plainList() {
        let relations = Self.lines("Iran and Syria attacked Israel.")
        #expect(relations.isSuperset(of: ["iran hostility israel", "syria hostility israel"]), "\(relations)")
    }

    @Test("the named examples of a generic group (such as, including) take its relation too")
    func exemplifiedGroup() {
        let relations = Self.lines("Qatar has been accused of funding extremist groups such as Hamas and the Taliban.")
        #expect(relations.isSuperset(of: ["hamas proxy qatar", "taliban proxy qatar"]), "\(relations)")
    }

    @Test("an example with a possessor is what the possessor has, not the possessor")
    func exemplifiedPossession() {
        let relations = Self.lines("Israel struck Iranian militias, including Lebanon's Hezbollah.")
        #expect(relations.contains("israel hostility hezbollah"), "\(relations)")
        #expect(!relations.contains("israel hostility lebanon"), "\(relations)")
    }

    @Test("named examples after a comma, closed by `among them`, take the generic group's relation")
    func trailingExamples() {
        let relations = Self.lines("Qatar has been accused of funding armed groups in the region, Hamas among them.")
        #expect(relations.contains("hamas proxy qatar"), "\(relations)")
    }

    @Test("a pair named as one member of a list is related to the other members, not to itself")
    func pairWithOthers() {
        let text = "Kenya and Somalia signed a pact with Uganda. The move worsened tensions between the two countries and Eritrea."
        let relations = Self.lines(text)
        #expect(relations.isSuperset(of: ["kenya hostility eritrea", "somalia hostility eritrea"]), "\(relations)")
        #expect(!relations.contains("kenya hostility somalia"), "\(relations)")
    }

    @Test("a member determiner (`other`) may open the last member of a list")
    func otherMember() {
        let relations = Self.lines("The US named the powerful Sinaloa Cartel and other Mexican drug gangs as terror groups on its list.")
        #expect(
            relations.isSuperset(of: ["united-states hostility sinaloa-cartel", "united-states hostility mexican-drug-gangs"]),
            "\(relations)")
    }
}
