import DyadCore
import Foundation
import GraphvizKit
import Testing

@testable import DyadExport

/// Rendering through the dyad-graphviz helper: formats, round trips, limits, threads, positions.
@Suite(.serialized) struct RendererTests {
    @Test(arguments: RenderFormat.allCases)
    func everyFormatIsProduced(_ format: RenderFormat) throws {
        let bytes = try Renderer.render(try ExportFixtures.sochi(), format: format)
        #expect(bytes.count > 5_000)
        switch format {
        case .svg:
            let inspector = SVGInspector(bytes)
            #expect(inspector.isWellFormed)
            #expect(inspector.elements.filter { $0 == "g" }.count > 20)
            let ids = Set(inspector.attributes.filter { $0.name == "id" }.map(\.value))
            #expect(ids.isSuperset(of: ["actor-iran", "actor-israel", "rel-iran-hostility-israel"]))
            let titles = inspector.attributes.filter { $0.name == "xlink:title" }.map(\.value)
            #expect(titles.contains { $0.contains("Iran and Israel are overt enemies.") }, "edge tooltips carry the strongest sentence")
        case .png:
            #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .pdf:
            #expect(String(decoding: bytes.prefix(5), as: UTF8.self) == "%PDF-")
        case .dot:
            #expect(String(decoding: bytes, as: UTF8.self) == DOTWriter.dot(for: try ExportFixtures.sochi()))
        }
    }

    @Test func dotRoundTripsThroughCgraphWithExactlyTheModel() throws {
        let graph = try ExportFixtures.sochi()
        var options = DiagramOptions()
        options.legend = false
        options.keepIsolatedActors = true
        let diagram = DOTWriter.diagram(for: graph, options: options)
        let parsed = try Graphviz.parse(diagram.dot)
        #expect(parsed.nodes.map(\.name) == graph.actors.keys.sorted())
        let edges = parsed.edges.map { "\($0.tail) \($0.attributes["id"] ?? "") \($0.head)" }.sorted()
        let expected = graph.relations.keys.map { "\($0.source) rel-\($0.source)-\($0.type.rawValue)-\($0.target) \($0.target)" }.sorted()
        #expect(edges == expected)
    }

