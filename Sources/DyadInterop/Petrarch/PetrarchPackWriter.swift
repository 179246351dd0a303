import DyadCore
import DyadExtraction
import Foundation

/// Writes a converted pack as a folder of YAML files that `PackLoader` reads:
/// `pack.yaml` (manifest and cue lists), `actors.yaml`, `rules.yaml` (when verbs were
/// converted) and `REPORT.md` (the conversion report; the loader reads only `.yaml`).
public enum PetrarchPackWriter {
    /// The files of the pack, by name.
    /// - Parameters:
    ///   - output: The converted parts.
    ///   - name: The pack's name.
    ///   - extendsDefault: Whether the pack extends the bundled pack.
    ///   - sources: The dictionaries it was made from, for the header.
    public static func files(_ output: PetrarchConverter.Output, name: String, extendsDefault: Bool, sources: [String]) -> [(
        String, String
    )] {
        var manifest = "# Converted by `dyad import petrarch` from:\n"
        for source in sources { manifest += "#   \(source.replacingOccurrences(of: "\n", with: " "))\n" }
        manifest += "# See REPORT.md for what was converted and skipped.\npack:\n  name: \(quoted(name))\n"
        manifest += "  description: \(quoted("Actors converted from PETRARCH/TABARI dictionaries"))\n"
        if extendsDefault { manifest += "  extends: default\n" }
        let lists: [(String, [String])] = [
            ("agents", output.cues.agents), ("organs", output.cues.organs), ("groupNouns", output.cues.groupNouns),
            ("nonActors", output.cues.nonActors),
        ]
        if lists.contains(where: { !$0.1.isEmpty }) {
            manifest += "cues:\n"
            for (key, values) in lists where !values.isEmpty { manifest += "  \(key): \(flow(values))\n" }
        }
        var actors = "actors:\n"
        for entry in output.actors {
            actors += "  - id: \(quoted(entry.id))\n    name: \(quoted(entry.name))\n    kind: \(entry.kind.rawValue)\n"
            if !entry.aliases.isEmpty { actors += "    aliases: \(flow(entry.aliases))\n" }
            if !entry.acronyms.isEmpty { actors += "    acronyms: \(flow(entry.acronyms))\n" }
            if let parent = entry.partOf { actors += "    partOf: \(quoted(parent))\n" }
            if !entry.roles.isEmpty {
                actors += "    roles:\n"
                for role in entry.roles {
                    var fields = ["title: \(quoted(role.title))", "of: \(quoted(role.actor))"]
                    if let from = role.from { fields.append("from: \"\(from)\"") }
                    if let to = role.to { fields.append("to: \"\(to)\"") }
                    actors += "      - {\(fields.joined(separator: ", "))}\n"
                }
            }
        }
        var files = [("pack.yaml", manifest), ("actors.yaml", actors)]
        if !output.rules.isEmpty {
            var rules = "classes:\n"
            for wordClass in output.wordClasses { rules += "  - name: \(quoted(wordClass.name))\n    words: \(flow(wordClass.forms))\n" }
            if output.wordClasses.isEmpty { rules = "" }
            rules += "rules:\n"
            for rule in output.rules {
                rules += "  - id: \(quoted(rule.id))\n    type: \(rule.type.rawValue)\n    patterns:\n"
                for pattern in rule.patterns { rules += "      - \(quoted(pattern))\n" }
            }
            files.append(("rules.yaml", rules))
        }
        // A standalone pack carries the engine's lexicons (the bundled pack's), since it does not extend it.
        if !extendsDefault, let lexicons = try? PackLoader.loadDefault().lexicons, !lexicons.isEmpty {
            var text = "# The engine's word lists, copied from Dyad's bundled pack (see docs/Extraction.md).\nlexicons:\n"
            for name in lexicons.keys.sorted() { text += "  \(name): \(flow(lexicons[name] ?? []))\n" }
            files.append(("lexicons.yaml", text))
        }
        files.append(("REPORT.md", "# Conversion report\n\n```\n" + output.report.text + "\n```\n"))
        return files
    }

    /// Writes the files into `folder` (created when missing), each atomically.
    /// - Throws: `GraphFileError` with code `io` when a file cannot be written.
    public static func write(_ files: [(String, String)], to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { try AtomicFile.write(Array(text.utf8), to: folder + "/" + name) }
    }

    /// A YAML double-quoted scalar (JSON string syntax, which YAML reads the same way).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) || scalar == "\u{FEFF}" {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func flow(_ values: [String]) -> String { "[" + values.map(quoted).joined(separator: ", ") + "]" }
}
