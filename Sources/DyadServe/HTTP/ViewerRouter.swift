import Dispatch
import Foundation
import Hummingbird

/// The routes of `dyad serve`: the page's three files and the JSON API (`docs/Serve.md`).
public enum ViewerRouter {
    /// Builds the router for `viewer`.
    /// - Parameters:
    ///   - viewer: The engine answering the API.
    ///   - configuration: The rate limit and the hosts the Host header may name.
    /// - Throws: ``ServeError`` when the page's files are missing from the build.
    public static func make(viewer: GraphViewer, configuration: ServeConfiguration) throws(ServeError) -> Router<BasicRequestContext> {
        let assets = try WebAssets()
        let answers = ViewCache<String, [UInt8]>(capacity: 128)
        let router = Router(context: BasicRequestContext.self)
        router.add(
            middleware: ViewerMiddleware<BasicRequestContext>(
                limiter: RateLimiter(rate: configuration.requestsPerSecond, burst: configuration.burst),
                configuration: configuration))
        for (route, _, _) in WebAssets.routes {
            guard let asset = assets.byRoute[route] else { continue }
            router.get(RouterPath(route)) { _, _ in ViewerResponses.bytes(asset.bytes, type: asset.contentType) }
        }
        router.get("/api/graph") { _, _ in ViewerResponses.json(viewer.summary) }
        router.get("/api/timeline") { _, _ in ViewerResponses.json(viewer.timeline) }
        router.get("/api/actors") { request, _ in
            try await answer(request) { parameters throws(ServeError) in try viewer.searchActors(parameters) }
        }
        router.get("/api/relation") { request, _ in
            try await answer(request) { parameters throws(ServeError) in try viewer.evidenceCard(parameters) }
        }
        router.get("/api/diagram") { request, _ in
            try await answer(request, cache: answers) { parameters throws(ServeError) in
                try viewer.diagram(try viewer.viewQuery(parameters))
            }
        }
        router.get("/api/path") { request, _ in
            try await answer(request, cache: answers) { parameters throws(ServeError) in try viewer.paths(try viewer.pathQuery(parameters))
            }
        }
        router.get("/api/diff") { request, _ in
            try await answer(request, cache: answers) { parameters throws(ServeError) in try viewer.diff(try viewer.diffQuery(parameters)) }
        }
        return router
    }

    /// Reads the parameters and runs `work` off the request threads (layouts wait on the helper process).
    ///
    /// With a `cache`, encoded answers are kept by request target: the graph never changes, so the
    /// same request always has the same answer, and large diagrams are not encoded again.
    private static func answer<Answer: Encodable & Sendable>(
        _ request: Request, cache: ViewCache<String, [UInt8]>? = nil,
        _ work: @escaping @Sendable (QueryParameters) throws(ServeError) -> Answer
    ) async throws -> Response {
        let target = request.uri.string
        if let cache, let bytes = cache.value(for: target) { return ViewerResponses.bytes(bytes, type: ViewerResponses.jsonType) }
        let parameters = try QueryParameters(request.uri.queryParameters.map { (String($0.key), String($0.value)) })
        let bytes: [UInt8] = try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                do throws(ServeError) {
                    continuation.resume(returning: ViewerResponses.encode(try work(parameters)))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
        cache?.store(bytes, for: target)
        return ViewerResponses.bytes(bytes, type: ViewerResponses.jsonType)
    }
}
