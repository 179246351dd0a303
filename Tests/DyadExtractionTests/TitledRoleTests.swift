import DyadCore
import Testing

@testable import DyadExtraction

/// A title before a known person's name names the role the text gives them, even outside its dates.
@Suite("Titled roles")
struct TitledRoleTests {
    static func relations(_ text: String) -> [String] {
        let result = Extractor(pack: CompoundCoordinationTests.pack).extract(DocumentInput(id: "t", text: text, date: Day("2019-02-14")))
        return result.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" }
    }

    @Test("one or two capitalised words the pack does not know may open a title before a name (`Information Minister`)")
    func unknownTitleWords() {
        let relations = Self.relations("Pakistani Information Minister Fawad Ahmed condemned India on Sunday.")
        #expect(relations.contains("pakistan hostility india") || relations.contains("india hostility pakistan"), "\(relations)")
        #expect(!relations.contains { $0.contains("palestinian-authority") }, "\(relations)")
    }

    @Test("a titled former president stands for the state of the title")
    func titled() {
        #expect(Self.relations("President Barack Obama condemned Cuba.") == ["united-states hostility cuba"])
    }

    @Test("the bare name outside the role's dates stands for no state")
    func untitled() {
        #expect(Self.relations("Barack Obama condemned Cuba.").isEmpty)
    }
}

/// A title right after a possessor, without a name, before its verb, belongs to the possessor's mention.
@Suite("Possessive titles without a name")
struct PossessiveTitleTests {
    @Test("`Iraq's prime minister condemned …` is Iraq's act")
    func titleWithoutName() {
        let relations = AdverbialTests.lines("Iraq's prime minister condemned the US strike.")
        #expect(relations.contains("iraq hostility united-states") || relations.contains("united-states hostility iraq"), "\(relations)")
    }

    @Test("a title word before a noun is no title (`the M23's chief backer Rwanda`)")
    func titleBeforeNoun() {
        let relations = AdverbialTests.lines("The M23's chief backer Rwanda denied the charge.")
        #expect(relations.contains("m23 proxy rwanda"), "\(relations)")
    }
}

/// Titles after a title, and abbreviated ranks with their full stop, belong to the title before the name.
@Suite("Chained titles")
struct TitleChainTests {
    @Test("`Myanmar leader Senior Gen. <name>` keeps the rest of its sentence readable")
    func abbreviatedRank() {
        let relations = AdverbialTests.lines("Laos hosted Myanmar leader Senior Gen. Min Aung Hlaing and said that Vietnam backs Cambodia.")
        #expect(relations.contains("vietnam alliance cambodia"), "\(relations)")
    }

    @Test("the person after chained titles is named with the whole chain")
    func speakerAfterChain() throws {
        let result = AdverbialTests.extraction("Thai army spokesman Col. Prayut Somchai said Laos backs Vietnam.")
        let relation = try #require(result.relations.first)
        #expect(relation.evidence.attributedTo == "Prayut Somchai")
    }
}

/// A group's acronym in parentheses may stand between its name and the title of the person who speaks for it.
@Suite("Acronym before a title")
struct AcronymTitleTests {
    @Test("`Laos and Arakan Army (AA) Commander <name> signed a truce` pairs Laos with the group")
    func acronymThenTitle() {
        let relations = AdverbialTests.lines("Laos and Arakan Army (AA) Commander Tom Smith signed a truce on Monday.")
        #expect(relations.contains("laos agreement arakan-army"), "\(relations)")
    }
}

/// A title between `and` and a person's name belongs to that list member, so the list stays one.
@Suite("Title inside a list")
struct ListTitleTests {
    @Test("`X and rebel leader Y signed a deal to end the fighting` reads the pair as a list")
    func titleAfterAnd() {
        let relations = AdverbialTests.lines(
            "President Kiir and rebel leader Riek Machar inked an accord to end two years of bloody fighting.")
        #expect(
            relations.contains { $0.hasPrefix("south-sudan hostility splm-io") || $0.hasPrefix("splm-io hostility south-sudan") },
            "\(relations)")
    }
}
