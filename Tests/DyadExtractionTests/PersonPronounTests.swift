import DyadCore
import Testing

@testable import DyadExtraction

/// `he`, `his` stand for the person the paragraph named last; titles take names with particles.
@Suite("Person pronouns and titled names")
struct PersonPronounTests {
    @Test("he stands for the titled person named before it")
    func heAfterTitledName() {
        let relations = AdverbialTests.lines("Chile's President Gabriel Boric arrived in Lima, and he condemned Bolivia.")
        #expect(relations.contains("chile hostility bolivia"), "\(relations)")
    }

    @Test("a name after a title may hold particles and hyphens")
    func particleName() {
        let relations = AdverbialTests.lines("Egypt's President Abdel Fattah el-Sisi condemned Ethiopia.")
        #expect(relations.contains("egypt hostility ethiopia"), "\(relations)")
    }

    @Test("without a person named before, he is no mention")
    func noPerson() {
        let relations = AdverbialTests.lines("Chile arrived in Lima, and he condemned Bolivia.")
        #expect(!relations.contains("chile hostility bolivia"), "\(relations)")
    }

    @Test("the person is forgotten at a new paragraph")
    func paragraph() {
        let relations = AdverbialTests.lines("Chile's President Gabriel Boric arrived.\n\nHe condemned Bolivia.")
        #expect(relations.isEmpty, "\(relations)")
    }

    @Test("after a denial and a complementizer, it is the sentence's subject")
    func itAfterDenial() {
        let relations = AdverbialTests.lines("Chad rejected Sudanese accusations that it armed the Rapid Support Forces.")
        #expect(relations.contains("rsf proxy chad"), "\(relations)")
        #expect(!relations.contains("rsf proxy sudan"), "\(relations)")
    }

    @Test("after an accusation, it is not the accuser")
    func itAfterCharge() {
        let relations = AdverbialTests.lines("Chad cut ties with Niger, charging that it armed the Rapid Support Forces.")
        #expect(!relations.contains("rsf proxy chad"), "\(relations)")
    }

    @Test("they right after a pair is the pair")
    func theyPair() {
        let relations = AdverbialTests.lines("Chile and Peru said on Monday that they had reached an agreement on fishing.")
        #expect(relations.contains("chile agreement peru"), "\(relations)")
    }

    @Test("they without a pair named just before is no pair")
    func theyAlone() {
        let relations = AdverbialTests.lines("Chile and Peru met Bolivia, and they have reached an agreement on fishing.")
        #expect(!relations.contains("chile agreement peru"), "\(relations)")
    }
}
