import DyadCore
import Foundation

/// `dyad-bench paths --data DIR --size 100k|1m [--loader graph|direct] [--k 5] [--json]`: path queries on the
/// shared generator's graphs.
///
/// Loads `DIR/graph-SIZE/{actors.jsonl,relations.v1.jsonl}` into a ``Graph`` and builds the ``PathIndex``
/// (`--loader graph`, the default), or streams the lines straight into a ``PathIndex/Builder``
/// (`--loader direct`); see ``BenchDataLoader``. `--shortest-only` stops after the shortest paths, so
/// a whole-process timer sees load + 100 queries. Otherwise it times, on the pairs of `queries.json`: shortest path (100 pairs),
/// k shortest paths (100 pairs), counting simple paths of at most 4 hops (20 pairs), and the
/// connecting network of 5 actors (the first ends of the first five pairs). Prints the checksums
/// the peers print (sum of shortest-path lengths, total simple-path count), so answers can be compared.
func runPathBenchmark(_ arguments: [String]) throws {
    var data = "/tmp/dyad-bench-data", size = "100k", k = 5, json = false, direct = false, shortestOnly = false
    var index = 0
    while index < arguments.count {
        switch arguments[index] {
        case "--data": data = arguments[index + 1]; index += 1
        case "--size": size = arguments[index + 1]; index += 1
        case "--k": k = Int(arguments[index + 1]) ?? k; index += 1
        case "--json": json = true
        case "--shortest-only": shortestOnly = true
        case "--loader":
            guard index + 1 < arguments.count, ["graph", "direct"].contains(arguments[index + 1]) else {
                throw BenchmarkError("--loader takes graph or direct")
            }
            direct = arguments[index + 1] == "direct"
            index += 1
        default:
            throw BenchmarkError(
                "unknown option \(arguments[index]); use --data DIR --size 100k|1m [--loader graph|direct] [--k N] [--shortest-only] [--json]"
            )
        }
        index += 1
    }
    let folder = "\(data)/graph-\(size)"
    let processStart = DispatchTime.now().uptimeNanoseconds
    let pathIndex: PathIndex, skipped: Int, readSeconds: Double, indexSeconds: Double
    if direct {
        ((pathIndex, skipped), readSeconds) = try Measure.time {
            try BenchDataLoader.loadIndex(actors: "\(folder)/actors.jsonl", relations: "\(folder)/relations.v1.jsonl")
        }
        indexSeconds = 0
    } else {
        let ((graph, skippedLines), seconds) = try Measure.time {
            try BenchDataLoader.load(actors: "\(folder)/actors.jsonl", relations: "\(folder)/relations.v1.jsonl")
        }
        (pathIndex, indexSeconds) = Measure.time { PathIndex(graph) }
        skipped = skippedLines
        readSeconds = seconds
    }
    let finder = PathFinder(pathIndex)

    let queryData = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/queries.json"))
    let queries = try JSONValue.parse(queryData)
    func pairs(_ key: String) -> [[String]]? { queries[key]?.array?.map { $0.array?.compactMap(\.string) ?? [] } }
    guard let shortestPairs = pairs("shortest_paths"), let simplePairs = pairs("simple_paths") else {
        throw BenchmarkError("\(folder)/queries.json lacks shortest_paths or simple_paths")
    }
    let maxHops = queries["simple_paths_max_edges"]?.number.map { Int($0) } ?? 4

    func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    var shortestTimes: [Double] = [], found = 0, sumLength = 0
    for pair in shortestPairs where pair.count == 2 {
        let (path, seconds) = Measure.time { finder.shortestPath(from: pair[0], to: pair[1]) }
        shortestTimes.append(seconds)
        if let path { found += 1; sumLength += path.hops }
    }
    let endToEnd = Double(DispatchTime.now().uptimeNanoseconds - processStart) / 1e9
    if shortestOnly {
        // For whole-process timing of load + 100 queries, as the peers' `sp` task does.
        print(
            json
                ? "{\"engine\":\"\(direct ? "dyad-direct" : "dyad")\",\"sp_found\":\(found),\"sp_sum_len\":\(sumLength),\"t_load_plus_sp_s\":\(endToEnd)}"
                : "load + \(shortestTimes.count) shortest paths: \(Measure.seconds(endToEnd)); found \(found), sum of lengths \(sumLength)")
        return
    }

    var kTimes: [Double] = [], kPaths = 0
    for pair in shortestPairs where pair.count == 2 {
        let (paths, seconds) = Measure.time { finder.kShortestPaths(from: pair[0], to: pair[1], k: k) }
        kTimes.append(seconds)
        kPaths += paths.count
    }

    var simpleTimes: [Double] = [], totalSimple = 0, perPair: [Int] = []
    for pair in simplePairs where pair.count == 2 {
        let (count, seconds) = Measure.time { finder.countSimplePaths(from: pair[0], to: pair[1], maxHops: maxHops) }
        simpleTimes.append(seconds)
        totalSimple += count
        perPair.append(count)
    }

    let terminals = shortestPairs.prefix(5).compactMap(\.first)
    let (network, connectSeconds) = Measure.time { finder.connectingNetwork(of: terminals) }

    if json {
        let record: [String: Any] = [
            "engine": direct ? "dyad-direct" : "dyad", "size": size, "relations": pathIndex.relationCount, "actors": pathIndex.actorCount,
            "t_read_s": readSeconds, "t_index_s": indexSeconds, "t_load_s": readSeconds + indexSeconds,
            "sp_median_s": median(shortestTimes), "sp_found": found, "sp_sum_len": sumLength,
            "t_load_plus_sp_s": endToEnd,
            "k": k, "k_median_s": median(kTimes), "k_paths": kPaths,
            "simple_total_s": simpleTimes.reduce(0, +), "simple_median_s": median(simpleTimes), "simple_total_paths": totalSimple,
            "simple_per_pair": perPair,
            "connect_s": connectSeconds, "connect_relations": network.relations.count,
            "peak_rss_mb": Measure.peakRSSMegabytes(),
        ]
        let out = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
        print(String(decoding: out, as: UTF8.self))
        return
    }
    func ms(_ seconds: Double) -> String { String(format: "%.3f ms", seconds * 1000) }
    print("paths benchmark on \(folder): \(pathIndex.actorCount) actors, \(pathIndex.relationCount) relations, \(skipped) lines skipped")
    if direct {
        print("load: stream into PathIndex.Builder and build \(Measure.seconds(readSeconds))")
    } else {
        print("load: read into Graph \(Measure.seconds(readSeconds)), build index \(Measure.seconds(indexSeconds))")
    }
    print(
        "shortest, \(shortestTimes.count) pairs: median \(ms(median(shortestTimes))), max \(ms(shortestTimes.max() ?? 0)); found \(found), sum of lengths \(sumLength)"
    )
    print("load + \(shortestTimes.count) shortest paths, in process: \(Measure.seconds(endToEnd))")
    print("k = \(k) shortest, \(kTimes.count) pairs: median \(ms(median(kTimes))), max \(ms(kTimes.max() ?? 0)); \(kPaths) paths")
    print(
        "simple paths ≤ \(maxHops) hops, \(simpleTimes.count) pairs: total \(Measure.seconds(simpleTimes.reduce(0, +))), median \(ms(median(simpleTimes))); \(totalSimple) paths"
    )
    print(
        "connecting network of \(terminals.count) actors: \(ms(connectSeconds)), \(network.relations.count) relations, \(network.components.count) part(s)"
    )
    print("peak RSS: \(Int(Measure.peakRSSMegabytes())) MB")
}
