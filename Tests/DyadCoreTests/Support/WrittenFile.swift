import DyadCore
import Foundation

extension Fixtures {
    /// The bytes of a graph file that `write` writes to a fresh temporary path (removed afterwards).
    static func written(_ write: (String) throws -> Void, format: GraphFormat) throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-written-\(UUID().uuidString).\(format.rawValue)")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try write(path)
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
