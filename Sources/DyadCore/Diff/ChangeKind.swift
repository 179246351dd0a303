/// What changed between two versions of a graph.
///
/// The cases are declared in the order reports list them: the changes that
/// alter the reading of the conflict first (flips, new and lapsed relations,
/// modality), then changes of weight, then changes to the actors themselves.
public enum ChangeKind: String, CaseIterable, Hashable, Comparable, Sendable {
    /// The dominant type between two actors changed (alliance → hostility).
    case flipped
    /// A relation appeared.
    case relationAdded = "relation-added"
    /// A relation disappeared (or lapsed out of the window).
    case relationRemoved = "relation-removed"
    /// The current reading of a relation changed (hedged → asserted, asserted → negated).
    case modalityChanged = "modality-changed"
    /// A relation gained evidence (or confidence, for relations without evidence).
    case strengthened
    /// A relation lost evidence (or confidence).
    case weakened
    /// An actor appeared.
    case actorAdded = "actor-added"
    /// An actor disappeared.
    case actorRemoved = "actor-removed"
    /// An actor's parent (`partOf`) changed: it became, stopped being or moved as a sub-unit.
    case subUnitChanged = "sub-unit-changed"
    /// An actor's aliases changed.
    case aliasesChanged = "aliases-changed"

    /// Whether the change is about a relation (as opposed to an actor).
    public var isRelationChange: Bool {
        switch self {
        case .flipped, .relationAdded, .relationRemoved, .modalityChanged, .strengthened, .weakened: true
        case .actorAdded, .actorRemoved, .subUnitChanged, .aliasesChanged: false
        }
    }

    /// The kind seen from the other side: added ↔ removed, strengthened ↔ weakened.
    public var mirrored: ChangeKind {
        switch self {
        case .relationAdded: .relationRemoved
        case .relationRemoved: .relationAdded
        case .strengthened: .weakened
        case .weakened: .strengthened
        case .actorAdded: .actorRemoved
        case .actorRemoved: .actorAdded
        case .flipped, .modalityChanged, .subUnitChanged, .aliasesChanged: self
        }
    }

    /// A heading for reports (`Relations added`).
    public var title: String {
        switch self {
        case .flipped: "Flipped relations"
        case .relationAdded: "Relations added"
        case .relationRemoved: "Relations removed"
        case .modalityChanged: "Modality changes"
        case .strengthened: "Strengthened"
        case .weakened: "Weakened"
        case .actorAdded: "Actors added"
        case .actorRemoved: "Actors removed"
        case .subUnitChanged: "Sub-unit changes"
        case .aliasesChanged: "Alias changes"
        }
    }

    /// The position of the kind in reports.
    public var rank: Int {
        switch self {
        case .flipped: 0
        case .relationAdded: 1
        case .relationRemoved: 2
        case .modalityChanged: 3
        case .strengthened: 4
        case .weakened: 5
        case .actorAdded: 6
        case .actorRemoved: 7
        case .subUnitChanged: 8
        case .aliasesChanged: 9
        }
    }

    /// Orders by declaration, the order reports use.
    public static func < (lhs: ChangeKind, rhs: ChangeKind) -> Bool { lhs.rank < rhs.rank }
}
