import DyadCore
import DyadExport
import DyadExtraction
import DyadInterop
import Foundation

/// `dyad-bench interop [--relations N] [--actors N] [--keep DIR] [--petrarch DIR]`: encodes a synthetic graph
/// as GraphML, GEXF, Cytoscape.js JSON and CSV, reads the GraphML and an edge list of it back, and, when the
/// Phoenix dictionaries are found, converts them into a rule pack. `Benchmarks/interop_peer.py DIR` times
/// NetworkX on the files kept with `--keep DIR`.
func runInteropBenchmark(_ arguments: [String]) throws {
    var relationCount = 100_000, actorCount = 10_000
    var keep: String?
    var petrarch = "../shared/petrarch-data/phoenix-dictionaries"
    var index = 0
    while index < arguments.count {
        switch arguments[index] {
        case "--relations": relationCount = Int(arguments[index + 1]) ?? relationCount; index += 1
        case "--actors": actorCount = Int(arguments[index + 1]) ?? actorCount; index += 1
        case "--keep": keep = arguments[index + 1]; index += 1
        case "--petrarch": petrarch = arguments[index + 1]; index += 1
        default: throw BenchmarkError("unknown option \(arguments[index])")
        }
        index += 1
    }
    let graph = SyntheticGraph.make(relations: relationCount, actors: actorCount)
    print("interop benchmark: \(graph.relations.count) relations over \(graph.actors.count) actors, one evidence each")
    let folder = keep ?? NSTemporaryDirectory() + "dyad-bench-interop-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { if keep == nil { try? FileManager.default.removeItem(atPath: folder) } }
    try GraphFile.write(graph, to: folder + "/graph.json")
    for format in InteropFormat.allCases {
        let (files, seconds, cpu) = Measure.times { InteropExport.encode(graph, format: format) }
        let bytes = files.map(\.bytes.count).reduce(0, +)
        print(
            "export \(format.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)): \(Measure.seconds(seconds)) (CPU \(Measure.seconds(cpu))), \(bytes / 1_000_000) MB"
        )
        for (name, data) in files {
            try AtomicFile.write(data, to: folder + "/" + (name.map { "graph-" + $0 } ?? "graph.\(format.fileExtension)"))
        }
    }
    let (imported, graphMLSeconds, graphMLCPU) = try Measure.times { try GraphMLImporter.read(folder + "/graph.graphml") }
    print(
        "import graphml : \(Measure.seconds(graphMLSeconds)) (CPU \(Measure.seconds(graphMLCPU))), \(imported.graph.relations.count) relations"
    )
    var edges = CSVTable(header: ["source", "target", "type", "date", "evidence"])
    for relation in graph.relations.values {
        let item = relation.evidence.first
        edges.row([relation.source, relation.target, relation.type.rawValue, item?.date?.description, item?.sentence])
    }
    try AtomicFile.write(edges.bytes, to: folder + "/edges.csv")
    let (list, edgesSeconds, edgesCPU) = try Measure.times { try EdgeListImporter.read(folder + "/edges.csv") }
    print(
        "import edges   : \(Measure.seconds(edgesSeconds)) (CPU \(Measure.seconds(edgesCPU))), \(list.rows) rows, \(edges.bytes.count / 1_000_000) MB"
    )
    let countries = petrarch + "/Phoenix.Countries.actors.txt"
    guard FileManager.default.fileExists(atPath: countries) else {
        print("petrarch: no dictionaries at \(petrarch) (give --petrarch DIR)")
        return
    }
    let names = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]
    let files = try names.map { ($0, try String(contentsOfFile: petrarch + "/" + $0, encoding: .utf8)) }
    let agents = (petrarch + "/Phoenix.agents.txt", try String(contentsOfFile: petrarch + "/Phoenix.agents.txt", encoding: .utf8))
    let verbs = (petrarch + "/CAMEO.2.0.txt", try String(contentsOfFile: petrarch + "/CAMEO.2.0.txt", encoding: .utf8))
    let converter = PetrarchConverter(mapping: try CAMEOMapping.bundled(), base: try PackLoader.loadDefault())
    let (output, convertSeconds, convertCPU) = Measure.times { converter.convert(actorFiles: files, agents: agents, verbs: verbs) }
    let entries = output.report.entriesRead.map(\.count).reduce(0, +)
    print(
        "petrarch convert: \(Measure.seconds(convertSeconds)) (CPU \(Measure.seconds(convertCPU))), \(entries) entries → \(output.actors.count) actors, \(output.report.roles) roles"
    )
}
