/// Why the viewer cannot answer a request or start, with a message a user can act on.
public struct ServeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure; each maps to one HTTP status.
    public enum Code: String, Hashable, Sendable {
        /// A parameter is missing, malformed or out of range (400).
        case badRequest
        /// The actor or relation named does not exist (404).
        case notFound
        /// The request line or body is larger than the viewer accepts (413/414).
        case tooLarge
        /// Too many requests in a short time (429).
        case rateLimited
        /// The diagram could not be laid out in time or at all (500).
        case renderFailed
        /// The bundled page could not be found (the build lost its resources) (500).
        case missingResource

        /// The HTTP status code.
        public var status: Int {
            switch self {
            case .badRequest: 400
            case .notFound: 404
            case .tooLarge: 413
            case .rateLimited: 429
            case .renderFailed, .missingResource: 500
            }
        }
    }

    /// The kind of failure.
    public var code: Code
    /// What went wrong and what to do about it.
    public var message: String

    /// Creates an error.
    /// - Parameters:
    ///   - code: The kind of failure.
    ///   - message: What went wrong and what to do about it.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
