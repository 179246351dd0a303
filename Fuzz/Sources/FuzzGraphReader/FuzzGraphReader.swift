import DyadCore

/// The graph reader on arbitrary bytes, as JSON and as JSON Lines: it must return a graph or a located error,
/// and a graph it returns must survive writing and reading back unchanged.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for format in [GraphFormat.json, .jsonl] {
        do {
            let graph = try GraphFile.decode(bytes, path: "fuzz", format: format)
            let again = try GraphFile.decode(GraphFile.encode(graph, format: format), path: "again", format: format)
            if again != graph { fatalError("a graph changed when written and read back (\(format))") }
        } catch {
            if error.problems.isEmpty { fatalError("an error without a problem") }
        }
    }
    return 0
}
