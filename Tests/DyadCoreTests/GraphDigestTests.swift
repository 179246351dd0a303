import Foundation
import Testing

@testable import DyadCore

/// The fast graph reader against the full decoder: same graph, same digest, same path index,
/// same errors, on every graph file of the repository and on rewritten layouts of them.
@Suite("GraphDigest differential")
struct GraphDigestTests {
    /// How a document is rewritten.
    struct Layout: CustomStringConvertible, Sendable {
        var pretty = false
        var reversedKeys = false
        var extensions = false
        var escapedValues = false
        var escapedKeys = false
        var description: String {
            [
                pretty ? "pretty" : "one line", reversedKeys ? "reversed keys" : "", extensions ? "x- fields" : "",
                escapedValues ? "escaped values" : "", escapedKeys ? "escaped keys" : "",
            ].filter { !$0.isEmpty }.joined(separator: ", ")
        }
    }

    static let layouts: [Layout] = [
        Layout(), Layout(pretty: true), Layout(reversedKeys: true), Layout(extensions: true),
        Layout(escapedValues: true), Layout(pretty: true, reversedKeys: true, extensions: true, escapedValues: true, escapedKeys: true),
    ]

    /// Every graph document in the repository's fixtures and samples, plus generated graphs.
    static func documents() throws -> [(String, [UInt8])] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var found: [(String, [UInt8])] = []
        for folder in ["Tests/Fixtures", "Samples/graphs"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let name as String in walker where name.hasSuffix(".json") {
                found.append((folder + "/" + name, Array(try Data(contentsOf: base.appendingPathComponent(name)))))
            }
        }
        found.append(("small graph", GraphFile.encode(Fixtures.smallGraph())))
        for seed in 1...3 as ClosedRange<UInt64> {
            found.append(("random graph \(seed)", GraphFile.encode(Fixtures.randomGraph(seed: seed, actors: 12, relations: 60))))
        }
        found.append(("skeleton graph", Array(GraphDigestTests.skeleton.utf8)))
        return found
    }

    /// A graph as another tool writes it: skeleton fields, relations unsorted, non-ASCII, no evidence for some.
    static let skeleton = """
        {"relations": [{"target": "b", "source": "a", "type": "alliance", "modality": "asserted",
          "evidence": [{"document": "n1", "sentence": "A and B — allies in Dayro Zcuro.", "rule": "tool", "modality": "asserted", "date": "2020-02-03"}]},
          {"source": "c", "target": "a", "type": "proxy", "modality": "hedged", "evidence": [{"document": "n2", "sentence": "C, backed by A",
           "rule": "tool", "modality": "hedged", "attributedTo": null}]},
          {"source": "b", "target": "c", "type": "hostility", "confidence": 0.8, "firstSeen": "2019-01-01", "lastSeen": "2019-05-01"},
          {"source": "c", "target": "b", "type": "agreement", "modality": "negated", "evidence": []},
          {"source": "a", "target": "c", "type": "hostility", "evidence": [{"document": "n1", "sentence": "A denied it", "rule": "t", "modality": "negated"}]},
          {"source": "b", "target": "a", "type": "proxy", "validFrom": "2019-01-01", "evidence": [{"document": "n2", "sentence": "B\u{2028}serves A",
           "sentenceRange": [0, 12], "sourceMention": "B", "sourceRange": [0, 1], "targetMention": null, "targetRange": [10, 11], "rule": "r",
           "attributedTo": "officials", "validFrom": "2018-01-01", "validTo": "2019-12-31", "score": 0.875}]},
          {"source": "a", "target": "b", "type": "hostility", "modality": "hedged", "confidence": 0.3, "validFrom": "2019-01-01", "validTo": "2019-02-01"}],
         "actors": [{"id": "c", "name": "Ba’ath", "kind": "organisation", "aliases": ["Baath"]}, {"id": "a", "name": "A", "kind": "state", "aliases": []},
          {"id": "b", "name": "B", "kind": "armed-group", "aliases": ["Bee"], "partOf": "a"}],
         "documents": [{"id": "n2"}, {"id": "n1", "published": "2020-01-31"}]}
        """

    @Test("the fast reader agrees with the decoder on every graph file and layout")
    func agrees() throws {
        for (name, bytes) in try GraphDigestTests.documents() {
            let value = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            for layout in GraphDigestTests.layouts {
                var text = ""
                GraphDigestTests.write(value, layout, depth: 0, into: &text)
                try check(Array(text.utf8), "\(name) (\(layout))")
            }
            try check(bytes, name)
        }
    }

    @Test("invalid documents get the decoder's errors")
    func errors() throws {
        let good = Array(GraphDigestTests.skeleton.utf8)
        let broken: [(String, String)] = [
            ("\"type\": \"alliance\", \"modality\": \"asserted\"", "\"type\": \"alliance\", \"mood\": \"asserted\""),
            ("\"source\": \"a\", \"target\": \"c\"", "\"source\": \"a\", \"target\": \"zz\""),
            (
                "\"source\": \"c\", \"target\": \"b\", \"type\": \"agreement\"",
                "\"source\": \"b\", \"target\": \"c\", \"type\": \"hostility\""
            ),
            ("\"date\": \"2020-02-03\"", "\"date\": \"2020-02-30\""),
            ("\"document\": \"n2\"", "\"document\": \"n3\""),
            ("\"confidence\": 0.8", "\"confidence\": 1.8"),
            ("\"source\": \"c\", \"target\": \"a\"", "\"source\": \"c\", \"target\": \"c\""),
            ("\"published\": \"2020-01-31\"}]}", "\"published\": \"2020-01-31\"}]"),
            // Actors the fast reader must hand to the decoder for its errors.
            ("{\"id\": \"a\", \"name\": \"A\", \"kind\": \"state\"", "{\"id\": \"a\", \"name\": \"A\", \"kind\": \"country\""),
            ("{\"id\": \"a\", \"name\": \"A\", \"kind\": \"state\"", "{\"id\": \"c\", \"name\": \"A\", \"kind\": \"state\""),
            ("{\"id\": \"a\", \"name\": \"A\", \"kind\": \"state\"", "{\"id\": \"\", \"name\": \"A\", \"kind\": \"state\""),
            ("{\"id\": \"a\", \"name\": \"A\", \"kind\": \"state\"", "{\"id\": \"a\", \"name\": \"\", \"kind\": \"state\""),
            ("{\"id\": \"a\", \"name\": \"A\", \"kind\": \"state\"", "{\"id\": \"a\", \"kind\": \"state\""),
            (
                "{\"id\": \"a\", \"name\": \"A\", \"kind\": \"state\"",
                "{\"id\": \"a\", \"name\": \"A\", \"kind\": \"state\", \"kind\": \"state\""
            ),
            ("\"aliases\": []}", "\"aliases\": [\"x\", 3]}"),
            ("\"aliases\": []}", "\"aliases\": {}}"),
            ("\"aliases\": []}", "\"aliases\": [], \"nickname\": \"x\"}"),
            ("\"partOf\": \"a\"", "\"partOf\": \"zz\""),
        ]
        for (original, replacement) in broken {
            let text = String(decoding: good, as: UTF8.self).replacingOccurrences(of: original, with: replacement)
            #expect(text != String(decoding: good, as: UTF8.self))
            let bytes = Array(text.utf8)
            #expect(GraphDigest.scan(bytes, path: "bad.json", partBytes: 64) == nil, "accepted: \(replacement)")
            var expected = ""
            do { _ = try GraphFile.decode(bytes, path: "bad.json") } catch { expected = "\(error)" }
            var actual = ""
            do { _ = try GraphDigest.decode(bytes, path: "bad.json") } catch { actual = "\(error)" }
            #expect(!expected.isEmpty)
            #expect(actual == expected)
        }
    }

    @Test("actors in any shape the decoder takes are read alike; ids equal as strings are duplicates")
    func actorShapes() throws {
        let good = GraphDigestTests.skeleton
        let variants = [
            good.replacingOccurrences(of: "\"aliases\": []}", with: "\"aliases\": null}"),
            good.replacingOccurrences(of: "\"aliases\": []}", with: "\"aliases\": [\"\", \"Ay\", \"Ay\", \"A\\u00e9\"]}"),
            good.replacingOccurrences(of: "\"aliases\": []}", with: "\"x-aliases\": [1], \"_n\": {}}"),
            good.replacingOccurrences(of: "{\"id\": \"a\", \"name\": \"A\"", with: "{\"name\": \"\\u0041\", \"id\": \"a\""),
            good.replacingOccurrences(of: "\"kind\": \"state\"", with: "\"kind\": \"st\\u0061te\""),
            good.replacingOccurrences(of: "\"kind\": \"state\"", with: "\"kind\": \"state\", \"roles\": []"),
            good.replacingOccurrences(of: "\"kind\": \"state\"", with: "\"kind\": \"state\", \"partOf\": null"),
        ]
        for text in variants {
            #expect(text != good)
            try check(Array(text.utf8), text)
        }
        // "é" precomposed and decomposed are one id to Swift, so the decoder reports a duplicate.
        let twins = good.replacingOccurrences(
            of: "{\"id\": \"a\", \"name\": \"A\", \"kind\": \"state\", \"aliases\": []}",
            with:
                "{\"id\": \"a\", \"name\": \"A\", \"kind\": \"state\", \"aliases\": []}, {\"id\": \"\u{E9}\", \"name\": \"E\", \"kind\": \"state\"}, "
                + "{\"id\": \"e\u{301}\", \"name\": \"E\", \"kind\": \"state\"}")
        let bytes = Array(twins.utf8)
        #expect(GraphDigest.scan(bytes, path: "twins.json", partBytes: 64) == nil)
        var expected = ""
        do { _ = try GraphFile.decode(bytes, path: "twins.json") } catch { expected = "\(error)" }
        var actual = ""
        do { _ = try GraphDigest.decode(bytes, path: "twins.json") } catch { actual = "\(error)" }
        #expect(expected.contains("duplicate actor id"))
        #expect(actual == expected)
    }

    @Test("an index built from the digest answers like one built from the graph")
    func pathIndex() throws {
        let bytes = GraphFile.encode(Fixtures.randomGraph(seed: 9, actors: 10, relations: 40))
        let graph = try GraphFile.decode(bytes)
        let digest = try #require(GraphDigest.scan(bytes, path: "g.json", partBytes: 64))
        let lazy = PathIndex(digest), full = PathIndex(graph)
        let finderA = PathFinder(lazy), finderB = PathFinder(full)
        for a in 0..<10 {
            for b in 0..<10 where a != b {
                let pathsA = finderA.kShortestPaths(from: "a\(a)", to: "a\(b)", k: 3)
                #expect(pathsA == finderB.kShortestPaths(from: "a\(a)", to: "a\(b)", k: 3))
                for path in pathsA { #expect(lazy.explain(path) == full.explain(path)) }
            }
        }
    }

    /// Compares the fast reader's results with the decoder's on one document.
    func check(_ bytes: [UInt8], _ name: String) throws {
        let reference: Graph
        do {
            reference = try GraphFile.decode(bytes, path: name, format: .json)
        } catch {
            #expect(GraphDigest.scan(bytes, path: name, partBytes: 64) == nil, "\(name): the fast reader accepted an invalid file")
            return
        }
        let digest = try #require(GraphDigest.scan(bytes, path: name, partBytes: 64), "\(name): the fast reader gave up")
        #expect(digest.isLazy)
        #expect(digest.fullGraph() == reference, "\(name)")
        func summaries(_ digest: GraphDigest) -> [RelationDigest] {
            digest.relations.map {
                var copy = $0; copy.bytes = 0..<0; return copy
            }
        }
        #expect(summaries(digest) == summaries(GraphDigest(reference)), "\(name)")
        let lazy = PathIndex(digest), full = PathIndex(reference)
        #expect(lazy.actorIDs == full.actorIDs, "\(name)")
        #expect(lazy.relationKeys == full.relationKeys, "\(name)")
        #expect(Array(lazy.storage.edgeSupport) == Array(full.storage.edgeSupport), "\(name)")
        #expect(Array(lazy.storage.edgeAsserted) == Array(full.storage.edgeAsserted), "\(name)")
        #expect(Array(lazy.storage.edgeConfidence) == Array(full.storage.edgeConfidence), "\(name)")
        for key in reference.relations.keys { #expect(digest.relation(key) == reference.relation(key), "\(name): \(key)") }
        try checkParts(bytes, name, reference: reference, index: full)
        // Relations written from the file's bytes (as merge does) are the encoder's bytes for the decoded graph.
        for format in [GraphFormat.json, .jsonl] {
            var writer = GraphRecordWriter(format: format)
            for document in digest.graph.documents.values { writer.write(document) }
            for actor in digest.graph.actors.values { writer.write(actor) }
            writer.writeRelations(count: digest.relations.count) { digest.encodeRelation(at: $0, format: format, into: &$1) }
            writer.finish()
            let written = writer.take(), expected = GraphFile.encode(reference, format: format)
            #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self), "\(name), \(format)")
            // Handed on part by part (as merge streams them), the same bytes.
            var streamed = GraphRecordWriter(format: format)
            var chunks: [UInt8] = []
            for document in digest.graph.documents.values { streamed.write(document) }
            for actor in digest.graph.actors.values { streamed.write(actor) }
            streamed.writeRelations(count: digest.relations.count, emit: { chunks += $0 }) {
                digest.encodeRelation(at: $0, format: format, into: &$1)
            }
            streamed.finish()
            chunks += streamed.take()
            #expect(chunks == expected, "\(name), \(format), streamed")
        }
    }

    /// The index `dyad path` builds from the relations in file order, in parts, against `index`, built from the graph.
    func checkParts(_ bytes: [UInt8], _ name: String, reference: Graph, index: PathIndex) throws {
        let (header, parts) = try #require(GraphDigest.scanParts(FileImage(bytes), path: name, partBytes: 64), "\(name)")
        #expect(header.relations.isEmpty)
        #expect(parts.reduce(0) { $0 + $1.count } == reference.relations.count, "\(name)")
        let built = try #require(PathIndex(header, parts: parts), "\(name): a duplicate found in a valid file")
        #expect(built.actorIDs == index.actorIDs, "\(name)")
        #expect(built.denseIDs == index.denseIDs, "\(name)")
        #expect(built.relationKeys == index.relationKeys, "\(name)")
        let (a, b) = (built.storage, index.storage)
        #expect(Array(a.edgeSupport) == Array(b.edgeSupport), "\(name)")
        #expect(Array(a.edgeAsserted) == Array(b.edgeAsserted), "\(name)")
        #expect(Array(a.edgeConfidence) == Array(b.edgeConfidence), "\(name)")
        #expect(Array(a.offsets) == Array(b.offsets), "\(name)")
        #expect(Array(a.arcNeighbor) == Array(b.arcNeighbor), "\(name)")
        #expect(Array(a.arcEdge) == Array(b.arcEdge), "\(name)")
        #expect(Array(a.arcForward) == Array(b.arcForward), "\(name)")
        // Every relation, in the index or left out of it (negated), is decoded from its place in the file.
        for key in reference.relations.keys { #expect(built.relation(key) == reference.relation(key), "\(name): \(key)") }
        // Built on several threads (as a large graph is), the same index.
        let spread = try #require(PathIndex(header, parts: parts, threads: 3), "\(name)")
        #expect(spread.relationKeys == built.relationKeys, "\(name)")
        #expect(Array(spread.storage.edgeSupport) == Array(a.edgeSupport), "\(name)")
        #expect(Array(spread.storage.edgeAsserted) == Array(a.edgeAsserted), "\(name)")
        #expect(Array(spread.storage.edgeConfidence) == Array(a.edgeConfidence), "\(name)")
        #expect(Array(spread.storage.arcEdge) == Array(a.arcEdge), "\(name)")
        #expect(spread.places?.offsets == built.places?.offsets, "\(name)")
        #expect(spread.places?.others == built.places?.others, "\(name)")
        for key in reference.relations.keys.prefix(20) {
            let missing = RelationKey(source: key.source, type: key.type == .proxy ? .alliance : .proxy, target: key.target)
            if reference.relation(missing) == nil { #expect(built.relation(missing) == nil, "\(name): \(missing)") }
        }
    }

    @Test("relations with the same key in file order send the file to the decoder, with its errors")
    func duplicateParts() throws {
        let good = GraphDigestTests.skeleton
        let duplicates = [
            // The same symmetric relation written both ways round, and a proxy relation written twice.
            good.replacingOccurrences(
                of: "{\"source\": \"b\", \"target\": \"c\", \"type\": \"hostility\"",
                with:
                    "{\"source\": \"b\", \"target\": \"a\", \"type\": \"alliance\"}, {\"source\": \"b\", \"target\": \"c\", \"type\": \"hostility\""
            ),
            good.replacingOccurrences(
                of: "{\"source\": \"b\", \"target\": \"c\", \"type\": \"hostility\"",
                with:
                    "{\"source\": \"c\", \"target\": \"a\", \"type\": \"proxy\"}, {\"source\": \"b\", \"target\": \"c\", \"type\": \"hostility\""
            ),
            // A negated relation (left out of the index) written twice.
            good.replacingOccurrences(
                of: "{\"source\": \"b\", \"target\": \"c\", \"type\": \"hostility\"",
                with: "{\"source\": \"b\", \"target\": \"c\", \"type\": \"agreement\", \"modality\": \"negated\"}, "
                    + "{\"source\": \"b\", \"target\": \"c\", \"type\": \"hostility\""),
        ]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-parts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (number, text) in duplicates.enumerated() {
            #expect(text != good)
            let bytes = Array(text.utf8)
            let (header, parts) = try #require(GraphDigest.scanParts(FileImage(bytes), path: "dup.json", partBytes: 64))
            #expect(PathIndex(header, parts: parts) == nil, "case \(number)")
            #expect(PathIndex(header, parts: parts, threads: 3) == nil, "case \(number)")
            let path = folder.appendingPathComponent("dup\(number).json").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            var expected = ""
            do { _ = try GraphFile.read(path) } catch { expected = "\(error)" }
            var actual = ""
            do { _ = try PathIndex.read(path) } catch { actual = "\(error)" }
            #expect(!expected.isEmpty, "case \(number)")
            #expect(actual == expected, "case \(number)")
        }
        // The valid file, read from disk the same way, answers like the graph.
        let path = folder.appendingPathComponent("good.json").path
        try Data(good.utf8).write(to: URL(fileURLWithPath: path))
        let index = try PathIndex.read(path), graph = try GraphFile.read(path)
        #expect(index.places != nil)
        #expect(index.relationKeys == PathIndex(graph).relationKeys)
        for key in graph.relations.keys { #expect(index.relation(key) == graph.relation(key), "\(key)") }
    }

    @Test("the index's in-place sort orders like the standard sort")
    func placeSort() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 5, 16, 17, 40, 100, 1000, 5000] {
            for range in [UInt64(3), 1000, UInt64.max] {
                var values = (0..<count).map { _ in UInt64.random(in: 0...range - 1, using: &generator) }
                if count > 10, range == 1000 { values[0..<count / 2].sort() }
                let expected = values.sorted()
                values.withUnsafeMutableBufferPointer { PathIndex.sort($0) { $0 } }
                #expect(values == expected, "\(count) values below \(range)")
            }
        }
    }

    // MARK: Rewriting

    static func write(_ value: Any, _ layout: Layout, depth: Int, into out: inout String) {
        let indent = layout.pretty ? "\n" + String(repeating: "  ", count: depth + 1) : ""
        let close = layout.pretty ? "\n" + String(repeating: "  ", count: depth) : ""
        let colon = layout.pretty ? ": " : ":"
        switch value {
        case let object as [String: Any]:
            var keys = object.keys.sorted()
            if layout.reversedKeys { keys.reverse() }
            var members: [String] = []
            if layout.extensions {
                members.append(
                    indent + quote("x-tool", escaped: layout.escapedKeys, first: layout.escapedKeys) + colon
                        + "{\"v\": [1, 2.5e-3, true, null, \"s\\u00e9\"]}")
            }
            for key in keys {
                var text = ""
                write(object[key] as Any, layout, depth: depth + 1, into: &text)
                members.append(indent + quote(key, escaped: layout.escapedKeys, first: layout.escapedKeys) + colon + text)
            }
            if layout.extensions { members.append(indent + "\"_note\"" + colon + "\"[not {a} relation], \\\"quoted\\\"\"") }
            out += members.isEmpty ? "{}" : "{" + members.joined(separator: ",") + close + "}"
        case let array as [Any]:
            let items = array.map { item -> String in
                var text = ""
                write(item, layout, depth: depth + 1, into: &text)
                return indent + text
            }
            out += items.isEmpty ? "[]" : "[" + items.joined(separator: ",") + close + "]"
        case let text as String:
            out += quote(text, escaped: layout.escapedValues)
        case let number as NSNumber:
            let double = number.doubleValue
            out += double == double.rounded() && abs(double) < 1e15 ? String(Int(double)) : "\(double)"
        default:
            out += "null"
        }
    }

    /// A JSON string; `escaped` writes every non-ASCII scalar and `/` as escapes, `first` the first character too.
    static func quote(_ text: String, escaped: Bool, first: Bool = false) -> String {
        var out = "\""
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if first, offset == 0 {
                for unit in String(scalar).utf16 { out += String(format: "\\u%04X", unit) }
                continue
            }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "/" where escaped: out += "\\/"
            default:
                if scalar.value < 0x20 || (escaped && scalar.value > 0x7E) {
                    for unit in String(scalar).utf16 { out += String(format: "\\u%04x", unit) }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

@Suite("GraphDigest diff")
struct GraphDigestDiffTests {
    /// Two versions: relations removed, an actor renamed, relations and actors added, and evidence added
    /// to existing relations (flips whose previous relation stays, with evidence on both sides).
    static func versions(seed: UInt64) -> (Graph, Graph) {
        let old = Fixtures.randomGraph(seed: seed, actors: 10, relations: 40)
        var new = Fixtures.randomGraph(seed: seed, actors: 10, relations: 40)
        var random = TestRandom(seed: seed)
        for key in new.relations.keys where random.below(4) == 0 { new.removeRelation(key) }
        new.add(Actor(id: "a1", name: "Actor one", kind: .state, aliases: ["renamed"]))
        let more = Fixtures.randomGraph(seed: seed + 100, actors: 12, relations: 15)
        new.merge(more)
        for key in new.relations.keys where random.below(5) == 0 {
            let modality = Modality.allCases[Int(random.below(3))]
            new.add(
                Evidence(document: "doc1", sentence: "later \(key)", rule: "r9", modality: modality, date: Day(ordinal: 19_100)),
                source: key.source, type: key.type, target: key.target)
        }
        return (old, new)
    }

    @Test("comparing digests gives exactly the changes a diff of the whole graphs gives", arguments: [11, 12, 13, 14, 15] as [UInt64])
    func sameChanges(seed: UInt64) throws {
        let (old, new) = GraphDigestDiffTests.versions(seed: seed)
        let oldDigest = try #require(GraphDigest.scan(GraphFile.encode(old), path: "old.json", partBytes: 64))
        let newDigest = try #require(GraphDigest.scan(GraphFile.encode(new), path: "new.json", partBytes: 64))
        let fast = GraphFileComparison.compare(oldDigest, newDigest, options: DiffOptions())
        let full = GraphDiff(from: old, to: new)
        #expect(fast.diff == full)
        #expect(fast.oldRelationCount == old.relations.count)
        #expect(fast.newRelationCount == new.relations.count)
        #expect(fast.oldActorCount == old.actors.count)
        #expect(fast.newActorCount == new.actors.count)
    }

    @Test(
        "the JSON Lines fast diff gives exactly the changes a diff of the whole graphs gives", arguments: [11, 12, 13, 14, 15] as [UInt64])
    func sameChangesFromJSONLines(seed: UInt64) throws {
        let (old, new) = GraphDigestDiffTests.versions(seed: seed)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-digest-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let oldPath = folder.appendingPathComponent("old.jsonl").path, newPath = folder.appendingPathComponent("new.jsonl").path
        try GraphFile.write(old, to: oldPath)
        try GraphFile.write(new, to: newPath)
        let fast = try GraphFileComparison.compare(oldPath, newPath)
        #expect(!fast.isComplete)
        #expect(fast.diff == GraphDiff(from: old, to: new))
        #expect(fast.oldActorCount == old.actors.count)
        #expect(fast.newActorCount == new.actors.count)
    }

    /// Two versions with the same documents and actors: relations removed, added between known actors,
    /// and given more evidence.
    static func sameActorVersions(seed: UInt64) -> (Graph, Graph) {
        let old = Fixtures.randomGraph(seed: seed, actors: 10, relations: 40)
        var new = old
        var random = TestRandom(seed: seed)
        for key in new.relations.keys where random.below(4) == 0 { new.removeRelation(key) }
        for index in 0..<12 {
            let a = random.below(10), b = random.below(10)
            if a == b { continue }
            new.add(
                Evidence(document: "doc1", sentence: "new \(index)", rule: "r9", modality: .asserted, date: Day(ordinal: 19_100)),
                source: "a\(a)", type: RelationType.allCases[random.below(4)], target: "a\(b)")
        }
        return (old, new.canonicalized())
    }

    /// A graph document in a layout of ``GraphDigestTests``.
    static func document(_ graph: Graph, _ layout: GraphDigestTests.Layout) throws -> [UInt8] {
        let value = try JSONSerialization.jsonObject(with: Data(GraphFile.encode(graph)))
        var text = ""
        GraphDigestTests.write(value, layout, depth: 0, into: &text)
        return Array(text.utf8)
    }

    @Test("a version with the same documents and actors shares them and gives the same changes", arguments: [21, 22, 23] as [UInt64])
    func sharedHeader(seed: UInt64) throws {
        let (old, new) = GraphDigestDiffTests.sameActorVersions(seed: seed)
        for layout in [GraphDigestTests.Layout(), GraphDigestTests.Layout(pretty: true, reversedKeys: true)] {
            let newBytes = try GraphDigestDiffTests.document(new, layout)
            let oldDigest = try #require(
                GraphDigest.scan(FileImage(try GraphDigestDiffTests.document(old, layout)), path: "o", partBytes: 64))
            let newDigest = try #require(GraphDigest.scan(FileImage(newBytes), path: "n", partBytes: 64, earlier: oldDigest))
            #expect(newDigest.sharesHeader, "\(layout)")
            #expect(newDigest.fullGraph() == (try GraphFile.decode(newBytes, path: "n", format: .json)), "\(layout)")
            #expect(GraphFileComparison.compare(oldDigest, newDigest, options: DiffOptions()).diff == GraphDiff(from: old, to: new))
        }
    }

    @Test("a version with other actors is read in full even when an earlier digest is offered", arguments: [21, 22] as [UInt64])
    func unsharedHeader(seed: UInt64) throws {
        let (old, new) = GraphDigestDiffTests.versions(seed: seed)
        #expect(old.documents == new.documents)  // the documents match and are skipped at first, then decoded after all
        for layout in [GraphDigestTests.Layout(), GraphDigestTests.Layout(pretty: true, reversedKeys: true)] {
            let newBytes = try GraphDigestDiffTests.document(new, layout)
            let oldDigest = try #require(
                GraphDigest.scan(FileImage(try GraphDigestDiffTests.document(old, layout)), path: "o", partBytes: 64))
            let newDigest = try #require(GraphDigest.scan(FileImage(newBytes), path: "n", partBytes: 64, earlier: oldDigest))
            #expect(!newDigest.sharesHeader)
            #expect(newDigest.fullGraph() == (try GraphFile.decode(newBytes, path: "n", format: .json)), "\(layout)")
            #expect(GraphFileComparison.compare(oldDigest, newDigest, options: DiffOptions()).diff == GraphDiff(from: old, to: new))
        }
    }
}
