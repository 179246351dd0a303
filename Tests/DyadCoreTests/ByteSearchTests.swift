import Testing

@testable import DyadCore

@Suite("UnsafeBufferPointer.firstIndex(of:in:)")
struct ByteSearchTests {
    @Test("finds the first byte in the range only, as a byte-by-byte search does")
    func asByteByByte() {
        let bytes: [UInt8] = Array("ab\ncd\n\nef".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for lower in 0...buffer.count {
                for upper in lower...buffer.count {
                    let expected = (lower..<upper).first { buffer[$0] == 0x0A }
                    #expect(buffer.firstIndex(of: 0x0A, in: lower..<upper) == expected, "\(lower)..<\(upper)")
                }
            }
            #expect(buffer.firstIndex(of: 0x00, in: 0..<buffer.count) == nil)
        }
    }
}
