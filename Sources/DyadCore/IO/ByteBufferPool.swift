/// Byte buffers handed back once their bytes are written, for the next encoder to fill.
///
/// A large graph is encoded in parts of several megabytes each; a fresh buffer for every part is fresh memory the
/// kernel has to map and clear page by page (a fifth of the encoding's time for a 227 MB graph). Taking a written
/// buffer back reuses memory already mapped. At most ``maxPooled`` buffers wait, so the pool stays small.
final class ByteBufferPool: Sendable {
    /// The pool every graph writer shares.
    static let shared = ByteBufferPool()
    /// The most buffers kept for reuse.
    static let maxPooled = 8
    /// Buffers smaller than this are not worth keeping.
    static let minCapacity = 1 << 16
    private let pool = Locked<[[UInt8]]>([])

    /// A buffer with room for at least `capacity` bytes, empty: a pooled one when there is one.
    ///
    /// A pooled buffer is emptied here, not when it is handed back: by now its writer has let go of it, so it is
    /// emptied in place (were it still shared, emptying it would allocate new memory, as a fresh buffer does).
    func take(capacity: Int) -> [UInt8] {
        var buffer = pool.withLock { $0.popLast() } ?? []
        buffer.removeAll(keepingCapacity: true)
        buffer.reserveCapacity(capacity)
        return buffer
    }

    /// Hands back a buffer whose bytes are written and no longer needed.
    func give(_ buffer: [UInt8]) {
        guard buffer.capacity >= ByteBufferPool.minCapacity else { return }
        pool.withLock { if $0.count < ByteBufferPool.maxPooled { $0.append(buffer) } }
    }
}
