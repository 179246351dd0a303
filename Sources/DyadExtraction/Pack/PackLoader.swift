import DyadCore
import Foundation
internal import Yams

/// Reads rule packs from YAML files or folders, with located errors.
public enum PackLoader {
    /// Loads the pack bundled with Dyad.
    /// - Throws: `ExtractionError` when the bundled files are missing or malformed.
    public static func loadDefault() throws -> RulePack {
        guard let url = Bundle.module.url(forResource: "DefaultPack", withExtension: nil) else {
            throw ExtractionError(.io, "the bundled default rule pack is missing from the installation")
        }
        var pack = try load(path: url.path, allowExtends: false)
        pack.name = "default"
        return pack
    }

    /// Loads a pack from a YAML file or a folder of YAML files (read in sorted order, recursively).
    ///
    /// A file whose `pack:` section says `extends: default` adds the bundled pack first.
    /// - Parameter path: A `.yaml`/`.yml` file or a folder.
    /// - Throws: `ExtractionError` with file, line and column for bad YAML, unknown fields or bad values.
    public static func load(path: String) throws -> RulePack {
        try load(path: path, allowExtends: true)
    }

    /// The largest pack file read: 64 MiB, or ``InputLimits/fileBytes`` when that is smaller.
    static var maxFileBytes: Int { min(64 << 20, InputLimits.fileBytes) }
    /// The most rules a pack may hold, so compiling and matching stay bounded.
    static let maxRules = 10_000

