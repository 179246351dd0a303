import HTTPTypes
import Hummingbird

/// Checks every request before it reaches a route, and dresses every response.
///
/// Only GET; no body; a request line of at most ``maximumURILength``
/// bytes; a Host header naming the loopback address when the viewer is bound to
/// it (against DNS rebinding); the shared rate limit. Every response, errors
/// included, carries ``SecurityHeaders``; errors become JSON ``ErrorResult`` bodies.
struct ViewerMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The longest request target accepted, in bytes.
    static var maximumURILength: Int { 2048 }

    let limiter: RateLimiter
    /// The address bound, which decides the Host names accepted.
    let configuration: ServeConfiguration

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            try check(request)
            var response = try await next(request, context)
            Self.addSecurityHeaders(&response.headers)
            return response
        } catch let error as ServeError {
            return Self.errorResponse(error)
        } catch let error as any HTTPResponseError {
            let message = error.status == .notFound ? "no such page or API route" : "the request cannot be answered (\(error.status.code))"
            return Self.errorResponse(status: error.status, code: error.status == .notFound ? "notFound" : "badRequest", message: message)
        } catch {
            return Self.errorResponse(status: .internalServerError, code: "internal", message: "the viewer failed to answer this request")
        }
    }

    private func check(_ request: Request) throws(ServeError) {
        guard request.method == .get else {
            throw ServeError(.badRequest, "the viewer is read-only: only GET requests are answered")
        }
        guard request.uri.string.utf8.count <= Self.maximumURILength else {
            throw ServeError(.tooLarge, "the request is longer than \(Self.maximumURILength) bytes")
        }
        if let length = request.headers[.contentLength], length != "0" {
            throw ServeError(.tooLarge, "the viewer takes no request body")
        }
        if request.headers[.transferEncoding] != nil { throw ServeError(.tooLarge, "the viewer takes no request body") }
        guard configuration.accepts(authority: request.head.authority) else {
            throw ServeError(.badRequest, "the Host header must name this machine (localhost or 127.0.0.1)")
        }
        guard limiter.allow() else { throw ServeError(.rateLimited, "too many requests; wait a moment and try again") }
    }

    static func addSecurityHeaders(_ headers: inout HTTPFields) {
        for (name, value) in SecurityHeaders.all {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
    }

    static func errorResponse(_ error: ServeError) -> Response {
        errorResponse(status: HTTPResponse.Status(code: error.code.status), code: error.code.rawValue, message: error.message)
    }

    static func errorResponse(status: HTTPResponse.Status, code: String, message: String) -> Response {
        var response = ViewerResponses.json(ErrorResult(code: code, error: message), status: status)
        addSecurityHeaders(&response.headers)
        return response
    }
}
