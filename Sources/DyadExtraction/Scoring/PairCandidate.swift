import DyadCore

/// Two actor mentions of one sentence, as the relation scorer sees them: the actors, the features
/// of the text around and between them, and what the rules found for the pair.
public struct PairCandidate: Sendable {
    /// The sentence's index in its document.
    public var sentence: Int
    /// The actor mentioned first in the text.
    public var first: String
    /// The actor mentioned second.
    public var second: String
    /// Folded names of the first actor and of the actors it is part of (for matching gold names).
    public var firstNames: Set<String>
    /// Folded names of the second actor and of its parents.
    public var secondNames: Set<String>
    /// The feature hashes (see ``FeatureHash`` and ``RelationModel/featureVersion``).
    public var features: [UInt64]
    /// The feature names, parallel to `features`.
    public var names: [String]
    /// Relation heads the rules already produced for this pair (indices into ``RelationModel/heads``).
    public var ruleHeads: Set<Int>

    /// Creates a candidate.
    public init(
        sentence: Int, first: String, second: String, firstNames: Set<String>, secondNames: Set<String>,
        features: [UInt64], names: [String], ruleHeads: Set<Int>
    ) {
        self.sentence = sentence
        self.first = first
        self.second = second
        self.firstNames = firstNames
        self.secondNames = secondNames
        self.features = features
        self.names = names
        self.ruleHeads = ruleHeads
    }
}