    @Test func aMissingHelperIsAClearError() {
        #expect {
            _ = try Renderer.render(ExportFixtures.small(), format: .svg, limits: RenderLimits(helperPath: "/nonexistent/dyad-graphviz"))
        } throws: { error in
            guard let error = error as? RenderError else { return false }
            return error.code == .helperMissing && error.message.contains("/nonexistent/dyad-graphviz")
        }
    }

    /// A graph dot cannot lay out quickly: 1,000 nodes and 2,000 edges.
    static let slowDOT: String = {
        var random = SystemRandomNumberGenerator()
        _ = random
        var text = "digraph { node [label=\"node with a label\"];\n"
        var state: UInt64 = 7
        for _ in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let a = (state >> 33) % 1_000
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let b = (state >> 33) % 1_000
            text += "n\(a) -> n\(b) [label=\"e\"];\n"
        }
        return text + "}\n"
    }()

    @Test func aLayoutPastItsTimeLimitFailsCleanly() {
        let start = Date()
        #expect {
            _ = try Renderer.render(dot: Self.slowDOT, layout: .dot, format: .svg, limits: RenderLimits(timeout: 1, cpuSeconds: 60))
        } throws: { error in
            guard let error = error as? RenderError else { return false }
            return error.code == .timeout && error.message.contains("1 s")
        }
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func aLayoutPastItsCPULimitFailsCleanly() {
        #expect {
            _ = try Renderer.render(dot: Self.slowDOT, layout: .dot, format: .svg, limits: RenderLimits(timeout: 30, cpuSeconds: 1))
        } throws: { error in
            (error as? RenderError)?.code == .cpuLimit
        }
    }

    @Test func aLayoutPastItsMemoryLimitFailsCleanly() {
        #expect {
            _ = try Renderer.render(
                dot: Self.slowDOT, layout: .dot, format: .svg,
                limits: RenderLimits(timeout: 30, cpuSeconds: 30, memoryMegabytes: 64))
        } throws: { error in
            guard let error = error as? RenderError else { return false }
            return [.memoryLimit, .graphviz, .crashed].contains(error.code) && !error.message.isEmpty
        }
    }

    @Test func manyThreadsRenderAtOnce() throws {
        let graph = try ExportFixtures.sochi()
        let results = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            do {
                let bytes = try Renderer.render(graph, format: index % 2 == 0 ? .svg : .png)
                results.add(bytes.count > 5_000)
            } catch {
                results.add(false)
            }
        }
        #expect(results.values == Array(repeating: true, count: 8))
    }

    @Test func inProcessRenderingMatchesTheHelper() throws {
        let diagram = DOTWriter.diagram(for: ExportFixtures.small())
        let inProcess = try Renderer.renderInProcess(diagram, format: .svg)
        let helper = try Renderer.render(diagram, format: .svg)
        #expect(inProcess == helper)
    }

    @Test func positionsCanPinALaterDiagram() throws {
        let graph = try ExportFixtures.sochi()
        let positions = try Renderer.positions(for: graph)
        #expect(Set(positions.keys) == Set(DOTWriter.diagram(for: graph).nodeNames.keys))
        var options = DiagramOptions()
        options.pinnedPositions = positions
        let diagram = DOTWriter.diagram(for: graph, options: options)
        #expect(diagram.allPinned)
        #expect(diagram.dot.contains("pos=\""))
        let again = try Renderer.positions(for: graph, options: options)
        // Graphviz may translate the whole drawing; relative positions stay.
        let offsets = positions.map { id, point in
            ((again[id]?.x ?? .infinity) - point.x, (again[id]?.y ?? .infinity) - point.y)
        }
        let first = try #require(offsets.first)
        for offset in offsets {
            #expect(abs(offset.0 - first.0) < 1.5 && abs(offset.1 - first.1) < 1.5)
        }
        #expect(SVGInspector(try Renderer.render(diagram, format: .svg)).isWellFormed)
    }

    @Test func partlyPinnedDiagramsUseNeatoAroundThePins() throws {
        var options = DiagramOptions()
        options.pinnedPositions = ["iran": DiagramPoint(x: 0, y: 0)]
        let diagram = DOTWriter.diagram(for: ExportFixtures.small(), options: options)
        #expect(!diagram.allPinned && diagram.layout == .neato)
        #expect(diagram.dot.contains("inputscale=\"72\""))
        #expect(SVGInspector(try Renderer.render(diagram, format: .svg)).isWellFormed)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/strace")))
    func theHelperOpensNoFileNamedByTheGraph() throws {
        let dot = DOTWriter.dot(for: HostileCorpusTests.graph(with: "/etc/hosts <IMG SRC=\"/etc/passwd\"> image=\"/etc/passwd\""))
        let helper = try LayoutHelper.locate(explicit: nil)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-strace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.dot")
        try dot.write(to: input, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
        process.arguments = [
            "-f", "-e", "trace=open,openat,stat,access", "-o", folder.appendingPathComponent("trace").path,
            helper, "--engine", "dot", "--format", "svg",
        ]
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = FileHandle.nullDevice
        process.environment = ["SERVER_NAME": "dyad", "HOME": folder.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let trace = try String(contentsOf: folder.appendingPathComponent("trace"), encoding: .utf8)
        #expect(!trace.contains("/etc/passwd"))
        #expect(!trace.contains("/etc/hosts"))
    }
}

/// Collects outcomes from concurrent closures.
final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Bool] = []
    func add(_ value: Bool) { lock.withLock { stored.append(value) } }
    var values: [Bool] { lock.withLock { stored } }
}
