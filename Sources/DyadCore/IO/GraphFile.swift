import Foundation

/// Reads and writes graph documents in JSON or JSON Lines.
///
/// ```swift
/// let graph = try GraphFile.read("news.json")
/// try GraphFile.write(graph, to: "news.jsonl")   // JSON Lines by extension
/// ```
public enum GraphFile {
    /// Reads a graph from `path` (`-` for standard input).
    ///
    /// - Parameters:
    ///   - path: The file to read, or `-`.
    ///   - format: The form to expect; by default the extension decides, and
    ///     standard input is sniffed.
    /// - Returns: The graph in canonical order.
    /// - Throws: ``GraphFileError`` listing every problem found, each located by line and column.
    public static func read(_ path: String, format: GraphFormat? = nil) throws(GraphFileError) -> Graph {
        if path != "-", (format ?? GraphFormat(path: path)) == .jsonl {
            // Files that fit comfortably in memory are decoded on all cores; larger ones are streamed.
            if let size = FileBytes.size(of: path), size >= parallelThreshold, size <= wholeFileLimit {
                // The bytes are released before the graph is built, so both never peak together.
                var decoder = try FileBytes.read(path).withUnsafeBufferPointer { buffer throws(GraphFileError) in
                    try decodeLineParts(buffer, path: path).get()
                }
                return try finish(&decoder, path: path, lines: nil).get()
            }
            return try readLines(path)
        }
        let bytes = try FileBytes.read(path)
        return try decode(bytes, path: path, format: path == "-" ? format : (format ?? GraphFormat(path: path)))
    }

