import DyadCore

extension ExtractionError: CodedError {
    /// The failure kind as text (`yaml-syntax`, `pattern`, …).
    public var codeName: String { code.rawValue }
}
