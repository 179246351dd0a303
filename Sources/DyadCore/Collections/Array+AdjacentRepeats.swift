extension Array {
    /// Keeps the first of each run of neighbouring elements that `same` calls equal, in order (on a sorted array:
    /// drops every repeat). Elements are swapped into place, not assigned: none is copied, and before the first
    /// repeat nothing moves.
    /// - Complexity: O(n) comparisons.
    package mutating func removeAdjacentRepeats(by same: (Element, Element) -> Bool) {
        guard count > 1 else { return }
        var write = 1
        for read in 1..<count where !same(self[read], self[write - 1]) {
            if read != write { swapAt(write, read) }
            write += 1
        }
        if write < count { removeSubrange(write...) }
    }
}
