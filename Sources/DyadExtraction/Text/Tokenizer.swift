import DyadCore

/// Splits UTF-8 text into tokens at the byte level, with scalar offsets, folding each token
/// to its vocabulary id.
///
/// Words keep inner apostrophes (`Ba’ath`) and dotted acronyms (`U.S.`); a final `'s` is its own
/// token (`Ali’s` → `Ali`, `’s`); hyphens and dashes are their own tokens, so `al-Quds` is
/// `al`, `-`, `Quds` with no space before the hyphen. Curly quotes and dashes fold to ASCII.
public struct Tokenizer: Sendable {
    /// The vocabulary tokens are looked up in.
    public let vocabulary: Vocabulary
    /// The id and tags of each one-byte ASCII token and of the possessive `'s`, looked up once.
    private let byteIDs: [(id: Int32, tags: UInt8)]
    private let possessive: (id: Int32, tags: UInt8)

    /// Creates a tokenizer over a vocabulary.
    /// - Parameter vocabulary: The pack's vocabulary.
    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        // An empty vocabulary (the tokenizer that only splits pack phrases into words) knows no ids.
        byteIDs = (0..<UInt8(128)).map { byte in
            guard vocabulary.count > 0 else { return (-1, 0) }
            return withUnsafePointer(to: byte) { vocabulary.lookupTagged(UnsafeBufferPointer(start: $0, count: 1)) } ?? (-1, 0)
        }
        possessive = vocabulary.lookupTagged("'s") ?? (-1, 0)
    }

    /// Appends the tokens of `text` to `tokens` (which is emptied first).
    /// - Parameters:
    ///   - text: UTF-8 bytes.
    ///   - tokens: The output buffer, reused between calls.
    /// - Complexity: O(n) in the length of the text.
    public func tokenize(_ text: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
        tokens.removeAll(keepingCapacity: true)
        // About one token per five bytes of prose: reserving that once spares the copies of growing the buffer.
        if tokens.capacity < text.count / 4 { tokens.reserveCapacity(text.count / 4 + 16) }
        // Tokens are gathered in a small block on the stack and appended a block at a time: one `append(contentsOf:)`
        // per block costs less than the uniqueness and capacity checks of an `append` per token.
        withUnsafeTemporaryAllocation(of: Token.self, capacity: Tokenizer.blockSize) { block in
            scan(text, into: &tokens, block: block.baseAddress!)
        }
    }

    /// How many tokens ``tokenize(_:into:)`` gathers before appending them.
    private static let blockSize = 128

    /// The work of ``tokenize(_:into:)``: appends the tokens of `text` to `tokens`, through `block` (room for
    /// ``blockSize`` tokens).
    private func scan(_ text: UnsafeBufferPointer<UInt8>, into tokens: inout [Token], block: UnsafeMutablePointer<Token>) {
        let n = text.count
        var filled = 0
        var i = 0
        var scalar: Int32 = 0
        var pending: UInt16 = 0
        var newlines = 0
        // Inside single quotes (‘occupation’, 'occupation'): the marks are quotation marks, not apostrophes.
        var singleQuoteOpen = false
        while i < n {
            let b = text[i]
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A || b == 0x0C {
                pending |= Token.spaceBefore
                if b == 0x0A { newlines += 1; pending |= Token.newlineBefore; if newlines >= 2 { pending |= Token.paragraphBefore } }
                i += 1; scalar += 1
                continue
            }
            var value: UInt32 = UInt32(b)
            var length = 1
            if b >= 0x80 { (value, length) = Tokenizer.decode(text, at: i) }
            if b >= 0x80, Tokenizer.isSpace(value) {
                pending |= Token.spaceBefore
                i += length; scalar += 1
                continue
            }
            let start = i, scalarStart = scalar
            var flags = pending
            pending = 0
            newlines = 0
            if Tokenizer.isWordStart(value) {
                var j = i
                var segment = 0
                var sawDot = false
                var nonASCII = false
                var lowerCount = 0, upperCount = 0
                // Bytes of the word beyond its scalars (the continuation bytes of its non-ASCII characters).
                var extraBytes = 0
                // The vocabulary's hash of the folded bytes `start..<hashed`, taken while they are read.
                var hash = Vocabulary.hashBasis
                var hashed = i
                while j < n {
                    while hashed < j {
                        hash = Vocabulary.hashStep(hash, text[hashed])
                        hashed &+= 1
                    }
                    // ASCII letters and digits, most of every word: one tight loop counts and hashes them.
                    while j < n {
                        let c = text[j]
                        if c &- 0x61 < 26 {
                            lowerCount &+= 1
                        } else if c &- 0x41 < 26 {
                            upperCount &+= 1
                        } else if c &- 0x30 >= 10 {
                            break
                        }
                        hash = Vocabulary.hashStep(hash, c)
                        j &+= 1; segment &+= 1
                    }
                    hashed = j
                    guard j < n else { break }
                    let c = text[j]
                    var v: UInt32 = UInt32(c), len = 1
                    if c >= 0x80 { (v, len) = Tokenizer.decode(text, at: j) }
                    if Tokenizer.isWordChar(v) {
                        nonASCII = true  // an ASCII word character took the short path
                        extraBytes += len - 1
                        j += len; segment += 1
                        continue
                    }
                    if Tokenizer.isApostrophe(v), j + len < n {
                        let next = text[j + len]
                        let nextIsLetter = Tokenizer.isASCIILetter(next) || next >= 0x80
                        if nextIsLetter {
                            // A final 's is a separate possessive token.
                            if next == 0x73 || next == 0x53 {
                                let after = j + len + 1
                                if after >= n || !Tokenizer.isWordByte(text[after]) { break }
                            }
                            if c >= 0x80 { nonASCII = true }
                            extraBytes += len - 1
                            j += len; segment = 0
                            continue
                        }
                        break
                    }
                    if c == 0x2E, j + 1 < n {
                        // Dotted acronyms (U.S.) and decimals (3.5).
                        let next = text[j + 1]
                        if segment == 1, upperCount > 0, next >= 0x41, next <= 0x5A {
                            j += 1; segment = 0; sawDot = true; continue
                        }
                        if sawDot, segment == 1 { j += 1; break }
                        if next >= 0x30, next <= 0x39, j > i, text[j - 1] >= 0x30, text[j - 1] <= 0x39 { j += 1; continue }
                        break
                    }
                    if c == 0x2E, sawDot, segment == 1 { j += 1; break }
                    if c == 0x2C, j + 1 < n, j > i, text[j - 1] >= 0x30, text[j - 1] <= 0x39, text[j + 1] >= 0x30, text[j + 1] <= 0x39 {
                        j += 1; continue
                    }
                    break
                }
                while hashed < j {
                    hash = Vocabulary.hashStep(hash, text[hashed])
                    hashed &+= 1
                }
                let scalars = Int32(j - start - extraBytes)
                flags |= Token.word
                if b >= 0x30 && b <= 0x39 {
                    flags |= Token.digit
                } else if b >= 0x41 && b <= 0x5A {
                    flags |= Token.capitalized
                } else if b >= 0x61 && b <= 0x7A {
                    flags |= Token.lowercase
                } else if b >= 0x80 {
                    if let s = Unicode.Scalar(value), s.properties.isUppercase {
                        flags |= Token.capitalized
                    } else {
                        flags |= Token.lowercase
                    }
                }
                if upperCount >= 2, lowerCount == 0 { flags |= Token.allCaps }
                if nonASCII { flags |= Token.nonASCII }
                let (id, tags) = nonASCII ? foldSlow(text, start, j) : vocabulary.lookupFoldingASCII(hash: hash, text, start, j) ?? (-1, 0)
                flags |= UInt16(tags) << Token.tagShift
                Tokenizer.emit(
                    Token(
                        start: Int32(start), end: Int32(j), scalarStart: scalarStart, scalarEnd: scalarStart + scalars, id: id, flags: flags
                    ), block, &filled, &tokens)
                i = j; scalar += scalars
                continue
            }
            // Punctuation: one scalar, except a possessive 's.
            if b >= 0x80 { flags |= Token.nonASCII }
            var end = i + length
            var scalars: Int32 = 1
            var folded: UInt8 = 0
            let nextIsWord = end < n && Tokenizer.isWordByte(text[end])
            let first = filled == 0 && tokens.isEmpty
            if value == 0x2018 || value == 0x27, first || flags & Token.spaceBefore != 0, nextIsWord {
                folded = 0x22
                singleQuoteOpen = true
            } else if value == 0x2019 || value == 0x27, singleQuoteOpen, !nextIsWord, flags & Token.spaceBefore == 0 {
                folded = 0x22
                singleQuoteOpen = false
            } else if Tokenizer.isApostrophe(value) {
                folded = 0x27
                if end < n, text[end] == 0x73 || text[end] == 0x53, end + 1 >= n || !Tokenizer.isWordByte(text[end + 1]),
                    !first, flags & Token.spaceBefore == 0
                {
                    end += 1; scalars = 2
                }
            } else if value == 0x201C || value == 0x201D || value == 0x201E || value == 0xAB || value == 0xBB || value == 0x22 {
                folded = 0x22
            } else if value == 0x2D || (value >= 0x2010 && value <= 0x2015) || value == 0x2212 {
                folded = 0x2D
                // An em dash or a horizontal bar never joins a compound ("the pact—a coalition of …—held"):
                // it reads as spaced on both sides.
                if value == 0x2014 || value == 0x2015 {
                    flags |= Token.spaceBefore
                    pending |= Token.spaceBefore
                }
            } else if value < 0x80 {
                folded = UInt8(value)
            } else if value == 0x2026 {
                folded = 0x2E
            } else {
                folded = 0x2A  // other symbols fold to '*'
            }
            let (id, tags) = scalars == 2 ? possessive : punctuationID(folded)
            flags |= UInt16(tags) << Token.tagShift
            Tokenizer.emit(
                Token(start: Int32(i), end: Int32(end), scalarStart: scalarStart, scalarEnd: scalarStart + scalars, id: id, flags: flags),
                block, &filled, &tokens)
            i = end; scalar += scalars
        }
        tokens.append(contentsOf: UnsafeBufferPointer(start: block, count: filled))
    }

    /// Puts `token` in the block after the `filled` tokens there, and appends the block to `tokens` when it is full.
    @inline(__always)
    private static func emit(_ token: Token, _ block: UnsafeMutablePointer<Token>, _ filled: inout Int, _ tokens: inout [Token]) {
        (block + filled).initialize(to: token)
        filled &+= 1
        if filled == blockSize {
            tokens.append(contentsOf: UnsafeBufferPointer(start: block, count: filled))
            filled = 0
        }
    }

    /// The id and tags of a one-byte punctuation mark.
    @inline(__always)
    private func punctuationID(_ byte: UInt8) -> (Int32, UInt8) { byte < 0x80 ? byteIDs[Int(byte)] : (-1, 0) }

    /// The folded text of bytes `start..<end` (slow path, for learning and display).
    public static func foldedText(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        // ASCII without white space (every word token) folds byte by byte, as `NameNormalizer.fold` does, with no
        // buffer of its own: a word of up to 15 bytes becomes a string without an allocation.
        var plain = start <= end
        for k in start..<max(start, end) {
            let b = text[k]
            if b >= 0x80 || b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { plain = false; break }
        }
        if plain {
            return String(unsafeUninitializedCapacity: end - start) { buffer in
                for k in 0..<(end - start) {
                    let b = text[start + k]
                    buffer[k] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                }
                return end - start
            }
        }
        return NameNormalizer.fold(String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self))
    }

    private func foldSlow(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int32, UInt8) {
        vocabulary.lookupTagged(Tokenizer.foldedText(text, start, end)) ?? (-1, 0)
    }

    @inline(__always)
    static func decode(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b = text[i]
        let n = text.count
        if b < 0xC0 { return (0xFFFD, 1) }
        if b < 0xE0, i + 1 < n { return ((UInt32(b & 0x1F) << 6) | UInt32(text[i + 1] & 0x3F), 2) }
        if b < 0xF0, i + 2 < n { return ((UInt32(b & 0x0F) << 12) | (UInt32(text[i + 1] & 0x3F) << 6) | UInt32(text[i + 2] & 0x3F), 3) }
        if i + 3 < n {
            return (
                (UInt32(b & 0x07) << 18) | (UInt32(text[i + 1] & 0x3F) << 12) | (UInt32(text[i + 2] & 0x3F) << 6)
                    | UInt32(text[i + 3] & 0x3F), 4
            )
        }
        return (0xFFFD, n - i)
    }

    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool { isASCIILetter(b) || (b >= 0x30 && b <= 0x39) || b >= 0x80 }
    @inline(__always) static func isApostrophe(_ v: UInt32) -> Bool { v == 0x27 || v == 0x2019 || v == 0x2018 || v == 0x02BC || v == 0x60 }
    @inline(__always) static func isSpace(_ v: UInt32) -> Bool {
        v == 0xA0 || (v >= 0x2000 && v <= 0x200B) || v == 0x202F || v == 0x3000 || v == 0xFEFF || v == 0x85
    }

    @inline(__always)
    static func isWordChar(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) }
        if v == 0xFFFD || isSpace(v) || isApostrophe(v) { return false }
        if v >= 0x2000 && v <= 0x2BFF { return false }  // general punctuation, symbols, arrows
        if v == 0xAB || v == 0xBB || v == 0xA7 || v == 0xB0 || v == 0xB7 || v == 0xD7 || v == 0xF7 { return false }
        if v >= 0xA1 && v <= 0xBF { return false }
        return true
    }

    @inline(__always) static func isWordStart(_ v: UInt32) -> Bool { isWordChar(v) }
}
