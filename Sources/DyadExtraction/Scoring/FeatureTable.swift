/// An open-addressed table from feature hash to weight row, so scoring a pair costs one multiply and
/// usually one probe per feature.
struct FeatureTable: Sendable {
    private var keys: [UInt64]
    private var rows: [Int32]
    private let shift: UInt64

    /// Indexes distinct hashes by their position.
    init(_ hashes: [UInt64]) {
        var bits = 4
        while (1 << bits) < hashes.count * 2 { bits += 1 }
        keys = Array(repeating: 0, count: 1 << bits)
        rows = Array(repeating: -1, count: 1 << bits)
        shift = UInt64(64 - bits)
        let mask = (1 << bits) - 1
        for (i, h) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while rows[slot] >= 0, keys[slot] != h { slot = (slot + 1) & mask }
            keys[slot] = h
            rows[slot] = Int32(i)
        }
    }

    /// The row of a hash, or -1.
    @inline(__always) func row(_ h: UInt64) -> Int32 {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let r = rows[slot]
            if r < 0 { return -1 }
            if keys[slot] == h { return r }
            slot = (slot + 1) & mask
        }
    }
}
