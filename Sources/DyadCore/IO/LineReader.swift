#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file (or standard input) one line at a time, on demand, in chunks:
/// memory stays bounded by the chunk and the longest line, whatever the file's size.
///
/// Several readers can be open at once and advanced in any order, which is what a
/// streamed merge of many files needs (``FileBytes/forEachLine(_:_:)`` pushes lines instead).
public final class LineReader {
    /// The path read (`-` for standard input), for messages.
    public let path: String
    /// The 1-based number of the line ``next()`` returned last (0 before the first).
    public private(set) var lineNumber = 0
    /// How many bytes of the file the lines returned so far span, newlines included.
    public private(set) var bytesRead = 0
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var chunk: [UInt8]
    /// The longest line accepted, in bytes; a longer one is an error rather than unbounded memory.
    public let maximumLineLength: Int

    /// Opens `path` (`-` for standard input).
    /// - Parameters:
    ///   - path: The file, or `-`.
    ///   - chunkSize: How many bytes each read asks for.
    ///   - maximumLineLength: The longest line accepted (256 MB by default).
    /// - Throws: ``GraphFileError`` with code `io` when it cannot be opened or is a folder.
    public init(path: String, chunkSize: Int = 256 << 10, maximumLineLength: Int = 256 << 20) throws(GraphFileError) {
        self.path = path
        self.maximumLineLength = maximumLineLength
        chunk = [UInt8](repeating: 0, count: max(1, chunkSize))
        fd = path == "-" ? 0 : open(path, O_RDONLY)
        guard fd >= 0 else {
            throw GraphFileError(path: path, code: .io, message: "cannot open: \(AtomicFile.systemError())")
        }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            if fd != 0 { close(fd) }
            throw GraphFileError(path: path, code: .io, message: "is a folder; expected a file")
        }
    }

    deinit { if fd > 0 { close(fd) } }

    /// Calls `body` with the next line (without its newline), or returns `nil` at the end of the file.
    /// The buffer is only valid inside `body`.
    /// - Throws: ``GraphFileError`` with code `io` when reading fails, `syntax` for a line longer than
    ///   ``maximumLineLength``, or what `body` throws.
    public func next<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) throws -> T? {
        // Where the search for the newline goes on from: the bytes before it (of this line) were searched already.
        var searched = start
        while true {
            if let newline = newlineIndex(from: searched) {
                let range = start..<newline
                bytesRead += newline + 1 - start
                start = newline + 1
                lineNumber += 1
                return try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let range = start..<buffer.count
                bytesRead += buffer.count - start
                start = buffer.count
                lineNumber += 1
                return try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
            }
            if buffer.count - start > maximumLineLength {
                throw GraphFileError(
                    path: path, code: .syntax,
                    message: "line is longer than \(maximumLineLength) bytes; expected one JSON object a line",
                    location: SourceLocation(line: lineNumber + 1, column: 1))
            }
            // Past the bytes searched; `fill` moves the line to the front of the buffer.
            let pending = buffer.count - start
            try fill()
            searched = start + pending
        }
    }

    /// The index of the first newline in the buffer from `index` on.
    private func newlineIndex(from index: Int) -> Int? {
        buffer.withUnsafeBufferPointer { $0.firstIndex(of: 0x0A, in: min(index, $0.count)..<$0.count) }
    }

    /// Drops the lines already returned and appends the next chunk of the file.
    private func fill() throws(GraphFileError) {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
                return
            }
            if count == 0 {
                atEnd = true
                return
            }
            if errno != EINTR {
                throw GraphFileError(path: path, code: .io, message: "cannot read: \(AtomicFile.systemError())")
            }
        }
    }
}
