import DyadCore
import DyadPOSIX
import Foundation

/// A progress bar on standard error, shown only when it is a terminal and the job is long.
final class ProgressBar: Sendable {
    private let total: Int
    private let unit: String
    /// The percentage last drawn; drawing happens under its lock, so lines never interleave.
    private let shown = Locked(-1)

    /// A bar for `total` items (counted in `unit`, say `KB`), or `nil` when standard error
    /// is not a terminal or the job is short.
    init?(total: Int, unit: String = "") {
        guard total >= 50, POSIX.isTerminal(POSIX.standardError) else { return nil }
        self.total = total
        self.unit = unit.isEmpty ? "" : " " + unit
    }

    /// Redraws the bar for `done` items.
    func update(_ done: Int) {
        let percent = done * 100 / max(1, total)
        shown.withLock { shown in
            guard percent != shown else { return }
            shown = percent
            let filled = percent / 4
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: 25 - filled)
            FileHandle.standardError.write(Data("\r[\(bar)] \(percent)% (\(done)/\(total)\(unit))".utf8))
        }
    }

    /// Ends the bar's line.
    func finish() { FileHandle.standardError.write(Data("\n".utf8)) }
}
