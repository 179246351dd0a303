/// An identity paired with a digest of its content, stored in persistent sets so that
/// the items that differ between two versions are found by comparing the sets
/// (structure shared between versions is skipped without being visited).
public struct Stamp<ID: Hashable & Sendable>: Hashable, Sendable {
    /// The item's identity (a relation key, an actor id).
    public var id: ID
    /// A digest of the item's content within this process.
    public var digest: Int

    /// Creates a stamp.
    public init(id: ID, digest: Int) {
        self.id = id
        self.digest = digest
    }

    /// The stamp of a hashable item: the digest covers both the identity and the content.
    public init<T: Hashable>(id: ID, content: T) {
        self.id = id
        var hasher = Hasher()
        hasher.combine(id)
        hasher.combine(content)
        digest = hasher.finalize()
    }

    /// Feeds only the digest, so that hash trees hash a stamp in constant time.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }

    /// Equal digests first (cheap), then equal identities.
    public static func == (lhs: Stamp, rhs: Stamp) -> Bool {
        lhs.digest == rhs.digest && lhs.id == rhs.id
    }
}
