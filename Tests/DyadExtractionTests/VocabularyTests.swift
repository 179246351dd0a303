import Testing

@testable import DyadExtraction

/// The vocabulary interns folded words and finds them again by their bytes, as they are or folded from ASCII text.
@Suite("Vocabulary")
struct VocabularyTests {
    /// A vocabulary of `count` distinct words, enough to grow the table several times.
    static func words(_ count: Int) -> [String] { (0..<count).map { "w\($0)x" } }

    @Test("every interned word keeps its id through the table's growth, and unknown words have none")
    func internAndLookup() {
        var vocabulary = Vocabulary()
        let words = Self.words(5_000)
        let ids = words.map { vocabulary.intern($0) }
        #expect(ids == (0..<Int32(words.count)).map { $0 })
        #expect(words.map { vocabulary.lookup($0) } == ids.map { Optional($0) })
        #expect(vocabulary.intern("w17x") == 17)
        #expect(vocabulary.lookup("w17") == nil)
        #expect(vocabulary.lookup("w5000x") == nil)
        #expect(vocabulary.word(42) == "w42x")
    }

    @Test("a word's tags come back with its id, and survive the table's growth")
    func tags() {
        var vocabulary = Vocabulary()
        let iran = vocabulary.intern("iran")
        vocabulary.setTags(0b101, of: iran)
        for word in Self.words(3_000) { vocabulary.intern(word) }
        #expect(vocabulary.lookupTagged("iran")?.id == iran)
        #expect(vocabulary.lookupTagged("iran")?.tags == 0b101)
        #expect(vocabulary.lookupTagged("w5x")?.tags == 0)
        #expect(vocabulary.lookup("iran") == iran)
    }

    @Test("the pack's tokenizer flags the words that start a name or a cue, or meet a pattern's clause")
    func tokenFlags() throws {
        let extractor = try PatternPrefilterTests.extractor(rule: "@A [support] @B")
        let text = Array("Iran does not back Syria.".utf8)
        var tokens: [Token] = []
        text.withUnsafeBufferPointer { extractor.pack.tokenizer.tokenize($0, into: &tokens) }
        #expect(tokens.map { $0.has(Token.startsName) } == [true, false, false, false, true, false])
        #expect(tokens[3].has(Token.inPrefilter))
        #expect(!tokens[0].has(Token.inPrefilter))
        #expect(tokens[2].has(Token.startsCue))
        #expect(!tokens[4].has(Token.startsCue))
    }

    @Test("a word of the text is found with its capitals folded, in place")
    func foldedLookup() {
        var vocabulary = Vocabulary()
        for word in Self.words(300) { vocabulary.intern(word) }
        let iran = vocabulary.intern("iran")
        let text = Array("IRAN, Iran and W7X; Irani".utf8)
        text.withUnsafeBufferPointer { buffer in
            #expect(vocabulary.lookupFoldingASCII(buffer, 0, 4)?.id == iran)
            #expect(vocabulary.lookupFoldingASCII(buffer, 6, 10)?.id == iran)
            #expect(vocabulary.lookupFoldingASCII(buffer, 15, 18)?.id == 7)
            #expect(vocabulary.lookupFoldingASCII(buffer, 20, 25) == nil)
            #expect(vocabulary.lookupFoldingASCII(buffer, 4, 4) == nil)
        }
    }
}
