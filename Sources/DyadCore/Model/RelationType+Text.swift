extension RelationType {
    /// The connector printed between two actor names: `—hostility—` for a symmetric type,
    /// `—proxy→` read forwards (proxy to patron) and `←proxy—` read backwards.
    /// - Parameter forward: Whether the chain reads from the relation's source to its target.
    public func connector(forward: Bool = true) -> String {
        if isSymmetric { return "—\(rawValue)—" }
        return forward ? "—\(rawValue)→" : "←\(rawValue)—"
    }
}

extension RelationKey {
    /// The relation as a chain of names: `Hezbollah —proxy→ Iran`.
    ///
    /// Every listing of relations (show, diff, paths, extraction's `--explain`) prints
    /// relations through this one formatter.
    /// - Parameter name: The text printed for an actor id (a display name, or the id itself).
    public func text(name: (Actor.ID) -> String) -> String {
        "\(name(source)) \(type.connector()) \(name(target))"
    }
}
