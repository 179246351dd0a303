import DyadCore
import DyadExport
import Foundation

/// Graphs the export tests draw.
enum ExportFixtures {
    /// The folder of this test target.
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// The graph read by hand from the bundled seed article (Sochi meeting, al-Bukamal).
    static func sochi() throws -> Graph {
        try GraphFile.read(testsFolder.deletingLastPathComponent().appendingPathComponent("Fixtures/render/sochi.json").path)
    }

    /// A small graph with every relation type, a hedged relation, a sub-unit and a person.
    static func small() -> Graph {
        let day = Day(year: 2024, month: 3, day: 1)
        let document = Document(id: "doc-1", title: "Example report", source: "https://example.org/report", published: day)
        func evidence(_ sentence: String, _ modality: Modality = .asserted, offset: Int = 0) -> Evidence {
            Evidence(
                document: "doc-1", sentence: sentence, sentenceRange: TextRange(start: offset, end: offset + sentence.count),
                rule: "manual", modality: modality, date: day)
        }
        return Graph(
            documents: [document],
            actors: [
                Actor(id: "iran", name: "Iran", kind: .state, aliases: ["Tehran"]),
                Actor(id: "israel", name: "Israel", kind: .state),
                Actor(id: "idf", name: "Israel Defense Forces", kind: .military, aliases: ["IDF"], partOf: "israel"),
                Actor(id: "hezbollah", name: "Hezbollah", kind: .armedGroup),
                Actor(id: "un", name: "United Nations", kind: .organisation),
                Actor(id: "naftali-bennett", name: "Naftali Bennett", kind: .person),
            ],
            relations: [
                Relation(source: "hezbollah", type: .proxy, target: "iran", evidence: [evidence("Iran's proxy Hezbollah fired rockets.")]),
                Relation(
                    source: "iran", type: .hostility, target: "israel",
                    evidence: [
                        evidence("Iran and Israel are overt enemies.", offset: 40),
                        evidence("Israel struck Iranian positions.", offset: 80),
                        evidence("Iran threatened Israel.", offset: 120),
                    ]),
                Relation(
                    source: "idf", type: .hostility, target: "hezbollah", evidence: [evidence("The IDF targeted Hezbollah.", offset: 160)]),
                Relation(
                    source: "israel", type: .agreement, target: "un",
                    evidence: [evidence("Israel and the UN agreed on a truce.", offset: 200)]),
                Relation(
                    source: "naftali-bennett", type: .alliance, target: "un",
                    evidence: [evidence("Bennett is reportedly close to the UN.", .hedged, offset: 240)]),
            ]
        )
    }
}
