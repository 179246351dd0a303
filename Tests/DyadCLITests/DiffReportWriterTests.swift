import DyadCore
import Foundation
import Testing

@testable import DyadCLI

/// The streamed `diff --json` writer against the `JSONEncoder` output it replaces, byte for byte.
@Suite("diff report writer")
struct DiffReportWriterTests {
    /// What the encoder printed before the writer existed.
    func encoded(_ report: DiffReport) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(report)) + [0x0A]
    }

    /// What the writer prints, in chunks of `chunk` bytes.
    func written(_ diff: GraphDiff, old: DiffReport.Version, new: DiffReport.Version, window: Int?, chunk: Int) throws -> [UInt8] {
        let collected = Locked<[UInt8]>([])
        var json = PrettyJSONWriter(chunk: chunk) { bytes in collected.withLock { $0 += bytes } }
        try DiffReport.write(diff: diff, old: old, new: new, window: window, to: &json)
        return collected.withLock { $0 }
    }

    func evidence(_ sentence: String, _ document: String = "d1", modality: Modality = .asserted, speaker: String? = nil, date: Day? = nil)
        -> Evidence
    {
        Evidence(document: document, sentence: sentence, rule: "r/1", modality: modality, attributedTo: speaker, date: date)
    }

    /// Two versions with every kind of change and text that needs escaping.
    func versions() -> (Graph, Graph) {
        let documents = [Document(id: "d1", published: Day(year: 2021, month: 3, day: 4)), Document(id: "d/2")]
        let actors = [
            Actor(id: "a", name: "Alpha \"Quoted\" Front", kind: .organisation, aliases: ["A\\B", "tab\there"]),
            Actor(id: "b", name: "Béta — state", kind: .state),
            Actor(id: "c", name: "Gamma\u{1}\u{8}\u{c}\u{1f}\u{7f}", kind: .person, partOf: "b"),
            Actor(id: "d", name: "Delta\u{2028}line 😀", kind: .state),
        ]
        let old = Graph(
            documents: documents, actors: actors + [Actor(id: "gone", name: "Gone", kind: .state)],
            relations: [
                Relation(source: "a", type: .alliance, target: "b", evidence: [evidence("A and B ally.\n")]),
                Relation(source: "a", type: .hostility, target: "c", evidence: [evidence("A fights C.", speaker: "a </script>")]),
                Relation(
                    source: "b", type: .agreement, target: "d",
                    evidence: [evidence("B, D agree.", modality: .hedged), evidence("B and D deal.", "d/2")]),
                Relation(source: "c", type: .proxy, target: "d", evidence: [evidence("C works for D.")]),
            ])
        var changedActors = actors
        changedActors[0].aliases = ["A\\B", "new alias"]
        changedActors[2].partOf = nil
        let new = Graph(
            documents: documents, actors: changedActors + [Actor(id: "e", name: "Epsilon", kind: .organisation)],
            relations: [
                Relation(
                    source: "a", type: .hostility, target: "b",
                    evidence: [evidence("A turns on B.", date: Day(year: 2022, month: 1, day: 2)), evidence("Again.", "d/2")]),
                Relation(source: "a", type: .alliance, target: "b", evidence: [evidence("A and B ally.\n")]),
                Relation(source: "a", type: .hostility, target: "c", evidence: [evidence("A fights C.", modality: .negated)]),
                Relation(source: "b", type: .agreement, target: "d", evidence: [evidence("B, D agree.", modality: .hedged)]),
                Relation(source: "a", type: .proxy, target: "e", evidence: [evidence("A backs E / more.")]),
                Relation(key: RelationKey(source: "b", type: .alliance, target: "e"), evidence: []),
            ])
        return (old, new)
    }

    @Test("the writer prints the encoder's bytes for every kind of change, in any chunk size", arguments: [1, 64, 1 << 20])
    func sameBytes(chunk: Int) throws {
        let (old, new) = versions()
        let diff = GraphDiff(from: old, to: new)
        #expect(Set(diff.changes.map(\.kind)).count >= 8)
        let before = DiffReport.Version(label: "old.json", date: nil, relations: 4, actors: 5)
        let after = DiffReport.Version(label: "new \"v2\".json", date: "2022-01-02", relations: 6, actors: 5)
        for window in [nil, 30] as [Int?] {
            let expected = try encoded(DiffReport(diff: diff, old: before, new: after, window: window))
            let actual = try written(diff, old: before, new: after, window: window, chunk: chunk)
            #expect(String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        }
    }

    @Test("an empty diff prints the encoder's empty list")
    func emptyDiff() throws {
        let (old, _) = versions()
        let diff = GraphDiff(from: old, to: old)
        let version = DiffReport.Version(label: "g.json", date: nil, relations: 4, actors: 5)
        let expected = try encoded(DiffReport(diff: diff, old: version, new: version, window: nil))
        #expect(try written(diff, old: version, new: version, window: nil, chunk: 16) == expected)
    }

    @Test("numbers are printed as the encoder prints them")
    func numbers() throws {
        for value in [0, 1, 0.5, 0.001, 0.0001, 1e-5, 1e16, 123.456, 2.5e-7, 1e21, -0.25] {
            let collected = Locked<[UInt8]>([])
            var json = PrettyJSONWriter { bytes in collected.withLock { $0 += bytes } }
            json.beginArray()
            json.double(value)
            try json.endArray()
            try json.finish()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            #expect(collected.withLock { $0 } == Array(try encoder.encode([value])) + [0x0A], "\(value)")
        }
    }

    @Test("elements written on all cores, in batches, give the bytes of writing them in turn", arguments: [1, 7, 300, 1 << 13])
    func parallelElements(batch: Int) throws {
        func document(_ parallel: Bool) throws -> [UInt8] {
            let collected = Locked<[UInt8]>([])
            var json = PrettyJSONWriter(chunk: 512) { bytes in collected.withLock { $0 += bytes } }
            json.beginObject()
            json.key("items")
            json.beginArray()
            let element: @Sendable (Int, inout PrettyJSONWriter) throws(GraphFileError) -> Void = { index, writer throws(GraphFileError) in
                writer.beginObject()
                writer.key("n")
                writer.int(index)
                writer.key("tags")
                try writer.stringArray(index % 3 == 0 ? [] : ["t\(index)", "\"q\""])
                try writer.endObject()
            }
            if parallel {
                try json.elements(count: 1500, batch: batch, element)
            } else {
                for index in 0..<1500 { try element(index, &json) }
            }
            try json.endArray()
            json.key("z")
            json.int(1)
            try json.endObject()
            try json.finish()
            return collected.withLock { $0 }
        }
        let expected = try document(false)
        #expect(String(decoding: try document(true), as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test("a diff with thousands of changes prints the encoder's bytes")
    func manyChanges() throws {
        let actors = (0..<400).map { Actor(id: String(format: "a%03d", $0), name: "Actor \($0)", kind: .state) }
        func relations(_ version: Int) -> [Relation] {
            (0..<399).flatMap { i -> [Relation] in
                let type: RelationType = (i + version) % 3 == 0 ? .hostility : .alliance
                let keep = i % 4 != version
                return keep
                    ? [Relation(source: actors[i].id, type: type, target: actors[i + 1].id, evidence: [evidence("S\(i) v\(version).")])]
                    : []
            }
                + (0..<300).filter { ($0 * 7 + version) % 400 != $0 }.map { i in
                    Relation(
                        source: actors[i].id, type: .agreement, target: actors[(i * 7 + version) % 400].id, evidence: [evidence("T\(i).")])
                }
        }
        let old = Graph(actors: actors, relations: relations(0)), new = Graph(actors: actors, relations: relations(1))
        let diff = GraphDiff(from: old, to: new)
        #expect(diff.changes.count > 600)
        let version = DiffReport.Version(label: "g.json", date: nil, relations: 4, actors: 400)
        let expected = try encoded(DiffReport(diff: diff, old: version, new: version, window: nil))
        #expect(try written(diff, old: version, new: version, window: nil, chunk: 4096) == expected)
    }
}
