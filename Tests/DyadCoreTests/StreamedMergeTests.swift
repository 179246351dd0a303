import DyadCore
import Foundation
import Testing

@Suite("Streamed merge")
struct StreamedMergeTests {
    /// A partial graph over a shared pool of ids whose scalar fields disagree from graph to graph
    /// (names, kinds, partOf, titles, publication ranges), so the order of merging shows.
    static func partialGraph(seed: UInt64) -> Graph {
        var random = TestRandom(seed: seed)
        var graph = Graph()
        for _ in 0..<6 {
            let index = random.below(10)
            let published = random.below(3) == 0 ? nil : Day(ordinal: 19_000 + random.below(400))
            graph.add(
                Document(
                    id: "doc\(index)", title: random.below(2) == 0 ? nil : "title \(random.below(3))",
                    source: random.below(2) == 0 ? nil : "source \(seed)",
                    published: published, publishedTo: published.flatMap { random.below(2) == 0 ? $0.adding(days: 30) : nil }))
        }
        for _ in 0..<8 {
            let index = random.below(12)
            // partOf and roles name actors already in this graph, so every partial graph is valid on its own.
            let known = Array(graph.actors.keys)
            // A parent always has a smaller number, so no merge of these graphs makes a partOf cycle.
            let parent = index > 0 && random.below(4) == 0 ? "a\(random.below(index))" : nil
            let role = !known.isEmpty && random.below(5) == 0 ? [Role(title: "leader", actor: known[0], from: Day(ordinal: 19_000))] : []
            graph.add(
                Actor(
                    id: "a\(index)", name: "Name \(random.below(3))",
                    kind: random.below(3) == 0 ? .unknown : ActorKind.allCases[random.below(7)],
                    aliases: random.below(2) == 0 ? ["alias \(random.below(4))"] : [],
                    partOf: parent.flatMap { known.contains($0) ? $0 : nil }, roles: role))
        }
        let actors = Array(graph.actors.keys), documents = Array(graph.documents.keys)
        for index in 0..<12 where actors.count > 1 {
            let a = actors[random.below(actors.count)], b = actors[random.below(actors.count)]
            if a == b { continue }
            graph.add(
                Evidence(
                    document: documents[random.below(documents.count)], sentence: "sentence \(random.below(20))",
                    sentenceRange: TextRange(start: index, end: index + 5), rule: "r\(random.below(3))",
                    modality: Modality.allCases[random.below(3)], date: Day(ordinal: 19_000 + random.below(90))),
                source: a, type: RelationType.allCases[random.below(4)], target: b)
        }
        return graph.canonicalized()
    }

    /// A fresh folder for one test's files.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every way of bracketing a merge of `leaves[range]`, each as a file merged pairwise with `dyad merge`'s engine.
    static func bracketings(_ leaves: [String], _ range: Range<Int>, in folder: URL, counter: inout Int) throws -> [String] {
        if range.count == 1 { return [leaves[range.lowerBound]] }
        var results: [String] = []
        for split in (range.lowerBound + 1)..<range.upperBound {
            for left in try bracketings(leaves, range.lowerBound..<split, in: folder, counter: &counter) {
                for right in try bracketings(leaves, split..<range.upperBound, in: folder, counter: &counter) {
                    counter += 1
                    // Intermediate results alternate between the two forms; both must merge alike.
                    let output = folder.appendingPathComponent("m\(counter)" + (counter % 3 == 0 ? ".json" : ".jsonl")).path
                    try GraphFile.merge([left, right], to: output)
                    results.append(output)
                }
            }
        }
        return results
    }

    @Test("every bracketing of a merge of five partial graphs gives the same bytes", arguments: [UInt64(1), 2, 3])
    func anyBracketing(seed: UInt64) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var leaves: [String] = []
        for index in 0..<5 {
            let path = folder.appendingPathComponent("p\(index).jsonl").path
            try GraphFile.write(Self.partialGraph(seed: seed * 100 + UInt64(index)), to: path)
            leaves.append(path)
        }
        let flat = folder.appendingPathComponent("flat.jsonl").path
        try GraphFile.merge(leaves, to: flat)
        let expected = try FileBytes.read(flat)
        var counter = 0
        let trees = try Self.bracketings(leaves, 0..<5, in: folder, counter: &counter)
        #expect(trees.count == 14)
        for tree in trees {
            let normalized = folder.appendingPathComponent("n.jsonl").path
            try GraphFile.merge([tree], to: normalized)
            #expect(try FileBytes.read(normalized) == expected, "bracketing \(tree) differs")
        }
    }

    @Test("the streamed merge writes what the in-memory merge writes, in both forms", arguments: [UInt64(7), 8])
    func matchesInMemory(seed: UInt64) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graphs = (0..<4).map { Self.partialGraph(seed: seed * 10 + UInt64($0)) }
        var paths: [String] = []
        for (index, graph) in graphs.enumerated() {
            let path = folder.appendingPathComponent("g\(index).jsonl").path
            try GraphFile.write(graph, to: path)
            paths.append(path)
        }
        for format in GraphFormat.allCases {
            let output = folder.appendingPathComponent("out").path
            try GraphFile.merge(paths, to: output, format: format)
            #expect(try FileBytes.read(output) == GraphFile.encode(Graph.merging(graphs), format: format))
        }
    }

    @Test("a JSON Lines input out of canonical order is merged in memory instead")
    func unsortedInput() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unsorted = folder.appendingPathComponent("unsorted.jsonl").path
        try AtomicFile.write(
            Array(
                """
                {"record": "graph", "version": 1}
                {"record": "actor", "id": "b", "name": "B", "kind": "state"}
                {"record": "actor", "id": "a", "name": "A", "kind": "state"}
                {"record": "relation", "source": "a", "target": "b", "type": "hostility"}

                """.utf8), to: unsorted)
        let sorted = folder.appendingPathComponent("sorted.jsonl").path
        try GraphFile.write(Self.partialGraph(seed: 5), to: sorted)
        let output = folder.appendingPathComponent("out.jsonl").path
        try GraphFile.merge([sorted, unsorted], to: output)
        let expected = Graph.merging([try GraphFile.read(sorted), try GraphFile.read(unsorted)])
        #expect(try FileBytes.read(output) == GraphFile.encode(expected, format: .jsonl))
    }

    @Test("a bad record in a streamed input is reported at its line and column, and the output is left alone")
    func badRecord() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.jsonl").path
        try AtomicFile.write(
            Array(
                """
                {"record": "graph", "version": 1}
                {"record": "actor", "id": "a", "name": "A", "kind": "militia"}

                """.utf8), to: bad)
        let output = folder.appendingPathComponent("out.jsonl").path
        try AtomicFile.write(Array("keep".utf8), to: output)
        let error = #expect(throws: GraphFileError.self) { try GraphFile.merge([bad], to: output) }
        #expect(error?.problems.first?.location == SourceLocation(line: 2, column: 53))
        #expect(try FileBytes.read(output) == Array("keep".utf8))
    }

    @Test("a relation whose actor the streamed input never holds is an integrity error")
    func danglingReference() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("dangling.jsonl").path
        try AtomicFile.write(
            Array(
                """
                {"record": "graph", "version": 1}
                {"record": "actor", "id": "a", "name": "A", "kind": "state"}
                {"record": "relation", "source": "a", "target": "ghost", "type": "hostility"}

                """.utf8), to: bad)
        let error = #expect(throws: GraphFileError.self) { try GraphFile.merge([bad], to: folder.appendingPathComponent("o.jsonl").path) }
        #expect(error?.code == .integrity)
        #expect(error?.problems.first?.location?.line == 3)
    }
}
