import Testing

@testable import DyadCore

@Suite("IntegerIndex: 64-bit keys to positions")
struct IntegerIndexTests {
    @Test("inserts and look-ups agree with a dictionary through many growths, for small, large and clustered keys")
    func agreesWithDictionary() {
        var random = SystemRandomNumberGenerator()
        var index = IntegerIndex()
        var expected: [UInt64: Int] = [:]
        for step in 0..<50_000 {
            // Small numbers, numbers packed like relation codes (high bits set), and repeats.
            let key: UInt64 =
                switch step % 3 {
                case 0: UInt64.random(in: 0..<5_000, using: &random)
                case 1: UInt64.random(in: 0..<(1 << 30), using: &random) << 34 | UInt64(step % 16)
                default: UInt64.random(in: 0..<(UInt64.max - 1), using: &random)
                }
            let (inserted, value) = index.insert(key, step)
            if let old = expected[key] {
                #expect(!inserted && value == old)
            } else {
                #expect(inserted && value == step)
                expected[key] = step
            }
        }
        #expect(index.count == expected.count)
        for (key, value) in expected { #expect(index.value(for: key) == value) }
        for _ in 0..<1000 {
            let key = UInt64.random(in: 0..<(UInt64.max - 1), using: &random)
            #expect(index.value(for: key) == expected[key])
        }
    }

    @Test("key 0 and the largest storable key are keys like any other")
    func edgeKeys() {
        var index = IntegerIndex(minimumCapacity: 4)
        #expect(index.value(for: 0) == nil)
        #expect(index.insert(0, 7) == (true, 7))
        #expect(index.insert(UInt64.max - 1, 9) == (true, 9))
        #expect(index.insert(0, 8) == (false, 7))
        #expect(index.value(for: 0) == 7 && index.value(for: UInt64.max - 1) == 9 && index.count == 2)
    }
}
