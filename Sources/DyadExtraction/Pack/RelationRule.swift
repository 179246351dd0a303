import DyadCore

/// A relation rule: a token pattern with actor slots `@A`, `@B` or `@AB` and the relation it yields.
public struct RelationRule: Sendable, Hashable {
    /// Unique rule id, named in evidence and `--explain`.
    public var id: String
    /// The relation type.
    public var type: RelationType
    /// The patterns, any of which fires the rule.
    public var patterns: [String]
    /// Where each pattern is written (for located pattern errors).
    public var patternOrigins: [SourceLocation?]
    /// Priority: for the same pair of actors in a sentence, a match gives way to one of higher priority over the same words.
    public var priority: Int
    /// `true` to swap the slots (`@A` becomes the target).
    public var reversed: Bool
    /// Allowed kinds for slot A (empty: any).
    public var kindsA: Set<ActorKind>
    /// Allowed kinds for slot B (empty: any).
    public var kindsB: Set<ActorKind>
    /// A fixed modality that replaces hedge cues (negation cues still apply), if any.
    public var modality: Modality?
    /// Phrases that cancel a match when they occur in its clause before its end (`called for`).
    public var unless: [String]
    /// The rule's examples.
    public var examples: [RuleExample]
    /// Where the rule is written.
    public var origin: SourceLocation?

    /// Creates a rule.
    public init(
        id: String, type: RelationType, patterns: [String], patternOrigins: [SourceLocation?] = [], priority: Int = 0,
        reversed: Bool = false, kindsA: Set<ActorKind> = [], kindsB: Set<ActorKind> = [], modality: Modality? = nil,
        unless: [String] = [], examples: [RuleExample] = [], origin: SourceLocation? = nil
    ) {
        self.unless = unless
        self.id = id
        self.type = type
        self.patterns = patterns
        self.patternOrigins = patternOrigins.count == patterns.count ? patternOrigins : patterns.map { _ in origin }
        self.priority = priority
        self.reversed = reversed
        self.kindsA = kindsA
        self.kindsB = kindsB
        self.modality = modality
        self.examples = examples
        self.origin = origin
    }
}
