#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension AtomicFile {
    /// Replaces a regular file (or creates one) through a temporary file in the same folder.
    static func replace(
        _ target: OutputTarget, shownAs path: String,
        _ produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void
    ) throws(GraphFileError) {
        let template = target.folder + "/" + temporaryPrefix(of: target.name) + "XXXXXX"
        var templateBytes = Array(template.utf8CString)
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
        do {
            try produce { chunk in try writeAll(chunk, to: fd, path: path) }
        } catch let error as GraphFileError {
            throw fail(error.problems.first?.message ?? "cannot write")
        } catch {
            throw fail("cannot write: \(error)")
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
        guard fsync(fd) == 0 else { throw fail("cannot flush to disk: \(systemError())") }
        closed = true
        guard close(fd) == 0 else { throw fail("cannot close: \(systemError())") }
        guard rename(temporary, target.path) == 0 else { throw fail("cannot replace the file: \(systemError())") }
        syncFolder(target.folder)
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
