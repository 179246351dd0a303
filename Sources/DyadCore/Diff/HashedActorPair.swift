/// An actor pair with its hash computed once (``PairRelations/pairHash``), as a dictionary key
/// that hashes one integer instead of two ids.
struct HashedActorPair: Hashable {
    /// The pair.
    let pair: ActorPair
    /// Its hash.
    let hash: Int

    /// The key of an entry's pair.
    init(_ entry: PairRelations) {
        pair = entry.pair
        hash = entry.pairHash
    }

    /// The key of `pair`, whose hash (``PairRelations/hash(of:)``) is `hash`.
    init(pair: ActorPair, hash: Int) {
        self.pair = pair
        self.hash = hash
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }

    static func == (lhs: HashedActorPair, rhs: HashedActorPair) -> Bool {
        lhs.hash == rhs.hash && lhs.pair == rhs.pair
    }
}
