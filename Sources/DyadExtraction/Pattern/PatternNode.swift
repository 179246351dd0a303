/// The parsed form of a token pattern.
indirect enum PatternNode: Sendable, Hashable {
    /// A literal word or mark, folded.
    case literal(String)
    /// A word class by name.
    case wordClass(String)
    /// An actor slot: `@A`, `@B`, `@AB` (a pair), or `@_` (any mention, not bound).
    case slot(PatternSlot)
    /// One unit of a gap; `crossesMentions` for `_`, not for `~`.
    case any(crossesMentions: Bool)
    /// Elements in order.
    case sequence([PatternNode])
    /// Alternatives.
    case alternatives([PatternNode])
    /// A zero-width check that the next unit does not match the inner element (`!word`, `![class]`).
    case not(PatternNode)
    /// Repetition; gaps repeat lazily, everything else greedily.
    case repeated(PatternNode, min: Int, max: Int?, lazy: Bool)
}

/// The actor slots of a pattern.
enum PatternSlot: Int, Sendable, Hashable {
    case a = 0, b = 1, pair = 2, anyMention = 3
    /// `@B:place`: the target, also when the state is named as a place after a locative (`inside Iran`).
    case placeB = 4
    /// `@A:first`: the source, but of a list it binds only the first member (`Russian-backed separatists and the
    /// Georgian army`: the compound qualifies the separatists alone).
    case firstA = 5

    /// The slot the matcher binds: `@A:first` binds like `@A` and is narrowed when the match is recorded.
    var bound: PatternSlot { self == .firstA ? .a : self }
}
