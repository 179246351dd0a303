import DyadCore

/// A rule with its patterns compiled.
struct CompiledRule: Sendable {
    var rule: RelationRule
    var programs: [PatternProgram]
}

/// One pattern of a rule, flattened for the matcher.
struct FlatPattern: Sendable {
    var program: PatternProgram
    var rule: Int
    /// Allowed kinds of the slots as bits of `ActorKind.allCases` (0: any), already swapped for reversed rules.
    var kindsA: UInt8
    var kindsB: UInt8
    var firstIsSlot: Bool
}

extension ActorKind {
    /// This kind's bit in slot masks.
    var bit: UInt8 { UInt8(1) << UInt8(ActorKind.allCases.firstIndex(of: self) ?? 0) }

    /// The mask of a set of kinds (0 for none: any kind).
    static func mask(_ kinds: Set<ActorKind>) -> UInt8 { kinds.reduce(0) { $0 | $1.bit } }
}
