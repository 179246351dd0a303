import DyadCore
import Testing

@testable import DyadExtraction

/// A long list of names must not make one sentence yield a relation for every pair (memory quadratic in
/// the list), and a document repeating a learned alias must not cost time quadratic in the repetitions.
@Suite("Coordination-heavy text stays bounded")
struct CoordinationBoundTests {
    static let pack: CompiledPack = {
        do { return try CompiledPack(try PackLoader.loadDefault()) } catch {
            preconditionFailure("the default pack does not load: \(error)")
        }
    }()

    /// `count` state names of the default pack with a plain one-part name, in id order.
    static func stateNames(_ count: Int) -> [String] {
        let names = pack.pack.actors.filter { $0.kind == .state }.sorted { $0.id < $1.id }.map(\.actor.name)
            .filter { name in name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic && $0.isASCII } }
        return Array(names.prefix(count))
    }

    /// A sentence in which `names` jointly sign an agreement.
    static func listSentence(_ names: [String]) -> String {
        names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1] + " signed a defence agreement."
    }

    static func relationsPerSentence(_ result: DocumentExtraction) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for relation in result.relations { counts[relation.evidence.sentenceRange?.start ?? -1, default: 0] += 1 }
        return counts
    }

    /// The unordered pairs of actors the relations join.
    static func pairs(_ relations: [ExtractedRelation]) -> Set<[String]> {
        Set(relations.map { [$0.source, $0.target].sorted() })
    }

    @Test("a list of 30 names yields at most the sentence limit of relations, in every sentence")
    func capped() {
        let names = Self.stateNames(30)
        #expect(names.count == 30)
        let text = (0..<4).map { _ in Self.listSentence(names) }.joined(separator: " ")
        let result = Extractor(pack: Self.pack).extract(DocumentInput(id: "t", text: text, date: Day("2024-01-01")))
        let counts = Self.relationsPerSentence(result)
        #expect(counts.count == 4, "\(counts)")
        #expect(counts.values.allSatisfy { $0 == Extractor(pack: Self.pack).maxSentenceRelations }, "\(counts)")
    }

    @Test("the limit keeps the first relations the rules find, and can be raised")
    func prefixOfAll() {
        let text = Self.listSentence(Self.stateNames(12))
        var unlimited = Extractor(pack: Self.pack)
        unlimited.maxSentenceRelations = .max
        let all = unlimited.extract(DocumentInput(id: "t", text: text)).relations
        // Twelve names agreeing pairwise: every one of the 66 pairs.
        #expect(Self.pairs(all).count == 66)
        var limited = Extractor(pack: Self.pack)
        limited.maxSentenceRelations = 5
        let first = limited.extract(DocumentInput(id: "t", text: text)).relations
        #expect(first == Array(all.prefix(5)))
    }

    @Test("a list shorter than the limit is read in full")
    func shortList() {
        let names = Self.stateNames(6)
        let result = Extractor(pack: Self.pack).extract(DocumentInput(id: "t", text: Self.listSentence(names)))
        #expect(Self.pairs(result.relations).count == 15)
    }

    @Test("an alias learned many times is remembered once and still found")
    func repeatedAlias() {
        let definition = "The Varnosk Assembly (Iran) met in Tabriz."
        let text = Array(repeating: definition, count: 300).joined(separator: " ") + " The Varnosk Assembly attacked Iraq."
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var run = DocumentRun(pack: Self.pack, text: buffer, date: nil, documentID: "t", offset: 0, maxSentence: 120)
            run.run()
            #expect(run.learnedWords.count == 1)
            let relations = run.output.map { "\($0.source) \($0.type.rawValue) \($0.target)" }
            #expect(relations.contains("iran hostility iraq"), "\(relations)")
        }
    }
}
