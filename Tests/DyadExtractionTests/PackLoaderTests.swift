import DyadCore
import Foundation
import Testing

@testable import DyadExtraction

@Suite("Rule pack loading: extending the bundled pack")
struct PackLoaderTests {
    /// Writes `text` as `name` in a fresh folder and loads it.
    func load(_ text: String, name: String = "mine.yaml") throws -> RulePack {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return try PackLoader.load(path: file.path)
    }

    static let rule = "rules:\n  - id: mine-1\n    type: hostility\n    pattern: \"@A shelled @B\"\n"

    @Test("a file that extends the bundled pack gets its rules first, then its own, under its own name")
    func extendsDefault() throws {
        let bundled = try PackLoader.loadDefault()
        let pack = try load("pack:\n  extends: default\n" + Self.rule)
        #expect(pack.name == "mine")
        #expect(pack.rules.map(\.id) == bundled.rules.map(\.id) + ["mine-1"])
        #expect(pack.actors.count == bundled.actors.count)
    }

    @Test("a file that only mentions `extends` in a comment stands alone")
    func mentionIsNotExtending() throws {
        let pack = try load("# this pack extends nothing\n" + Self.rule)
        #expect(pack.rules.map(\.id) == ["mine-1"])
        #expect(pack.actors.isEmpty)
    }
}
