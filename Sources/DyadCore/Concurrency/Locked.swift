import Foundation

/// A value shared between threads behind a lock: the one hand-checked `@unchecked Sendable` of Dyad's
/// shared mutable state (``Parallel`` keeps its results in one, the viewer its caches).
///
/// Every read and write of the value happens inside ``withLock(_:)``, which holds the lock for the
/// whole call, so the value is never seen half-written.
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    /// Creates a lock around `value`.
    public init(_ value: Value) { self.value = value }

    /// Runs `body` with the value while holding the lock.
    /// - Parameter body: Reads or changes the value; must not call back into this lock.
    /// - Returns: What `body` returns.
    public func withLock<Result, Failure: Error>(_ body: (inout Value) throws(Failure) -> Result) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
