import DyadCore
import Testing

@testable import DyadExtraction

@Suite("Pattern constructs")
struct PatternConstructTests {
    @Test(
        "literal, word class and gap",
        arguments: [
            ("Iran attacked Israel.", ["iran hostility israel asserted"]),
            ("Iran has struck the bases of Israel.", ["iran hostility israel asserted"]),
            ("Iran attacked; Israel left.", []),
            ("Iran attacked, but Israel left.", []),
            // A hyphenated word is one word of a gap: `~{0,4}` reads "the over-the-horizon bases of".
            ("Iran attacked the over-the-horizon bases of Israel.", ["iran hostility israel asserted"]),
            ("Iran attacked the over - the - horizon bases of Israel.", []),
        ])
    func gaps(text: String, expected: [String]) {
        #expect(Fixture.lines(text) == expected)
    }

    @Test("a bare apostrophe after a mention reads as its possessive `'s` (`Paris' support for …`)")
    func bareApostrophePossessive() {
        let relations = AdverbialTests.lines("Mali claims proof of Paris' support for the Islamic State.")
        #expect(relations.contains { $0.hasPrefix("islamic-state proxy france") }, "\(relations)")
    }

    @Test("`@A:first` takes the first member of a list only: a compound before a list qualifies its first noun")
    func firstOfList() {
        let relations = AdverbialTests.lines("Skirmishes pitted Iranian-backed fighters and the Iraqi army near Basra.")
        #expect(relations.contains("iranian-backed-fighters proxy iran"), "\(relations)")
        #expect(!relations.contains { $0.hasSuffix("alliance iran") }, "\(relations)")
    }

    @Test("coordination yields one relation per actor")
    func coordination() {
        #expect(Fixture.lines("Iran and Syria attacked Israel.") == ["iran hostility israel asserted", "syria hostility israel asserted"])
    }

    @Test("copula over a coordinated pair")
    func copula() {
        #expect(Fixture.lines("Iran and Israel are overt enemies.") == ["iran hostility israel asserted"])
        #expect(Fixture.lines("Iran and Israel are neighbours.") == [])
    }

    @Test("passive keeps the agent as source")
    func passive() {
        let r = Fixture.extract("Israel was attacked by Hezbollah.").relations
        #expect(r.map(\.evidence.rule) == ["t-passive"])
        #expect(r.first?.evidence.sourceMention == "Hezbollah")
    }

    @Test("possessive pronoun resolves to the nearest actor")
    func possessive() {
        #expect(Fixture.lines("Tehran armed its proxy Hezbollah.") == ["hezbollah proxy iran asserted"])
    }

    @Test("hyphenated compounds: Y-affiliated X and X-Y understandings")
    func compounds() {
        #expect(Fixture.lines("The Iranian-affiliated al-Quds Brigade moved.") == ["al-quds-brigade proxy iran asserted"])
        #expect(Fixture.lines("The Israeli-Russian understandings remain.") == ["israel agreement russia asserted"])
    }

    @Test("apposition and relative clause")
    func relative() {
        #expect(
            Fixture.lines("Russia, which entered the Syrian war to save the crumbling Ba’ath regime, stayed.") == [
                "russia alliance syria asserted"
            ])
    }

    @Test("negative look-ahead")
    func lookahead() {
        #expect(Fixture.lines("The Israeli-Russian ceasefire held.") == ["israel agreement russia asserted"])
        #expect(Fixture.lines("The Israeli-Russian ceasefire proposal failed.") == [])
    }

    @Test("unless phrases cancel a match")
    func unless() {
        #expect(Fixture.lines("Iran called for an Israeli-Russian ceasefire.") == [])
    }

    @Test("word gaps stop at commas; mention gaps do not")
    func commaGaps() {
        #expect(Fixture.lines("Iran attacked, they say, Israel.") == [])
    }

    @Test("a mention before -backed fills only a slot written before \"-\"")
    func modifierSlots() {
        #expect(
            Fixture.lines("Hezbollah attacked the Iranian-backed al-Quds Brigade.").contains("hezbollah hostility iran asserted") == false)
        #expect(
            Fixture.lines("Hezbollah attacked the Iranian-backed al-Quds Brigade.").contains("hezbollah hostility al-quds-brigade asserted")
        )
    }

    @Test("slot constraints reject other kinds")
    func constraints() {
        #expect(Fixture.lines("Tehran armed its proxy Syria.") == [])
    }

    @Test("locations are not actors")
    func locatives() {
        #expect(Fixture.lines("Iran attacked bases in Syria.") == [])
    }
}
