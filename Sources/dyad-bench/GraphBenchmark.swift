import DyadCore
import Foundation

/// `dyad-bench graph [--relations N] [--actors N] [--keep DIR]`: builds a synthetic graph with
/// power-law degrees and one evidence a relation, writes and reads it as JSON and JSON Lines, and
/// measures a JSON Lines read in a fresh process for a clean peak-memory figure.
func runGraphBenchmark(_ arguments: [String]) throws {
    if arguments.first == "--read" {
        // Child mode: read one file and report time and peak RSS of this process alone.
        let path = arguments[1]
        let (graph, seconds) = try Measure.time { try GraphFile.read(path) }
        print(
            "read \(path.hasSuffix(".jsonl") ? "JSONL" : "JSON "): \(Measure.seconds(seconds)), \(graph.relations.count) relations, peak RSS \(Int(Measure.peakRSSMegabytes())) MB"
        )
        return
    }
    var relationCount = 1_000_000, actorCount = 50_000
    var keep: String?
    var index = 0
    while index < arguments.count {
        switch arguments[index] {
        case "--relations": relationCount = Int(arguments[index + 1]) ?? relationCount; index += 1
        case "--actors": actorCount = Int(arguments[index + 1]) ?? actorCount; index += 1
        case "--keep": keep = arguments[index + 1]; index += 1
        default: throw BenchmarkError("unknown option \(arguments[index])")
        }
        index += 1
    }
    print("graph benchmark: \(relationCount) relations over \(actorCount) actors, power-law degrees, one evidence each")
    let (graph, buildSeconds) = Measure.time { SyntheticGraph.make(relations: relationCount, actors: actorCount) }
    print("build in memory: \(Measure.seconds(buildSeconds)) (\(graph.relations.count) distinct relations)")
    let folder = keep ?? NSTemporaryDirectory() + "dyad-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { if keep == nil { try? FileManager.default.removeItem(atPath: folder) } }
    for format in GraphFormat.allCases {
        let path = "\(folder)/graph.\(format.rawValue)"
        let (_, writeSeconds) = try Measure.time { try GraphFile.write(graph, to: path) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print("write \(format == .json ? "JSON " : "JSONL"): \(Measure.seconds(writeSeconds)), \(size / 1_000_000) MB")
    }
    print("peak RSS of the generating process: \(Int(Measure.peakRSSMegabytes())) MB")
    for format in GraphFormat.allCases {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["graph", "--read", "\(folder)/graph.\(format.rawValue)"]
        try child.run()
        child.waitUntilExit()
    }
}

/// The error a benchmark reports for bad options.
struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Deterministic synthetic graphs with power-law degrees.
enum SyntheticGraph {
    /// Builds `relations` relations over `actors` actors; endpoints are drawn with weight ∝ 1/rank (Zipf),
    /// types and modalities vary, and each relation has one piece of evidence.
    static func make(relations: Int, actors: Int, seed: UInt64 = 42) -> Graph {
        var random = SplitMix64(seed: seed)
        var actorList: [Actor] = [], documents: [Document] = [], relationList: [Relation] = []
        var keys: Set<RelationKey> = []
        let kinds: [ActorKind] = [.state, .state, .armedGroup, .military, .organisation, .person, .government]
        for rank in 0..<actors {
            actorList.append(
                Actor(
                    id: "actor-\(rank)", name: "Actor \(rank)", kind: kinds[rank % kinds.count],
                    aliases: ["A\(rank)", "Actor number \(rank)"]))
        }
        for day in 0..<365 { documents.append(Document(id: "doc-\(day)", title: "Day \(day)", published: Day(ordinal: 18_628 + day))) }
        // Cumulative Zipf weights for inverse-transform sampling.
        var cumulative = [Double](repeating: 0, count: actors)
        var total = 0.0
        for rank in 0..<actors {
            total += 1 / Double(rank + 1)
            cumulative[rank] = total
        }
        func draw() -> Int {
            let u = Double.random(in: 0..<total, using: &random)
            var low = 0, high = actors - 1
            while low < high {
                let mid = (low + high) / 2
                if cumulative[mid] < u { low = mid + 1 } else { high = mid }
            }
            return low
        }
        let types = RelationType.allCases
        var made = 0
        while made < relations {
            let a = draw(), b = draw()
            if a == b { continue }
            let type = types[Int(random.next() % 4)]
            guard keys.insert(RelationKey(source: "actor-\(a)", type: type, target: "actor-\(b)")).inserted else { continue }
            let day = Int(random.next() % 365)
            let modality: Modality = random.next() % 10 == 0 ? .hedged : .asserted
            let evidence = Evidence(
                document: "doc-\(day)",
                sentence: "Actor \(a) and Actor \(b) were reported in a \(type.rawValue) relation on day \(day), officials said.",
                sentenceRange: TextRange(start: made % 5000, end: made % 5000 + 90),
                rule: "synthetic-\(type.rawValue)", modality: modality, date: Day(ordinal: 18_628 + day))
            relationList.append(Relation(source: "actor-\(a)", type: type, target: "actor-\(b)", evidence: [evidence]))
            made += 1
        }
        return Graph(documents: documents, actors: actorList, relations: relationList)
    }
}
