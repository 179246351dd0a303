/// The name words one edit away from the unknown words looked up so far (see ``FuzzyNameIndex``), kept from one
/// document to the next: a corpus of short documents repeats its unknown words from one document to the next.
///
/// A document's run takes a memo from its pack (``CompiledPack/takeFuzzyMemo()``) and gives it back when it ends, so
/// each memo serves one run at a time, on one thread: a repeated word is found from its bytes, without a lock, a
/// `String` or a hash table shared between threads. A memo holds at most ``limit`` words and starts again empty when
/// full.
final class FuzzyMemo: @unchecked Sendable {
    /// The most words a memo holds.
    static let limit = 1 << 16

    /// The words looked up (folded), and by each one's id there the name words one edit away from it.
    private var words = Vocabulary()
    private var found: [[Int32]] = []

    /// The candidates remembered for the word spelt by `text[start..<end]` (ASCII, folded as it is read), if any.
    func candidates(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [Int32]? {
        words.lookupFoldingASCII(text, start, end).map { found[Int($0.id)] }
    }

    /// The candidates remembered for a folded word, if any.
    func candidates(_ word: String) -> [Int32]? {
        words.lookup(word).map { found[Int($0)] }
    }

    /// Remembers a folded word's candidates.
    func remember(_ word: String, _ candidates: [Int32]) {
        if found.count >= FuzzyMemo.limit {
            words = Vocabulary()
            found = []
        }
        words.intern(word)
        found.append(candidates)
    }
}
