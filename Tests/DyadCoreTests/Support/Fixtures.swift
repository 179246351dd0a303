import DyadCore

/// SplitMix64: the one deterministic generator of the property tests, so every random case is reproducible.
struct TestRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum Fixtures {
    static func day(_ text: String) -> Day {
        guard let day = Day(text) else { preconditionFailure("bad test date \(text)") }
        return day
    }

    static func evidence(_ document: String, _ sentence: String, rule: String = "test", modality: Modality = .asserted, date: String? = nil)
        -> Evidence
    {
        Evidence(document: document, sentence: sentence, rule: rule, modality: modality, date: date.map(day))
    }

    /// Iran, Israel, the IDF (part of Israel), Hezbollah and Russia with a few relations.
    static func smallGraph() -> Graph {
        Graph(
            documents: [
                Document(id: "d1", title: "One", published: day("2021-11-01")),
                Document(id: "d2", published: day("2021-12-01")),
            ],
            actors: [
                Actor(id: "iran", name: "Iran", kind: .state, aliases: ["Tehran", "Iranian"]),
                Actor(id: "israel", name: "Israel", kind: .state, aliases: ["Jerusalem"]),
                Actor(id: "idf", name: "Israel Defense Forces", kind: .military, aliases: ["IDF"], partOf: "israel"),
                Actor(id: "hezbollah", name: "Hezbollah", kind: .armedGroup, aliases: ["Hizballah"]),
                Actor(id: "russia", name: "Russia", kind: .state, aliases: ["Moscow"]),
            ],
            relations: [
                Relation(
                    source: "iran", type: .hostility, target: "israel",
                    evidence: [evidence("d1", "Iran and Israel are overt enemies.", date: "2021-11-01")]),
                Relation(
                    source: "hezbollah", type: .proxy, target: "iran",
                    evidence: [evidence("d1", "its proxy Hezbollah", date: "2021-11-01")]),
                Relation(
                    source: "idf", type: .hostility, target: "hezbollah",
                    evidence: [
                        evidence("d1", "the IDF targeted Hezbollah", date: "2021-11-01"),
                        evidence("d2", "IDF jets struck Hezbollah sites", modality: .hedged, date: "2021-12-01"),
                    ]),
                Relation(
                    source: "russia", type: .agreement, target: "israel",
                    evidence: [evidence("d2", "Russia and Israel reached understandings", date: "2021-12-01")]),
            ])
    }

    /// A random graph over `actors` actors with `relations` pieces of evidence.
    static func randomGraph(seed: UInt64, actors: Int = 8, relations: Int = 20) -> Graph {
        var random = TestRandom(seed: seed)
        var graph = Graph()
        for index in 0..<actors {
            graph.add(
                Actor(
                    id: "a\(index)", name: "Actor \(index)", kind: ActorKind.allCases[index % 7],
                    aliases: index % 2 == 0 ? ["alias \(index)"] : []))
        }
        for index in 0..<3 { graph.add(Document(id: "doc\(index)", published: Day(ordinal: 18_900 + index * 30))) }
        for index in 0..<relations {
            let a = Int(random.next() % UInt64(actors)), b = Int(random.next() % UInt64(actors))
            if a == b { continue }
            let type = RelationType.allCases[Int(random.next() % 4)]
            let modality = Modality.allCases[Int(random.next() % 3)]
            let document = "doc\(random.next() % 3)"
            graph.add(
                Evidence(
                    document: document, sentence: "sentence \(index)", sentenceRange: TextRange(start: index * 10, end: index * 10 + 9),
                    rule: "r\(random.next() % 3)", modality: modality, date: Day(ordinal: 18_900 + Int(random.next() % 90))),
                source: "a\(a)", type: type, target: "a\(b)")
        }
        return graph.canonicalized()
    }
}
