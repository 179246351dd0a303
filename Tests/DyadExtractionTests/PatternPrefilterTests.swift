import DyadCore
import Foundation
import Testing

@testable import DyadExtraction

/// The pattern prefilter (rules run only on sentences holding their required words) and the `oneOf` step
/// (alternatives of single words and classes) must change no output.
@Suite("Pattern prefilter")
struct PatternPrefilterTests {
    /// The clauses of a pattern, each written as its atoms (`word`, `[class]`) joined by `|`.
    static func clauses(_ pattern: String) throws -> [String] {
        let node = try PatternCheck.parse(pattern)
        return PatternProgram.clauses(node, weight: { $0.count }).map { clause in
            clause.map { atom -> String in
                if case .literal(let w) = atom { return w }
                if case .wordClass(let c) = atom { return "[\(c)]" }
                return "?"
            }.joined(separator: "|")
        }
    }

    /// A pack of the default lexicons with the given rule and two states.
    static func extractor(rule pattern: String) throws -> Extractor {
        let yaml = """
            actors:
              - {id: iran, name: Iran, kind: state, aliases: [Iran]}
              - {id: syria, name: Syria, kind: state, aliases: [Syria]}
              - {id: iraq, name: Iraq, kind: state, aliases: [Iraq]}
            classes:
              - {name: support, verbs: [support, back]}
            rules:
              - id: r
                type: alliance
                pattern: "\(pattern)"
            """
        var (pack, _) = try PackLoader.parse(yaml: yaml, file: "p.yaml")
        pack.lexicons = try PackLoader.loadDefault().lexicons
        return Extractor(pack: try CompiledPack(pack))
    }

    static func relations(_ extractor: Extractor, _ text: String) -> [String] {
        extractor.extract(DocumentInput(id: "d", text: text)).relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" }
    }

    @Test("an alternatives group whose every option needs a word is one clause of all those words")
    func alternativesClause() throws {
        #expect(
            try Self.clauses("@A [aux]{0,3} (lends|gave|[support]) @B ~{0,3} (billion|million) of") == [
                "lends|gave|[support]", "billion|million", "of",
            ])
    }

    @Test("of an option's words the prefilter picks the longest, rarer than the short function words")
    func longestWordOfOption() throws {
        let node = try PatternCheck.parse("@A ~{0,10} (in support of|to support|to help) @B")
        let clauses = PatternProgram.clauses(node) { CompiledPack.clauseWeight($0) { _ in nil } }
        #expect(clauses == [[.literal("support"), .literal("help")]])
        // A class counts its forms: one short word is rarer than a class of three.
        let classed = try PatternCheck.parse("@A ([support] to|help) @B")
        #expect(PatternProgram.clauses(classed) { CompiledPack.clauseWeight($0) { _ in 3 } } == [[.literal("to"), .literal("help")]])
    }

    @Test("an option that needs nothing leaves its alternatives without a clause")
    func optionalOption() throws {
        #expect(try Self.clauses("@A (backs | ~) @B") == [])
        #expect(try Self.clauses("@A [support]? @B") == [])
        #expect(try Self.clauses("@A (strongly backs | firmly backs) @B") == ["strongly|firmly"])
    }

    @Test("a pattern whose only required words are alternatives runs when one of them is in the sentence")
    func alternativesTrigger() throws {
        let extractor = try Self.extractor(rule: "@A (lends|gave|[support]) @B")
        #expect(Self.relations(extractor, "Iran gave Syria.") == ["iran alliance syria"])
        #expect(Self.relations(extractor, "Iran backed Syria.") == ["iran alliance syria"])
        #expect(Self.relations(extractor, "Iran met Syria.") == [])
    }

    @Test("a run of single words among longer options keeps the options' order")
    func oneOfRunOrder() throws {
        // `props up` must still be tried after `props` fails to reach @B, and a class sits in the run.
        let extractor = try Self.extractor(rule: "@A (props | [support] | props up | funds) @B")
        #expect(Self.relations(extractor, "Iran props up Syria.") == ["iran alliance syria"])
        #expect(Self.relations(extractor, "Iran backs Syria.") == ["iran alliance syria"])
        #expect(Self.relations(extractor, "Iran funds Syria.") == ["iran alliance syria"])
        #expect(Self.relations(extractor, "Iran props Syria.") == ["iran alliance syria"])
    }

    @Test("a literal in a run also matches a one-word mention, as a plain literal does")
    func oneOfMention() throws {
        #expect(Self.relations(try Self.extractor(rule: "@A (with | syria) @B"), "Iran Syria Iraq.") == ["iran alliance iraq"])
        #expect(Self.relations(try Self.extractor(rule: "@A syria @B"), "Iran Syria Iraq.") == ["iran alliance iraq"])
    }

    @Test("the bundled pack gives the same relations with and without the prefilter on Dyad's gold sentences")
    func sameOutput() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data")
        var inputs: [DocumentInput] = []
        for name in ["devset.jsonl", "gold-small.jsonl"] {
            let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                let date = (object["date"] as? String).flatMap { Day($0) }
                inputs.append(DocumentInput(id: object["id"] as? String, text: try #require(object["text"] as? String), date: date))
            }
        }
        #expect(inputs.count > 100)
        var filtered = Extractor(pack: try CompiledPack(try PackLoader.loadDefault()))
        filtered.explainScores = true
        var unfiltered = filtered
        unfiltered.prefilter = false
        var relations = 0
        for input in inputs {
            let a = filtered.extract(input), b = unfiltered.extract(input)
            #expect(a.relations == b.relations, "\(input.id ?? "")")
            relations += a.relations.count
        }
        #expect(relations > 100)
    }
}
