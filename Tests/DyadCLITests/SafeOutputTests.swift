import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Outputs: standard output errors, devices, concurrent --into")
struct SafeOutputTests {
    static let sample = DyadProcess.packageRoot.appendingPathComponent("Samples/graphs/levant-2021.json").path

    @Test(
        "a full standard output is an error with one clear message and exit 1",
        arguments: [
            ["show", "GRAPH"], ["stats", "GRAPH"], ["validate", "GRAPH"], ["path", "GRAPH", "Hezbollah", "Russia"],
            ["path", "GRAPH", "Hezbollah", "Russia", "--json"], ["diff", "GRAPH", "GRAPH", "--json"], ["balance", "GRAPH"],
            ["merge", "GRAPH", "-o", "-"], ["render", "GRAPH", "-o", "-", "--format", "dot"],
        ])
    func fullStandardOutput(arguments: [String]) throws {
        let result = try DyadProcess.run(arguments.map { $0 == "GRAPH" ? Self.sample : $0 }, stdoutTo: "/dev/full")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr == "error: cannot write to standard output: No space left on device\n")
    }

    @Test("-o onto a null or full device writes the device and leaves it a device")
    func devices() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Devices of the test's own (as root), so the machine's /dev is neither needed nor touched.
        func device(_ name: String, minor: UInt32) -> String {
            let path = folder.appendingPathComponent(name).path
            if geteuid() == 0, mknod(path, S_IFCHR | 0o666, dev_t(1 << 8 | minor)) == 0 { return path }
            return "/dev/" + name
        }
        let nullDevice = device("null", minor: 3), fullDevice = device("full", minor: 7)
        let null = try DyadProcess.run(["merge", Self.sample, "-o", nullDevice])
        #expect(null.status == 0, "\(null.stderr)")
        let full = try DyadProcess.run(["merge", Self.sample, "-o", fullDevice])
        #expect(full.status == 1)
        #expect(full.stderr == "\(fullDevice): error: cannot write: No space left on device\n")
        for path in [nullDevice, fullDevice] {
            var info = stat()
            #expect(lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "\(path) is no longer a device")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test("two extract --into runs on one graph at once lose no document")
    func concurrentInto() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var inputs: [String] = []
        for writer in ["a", "b"] {
            let path = folder.appendingPathComponent("\(writer).jsonl").path
            let lines = (0..<40).map { "{\"id\": \"\(writer)\($0)\", \"text\": \"Iran backs Hezbollah. Report \(writer) \($0).\"}" }
            try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
            inputs.append(path)
        }
        let graph = folder.appendingPathComponent("g.json").path
        let results = ResultSlots()
        let paths = inputs
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            results.set(index, try? DyadProcess.run(["extract", "--jsonl", paths[index], "--into", graph]))
        }
        for result in results.all { #expect(result?.status == 0, "\(result?.stderr ?? "no run")") }
        let data = try Data(contentsOf: URL(fileURLWithPath: graph))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((object["documents"] as? [Any])?.count == 80)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test(
        "an empty document id is refused where it is written",
        arguments: [
            ("doc.txt", "---\nid:\n---\nIran backs Hezbollah.\n", "doc.txt:2:"),
            ("docs.jsonl", "{\"id\": \"\", \"text\": \"Iran backs Hezbollah.\"}\n", "docs.jsonl:1:"),
        ])
    func emptyDocumentID(name: String, content: String, location: String) throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try DyadProcess.run(name.hasSuffix(".jsonl") ? ["extract", "--jsonl", path] : ["extract", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(location) && result.stderr.contains("id"), "\(result.stderr)")
    }
}

/// Results written by concurrent test workers, one slot each.
final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Int: DyadProcess.Result?] = [:]

    func set(_ index: Int, _ result: DyadProcess.Result?) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var all: [DyadProcess.Result?] {
        lock.lock()
        defer { lock.unlock() }
        return slots.keys.sorted().map { slots[$0] ?? nil }
    }
}

@Suite("Silent failures made loud")
struct SilentFailureTests {
    @Test(
        "diff - - and extract - - are refused: standard input can be read once",
        arguments: [
            ["diff", "-", "-"], ["extract", "-", "-"],
        ])
    func stdinTwice(arguments: [String]) throws {
        let result = try DyadProcess.run(arguments, input: Data("{}".utf8))
        #expect(result.status == 2)
        #expect(result.stderr.contains("standard input (-) can be read only once"), "\(result.stderr)")
    }

    @Test("duplicate JSON keys are refused where the repeat is")
    func duplicateKeys() throws {
        let result = try DyadProcess.run(
            ["validate", "-"], input: Data(#"{"actors": [{"id": "a", "name": "A", "kind": "state", "id": "b"}]}"#.utf8))
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("-:1:55: error: duplicate key \"id\""), "\(result.stderr)")
    }

    @Test("JSON Lines dangling references carry line and column")
    func danglingJSONL() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("g.jsonl").path
        try """
        {"record": "actor", "id": "a", "name": "A", "kind": "state"}
        {"record": "relation", "source": "a", "target": "zz", "type": "alliance"}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try DyadProcess.run(["validate", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(path):2:49: error: relation target \"zz\" is not an actor"), "\(result.stderr)")
    }
}
