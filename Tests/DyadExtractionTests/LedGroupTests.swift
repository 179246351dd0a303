import DyadCore
import Testing

@testable import DyadExtraction

/// A generic group led by a person who leads an armed group is that group (`rebels led by Riek Machar`).
@Suite("Groups led by a known leader")
struct LedGroupTests {
    @Test("rebels led by an armed group's leader are that group")
    func armedGroupLeader() {
        let relations = AdverbialTests.lines("Ugandan troops fought rebels led by Riek Machar.", date: "2016-07-05")
        #expect(relations.contains("updf hostility splm-io"), "\(relations)")
        #expect(!relations.contains("updf hostility rebels"), "\(relations)")
    }

    @Test("a group led by a state's leader keeps its own name")
    func stateLeader() {
        let relations = AdverbialTests.lines("Ugandan troops fought rebels led by Salva Kiir.", date: "2016-07-05")
        #expect(relations.contains("updf hostility rebels"), "\(relations)")
    }
}
