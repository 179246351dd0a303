/// Where a pack's learned relation scorer is and whether extraction uses it by default.
public struct ModelSettings: Sendable, Hashable {
    /// The model file's path (resolved against the pack file that names it).
    public var file: String
    /// Whether extraction uses the model unless told otherwise (`--no-model`).
    public var enabled: Bool

    /// Creates settings.
    /// - Parameters:
    ///   - file: The model file.
    ///   - enabled: Whether it is on by default.
    public init(file: String, enabled: Bool) {
        self.file = file
        self.enabled = enabled
    }
}
