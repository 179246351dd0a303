import DyadCore
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("AtomicFile: outputs that never clobber devices, links or folders")
struct AtomicFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }

    /// A character device of this test's own (`mknod` of the null or full device in the test folder, as root), so the
    /// test neither depends on nor touches the machine's `/dev`; the machine's device otherwise.
    func device(_ name: String, minor: UInt32) -> String {
        let path = path(name)
        if geteuid() == 0, mknod(path, S_IFCHR | 0o666, dev_t(1 << 8 | minor)) == 0 { return path }
        return "/dev/" + name
    }

    @Test("a null device stays a character device after a write")
    func devNull() throws {
        defer { cleanUp() }
        let null = device("null", minor: 3)
        try AtomicFile.write(Array("hello".utf8), to: null)
        var info = stat()
        #expect(lstat(null, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFCHR)
        let folder = String(null[..<(null.lastIndex(of: "/") ?? null.startIndex)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).allSatisfy { !$0.hasPrefix(".null.tmp-") })
    }

    @Test("a full device reports the full disk and stays a device")
    func devFull() throws {
        defer { cleanUp() }
        let full = device("full", minor: 7)
        do {
            try AtomicFile.write(Array("hello".utf8), to: full)
            Issue.record("writing to a full device succeeded")
        } catch {
            #expect(error.description == "\(full): error: cannot write: No space left on device")
        }
        var info = stat()
        #expect(lstat(full, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("many chunks, written on the writer's own thread, reach the file whole and in order")
    func chunksInOrder() throws {
        defer { cleanUp() }
        // More chunks than may wait at once, of different sizes, so the producer has to wait for the writer.
        let chunks = (0..<200).map { index in Array("chunk \(index) ".utf8) + Array(repeating: UInt8(0x61 + index % 26), count: index * 97)
        }
        try AtomicFile.write(to: path("g.jsonl")) { emit in for chunk in chunks { try emit(chunk) } }
        #expect(FileManager.default.contents(atPath: path("g.jsonl")) == Data(chunks.joined()))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["g.jsonl"])
    }

    @Test("a producer that fails after many chunks leaves the old file as it was and no temporary file")
    func producerFailsLate() throws {
        defer { cleanUp() }
        struct ProducerFailed: Error {}
        try "old".write(toFile: path("g.jsonl"), atomically: false, encoding: .utf8)
        #expect(throws: GraphFileError.self) {
            try AtomicFile.write(to: path("g.jsonl")) { emit in
                for _ in 0..<50 { try emit(Array(repeating: 0x62, count: 1 << 16)) }
                throw ProducerFailed()
            }
        }
        #expect(FileManager.default.contents(atPath: path("g.jsonl")) == Data("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["g.jsonl"])
    }

    @Test("a FIFO is written in place: its reader gets the bytes and the FIFO stays")
    func fifo() throws {
        defer { cleanUp() }
        let fifo = path("pipe")
        #expect(mkfifo(fifo, 0o644) == 0)
        nonisolated(unsafe) var received = Data()
        let reader = Thread { received = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data() }
        reader.start()
        try AtomicFile.write(Array("through the pipe".utf8), to: fifo)
        while !reader.isFinished { usleep(1000) }
        #expect(String(decoding: received, as: UTF8.self) == "through the pipe")
        var info = stat()
        #expect(lstat(fifo, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("a symbolic link is followed: the target changes, the link stays a link")
    func symlink() throws {
        defer { cleanUp() }
        try "old".write(toFile: path("target.json"), atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: path("link.json"), withDestinationPath: "target.json")
        try AtomicFile.write(Array("new".utf8), to: path("link.json"))
        #expect(try String(contentsOfFile: path("target.json"), encoding: .utf8) == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path("link.json")) == "target.json")
    }

    @Test("a dangling symbolic link creates its target")
    func danglingSymlink() throws {
        defer { cleanUp() }
        try FileManager.default.createSymbolicLink(atPath: path("link.json"), withDestinationPath: path("made.json"))
        try AtomicFile.write(Array("made".utf8), to: path("link.json"))
        #expect(try String(contentsOfFile: path("made.json"), encoding: .utf8) == "made")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path("link.json")) == path("made.json"))
    }

    @Test("a folder is refused and left alone")
    func folderRefused() throws {
        defer { cleanUp() }
        try FileManager.default.createDirectory(atPath: path("out"), withIntermediateDirectories: false)
        do {
            try AtomicFile.write(Array("x".utf8), to: path("out"))
            Issue.record("writing over a folder succeeded")
        } catch {
            #expect(error.description.hasSuffix("error: is a folder; give a file name to write"))
        }
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: path("out"), isDirectory: &isFolder) && isFolder.boolValue)
    }

    @Test("the mode of a replaced file is kept")
    func modeKept() throws {
        defer { cleanUp() }
        try "old".write(toFile: path("g.json"), atomically: false, encoding: .utf8)
        #expect(chmod(path("g.json"), 0o600) == 0)
        try AtomicFile.write(Array("new".utf8), to: path("g.json"))
        var info = stat()
        #expect(stat(path("g.json"), &info) == 0)
        #expect(info.st_mode & 0o7777 == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["g.json"])
    }

    @Test("the owner of a replaced file is kept when the process may set it", .enabled(if: geteuid() == 0))
    func ownerKept() throws {
        defer { cleanUp() }
        try "old".write(toFile: path("g.json"), atomically: false, encoding: .utf8)
        #expect(chown(path("g.json"), 4321, 4321) == 0)
        try AtomicFile.write(Array("new".utf8), to: path("g.json"))
        var info = stat()
        #expect(stat(path("g.json"), &info) == 0)
        #expect(info.st_uid == 4321 && info.st_gid == 4321)
    }

    @Test("taking a graph's lock removes temporary files left by a killed writer, and nothing else")
    func staleTemporariesRemoved() throws {
        defer { cleanUp() }
        for name in [".g.json.tmp-AbC123", ".g.json.tmp-zzzzzz", ".other.json.tmp-AbC123", "g.json"] {
            try "x".write(toFile: path(name), atomically: false, encoding: .utf8)
        }
        let lock = try GraphLock(graph: path("g.json"))
        withExtendedLifetime(lock) {}
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == [".g.json.lock", ".other.json.tmp-AbC123", "g.json"])
    }

    @Test("a second lock on the same graph waits until the first is released")
    func lockSerialises() throws {
        defer { cleanUp() }
        var first: GraphLock? = try GraphLock(graph: path("g.json"))
        let target = path("g.json")
        nonisolated(unsafe) var acquiredAt = Date.distantPast
        let waiter = Thread {
            if let second = try? GraphLock(graph: target) {
                acquiredAt = Date()
                withExtendedLifetime(second) {}
            }
        }
        waiter.start()
        usleep(300_000)
        let releasedAt = Date()
        withExtendedLifetime(first) {}
        first = nil
        while !waiter.isFinished { usleep(1000) }
        #expect(acquiredAt >= releasedAt)
    }
}
