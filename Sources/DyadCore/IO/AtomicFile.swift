#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one way Dyad writes an output path, so that a crash, a full disk or a failed
/// write never leaves a half-written file, and a device is never replaced by a file.
///
/// - `-` is standard output.
/// - A symbolic link is followed to the file it names; the link stays.
/// - A device, FIFO or socket is opened and written in place (no temporary, no rename).
/// - A folder is refused.
/// - A regular file (or a new one) is written to a temporary file in the same folder,
///   flushed to disk, given the mode (and, when allowed, the owner) of the file it replaces,
///   then renamed over it; the folder is flushed too.
/// - A regular file with several hard links is written through: the complete output goes to a
///   temporary file first (so a failing producer never touches the file), then is copied into the
///   file itself, which keeps its links, mode and owner. That copy is not atomic: a crash during
///   it leaves the file partly rewritten.
///
/// Temporary files are named `.NAME.tmp-PID-XXXXXX`, PID being the writer's process id. Every
/// write of a file first removes the temporary files of the same file whose writer no longer
/// runs (left by a killed run); Dyad never reads them.
public enum AtomicFile {
    /// Writes the chunks that `produce` emits to `path`.
    ///
    /// - Parameters:
    ///   - path: The file to create or replace, a device or FIFO, or `-` for standard output.
    ///   - produce: Calls its argument with each chunk of bytes, in order.
    /// - Throws: ``GraphFileError`` with code `io` naming the path and the system's reason;
    ///   a replaced file is then untouched.
    public static func write(to path: String, _ produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void) throws(GraphFileError) {
        if path == "-" {
            try writeStream(to: 1, path: path, produce)
            return
        }
        let target = try OutputTarget(resolving: path)
        switch target.kind {
        case .folder:
            throw GraphFileError(path: path, code: .io, message: "is a folder; give a file name to write")
        case .special:
            let fd = open(target.path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw GraphFileError(path: path, code: .io, message: "cannot open for writing: \(systemError())") }
            defer { close(fd) }
            try writeStream(to: fd, path: path, produce)
        case .regular, .missing:
            try replace(target, shownAs: path, produce)
        }
    }

    /// Writes `bytes` to `path` (see ``write(to:_:)``).
    /// - Throws: ``GraphFileError`` with code `io`; a replaced file is then untouched.
    public static func write(_ bytes: [UInt8], to path: String) throws(GraphFileError) {
        try write(to: path) { emit in try emit(bytes) }
    }

    static func systemError() -> String {
        String(cString: strerror(errno))
    }

    /// Writes everything `produce` emits to an open descriptor, in place.
    private static func writeStream(
        to fd: Int32, path: String,
        _ produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void
    ) throws(GraphFileError) {
        do {
            // Written on a thread of its own while `produce` makes the next chunks.
            try ChunkWriter.write(to: fd, path: path, produce)
        } catch let error as GraphFileError {
            throw error
        } catch {
            throw GraphFileError(path: path, code: .io, message: "cannot write: \(error)")
        }
    }

    /// Writes all of `bytes` to `fd`, retrying after signals.
    /// - Throws: ``GraphFileError`` with the system's reason.
    static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(GraphFileError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                let what = fd == 1 ? "cannot write to standard output" : "cannot write"
                throw GraphFileError(path: path, code: .io, message: "\(what): \(systemError())")
            }
            offset += written
        }
    }
}
