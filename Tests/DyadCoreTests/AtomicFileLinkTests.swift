import DyadCore
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("AtomicFile: hard links written through, temporaries of killed writers removed")
struct AtomicFileLinkTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-links-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }

    func status(_ name: String) -> stat {
        var info = stat()
        _ = stat(path(name), &info)
        return info
    }

    func contents(_ name: String) -> String { (try? String(contentsOfFile: path(name), encoding: .utf8)) ?? "<missing>" }

    func entries() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }

    struct ProducerFailed: Error {}

    /// The id of a process that has ended (one that ran `true` and was waited for).
    func endedProcess() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test("a hard-linked file is updated under both names and stays one file")
    func bothNames() throws {
        defer { cleanUp() }
        try "old content, longer than the new one".write(toFile: path("g.json"), atomically: false, encoding: .utf8)
        #expect(link(path("g.json"), path("copy.json")) == 0)
        let before = status("g.json")
        try AtomicFile.write(Array("new".utf8), to: path("g.json"))
        #expect(contents("g.json") == "new")
        #expect(contents("copy.json") == "new")
        #expect(status("g.json").st_ino == before.st_ino)
        #expect(status("copy.json").st_nlink == 2)
        try AtomicFile.write(Array(String(repeating: "grown ", count: 100_000).utf8), to: path("copy.json"))
        #expect(contents("g.json").count == 600_000)
        #expect(try entries() == ["copy.json", "g.json"])
    }

    @Test("writing through a hard link keeps the file's mode and owner")
    func modeAndOwner() throws {
        defer { cleanUp() }
        try "old".write(toFile: path("g.json"), atomically: false, encoding: .utf8)
        #expect(link(path("g.json"), path("copy.json")) == 0)
        #expect(chmod(path("g.json"), 0o640) == 0)
        let owner: uid_t = geteuid() == 0 ? 4321 : geteuid()
        if geteuid() == 0 { #expect(chown(path("g.json"), owner, owner) == 0) }
        try AtomicFile.write(Array("new".utf8), to: path("g.json"))
        let info = status("copy.json")
        #expect(info.st_mode & 0o7777 == 0o640)
        #expect(info.st_uid == owner)
        #expect(contents("copy.json") == "new")
    }

    @Test("a producer that fails leaves a hard-linked file unchanged and no temporary file")
    func failingProducer() throws {
        defer { cleanUp() }
        try "old".write(toFile: path("g.json"), atomically: false, encoding: .utf8)
        #expect(link(path("g.json"), path("copy.json")) == 0)
        #expect(throws: GraphFileError.self) {
            try AtomicFile.write(to: path("g.json")) { emit in
                try emit(Array("half of the new".utf8))
                throw ProducerFailed()
            }
        }
        #expect(contents("g.json") == "old")
        #expect(contents("copy.json") == "old")
        #expect(try entries() == ["copy.json", "g.json"])
    }

    @Test("a write removes its file's temporaries whose writer ended, keeps those of running writers and other files")
    func staleTemporaries() throws {
        defer { cleanUp() }
        let ended = try endedProcess()
        let names = [
            ".g.json.tmp-\(ended)-AbC123",  // left by a writer that was killed
            ".g.json.tmp-1-XyZ789",  // a running writer (process 1 always runs)
            ".g.json.tmp-AbC123",  // an older name without a process id: only a lock holder removes it
            ".other.json.tmp-\(ended)-AbC123",  // another file's
        ]
        for name in names { try "x".write(toFile: path(name), atomically: false, encoding: .utf8) }
        try AtomicFile.write(Array("new".utf8), to: path("g.json"))
        #expect(try entries() == [".g.json.tmp-1-XyZ789", ".g.json.tmp-AbC123", ".other.json.tmp-\(ended)-AbC123", "g.json"])
        #expect(contents("g.json") == "new")
    }

    @Test("the temporary file's name carries the writer's process id")
    func temporaryName() throws {
        defer { cleanUp() }
        nonisolated(unsafe) var seen: [String] = []
        let folderPath = folder.path
        try AtomicFile.write(to: path("g.json")) { emit in
            seen = (try? FileManager.default.contentsOfDirectory(atPath: folderPath)) ?? []
            try emit(Array("x".utf8))
        }
        #expect(seen.count == 1)
        #expect(seen.first?.hasPrefix(".g.json.tmp-\(getpid())-") == true)
    }
}
