import DyadCore
import Foundation
import Testing

/// The fast file-to-file diff agrees with reading both files in full.
@Suite("Diff: graph files")
struct GraphFileComparisonTests {
    typealias F = DiffFixtures

    func write(_ graph: Graph, _ name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try GraphFile.write(graph, to: path)
        return path
    }

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func signature(_ diff: GraphDiff) -> [String] {
        diff.changes.map { change in
            "\(change.kind.rawValue)|\(change.relation?.description ?? "")|\(change.previous?.description ?? "")|\(change.actor ?? "")|"
                + change.evidence.map(\.evidence.sentence).joined(separator: "/")
        }
    }

    @Test("JSON Lines files: the fast path reports exactly what a full read reports", arguments: [3, 4, 5] as [UInt64])
    func fastMatchesFull(seed: UInt64) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var a = F.random(seed: seed, relations: 90)
        var b = F.random(seed: seed &+ 50, relations: 40)
        b.merge(a.subgraph(GraphFilter(types: [.alliance, .hostility])))
        // Sub-units and aliases, so that parents must be decoded with their children.
        a.add(Actor(id: "a1", name: "A1", kind: .military, partOf: "a2"))
        b.add(Actor(id: "a3", name: "A3", kind: .state, aliases: ["Third"]))
        b.canonicalize()
        let oldPath = try write(a, "old.jsonl", in: dir), newPath = try write(b, "new.jsonl", in: dir)
        let fast = try GraphFileComparison.compare(oldPath, newPath)
        let full = try GraphFileComparison.compare(oldPath, newPath, complete: true)
        #expect(!fast.isComplete)
        #expect(full.isComplete)
        #expect(signature(fast.diff) == signature(full.diff))
        #expect(fast.oldRelationCount == a.relations.count)
        #expect(fast.newRelationCount == b.relations.count)
    }

    @Test("identical files decode no relation at all")
    func identicalFiles() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let graph = F.random(seed: 8, relations: 50)
        let path = try write(graph, "same.jsonl", in: dir)
        let result = try GraphFileComparison.compare(path, path)
        #expect(result.diff.isEmpty)
        #expect(result.new.relations.isEmpty)
        #expect(result.newRelationCount == graph.relations.count)
    }

    @Test("a broken line falls back to the full reader, which locates the problem")
    func brokenLine() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let graph = F.random(seed: 9, relations: 10)
        let good = try write(graph, "good.jsonl", in: dir)
        var text = try String(contentsOfFile: good, encoding: .utf8)
        text += "{\"record\": \"relation\", \"source\": \"a1\", \"type\": \"friendship\", \"target\": \"a2\"}\n"
        let bad = dir.appendingPathComponent("bad.jsonl").path
        try text.write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(throws: GraphFileError.self) { try GraphFileComparison.compare(good, bad) }
        do {
            _ = try GraphFileComparison.compare(good, bad)
        } catch {
            #expect(error.problems.first?.location?.line == text.split(separator: "\n").count, "\(error)")
        }
    }
}
