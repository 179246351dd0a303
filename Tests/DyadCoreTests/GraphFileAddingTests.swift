import Foundation
import Testing

@testable import DyadCore

@Suite("GraphFile.write(_:addingUnique:): a graph's file with relations added, without adding them")
struct GraphFileAddingTests {
    @Test("relations in any order give the file of the graph they are added to", arguments: [GraphFormat.json, .jsonl])
    func sameAsAdded(format: GraphFormat) throws {
        for seed in [UInt64(3), 11, 29] {
            let whole = Fixtures.randomGraph(seed: seed, actors: 9, relations: 60)
            let empty = whole.replacingRelations(with: [])
            var shuffled = Array(whole.relations.values)
            var random = SystemRandomNumberGenerator()
            shuffled.shuffle(using: &random)
            let expected = try Fixtures.written({ try GraphFile.write(whole, to: $0, format: format) }, format: format)
            let adding = try Fixtures.written(
                { try GraphFile.write(empty, addingUnique: shuffled, to: $0, format: format) }, format: format)
            #expect(adding == expected, "seed \(seed)")
        }
    }

    @Test("into a graph with relations of its own, they are merged first, as adding them does")
    func mergesIntoExisting() throws {
        let whole = Fixtures.randomGraph(seed: 5, actors: 9, relations: 60)
        let relations = Array(whole.relations.values)
        var start = whole.replacingRelations(with: [])
        start.add(relations[0])
        var added = start
        added.add(uniqueRelations: relations)
        let expected = try Fixtures.written({ try GraphFile.write(added, to: $0, format: .json) }, format: .json)
        let adding = try Fixtures.written({ try GraphFile.write(start, addingUnique: relations, to: $0, format: .json) }, format: .json)
        #expect(adding == expected)
    }
}
