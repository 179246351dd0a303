import DyadCore
import Testing

@Suite("Name folding")
struct NameNormalizerTests {
    @Test(
        "folds case, diacritics, quotes, dashes and spacing",
        arguments: [
            ("Ba’ath", "ba'ath"), ("BA'ATH", "ba'ath"), ("Türkiye", "turkiye"), ("Deir ez–Zor", "deir ez-zor"),
            ("  Iranian   Revolutionary\tGuard ", "iranian revolutionary guard"), ("Côte d’Ivoire", "cote d'ivoire"),
            ("São Tomé", "sao tome"), ("Straße", "strasse"),
        ])
    func folds(input: String, expected: String) {
        #expect(NameNormalizer.fold(input) == expected)
    }

    @Test("slugs are lowercase ASCII with single hyphens")
    func slugs() {
        #expect(Actor.slug("Al-Quds Brigade") == "al-quds-brigade")
        #expect(Actor.slug("Kata'ib Hezbollah") == "kataib-hezbollah")
        #expect(Actor.slug("  Côte d’Ivoire!! ") == "cote-divoire")
    }

    @Test("a text is a slug exactly when slugging it changes nothing")
    func isSlug() {
        let texts = [
            "", "a", "al-quds-brigade", "a1-b2", "-a", "a-", "a--b", "A", "al quds", "al_quds", "kata'ib", "é", "actor", "-", "2024",
        ]
        for text in texts { #expect(Actor.isSlug(text) == (Actor.slug(text) == text), "\(text)") }
        #expect(Actor.isSlug("al-quds-brigade") && !Actor.isSlug("a--b") && !Actor.isSlug(""))
    }

    @Test("letters beyond ASCII that fold to none separate words, and a name of only such letters is `actor`")
    func slugsBeyondASCII() {
        #expect(Actor.slug("東京 Tokyo 2") == "tokyo-2")
        #expect(Actor.slug("Ansar Аллах Allah") == "ansar-allah")
        #expect(Actor.slug("Ali—Baba") == "ali-baba")
        #expect(Actor.slug("Хезболла") == "actor")
    }
}
