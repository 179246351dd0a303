import Foundation
import Testing

@testable import DyadCore

/// Compares the engine with a slow, obviously correct reference on random small multigraphs.
@Suite("Path properties against a reference")
struct PathPropertyTests {

    /// One random case: a graph, two ends and constraints.
    struct Case {
        var graph: Graph
        var from: String
        var to: String
        var constraints: PathConstraints
    }

    static func makeCase(seed: Int) -> Case {
        var random = TestRandom(seed: UInt64(seed) &* 7919 &+ 17)
        let n = 6 + random.below(4)
        let names = (0..<n).map { "a\($0)" }
        var relations: [Relation] = []
        for _ in 0..<(n + 4 + random.below(3 * n)) {
            let a = random.below(n), b = random.below(n)
            if a == b { continue }
            let type = RelationType.allCases[random.below(4)]
            let roll = random.below(10)
            let modality: Modality = roll < 6 ? .asserted : roll < 9 ? .hedged : .negated
            relations.append(
                PathFixtures.relation(
                    names[a], type, names[b], modality: modality,
                    evidence: 1 + random.below(3), document: "d\(random.below(3))"))
        }
        var constraints = PathConstraints()
        if random.below(2) == 0 {
            constraints.types = Set(RelationType.allCases.filter { _ in random.below(4) != 0 })
        }
        constraints.minimumEvidence = random.below(3)
        constraints.excludeHedged = random.below(3) == 0
        constraints.directed = random.below(2) == 0
        constraints.cost = PathCost.allCases[random.below(3)]
        let from = names[random.below(n)]
        var to = names[random.below(n)]
        if to == from { to = names[(names.firstIndex(of: from)! + 1) % n] }
        if random.below(3) == 0 {
            let excluded = names[random.below(n)]
            if excluded != from, excluded != to { constraints.excludedActors = [excluded] }
        }
        return Case(graph: PathFixtures.graph(relations, extra: names), from: from, to: to, constraints: constraints)
    }

    /// A path as the reference sees it: steps and cost.
    struct ReferencePath {
        var steps: [PathStep]
        var cost: Double
    }

    /// Every simple path, by brute force, with the constraints read straight from their documentation.
    static func reference(_ c: Case) -> [ReferencePath] {
        var arcs: [String: [(PathStep, Double)]] = [:]
        for relation in c.graph.relations.values {
            guard relation.holds, c.constraints.types?.contains(relation.type) ?? true else { continue }
            let supporting = relation.evidence.filter { $0.modality != .negated }.count
            let asserted = relation.evidence.filter { $0.modality == .asserted }.count
            let count = c.constraints.excludeHedged ? asserted : supporting
            guard count >= c.constraints.minimumEvidence, !c.constraints.excludeHedged || asserted > 0 else { continue }
            let weight: Double
            switch c.constraints.cost {
            case .hops: weight = 1
            case .confidence: weight = -log(min(0.999, max(0.001, relation.confidence)))
            case .evidence: weight = 1 / Double(max(1, count))
            }
            arcs[relation.source, default: []].append(
                (PathStep(relation: relation.key, from: relation.source, to: relation.target), weight))
            if !(c.constraints.directed && relation.type == .proxy) {
                arcs[relation.target, default: []].append(
                    (PathStep(relation: relation.key, from: relation.target, to: relation.source), weight))
            }
        }
        var found: [ReferencePath] = []
        var visited: Set<String> = [c.from]
        func walk(_ at: String, _ steps: [PathStep], _ cost: Double) {
            if at == c.to {
                found.append(ReferencePath(steps: steps, cost: cost))
                return
            }
            for (step, weight) in arcs[at] ?? [] where !visited.contains(step.to) && !c.constraints.excludedActors.contains(step.to) {
                visited.insert(step.to)
                walk(step.to, steps + [step], cost + weight)
                visited.remove(step.to)
            }
        }
        walk(c.from, [], 0)
        return found.sorted { $0.cost < $1.cost }
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }

    @Test("shortest path cost equals the reference minimum", arguments: 0..<60)
    func shortest(seed: Int) {
        let c = Self.makeCase(seed: seed)
        let expected = Self.reference(c)
        let path = PathFinder(PathIndex(c.graph)).shortestPath(from: c.from, to: c.to, constraints: c.constraints)
        #expect((path == nil) == expected.isEmpty)
        if let path, let best = expected.first {
            #expect(Self.close(path.cost, best.cost))
            #expect(expected.contains { $0.steps == path.steps })
        }
    }

