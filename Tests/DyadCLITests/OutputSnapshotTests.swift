import Foundation
import Testing

/// Representative text and JSON outputs of `show`, `path`, `balance` and `diff` on fixed inputs,
/// compared with reviewed files in `Golden/output`.
@Suite("output snapshots")
struct OutputSnapshotTests {
    @Test(
        "show, path and balance on the seed graph match their snapshots",
        arguments: [
            (["show", "GRAPH"], "show.txt", Int32(0)),
            (["show", "GRAPH", "--actor", "Tehran"], "show-iran.txt", Int32(0)),
            (["show", "GRAPH", "--actor", "Hezbollah", "--json"], "show-hezbollah.json", Int32(0)),
            (["path", "GRAPH", "Hezbollah", "Russia"], "path.txt", Int32(0)),
            (["path", "GRAPH", "Hezbollah", "Russia", "--k", "3", "--cost", "confidence"], "path-k3.txt", Int32(0)),
            (["path", "GRAPH", "Israel", "Iran", "--as-of", "2021-07-01", "--json"], "path-as-of.json", Int32(0)),
            (["path", "GRAPH", "Iraq", "Russia"], "path-none.txt", Int32(1)),
            (["balance", "GRAPH"], "balance.txt", Int32(0)),
            (["balance", "GRAPH", "--json"], "balance.json", Int32(0)),
        ])
    func seedGraph(arguments: [String], snapshot: String, status: Int32) throws {
        let result = try PathCommandsTests.withGraph { graph, _ in
            try DyadProcess.run(arguments.map { $0 == "GRAPH" ? graph : $0 })
        }
        #expect(result.status == status, "\(result.stderr)")
        #expect(!result.stdout.isEmpty)
        try Golden.check(result.stdout, "output/" + snapshot)
    }

    @Test(
        "diff between two files and between two dates match their snapshots",
        arguments: [
            (["diff", "old.json", "new.json"], "diff-files.txt"),
            (["diff", "old.json", "new.json", "--summary"], "diff-summary.txt"),
            (["diff", "theatre.json", "--from", "2021-11-15", "--to", "2021-12-15", "--window", "30"], "diff-window.txt"),
            (["diff", "theatre.json", "--from", "2021-11-15", "--to", "2021-12-15", "--json"], "diff-dates.json"),
        ])
    func diff(arguments: [String], snapshot: String) throws {
        let result = try DyadProcess.run(arguments, in: DiffTests.fixtures)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.isEmpty)
        try Golden.check(result.stdout, "output/" + snapshot)
    }
}
