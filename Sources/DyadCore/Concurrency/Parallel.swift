import Dispatch
import Foundation

/// Work spread over all cores with results in input order: the one place Dyad's library modules run
/// `concurrentPerform`; results meet in one ``Locked`` value, so no other type needs to vouch
/// for thread safety by hand.
///
/// ```swift
/// let lengths = Parallel.map(count: texts.count) { texts[$0].count }
/// ```
public enum Parallel {
    /// Calls `body` for every index in `0..<count` on all cores and returns the results in index order.
    ///
    /// Indices are handed out in contiguous chunks (about eight per core), so a cheap `body` does not pay
    /// for scheduling; with `count` below 2 everything runs on the calling thread.
    /// - Parameters:
    ///   - count: How many indices.
    ///   - chunks: How many chunks to cut the indices into (default: eight per core).
    ///   - progress: Called from any thread after each index with how many are done, if given.
    ///   - body: The work for one index; called concurrently.
    /// - Complexity: O(count) calls of `body`, spread over the cores.
    public static func map<T>(
        count: Int, chunks: Int? = nil, progress: (@Sendable (Int) -> Void)? = nil, _ body: @Sendable (Int) -> T
    ) -> [T] {
        run(count: count, chunks: chunks, progress: progress, body)
    }

    private static func run<T>(
        count: Int, chunks: Int?, progress: (@Sendable (Int) -> Void)?, _ body: @Sendable (Int) -> T
    ) -> [T] {
        guard count > 1 else {
            return (0..<max(0, count)).map { index in
                let value = body(index)
                progress?(index + 1)
                return value
            }
        }
        let slots = Locked(ParallelSlots<T>(count: count))
        let wanted = max(1, min(count, chunks ?? ProcessInfo.processInfo.activeProcessorCount * 8))
        let size = (count + wanted - 1) / wanted
        DispatchQueue.concurrentPerform(iterations: (count + size - 1) / size) { chunk in
            for index in (chunk * size)..<min(count, (chunk + 1) * size) {
                let value = body(index)
                let done = slots.withLock { slots in
                    slots.values[index] = value
                    slots.done += 1
                    return slots.done
                }
                progress?(done)
            }
        }
        return slots.withLock { $0.values.compactMap { $0 } }
    }

    /// Calls a throwing `body` for every index on all cores; the results in index order, or the
    /// error of the lowest failing index (every index still runs).
    /// - Parameters:
    ///   - count: How many indices.
    ///   - chunks: How many chunks to cut the indices into (default: eight per core).
    ///   - body: The work for one index; called concurrently.
    /// - Throws: The error `body` threw for the lowest index that failed.
    /// - Complexity: O(count) calls of `body`, spread over the cores.
    public static func map<T, Failure: Error>(
        count: Int, chunks: Int? = nil, _ body: @Sendable (Int) throws(Failure) -> T
    ) throws(Failure) -> [T] {
        let results: [Result<T, Failure>] = run(count: count, chunks: chunks, progress: nil) { index in
            do throws(Failure) { return .success(try body(index)) } catch { return .failure(error) }
        }
        var values: [T] = []
        values.reserveCapacity(count)
        for result in results { values.append(try result.get()) }
        return values
    }
}
