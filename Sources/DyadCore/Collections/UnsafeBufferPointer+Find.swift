#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension UnsafeBufferPointer where Element == UInt8 {
    /// The index of the first `byte` in `range`, or `nil`: found with `memchr`, many bytes a step, where testing one
    /// byte at a time cost several instructions a byte (newlines of a corpus line, backslashes of a JSON string).
    package func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        guard !range.isEmpty, let base = baseAddress, let hit = memchr(base + range.lowerBound, Int32(byte), range.count) else {
            return nil
        }
        return base.distance(to: UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)))
    }
}
