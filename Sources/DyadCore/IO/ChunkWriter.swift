import Dispatch

/// Writes chunks to a descriptor on a thread of its own, in the order given, so the producer
/// encodes the next chunks while the kernel copies the last ones: a large graph's encoding on all
/// cores and its writing overlap instead of taking turns.
///
/// At most ``maxWaiting`` chunks wait at a time (the producer blocks beyond that), so memory stays
/// bounded. The first failure stops the writing: later chunks are dropped, and ``write(_:)`` and
/// ``finish()`` throw it.
final class ChunkWriter: @unchecked Sendable {
    /// How many chunks may wait to be written.
    static let maxWaiting = 8

    private let fd: Int32
    private let path: String
    private let queue = DispatchQueue(label: "dyad.chunk-writer")
    private let room = DispatchSemaphore(value: ChunkWriter.maxWaiting)
    private let failure = Locked<GraphFileError?>(nil)

    /// A writer to an open descriptor; `path` names it in errors.
    init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    /// Queues `chunk` behind the chunks before it.
    /// - Throws: The error of an earlier chunk, if one failed.
    func write(_ chunk: [UInt8]) throws(GraphFileError) {
        if let error = failure.withLock({ $0 }) { throw error }
        room.wait()
        queue.async { [self] in
            defer { room.signal() }
            guard failure.withLock({ $0 == nil }) else { return }
            do throws(GraphFileError) {
                try AtomicFile.writeAll(chunk, to: fd, path: path)
            } catch {
                failure.withLock { $0 = error }
            }
            ByteBufferPool.shared.give(chunk)
        }
    }

    /// Waits until every queued chunk is written.
    /// - Throws: The error of the first chunk that failed.
    func finish() throws(GraphFileError) {
        queue.sync {}
        if let error = failure.withLock({ $0 }) { throw error }
    }
}
