import Foundation
import Testing

@testable import DyadCore

@Suite("SpanRelations: evidence held as positions in the texts sorts, merges and writes as the Evidence it stands for")
struct SpanRelationsTests {
    /// Texts with escapes, non-ASCII letters, a line separator and controls; documents 0 and 3 share an id.
    static let texts: [String] = [
        "Iran backs \"Hezbollah\" in Lebanon.\tTehran\\Beirut ties grew.\nThe IRGC armed it.",
        "Kyiv said\u{2028}Moscow attacked. Zelenskyy — “we will fight” — met Biden today.",
        "Ελλάδα και Τουρκία υπέγραψαν συμφωνία. Ankara hailed the deal.",
        "A different text under a repeated id: Iran and Iraq signed a pact.",
    ]
    static let documentIDs = ["dup", "doc-b", "Ωmega", "dup"]
    /// Out of order, with one id twice (two rules may not share an id in a pack, but the order must not care).
    static let ruleIDs = ["zeta-rule", "alpha-rule", "model", "alpha-rule"]
    /// Who pieces are attributed to, by number; out of order.
    static let speakers = ["Mark Regev", "Łukasz", "a spokesman", "Abbas"]

    /// Every piece a sentence of a document can give: sentences and mentions are spans of the text, and a span's
    /// scalar range follows from its bytes (so equal ranges in a document are equal texts, as extraction gives them).
    /// Some mentions start inside a character, as a span that does not fall on a character boundary would.
    static func pieces(seed: UInt64, count: Int) -> [SpanEvidence] {
        var random = TestRandom(seed: seed)
        var out: [SpanEvidence] = []
        for _ in 0..<count {
            let document = Int(random.next() % UInt64(texts.count))
            let bytes = Array(texts[document].utf8)
            let sentenceStart = Int(random.next() % 3) * 10
            // A sentence's end follows from its start, as in a document (one sentence starts at each place).
            let sentenceEnd = min(bytes.count, sentenceStart + 40)
            func span(_ a: Int, _ b: Int) -> (SpanEvidence.Bytes, TextRange) {
                (SpanEvidence.Bytes(a, b), TextRange(start: 1000 * document + a, end: 1000 * document + b))
            }
            let s = sentenceStart + Int(random.next() % 6), t = sentenceStart + 8 + Int(random.next() % 6)
            let sentence = span(sentenceStart, sentenceEnd)
            let source = span(s, s + 3 + Int(random.next() % 3))
            let target = span(t, t + 4)
            let day = { (n: UInt64) -> Day? in n % 3 == 0 ? nil : Day(ordinal: 738_000 + Int(n % 40)) }
            let modality: Modality = [.asserted, .hedged, .negated][Int(random.next() % 3)]
            var piece = bytes.withUnsafeBufferPointer { text in
                SpanEvidence(
                    rule: Int32(random.next() % UInt64(ruleIDs.count)), modality: modality, text: text, sentence: sentence.0,
                    sourceMention: source.0, targetMention: target.0, sentenceRange: sentence.1, sourceRange: source.1,
                    targetRange: target.1, date: day(random.next()), validFrom: day(random.next() / 7),
                    score: random.next() % 2 == 0 ? nil : Double(random.next() % 1000) / 1000)
            }
            piece.document = Int32(document)
            // No one for about a third of them.
            piece.speaker = Int32(random.next() % UInt64(speakers.count + 2)) - 2
            if piece.speaker < 0 { piece.speaker = -1 }
            out.append(piece)
        }
        return out
    }

    /// The texts under their ids; with `distinctIDs`, document 3 has an id of its own (then pieces are ordered by
    /// positions alone, where a shared id makes some compare as the evidence itself).
    func store(distinctIDs: Bool = false) -> SpanRelations {
        var ids = Self.documentIDs
        if distinctIDs { ids[3] = "dup-2" }
        return SpanRelations(texts: Self.texts.map { Array($0.utf8) }, documentIDs: ids, ruleIDs: Self.ruleIDs, speakers: Self.speakers)
    }

