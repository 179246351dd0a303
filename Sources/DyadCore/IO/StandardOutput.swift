/// Unbuffered writes of bytes to standard output, with errors instead of silent loss.
public enum StandardOutput {
    /// Writes all of `bytes` to standard output.
    /// - Throws: ``GraphFileError`` with code `io` when the write fails (a closed pipe, a full disk).
    public static func write(_ bytes: [UInt8]) throws(GraphFileError) {
        try AtomicFile.writeAll(bytes, to: 1, path: "-")
    }

    /// Writes a string, encoded as UTF-8.
    public static func write(_ text: String) throws(GraphFileError) { try write(Array(text.utf8)) }
}
