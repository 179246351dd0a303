#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one lock every call into libgvc and libcgraph goes through.
///
/// Graphviz keeps global state (plugins, error buffer, file-loading switches)
/// and crashes when two threads use it, even with one context each. The lock
/// is recursive so that objects freed while it is held (`deinit` of a
/// ``CGraph`` inside a locked call) can take it again. It is a plain pthread
/// mutex, so this module (and the layout helper) need not load Foundation.
enum GraphvizLock {
    nonisolated(unsafe) private static let mutex: UnsafeMutablePointer<pthread_mutex_t> = {
        let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        var attributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&attributes)
        pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_RECURSIVE))
        pthread_mutex_init(mutex, &attributes)
        pthread_mutexattr_destroy(&attributes)
        return mutex
    }()

    /// Graphviz's messages since they were last taken; only touched under the lock.
    nonisolated(unsafe) static var captured = ""

    /// Runs `body` holding the process-wide lock.
    static func withLock<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }

    /// The messages captured so far, one per line, without empty lines; clears the buffer.
    static func takeMessages() -> [String] {
        let lines = captured.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces() }
        captured = ""
        return lines.filter { !$0.isEmpty }
    }
}
