import DyadCore
import Testing

@testable import DyadExtraction

/// Who said it: the speaker before a speech verb and its adverbs, never the name the verb addresses.
@Suite("Speakers of speech verbs")
struct SpeakerTests {
    static func speakers(_ text: String) -> [String?] {
        AdverbialTests.extraction(text).relations.map(\.evidence.attributedTo)
    }

    @Test("the speaker before auxiliaries and adverbs")
    func speakerBeforeAdverbs() {
        let speakers = Self.speakers("Beijing has repeatedly warned Manila against provocations in the South China Sea.")
        #expect(speakers == ["Beijing"], "\(speakers)")
    }

    @Test("`recalled` says something only before `that`: envoys recalled have no speaker")
    func recalledEnvoysHaveNoSpeaker() {
        let recalled = Self.speakers("Ghana and Togo recalled their ambassadors from Benin.")
        #expect(!recalled.isEmpty && recalled.allSatisfy { $0 == nil }, "\(recalled)")
        let told = Self.speakers("Ghana recalled that Togo had armed the rebels.")
        #expect(told.contains("Ghana"), "\(told)")
    }

    @Test("the name a speech verb addresses is no speaker")
    func addresseeIsNoSpeaker() {
        let speakers = Self.speakers("Officials warned Manila against provocations near the Scarborough Shoal and accused Beijing.")
        #expect(!speakers.contains("Scarborough Shoal"), "\(speakers)")
    }
}

/// A participle right after a statement noun is the issuer's (`put out several videos accusing Shoigu`).
@Suite("Participles after statement nouns")
struct StatementParticipleTests {
    @Test("the issuer of a statement accuses through its participle")
    func statementParticiple() {
        let relations = AdverbialTests.lines("Their pullout came after Iran issued a statement condemning Israel.")
        #expect(relations.contains("iran hostility israel"), "\(relations)")
    }

    @Test("after a possessive pronoun an -ing word is no participle")
    func possessiveGerund() {
        let relations = AdverbialTests.lines("Turkey sent mercenaries to back Azerbaijan in its growing conflict with Armenia.")
        #expect(!relations.contains("turkey hostility armenia"), "\(relations)")
    }
}
