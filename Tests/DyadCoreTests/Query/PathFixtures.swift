@testable import DyadCore

/// Small hand-built graphs with known answers for the path tests.
enum PathFixtures {
    /// One relation with one piece of evidence.
    static func relation(
        _ a: String, _ type: RelationType, _ b: String, modality: Modality = .asserted,
        date: String? = nil, evidence count: Int = 1, document: String = "doc"
    ) -> Relation {
        let items = (0..<count).map { number in
            Evidence(
                document: document, sentence: "\(a) \(type.rawValue) \(b) #\(number).",
                sentenceRange: TextRange(start: number * 100, end: number * 100 + 50),
                rule: "test", modality: modality, date: date.flatMap { Day($0) })
        }
        return Relation(source: a, type: type, target: b, evidence: items)
    }

    /// A graph of the given relations with an actor for every endpoint (and `extra` isolated actors).
    static func graph(_ relations: [Relation], extra: [String] = []) -> Graph {
        var graph = Graph()
        var names = Set(extra)
        for relation in relations {
            names.insert(relation.source)
            names.insert(relation.target)
        }
        for name in names.sorted() {
            graph.add(Actor(id: name, name: name.capitalized, kind: .state))
        }
        for relation in relations { graph.add(relation) }
        graph.canonicalize()
        return graph
    }

    /// A finder over `relations`.
    static func finder(_ relations: [Relation], extra: [String] = [], asOf: String? = nil, window: Int? = nil) -> PathFinder {
        PathFinder(PathIndex(graph(relations, extra: extra), asOf: asOf.flatMap { Day($0) }, window: window))
    }

    /// The complete graph on a, b, c, d with alliances.
    static let k4: [Relation] = [
        relation("a", .alliance, "b"), relation("a", .alliance, "c"), relation("a", .alliance, "d"),
        relation("b", .alliance, "c"), relation("b", .alliance, "d"), relation("c", .alliance, "d"),
    ]

    /// The seed article's shape: Hezbollah is Iran's proxy, Iran and Israel are enemies,
    /// Israel and Russia have an agreement, Russia and Iran are Syria's allies.
    static func seedLike() -> Graph {
        var graph = Graph()
        graph.add(Document(id: "seed", title: "Russia and Israel agree", published: Day("2021-11-01")))
        let actors: [(String, String, ActorKind, [String])] = [
            ("hezbollah", "Hezbollah", .armedGroup, ["Hizbollah"]),
            ("iran", "Iran", .state, ["Tehran", "Iranian"]),
            ("israel", "Israel", .state, ["Jerusalem", "Israeli"]),
            ("russia", "Russia", .state, ["Moscow", "Russian"]),
            ("syria", "Syria", .state, ["Damascus", "Assad"]),
            ("idf", "Israel Defense Forces", .military, ["IDF"]),
            ("iraq", "Iraq", .state, []),
        ]
        for (id, name, kind, aliases) in actors {
            graph.add(Actor(id: id, name: name, kind: kind, aliases: aliases, partOf: id == "idf" ? "israel" : nil))
        }
        func add(_ a: String, _ type: RelationType, _ b: String, _ sentence: String, modality: Modality = .asserted) {
            graph.add(
                Evidence(document: "seed", sentence: sentence, rule: "test", modality: modality),
                source: a, type: type, target: b)
        }
        add("hezbollah", .proxy, "iran", "Iran's presence in Syria and that of its proxy Hezbollah.")
        add("iran", .hostility, "israel", "Iran and Israel are overt enemies.")
        add("iran", .hostility, "israel", "Israel might strike Iran again.", modality: .hedged)
        add("israel", .agreement, "russia", "The two sides agreed to continue to curb Iranian influence in Syria.")
        add("russia", .alliance, "syria", "Russia entered the Syrian war in 2015 to save the crumbling Ba’ath regime.")
        add("iran", .alliance, "syria", "Tehran’s pretext for involvement was to bolster its ally Bashar Assad.")
        add("idf", .hostility, "hezbollah", "The IDF has repeatedly targeted the positions of Hezbollah.")
        graph.canonicalize()
        return graph
    }
}
