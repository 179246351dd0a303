/// The relations between one pair of actors in a ``GraphSnapshot``, in slot order
/// (``ActorPair/slot(of:)``), with digests, as the snapshot's persistent set holds them.
///
/// The set hashes only ``digest``, a hash of the relations, so two versions of a snapshot are
/// compared by `TreeSet.symmetricDifference`, which skips every subtree they share; entries of the
/// same pair with equal digests count as equal.
/// ``pairHash`` matches a pair's two versions without hashing its ids again.
struct PairRelations: Hashable, Sendable {
    /// The two actors.
    let pair: ActorPair
    /// A hash of the pair alone, within this process.
    let pairHash: Int
    /// A hash of the relations, within this process.
    let digest: Int
    /// The relations between the two actors, at most one a slot, in slot order; never empty.
    let relations: [Relation]

    /// Holds `relations` (in slot order) of `pair`, whose hash is `pairHash`.
    init(pair: ActorPair, pairHash: Int, relations: [Relation]) {
        self.pair = pair
        self.pairHash = pairHash
        self.relations = relations
        var hasher = Hasher()
        hasher.combine(pairHash)
        hasher.combine(relations)
        digest = hasher.finalize()
    }

    /// Feeds only the digest, so that hash trees hash an entry in constant time.
    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }

    /// The same pair with the same digest, as ``Stamp`` compares: comparing the relations themselves
    /// would read every relation of two snapshots built separately.
    static func == (lhs: PairRelations, rhs: PairRelations) -> Bool {
        lhs.digest == rhs.digest && lhs.pair == rhs.pair
    }

    /// The hash of `pair` that ``pairHash`` holds.
    static func hash(of pair: ActorPair) -> Int {
        var hasher = Hasher()
        hasher.combine(pair)
        return hasher.finalize()
    }
}
