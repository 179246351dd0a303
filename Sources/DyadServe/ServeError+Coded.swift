import DyadCore

extension ServeError: CodedError {
    /// The failure kind as text (`badRequest`, `notFound`, …).
    public var codeName: String { code.rawValue }
}
