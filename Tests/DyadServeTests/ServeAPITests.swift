import DyadCore
import DyadServe
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("dyad serve: the JSON API", .serialized)
struct ServeAPITests {
    @Test("the summary counts the graph and gives its date range")
    func summary() async throws {
        try await ServeFixtures.app().test(.router) { client in
            try await client.execute(uri: "/api/graph", method: .get, headers: ServeFixtures.local) { response in
                #expect(response.status == .ok)
                let body = try ServeFixtures.json(response)
                #expect(body["kind"] as? String == "graph")
                #expect(body["actors"] as? Int == 5)
                #expect(body["relations"] as? Int == 5)
                #expect(body["evidence"] as? Int == 6)
                #expect(body["firstDate"] as? String == "2024-03-01")
                #expect(body["lastDate"] as? String == "2024-04-02")
                #expect(body["large"] as? Bool == false)
            }
        }
    }

    @Test("search resolves an alias to its actor and lists partial matches")
    func searchResolvesAliases() async throws {
        try await ServeFixtures.app().test(.router) { client in
            try await client.execute(uri: "/api/actors?q=tehran", method: .get, headers: ServeFixtures.local) { response in
                let body = try ServeFixtures.json(response)
                let resolved = try #require(body["resolved"] as? [[String: Any]])
                #expect(resolved.map { $0["id"] as? String } == ["iran"])
            }
            try await client.execute(uri: "/api/actors?q=hiz", method: .get, headers: ServeFixtures.local) { response in
                let body = try ServeFixtures.json(response)
                let matches = try #require(body["matches"] as? [[String: Any]])
                #expect(matches.first?["id"] as? String == "hezbollah")
                #expect(matches.first?["matched"] as? String == "Hizbollah")
            }
        }
    }

