import Foundation

/// Paths of the hand-written fixtures and of the shared PETRARCH data.
enum Fixtures {
    /// This test target's folder.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// A fixture's path.
    static func path(_ name: String) -> String { folder.appendingPathComponent("Fixtures/" + name).path }

    /// A fixture's text.
    static func text(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

    /// `../shared/petrarch-data/phoenix-dictionaries` next to the checkout, when present.
    static let phoenix: URL? = {
        let url = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/petrarch-data/phoenix-dictionaries")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("Phoenix.Countries.actors.txt").path) ? url : nil
    }()

    /// `../shared/petrarch-data/validation-udp-2_02` next to the checkout, when present.
    static let validation: URL? = {
        let url = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/petrarch-data/validation-udp-2_02")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("PETR_Validate_actors_2_02.txt").path) ? url : nil
    }()

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-interop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
