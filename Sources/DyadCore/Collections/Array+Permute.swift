extension Array {
    /// Reorders the elements so that position `k` holds the element that was at `order[k]`, by swaps along each
    /// cycle of the permutation: no element is copied (copying one that holds strings retains each of them).
    /// - Parameter order: A permutation of the indices.
    /// - Complexity: O(n) swaps.
    package mutating func permute(by order: [Int]) {
        precondition(order.count == count, "a permutation of every position")
        var placed = [Bool](repeating: false, count: count)
        withUnsafeMutableBufferPointer { items in
            for start in items.indices where !placed[start] {
                // The element at `start` travels along its cycle, one position a step.
                var at = start
                placed[at] = true
                while order[at] != start {
                    let next = order[at]
                    items.swapAt(at, next)
                    at = next
                    placed[at] = true
                }
            }
        }
    }
}
