/// The limits the layout helper runs under.
public struct RenderLimits: Hashable, Sendable {
    /// Wall-clock time before the helper is killed, in seconds.
    public var timeout: Double
    /// CPU time the helper may use, in seconds.
    public var cpuSeconds: Int
    /// Address space the helper may use, in megabytes.
    public var memoryMegabytes: Int
    /// The helper's path; `nil` looks beside the running executable, then `DYAD_GRAPHVIZ`, then `PATH`.
    public var helperPath: String?

    /// Creates limits.
    /// - Parameters:
    ///   - timeout: Wall-clock seconds.
    ///   - cpuSeconds: CPU seconds.
    ///   - memoryMegabytes: Address space in megabytes.
    ///   - helperPath: The helper's path, if not found automatically.
    public init(timeout: Double = 60, cpuSeconds: Int = 60, memoryMegabytes: Int = 2048, helperPath: String? = nil) {
        self.timeout = timeout
        self.cpuSeconds = cpuSeconds
        self.memoryMegabytes = memoryMegabytes
        self.helperPath = helperPath
    }

    /// 60 s wall clock, 60 s CPU, 2 GB.
    public static let standard = RenderLimits()
}
