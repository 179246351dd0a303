/// A path with its evidence and its signed reading, ready to print or encode.
public struct PathExplanation: Hashable, Sendable {
    /// The path explained.
    public var path: ActorPath
    /// One explanation per step.
    public var hops: [HopExplanation]
    /// For two-hop paths, the direct relations between the ends and whether
    /// each closes a balanced triangle; empty otherwise.
    public var triangle: [TriangleCheck]

    /// Creates an explanation.
    /// - Parameters:
    ///   - path: The path.
    ///   - hops: Its steps explained.
    ///   - triangle: The triangle checks of a two-hop path.
    public init(path: ActorPath, hops: [HopExplanation], triangle: [TriangleCheck]) {
        self.path = path
        self.hops = hops
        self.triangle = triangle
    }

    /// The product of the relation signs.
    public var sign: Int { path.sign }
    /// The stance the sign implies between the ends.
    public var stance: Stance { path.stance }

    /// The path as one line, `Hezbollah —proxy→ Iran —hostility— Israel`.
    /// - Parameter name: The display name of an actor id.
    public func chain(name: (Actor.ID) -> String) -> String {
        var text = name(path.start)
        for step in path.steps { text += " \(step.connector) \(name(step.to))" }
        return text
    }
}
