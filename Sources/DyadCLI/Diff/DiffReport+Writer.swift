import DyadCore

extension DiffReport {
    /// Prints the report of `diff` as `JSONOutput.print(encodable: DiffReport(...))` would, byte for byte,
    /// but written straight from the changes to standard output in chunks: no `Encodable` values, no
    /// whole document in memory (a diff of two large graphs has hundreds of thousands of changes).
    /// - Throws: ``GraphFileError`` when standard output cannot be written.
    static func print(diff: GraphDiff, old: Version, new: Version, window: Int?) throws(GraphFileError) {
        var json = PrettyJSONWriter()
        try write(diff: diff, old: old, new: new, window: window, to: &json)
    }

    /// Writes the report of `diff` with `json` (see ``print(diff:old:new:window:)``), and finishes it.
    static func write(diff: GraphDiff, old: Version, new: Version, window: Int?, to json: inout PrettyJSONWriter) throws(GraphFileError) {
        json.beginObject()
        json.key("changes")
        json.beginArray()
        let changes = diff.changes
        try json.elements(count: changes.count) { index, writer throws(GraphFileError) in try write(changes[index], to: &writer) }
        try json.endArray()
        json.key("new")
        try write(new, to: &json)
        json.key("old")
        try write(old, to: &json)
        json.key("summary")
        json.beginObject()
        let counts = diff.counts
        var summary: [(String, Int)] = ChangeKind.allCases.map { ($0.rawValue, counts[$0] ?? 0) }
        summary.append(("total", diff.changes.count))
        for (name, count) in summary.sorted(by: { $0.0 < $1.0 }) {
            json.key(name)
            json.int(count)
        }
        try json.endObject()
        json.key("version")
        json.int(1)
        if let window {
            json.key("window")
            json.int(window)
        }
        try json.endObject()
        try json.finish()
    }

    // Members are written in sorted key order, `nil` ones left out, as the encoder does.

    private static func write(_ change: GraphChange, to json: inout PrettyJSONWriter) throws(GraphFileError) {
        json.beginObject()
        if let actor = change.actor {
            json.key("actor")
            json.string(actor)
        }
        if change.kind == .aliasesChanged {
            json.key("addedAliases")
            try json.stringArray(change.addedAliases)
        }
        if let after = change.after {
            json.key("after")
            try write(after, to: &json)
        }
        if let before = change.before {
            json.key("before")
            try write(before, to: &json)
        }
        json.key("evidence")
        json.beginArray()
        for item in change.evidence { try write(item, to: &json) }
        try json.endArray()
        json.key("importance")
        json.double((change.importance * 1000).rounded() / 1000)
        json.key("kind")
        json.string(change.kind.rawValue)
        if let actor = change.newActor {
            json.key("newActor")
            try write(actor, to: &json)
        }
        if let actor = change.oldActor {
            json.key("oldActor")
            try write(actor, to: &json)
        }
        if let previous = change.previous {
            json.key("previous")
            try write(previous, to: &json)
        }
        let flipped = change.kind == .flipped
        if flipped, let now = change.previousNow {
            json.key("previousNow")
            try write(now, to: &json)
        }
        if flipped {
            json.key("previousRemoved")
            json.bool(change.previousRemoved)
        }
        if let relation = change.relation {
            json.key("relation")
            try write(relation, to: &json)
        }
        if flipped {
            json.key("relationAdded")
            json.bool(change.relationAdded)
        }
        if change.kind == .aliasesChanged {
            json.key("removedAliases")
            try json.stringArray(change.removedAliases)
        }
        try json.endObject()
    }

    private static func write(_ key: RelationKey, to json: inout PrettyJSONWriter) throws(GraphFileError) {
        json.beginObject()
        json.key("source")
        json.string(key.source)
        json.key("target")
        json.string(key.target)
        json.key("type")
        json.string(key.type.rawValue)
        try json.endObject()
    }

    private static func write(_ state: RelationState, to json: inout PrettyJSONWriter) throws(GraphFileError) {
        json.beginObject()
        json.key("confidence")
        json.double(state.confidence)
        json.key("evidenceCount")
        json.int(state.evidenceCount)
        if let first = state.firstSeen {
            json.key("firstSeen")
            json.string(first.description)
        }
        if let last = state.lastSeen {
            json.key("lastSeen")
            json.string(last.description)
        }
        json.key("modality")
        json.string(state.modality.rawValue)
        json.key("strongestModality")
        json.string(state.strongestModality.rawValue)
        try json.endObject()
    }

    private static func write(_ actor: Actor, to json: inout PrettyJSONWriter) throws(GraphFileError) {
        json.beginObject()
        json.key("aliases")
        try json.stringArray(actor.aliases)
        json.key("id")
        json.string(actor.id)
        json.key("kind")
        json.string(actor.kind.rawValue)
        json.key("name")
        json.string(actor.name)
        if let parent = actor.partOf {
            json.key("partOf")
            json.string(parent)
        }
        try json.endObject()
    }

    private static func write(_ item: ChangeEvidence, to json: inout PrettyJSONWriter) throws(GraphFileError) {
        json.beginObject()
        if let speaker = item.evidence.attributedTo {
            json.key("attributedTo")
            json.string(speaker)
        }
        if let date = item.date {
            json.key("date")
            json.string(date.description)
        }
        json.key("document")
        json.string(item.evidence.document)
        json.key("modality")
        json.string(item.evidence.modality.rawValue)
        json.key("relation")
        try write(item.relation, to: &json)
        json.key("rule")
        json.string(item.evidence.rule)
        json.key("sentence")
        json.string(item.evidence.sentence)
        json.key("side")
        json.string(item.side.rawValue)
        try json.endObject()
    }

    private static func write(_ version: Version, to json: inout PrettyJSONWriter) throws(GraphFileError) {
        json.beginObject()
        json.key("actors")
        json.int(version.actors)
        if let date = version.date {
            json.key("date")
            json.string(date)
        }
        json.key("label")
        json.string(version.label)
        json.key("relations")
        json.int(version.relations)
        try json.endObject()
    }
}
