#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered writes of bytes to standard output, with errors instead of silent loss.
public enum StandardOutput {
    /// Writes all of `bytes` to standard output.
    /// - Throws: ``GraphFileError`` with code `io` when the write fails (a closed pipe, a full disk).
    public static func write(_ bytes: [UInt8]) throws(GraphFileError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(1, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw GraphFileError(path: "-", code: .io, message: "cannot write to standard output: \(AtomicFile.systemError())")
            }
            offset += written
        }
    }

    /// Writes a string, encoded as UTF-8.
    public static func write(_ text: String) throws(GraphFileError) { try write(Array(text.utf8)) }
}
