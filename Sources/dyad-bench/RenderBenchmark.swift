import DyadCore
import DyadExport
import Foundation

/// `dyad-bench render [--sizes 100,1000,10000] [--runs N] [--format svg] [--dot-dir DIR] [--keep DIR]`:
/// for synthetic graphs of each size, times the whole `dyad render` process (read the graph, write DOT,
/// lay out and render in the helper) against the Graphviz command-line tool on the same DOT, and reports
/// medians. With `--dot-dir`, also renders each `*.dot` there through the helper against `sfdp`.
func runRenderBenchmark(_ arguments: [String]) throws {
    var sizes = [100, 1_000, 10_000]
    var runs = 5
    var format = "svg"
    var dotFolder: String?
    var keep: String?
    var index = 0
    while index < arguments.count {
        let value = index + 1 < arguments.count ? arguments[index + 1] : ""
        switch arguments[index] {
        case "--sizes": sizes = value.split(separator: ",").compactMap { Int($0) }
        case "--runs": runs = max(1, Int(value) ?? runs)
        case "--format": format = value
        case "--dot-dir": dotFolder = value
        case "--keep": keep = value
        default: throw BenchmarkError("unknown option \(arguments[index])")
        }
        index += 2
    }
    let folder = keep ?? NSTemporaryDirectory() + "dyad-render-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { if keep == nil { try? FileManager.default.removeItem(atPath: folder) } }
    let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    let dyad = binaries.appendingPathComponent("dyad").path
    print("render benchmark: \(runs) runs each, medians, whole processes, output \(format)")
    print("size      actors  layout  dyad render  \(padded("peer CLI", 12)) overhead  (DOT write, helper in-process call)")
    for size in sizes {
        let graph = SyntheticGraph.make(relations: size, actors: max(10, size / 2))
        let graphPath = "\(folder)/g\(size).json"
        try GraphFile.write(graph, to: graphPath)
        let (diagram, writeSeconds) = Measure.time { DOTWriter.diagram(for: graph) }
        let dotPath = "\(folder)/g\(size).dot"
        try diagram.dot.write(toFile: dotPath, atomically: true, encoding: .utf8)
        let engine = diagram.layout.rawValue
        let limits = RenderLimits(timeout: 600, cpuSeconds: 600, memoryMegabytes: 8192)
        var dyadTimes: [Double] = [], dyadCPU: [Double] = [], peerTimes: [Double] = [], peerCPU: [Double] = []
        for _ in 0..<runs {
            // Alternate the two so that load from elsewhere on the machine hits both alike.
            let dyadRun = try timeProcessWithCPU(dyad, ["render", graphPath, "-o", "\(folder)/dyad-\(size).\(format)", "--timeout", "600"])
            dyadTimes.append(dyadRun.wall)
            dyadCPU.append(dyadRun.cpu)
            let peerRun = try timeProcessWithCPU("/usr/bin/\(engine)", ["-T\(format)", dotPath, "-o", "\(folder)/peer-\(size).\(format)"])
            peerTimes.append(peerRun.wall)
            peerCPU.append(peerRun.cpu)
        }
        let helperTimes = try (0..<runs).map { _ in
            try Measure.time { _ = try Renderer.render(diagram, format: RenderFormat(rawValue: format) ?? .svg, limits: limits) }.1
        }
        let dyadMedian = median(dyadTimes), peerMedian = median(peerTimes)
        let overhead = (dyadMedian / peerMedian - 1) * 100
        print(
            "\(padded(String(size), 9)) \(padded(String(diagram.actorCount), 7)) \(padded(engine, 7)) \(padded(Measure.seconds(dyadMedian), 12)) "
                + "\(padded(Measure.seconds(peerMedian), 12)) \(padded(String(format: "%+.1f%%", overhead), 9)) "
                + "(\(Measure.seconds(writeSeconds)), \(Measure.seconds(median(helperTimes))))")
        print(
            "          CPU time (user+system, with the helper): dyad \(Measure.seconds(median(dyadCPU))), peer \(Measure.seconds(median(peerCPU))), "
                + String(format: "overhead %+.1f%%", (median(dyadCPU) / median(peerCPU) - 1) * 100))
    }
    guard let dotFolder else { return }
    print("\nshared DOT files through the helper (sfdp) against the sfdp CLI:")
    let files = try FileManager.default.contentsOfDirectory(atPath: dotFolder).filter { $0.hasSuffix(".dot") }.sorted()
    for file in files {
        let path = "\(dotFolder)/\(file)"
        let dot = try String(contentsOfFile: path, encoding: .utf8)
        let limits = RenderLimits(timeout: 600, cpuSeconds: 600, memoryMegabytes: 8192)
        let helperTimes = try (0..<runs).map { _ in
            try Measure.time {
                _ = try Renderer.render(dot: dot, layout: .sfdp, format: RenderFormat(rawValue: format) ?? .svg, limits: limits)
            }.1
        }
        let peerTimes = try (0..<runs).map { _ in try timeProcess("/usr/bin/sfdp", ["-T\(format)", path, "-o", "/dev/null"]) }
        let overhead = (median(helperTimes) / median(peerTimes) - 1) * 100
        print(
            "\(padded(file, 20)) helper \(Measure.seconds(median(helperTimes)))  sfdp \(Measure.seconds(median(peerTimes)))  overhead \(String(format: "%+.1f%%", overhead))"
        )
    }
}

/// Runs a process to its end and returns the wall-clock seconds.
private func timeProcess(_ path: String, _ arguments: [String]) throws -> Double {
    try timeProcessWithCPU(path, arguments).wall
}

/// CPU seconds (user + system) used by finished children of this process so far.
private func childrenCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// Runs a process to its end; returns wall-clock seconds and the CPU seconds of it and its children.
private func timeProcessWithCPU(_ path: String, _ arguments: [String]) throws -> (wall: Double, cpu: Double) {
    let cpuBefore = childrenCPUSeconds()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let start = DispatchTime.now().uptimeNanoseconds
    try process.run()
    process.waitUntilExit()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    guard process.terminationStatus == 0 else {
        throw BenchmarkError("\(path) \(arguments.joined(separator: " ")) failed with status \(process.terminationStatus)")
    }
    return (seconds, childrenCPUSeconds() - cpuBefore)
}

private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

private func padded(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}
