import DyadCore
import Testing

@testable import DyadExtraction

@Suite("Tokenizer and sentences")
struct TokenizerTests {
    func tokens(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var out: [Token] = []
        let scalars = Array(text.unicodeScalars)
        return bytes.withUnsafeBufferPointer { buffer in
            Tokenizer(vocabulary: Vocabulary()).tokenize(buffer, into: &out)
            return out.map { t in
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[Int(t.scalarStart)..<Int(t.scalarEnd)])
                return String(s)
            }
        }
    }

    @Test("scalar offsets slice the original text on the seed's tricky characters")
    func trickyCharacters() {
        #expect(tokens("the crumbling Ba’ath regime") == ["the", "crumbling", "Ba’ath", "regime"])
        #expect(tokens("Imam Ali’s base") == ["Imam", "Ali", "’s", "base"])
        #expect(tokens("the Iranian-affiliated al-Quds Brigade") == ["the", "Iranian", "-", "affiliated", "al", "-", "Quds", "Brigade"])
        #expect(tokens("Dayro Zcuro (Deir ez-Zor)") == ["Dayro", "Zcuro", "(", "Deir", "ez", "-", "Zor", ")"])
        #expect(tokens("“Zionist regime,”” says") == ["“", "Zionist", "regime", ",", "”", "”", "says"])
        #expect(tokens("SYRIA – After") == ["SYRIA", "–", "After"])
    }

    @Test("a token holding a byte outside ASCII says so, whatever its kind")
    func nonASCIIFlag() {
        let text = "Iran’s Gülen – Hamas — yes"
        let bytes = Array(text.utf8)
        var out: [Token] = []
        bytes.withUnsafeBufferPointer { Tokenizer(vocabulary: Vocabulary()).tokenize($0, into: &out) }
        let flagged = out.map { $0.has(Token.nonASCII) }
        let expected = out.map { t in bytes[Int(t.start)..<Int(t.end)].contains { $0 >= 0x80 } }
        #expect(flagged == expected)
        #expect(flagged.contains(true) && flagged.contains(false))
    }

    @Test("dotted acronyms and decimals stay whole")
    func acronyms() {
        #expect(tokens("the U.S. said 3.5 million") == ["the", "U.S.", "said", "3.5", "million"])
    }

    @Test("abbreviations do not end sentences; blank lines do")
    func sentences() {
        let result = Fixture.extract("Gen. Smith said Iran attacked Israel. Then Russia left\n\nIran and Israel are overt enemies")
        #expect(result.sentenceCount == 3)
    }

    @Test("names fold case, diacritics and curly quotes")
    func folding() {
        #expect(CompiledPack.words("Ba’ath Regime") == ["ba'ath", "regime"])
    }

    /// How many tokens of `text` read as quotation marks and how many as apostrophes.
    func quoteCounts(_ text: String) -> (quotes: Int, apostrophes: Int) {
        let bytes = Array(text.utf8)
        var out: [Token] = []
        var vocabulary = Vocabulary()
        let quote = vocabulary.intern("\""), apostrophe = vocabulary.intern("'")
        bytes.withUnsafeBufferPointer { Tokenizer(vocabulary: vocabulary).tokenize($0, into: &out) }
        return (out.filter { $0.id == quote }.count, out.filter { $0.id == apostrophe }.count)
    }

    @Test("curly single quotes around a word are quotation marks; an apostrophe stays one")
    func singleQuotes() {
        let text = "\"a\" its \u{2018}occupation\u{2019} and Russia\u{2019}s rebels\u{2019} leader"
        let counts = quoteCounts(text)
        #expect(counts.apostrophes > 0)
        // The two plain quotes and the two curly single ones; not the possessive nor the plural's apostrophe.
        #expect(counts.quotes == 4)
        #expect(tokens(text).contains("\u{2019}s"))
    }

    @Test("straight single quotes around a word are quotation marks too; possessive apostrophes are not")
    func straightSingleQuotes() {
        let text = "Chad's 'blockade' of the rebels' port"
        let counts = quoteCounts(text)
        #expect(counts.quotes == 2)
        #expect(counts.apostrophes == 1)
        #expect(tokens(text).contains("'s"))
    }

    @Test("a very long line without punctuation ends in bounded time")
    func longLine() {
        let text = String(repeating: "Iran attacked Israel and ", count: 40_000)
        let result = Fixture.extract(text)
        #expect(result.sentenceCount > 1000)
    }
}
