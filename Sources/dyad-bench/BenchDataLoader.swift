import DyadCore
import Foundation

/// Loads the shared benchmark generator's files (`../shared/bench/gen.py`) into a ``Graph``.
///
/// `actors.jsonl` lines are `{"id","name","kind","aliases"}`; relation lines are
/// `{"a","type","b","date"}`. Each relation becomes a relation without
/// evidence (as other tools write them), asserted, first and last seen on its
/// date, so snapshots still apply. This is a benchmark loader, not an
/// importer: it reads only this flat form, with a small scanner instead of a
/// general JSON parser, and skips lines it cannot read (it counts them).
enum BenchDataLoader {
    /// Reads the actors and relations of one generated graph folder.
    static func load(actors actorsPath: String, relations relationsPath: String) throws -> (graph: Graph, skipped: Int) {
        var actors: [Actor] = [], relations: [Relation] = []
        var skipped = 0
        try forEachLine(actorsPath) { line in
            var scanner = FlatJSONScanner(line)
            guard let fields = scanner.object(), let id = fields.strings["id"] else { skipped += 1; return }
            let kind = fields.strings["kind"].flatMap(ActorKind.init(rawValue:)) ?? .unknown
            actors.append(Actor(id: id, name: fields.strings["name"] ?? id, kind: kind, aliases: fields.lists["aliases"] ?? []))
        }
        try forEachLine(relationsPath) { line in
            var scanner = FlatJSONScanner(line)
            guard let fields = scanner.object(), let a = fields.strings["a"], let b = fields.strings["b"],
                let type = fields.strings["type"].flatMap(RelationType.init(rawValue:)), a != b
            else { skipped += 1; return }
            let day = fields.strings["date"].flatMap { Day($0) }
            relations.append(
                Relation(
                    key: RelationKey(source: a, type: type, target: b), modality: .asserted,
                    firstSeen: day, lastSeen: day))
        }
        // The bulk initializer sorts once and merges repeated keys, instead of one insert a relation.
        return (Graph(actors: actors, relations: relations), skipped)
    }

    /// Streams the files straight into a ``PathIndex/Builder``, without a ``Graph``: the
    /// compact index alone, as a bulk loader would build it (explanations then have no evidence).
    static func loadIndex(actors actorsPath: String, relations relationsPath: String) throws -> (index: PathIndex, skipped: Int) {
        var builder = PathIndex.Builder()
        var skipped = 0
        try forEachLine(actorsPath) { line in
            var scanner = FlatJSONScanner(line)
            var id: String?
            if !scanner.scan(strings: { key, value in if key == "id" { id = value } }) || id == nil { skipped += 1; return }
            if let id { builder.addActor(id) }
        }
        try forEachLine(relationsPath) { line in
            var scanner = FlatJSONScanner(line)
            var a: String?, b: String?, type: RelationType?
            let ok = scanner.scan(strings: { key, value in
                switch key {
                case "a": a = value
                case "b": b = value
                case "type": type = RelationType(rawValue: value)
                default: break
                }
            })
            guard ok, let a, let b, let type else { skipped += 1; return }
            builder.addRelation(source: a, type: type, target: b)
        }
        return (builder.build(), skipped)
    }

    /// Calls `body` with the bytes of each non-empty line of a file.
    static func forEachLine(_ path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
                if index > start { body(UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                start = index + 1
            }
        }
    }
}
