import DyadCore
import Testing

@testable import DyadExtraction

@Suite("Modality, attribution and time")
struct ModalityTests {
    @Test(
        "hedge and negation cues",
        arguments: [
            ("Iran reportedly attacked Israel.", "hedged"),
            ("It is assumed Iran attacked Israel.", "hedged"),
            ("Iran might have attacked Israel.", "hedged"),
            ("Iran did not attack Israel.", "negated"),
            ("Iran never attacked Israel.", "negated"),
            ("Iran attacked Israel.", "asserted"),
        ])
    func cues(text: String, modality: String) {
        #expect(Fixture.extract(text).relations.map(\.evidence.modality.rawValue) == [modality])
    }

    @Test("reported speech after a quote names the speaker for the whole quote")
    func quotedParagraph() {
        let text = "“Iran has attacked Israel. Iran and Israel are overt enemies,” says former Israeli ambassador Mark Regev in a paper."
        let r = Fixture.extract(text).relations
        #expect(r.count == 2)
        #expect(r.allSatisfy { $0.evidence.attributedTo == "Mark Regev" && $0.evidence.modality == .asserted })
    }

    @Test("according to names the source")
    func accordingTo() {
        #expect(Fixture.extract("According to Reuters, Iran attacked Israel.").relations.first?.evidence.attributedTo == "Reuters")
    }

    @Test(
        "relative dates resolve against the document date",
        arguments: [
            ("Iran attacked Israel in October.", "2021-11-01", "2021-10-01"),
            ("Iran attacked Israel in December.", "2021-11-01", "2020-12-01"),
            ("Iran attacked Israel last week.", "2021-11-01", "2021-10-25"),
            ("Iran attacked Israel a decade ago.", "2021-11-01", "2011-11-01"),
            ("Iran attacked Israel.", "2021-11-01", "2021-11-01"),
        ])
    func relativeDates(text: String, date: String, expected: String) {
        #expect(Fixture.extract(text, date: date).relations.first?.evidence.date?.description == expected)
    }

    @Test("since sets the start of validity")
    func since() {
        #expect(
            Fixture.extract("Iran attacked Israel since 2015.", date: "2021-11-01").relations.first?.evidence.validFrom?.description
                == "2015-01-01")
    }

    @Test("a capitalised word inside the sentence is a name, not a cue")
    func capitalisedCue() {
        func modalities(_ text: String) -> [String] {
            AdverbialTests.extraction(text).relations.map {
                "\($0.source) \($0.type.rawValue) \($0.target) \($0.evidence.modality.rawValue)"
            }
        }
        #expect(modalities("In May, Kenya attacked Somalia.") == ["kenya hostility somalia asserted"])
        #expect(modalities("Kenya may attack Somalia.") == ["kenya hostility somalia hedged"])
    }
}