    @Test(
        "prepared pieces are the relation's evidence, in order and without repeats, with its summary",
        arguments: [UInt64(1), 7, 23, 99], [false, true])
    func prepareMatchesRelation(seed: UInt64, distinctIDs: Bool) {
        let store = store(distinctIDs: distinctIDs)
        var pieces = Self.pieces(seed: seed, count: 60)
        // Repeats, as the same sentence read twice gives.
        pieces += pieces.prefix(15)
        var random = TestRandom(seed: seed + 1000)
        pieces.shuffle(using: &random)
        let relation = Relation(key: RelationKey(source: "a", type: .hostility, target: "b"), evidence: pieces.map(store.evidence))
        let summary = store.prepare(&pieces)
        #expect(pieces.map(store.evidence) == relation.evidence)
        #expect(pieces.count < 75)
        #expect(summary.modality == relation.modality)
        #expect(summary.confidence == relation.confidence)
        #expect(summary.firstSeen == relation.firstSeen)
        #expect(summary.lastSeen == relation.lastSeen)
        #expect(summary.validFrom == relation.validFrom)
        #expect(summary.validTo == relation.validTo)
    }

    @Test("a piece whose span does not fall on character boundaries is read as a string made of the bytes would be")
    func unalignedSpan() {
        // "Ελλάδα": two bytes a letter, so byte 1 is inside the first one.
        let text = Array(Self.texts[2].utf8)
        var piece = text.withUnsafeBufferPointer { buffer in
            SpanEvidence(
                rule: 0, modality: .asserted, text: buffer, sentence: .init(0, 20), sourceMention: .init(1, 6),
                targetMention: .init(8, 12), sentenceRange: TextRange(start: 0, end: 20), sourceRange: TextRange(start: 1, end: 6),
                targetRange: TextRange(start: 8, end: 12), date: nil, validFrom: nil, score: nil)
        }
        piece.document = 2
        #expect(!piece.aligned)
        var store = store()
        store.setRelations(
            keys: [RelationKey(source: "greece", type: .agreement, target: "turkey")], evidence: [[piece]], summaries: [EvidenceSummary()])
        #expect(store.evidence(piece).sourceMention == String(decoding: text[1..<6], as: UTF8.self))
    }

    @Test(
        "written with a graph, they give the file of the relations made of their evidence", arguments: [GraphFormat.json, .jsonl],
        [false, true])
    func writesAsRelations(format: GraphFormat, distinctIDs: Bool) throws {
        var store = store(distinctIDs: distinctIDs)
        let actors = ["iran", "hezbollah", "kyiv", "moscow", "ελλάδα"]
        var keys: [RelationKey] = []
        var lists: [[SpanEvidence]] = []
        var summaries: [EvidenceSummary] = []
        var relations: [Relation] = []
        for (index, type) in [RelationType.proxy, .hostility, .alliance, .agreement, .hostility].enumerated() {
            let key = RelationKey(source: actors[index], type: type, target: actors[(index + 2) % actors.count])
            var pieces = Self.pieces(seed: UInt64(40 + index), count: 12)
            // The unaligned piece's document 2 joins one relation.
            if index == 3 { pieces.append(contentsOf: Self.pieces(seed: 5, count: 2)) }
            relations.append(Relation(key: key, evidence: pieces.map(store.evidence)))
            summaries.append(store.prepare(&pieces))
            keys.append(key)
            lists.append(pieces)
        }
        // Listed out of key order: the writer puts them in order.
        store.setRelations(keys: keys.reversed(), evidence: lists.reversed(), summaries: summaries.reversed())
        var graph = Graph()
        for (index, id) in store.documentIDs.enumerated() where graph.documents[id] == nil {
            graph.add(Document(id: id, title: "T\(index)"))
        }
        for id in actors { graph.add(Actor(id: id, name: id.capitalized, kind: .state)) }
        let expected = try Fixtures.written({ try GraphFile.write(graph, addingUnique: relations, to: $0, format: format) }, format: format)
        let spans = try Fixtures.written({ try GraphFile.write(graph, addingSpans: store, to: $0, format: format) }, format: format)
        #expect(spans == expected)
        #expect(String(decoding: spans, as: UTF8.self).contains("\\u2028"))
    }
}
