import DyadCore
import Testing

@Suite("Graph.add(uniqueRelations:): relations added in bulk")
struct GraphBulkAddTests {
    /// A random graph's relations (unique keys) and the same graph without them.
    func parts(seed: UInt64) -> (empty: Graph, relations: [Relation]) {
        let graph = Fixtures.randomGraph(seed: seed, actors: 9, relations: 60)
        let relations = Array(graph.relations.values)
        return (graph.replacingRelations(with: []), relations)
    }

    @Test("into a graph without relations: the same graph, order and indexes as adding them one by one", arguments: [UInt64(1), 2, 3])
    func sameAsOneByOne(seed: UInt64) {
        let (empty, relations) = parts(seed: seed)
        var bulk = empty, single = empty
        bulk.add(uniqueRelations: relations)
        for relation in relations { single.add(relation) }
        #expect(bulk == single)
        #expect(bulk.relations.keys.elements == relations.map(\.key))
        for id in empty.actors.keys {
            #expect(bulk.outgoingKeys(of: id) == single.outgoingKeys(of: id))
            #expect(bulk.incomingKeys(of: id) == single.incomingKeys(of: id))
        }
    }

    @Test("into a graph that has relations: evidence of an existing key merges, as one by one")
    func mergesIntoExisting() {
        let (empty, relations) = parts(seed: 7)
        var bulk = empty
        bulk.add(relations[0])
        var single = bulk
        bulk.add(uniqueRelations: relations)
        for relation in relations { single.add(relation) }
        #expect(bulk == single)
        #expect(bulk.relations.count == relations.count)
        #expect(bulk.relation(relations[0].key)?.evidence == relations[0].evidence)
    }
}