    @Test("k shortest paths are loopless, sorted, distinct, valid and as cheap as the reference's", arguments: 0..<60)
    func kShortest(seed: Int) {
        let c = Self.makeCase(seed: seed)
        let expected = Self.reference(c)
        let k = 6
        let paths = PathFinder(PathIndex(c.graph)).kShortestPaths(from: c.from, to: c.to, k: k, constraints: c.constraints)
        #expect(paths.count == min(k, expected.count))
        for (path, reference) in zip(paths, expected) { #expect(Self.close(path.cost, reference.cost)) }
        #expect(Set(paths.map(\.steps)).count == paths.count)
        for (earlier, later) in zip(paths, paths.dropFirst()) { #expect(earlier.cost <= later.cost + 1e-12) }
        for path in paths {
            #expect(Set(path.actors).count == path.actors.count)
            #expect(path.start == c.from && path.end == c.to)
            #expect(expected.contains { $0.steps == path.steps })
            #expect(path.actors.allSatisfy { !c.constraints.excludedActors.contains($0) })
        }
    }

    @Test("simple paths up to three hops are exactly the reference's", arguments: 0..<60)
    func simplePaths(seed: Int) {
        let c = Self.makeCase(seed: seed)
        let expected = Self.reference(c).filter { $0.steps.count <= 3 }
        let finder = PathFinder(PathIndex(c.graph))
        let paths = finder.simplePaths(from: c.from, to: c.to, maxHops: 3, constraints: c.constraints)
        #expect(Set(paths.map(\.steps)) == Set(expected.map(\.steps)))
        #expect(paths.count == expected.count)
        #expect(finder.countSimplePaths(from: c.from, to: c.to, maxHops: 3, constraints: c.constraints) == expected.count)
    }

    @Test("all shortest paths by hops are exactly the reference's shortest", arguments: 0..<60)
    func allShortest(seed: Int) {
        var c = Self.makeCase(seed: seed)
        c.constraints.cost = .hops
        let expected = Self.reference(c)
        let fewest = expected.map(\.steps.count).min()
        let paths = PathFinder(PathIndex(c.graph)).allShortestPaths(from: c.from, to: c.to, constraints: c.constraints)
        #expect(Set(paths.map(\.steps)) == Set(expected.filter { $0.steps.count == fewest }.map(\.steps)))
    }
}

extension PathPropertyTests {
    @Test("the random cases exercise several paths and parallel relations")
    func casesAreNotTrivial() {
        let cases = (0..<60).map(Self.makeCase(seed:))
        let references = cases.map(Self.reference)
        #expect(references.filter { $0.count >= 6 }.count >= 15)
        #expect(references.filter(\.isEmpty).count >= 3)
        let parallel = cases.filter { c in
            Dictionary(grouping: c.graph.relations.keys, by: { [$0.source, $0.target].sorted() }).values.contains { $0.count > 1 }
        }
        #expect(parallel.count >= 20)
    }
}

extension PathPropertyTests {
    @Test("balance counts the same triangles as a brute-force scan", arguments: 0..<30)
    func balanceMatchesBruteForce(seed: Int) {
        let c = Self.makeCase(seed: seed)
        var constraints = c.constraints
        constraints.directed = false
        let report = PathIndex(c.graph).balance(constraints: constraints)
        // Brute force: every triple of actors, every choice of one usable relation per side.
        let usable = c.graph.relations.values.filter { relation in
            guard relation.holds, constraints.types?.contains(relation.type) ?? true else { return false }
            let asserted = relation.evidence.filter { $0.modality == .asserted }.count
            let supporting = relation.evidence.filter { $0.modality != .negated }.count
            let count = constraints.excludeHedged ? asserted : supporting
            return count >= constraints.minimumEvidence && (!constraints.excludeHedged || asserted > 0)
                && !constraints.excludedActors.contains(relation.source) && !constraints.excludedActors.contains(relation.target)
        }
        func between(_ a: String, _ b: String) -> [Relation] {
            usable.filter { ($0.source == a && $0.target == b) || ($0.source == b && $0.target == a) }
        }
        let actors = c.graph.actors.keys.sorted()
        var triangles = 0, balanced = 0, unbalanced = 0
        for i in actors.indices {
            for j in (i + 1)..<actors.count {
                for k in (j + 1)..<actors.count {
                    let ab = between(actors[i], actors[j]), bc = between(actors[j], actors[k]), ac = between(actors[i], actors[k])
                    if ab.isEmpty || bc.isEmpty || ac.isEmpty { continue }
                    triangles += 1
                    for x in ab {
                        for y in bc {
                            for z in ac {
                                if x.type.sign * y.type.sign * z.type.sign > 0 { balanced += 1 } else { unbalanced += 1 }
                            }
                        }
                    }
                }
            }
        }
        #expect(report.triangleCount == triangles)
        #expect(report.balancedCount == balanced)
        #expect(report.unbalanced.count == unbalanced)
        #expect(report.unbalanced.allSatisfy { $0.sign < 0 && $0.actors == $0.actors.sorted() })
    }

    @Test("a connecting network joins every reachable terminal through its own relations", arguments: 0..<30)
    func connectingNetwork(seed: Int) {
        let c = Self.makeCase(seed: seed)
        var constraints = c.constraints
        constraints.directed = false
        let terminals = Array(c.graph.actors.keys.sorted().filter { !constraints.excludedActors.contains($0) }.prefix(4))
        let finder = PathFinder(PathIndex(c.graph))
        let network = finder.connectingNetwork(of: terminals, constraints: constraints)
        // Terminals in one component are joined by the network's relations alone.
        var parent: [String: String] = [:]
        func root(_ x: String) -> String {
            var x = x
            while let p = parent[x], p != x { x = p }
            return x
        }
        for key in network.relations { parent[root(key.source)] = root(key.target) }
        for component in network.components where component.count > 1 {
            #expect(Set(component.map(root)).count == 1)
        }
        // Terminals in different components have no path at all.
        for (i, a) in network.components.enumerated() {
            for b in network.components[(i + 1)...] {
                #expect(finder.shortestPath(from: a[0], to: b[0], constraints: constraints) == nil)
            }
        }
        #expect(Set(network.components.flatMap { $0 }) == Set(terminals))
        // A forest: one relation fewer than its actors in each part.
        let parts = network.components.filter { network.actors.contains($0[0]) }.count
        #expect(network.relations.count == network.actors.count - parts)
    }
}