    @Test("a focused diagram draws the neighbourhood and maps SVG ids back to actors and relations")
    func focusedDiagram() async throws {
        try await ServeFixtures.app().test(.router) { client in
            try await client.execute(uri: "/api/diagram?focus=Hizbollah&hops=1", method: .get, headers: ServeFixtures.local) { response in
                #expect(response.status == .ok)
                let body = try ServeFixtures.json(response)
                #expect((body["focus"] as? [String: Any])?["id"] as? String == "hezbollah")
                let diagram = try #require(body["diagram"] as? [String: Any])
                // Graphviz writes the hyphens of ids as character references.
                let svg = try #require(diagram["svg"] as? String).replacingOccurrences(of: "&#45;", with: "-")
                #expect(svg.contains("<svg"))
                #expect(diagram["actorCount"] as? Int == 2)
                let actors = try #require(diagram["actors"] as? [String: String])
                #expect(Set(actors.values) == ["hezbollah", "iran"])
                for id in actors.keys { #expect(svg.contains("id=\"\(id)\"")) }
                let relations = try #require(diagram["relations"] as? [String: [String: String]])
                let proxy = try #require(relations.first { $0.value["type"] == "proxy" })
                #expect(proxy.value == ["source": "hezbollah", "type": "proxy", "target": "iran"])
                #expect(svg.contains("id=\"\(proxy.key)\""))
            }
        }
    }

    @Test("types, hedged and as-of filters change what is drawn")
    func filters() async throws {
        try await ServeFixtures.app().test(.router) { client in
            func count(_ uri: String) async throws -> Int? {
                try await client.execute(uri: uri, method: .get, headers: ServeFixtures.local) { response in
                    #expect(response.status == .ok, "\(uri)")
                    return try (ServeFixtures.json(response)["diagram"] as? [String: Any])?["relationCount"] as? Int
                }
            }
            let cases: [(String, Int)] = [
                ("/api/diagram", 5), ("/api/diagram?types=hostility", 2), ("/api/diagram?hedged=0", 4),
                ("/api/diagram?minEvidence=2", 1), ("/api/diagram?asOf=2024-03-05", 2), ("/api/diagram?from=2024-03-05&to=2024-03-31", 2),
            ]
            for (uri, expected) in cases {
                let drawn = try await count(uri)
                #expect(drawn == expected, "\(uri)")
            }
        }
    }

    @Test("the evidence card lists every sentence with document, date, modality, speaker and rule")
    func evidenceCard() async throws {
        try await ServeFixtures.app().test(.router) { client in
            try await client.execute(
                uri: "/api/relation?source=iran&type=hostility&target=israel", method: .get, headers: ServeFixtures.local
            ) { response in
                let body = try ServeFixtures.json(response)
                #expect(body["evidenceCount"] as? Int == 2)
                let evidence = try #require(body["evidence"] as? [[String: Any]])
                #expect(evidence.map { $0["document"] as? String } == ["d1", "d2"])
                let second = evidence[1]
                #expect(second["sentence"] as? String == "Israel struck Iranian positions.")
                #expect(second["date"] as? String == "2024-03-10")
                #expect(second["documentTitle"] as? String == "Evening report")
                #expect(second["modality"] as? String == "asserted")
                #expect(second["speaker"] as? String == "An army spokesman")
                #expect(second["rule"] as? String == "test-rule")
            }
            try await client.execute(
                uri: "/api/relation?source=iran&type=alliance&target=israel", method: .get, headers: ServeFixtures.local
            ) { response in
                #expect(response.status == .notFound)
                let body = try ServeFixtures.json(response)
                #expect(body["kind"] as? String == "error")
            }
        }
    }

    @Test("the timeline bins every dated sentence by day")
    func timeline() async throws {
        try await ServeFixtures.app().test(.router) { client in
            try await client.execute(uri: "/api/timeline", method: .get, headers: ServeFixtures.local) { response in
                let body = try ServeFixtures.json(response)
                #expect(body["unit"] as? String == "day")
                let bins = try #require(body["bins"] as? [[String: Any]])
                #expect(bins.count == 33)
                #expect(bins.compactMap { $0["count"] as? Int }.reduce(0, +) == 6)
                #expect(bins.first?["count"] as? Int == 2)
            }
        }
    }

    @Test("a path query explains each hop and highlights the path")
    func paths() async throws {
        try await ServeFixtures.app().test(.router) { client in
            try await client.execute(uri: "/api/path?from=Hezbollah&to=Israel&k=2", method: .get, headers: ServeFixtures.local) {
                response in
                #expect(response.status == .ok)
                let body = try ServeFixtures.json(response)
                let paths = try #require(body["paths"] as? [[String: Any]])
                #expect(paths.count == 2)
                #expect(paths.first?["chain"] as? String == "Hezbollah —proxy→ Iran —hostility— Israel")
                #expect(paths.first?["stance"] as? String == "foe")
                let steps = try #require(paths.first?["steps"] as? [[String: Any]])
                #expect((steps.first?["evidence"] as? [String: Any])?["sentence"] as? String == "Tehran arms its proxy Hezbollah.")
                let diagram = try #require(body["diagram"] as? [String: Any])
                #expect((diagram["svg"] as? String)?.contains("path") == true)
            }
            try await client.execute(uri: "/api/path?from=Hezbollah&to=Israel&types=alliance", method: .get, headers: ServeFixtures.local) {
                response in
                let body = try ServeFixtures.json(response)
                #expect((body["paths"] as? [Any])?.isEmpty == true)
                #expect(body["diagram"] == nil)
            }
        }
    }

    @Test("a diff between two dates lists the changes and draws them")
    func diff() async throws {
        try await ServeFixtures.app().test(.router) { client in
            try await client.execute(uri: "/api/diff?from=2024-03-05&to=2024-04-30", method: .get, headers: ServeFixtures.local) {
                response in
                #expect(response.status == .ok)
                let body = try ServeFixtures.json(response)
                let counts = try #require(body["counts"] as? [String: Int])
                #expect(counts["relation-added"] == 3)
                #expect(counts["strengthened"] == 1)
                let changes = try #require(body["changes"] as? [[String: Any]])
                #expect(changes.contains { ($0["summary"] as? String) == "Iran —alliance— Qatar" })
                let diagram = try #require(body["diagram"] as? [String: Any])
                #expect((diagram["svg"] as? String)?.contains("added") == true)
            }
        }
    }

    @Test("large graphs are drawn as their most connected actors, with a note")
    func largeGraphsAreLimited() async throws {
        var settings = ViewerSettings()
        settings.largeGraphRelations = 2
        settings.defaultMaxActors = 3
        try await ServeFixtures.app(settings: settings).test(.router) { client in
            try await client.execute(uri: "/api/diagram", method: .get, headers: ServeFixtures.local) { response in
                let diagram = try #require(try ServeFixtures.json(response)["diagram"] as? [String: Any])
                #expect(diagram["actorCount"] as? Int == 3)
                #expect(diagram["droppedActors"] as? Int == 2)
                #expect((diagram["notes"] as? [String])?.contains { $0.contains("most connected") } == true)
            }
        }
    }

    @Test(
        "bad parameters are answered 400 with a message naming the parameter",
        arguments: [
            ("/api/diagram?hops=99", "hops"), ("/api/diagram?asOf=yesterday", "asOf"), ("/api/diagram?types=love", "love"),
            ("/api/path?from=Iran", "to"), ("/api/diff?from=2024-01-01", "required"),
            ("/api/diagram?from=2024-05-01&to=2024-01-01", "after"),
        ])
    func badParameters(uri: String, word: String) async throws {
        try await ServeFixtures.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get, headers: ServeFixtures.local) { response in
                #expect(response.status == .badRequest)
                let message = try #require(try ServeFixtures.json(response)["error"] as? String)
                #expect(message.contains(word), "\(message)")
            }
        }
    }

    @Test("an unknown focus is answered 404")
    func unknownFocus() async throws {
        try await ServeFixtures.app().test(.router) { client in
            try await client.execute(uri: "/api/diagram?focus=Atlantis", method: .get, headers: ServeFixtures.local) { response in
                #expect(response.status == .notFound)
                let body = try ServeFixtures.json(response)
                #expect((body["error"] as? String)?.contains("Atlantis") == true)
            }
        }
    }
}
