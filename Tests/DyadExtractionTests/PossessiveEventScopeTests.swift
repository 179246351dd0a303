import DyadCore
import Testing

@testable import DyadExtraction

/// An event named by its possessor (`Russia's invasion of Ukraine`) is presupposed: only a denial negates it.
@Suite("Possessive event scope")
struct PossessiveEventScopeTests {
    static func lines(_ text: String) -> Set<String> {
        RelativeClauseScopeTests.lines(text)
    }

    @Test("a refusal before a possessive event negates the refusing actor's relation, not the event")
    func refusalLeavesEventAsserted() {
        let lines = Self.lines("India refused to condemn Russia's invasion of Ukraine.")
        #expect(lines.contains("russia hostility ukraine asserted"), "\(lines)")
    }

    @Test("a plain negation before a possessive event leaves the event asserted")
    func negationLeavesEventAsserted() {
        let lines = Self.lines("Qatar did not condemn Hamas's attack on Israel.")
        #expect(lines.contains("hamas hostility israel asserted"), "\(lines)")
    }

    @Test("a denial before a possessive event negates it")
    func denialNegatesEvent() {
        let lines = Self.lines("Syria denied Hezbollah's role in the attack on Israel.")
        #expect(lines.contains("hezbollah hostility israel negated"), "\(lines)")
    }
}