    static func load(path: String, allowExtends: Bool) throws -> RulePack {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ExtractionError(.io, "no rule pack at \(path): give a .yaml file or a folder of them", file: path)
        }
        var files: [String] = []
        if isDirectory.boolValue {
            let base = URL(fileURLWithPath: path)
            if let enumerator = FileManager.default.enumerator(atPath: path) {
                while let item = enumerator.nextObject() as? String {
                    if item.hasSuffix(".yaml") || item.hasSuffix(".yml") { files.append(base.appendingPathComponent(item).path) }
                }
            }
            files.sort()
            if files.isEmpty { throw ExtractionError(.io, "the folder \(path) holds no .yaml rule files", file: path) }
        } else {
            files = [path]
        }
        var pack = RulePack()
        pack.name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        var extendsDefault = false
        let texts = files.map { file in Result { try readText(file) } }
        // The files are read, then parsed on all cores and joined in sorted order (of several bad files, the first in
        // that order is the one reported). When one may extend the bundled pack (its text names `extends`), that pack
        // loads beside them, and is used only if one does.
        let mayExtend = allowExtends && texts.contains { (try? $0.get())?.contains("extends") == true }
        let sorted = files
        // The bundled pack on a thread of its own, so a large file's own parallel parts (see `ActorListSplit`) run on
        // all cores beside it (a parallel loop inside another runs on one thread).
        let bundled = mayExtend ? Background { Result { try loadDefault() } } : nil
        let parsed = Parallel.map(count: sorted.count, chunks: sorted.count) { index in
            Result { () throws -> (RulePack, extendsDefault: Bool) in try parse(yaml: texts[index].get(), file: sorted[index]) }
        }
        for (file, result) in zip(sorted, parsed) {
            let (part, extends) = try result.get()
            if extends { extendsDefault = true }
            pack.append(part)
            guard pack.rules.count <= maxRules else {
                throw ExtractionError(
                    .schema, "the pack has more than \(maxRules) rules; split it or merge similar rules into alternatives",
                    file: file)
            }
        }
        if extendsDefault, allowExtends {
            var base = try bundled?.take().get() ?? loadDefault()
            base.append(pack)
            base.name = pack.name
            return base
        }
        return pack
    }

    /// The text of one file of a pack.
    private static func readText(_ file: String) throws -> String {
        let data: [UInt8]
        do { data = try FileBytes.read(file, limit: maxFileBytes, limitName: "DYAD_MAX_FILE_BYTES") } catch {
            throw ExtractionError(
                .io, error.problems.first?.message ?? "cannot read \(file)", file: file,
                line: error.problems.first?.location?.line, column: error.problems.first?.location?.column)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Parses one YAML file of a pack.
    /// - Parameters:
    ///   - yaml: The file's text.
    ///   - file: Its path, for error locations.
    /// - Returns: The pack part and whether it extends the default pack.
    /// - Throws: `ExtractionError` located in the file.
    public static func parse(yaml: String, file: String) throws -> (RulePack, extendsDefault: Bool) {
        try parse(yaml: yaml, file: file, split: ActorListSplit(yaml, pieces: 4 * ProcessInfo.processInfo.activeProcessorCount))
    }

    /// ``parse(yaml:file:)``, with the file's actor list read in the pieces of `split` on all cores when given. Any
    /// problem there reads the file whole, which reports it where it is.
    static func parse(yaml: String, file: String, split: ActorListSplit?) throws -> (RulePack, extendsDefault: Bool) {
        let reader = NodeReader(file: file, text: yaml)
        try YAMLLimits.checkDepth(yaml, reader: reader)
        if let split, let parsed = try? parseSplit(split, reader: reader) { return parsed }
        let root = try compose(yaml, reader: reader)
        var budget = YAMLLimits.maxNodes
        if let root { try YAMLLimits.checkSize(root, budget: &budget, reader: reader) }
        return try read(root, reader: reader)
    }

    /// The file as `split` cuts it: its pieces' actors read on all cores, beside the rest of the file.
    private static func parseSplit(_ split: ActorListSplit, reader: NodeReader) throws -> (RulePack, extendsDefault: Bool) {
        let pieces = split.pieces
        let actorLists = try Parallel.map(count: pieces.count, chunks: pieces.count) { index throws -> (actors: [ActorEntry], nodes: Int) in
            guard let root = try compose(pieces[index], reader: reader) else { throw ExtractionError(.yamlSyntax, "empty piece") }
            var budget = YAMLLimits.maxNodes
            try YAMLLimits.checkSize(root, budget: &budget, reader: reader)
            return (try reader.sequence(root).map { try readActor($0, reader) }, YAMLLimits.maxNodes - budget)
        }
        let root = try compose(split.rest, reader: reader)
        // The whole file's nodes: the rest's (its list replaced by one empty value) and each piece's but its root.
        var budget = YAMLLimits.maxNodes - actorLists.reduce(0) { $0 + $1.nodes - 1 }
        if let root { try YAMLLimits.checkSize(root, budget: &budget, reader: reader) }
        guard budget >= 0 else { throw ExtractionError(.yamlSyntax, "too many nodes") }
        var (pack, extendsDefault) = try read(root, reader: reader)
        pack.actors = actorLists.flatMap(\.actors)
        return (pack, extendsDefault)
    }

    /// The root node of a YAML text, located errors otherwise.
    private static func compose(_ yaml: String, reader: NodeReader) throws -> Node? {
        do {
            return try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw reader.syntaxError(error)
        } catch {
            throw ExtractionError(.yamlSyntax, "\(error)", file: reader.file)
        }
    }

    /// The pack part a file's root node holds.
    private static func read(_ root: Node?, reader: NodeReader) throws -> (RulePack, extendsDefault: Bool) {
        let file = reader.file
        var pack = RulePack()
        pack.files = [file]
        pack.sources = [file: reader.text]
        guard let root else { return (pack, false) }
        let top = try reader.mapping(
            root, allowed: ["pack", "actors", "places", "classes", "rules", "cues", "lexicons"], what: "a rule pack file")
        var extendsDefault = false
        if let manifest = top["pack"] {
            let fields = try reader.mapping(
                manifest.value, allowed: ["name", "version", "description", "extends", "model"], what: "the pack section")
            if let model = fields["model"] {
                let m = try reader.mapping(model.value, allowed: ["file", "enabled"], what: "the model section")
                guard let fileNode = m["file"] else {
                    throw reader.error(model.value, .schema, "the model section needs a `file` (a .dyadmodel path, relative to this file)")
                }
                let name = try reader.string(fileNode.value)
                let path =
                    name.hasPrefix("/") ? name : URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(name).path
                let enabled = try m["enabled"].map { try reader.bool($0.value) } ?? true
                pack.model = ModelSettings(file: path, enabled: enabled)
            }
            if let name = fields["name"] { pack.name = try reader.string(name.value) }
            if let ext = fields["extends"] {
                let value = try reader.string(ext.value)
                guard value == "default" else { throw reader.error(ext.value, .schema, "`extends` must be `default`") }
                extendsDefault = true
            }
        }
        if let actors = top["actors"] {
            for item in try reader.sequence(actors.value) { pack.actors.append(try readActor(item, reader)) }
        }
        if let places = top["places"] {
            for item in try reader.sequence(places.value) {
                let f = try reader.mapping(item, allowed: ["name", "aliases"], what: "a place")
                guard let name = f["name"] else { throw reader.error(item, .schema, "a place needs a `name`") }
                pack.places.append(
                    PlaceEntry(name: try reader.string(name.value), aliases: try f["aliases"].map { try reader.strings($0.value) } ?? []))
            }
        }
        if let classes = top["classes"] {
            for item in try reader.sequence(classes.value) { pack.wordClasses.append(try readClass(item, reader)) }
        }
        if let rules = top["rules"] {
            for item in try reader.sequence(rules.value) { pack.rules.append(try readRule(item, reader)) }
        }
        if let cues = top["cues"] { pack.cues = try readCues(cues.value, reader) }
        if let lexicons = top["lexicons"] {
            guard let mapping = lexicons.value.mapping else {
                throw reader.error(lexicons.value, .schema, "expected `lexicons` as a mapping of names to word lists")
            }
            for (key, value) in mapping {
                guard let name = key.string else { throw reader.error(key, .schema, "lexicon names must be plain text") }
                if pack.lexicons[name] != nil { throw reader.error(key, .schema, "lexicon `\(name)` appears twice") }
                pack.lexicons[name] = try reader.strings(value)
            }
        }
        return (pack, extendsDefault)
    }

    /// The fields of an actor entry (made once: a pack may list thousands of actors).
    private static let actorFields: Set<String> = [
        "id", "name", "kind", "aliases", "acronyms", "demonyms", "capitals", "partOf", "basedIn", "roles", "note",
    ]

    static func readActor(_ node: Node, _ r: NodeReader) throws -> ActorEntry {
        let f = try r.mapping(node, allowed: actorFields, what: "an actor")
        guard let id = f["id"] else { throw r.error(node, .schema, "an actor needs an `id` (a lowercase slug)") }
        let idText = try r.string(id.value)
        guard Actor.isSlug(idText) else {
            throw r.error(id.value, .schema, "actor id `\(idText)` must be a lowercase slug such as `\(Actor.slug(idText))`")
        }
        let name = try f["name"].map { try r.string($0.value) } ?? idText
        var kind = ActorKind.unknown
        if let k = f["kind"] {
            let text = try r.string(k.value)
            guard let parsed = ActorKind(rawValue: text) else {
                throw r.error(
                    k.value, .schema,
                    "unknown actor kind `\(text)`: use one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            kind = parsed
        }
        var roles: [Role] = []
        if let list = f["roles"] {
            for item in try r.sequence(list.value) {
                let rf = try r.mapping(item, allowed: ["title", "of", "from", "to"], what: "a role")
                guard let of = rf["of"] else { throw r.error(item, .schema, "a role needs `of` (the actor id it stands for)") }
                roles.append(
                    Role(
                        title: try rf["title"].map { try r.string($0.value) } ?? "", actor: try r.string(of.value),
                        from: try rf["from"].map { try r.day($0.value) }, to: try rf["to"].map { try r.day($0.value) }))
            }
        }
        return ActorEntry(
            id: idText, name: name, kind: kind,
            aliases: try f["aliases"].map { try r.strings($0.value) } ?? [],
            acronyms: try f["acronyms"].map { try r.strings($0.value) } ?? [],
            demonyms: try f["demonyms"].map { try r.strings($0.value) } ?? [],
            capitals: try f["capitals"].map { try r.strings($0.value) } ?? [],
            partOf: try f["partOf"].map { try r.string($0.value) },
            basedIn: try f["basedIn"].map { try r.string($0.value) },
            roles: roles, origin: r.origin(node))
    }

    static func readClass(_ node: Node, _ r: NodeReader) throws -> WordClass {
        let f = try r.mapping(node, allowed: ["name", "words", "verbs", "nouns", "note"], what: "a word class")
        guard let name = f["name"] else { throw r.error(node, .schema, "a word class needs a `name`") }
        var forms: [String] = []
        if let words = f["words"] { forms += try r.strings(words.value) }
        if let verbs = f["verbs"] { for v in try r.strings(verbs.value) { forms += Inflector.verbForms(v) } }
        if let nouns = f["nouns"] { for n in try r.strings(nouns.value) { forms += Inflector.nounForms(n) } }
        return WordClass(name: try r.string(name.value), forms: forms.map { NameNormalizer.fold($0) }, origin: r.origin(node))
    }

    static func readRule(_ node: Node, _ r: NodeReader) throws -> RelationRule {
        let f = try r.mapping(
            node,
            allowed: [
                "id", "type", "pattern", "patterns", "priority", "reversed", "constraints", "modality", "unless", "examples", "note",
            ], what: "a rule")
        guard let id = f["id"] else { throw r.error(node, .schema, "a rule needs an `id`") }
        guard let typeNode = f["type"] else {
            throw r.error(node, .schema, "rule `\(try r.string(id.value))` needs a `type` (alliance, hostility, proxy or agreement)")
        }
        let typeText = try r.string(typeNode.value)
        guard let type = RelationType(rawValue: typeText) else {
            throw r.error(typeNode.value, .schema, "unknown relation type `\(typeText)`: use alliance, hostility, proxy or agreement")
        }
        var patterns: [String] = [], origins: [SourceLocation?] = []
        if let p = f["pattern"] { patterns.append(try r.string(p.value)); origins.append(r.patternOrigin(p.value)) }
        if let p = f["patterns"] {
            for item in try r.sequence(p.value) { patterns.append(try r.string(item)); origins.append(r.patternOrigin(item)) }
        }
        if patterns.isEmpty { throw r.error(node, .schema, "rule `\(try r.string(id.value))` needs a `pattern` or `patterns`") }
        var kindsA: Set<ActorKind> = [], kindsB: Set<ActorKind> = []
        if let c = f["constraints"] {
            let cf = try r.mapping(c.value, allowed: ["a", "b"], what: "slot constraints")
            func kinds(_ n: Node) throws -> Set<ActorKind> {
                var out: Set<ActorKind> = []
                for item in try r.sequence(n) {
                    let text = try r.string(item)
                    guard let k = ActorKind(rawValue: text) else { throw r.error(item, .schema, "unknown actor kind `\(text)`") }
                    out.insert(k)
                }
                return out
            }
            if let a = cf["a"] { kindsA = try kinds(a.value) }
            if let b = cf["b"] { kindsB = try kinds(b.value) }
        }
        var modality: Modality?
        if let m = f["modality"] {
            let text = try r.string(m.value)
            guard let parsed = Modality(rawValue: text) else {
                throw r.error(m.value, .schema, "unknown modality `\(text)`: use asserted, hedged or negated")
            }
            modality = parsed
        }
        var examples: [RuleExample] = []
        if let list = f["examples"] {
            for item in try r.sequence(list.value) {
                let ef = try r.mapping(item, allowed: ["text", "date", "expect", "reject"], what: "an example")
                guard let text = ef["text"] else { throw r.error(item, .schema, "an example needs a `text`") }
                examples.append(
                    RuleExample(
                        text: try r.string(text.value), date: try ef["date"].map { try r.string($0.value) },
                        expect: try ef["expect"].map { try r.strings($0.value) } ?? [],
                        reject: try ef["reject"].map { try r.strings($0.value) } ?? [], origin: r.origin(item)))
            }
        }
        var priority = 0
        if let p = f["priority"] {
            let text = try r.string(p.value)
            guard let value = Int(text) else { throw r.error(p.value, .schema, "`priority` must be an integer") }
            priority = value
        }
        return RelationRule(
            id: try r.string(id.value), type: type, patterns: patterns, patternOrigins: origins, priority: priority,
            reversed: try f["reversed"].map { try r.bool($0.value) } ?? false, kindsA: kindsA, kindsB: kindsB,
            modality: modality, unless: try f["unless"].map { try r.strings($0.value) } ?? [], examples: examples, origin: r.origin(node))
    }

    static func readCues(_ node: Node, _ r: NodeReader) throws -> CueLists {
        let keys = [
            "hedge", "negation", "speech", "source", "clauseBoundaries", "abbreviations", "locatives", "titles",
            "agents", "groupNouns", "organs", "modifiers", "sponsorship", "former", "nonActors",
        ]
        let f = try r.mapping(node, allowed: Set(keys), what: "the cues section")
        var c = CueLists()
        func list(_ key: String) throws -> [String] { try f[key].map { try r.strings($0.value) } ?? [] }
        c.hedge = try list("hedge"); c.negation = try list("negation"); c.speech = try list("speech"); c.source = try list("source")
        c.clauseBoundaries = try list("clauseBoundaries"); c.abbreviations = try list("abbreviations"); c.locatives = try list("locatives")
        c.titles = try list("titles"); c.agents = try list("agents"); c.groupNouns = try list("groupNouns"); c.organs = try list("organs")
        c.modifiers = try list("modifiers"); c.sponsorship = try list("sponsorship"); c.former = try list("former");
        c.nonActors = try list("nonActors")
        return c
    }
}
