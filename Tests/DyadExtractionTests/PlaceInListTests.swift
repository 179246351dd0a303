import DyadCore
import Testing

@testable import DyadExtraction

/// A list member's own place (`the Houthis in Yemen and Kataib Hezbollah in Iraq`) does not end the list.
@Suite("Places inside lists")
struct PlaceInListTests {
    @Test("every member after a member's place keeps the relation")
    func memberAfterPlace() {
        let relations = AdverbialTests.lines("Iran funds its proxies, the Houthis in Yemen and Kataib Hezbollah in Iraq.")
        #expect(relations.contains("houthis proxy iran"), "\(relations)")
        #expect(relations.contains("kataib-hezbollah proxy iran"), "\(relations)")
    }

    @Test("the place itself takes no relation")
    func placeIsNoMember() {
        let relations = AdverbialTests.lines("Iran funds its proxies, the Houthis in Yemen and Kataib Hezbollah in Iraq.")
        #expect(!relations.contains { $0.hasPrefix("yemen ") || $0.hasSuffix(" yemen") }, "\(relations)")
    }

    @Test("a place that ends the sentence's list keeps the list as it was")
    func trailingPlace() {
        let relations = AdverbialTests.lines("Israel struck Hamas and Hezbollah in Lebanon.")
        #expect(relations.contains("israel hostility hamas"), "\(relations)")
        #expect(!relations.contains("israel hostility lebanon"), "\(relations)")
    }

    @Test("a place that names no actor is read past after the subject")
    func unnamedPlaceAfterSubject() {
        let relations = AdverbialTests.lines("Hamas in Gaza attacked Israel on Monday.")
        #expect(relations.contains("hamas hostility israel"), "\(relations)")
    }

    @Test("`among them` introduces the named examples of a plain noun phrase")
    func amongThemExamples() {
        let relations = AdverbialTests.lines("Iran backs several groups, among them Hamas.")
        #expect(relations.contains("hamas proxy iran"), "\(relations)")
    }

    @Test("a place after `in the` is read past too")
    func placeWithArticle() {
        let relations = AdverbialTests.lines("Israeli forces in the West Bank killed two Hamas members.")
        #expect(relations.contains("israel hostility hamas") || relations.contains("hamas hostility israel"), "\(relations)")
    }

    @Test("a mention inside a member's longer parenthesis is no member of the list")
    func parenthesisEndsList() {
        let relations = AdverbialTests.lines(
            "The war pits the Houthis (backed by Iran) and the government of Yemen (backed by Saudi Arabia).")
        #expect(!relations.contains("houthis alliance saudi-arabia"), "\(relations)")
        #expect(relations.contains("houthis proxy iran"), "\(relations)")
    }

    @Test("two places after one member are no list of actors")
    func twoPlaces() {
        let relations = AdverbialTests.lines("The Wagner Group fought on behalf of the Kremlin in Syria and Libya.")
        #expect(!relations.contains { $0.hasSuffix(" libya") }, "\(relations)")
    }
}
