import Foundation
import Testing

@testable import DyadCore

#if canImport(Glibc)
    import Glibc
#endif

@Suite("DirectOutput: a new file written straight to the disk holds exactly the bytes given")
struct DirectOutputTests {
    let folder: URL

    /// A folder in the package's build folder: on disk, where the temporary folder may be a tmpfs, on which
    /// direct writes are not used.
    init() throws {
        folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            .appendingPathComponent(".build/dyad-direct-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }

    /// Chunks of the given sizes, each byte telling its position (so a lost, repeated or moved block shows).
    static func chunks(_ sizes: [Int]) -> [[UInt8]] {
        var position = 0
        return sizes.map { size in
            defer { position += size }
            return (0..<size).map { UInt8(truncatingIfNeeded: ($0 + position) &* 2_654_435_761 >> 7) }
        }
    }

    /// Writes `chunks` to a new file through a direct output made with `make`, and returns the file's bytes and
    /// whether its descriptor had its flags back afterwards.
    func written(_ chunks: [[UInt8]], _ make: (Int32, String) -> DirectOutput?) throws -> (bytes: [UInt8], restored: Bool) {
        let path = folder.appendingPathComponent("out-\(UUID().uuidString)").path
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        try #require(fd >= 0)
        defer { close(fd) }
        let flags = fcntl(fd, F_GETFL)
        guard let output = make(fd, path) else {
            // A file system without direct writes, or not on a block device (the writer then makes ordinary ones):
            // nothing to test here.
            return (chunks.flatMap { $0 }, true)
        }
        for chunk in chunks { try output.write(chunk) }
        try output.finish()
        let restored = fcntl(fd, F_GETFL) == flags
        return (Array(try Data(contentsOf: URL(fileURLWithPath: path))), restored)
    }

    @Test(
        "lengths on and off block and buffer boundaries come out whole",
        arguments: [[0], [1], [4095], [4096], [4097], [3, 8190, 1, 4096 * 3 + 5], [(4 << 20) - 1, 2], [(4 << 20) + 4096, 17]])
    func exactBytes(sizes: [Int]) throws {
        defer { cleanUp() }
        let chunks = Self.chunks(sizes)
        let result = try written(chunks) { DirectOutput(fd: $0, path: $1) }
        #expect(result.bytes == chunks.flatMap { $0 })
        #expect(result.restored)
    }

    @Test("a block the disk refuses turns the rest into ordinary writes, and the bytes still come out whole")
    func refusedBlocksFallBack() throws {
        defer { cleanUp() }
        // 1000-byte blocks are no multiple of any disk's sector: the first direct write is refused with EINVAL.
        let chunks = Self.chunks([700, 2500, 1, 3999])
        let result = try written(chunks) { DirectOutput(fd: $0, path: $1, stagingSize: 1000, blockSize: 1000) }
        #expect(result.bytes == chunks.flatMap { $0 })
        #expect(result.restored)
    }

    @Test("a graph written over an existing file through AtomicFile reads back byte for byte")
    func atomicFileWritesDirectly() throws {
        defer { cleanUp() }
        let path = folder.appendingPathComponent("graph.jsonl").path
        try AtomicFile.write(Array(repeating: UInt8(ascii: "x"), count: 10_000), to: path)
        let chunks = Self.chunks([1 << 20, 12_345, 3, (1 << 20) + 1])
        try AtomicFile.write(to: path) { emit in for chunk in chunks { try emit(chunk) } }
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == chunks.flatMap { $0 })
    }
}
