import DyadCore
import Foundation

/// Loads the shared benchmark generator's files (`../shared/bench/gen.py`) into a ``Graph``.
///
/// `actors.jsonl` lines are `{"id","name","kind","aliases"}`; relation lines are
/// `{"a","type","b","date"}`. Each relation becomes a relation without
/// evidence (as other tools write them), asserted, first and last seen on its
/// date, so snapshots still apply. This is a benchmark loader, not an
/// importer: it reads only this flat form, with the core's JSON reader, and skips lines it cannot read (it counts them).
enum BenchDataLoader {
    /// Reads the actors and relations of one generated graph folder.
    static func load(actors actorsPath: String, relations relationsPath: String) throws -> (graph: Graph, skipped: Int) {
        var actors: [Actor] = [], relations: [Relation] = []
        var skipped = 0
        try forEachLine(actorsPath) { line in
            guard let fields = try? JSONValue.parse(line), let id = fields["id"]?.string else { skipped += 1; return }
            let kind = fields["kind"]?.string.flatMap(ActorKind.init(rawValue:)) ?? .unknown
            let aliases = fields["aliases"]?.array?.compactMap(\.string) ?? []
            actors.append(Actor(id: id, name: fields["name"]?.string ?? id, kind: kind, aliases: aliases))
        }
        try forEachLine(relationsPath) { line in
            guard let (a, type, b, fields) = relation(line) else { skipped += 1; return }
            let day = fields["date"]?.string.flatMap { Day($0) }
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
            guard let id = (try? JSONValue.parse(line))?["id"]?.string else { skipped += 1; return }
            builder.addActor(id)
        }
        try forEachLine(relationsPath) { line in
            guard let (a, type, b, _) = relation(line) else { skipped += 1; return }
            builder.addRelation(source: a, type: type, target: b)
        }
        return (builder.build(), skipped)
    }

    /// A relation line's ends and type (loops are skipped), with its fields.
    private static func relation(_ line: UnsafeBufferPointer<UInt8>) -> (String, RelationType, String, JSONValue)? {
        guard let fields = try? JSONValue.parse(line), let a = fields["a"]?.string, let b = fields["b"]?.string,
            let type = fields["type"]?.string.flatMap(RelationType.init(rawValue:)), a != b
        else { return nil }
        return (a, type, b, fields)
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
