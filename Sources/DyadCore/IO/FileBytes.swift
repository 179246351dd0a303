#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading whole files and standard input as bytes, with errors that name the path.
public enum FileBytes {
    /// Reads all of `path` (`-` for standard input), refusing binary data and inputs larger than `limit`.
    ///
    /// Every input Dyad reads is text, so a NUL byte ends the read at once with its location:
    /// `/dev/zero` or `/dev/urandom` fail in the first chunk instead of filling memory.
    /// - Parameters:
    ///   - path: The file, or `-`.
    ///   - limit: The most bytes to accept (``InputLimits/fileBytes`` by default); a regular
    ///     file is checked before reading, a stream as it arrives.
    ///   - limitName: The environment variable that changes `limit`, named in the error.
    /// - Throws: ``GraphFileError`` with code `io` when the file cannot be opened or read or is too
    ///   large, `encoding` (located) for a NUL byte.
    public static func read(
        _ path: String, limit: Int = InputLimits.fileBytes,
        limitName: String = "DYAD_MAX_FILE_BYTES"
    ) throws(GraphFileError) -> [UInt8] {
        let (fd, size) = try openForReading(path)
        defer { if fd != 0 { close(fd) } }
        guard size <= limit else { throw tooLarge(path, limit: limit, limitName: limitName) }
        var result: [UInt8] = []
        if size > 0 { result.reserveCapacity(size) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = try readChunk(fd, into: &chunk, path: path)
            if count == 0 { break }
            if let nul = chunk.withUnsafeBufferPointer({ $0.firstIndex(of: 0, in: 0..<count) }) {
                throw binaryData(path, prefix: result, chunk: chunk[0..<nul])
            }
            guard result.count + count <= limit else { throw tooLarge(path, limit: limit, limitName: limitName) }
            result.append(contentsOf: chunk[0..<count])
        }
        return result
    }

    /// The error for an input past its size limit.
    static func tooLarge(_ path: String, limit: Int, limitName: String) -> GraphFileError {
        GraphFileError(
            path: path, code: .io,
            message: "the input is larger than \(describe(bytes: limit)); set \(limitName) to allow more")
    }

    /// The error for a NUL byte, located after the `prefix` already read and `chunk` before it.
    private static func binaryData(_ path: String, prefix: [UInt8], chunk: ArraySlice<UInt8>) -> GraphFileError {
        var line = 1, column = 1
        for byte in prefix + chunk {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return GraphFileError(
            path: path, code: .encoding, message: "binary data (a NUL byte); expected text",
            location: SourceLocation(line: line, column: column))
    }

    /// A byte count for messages: `64 MiB`, `2 GiB`, `100 bytes`.
    static func describe(bytes: Int) -> String {
        if bytes >= 1 << 30, bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }

    /// The size of a regular file in bytes, or `nil` for anything else (standard input, folders, missing files).
    public static func size(of path: String) -> Int? {
        guard path != "-" else { return nil }
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Opens `path` (`-` is standard input) and returns the descriptor and the file's size (0 when unknown).
    private static func openForReading(_ path: String) throws(GraphFileError) -> (fd: Int32, size: Int) {
        let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
        guard fd >= 0 else {
            throw GraphFileError(path: path, code: .io, message: "cannot open: \(AtomicFile.systemError())")
        }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            if fd != 0 { close(fd) }
            throw GraphFileError(path: path, code: .io, message: "is a folder; expected a file")
        }
        return (fd, max(0, Int(info.st_size)))
    }

    /// Reads up to `chunk.count` bytes; returns how many (0 at the end), retrying after signals.
    private static func readChunk(_ fd: Int32, into chunk: inout [UInt8], path: String) throws(GraphFileError) -> Int {
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if count >= 0 { return count }
            if errno != EINTR {
                throw GraphFileError(path: path, code: .io, message: "cannot read: \(AtomicFile.systemError())")
            }
        }
    }

    /// Calls `body` with each line of `path` (without its newline) and the line's 1-based number,
    /// reading in chunks so that memory stays bounded by the longest line.
    /// - Parameter lineLimit: The longest line accepted (``InputLimits/lineBytes`` by default).
    /// - Throws: ``GraphFileError`` for I/O failures and a line longer than `lineLimit`, or what `body` throws.
    public static func forEachLine(
        _ path: String, lineLimit: Int = InputLimits.lineBytes,
        _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void
    ) throws {
        let (fd, _) = try openForReading(path)
        defer { if fd != 0 { close(fd) } }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(8 << 20)
        var chunk = [UInt8](repeating: 0, count: 4 << 20)
        var line = 1
        var atEnd = false
        while !atEnd {
            let count = try readChunk(fd, into: &chunk, path: path)
            if count == 0 { atEnd = true } else { buffer.append(contentsOf: chunk[0..<count]) }
            var consumed = 0
            try buffer.withUnsafeBufferPointer { all in
                var start = 0
                while let newline = all.firstIndex(of: 0x0A, in: start..<all.count) {
                    try body(UnsafeBufferPointer(rebasing: all[start..<newline]), line)
                    line += 1
                    start = newline + 1
                }
                if atEnd, start < all.count {
                    try body(UnsafeBufferPointer(rebasing: all[start..<all.count]), line)
                    start = all.count
                }
                consumed = start
            }
            buffer.removeFirst(consumed)
            if buffer.count > lineLimit {
                throw GraphFileError(
                    path: path, code: .io,
                    message: "line is longer than \(describe(bytes: lineLimit)); set DYAD_MAX_LINE_BYTES to allow more",
                    location: SourceLocation(line: line, column: 1))
            }
        }
    }
}
