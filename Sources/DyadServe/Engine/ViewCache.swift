import DyadCore

/// A small least-recently-used cache of computed views, safe to share between requests.
///
/// Views are computed outside the lock, so two requests for the same new view may
/// both compute it; the second result replaces the first. That costs time, never correctness.
final class ViewCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Storage {
        var values: [Key: (value: Value, used: Int)] = [:]
        var clock = 0
    }

    private let capacity: Int
    private let storage = Locked(Storage())

    /// Creates a cache holding at most `capacity` values.
    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// The cached value for `key`, marked as just used.
    /// - Complexity: O(1) on average.
    func value(for key: Key) -> Value? {
        storage.withLock { storage in
            guard let entry = storage.values[key] else { return nil }
            storage.clock += 1
            storage.values[key] = (entry.value, storage.clock)
            return entry.value
        }
    }

    /// Stores `value`, evicting the least recently used value when full.
    /// - Complexity: O(capacity) when it evicts, O(1) otherwise.
    func store(_ value: Value, for key: Key) {
        storage.withLock { storage in
            storage.clock += 1
            storage.values[key] = (value, storage.clock)
            if storage.values.count > capacity, let oldest = storage.values.min(by: { $0.value.used < $1.value.used })?.key {
                storage.values[oldest] = nil
            }
        }
    }

    /// The cached value for `key`, or `make()`'s, stored.
    /// - Returns: The value and whether it came from the cache.
    func value(for key: Key, orMake make: () throws -> Value) rethrows -> (Value, cached: Bool) {
        if let value = value(for: key) { return (value, true) }
        let value = try make()
        store(value, for: key)
        return (value, false)
    }
}
