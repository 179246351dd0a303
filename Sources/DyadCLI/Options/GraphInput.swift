import ArgumentParser
import DyadCore

/// The graph file a command reads: the first argument of `show`, `stats`, `path`, `connect`,
/// `balance`, `render`, `export` and `timeline`.
struct GraphInput: ParsableArguments {
    @Argument(help: "A graph file (.json or .jsonl), or - for standard input.")
    var file: String

    init() {}

    /// Reads and checks the graph.
    /// - Throws: ``GraphFileError`` for an unreadable or invalid file.
    func read() throws -> Graph {
        try GraphFile.read(file)
    }
}
