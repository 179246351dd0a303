import DyadCore
import Testing

@testable import DyadExtraction

/// A demonym before a commodity word is no actor (`Russian oil`), unless an asset noun follows (`Russian oil refinery`).
@Suite("Commodities and assets")
struct AssetNounTests {
    static func lines(_ text: String) -> Set<String> {
        let result = Extractor(pack: CompoundCoordinationTests.pack).extract(DocumentInput(id: "t", text: text, date: Day("2024-01-05")))
        return Set(result.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
    }

    @Test("striking a state's refinery is hostility toward the state")
    func asset() {
        #expect(Self.lines("Ukraine struck a Russian oil refinery with drones overnight.").contains("ukraine hostility russia"))
    }

    @Test("trading in a state's commodity is no relation")
    func commodity() {
        #expect(Self.lines("India cut its purchases of Russian oil.").isEmpty)
    }
}
