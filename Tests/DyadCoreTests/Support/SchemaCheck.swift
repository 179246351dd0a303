import Foundation

/// Runs `Tests/Scripts/check_schema.py` (Python's jsonschema) on files.
enum SchemaCheck {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The script's output and exit status for `files` checked against `Schemas/<schema>`.
    static func run(schema: String, files: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [
                "python3", root.appendingPathComponent("Tests/Scripts/check_schema.py").path,
                root.appendingPathComponent("Schemas/\(schema)").path,
            ] + files
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
