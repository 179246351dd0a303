import DyadCore

extension RenderError: CodedError {
    /// The failure kind as text (`timeout`, `helper-missing`, …).
    public var codeName: String { code.rawValue }
}
