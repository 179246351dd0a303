import Testing

@testable import DyadCore

@Suite("ByteBufferPool: written buffers filled again")
struct ByteBufferPoolTests {
    @Test("a buffer handed back comes out empty with its memory, and small ones are not kept")
    func reuse() {
        // A pool of its own: the shared one serves the graph writers of tests running meanwhile.
        let pool = ByteBufferPool()
        var written = [UInt8](repeating: 0x61, count: 1 << 20)
        written[0] = 0x62
        let capacity = written.capacity
        let address = written.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        pool.give(written)
        written = []
        let reused = pool.take(capacity: 1000)
        #expect(reused.isEmpty)
        #expect(reused.capacity == capacity)
        #expect(reused.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } == address)
        pool.give([UInt8](repeating: 0, count: 10))
        #expect(pool.take(capacity: 0).capacity == 0)
    }
}
