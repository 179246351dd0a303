import Foundation
import Testing

/// Reviewed snapshot files under `Tests/DyadCLITests/Golden`.
///
/// A test compares what it produced with the file; run the suite with `DYAD_UPDATE_GOLDEN=1`
/// to rewrite the files after a deliberate change, then review the diff in git.
enum Golden {
    /// The folder of snapshot files.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    /// Whether this run rewrites the snapshots instead of checking them.
    static var updating: Bool { ProcessInfo.processInfo.environment["DYAD_UPDATE_GOLDEN"] == "1" }

    /// Checks `actual` against the snapshot `name` (a path under `Golden/`), or rewrites it when updating.
    static func check(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if updating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(name); run with DYAD_UPDATE_GOLDEN=1 and review it", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            let line = { (lines: [Substring]) in first < lines.count ? String(lines[first]) : "<end>" }
            Issue.record(
                "\(name) differs at line \(first + 1):\n  expected: \(line(want))\n  actual:   \(line(got))",
                sourceLocation: sourceLocation)
        }
    }
}
