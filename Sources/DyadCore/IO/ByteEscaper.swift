/// The loop every text escaper shares (JSON strings, XML and HTML): walks the UTF-8 bytes,
/// copies runs of plain bytes at once, and writes a replacement where the language asks for one.
package enum ByteEscaper {
    /// A set of byte values, as four 64-bit masks.
    package struct ByteSet: Sendable {
        @usableFromInline var masks: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        /// The bytes below 0x20 and `others`.
        package init(controlsAnd others: [UInt8]) {
            masks.0 = 0xFFFF_FFFF
            for byte in others { insert(byte) }
        }

        /// Adds a byte value.
        package mutating func insert(_ byte: UInt8) {
            let bit = UInt64(1) << (byte & 63)
            switch byte >> 6 {
            case 0: masks.0 |= bit
            case 1: masks.1 |= bit
            case 2: masks.2 |= bit
            default: masks.3 |= bit
            }
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
        func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
            var runStart = 0
            var index = 0
            while index < utf8.count {
                guard candidates.contains(utf8[index]), let (escaped, width) = replacement(utf8, index) else {
                    index += 1
                    continue
                }
                if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                out.append(contentsOf: escaped.utf8)
                index += width
                runStart = index
            }
            if runStart < utf8.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count])) }
        }
        // A native string lends its bytes; copying it to call the mutating `withUTF8` would retain it.
        if text.utf8.withContiguousStorageIfAvailable({ escape($0) }) == nil {
            var copy = text
            copy.withUTF8 { escape($0) }
        }
    }

    /// Whether the bytes at `index` encode U+2028 or U+2029 (line and paragraph separators); the last byte if so.
    @inlinable
    package static func separator(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt8? {
        guard utf8[index] == 0xE2, index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9
        else { return nil }
        return utf8[index + 2]
    }
}
