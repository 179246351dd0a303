import DyadCore
import Testing

@testable import DyadExtraction

/// A relative clause that states a relation of its own is out of reach of the cues before it.
@Suite("Relative clause scope")
struct RelativeClauseScopeTests {
    static func lines(_ text: String) -> Set<String> {
        let result = AdverbialTests.extraction(text, date: "2023-06-01")
        return Set(result.relations.map { "\($0.source) \($0.type.rawValue) \($0.target) \($0.evidence.modality.rawValue)" })
    }

    @Test("a denial before a relative clause does not negate what the clause states")
    func denialStopsAtRelativeClause() {
        let lines = Self.lines("Eritrea denies arming the Houthis, who have shelled Saudi Arabia for years.")
        #expect(lines.contains("houthis hostility saudi-arabia asserted"))
        #expect(lines.contains("houthis proxy eritrea negated"))
    }

    @Test("a negation inside the relative clause still negates it")
    func negationInsideRelativeClause() {
        #expect(
            Self.lines("Oman said the Houthis, who have not shelled Saudi Arabia, want talks.").contains(
                "houthis hostility saudi-arabia negated"))
    }

    @Test("a relative clause closed by a comma is an aside: the denial reaches the predicate after it")
    func closedRelativeClauseIsAside() {
        #expect(
            Self.lines("Eritrea denied that the Houthis, which it arms, shelled Saudi Arabia.").contains(
                "houthis hostility saudi-arabia negated"))
    }
}