    /// Decodes a graph from bytes.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 JSON or JSON Lines.
    ///   - path: The name used in error messages.
    ///   - format: The form; `nil` sniffs it.
    /// - Throws: ``GraphFileError`` listing every problem found.
    public static func decode(_ bytes: [UInt8], path: String = "-", format: GraphFormat? = nil) throws(GraphFileError) -> Graph {
        let result: Result<Graph, GraphFileError> = bytes.withUnsafeBufferPointer { buffer in
            if buffer.isEmpty || buffer.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                return .failure(
                    GraphFileError(
                        path: path, code: .syntax, message: "the file is empty; expected a graph document",
                        location: SourceLocation(line: 1, column: 1)))
            }
            switch format ?? GraphFormat.sniff(buffer) {
            case .json: return decodeJSON(buffer, path: path)
            case .jsonl:
                return decodeLineParts(buffer, path: path).flatMap { decoder in
                    var decoder = decoder
                    return finish(&decoder, path: path, lines: nil)
                }
            }
        }
        return try result.get()
    }

    /// Decodes JSON Lines held in memory, without building the graph yet; large inputs are split at line boundaries and
    /// decoded on all cores, then joined in file order (the result is the same).
    private static func decodeLineParts(_ buffer: UnsafeBufferPointer<UInt8>, path: String) -> Result<GraphDecoder, GraphFileError> {
        let parts = buffer.count < parallelThreshold ? 1 : max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        var bounds = [0]
        for part in 1..<max(parts, 1) {
            var cut = max(bounds[bounds.count - 1], buffer.count * part / parts)
            while cut < buffer.count, buffer[cut] != 0x0A { cut += 1 }
            bounds.append(min(buffer.count, cut + 1))
        }
        bounds.append(buffer.count)
        /// What one part produced: its decoder, how many lines it had, whether a syntax error stopped it.
        struct Part { var decoder = GraphDecoder(); var lines = 0; var failed = false }
        func decodePart(_ range: Range<Int>) -> Part {
            var part = Part()
            guard !range.isEmpty else { return part }
            var lineStart = range.lowerBound
            for index in range.lowerBound...range.upperBound where index == range.upperBound || buffer[index] == 0x0A {
                if index == range.upperBound, lineStart == index, index > range.lowerBound { break }
                part.lines += 1
                let line = UnsafeBufferPointer(rebasing: buffer[lineStart..<index])
                if decodeLine(line, number: part.lines, path: path, into: &part.decoder) != nil {
                    part.failed = true
                    break
                }
                lineStart = index + 1
            }
            return part
        }
        var results: [Part]
        if parts == 1 {
            results = [decodePart(0..<buffer.count)]
        } else {
            let slots = UnsafeMutablePointer<Part>.allocate(capacity: parts)
            defer { slots.deinitialize(count: parts); slots.deallocate() }
            nonisolated(unsafe) let shared = (slots: slots, bounds: bounds)
            nonisolated(unsafe) let decode = decodePart
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                (shared.slots + part).initialize(to: decode(shared.bounds[part]..<shared.bounds[part + 1]))
            }
            results = Array(UnsafeBufferPointer(start: slots, count: parts))
        }
        var decoder = results[0].decoder
        var lineOffset = results[0].lines
        var failed = results[0].failed
        for part in results.dropFirst() where !failed {
            decoder.absorb(part.decoder, lineOffset: lineOffset)
            lineOffset += part.lines
            failed = part.failed
        }
        if failed { return .failure(GraphFileError(path: path, problems: decoder.problems.map(\.problem))) }
        return .success(decoder)
    }

    /// Inputs at least this large are decoded on several cores.
    static let parallelThreshold = 4 << 20
    /// JSON Lines files larger than this are streamed line by line, so memory follows the graph, not the file.
    static let wholeFileLimit = 256 << 20

    private static func readLines(_ path: String) throws(GraphFileError) -> Graph {
        var decoder = GraphDecoder()
        var sawContent = false
        do {
            try FileBytes.forEachLine(path) { line, number in
                if !sawContent, line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) { sawContent = true }
                if let error = decodeLine(line, number: number, path: path, into: &decoder) { throw error }
            }
        } catch let error as GraphFileError {
            throw error
        } catch {
            throw GraphFileError(path: path, code: .io, message: "\(error)")
        }
        guard sawContent else {
            throw GraphFileError(
                path: path, code: .syntax, message: "the file is empty; expected a graph document",
                location: SourceLocation(line: 1, column: 1))
        }
        return try finish(&decoder, path: path, lines: nil).get()
    }

    /// Decodes one JSON Lines line; returns an error only for a syntax error that ends decoding.
    static func decodeLine(
        _ line: UnsafeBufferPointer<UInt8>, number: Int, path: String,
        into decoder: inout GraphDecoder
    ) -> GraphFileError? {
        var reader = JSONReader(line)
        if reader.isAtEnd { return nil }
        let before = decoder.problems.count
        decoder.currentLine = number
        do {
            try decoder.decodeRecord(&reader)
            if !reader.isAtEnd {
                decoder.report(.syntax, "unexpected text after the record; JSON Lines holds one object a line", at: reader.position)
            }
        } catch {
            decoder.report(.syntax, error.message, at: error.offset)
            resolve(&decoder, from: before, line: line, number: number)
            return GraphFileError(
                path: path,
                problems: decoder.problems.compactMap { entry in
                    if case .location = entry.position { return entry.problem }
                    return nil
                })
        }
        resolve(&decoder, from: before, line: line, number: number)
        return nil
    }

    private static func resolve(_ decoder: inout GraphDecoder, from start: Int, line: UnsafeBufferPointer<UInt8>, number: Int) {
        guard start < decoder.problems.count else { return }
        let text = String(decoding: line, as: UTF8.self)
        for index in start..<decoder.problems.count {
            guard case .offset(let offset) = decoder.problems[index].position else { continue }
            let location = SourceLocation(line: number, column: SourceLocation(offset: offset, in: line).column)
            decoder.problems[index].position = .location(location)
            decoder.problems[index].problem.location = location
            decoder.problems[index].problem.lineText = text
        }
    }

    private static func decodeJSON(_ buffer: UnsafeBufferPointer<UInt8>, path: String) -> Result<Graph, GraphFileError> {
        var decoder = GraphDecoder()
        var reader = JSONReader(buffer)
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
            reader = JSONReader(buffer, position: 3)
        }
        do {
            try decoder.decodeDocument(&reader)
        } catch {
            decoder.report(.syntax, error.message, at: error.offset)
            return .failure(GraphFileError(path: path, problems: locate(decoder.problems, in: buffer)))
        }
        return finish(&decoder, path: path, lines: buffer)
    }

    private static func finish(_ decoder: inout GraphDecoder, path: String, lines: UnsafeBufferPointer<UInt8>?) -> Result<
        Graph, GraphFileError
    > {
        decoder.finish()
        guard decoder.problems.isEmpty else {
            let problems = lines.map { locate(decoder.problems, in: $0) } ?? decoder.problems.map(\.problem)
            return .failure(GraphFileError(path: path, problems: problems))
        }
        return .success(decoder.graph)
    }

    /// Turns byte offsets into line and column in one pass over the buffer, in file order.
    private static func locate(
        _ entries: [(position: GraphDecoder.Position, problem: GraphFileError.Problem)],
        in buffer: UnsafeBufferPointer<UInt8>
    ) -> [GraphFileError.Problem] {
        var located: [(Int, GraphFileError.Problem)] = []
        var offsets: [(Int, Int)] = []
        for (index, entry) in entries.enumerated() {
            switch entry.position {
            case .location: located.append((Int.max, entry.problem))
            case .offset(let offset): offsets.append((offset, index))
            }
        }
        offsets.sort { $0.0 < $1.0 }
        var line = 1, column = 1, lineStart = 0, position = 0
        for (offset, index) in offsets {
            while position < min(offset, buffer.count) {
                let byte = buffer[position]
                if byte == 0x0A { line += 1; column = 1; lineStart = position + 1 } else if byte & 0xC0 != 0x80 { column += 1 }
                position += 1
            }
            var lineEnd = lineStart
            while lineEnd < buffer.count, buffer[lineEnd] != 0x0A, lineEnd - lineStart < 400 { lineEnd += 1 }
            var problem = entries[index].problem
            problem.location = SourceLocation(line: line, column: column)
            problem.lineText = String(decoding: UnsafeBufferPointer(rebasing: buffer[lineStart..<lineEnd]), as: UTF8.self)
            located.append((offset, problem))
        }
        return located.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Encodes a graph in canonical order.
    /// - Parameters:
    ///   - format: JSON (the default) or JSON Lines.
    ///   - extensions: `x-` fields to add to actors and relations (other tools' attributes).
    public static func encode(_ graph: Graph, format: GraphFormat = .json, extensions: GraphExtensions = GraphExtensions()) -> [UInt8] {
        var result: [UInt8] = []
        try? GraphEncoder.encode(graph, format: format, extensions: extensions) { result.append(contentsOf: $0) }
        return result
    }

    /// Writes a graph to `path` through ``AtomicFile`` (`-` writes to standard output).
    ///
    /// - Parameters:
    ///   - graph: The graph; it is written in canonical order.
    ///   - path: The file to create or replace, or `-`.
    ///   - format: The form; by default the extension decides (`.jsonl` → JSON Lines).
    /// - Throws: ``GraphFileError`` with code `io`; an existing file is then left as it was.
    public static func write(_ graph: Graph, to path: String, format: GraphFormat? = nil) throws(GraphFileError) {
        let format = format ?? GraphFormat(path: path)
        try AtomicFile.write(to: path) { emit in
            try GraphEncoder.encode(graph, format: format, emit)
        }
    }

    /// Writes the graph that `graph` would be with `relations` added, as ``write(_:to:format:)`` would write it,
    /// without building that graph: a command that only writes its result need not index thousands of relations
    /// by key and by actor first.
    ///
    /// - Parameters:
    ///   - graph: The documents and actors; when it has relations of its own, `relations` are added to it first.
    ///   - relations: Relations with distinct keys, in any order (in key order they need no sorting).
    ///   - path: The file to create or replace, or `-`.
    ///   - format: The form; by default the extension decides.
    /// - Throws: ``GraphFileError`` with code `io`; an existing file is then left as it was.
    package static func write(
        _ graph: Graph, addingUnique relations: [Relation], to path: String, format: GraphFormat? = nil
    ) throws(GraphFileError) {
        guard graph.relations.isEmpty else {
            var whole = graph
            whole.add(uniqueRelations: relations)
            return try write(whole, to: path, format: format)
        }
        let format = format ?? GraphFormat(path: path)
        let keys = relations.map(\.key)
        try AtomicFile.write(to: path) { emit in
            try GraphEncoder.encode(
                documents: graph.documents.values.elements, actors: graph.actors.values.elements, keys: keys, relations: relations,
                format: format, emit)
        }
    }

    /// Writes the graph that `graph` would be with the relations of `spans` added (each made of the ``Evidence`` its
    /// pieces stand for), byte for byte as ``write(_:addingUnique:to:format:)`` would write it, without making that
    /// evidence: its texts are written from the documents' bytes.
    ///
    /// - Parameters:
    ///   - graph: The documents and actors; it must have no relations.
    ///   - spans: Relations with distinct keys, each one's evidence prepared (``SpanRelations/prepare(_:)``).
    ///   - path: The file to create or replace, or `-`.
    ///   - format: The form; by default the extension decides.
    /// - Throws: ``GraphFileError`` with code `io`; an existing file is then left as it was.
    package static func write(_ graph: Graph, addingSpans spans: SpanRelations, to path: String, format: GraphFormat? = nil)
        throws(GraphFileError)
    {
        precondition(graph.relations.isEmpty, "span relations are written beside a graph without relations")
        let format = format ?? GraphFormat(path: path)
        try AtomicFile.write(to: path) { emit in
            try GraphEncoder.encode(
                documents: graph.documents.values.elements, actors: graph.actors.values.elements, spans: spans, format: format, emit)
        }
    }
}
