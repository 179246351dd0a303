import DyadCore
import Testing

@testable import DyadExtraction

/// The object of `backed by`, `allied with`, `loyal to` is a patron, never the subject of the clause's verb.
@Suite("Patron participles")
struct PatronParticipleTests {
    static func lines(_ text: String) -> Set<String> {
        let result = Extractor(pack: CompoundCoordinationTests.pack).extract(DocumentInput(id: "t", text: text, date: Day("2024-01-05")))
        return Set(result.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
    }

    @Test("the head the participle modifies is the subject")
    func headIsSubject() {
        let relations = Self.lines("Houthi rebels backed by Iran attacked a British tanker.")
        #expect(relations.contains("houthis hostility united-kingdom"), "\(relations)")
        #expect(!relations.contains("iran hostility united-kingdom"), "\(relations)")
        #expect(relations.contains("houthis proxy iran"), "\(relations)")
    }

    @Test("without a named head the clause has no subject")
    func unnamedHead() {
        let relations = Self.lines("Militias loyal to Iran struck a US base in Syria.")
        #expect(!relations.contains { $0.hasPrefix("iran hostility") }, "\(relations)")
    }

    @Test("a group allied with a state is its proxy")
    func alliedGroupIsProxy() {
        let relations = Self.lines("Iraqi militias allied with Iran have attacked US bases in Iraq.")
        #expect(relations.contains("iraqi-militias proxy iran"), "\(relations)")
        #expect(relations.contains("iraqi-militias hostility united-states"), "\(relations)")
        #expect(!relations.contains("iran hostility united-states"), "\(relations)")
    }

    @Test("a patron named after `led by` still acts")
    func ledByActs() {
        #expect(Self.lines("A coalition led by Saudi Arabia struck Houthi positions.").contains("saudi-arabia hostility houthis"))
    }
}
