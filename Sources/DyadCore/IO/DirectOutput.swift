#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a new file's bytes straight to the disk (`O_DIRECT`), through an aligned staging buffer, instead of
/// copying them into the page cache first.
///
/// Every file Dyad replaces is flushed to disk before it is renamed (``AtomicFile``), so the kernel's copy of the
/// bytes into its cache only costs time: on a virtual machine, copying a graph of a few hundred megabytes into the
/// cache and flushing it took several times as long as writing it to the disk directly. The bytes are staged in
/// blocks of ``alignment`` bytes; the last block is padded, written, and the file cut back to its length.
///
/// A file system that does not take direct writes (refusing the flag, or a write with `EINVAL`) gets ordinary writes
/// from then on. The descriptor's flags are restored by ``finish()``, so it can be read and written as before.
/// Used from one thread at a time (the ``ChunkWriter``'s).
final class DirectOutput: @unchecked Sendable {
    /// The alignment of the staging buffer, of every direct write's length and of its offset in the file.
    static let alignment = 4096
    /// How many bytes are staged before they are written.
    static let stagingSize = 4 << 20

    private let fd: Int32
    private let path: String
    private let flags: Int32
    /// The length direct writes are padded to, and the size of the staging buffer (a multiple of it).
    private let blockSize: Int
    private let stagingSize: Int
    private let staging: UnsafeMutableRawPointer
    /// Bytes staged, not yet written.
    private var staged = 0
    /// Bytes written to the file so far (whole blocks while writes are direct).
    private var written = 0
    /// Whether writes still go straight to the disk.
    private var direct = true

    /// Linux's `O_DIRECT`, which the C library's module does not export (it is a GNU extension); `nil` where its value
    /// is not known here.
    private static let directFlag: Int32? = {
        #if os(Linux) && (arch(x86_64) || arch(i386))
            return 0o40000
        #elseif os(Linux) && (arch(arm64) || arch(arm))
            return 0o200000
        #else
            return nil
        #endif
    }()

    /// Turns direct writes on for `fd`, an empty regular file open for writing; `nil` when the system or the file
    /// system does not take them, or does not sit on a block device (the descriptor is then unchanged). `stagingSize` and
    /// `blockSize` are for tests (a block the disk cannot take makes the first direct write fail, as a file system
    /// without them would).
    init?(fd: Int32, path: String, stagingSize: Int = DirectOutput.stagingSize, blockSize: Int = DirectOutput.alignment) {
        precondition(stagingSize > 0 && stagingSize % blockSize == 0, "a staging buffer of whole blocks")
        guard let direct = DirectOutput.directFlag, DirectOutput.isLocal(fd) else { return nil }
        let flags = fcntl(fd, F_GETFL)
        guard flags >= 0, fcntl(fd, F_SETFL, flags | direct) == 0 else { return nil }
        self.fd = fd
        self.path = path
        self.flags = flags
        self.blockSize = blockSize
        self.stagingSize = stagingSize
        staging = UnsafeMutableRawPointer.allocate(byteCount: stagingSize, alignment: DirectOutput.alignment)
    }

    deinit {
        staging.deallocate()
    }

    /// Whether `fd`'s file system sits on a block device (its device's major number is not 0). Network and FUSE file
    /// systems, tmpfs and overlays have anonymous devices: on a network file system each direct write would wait for
    /// the server, where ordinary writes go out in the background and only the final flush waits, so they keep
    /// ordinary writes.
    private static func isLocal(_ fd: Int32) -> Bool {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return false }
        let device = UInt64(info.st_dev)
        // Linux's `major()`: bits 8–19 and 32–43 of the device number.
        return (device >> 8 & 0xFFF) | (device >> 32 & ~0xFFF) != 0
    }

    /// Writes `bytes` after the bytes written before.
    /// - Throws: ``GraphFileError`` with the system's reason.
    func write(_ bytes: [UInt8]) throws(GraphFileError) {
        var offset = 0
        while offset < bytes.count {
            let count = min(bytes.count - offset, stagingSize - staged)
            bytes.withUnsafeBytes { (staging + staged).copyMemory(from: $0.baseAddress! + offset, byteCount: count) }
            staged += count
            offset += count
            if staged == stagingSize { try flush() }
        }
    }

    /// Writes what is staged (its last block padded, then cut off) and restores the descriptor's flags.
    /// - Throws: ``GraphFileError`` with the system's reason.
    func finish() throws(GraphFileError) {
        defer { restore() }
        guard staged > 0 else { return }
        let length = written + staged
        if direct {
            let padded = (staged + blockSize - 1) / blockSize * blockSize
            (staging + staged).initializeMemory(as: UInt8.self, repeating: 0, count: padded - staged)
            staged = padded
        }
        try flush()
        guard ftruncate(fd, off_t(length)) == 0 else {
            throw GraphFileError(path: path, code: .io, message: "cannot write: \(AtomicFile.systemError())")
        }
    }

    /// Restores the descriptor's flags (ordinary writes and reads from now on); what is staged is dropped.
    func restore() {
        _ = fcntl(fd, F_SETFL, flags)
        staged = 0
    }

    /// Writes the staged bytes (whole blocks while writes are direct); a file system that refuses a
    /// direct write gets them, and all later bytes, as ordinary writes (still staged, so they stay in order).
    private func flush() throws(GraphFileError) {
        var done = 0
        while done < staged {
            let result = pwrite(fd, staging + done, staged - done, off_t(written + done))
            if result < 0, errno == EINTR { continue }
            if result < 0, errno == EINVAL, direct {
                // Nothing was written by the refused write: the rest goes through the page cache.
                direct = false
                guard fcntl(fd, F_SETFL, flags) == 0 else { break }
                continue
            }
            guard result > 0 else { break }
            done += result
        }
        guard done == staged else {
            throw GraphFileError(path: path, code: .io, message: "cannot write: \(AtomicFile.systemError())")
        }
        written += staged
        staged = 0
    }
}
