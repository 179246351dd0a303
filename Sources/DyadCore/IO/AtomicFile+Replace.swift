#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension AtomicFile {
    /// Replaces a regular file (or creates one) through a temporary file in the same folder. A file with
    /// several hard links is written through instead (see ``writeThrough(_:from:length:shownAs:)``).
    static func replace(
        _ target: OutputTarget, shownAs path: String,
        _ produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void
    ) throws(GraphFileError) {
        removeStaleTemporaries(folder: target.folder, name: target.name)
        var templateBytes = Array(temporaryTemplate(folder: target.folder, name: target.name).utf8CString)
        let fd = templateBytes.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw GraphFileError(path: path, code: .io, message: "cannot create a temporary file in \(target.folder): \(systemError())")
        }
        let temporary = String(decoding: templateBytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var closed = false
        func fail(_ message: String) -> GraphFileError {
            if !closed { close(fd) }
            unlink(temporary)
            return GraphFileError(path: path, code: .io, message: message)
        }
        let length: Int
        do {
            // Written on a thread of its own while `produce` makes the next chunks.
            // Straight to the disk where the file system takes it: the file is flushed there below anyway.
            length = try ChunkWriter.write(to: fd, path: path, direct: true, produce)
        } catch let error as GraphFileError {
            throw fail(error.problems.first?.message ?? "cannot write")
        } catch {
            throw fail("cannot write: \(error)")
        }
        guard fsync(fd) == 0 else { throw fail("cannot flush to disk: \(systemError())") }
        if let existing = target.status, existing.st_nlink > 1 {
            // The other names of the file must see the new content: copy it into the file itself.
            defer { closed = true; close(fd); unlink(temporary) }
            try writeThrough(target, from: fd, length: length, shownAs: path)
            return
        }
        // Keep the permissions and, when allowed, the owner of the file being replaced; new files get 0644.
        if let existing = target.status {
            fchmod(fd, existing.st_mode & 0o7777)
            if existing.st_uid != geteuid() || existing.st_gid != getegid() {
                _ = fchown(fd, existing.st_uid, existing.st_gid)
                fchmod(fd, existing.st_mode & 0o7777)
            }
        } else {
            fchmod(fd, 0o644 & ~currentUmask())
        }
        closed = true
        guard close(fd) == 0 else { throw fail("cannot close: \(systemError())") }
        guard rename(temporary, target.path) == 0 else { throw fail("cannot replace the file: \(systemError())") }
        syncFolder(target.folder)
    }

    /// Copies the complete output (`length` bytes in the temporary file `source`) into the existing file, so
    /// all its hard links, its mode and its owner stay: the blocks of a growing file are reserved first, then
    /// the bytes are written from the start, the file is cut to the new length and flushed.
    ///
    /// A failure before the first byte is written (the file cannot be opened, no space for it to grow) leaves
    /// its content as it was. The copy is not atomic: a crash or a write error during it leaves the file
    /// partly rewritten.
    /// - Throws: ``GraphFileError`` with code `io`.
    static func writeThrough(_ target: OutputTarget, from source: Int32, length: Int, shownAs path: String) throws(GraphFileError) {
        let fd = open(target.path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw GraphFileError(path: path, code: .io, message: "cannot open for writing: \(systemError())") }
        defer { close(fd) }
        // A file that grows gets its blocks first, so a full disk is found before its content is touched.
        if length > Int(target.status?.st_size ?? 0) {
            let status = posix_fallocate(fd, 0, off_t(length))
            if status == ENOSPC || status == EDQUOT {
                let reason = String(cString: strerror(status))
                throw GraphFileError(path: path, code: .io, message: "cannot write: \(reason); the content is unchanged")
            }
        }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var offset = 0
        while offset < length {
            let count = buffer.withUnsafeMutableBytes { pread(source, $0.baseAddress!, min($0.count, length - offset), off_t(offset)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                throw GraphFileError(path: path, code: .io, message: "cannot read back the output: \(systemError()); the file is unchanged")
            }
            var written = 0
            while written < count {
                let result = buffer.withUnsafeBytes { pwrite(fd, $0.baseAddress! + written, count - written, off_t(offset + written)) }
                if result < 0, errno == EINTR { continue }
                guard result > 0 else {
                    throw GraphFileError(path: path, code: .io, message: "cannot write: \(systemError()); the file is partly rewritten")
                }
                written += result
            }
            offset += count
        }
        guard ftruncate(fd, off_t(length)) == 0, fsync(fd) == 0 else {
            throw GraphFileError(path: path, code: .io, message: "cannot finish writing: \(systemError()); the file is partly rewritten")
        }
    }

    /// Flushes a folder's entries (the rename) to disk; failures are ignored, the data is already safe.
    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// The process's file-creation mask.
    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
