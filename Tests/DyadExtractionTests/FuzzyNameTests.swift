import DyadCore
import Testing

@testable import DyadExtraction

/// A name word misspelt by one edit still resolves, in names of seven letters or more.
@Suite("Misspelt names")
struct FuzzyNameTests {
    @Test("one edit: substitution, insertion, deletion, swap")
    func oneEdit() {
        let bytes = { (s: String) in Array(s.utf8) }
        #expect(FuzzyNameIndex.withinOneEdit(bytes("hliang"), bytes("hlaing")))
        #expect(FuzzyNameIndex.withinOneEdit(bytes("unites"), bytes("united")))
        #expect(FuzzyNameIndex.withinOneEdit(bytes("haftars"), bytes("haftar")))
        #expect(FuzzyNameIndex.withinOneEdit(bytes("haftr"), bytes("haftar")))
        #expect(!FuzzyNameIndex.withinOneEdit(bytes("hialng"), bytes("hlaing")))
        #expect(!FuzzyNameIndex.withinOneEdit(bytes("haftarss"), bytes("haftar")))
    }

    @Test("a misspelt word of a long name resolves")
    func longName() {
        #expect(AdverbialTests.lines("Min Aung Hliang condemned Thailand.").contains("myanmar-junta hostility thailand"))
        #expect(AdverbialTests.lines("The Unites States condemned Iran.").contains("united-states hostility iran"))
    }

    @Test("a name of seven letters with one letter dropped resolves (`Beijig` for Beijing)")
    func droppedLetter() {
        let relations = AdverbialTests.lines("Manila condemned Beijig's pressure tactics.")
        #expect(AdverbialTests.either(relations, "philippines", "hostility", "china"), "\(relations)")
    }

    @Test("the pack remembers a misspelt word's candidates for the documents after it, which read it the same way")
    func memoAcrossDocuments() throws {
        let pack = try CompiledPack(PackLoader.loadDefault())
        let extractor = Extractor(pack: pack)
        let text = "Min Aung Hliang condemned Thailand."
        let remembered = { pack.fuzzyMemos.withLock { memos in memos.compactMap { $0.candidates("hliang") } } }
        #expect(remembered().isEmpty)
        let first = extractor.extract(DocumentInput(id: "first", text: text))
        // The run gave its memo back to the pack, holding the word's candidates.
        #expect(remembered().count == 1 && remembered().first?.isEmpty == false)
        let second = extractor.extract(DocumentInput(id: "second", text: text))
        let lines = { (r: DocumentExtraction) in r.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" } }
        #expect(lines(second).contains("myanmar-junta hostility thailand"))
        #expect(lines(first) == lines(second))
    }

    @Test("a short name is never corrected")
    func shortName() {
        #expect(AdverbialTests.lines("Hamas attacked Isreal.").isEmpty)
    }

    @Test("a name's words may be joined by a hyphen where the pack has a space, and the other way round")
    func hyphenVariants() {
        #expect(AdverbialTests.lines("Hashd-al-Shaabi fighters attacked Kenya.").contains("popular-mobilization-forces hostility kenya"))
        #expect(AdverbialTests.lines("Turkey attacked Ahrar al Sham.").contains("turkey hostility ahrar-al-sham"))
        #expect(AdverbialTests.lines("Israel attacked Jaish-al-Adl.").contains("israel hostility jaish-al-adl"))
    }

    @Test("a hyphen with a space beside it joins no name")
    func spacedHyphen() {
        #expect(!AdverbialTests.lines("Hashd - al-Shaabi fighters attacked Kenya.").contains("popular-mobilization-forces hostility kenya"))
    }
}
