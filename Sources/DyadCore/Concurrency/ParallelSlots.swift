/// One result slot per index and a count of the indices done, for ``Parallel``.
///
/// Each slot is written once, by the thread that runs its index, and read after
/// `concurrentPerform` returns.
struct ParallelSlots<T> {
    /// The results so far, by index.
    var values: [T?]
    /// How many indices are done.
    var done = 0

    /// Slots for `count` indices.
    init(count: Int) { values = Array(repeating: nil, count: count) }
}
