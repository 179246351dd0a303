#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension AtomicFile {
    /// The name prefix of the temporary files made while replacing `name`: `.NAME.tmp-`.
    static func temporaryPrefix(of name: String) -> String { ".\(name).tmp-" }

    /// The `mkstemp` template of this process's temporary file for `name` in `folder`:
    /// `.NAME.tmp-PID-XXXXXX`, so that a later writer can tell whether its writer still runs.
    static func temporaryTemplate(folder: String, name: String) -> String {
        folder + "/" + temporaryPrefix(of: name) + "\(getpid())-XXXXXX"
    }

    /// The process id in a temporary file name made for `name` (`.NAME.tmp-PID-XXXXXX`), or `nil` when
    /// the name is no such file; `0` for a file of the older form `.NAME.tmp-XXXXXX`, which carries none.
    static func writerProcess(ofTemporary entry: String, name: String) -> Int32? {
        let prefix = temporaryPrefix(of: name)
        guard entry.hasPrefix(prefix) else { return nil }
        let rest = entry.utf8.dropFirst(prefix.utf8.count)
        if rest.count == 6, !rest.contains(UInt8(ascii: "-")) { return 0 }
        guard let dash = rest.lastIndex(of: UInt8(ascii: "-")), rest.distance(from: dash, to: rest.endIndex) == 7 else { return nil }
        let digits = rest[rest.startIndex..<dash]
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy(isDigit) else { return nil }
        guard let pid = Int32(String(decoding: digits, as: UTF8.self)), pid > 0 else { return nil }
        return pid
    }

    /// Removes the temporary files of `name` in `folder` whose writer no longer runs (`kill(pid, 0)` fails
    /// with `ESRCH`): they were left by a run that was killed. Files of running writers are kept.
    /// - Parameters:
    ///   - folder: The folder of the file being written.
    ///   - name: Its name.
    ///   - includingUnnamed: Whether to remove temporaries of the older form, which name no writer; only a
    ///     writer holding the ``GraphLock`` of the file may, since it knows no other locked writer runs.
    static func removeStaleTemporaries(folder: String, name: String, includingUnnamed: Bool = false) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard let pid = writerProcess(ofTemporary: entryName, name: name) else { continue }
            if pid == 0 {
                if includingUnnamed { unlink(folder + "/" + entryName) }
                continue
            }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH { unlink(folder + "/" + entryName) }
        }
    }
}
