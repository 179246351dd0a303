import Foundation
import Testing

@Suite("Layout helper limits: process group and output cap")
struct HelperLimitTests {
    static let sample = DyadProcess.packageRoot.appendingPathComponent("Samples/graphs/levant-2021.json").path

    /// Writes an executable shell script and returns its path.
    static func script(_ body: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("helper.sh").path
        try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    @Test("a helper that forks is killed with its children at --timeout")
    func forkingHelper() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let helper = try Self.script("sleep 30 &\nsleep 30", in: folder)
        let started = Date()
        let result = try DyadProcess.runWithEnvironment(
            ["render", Self.sample, "-o", folder.appendingPathComponent("out.svg").path, "--timeout", "1"],
            environment: ["DYAD_GRAPHVIZ": helper], timeout: 25)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("did not finish within 1 s"), "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) < 15)
    }

    @Test("a helper whose child leaves its process group (setsid) does not keep dyad waiting past --timeout")
    func escapedChild() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The escaped child keeps the helper's output and error pipes open for 20 s.
        let helper = try Self.script("setsid sleep 20 &\nsleep 20", in: folder)
        let started = Date()
        let result = try DyadProcess.runWithEnvironment(
            ["render", Self.sample, "-o", folder.appendingPathComponent("out.svg").path, "--timeout", "1"],
            environment: ["DYAD_GRAPHVIZ": helper], timeout: 30)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("did not finish within 1 s"), "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) < 12)
    }

    @Test("a helper that prints without end is stopped at the output cap")
    func endlessOutput() throws {
        let folder = try DyadProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let helper = try Self.script("exec yes", in: folder)
        let result = try DyadProcess.runWithEnvironment(
            ["render", Self.sample, "-o", folder.appendingPathComponent("out.svg").path, "--timeout", "20"],
            environment: ["DYAD_GRAPHVIZ": helper, "DYAD_MAX_HELPER_OUTPUT": "2m"], timeout: 30)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("wrote more than 2 MB"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.svg").path))
    }
}
