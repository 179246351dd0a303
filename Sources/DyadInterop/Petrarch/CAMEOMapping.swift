import DyadCore
import DyadExtraction
import Foundation
internal import Yams

/// The user-editable table that says how CAMEO codes become Dyad's kinds, roles, cues and relation types.
///
/// The bundled table is `Resources/cameo-mapping.yaml` (`dyad import petrarch --print-mapping`
/// prints it); a copy passed with `--mapping` replaces it.
public struct CAMEOMapping: Sendable, Hashable {
    /// What a sector code means.
    public enum Sector: Sendable, Hashable {
        /// Actors with the code get this kind; a person's role gets this title.
        case actor(kind: ActorKind, title: String)
        /// Entries with the code are left out.
        case skip
    }

    /// Event code (or prefix ending in `*`) → relation type; `nil` for `none`.
    public var verbs: [String: RelationType?] = [:]
    /// Non-country code prefixes → kind; `nil` for `skip`.
    public var prefixes: [String: ActorKind?] = [:]
    /// Region prefixes (`MEA`, `WEU`): alone a place, with a sector an actor without a parent.
    public var regions: Set<String> = []
    /// Sector codes.
    public var sectors: [String: Sector] = [:]
    /// Agent sector → cue list name (`agents`, `organs`, `groupNouns`, `nonActors`); `nil` for `skip`.
    public var agents: [String: String?] = [:]

    /// The bundled table's text.
    public static func bundledText() throws -> String {
        guard let url = Bundle.module.url(forResource: "cameo-mapping", withExtension: "yaml"),
            let data = FileManager.default.contents(atPath: url.path)
        else {
            throw ExtractionError(.io, "the bundled CAMEO mapping is missing from the installation")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The bundled table.
    public static func bundled() throws -> CAMEOMapping { try parse(try bundledText(), file: "cameo-mapping.yaml") }

    /// Reads a table from a file.
    /// - Throws: `ExtractionError` located in the file for bad YAML or values.
    public static func load(path: String) throws -> CAMEOMapping {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ExtractionError(.io, "cannot read the mapping \(path)", file: path)
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    /// Parses a table.
    /// - Throws: `ExtractionError` located in the file for bad YAML or values.
    public static func parse(_ yaml: String, file: String) throws -> CAMEOMapping {
        let root: Node?
        do { root = try Yams.compose(yaml: yaml) } catch { throw ExtractionError(.yamlSyntax, "\(error)", file: file) }
        func fail(_ node: Node, _ message: String) -> ExtractionError {
            ExtractionError(.schema, message, file: file, line: node.mark.map { $0.line }, column: node.mark.map { $0.column })
        }
        guard let top = root?.mapping else {
            throw ExtractionError(.schema, "expected a mapping with verbs, prefixes, sectors and agents", file: file)
        }
        var mapping = CAMEOMapping()
        for (key, value) in top {
            guard let section = key.string, let entries = value.mapping else {
                throw fail(key, "expected a section of code: value entries")
            }
            for (codeNode, valueNode) in entries {
                guard let code = codeNode.string else { throw fail(codeNode, "expected a code") }
                switch section {
                case "verbs":
                    let text = valueNode.string ?? ""
                    if text == "none" { mapping.verbs[code] = .some(nil); continue }
                    guard let type = RelationType(rawValue: text) else {
                        throw fail(valueNode, "`\(text)` is no relation type; use alliance, hostility, proxy, agreement or none")
                    }
                    mapping.verbs[code] = type
                case "prefixes":
                    let text = valueNode.string ?? ""
                    if text == "skip" { mapping.prefixes[code] = .some(nil); continue }
                    if text == "region" { mapping.regions.insert(code); continue }
                    guard let kind = ActorKind(rawValue: text) else {
                        throw fail(valueNode, "`\(text)` is no actor kind (or skip, region)")
                    }
                    mapping.prefixes[code] = kind
                case "sectors":
                    if valueNode.string == "skip" { mapping.sectors[code] = .skip; continue }
                    guard let fields = valueNode.mapping, let kindText = fields["kind"]?.string, let kind = ActorKind(rawValue: kindText)
                    else {
                        throw fail(valueNode, "expected {kind: <actor kind>, title: <role title>} or skip")
                    }
                    mapping.sectors[code] = .actor(kind: kind, title: fields["title"]?.string ?? code.lowercased())
                case "agents":
                    let text = valueNode.string ?? ""
                    let lists: Set<String> = ["agents", "organs", "groupNouns", "nonActors"]
                    if text == "skip" { mapping.agents[code] = .some(nil); continue }
                    guard lists.contains(text) else {
                        throw fail(valueNode, "`\(text)` is no cue list; use agents, organs, groupNouns, nonActors or skip")
                    }
                    mapping.agents[code] = text
                default:
                    throw fail(key, "unknown section `\(section)`; expected verbs, prefixes, sectors or agents")
                }
            }
        }
        return mapping
    }

    /// The relation type of an event code: the longest matching key wins.
    public func relationType(forEvent code: String) -> RelationType? {
        if let exact = verbs[code] { return exact }
        var best: (length: Int, type: RelationType?)?
        for (key, type) in verbs where key.hasSuffix("*") {
            let prefix = String(key.dropLast())
            if code.hasPrefix(prefix), prefix.count >= (best?.length ?? -1) { best = (prefix.count, type) }
        }
        return best?.type ?? nil
    }
}
