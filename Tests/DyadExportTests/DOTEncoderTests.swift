import Testing

@testable import DyadExport

/// The one escaping encoder: quoting, cleaning, grammars and the allow-list.
@Suite struct DOTEncoderTests {
    @Test(arguments: [
        ("plain", "\"plain\""),
        ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("ends with \\", "\"ends with \\\\\""),
        ("\\\"", "\"\\\\\\\"\""),
        ("nul\u{0}byte", "\"nulbyte\""),
        ("\\N and \\G", "\"\\\\N and \\\\G\""),
    ])
    func quotesWithBackslashFirstThenQuote(_ input: String, _ expected: String) {
        #expect(DOTEncoder.quote(input) == expected)
    }

    @Test func cleaningTurnsControlsIntoSingleSpacesAndAmpersandsIntoEntities() {
        #expect(DOTEncoder.clean("a\n\n b\r\tc\u{2028}d\u{7}e") == "a b c d e")
        #expect(DOTEncoder.clean("AT&T") == "AT&amp;T")
        #expect(DOTEncoder.clean("\u{FEFF}x\u{0}") == "x")
    }

    @Test func textValuesAreCleanedEscapedAndQuoted() {
        let list = DOTEncoder.attributeList([(.label, .text("x\"] ; node [image=\"/etc/passwd\\"))])
        #expect(list == " [label=\"x\\\"] ; node [image=\\\"/etc/passwd\\\\\"]")
    }

    @Test func valuesOutsideTheirGrammarAreLeftOut() {
        #expect(DOTEncoder.encode(.text("red"), for: .color) == nil)
        #expect(DOTEncoder.encode(.keyword(.box), for: .dir) == nil)
        #expect(DOTEncoder.encode(.color(.hostility), for: .label) == nil)
        #expect(DOTEncoder.encode(.link("javascript:alert(1)"), for: .url) == nil)
        #expect(DOTEncoder.encode(.link("http://example.org"), for: .url) == nil)
        #expect(DOTEncoder.encode(.link("https://a.org/\"onload=x"), for: .url) == nil)
        #expect(DOTEncoder.encode(.link("https://a.org/x?y=1"), for: .url) == "\"https://a.org/x?y=1\"")
    }

    @Test func numbersAreClampedAndShort() {
        #expect(DOTEncoder.format(3.14159, clampedTo: 0...10) == "3.14")
        #expect(DOTEncoder.format(1e9, clampedTo: 0...8) == "8")
        #expect(DOTEncoder.format(.nan, clampedTo: 0.5...8) == "0.5")
        #expect(DOTEncoder.format(-2.5, clampedTo: -10...10) == "-2.5")
        #expect(DOTEncoder.format(2.0, clampedTo: 0...10) == "2")
    }

    @Test func tokensKeepOnlyPlainCharacters() {
        #expect(DOTEncoder.sanitizedToken("rel-a\"b<c") == "rel-a_b_c")
    }

    @Test func wrappingSplitsAtSpacesAndLimitsLines() {
        #expect(
            DOTEncoder.wrap("Iranian Revolutionary Guard Corps", width: 18, maxLines: 3) == ["Iranian", "Revolutionary", "Guard Corps"])
        #expect(DOTEncoder.wrap(String(repeating: "word ", count: 40), width: 10, maxLines: 2).count == 2)
    }

    @Test func truncationCountsCharacters() {
        #expect(DOTEncoder.truncate("abcdef", to: 3) == "abc…")
        #expect(DOTEncoder.truncate("ab", to: 3) == "ab")
    }
}

/// The fast byte-level path gives exactly `escape(clean(text))`.
@Suite struct DOTEncoderFastPathTests {
    @Test(arguments: HostileCorpusTests.corpus + ["  lead and trail  ", "a\u{85}b\u{A0}c\u{2029}d", "\u{FEFF}", "", "é&\\\""])
    func fastPathMatchesCleanThenEscape(_ text: String) {
        #expect(DOTEncoder.quotedClean([text], separator: "") == "\"" + DOTEncoder.escape(DOTEncoder.clean(text)) + "\"")
    }
}
