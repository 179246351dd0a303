import DyadCore

/// The JSON form of a diff, as `Schemas/diff.schema.json` describes it.
struct DiffReport: Encodable {
    struct Version: Encodable {
        var label: String
        var date: String?
        var relations: Int
        var actors: Int
    }
    struct Key: Encodable {
        var source: String, type: String, target: String
        init(_ key: RelationKey) {
            source = key.source
            type = key.type.rawValue
            target = key.target
        }
    }
    struct State: Encodable {
        var modality: String, strongestModality: String, evidenceCount: Int, confidence: Double
        var firstSeen: String?, lastSeen: String?
        init(_ state: RelationState) {
            modality = state.modality.rawValue
            strongestModality = state.strongestModality.rawValue
            evidenceCount = state.evidenceCount
            confidence = state.confidence
            firstSeen = state.firstSeen?.description
            lastSeen = state.lastSeen?.description
        }
    }
    struct ActorEntry: Encodable {
        var id: String, name: String, kind: String, aliases: [String], partOf: String?
        init(_ actor: Actor) {
            id = actor.id
            name = actor.name
            kind = actor.kind.rawValue
            aliases = actor.aliases
            partOf = actor.partOf
        }
    }
    struct EvidenceEntry: Encodable {
        var side: String, relation: Key, document: String, sentence: String, rule: String, modality: String
        var attributedTo: String?, date: String?
        init(_ item: ChangeEvidence) {
            side = item.side.rawValue
            relation = Key(item.relation)
            document = item.evidence.document
            sentence = item.evidence.sentence
            rule = item.evidence.rule
            modality = item.evidence.modality.rawValue
            attributedTo = item.evidence.attributedTo
            date = item.date?.description
        }
    }
    struct Change: Encodable {
        var kind: String
        var importance: Double
        var relation: Key?
        var previous: Key?
        var before: State?
        var after: State?
        var previousRemoved: Bool?
        var previousNow: State?
        var relationAdded: Bool?
        var actor: String?
        var oldActor: ActorEntry?
        var newActor: ActorEntry?
        var addedAliases: [String]?
        var removedAliases: [String]?
        var evidence: [EvidenceEntry]
        init(_ change: GraphChange) {
            kind = change.kind.rawValue
            importance = (change.importance * 1000).rounded() / 1000
            relation = change.relation.map(Key.init)
            previous = change.previous.map(Key.init)
            before = change.before.map(State.init)
            after = change.after.map(State.init)
            if change.kind == .flipped {
                previousRemoved = change.previousRemoved
                previousNow = change.previousNow.map(State.init)
                relationAdded = change.relationAdded
            }
            actor = change.actor
            oldActor = change.oldActor.map(ActorEntry.init)
            newActor = change.newActor.map(ActorEntry.init)
            if change.kind == .aliasesChanged {
                addedAliases = change.addedAliases
                removedAliases = change.removedAliases
            }
            evidence = change.evidence.map(EvidenceEntry.init)
        }
    }

    var version = 1
    var old: Version
    var new: Version
    var window: Int?
    var summary: [String: Int]
    var changes: [Change]

    init(diff: GraphDiff, old: Version, new: Version, window: Int?) {
        self.old = old
        self.new = new
        self.window = window
        let counts = diff.counts
        var summary: [String: Int] = ["total": diff.changes.count]
        for kind in ChangeKind.allCases { summary[kind.rawValue] = counts[kind] ?? 0 }
        self.summary = summary
        changes = diff.changes.map(Change.init)
    }
}
