#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive advisory lock (`flock`) on a lock file beside a graph, held while a command
/// reads, changes and rewrites the graph, so concurrent writers take turns and lose nothing.
///
/// The lock file is `.NAME.lock` in the graph's folder (symbolic links followed); it stays
/// after the run and holds no data. The system releases the lock when the process ends,
/// even when it is killed. While holding it, temporary files left by a killed writer of the
/// same graph are removed, including those of older versions, whose names carry no process id.
public final class GraphLock {
    private let descriptor: Int32

    /// Waits for and takes the lock of the graph at `path`.
    /// - Parameter path: The graph file (it may not exist yet).
    /// - Throws: ``GraphFileError`` with code `io` when the lock file cannot be made or locked.
    public init(graph path: String) throws(GraphFileError) {
        let target = try OutputTarget(resolving: path)
        if target.kind == .folder {
            throw GraphFileError(path: path, code: .io, message: "is a folder; give a file name to write")
        }
        let lockPath = target.folder + "/.\(target.name).lock"
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw GraphFileError(path: path, code: .io, message: "cannot create the lock file \(lockPath): \(AtomicFile.systemError())")
        }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let reason = AtomicFile.systemError()
            close(fd)
            throw GraphFileError(path: path, code: .io, message: "cannot lock \(lockPath): \(reason)")
        }
        descriptor = fd
        if target.kind != .special { AtomicFile.removeStaleTemporaries(folder: target.folder, name: target.name, includingUnnamed: true) }
    }

    deinit { close(descriptor) }
}
