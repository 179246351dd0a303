import DyadCore
import Testing

@testable import DyadExtraction

/// A title before a known person's name names the role the text gives them, even outside its dates.
@Suite("Titled roles")
struct TitledRoleTests {
    static func relations(_ text: String) -> [String] {
        let result = Extractor(pack: CompoundCoordinationTests.pack).extract(DocumentInput(id: "t", text: text, date: Day("2019-02-14")))
        return result.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" }
    }

    @Test("a titled former president stands for the state of the title")
    func titled() {
        #expect(Self.relations("President Barack Obama condemned Cuba.") == ["united-states hostility cuba"])
    }

    @Test("the bare name outside the role's dates stands for no state")
    func untitled() {
        #expect(Self.relations("Barack Obama condemned Cuba.").isEmpty)
    }
}
