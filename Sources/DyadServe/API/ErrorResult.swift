/// The body of every error response.
public struct ErrorResult: Encodable, Hashable, Sendable {
    /// Always `error`.
    public var kind = "error"
    /// The error code (`badRequest`, `notFound`, …).
    public var code: String
    /// What went wrong and what to do about it.
    public var error: String
}
