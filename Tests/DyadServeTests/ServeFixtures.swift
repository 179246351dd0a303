import DyadCore
import DyadServe
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Graphs and helpers the viewer's tests share.
enum ServeFixtures {
    /// Text that would run script if the page or the SVG ever put it in as markup.
    static let hostile =
        #"<script>window.__dyadXSS=1</script><img src=x onerror="window.__dyadXSS=1"> javascript:window.__dyadXSS=1 'q' "qq""#

    /// A small dated graph: a proxy, a hostility that grows, an alliance that appears later,
    /// a hedged agreement, reported speech, and one actor whose name and sentence are hostile text.
    static func graph() -> Graph {
        let documents = [
            Document(id: "d1", title: "Morning report", source: "https://example.org/one", published: Day("2024-03-01")),
            Document(id: "d2", title: "Evening report", source: "javascript:alert(1)", published: Day("2024-03-10")),
            Document(id: "d3", title: hostile, source: "https://example.org/three", published: Day("2024-04-02")),
        ]
        func evidence(_ document: String, _ sentence: String, _ day: String, _ modality: Modality = .asserted, speaker: String? = nil)
            -> Evidence
        {
            Evidence(document: document, sentence: sentence, rule: "test-rule", modality: modality, attributedTo: speaker, date: Day(day))
        }
        return Graph(
            documents: documents,
            actors: [
                Actor(id: "iran", name: "Iran", kind: .state, aliases: ["Tehran", "Islamic Republic"]),
                Actor(id: "israel", name: "Israel", kind: .state),
                Actor(id: "hezbollah", name: "Hezbollah", kind: .armedGroup, aliases: ["Hizbollah"]),
                Actor(id: "qatar", name: "Qatar", kind: .state, aliases: ["Doha"]),
                Actor(id: "evil", name: hostile, kind: .armedGroup, aliases: ["Payload Front"]),
            ],
            relations: [
                Relation(
                    source: "hezbollah", type: .proxy, target: "iran",
                    evidence: [evidence("d1", "Tehran arms its proxy Hezbollah.", "2024-03-01")]),
                Relation(
                    source: "iran", type: .hostility, target: "israel",
                    evidence: [
                        evidence("d1", "Iran and Israel traded threats.", "2024-03-01"),
                        evidence("d2", "Israel struck Iranian positions.", "2024-03-10", speaker: "An army spokesman"),
                    ]),
                Relation(
                    source: "iran", type: .alliance, target: "qatar",
                    evidence: [evidence("d3", "Qatar and Iran signed a pact.", "2024-04-02")]),
                Relation(
                    source: "israel", type: .agreement, target: "qatar",
                    evidence: [evidence("d2", "Qatar may have brokered a truce with Israel.", "2024-03-10", .hedged)]),
                Relation(source: "evil", type: .hostility, target: "israel", evidence: [evidence("d3", hostile, "2024-04-02")]),
            ])
    }

    /// The application over `graph`, as `dyad serve` builds it.
    static func app(
        _ graph: Graph = graph(), settings: ViewerSettings = ViewerSettings(), configure: (inout ServeConfiguration) -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        var configuration = ServeConfiguration()
        configuration.requestsPerSecond = 1000
        configuration.burst = 1000
        configure(&configuration)
        return try ViewerServer.application(
            viewer: GraphViewer(graph: graph, name: "test.json", settings: settings), configuration: configuration)
    }

    /// Headers of a browser on this machine (the router test client names `localhost` as the authority).
    static let local: HTTPFields = [.accept: "application/json"]

    /// The body as a JSON object.
    static func json(_ response: TestResponse) throws -> [String: Any] {
        let data = Data(String(buffer: response.body).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}
