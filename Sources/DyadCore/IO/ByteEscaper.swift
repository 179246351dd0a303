/// The loop every text escaper shares (JSON strings, XML and HTML): walks the UTF-8 bytes,
/// copies runs of plain bytes at once, and writes a replacement where the language asks for one.
package enum ByteEscaper {
    /// Appends `text` to `out`, replacing the bytes `replacement` names.
    /// - Parameters:
    ///   - text: The text to escape.
    ///   - out: The buffer to append to.
    ///   - replacement: For the byte at an index of the UTF-8 bytes, the text to write instead and how many
    ///     bytes it replaces, or `nil` to keep the byte.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    @inlinable
    package static func append(
        _ text: String, to out: inout [UInt8], _ replacement: (UnsafeBufferPointer<UInt8>, Int) -> (text: String, width: Int)?
    ) {
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            while index < utf8.count {
                guard let (escaped, width) = replacement(utf8, index) else {
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
    }

    /// Whether the bytes at `index` encode U+2028 or U+2029 (line and paragraph separators); the last byte if so.
    @inlinable
    package static func separator(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt8? {
        guard utf8[index] == 0xE2, index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9
        else { return nil }
        return utf8[index + 2]
    }
}
