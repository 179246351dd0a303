import Foundation
import Testing

@testable import DyadCore

/// The relations array of a JSON graph document decoded in parts on all cores against the decoder reading it in
/// order: the same graph or the same errors, on every graph file and layout of ``GraphDigestTests``.
@Suite("JSON graph documents: relations decoded in parallel")
struct ParallelRelationsTests {
    /// The graph, or the errors, `bytes` decode to; `parallelBytes` 0 sends every relations array to the parts.
    func decode(_ bytes: [UInt8], parallelBytes: Int) -> (graph: Graph?, problems: [String]) {
        bytes.withUnsafeBufferPointer { buffer in
            var decoder = GraphDecoder()
            decoder.parallelRelationBytes = parallelBytes
            var reader = JSONReader(buffer)
            do throws(JSONReader.SyntaxError) {
                try decoder.decodeDocument(&reader)
            } catch {
                return (nil, ["syntax at \(error.offset): \(error.message)"])
            }
            decoder.finish()
            let problems = decoder.problems.map { "\($0.position): \($0.problem.message)" }
            return (problems.isEmpty ? decoder.graph : nil, problems)
        }
    }

    /// Whether the parts were used for `bytes` (the guesses joined up), by decoding its relations array alone.
    func usesParts(_ bytes: [UInt8]) -> Bool {
        let key = Array("\"relations\"".utf8)
        guard var at = bytes.indices.first(where: { bytes[$0...].starts(with: key) }) else { return false }
        while at < bytes.count, bytes[at] != UInt8(ascii: "[") { at += 1 }
        return bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(buffer, position: at)
            guard (try? reader.beginArray()) != nil else { return false }
            var decoder = GraphDecoder()
            decoder.parallelRelationBytes = 0
            return decoder.decodeRelationsInParallel(&reader)
        }
    }

    @Test("every graph file in every layout decodes to the same graph in parts as in order")
    func sameGraphs() throws {
        var parted = 0
        for (name, bytes) in try GraphDigestTests.documents() {
            let value = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            var versions = [(name, bytes)]
            for layout in GraphDigestTests.layouts {
                var text = ""
                GraphDigestTests.write(value, layout, depth: 0, into: &text)
                versions.append(("\(name) (\(layout))", Array(text.utf8)))
            }
            for (label, version) in versions {
                let ordered = decode(version, parallelBytes: .max)
                let inParts = decode(version, parallelBytes: 0)
                #expect(inParts.graph == ordered.graph, "\(label)")
                #expect(inParts.problems == ordered.problems, "\(label)")
                if usesParts(version) { parted += 1 }
            }
        }
        #expect(parted > 10, "the parts were used for \(parted) documents only")
    }

    @Test("a guess inside a sentence or an evidence list is found out, and the array is read in order")
    func wrongGuesses() throws {
        // Sentences that hold what a relation's start looks like, and evidence lists of several pieces.
        var graph = Fixtures.randomGraph(seed: 5, actors: 8, relations: 30)
        for (index, key) in graph.relations.keys.enumerated() where index % 3 == 0 {
            let trap = "he said, {\"source\": \"x\"} and, {\"target\": 1}"
            let evidence = Evidence(document: "doc1", sentence: trap, rule: "r", modality: .asserted)
            graph.add(evidence, source: key.source, type: key.type, target: key.target)
        }
        for layout in GraphDigestTests.layouts {
            let bytes = try GraphDigestDiffTests.document(graph, layout)
            let ordered = decode(bytes, parallelBytes: .max)
            #expect(ordered.graph != nil)
            #expect(decode(bytes, parallelBytes: 0).graph == ordered.graph, "\(layout)")
        }
    }

    @Test("a document with problems in its relations gets the errors of reading in order")
    func sameErrors() throws {
        let good = GraphDigestTests.skeleton
        let broken = [
            ("\"type\": \"alliance\", \"modality\": \"asserted\"", "\"type\": \"alliance\", \"mood\": \"asserted\""),
            ("\"source\": \"a\", \"target\": \"c\"", "\"source\": \"a\", \"target\": \"zz\""),
            ("\"date\": \"2020-02-03\"", "\"date\": \"2020-02-30\""),
            ("\"document\": \"n2\"", "\"document\": \"n3\""),
            ("\"confidence\": 0.8", "\"confidence\": 1.8"),
            ("\"evidence\": []}", "\"evidence\": []"),
            ("\"validTo\": \"2019-02-01\"}]", "\"validTo\": \"2019-02-01\"},]"),
        ]
        for (original, replacement) in broken {
            let text = good.replacingOccurrences(of: original, with: replacement)
            #expect(text != good)
            let ordered = decode(Array(text.utf8), parallelBytes: .max)
            let inParts = decode(Array(text.utf8), parallelBytes: 0)
            #expect(!ordered.problems.isEmpty, "\(replacement)")
            #expect(inParts.problems == ordered.problems, "\(replacement)")
        }
    }
}
