import Dispatch

/// Work started on another thread while the caller goes on, then awaited once for its result.
///
/// ```swift
/// let index = Background { buildIndex(keys) }
/// let table = buildTable(keys)        // meanwhile, on this thread
/// let built = index.take()            // waits, then owns the index
/// ```
///
/// The result waits in a ``Locked`` value and ``take()`` moves it out, so the caller holds its only
/// reference: changing it afterwards copies nothing.
public final class Background<Value: Sendable>: Sendable {
    private let result = Locked<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` on a global queue.
    /// - Parameter work: The work; runs once, on another thread.
    public init(_ work: @escaping @Sendable () -> Value) {
        let result = self.result, done = self.done
        DispatchQueue.global().async {
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
    }

    /// Waits until the work is done and takes its result.
    ///
    /// Call it once: the result is moved out, and a second call stops the program.
    /// - Returns: What the work returned.
    public func take() -> Value {
        done.wait()
        let value = result.withLock { value in
            defer { value = nil }
            return value
        }
        // A second call finds the signal spent and would wait for ever: it stops here instead.
        done.signal()
        guard let value else { preconditionFailure("Background.take() was called twice") }
        return value
    }
}
