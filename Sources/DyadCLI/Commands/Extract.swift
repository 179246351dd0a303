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
                ({"id","text","date"?,"title"?,"source"?}) from a file or from standard input (--jsonl -), \
                streaming: documents are read and extracted in batches on all cores, so memory holds one batch \
                and the graph. A date may be YYYY-MM-DD, YYYY-MM or YYYY (a month or year stands for its first \
                day; the document keeps the last as publishedTo). A document may start with front matter \
                (---, date/title/source/id lines, ---). Without -o or --into the graph goes to standard output.
                """
        )

        @Argument(help: "Text files, or - for standard input.")
        var files: [String] = []

        @Option(help: "A JSON Lines corpus with one document a line, or - for standard input.")
        var jsonl: String?

        @Option(help: "What to do with a bad --jsonl line: fail (stop, the default) or skip (report it as file:line:col and go on).")
        var onError: InputErrorPolicy = .fail

        @OptionGroup var pack: PackOptions

        @Option(help: ArgumentHelp("The publication date of documents that do not state one.", valueName: "YYYY-MM-DD|YYYY-MM|YYYY"))
        var date: PartialDate?

        @Option(name: .shortAndLong, help: "Write the graph here (.json or .jsonl, - for standard output).")
        var output: String?

        @Option(help: "Output form: json or jsonl (default: by the output's extension).")
        var format: GraphFormat?

        @Option(help: "Merge into this graph file (created when missing); idempotent.")
        var into: String?

        @Flag(help: "Print, per relation, the rule and the tokens it matched, and the aliases learned.")
        var explain = false

        @Flag(help: "Add aliases learned from the text to the actors in the graph.")
        var learnAliases = false

        func validate() throws {
            if files.isEmpty, jsonl == nil { throw ValidationError("give text files, - for standard input, or --jsonl FILE") }
            if output != nil, into != nil { throw ValidationError("use either -o or --into") }
            if into == "-" { throw ValidationError("--into needs a graph file to read and replace, not standard output") }
            if files.filter({ $0 == "-" }).count + (jsonl == "-" ? 1 : 0) > 1 {
                throw ValidationError("standard input (-) can be read only once")
            }
        }

        func run() throws {
            // The inputs are opened first: a missing or unreadable one is reported before the pack loads (a large
            // pack takes a fifth of a second or more). Files are read now as they were before: each into memory.
            let texts = try files.map { file in
                file == "-" ? nil : try FileBytes.read(file, limit: InputLimits.documentBytes, limitName: "DYAD_MAX_DOCUMENT_BYTES")
            }
            let corpus = try jsonl.map { try CorpusReader(path: $0) }
            var extractor = try pack.extractor()
            extractor.explainScores = explain
            extractor.maxSentenceTokens = InputLimits.sentenceTokens
            extractor.maxSentenceRelations = InputLimits.sentenceRelations
            let defaultDate = date
            var graph = Graph()
            // Concurrent `--into` runs on one graph take turns from reading it to replacing it.
            let lock = try into.map { path throws(GraphFileError) in try GraphLock(graph: path) }
            defer { withExtendedLifetime(lock) {} }
            if let into, FileManager.default.fileExists(atPath: into) { graph = try GraphFile.read(into) }
            // Into a graph without relations, evidence stays as positions in the texts until it is written.
            var batch = ExtractionBatch(extractor: extractor, learnAliases: learnAliases, explain: explain, spans: graph.relations.isEmpty)
            do {
                for (file, text) in zip(files, texts) {
                    let bytes = try text ?? FileBytes.read(file, limit: InputLimits.documentBytes, limitName: "DYAD_MAX_DOCUMENT_BYTES")
                    var input = try DocumentInput.parse(String(decoding: bytes, as: UTF8.self), path: file)
                    var publishedTo: Day?
                    if input.date == nil, let defaultDate { (input.date, publishedTo) = (defaultDate.first, defaultDate.lastIfRange) }
                    if input.source == nil, file != "-" { input.source = URL(fileURLWithPath: file).lastPathComponent }
                    batch.append(input, publishedTo: publishedTo)
                }
            } catch let error as ExtractionError {
                throw DyadCLIError(error)
            }
            batch.run(into: &graph, progress: ProgressBar(total: batch.count))
            if let jsonl, let corpus { try extractCorpus(jsonl, reader: corpus, defaultDate: defaultDate, batch: &batch, into: &graph) }
            // The relations are written with the graph, not added to it first: indexing them by key and by actor
            // would serve no query (with --into, the graph's own relations are merged with them first).
            if batch.spans {
                let relations = batch.finishSpanRelations(with: &graph)
                try GraphFile.write(graph, addingSpans: relations, to: into ?? output ?? "-", format: format)
                KeptUntilExit.keep(relations)
            } else {
                let relations = batch.finishRelations(with: &graph)
                try GraphFile.write(graph, addingUnique: relations, to: into ?? output ?? "-", format: format)
                KeptUntilExit.keep(relations)
            }
            // Freeing a large graph (or the compiled pack the batch holds) piece by piece only delays the exit: the
            // process ends right after.
            KeptUntilExit.keep(graph)
            KeptUntilExit.keep(batch)
        }

        /// Streams a JSON Lines corpus through the extractor in batches, applying `--on-error`.
        private func extractCorpus(
            _ path: String, reader: CorpusReader, defaultDate: PartialDate?, batch: inout ExtractionBatch, into graph: inout Graph
        ) throws {
            let progress = FileBytes.size(of: path).flatMap { ProgressBar(total: max(1, $0 >> 10), unit: "KB") }
            var skipped = 0
            while true {
                let next = Result { () throws(GraphFileError) in try reader.next() }
                if case .failure(let error) = next, error.code != .io {
                    guard onError == .skip else {
                        throw DyadCLIError(error.description + "\n(--on-error skip extracts the other documents and reports each bad line)")
                    }
                    skipped += 1
                    Dyad.printError(error.description)
                    continue
                }
                guard let record = try next.get() else { break }
                var input = DocumentInput(id: record.id, text: record.text, title: record.title, source: record.source)
                let date = record.date ?? defaultDate
                input.date = date?.first
                batch.append(input, publishedTo: date?.lastIfRange)
                if batch.isFull {
                    batch.start(into: &graph)
                    progress?.update(reader.bytesRead >> 10)
                }
            }
            batch.start(into: &graph)
            batch.drain(into: &graph)
            progress?.finish()
            if skipped > 0 {
                Dyad.printError("dyad extract: skipped \(skipped) of \(reader.recordLines) lines of \(path) (--on-error skip)")
            }
        }
    }
}
