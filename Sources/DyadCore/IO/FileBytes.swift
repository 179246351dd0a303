#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading whole files and standard input as bytes, with errors that name the path.
public enum FileBytes {
    /// Reads all of `path` (`-` for standard input).
    /// - Throws: ``GraphFileError`` with code `io` when the file cannot be opened or read.
    public static func read(_ path: String) throws(GraphFileError) -> [UInt8] {
        let (fd, size) = try openForReading(path)
        defer { if fd != 0 { close(fd) } }
        var result: [UInt8] = []
        if size > 0 { result.reserveCapacity(size) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = try readChunk(fd, into: &chunk, path: path)
            if count == 0 { break }
            result.append(contentsOf: chunk[0..<count])
        }
        return result
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
    /// - Throws: ``GraphFileError`` for I/O failures, or what `body` throws.
    public static func forEachLine(_ path: String, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
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
                var index = 0
                while index < all.count {
                    if all[index] == 0x0A {
                        try body(UnsafeBufferPointer(rebasing: all[start..<index]), line)
                        line += 1
                        start = index + 1
                    }
                    index += 1
                }
                if atEnd, start < all.count {
                    try body(UnsafeBufferPointer(rebasing: all[start..<all.count]), line)
                    start = all.count
                }
                consumed = start
            }
            buffer.removeFirst(consumed)
        }
    }
}
