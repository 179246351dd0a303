import ArgumentParser
import DyadCore
import DyadExtraction
import Foundation

extension Dyad {
    /// `dyad extract`: reads text and writes the graph of the relations it states.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract actors and relations from text into a graph.",
            discussion: """
                Each FILE is one document (- for standard input); --jsonl reads one document a line \
                ({"id","text","date"?,"title"?,"source"?}). A document may start with front matter \
                (---, date/title/source/id lines, ---). Without -o or --into the graph goes to standard output.
                """
        )

        @Argument(help: "Text files, or - for standard input.")
        var files: [String] = []

        @Option(help: "A JSON Lines file with one document a line.")
        var jsonl: String?

        @OptionGroup var pack: PackOptions

        @Option(help: "The publication date (YYYY-MM-DD) of documents that do not state one.")
        var date: String?

        @Option(name: .shortAndLong, help: "Write the graph here (.json or .jsonl, - for standard output).")
        var output: String?

        @Option(help: "Merge into this graph file (created when missing); idempotent.")
        var into: String?

        @Flag(help: "Print, per relation, the rule and the tokens it matched, and the aliases learned.")
        var explain = false

        @Flag(help: "Add aliases learned from the text to the actors in the graph.")
        var learnAliases = false

        func validate() throws {
            if files.isEmpty, jsonl == nil { throw ValidationError("give text files, - for standard input, or --jsonl FILE") }
            if let date, Day(date) == nil { throw ValidationError("--date must be YYYY-MM-DD") }
            if output != nil, into != nil { throw ValidationError("use either -o or --into") }
            if into == "-" { throw ValidationError("--into needs a graph file to read and replace, not standard output") }
            if files.filter({ $0 == "-" }).count + (jsonl == "-" ? 1 : 0) > 1 {
                throw ValidationError("standard input (-) can be read only once")
            }
        }

        func run() throws {
            var extractor = try pack.extractor()
            extractor.explainScores = explain
            extractor.maxSentenceTokens = InputLimits.sentenceTokens
            let defaultDate = date.flatMap { Day($0) }
            var inputs: [DocumentInput] = []
            do {
                for file in files {
                    let bytes = try FileBytes.read(file, limit: InputLimits.documentBytes, limitName: "DYAD_MAX_DOCUMENT_BYTES")
                    var input = try DocumentInput.parse(String(decoding: bytes, as: UTF8.self), path: file)
                    if input.date == nil { input.date = defaultDate }
                    if input.source == nil, file != "-" { input.source = URL(fileURLWithPath: file).lastPathComponent }
                    inputs.append(input)
                }
                if let jsonl {
                    for var input in try Extractor.readJSONL(try FileBytes.read(jsonl), path: jsonl) {
                        if input.date == nil { input.date = defaultDate }
                        inputs.append(input)
                    }
                }
            } catch let error as ExtractionError {
                throw DyadCLIError(error.description)
            }
            let progress = ProgressBar(total: inputs.count)
            var callback: (@Sendable (Int) -> Void)?
            if let progress { callback = { progress.update($0) } }
            let results = extractor.extract(inputs, progress: callback)
            progress?.finish()
            var graph = Graph()
            // Concurrent `--into` runs on one graph take turns from reading it to replacing it.
            let lock = try into.map { path throws(GraphFileError) in try GraphLock(graph: path) }
            defer { withExtendedLifetime(lock) {} }
            if let into, FileManager.default.fileExists(atPath: into) { graph = try GraphFile.read(into) }
            for result in results { result.add(to: &graph, learnAliases: learnAliases) }
            if explain {
                var text = ""
                for result in results {
                    for rule in result.stepLimitRules {
                        text += "step limit: rule \(rule) gave up matching in [\(result.document.id)]; some of its matches may be missing "
                            + "(see `dyad rules check`)\n"
                    }
                    for alias in result.learned {
                        text += "learned: \(alias.alias) → \(alias.known)\(alias.actor.map { " (\($0))" } ?? "")  [\(result.document.id)]\n"
                    }
                    for r in result.relations {
                        let arrow = r.type == RelationType.proxy ? "—proxy→" : "—\(r.type.rawValue)—"
                        var line = "\(r.evidence.rule): \(r.source) \(arrow) \(r.target) [\(r.evidence.modality.rawValue)]"
                        if let who = r.evidence.attributedTo { line += " says \(who)" }
                        if let day = r.evidence.date { line += " @\(day)" }
                        if let from = r.evidence.validFrom { line += " since \(from)" }
                        line += "\n    matched: «\(r.matched)»  (\(r.evidence.sourceMention ?? "") / \(r.evidence.targetMention ?? ""))\n"
                        text += line
                    }
                }
                FileHandle.standardError.write(Data(text.utf8))
            }
            try GraphFile.write(graph, to: into ?? output ?? "-")
        }
    }
}
