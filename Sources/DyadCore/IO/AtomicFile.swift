#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a crash, a full disk or a failed write never leaves a
/// half-written file or loses the one that was there: the bytes go to a
/// temporary file in the same folder, are flushed to disk, and only then
/// replace the target with `rename(2)`.
public enum AtomicFile {
    /// Writes the chunks that `produce` emits to `path`, atomically.
    ///
    /// - Parameters:
    ///   - path: The file to create or replace.
    ///   - produce: Calls its argument with each chunk of bytes, in order.
    /// - Throws: ``GraphFileError`` with code `io` naming the path and the
    ///   system's reason; the original file is then untouched.
    public static func write(to path: String, _ produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void) throws(GraphFileError) {
        let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let template = (directory.isEmpty ? "" : directory) + "/.\(name).tmp-XXXXXX"
        var templateBytes = Array(template.utf8CString)
        let fd = templateBytes.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw GraphFileError(path: path, code: .io, message: "cannot create a temporary file in \(directory): \(systemError())")
        }
        let temporary = String(decoding: templateBytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var closed = false
        func fail(_ message: String) -> GraphFileError {
            if !closed { close(fd) }
            unlink(temporary)
            return GraphFileError(path: path, code: .io, message: message)
        }
        do {
            try produce { chunk in
                var offset = 0
                while offset < chunk.count {
                    let written = chunk.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, chunk.count - offset) }
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw GraphFileError(path: path, code: .io, message: "cannot write: \(systemError())")
                    }
                    offset += written
                }
            }
        } catch let error as GraphFileError {
            throw fail(error.problems.first?.message ?? "cannot write")
        } catch {
            throw fail("cannot write: \(error)")
        }
        // Keep the permissions of the file being replaced, or the usual 0644.
        var status = stat()
        let mode: mode_t = stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o644
        fchmod(fd, mode)
        guard fsync(fd) == 0 else { throw fail("cannot flush to disk: \(systemError())") }
        closed = true
        guard close(fd) == 0 else { throw fail("cannot close: \(systemError())") }
        guard rename(temporary, path) == 0 else { throw fail("cannot replace the file: \(systemError())") }
    }

    /// Writes `bytes` to `path`, atomically.
    /// - Throws: ``GraphFileError`` with code `io`; the original file is then untouched.
    public static func write(_ bytes: [UInt8], to path: String) throws(GraphFileError) {
        try write(to: path) { emit in try emit(bytes) }
    }

    static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
