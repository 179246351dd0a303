import Dispatch

/// Writes chunks to a descriptor on a thread of its own, in the order given, so the producer
/// encodes the next chunks while the kernel copies the last ones: a large graph's encoding on all
/// cores and its writing overlap instead of taking turns.
///
/// At most ``maxWaiting`` chunks wait at a time (the producer blocks beyond that), so memory stays
/// bounded. The first failure stops the writing: later chunks are dropped, and it is thrown by the
/// next chunk's ``write(_:)`` or at the end. ``write(to:path:_:)`` is the one way to use it: it waits for the
/// writer's thread however the producer ends, so the descriptor is never closed under a pending write.
final class ChunkWriter: Sendable {
    /// How many chunks may wait to be written.
    static let maxWaiting = 8

    private let fd: Int32
    private let path: String
    /// Where the chunks go when they are written straight to the disk (see ``DirectOutput``).
    private let direct: DirectOutput?
    private let queue = DispatchQueue(label: "dyad.chunk-writer")
    private let room = DispatchSemaphore(value: ChunkWriter.maxWaiting)
    private let failure = Locked<GraphFileError?>(nil)

    /// Runs `produce`, writing each chunk it emits to `fd` on the writer's thread, and returns (or throws) once
    /// nothing is being written any more.
    /// - Parameters:
    ///   - fd: An open descriptor.
    ///   - path: What errors name.
    ///   - direct: Whether `fd` is a new, empty regular file that is flushed to disk afterwards, so its bytes may go
    ///     straight to the disk (``DirectOutput``) where the file system takes that.
    ///   - produce: Calls its argument with each chunk of bytes, in order.
    /// - Returns: How many bytes were written.
    /// - Throws: `produce`'s error, or ``GraphFileError`` for the first chunk that could not be written.
    @discardableResult
    static func write(
        to fd: Int32, path: String, direct: Bool = false, _ produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void
    ) throws -> Int {
        let writer = ChunkWriter(fd: fd, path: path, direct: direct ? DirectOutput(fd: fd, path: path) : nil)
        // However `produce` ends, the queued chunks are written (or dropped after a failure) before returning, and a
        // direct output's descriptor gets its flags back.
        defer { writer.queue.sync { writer.finishDirect() } }
        var length = 0
        try produce { chunk in
            try writer.write(chunk)
            length += chunk.count
        }
        writer.queue.sync { writer.finishDirect() }
        if let error = writer.failure.withLock({ $0 }) { throw error }
        return length
    }

    private init(fd: Int32, path: String, direct: DirectOutput?) {
        self.fd = fd
        self.path = path
        self.direct = direct
    }

    /// On the writer's thread: writes what a direct output still stages (unless a chunk failed) and restores its
    /// descriptor. Finishing twice does nothing more.
    private func finishDirect() {
        guard let direct else { return }
        do throws(GraphFileError) {
            if failure.withLock({ $0 == nil }) { try direct.finish() } else { direct.restore() }
        } catch {
            failure.withLock { $0 = error }
        }
    }

    /// Queues `chunk` behind the chunks before it.
    /// - Throws: The error of an earlier chunk, if one failed.
    private func write(_ chunk: [UInt8]) throws(GraphFileError) {
        if let error = failure.withLock({ $0 }) { throw error }
        room.wait()
        queue.async { [self] in
            defer { room.signal() }
            guard failure.withLock({ $0 == nil }) else { return }
            do throws(GraphFileError) {
                if let direct {
                    try direct.write(chunk)
                } else {
                    try AtomicFile.writeAll(chunk, to: fd, path: path)
                }
            } catch {
                failure.withLock { $0 = error }
            }
            ByteBufferPool.shared.give(chunk)
        }
    }
}
