#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of a whole input: a regular file mapped into memory read-only (no copy, pages shared
/// with the system's file cache), or bytes already in memory.
///
/// ``read(_:)`` makes the same checks as ``FileBytes/read(_:limit:limitName:)`` and reports the same
/// errors (it hands anything but a plain regular file, and a file holding a NUL byte, to it).
/// The mapping is private to the process, so a file replaced meanwhile (an atomic rewrite by a
/// `-o` onto the input) leaves what was read unchanged.
final class FileImage: Sendable {
    /// The first byte; `nil` for an empty image.
    nonisolated(unsafe) private let base: UnsafePointer<UInt8>?
    /// How many bytes there are.
    let count: Int
    /// The length of the mapping to release, or 0 when the bytes are in ``array``.
    private let mappedLength: Int
    private let array: [UInt8]

    /// Holds bytes already in memory.
    init(_ bytes: [UInt8]) {
        array = bytes
        count = bytes.count
        mappedLength = 0
        base = nil
    }

    private init(mapping: UnsafePointer<UInt8>, count: Int) {
        array = []
        base = mapping
        self.count = count
        mappedLength = count
    }

    deinit {
        if mappedLength > 0, let base { munmap(UnsafeMutableRawPointer(mutating: base), mappedLength) }
    }

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
        if memchr(raw, 0, size) != nil { return FileImage(try FileBytes.read(path, limit: limit)) }
        return image
    }

    /// Calls `body` with the bytes.
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let base { return try body(UnsafeBufferPointer(start: base, count: count)) }
        return try array.withUnsafeBufferPointer(body)
    }

    /// A copy of the bytes in an array (the array itself when they are in memory).
    var bytes: [UInt8] { base == nil ? array : withUnsafeBufferPointer { Array($0) } }
}
