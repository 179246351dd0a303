import Testing

@testable import DyadExtraction

/// A relation names its pack actors by their numbers in the pack too, so callers can key relations without hashing ids.
@Suite("Pack numbers of a relation's actors")
struct RelationEntryTests {
    static let text = "Palestinian militants fired rockets at Israel. Iran has attacked Israel."

    @Test("a pack actor's number is the first entry of the pack with its id")
    func packActorNumber() throws {
        let pack = CompoundCoordinationTests.pack
        let relation = try #require(AdverbialTests.extraction(Self.text).relations.first { $0.source == "iran" })
        #expect(relation.sourceEntry == Int32(try #require(pack.pack.actors.firstIndex { $0.id == "iran" })))
        #expect(relation.targetEntry == Int32(try #require(pack.pack.actors.firstIndex { $0.id == "israel" })))
    }

    @Test("an actor the text made (a people's fighters) has no number")
    func madeActorHasNone() throws {
        let pack = CompoundCoordinationTests.pack
        let relation = try #require(AdverbialTests.extraction(Self.text).relations.first { $0.source != "iran" })
        #expect(!pack.pack.actors.contains { $0.id == relation.source }, "\(relation.source)")
        #expect(relation.sourceEntry == -1)
        #expect(relation.targetEntry == Int32(try #require(pack.pack.actors.firstIndex { $0.id == "israel" })))
    }
}
