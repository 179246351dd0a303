extension Array {
    /// The elements of every array in turn, the first array's storage taken over: only the later
    /// arrays' elements are copied (``GraphDiff`` joins the changes classified on two threads).
    /// - Complexity: O(n) element copies for the n elements after the first array's.
    package consuming func concatenated<Part>() -> [Part] where Element == [Part] {
        var parts = self
        guard !parts.isEmpty else { return [] }
        var result: [Part] = []
        swap(&result, &parts[0])
        result.reserveCapacity(parts.reduce(result.count) { $0 + $1.count })
        for part in parts.dropFirst() { result.append(contentsOf: part) }
        return result
    }
}
