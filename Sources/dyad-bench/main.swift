import DyadPOSIX
import Foundation

// Benchmarks print their figures; run with `swift run -c release dyad-bench NAME [options]`.
let benchmarks: [(name: String, summary: String, run: ([String]) throws -> Void)] = [
    ("graph", "build, write and read a synthetic graph as JSON and JSONL", runGraphBenchmark),
    ("diff", "file-to-file, in-memory and daily as-of diffs of two graph versions", runDiffBenchmark),
    ("extract", "extraction throughput on the shared text corpus with its gazetteer", runExtractionBenchmark),
    ("paths", "path queries on the shared generator's graphs (--data DIR --size 100k|1m)", runPathBenchmark),
    ("render", "render synthetic graphs through dyad render against the dot/sfdp command-line tools", runRenderBenchmark),
    (
        "interop", "export to GraphML, GEXF, Cytoscape, CSV; import GraphML and edge lists; convert the Phoenix dictionaries",
        runInteropBenchmark
    ),
]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let benchmark = benchmarks.first(where: { $0.name == name }) else {
    print("usage: dyad-bench NAME [options]\n")
    for benchmark in benchmarks { print("  \(benchmark.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(benchmark.summary)") }
    POSIX.exit(arguments.isEmpty ? 0 : 2)
}
do {
    try benchmark.run(Array(arguments.dropFirst()))
} catch {
    print("error: \(error)")
    POSIX.exit(1)
}
