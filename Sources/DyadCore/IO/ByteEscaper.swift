/// The loop every text escaper shares (JSON strings, XML and HTML): walks the UTF-8 bytes,
/// copies runs of plain bytes at once, and writes a replacement where the language asks for one.
package enum ByteEscaper {
    /// A set of byte values, as four 64-bit masks.
    package struct ByteSet: Sendable {
        @usableFromInline var masks: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        /// The set's bytes from 0x20 to 0x7F, each repeated in all eight bytes of a word, for ``mayHold(_:)``; unused
        /// entries repeat 0x00, a control (in every set), so testing them changes nothing.
        @usableFromInline var printable: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
        /// How many entries of `printable` are used; more than six: ``mayHold(_:)`` is not used.
        @usableFromInline var printableCount = 0
        /// Whether the set holds a byte of 0x80 or more.
        @usableFromInline var hasHigh = false

        /// The bytes below 0x20 and `others`.
        package init(controlsAnd others: [UInt8]) {
            masks.0 = 0xFFFF_FFFF
            for byte in others { insert(byte) }
        }

        /// Adds a byte value.
        package mutating func insert(_ byte: UInt8) {
            if contains(byte) { return }
            let bit = UInt64(1) << (byte & 63)
            switch byte >> 6 {
            case 0: masks.0 |= bit
            case 1: masks.1 |= bit
            case 2: masks.2 |= bit
            default: masks.3 |= bit
            }
            if byte >= 0x80 {
                hasHigh = true
            } else if byte >= 0x20 {
                let word = 0x0101_0101_0101_0101 &* UInt64(byte)
                switch printableCount {
                case 0: printable.0 = word
                case 1: printable.1 = word
                case 2: printable.2 = word
                case 3: printable.3 = word
                case 4: printable.4 = word
                case 5: printable.5 = word
                default: break
                }
                printableCount += 1
            }
        }

        /// Whether eight bytes can be tested at once with ``mayHold(_:)``.
        @inlinable
        package var testsWords: Bool { printableCount <= 6 }

        /// Whether one of the eight bytes of `word` may be in the set: `false` only when none is. (Each test is the
        /// classic "has a zero byte" or "has a byte below n" bit trick, exact about whether such a byte exists.)
        @inlinable @inline(__always)
        package func mayHold(_ word: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            @inline(__always) func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
            // Controls (below 0x20), then the high bytes, then each printable member.
            var found = (word &- ones &* 0x20) & ~word & highs
            if hasHigh { found |= word & highs }
            found |= hasZero(word ^ printable.0) | hasZero(word ^ printable.1)
            if printableCount > 2 {
                found |=
                    hasZero(word ^ printable.2) | hasZero(word ^ printable.3) | hasZero(word ^ printable.4)
                    | hasZero(word ^ printable.5)
            }
            return found != 0
        }

        /// Whether the set holds `byte`.
        @inlinable @inline(__always)
        package func contains(_ byte: UInt8) -> Bool {
            let mask: UInt64
            switch byte >> 6 {
            case 0: mask = masks.0
            case 1: mask = masks.1
            case 2: mask = masks.2
            default: mask = masks.3
            }
            return mask & (UInt64(1) << (byte & 63)) != 0
        }
    }

    /// Appends `text` to `out`, replacing the bytes `replacement` names.
    /// - Parameters:
    ///   - text: The text to escape.
    ///   - out: The buffer to append to.
    ///   - candidates: The byte values `replacement` may replace (or start a replaced sequence with); other
    ///     bytes are copied without asking it.
    ///   - replacement: For the byte at an index of the UTF-8 bytes, the text to write instead and how many
    ///     bytes it replaces, or `nil` to keep the byte.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    @inlinable
    package static func append(
        _ text: String, to out: inout [UInt8], candidates: ByteSet,
        _ replacement: (UnsafeBufferPointer<UInt8>, Int) -> (text: String, width: Int)?
    ) {
        withUTF8(of: text) { utf8 in
            escape(
                utf8, candidates: candidates, replacement, copy: { out.append(contentsOf: $0) },
                replace: { out.append(contentsOf: $0.utf8) })
        }
    }

    /// Calls `body` with the UTF-8 bytes of `text`: a native string lends its bytes (copying it to call the
    /// mutating `withUTF8` would retain it); any other is copied first.
    @inlinable
    package static func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// The loop every escaper shares: hands `copy` each run of bytes to keep as they are and `replace` each
    /// replacement, in order, so the escaped text is what they are given one after the other.
    /// - Parameters:
    ///   - utf8: The bytes to escape.
    ///   - candidates: The byte values `replacement` may replace (or start a replaced sequence with).
    ///   - replacement: For the byte at an index, the text to write instead and how many bytes it replaces, or `nil`.
    ///   - copy: Takes a run of bytes kept as they are.
    ///   - replace: Takes a replacement's text.
    /// - Complexity: O(n) in the length of `utf8`, eight bytes at a time where none is a candidate.
    @inlinable
    package static func escape(
        _ utf8: UnsafeBufferPointer<UInt8>, candidates: ByteSet,
        _ replacement: (UnsafeBufferPointer<UInt8>, Int) -> (text: String, width: Int)?,
        copy: (UnsafeBufferPointer<UInt8>) -> Void, replace: (String) -> Void
    ) {
        var runStart = 0
        var index = 0
        let words = candidates.testsWords
        // Whether the last eight bytes were tested (see below).
        var lastWordTested = false
        while index < utf8.count {
            // Eight plain bytes at a time, where none can be a candidate.
            if words, index &+ 8 <= utf8.count,
                !candidates.mayHold(UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self))
            {
                index &+= 8
                continue
            }
            // Fewer than eight bytes left: one test of the last eight (some already passed) clears them all at once.
            if words, !lastWordTested, index &+ 8 > utf8.count, utf8.count >= 8 {
                lastWordTested = true
                if !candidates.mayHold(UnsafeRawPointer(utf8.baseAddress! + utf8.count - 8).loadUnaligned(as: UInt64.self)) {
                    index = utf8.count
                    break
                }
            }
            guard candidates.contains(utf8[index]), let (escaped, width) = replacement(utf8, index) else {
                index += 1
                continue
            }
            if runStart < index { copy(UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
            replace(escaped)
            index += width
            runStart = index
        }
        if runStart < utf8.count { copy(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count])) }
    }

    /// Whether the bytes at `index` encode U+2028 or U+2029 (line and paragraph separators); the last byte if so.
    @inlinable
    package static func separator(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt8? {
        guard utf8[index] == 0xE2, index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9
        else { return nil }
        return utf8[index + 2]
    }
}
