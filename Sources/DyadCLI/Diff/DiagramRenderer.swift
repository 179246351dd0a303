import Foundation

/// Lays out and renders DOT through the isolated `dyad-graphviz` helper installed beside `dyad`.
enum DiagramRenderer {
    /// The helper's path: beside the running executable.
    static var helper: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("dyad-graphviz")
    }

    /// Renders DOT to `format` (svg, png, pdf, or `positions` for a layout).
    /// - Parameters:
    ///   - dot: The DOT text.
    ///   - format: The helper's output format.
    ///   - pinned: Whether every node has a fixed position (neato then keeps them).
    /// - Throws: ``DyadCLIError`` when the helper is missing or fails.
    static func render(dot: String, format: String, pinned: Bool, engine: String? = nil) throws -> [UInt8] {
        let url = helper
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw DyadCLIError("cannot render \(format): the Graphviz helper \(url.path) is missing; write a .dot file instead", status: .failure)
        }
        let process = Process()
        process.executableURL = url
        process.arguments = ["--engine", engine ?? (pinned ? "neato" : "sfdp"), "--format", format]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw DyadCLIError("cannot start the Graphviz helper \(url.path): \(error)", status: .failure)
        }
        nonisolated(unsafe) var outData = Data(), errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { outData = output.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = errors.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        input.fileHandleForWriting.write(Data(dot.utf8))
        try? input.fileHandleForWriting.close()
        if group.wait(timeout: .now() + 120) == .timedOut {
            process.terminate()
            throw DyadCLIError("the Graphviz helper did not finish within 120 s", status: .failure)
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw DyadCLIError("rendering failed (status \(process.terminationStatus)): \(message)", status: .failure)
        }
        return [UInt8](outData)
    }
}
