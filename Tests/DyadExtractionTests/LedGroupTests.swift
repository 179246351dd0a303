import DyadCore
import Testing

@testable import DyadExtraction

/// A generic group led by a person who leads an armed group is that group (`rebels led by Riek Machar`).
@Suite("Groups led by a known leader")
struct LedGroupTests {
    static func lines(_ text: String) -> Set<String> {
        let result = Extractor(pack: CompoundCoordinationTests.pack).extract(DocumentInput(id: "t", text: text, date: Day("2016-07-05")))
        return Set(result.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
    }

    @Test("rebels led by an armed group's leader are that group")
    func armedGroupLeader() {
        let relations = Self.lines("Ugandan troops fought rebels led by Riek Machar.")
        #expect(relations.contains("updf hostility splm-io"), "\(relations)")
        #expect(!relations.contains("updf hostility rebels"), "\(relations)")
    }

    @Test("a group led by a state's leader keeps its own name")
    func stateLeader() {
        let relations = Self.lines("Ugandan troops fought rebels led by Salva Kiir.")
        #expect(relations.contains("updf hostility rebels"), "\(relations)")
    }
}
