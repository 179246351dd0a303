#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of a whole input: a regular file mapped into memory read-only (no copy, pages shared
/// with the system's file cache), or a copy of bytes already in memory; either way at an address that
/// stays put while the image lives, so readers may keep pointers into it.
///
/// ``read(_:)`` makes the same checks as ``FileBytes/read(_:limit:limitName:)`` and reports the same
/// errors (it hands anything but a plain regular file, and a file holding a NUL byte, to it).
/// The mapping is private to the process, so a file replaced meanwhile (an atomic rewrite by a
/// `-o` onto the input) leaves what was read unchanged.
final class FileImage: Sendable {
    /// The bytes, at an address that stays put while the image lives (a mapping, or a copy it owns).
    nonisolated(unsafe) let buffer: UnsafeBufferPointer<UInt8>
    /// Whether ``buffer`` is a mapping to release (else memory to free).
    private let isMapped: Bool

    /// Holds a copy of bytes already in memory.
    init(_ bytes: [UInt8]) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
        _ = copy.initialize(from: bytes)
        buffer = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(copy)[0..<bytes.count])
        isMapped = false
    }

    private init(mapping: UnsafePointer<UInt8>, count: Int) {
        buffer = UnsafeBufferPointer(start: mapping, count: count)
        isMapped = true
    }

    deinit {
        guard let base = buffer.baseAddress else { return }
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: base), buffer.count)
        } else {
            UnsafeMutablePointer(mutating: base).deallocate()
        }
    }

    /// How many bytes there are.
    var count: Int { buffer.count }

    /// Files at least this large are mapped; smaller ones are read.
    static let mappingThreshold = 1 << 20

    /// Maps `path` (`-` for standard input is read).
    /// - Parameter limit: The most bytes to accept (``InputLimits/fileBytes`` by default).
    /// - Throws: ``GraphFileError`` exactly as ``FileBytes/read(_:limit:limitName:)`` throws it.
    static func read(_ path: String, limit: Int = InputLimits.fileBytes) throws(GraphFileError) -> FileImage {
        guard let size = FileBytes.size(of: path), size >= mappingThreshold, size <= limit else {
            return FileImage(try FileBytes.read(path, limit: limit))
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return FileImage(try FileBytes.read(path, limit: limit)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == size else {
            return FileImage(try FileBytes.read(path, limit: limit))
        }
        #if os(Linux)
            let flags = MAP_PRIVATE | MAP_POPULATE
        #else
            let flags = MAP_PRIVATE
        #endif
        guard let raw = mmap(nil, size, PROT_READ, flags, fd, 0), raw != MAP_FAILED else {
            return FileImage(try FileBytes.read(path, limit: limit))
        }
        let image = FileImage(mapping: UnsafePointer(raw.assumingMemoryBound(to: UInt8.self)), count: size)
        // Text only: a NUL byte gets the reader's located error.
        if image.withUnsafeBufferPointer({ $0.firstIndex(of: 0, in: 0..<$0.count) }) != nil {
            return FileImage(try FileBytes.read(path, limit: limit))
        }
        return image
    }

    /// Calls `body` with the bytes.
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(buffer)
    }

    /// A copy of the bytes in an array.
    var bytes: [UInt8] { Array(buffer) }
}
