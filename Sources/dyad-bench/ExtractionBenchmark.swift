import DyadCore
import DyadExtraction
import Foundation

/// `dyad-bench extract --data DIR [--threads N] [--model] [--rounds N] [--document-lines N]`: extraction throughput on the shared generator's
/// text corpus (`DIR/text/corpus.txt`, one sentence a line) with its 10,000-actor gazetteer
/// (`DIR/text/gazetteer.tsv`) and the bundled pack's relation rules, on 1 and on N cores; then, with
/// `--model`, the same with the bundled relation scorer on, to measure what scoring pairs costs;
/// `--rounds N` repeats both settings in turn and every line reports the process CPU time too.
/// `--document-lines N` cuts the corpus into documents of N lines (as `dyad extract --jsonl` reads the benchmark's
/// corpus) instead of 1 MB pieces, and runs on all cores only: the engine's share of the command users run.
func runExtractionBenchmark(_ arguments: [String]) throws {
    var data = ProcessInfo.processInfo.environment["DYAD_BENCH_DATA"] ?? "bench-data"
    var threads = ProcessInfo.processInfo.activeProcessorCount
    var withModel = false
    var rounds = 1
    var documentLines: Int?
    var index = 0
    while index < arguments.count {
        switch arguments[index] {
        case "--data": data = arguments[index + 1]; index += 1
        case "--threads": threads = Int(arguments[index + 1]) ?? threads; index += 1
        case "--model": withModel = true
        case "--rounds": rounds = max(1, Int(arguments[index + 1]) ?? 1); index += 1
        case "--document-lines": documentLines = max(1, Int(arguments[index + 1]) ?? 100); index += 1
        default: throw BenchmarkError("unknown option \(arguments[index])")
        }
        index += 1
    }
    let corpusPath = "\(data)/text/corpus.txt", gazetteerPath = "\(data)/text/gazetteer.tsv"
    guard let corpus = FileManager.default.contents(atPath: corpusPath), let tsv = FileManager.default.contents(atPath: gazetteerPath)
    else {
        throw BenchmarkError("no corpus at \(corpusPath): run python3 shared/bench/gen.py --out \(data) --only text")
    }
    // The bundled pack's rules and cues with the synthetic gazetteer as actors.
    var pack = try PackLoader.loadDefault()
    pack.actors = []
    var byCanonical: [String: Int] = [:]
    for line in String(decoding: tsv, as: UTF8.self).split(separator: "\n").dropFirst() {
        let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard parts.count == 2 else { continue }
        let alias = String(parts[0]), canonical = String(parts[1])
        if let i = byCanonical[canonical] { pack.actors[i].aliases.append(alias); continue }
        let kind: ActorKind =
            ["Republic", "Kingdom", "Federation", "Sultanate", "Provinces"].contains { canonical.contains($0) }
            ? .state
            : ["Front", "Brigade", "Army", "Movement", "Resistance", "Forces"].contains { canonical.contains($0) }
                ? .armedGroup : .organisation
        byCanonical[canonical] = pack.actors.count
        pack.actors.append(ActorEntry(id: Actor.slug(canonical) + "-\(pack.actors.count)", name: canonical, kind: kind, aliases: [alias]))
    }
    let aliasCount = pack.actors.reduce(0) { $0 + $1.aliases.count }
    let (compiled, compileSeconds) = try Measure.time { try CompiledPack(pack) }
    print(
        "extract benchmark: \(corpus.count / 1_000_000) MB corpus, \(pack.actors.count) actors, \(aliasCount) aliases, \(pack.rules.count) rules (\(pack.rules.reduce(0) { $0 + $1.patterns.count }) patterns)"
    )
    print("compile pack: \(Measure.seconds(compileSeconds))")
    // Chunks of about 1 MB cut at line ends, or documents of so many lines.
    let bytes = [UInt8](corpus)
    let chunks = documentLines.map { lineChunks(bytes, lines: $0) } ?? sizedChunks(bytes, size: 1 << 20)
    var plain = Extractor(pack: compiled)
    plain.model = nil
    let label = documentLines.map { "rules (\($0)-line documents)" } ?? "rules"
    var runs: [(String, Extractor, [Int])] = [(label, plain, documentLines == nil ? Set([1, threads]).sorted() : [threads])]
    if withModel {
        guard let settings = pack.model else { throw BenchmarkError("the bundled pack names no relation model") }
        var scored = plain
        scored.model = try RelationModel(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: settings.file))), path: settings.file)
        runs.append(("rules+model", scored, [threads]))
    }
    let ranges = chunks
    // Rounds alternate the settings, so a busy machine disturbs each about as much.
    for (label, extractor, counts) in (0..<rounds).flatMap({ _ in runs }) {
        for n in counts {
            let sentences = ResultCounter(), relations = ResultCounter()
            let next = ResultCounter()
            let text = SharedBytes(bytes)
            let cpuBefore = Measure.processCPU()
            let (_, seconds) = Measure.time {
                DispatchQueue.concurrentPerform(iterations: n) { _ in
                    while true {
                        let c = next.add(1) - 1
                        guard c < ranges.count else { break }
                        let (s, r) = text.withSlice(ranges[c]) { extractor.count($0) }
                        _ = sentences.add(s)
                        _ = relations.add(r)
                    }
                }
            }
            let cpu = Measure.processCPU() - cpuBefore
            let mb = Double(bytes.count) / 1e6
            print(
                String(
                    format: "%@, %d core%@: %.3f s, %.1f MB/s, %.0f sentences/s (%d sentences, %d relations), CPU %.3f s",
                    label, n, n == 1 ? "" : "s", seconds, mb / seconds, Double(sentences.value) / seconds, sentences.value, relations.value,
                    cpu))
        }
    }
    print("peak RSS: \(Int(Measure.peakRSSMegabytes())) MB")
}

/// A counter shared by the benchmark's workers.
/// Pieces of about `size` bytes, each cut at a line end.
func sizedChunks(_ bytes: [UInt8], size: Int) -> [Range<Int>] {
    var chunks: [Range<Int>] = []
    var start = 0
    while start < bytes.count {
        var end = min(bytes.count, start + size)
        while end < bytes.count, bytes[end - 1] != 0x0A { end += 1 }
        chunks.append(start..<end)
        start = end
    }
    return chunks
}

/// Pieces of `lines` lines each (the last may have fewer), without the newline that ends each piece: the
/// documents `Benchmarks/extract_bench.sh --cli` writes for `dyad extract --jsonl`.
func lineChunks(_ bytes: [UInt8], lines: Int) -> [Range<Int>] {
    var chunks: [Range<Int>] = []
    var start = 0, seen = 0
    for index in bytes.indices where bytes[index] == 0x0A {
        seen += 1
        if seen == lines {
            chunks.append(start..<index)
            start = index + 1
            seen = 0
        }
    }
    if start < bytes.count {
        let end = bytes.last == 0x0A ? bytes.count - 1 : bytes.count
        if start < end { chunks.append(start..<end) }
    }
    return chunks
}

struct ResultCounter: Sendable {
    private let total = Locked(0)

    var value: Int { total.withLock { $0 } }

    func add(_ n: Int) -> Int {
        total.withLock { total in
            total += n
            return total
        }
    }
}

/// Read-only bytes shared by the benchmark's workers.
struct SharedBytes: Sendable {
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Calls `body` with the bytes in `range`.
    func withSlice<Result>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}
