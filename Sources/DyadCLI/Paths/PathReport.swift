import DyadCore

/// The JSON forms of `dyad path`, `dyad connect` and `dyad balance` (`Schemas/paths.schema.json`).
enum PathReport {
    struct ActorRef: Encodable {
        var id: String
        var name: String
    }

    struct RelationRef: Encodable {
        var source: String
        var type: String
        var target: String
    }

    struct EvidenceEntry: Encodable {
        var document: String
        var documentTitle: String?
        var sentence: String
        var rule: String
        var modality: String
        var date: String?
        var attributedTo: String?
    }

    struct StepEntry: Encodable {
        var from: String
        var to: String
        var relation: RelationRef
        var direction: String
        var connector: String
        var modality: String
        var confidence: Double
        var evidenceCount: Int
        var evidence: EvidenceEntry?
    }

    struct TriangleEntry: Encodable {
        var relation: RelationRef
        var balanced: Bool
    }

    struct PathEntry: Encodable {
        var chain: String
        var actors: [ActorRef]
        var hops: Int
        var cost: Double
        var sign: Int
        var stance: String
        var steps: [StepEntry]
        var triangle: [TriangleEntry]
    }

    struct ConstraintsEntry: Encodable {
        var types: [String]
        var minimumEvidence: Int
        var excludeHedged: Bool
        var excludedActors: [String]
        var directed: Bool
        var cost: String
        var asOf: String?
        var window: Int?
    }

    struct QueryEntry: Encodable {
        var from: ActorRef
        var to: ActorRef
        var mode: String
        var k: Int?
        var maxHops: Int?
        var limit: Int?
        var constraints: ConstraintsEntry
    }

    /// One answer of `dyad path`.
    struct PathResult: Encodable {
        var kind = "path"
        var query: QueryEntry
        var paths: [PathEntry]
        var truncated: Bool
    }

    /// A `--pairs` line that could not be answered.
    struct ErrorResult: Encodable {
        struct Input: Encodable {
            var line: Int
            var from: String
            var to: String
        }
        var kind = "error"
        var input: Input
        var error: String
    }

    struct NetworkRelation: Encodable {
        var relation: RelationRef
        var modality: String
        var confidence: Double
        var evidence: EvidenceEntry?
    }

    /// The answer of `dyad connect`.
    struct ConnectResult: Encodable {
        var kind = "connect"
        var terminals: [ActorRef]
        var actors: [ActorRef]
        var intermediaries: [ActorRef]
        var relations: [NetworkRelation]
        var paths: [PathEntry]
        var components: [[String]]
        var connected: Bool
        var constraints: ConstraintsEntry
    }

    struct TriangleReport: Encodable {
        var actors: [ActorRef]
        var sign: Int
        var relations: [NetworkRelation]
    }

    /// The answer of `dyad balance`.
    struct BalanceResult: Encodable {
        var kind = "balance"
        var asOf: String?
        var triangles: Int
        var balanced: Int
        var unbalancedCount: Int
        var balanceRatio: Double
        var unbalanced: [TriangleReport]
    }
}
