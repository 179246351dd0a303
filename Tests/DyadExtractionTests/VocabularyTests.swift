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

    @Test("a word of the text is found with its capitals folded, in place")
    func foldedLookup() {
        var vocabulary = Vocabulary()
        for word in Self.words(300) { vocabulary.intern(word) }
        let iran = vocabulary.intern("iran")
        let text = Array("IRAN, Iran and W7X; Irani".utf8)
        text.withUnsafeBufferPointer { buffer in
            #expect(vocabulary.lookupFoldingASCII(buffer, 0, 4) == iran)
            #expect(vocabulary.lookupFoldingASCII(buffer, 6, 10) == iran)
            #expect(vocabulary.lookupFoldingASCII(buffer, 15, 18) == 7)
            #expect(vocabulary.lookupFoldingASCII(buffer, 20, 25) == nil)
            #expect(vocabulary.lookupFoldingASCII(buffer, 4, 4) == nil)
        }
    }
}
