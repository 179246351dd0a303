import DyadCore
import DyadServe
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("dyad serve: security", .serialized)
struct ServeSecurityTests {
    @Test("the page loads its script and style from the viewer itself, under a strict policy")
    func pageHasStrictPolicy() async throws {
        try await ServeFixtures.app().test(.router) { client in
            try await client.execute(uri: "/", method: .get, headers: ServeFixtures.local) { response in
                #expect(response.status == .ok)
                let policy = try #require(response.headers[HTTPField.Name("Content-Security-Policy")!])
                #expect(policy.contains("default-src 'none'"))
                #expect(policy.contains("script-src 'self'"))
                #expect(!policy.contains("unsafe-inline"))
                #expect(!policy.contains("unsafe-eval"))
                #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
                let html = String(buffer: response.body)
                #expect(html.contains(#"<script src="/app.js" defer></script>"#))
                #expect(!html.contains("http://") && !html.contains("https://"), "the page must not load anything from elsewhere")
                let scripts = html.components(separatedBy: "<script").count - 1
                #expect(scripts == 1)
            }
            for asset in ["/app.js", "/app.css"] {
                try await client.execute(uri: asset, method: .get, headers: ServeFixtures.local) { response in
                    #expect(response.status == .ok)
                    #expect(!String(buffer: response.body).contains("https://"), "\(asset) must not fetch from elsewhere")
                }
            }
        }
    }

    @Test("hostile actor names and sentences reach the SVG escaped, with no link to a javascript: source")
    func hostileTextIsEscapedInSVG() async throws {
        try await ServeFixtures.app().test(.router) { client in
            try await client.execute(uri: "/api/diagram", method: .get, headers: ServeFixtures.local) { response in
                let diagram = try #require(try ServeFixtures.json(response)["diagram"] as? [String: Any])
                let svg = try #require(diagram["svg"] as? String)
                #expect(!svg.contains("<script"))
                #expect(!svg.contains("<img"))
                #expect(!svg.contains("href=\"javascript:"), "a javascript: source must never become a link")
                #expect(svg.contains("href=\"https://example.org/three\""))
                #expect(svg.contains("&lt;script&gt;") || svg.contains("&lt;script"))
            }
        }
    }

    @Test("only GET is answered: the viewer is read-only", arguments: [HTTPRequest.Method.post, .put, .delete, .patch, .head, .options])
    func readOnly(method: HTTPRequest.Method) async throws {
        try await ServeFixtures.app().test(.router) { client in
            try await client.execute(uri: "/api/graph", method: method, headers: ServeFixtures.local) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[HTTPField.Name("Content-Security-Policy")!] != nil)
            }
        }
    }

    @Test("request bodies, long request lines and long parameters are refused")
    func sizeLimits() async throws {
        try await ServeFixtures.app().test(.router) { client in
            try await client.execute(
                uri: "/api/graph", method: .get, headers: [.contentLength: "5"], body: ByteBuffer(string: "hello")
            ) { response in
                #expect(response.status == .contentTooLarge)
            }
            let long = String(repeating: "a", count: 3000)
            try await client.execute(uri: "/api/actors?q=\(long)", method: .get, headers: ServeFixtures.local) { response in
                #expect(response.status == .contentTooLarge)
            }
            let longValue = String(repeating: "b", count: 300)
            try await client.execute(uri: "/api/actors?q=\(longValue)", method: .get, headers: ServeFixtures.local) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
    }

    @Test("on loopback only requests naming this machine are answered (DNS rebinding)")
    func hostCheck() {
        let loopback = ServeConfiguration()
        for authority in ["localhost:8080", "127.0.0.1:8080", "[::1]:8080", "LOCALHOST", "127.0.0.1"] {
            #expect(loopback.accepts(authority: authority), "\(authority)")
        }
        for authority in ["attacker.example:8080", "127.0.0.1.attacker.example", "localhost.evil:80", "", "[::2]:8080"] {
            #expect(!loopback.accepts(authority: authority), "\(authority)")
        }
        #expect(!loopback.accepts(authority: nil))
        var everywhere = ServeConfiguration()
        everywhere.host = "0.0.0.0"
        #expect(!everywhere.isLoopback)
        #expect(everywhere.accepts(authority: "viewer.example:8080"))
    }

    @Test("requests beyond the rate limit are answered 429")
    func rateLimit() async throws {
        let app = try ServeFixtures.app {
            $0.requestsPerSecond = 0.01
            $0.burst = 3
        }
        try await app.test(.router) { client in
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<5 {
                statuses.append(try await client.execute(uri: "/api/graph", method: .get, headers: ServeFixtures.local) { $0.status })
            }
            #expect(statuses == [.ok, .ok, .ok, .tooManyRequests, .tooManyRequests])
        }
    }

    @Test(
        "request paths never reach the file system",
        arguments: ["/../Package.swift", "/Web/app.js", "/%2e%2e/Package.swift", "/index.html"])
    func noFilePaths(uri: String) async throws {
        try await ServeFixtures.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get, headers: ServeFixtures.local) { response in
                #expect(response.status == .notFound)
                let body = try ServeFixtures.json(response)
                #expect(body["kind"] as? String == "error")
            }
        }
    }
}
