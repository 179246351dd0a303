import Foundation

/// The one lock every call into libgvc and libcgraph goes through.
///
/// Graphviz keeps global state (plugins, error buffer, file-loading switches)
/// and crashes when two threads use it, even with one context each. The lock
/// is recursive so that objects freed while it is held (`deinit` of a
/// ``CGraph`` inside a locked call) can take it again.
enum GraphvizLock {
    private static let lock = NSRecursiveLock()

    /// Graphviz's messages since the last ``withLock(_:)`` started; only touched under the lock.
    nonisolated(unsafe) static var captured = ""

    /// Runs `body` holding the process-wide lock, with a fresh message buffer.
    static func withLock<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// The messages captured so far, one per line, without empty lines; clears the buffer.
    static func takeMessages() -> [String] {
        let lines = captured.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        captured = ""
        return lines.filter { !$0.isEmpty }
    }
}
