import Testing

@testable import DyadExtraction

/// A gazetteer name that reads as an acronym matches only as written (`ISIS`, not `Isis`).
@Suite("Acronym names")
struct AcronymNameTests {
    @Test("one word of two to six letters, all capitals, is an acronym", arguments: ["ISIS", "RSF", "U.S.", "ÉU", "HTS-2"])
    func acronyms(_ name: String) {
        #expect(CompiledPack.isAcronym(name))
    }

    @Test(
        "a name with a lower-case letter, a space, one letter or more than six is not",
        arguments: [
            "Iran", "Al QAEDA", "AL QAEDA", "M23", "A", "ABCDEFG", "Élan", "É", "",
        ])
    func notAcronyms(_ name: String) {
        #expect(!CompiledPack.isAcronym(name))
    }
}
