import ArgumentParser
import DyadCore
import Foundation

extension Dyad {
    /// `dyad validate`: syntax, schema and integrity checks of graph files.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check graph files: syntax, schema and integrity.",
            discussion: """
                Reports every problem as path:line:col: error: message, with the line and a caret.
                Integrity checks: relation endpoints and evidence documents exist, partOf has no
                cycles, ids are unique, dates are valid YYYY-MM-DD. Exit 0 when all files are valid, 2 otherwise.
                """
        )

        @Argument(help: "Graph files (.json or .jsonl), or - for standard input.")
        var files: [String]

        @Flag(help: "Print one JSON object with the problems of every file.")
        var json = false

        func run() throws {
            var report: [[String: Any]] = []
            var invalid = false
            for path in files {
                do {
                    let graph = try GraphFile.read(path)
                    report.append([
                        "file": path, "valid": true, "problems": [Any](),
                        "actors": graph.actors.count, "relations": graph.relations.count,
                    ])
                    if !json { print("\(path): ok (\(graph.actors.count) actors, \(graph.relations.count) relations)") }
                } catch {
                    invalid = true
                    report.append([
                        "file": path, "valid": false,
                        "problems": error.problems.map { problem in
                            var entry: [String: Any] = ["code": problem.code.rawValue, "message": problem.message]
                            if let location = problem.location { entry["line"] = location.line; entry["column"] = location.column }
                            return entry
                        },
                    ])
                    if !json { Dyad.printError(error.description) }
                }
            }
            if json { try JSONOutput.print(report) }
            if invalid { throw ExitCode(2) }
        }
    }
}
