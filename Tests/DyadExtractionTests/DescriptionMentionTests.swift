import DyadCore
import Testing

@testable import DyadExtraction

/// A description right before a group's name ("the Palestinian militant group Islamic Jihad") is part of the
/// group's mention, and a relative clause in the past tense after a list belongs to its last member.
@Suite("Descriptions before a name")
struct DescriptionMentionTests {
    static func lines(_ text: String) -> Set<String> { AdverbialTests.lines(text, date: "2023-06-01") }

    @Test("a demonym and modifiers before the noun do not keep a pattern from the name")
    func longDescriptionIsPartOfTheMention() {
        #expect(
            Self.lines("A truce between Israel and the Palestinian militant group Islamic Jihad took hold on Sunday.").contains(
                "israel agreement palestinian-islamic-jihad"))
    }

    @Test("lowercase words between the demonym and the noun belong to the description")
    func lowercaseWordsAfterDemonym() {
        #expect(Self.lines("Iran funds the Lebanese armed group Hezbollah.") == ["hezbollah proxy iran"])
    }

    @Test("after a patron compound, the demonym of the description is no party: the compound qualifies the group")
    func patronBeforeDescription() {
        #expect(
            Self.lines("Israel struck the Iran-backed Lebanese militant group Hezbollah.") == [
                "israel hostility hezbollah", "hezbollah proxy iran",
            ])
    }

    @Test("a description that refers back to a group named before is this group's when a name follows")
    func backReferenceGivesWayToName() {
        let lines = Self.lines("Washington imposed sanctions on the Houthis. Saudi Arabia later bombed the group Hezbollah.")
        #expect(lines.contains("saudi-arabia hostility hezbollah"))
        #expect(!lines.contains("saudi-arabia hostility houthis"))
    }

    @Test("a past-tense relative clause after a list is the last member's")
    func pastTenseRelativeClauseOfLast() {
        let lines = Self.lines(
            "Qatar hosted talks between Turkey and the Syrian government, which entered into a defence pact with Russia.")
        #expect(lines.contains("syria agreement russia"))
        #expect(!lines.contains("turkey agreement russia"))
    }

    @Test("a plural verb keeps the relative clause on the whole list")
    func pluralRelativeClauseOfAll() {
        let lines = Self.lines(
            "Qatar hosted talks between Turkey and the Syrian government, which have entered into a defence pact with Russia.")
        #expect(lines.contains("turkey agreement russia"))
    }
}
