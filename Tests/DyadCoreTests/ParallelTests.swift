import DyadCore
import Testing

@Suite("Parallel.map and Locked")
struct ParallelTests {
    struct Odd: Error, Equatable { var index: Int }

    @Test("results come back in index order, whatever the chunking", arguments: [0, 1, 2, 7, 1000], [nil, 1, 3, 64] as [Int?])
    func order(count: Int, chunks: Int?) {
        let squares = Parallel.map(count: count, chunks: chunks) { $0 * $0 }
        #expect(squares == (0..<count).map { $0 * $0 })
    }

    @Test("progress counts every index once and ends at the count")
    func progress() {
        let seen = Locked([Int]())
        _ = Parallel.map(count: 500, progress: { done in seen.withLock { $0.append(done) } }) { $0 }
        let counts = seen.withLock { $0 }.sorted()
        #expect(counts == Array(1...500))
    }

    @Test("a throwing body reports the error of the lowest failing index")
    func lowestError() {
        #expect(throws: Odd(index: 3)) {
            try Parallel.map(count: 100) { index throws(Odd) in
                if index >= 3, index % 2 == 1 { throw Odd(index: index) }
                return index
            }
        }
        let fine = try? Parallel.map(count: 10) { index throws(Odd) in index + 1 }
        #expect(fine == Array(1...10))
    }

    @Test("many threads incrementing one Locked value lose no update")
    func lockedCounter() {
        let counter = Locked(0)
        _ = Parallel.map(count: 64, chunks: 64) { _ in
            for _ in 0..<1000 { counter.withLock { $0 += 1 } }
            return 0
        }
        #expect(counter.withLock { $0 } == 64_000)
    }
}
