/// Reads a JSON Lines corpus (one ``CorpusRecord`` a line) one document at a time,
/// from a file or standard input, in memory bounded by the longest line.
///
/// A bad line (not a JSON object, no `text`, a date that is not ISO 8601) throws a
/// ``GraphFileError`` located at the offending value's line and column; the reader
/// stays usable, so a caller may report the line and go on with the next one.
///
/// ```swift
/// let reader = try CorpusReader(path: "corpus.jsonl")
/// while let record = try reader.next() { print(record.id ?? "?", record.date ?? "undated") }
/// ```
public final class CorpusReader {
    private let lines: LineReader

    /// The path read (`-` for standard input).
    public var path: String { lines.path }
    /// The 1-based number of the last line read.
    public var lineNumber: Int { lines.lineNumber }
    /// How many bytes the lines read so far span.
    public var bytesRead: Int { lines.bytesRead }
    /// How many non-blank lines were read, good or bad.
    public private(set) var recordLines = 0

    /// Opens `path` (`-` for standard input).
    /// - Throws: ``GraphFileError`` with code `io` when it cannot be opened.
    public init(path: String) throws(GraphFileError) {
        // One line holds one document: a line may be as long as the document limit allows, with room for its JSON.
        lines = try LineReader(path: path, maximumLineLength: InputLimits.documentBytes + InputLimits.documentBytes / 4 + 4096)
    }

    /// The next document, or `nil` at the end; blank lines are skipped.
    /// - Throws: ``GraphFileError`` for a bad line (the next call reads the line after it),
    ///   or with code `io` when reading fails.
    public func next() throws(GraphFileError) -> CorpusRecord? {
        while true {
            let parsed: Result<CorpusRecord?, GraphFileError>?
            do {
                parsed = try lines.next { line -> Result<CorpusRecord?, GraphFileError> in
                    var body = line
                    if lines.lineNumber == 1, line.count >= 3, line[0] == 0xEF, line[1] == 0xBB, line[2] == 0xBF {
                        body = UnsafeBufferPointer(rebasing: line[3...])
                    }
                    if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return .success(nil) }
                    recordLines += 1
                    return CorpusReader.parse(body, line: lines.lineNumber, path: path)
                }
            } catch let error as GraphFileError {
                throw error
            } catch {
                throw GraphFileError(path: path, code: .io, message: "\(error)")
            }
            guard let parsed else { return nil }
            if let record = try parsed.get() { return record }
        }
    }

    /// Decodes one corpus line.
    static func parse(_ line: UnsafeBufferPointer<UInt8>, line number: Int, path: String) -> Result<CorpusRecord?, GraphFileError> {
        func failure(_ code: GraphFileError.Code, _ message: String, at offset: Int) -> Result<CorpusRecord?, GraphFileError> {
            let location = SourceLocation(line: number, column: SourceLocation(offset: offset, in: line).column)
            let text = String(decoding: UnsafeBufferPointer(rebasing: line.prefix(400)), as: UTF8.self)
            return .failure(
                GraphFileError(
                    path: path,
                    problems: [
                        GraphFileError.Problem(code: code, message: message, location: location, lineText: text)
                    ]))
        }
        var reader = JSONReader(line)
        var record = CorpusRecord(text: "", line: number)
        var sawText = false
        do {
            let start = reader.valueOffset()
            let found = try reader.peekKind()
            guard found == .object else {
                try reader.skipValue()  // a syntax error in the value is the better message
                return failure(
                    .schema, "expected a document object {\"id\", \"text\", \"date\"?, \"title\"?, \"source\"?}, found \(found.phrase)",
                    at: start)
            }
            try reader.beginObject()
            while let (key, _) = try reader.nextKey() {
                let offset = reader.valueOffset()
                let kind = try reader.peekKind()
                if kind == .null, key != "text" {
                    try reader.readNull()
                    continue
                }
                switch key {
                case "id":
                    switch kind {
                    case .string: record.id = try reader.readString()
                    case .number:
                        let value = try reader.readNumber()
                        record.id = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
                    default: return failure(.schema, "\"id\" must be a string or a number, found \(kind.phrase)", at: offset)
                    }
                    if record.id?.isEmpty == true { return failure(.schema, "\"id\" must not be empty", at: offset) }
                case "text":
                    guard kind == .string else { return failure(.schema, "\"text\" must be a string, found \(kind.phrase)", at: offset) }
                    record.text = try reader.readString()
                    sawText = true
                case "date":
                    guard kind == .string else {
                        return failure(
                            .schema, "\"date\" must be a string (\(PartialDate.acceptedForms)), found \(kind.phrase)", at: offset)
                    }
                    let text = try reader.readString()
                    guard let date = PartialDate(text) else {
                        return failure(.schema, "\"date\" must be \(PartialDate.acceptedForms) (ISO 8601), found \"\(text)\"", at: offset)
                    }
                    record.date = date
                case "title", "source":
                    guard kind == .string else { return failure(.schema, "\"\(key)\" must be a string, found \(kind.phrase)", at: offset) }
                    let value = try reader.readString()
                    if key == "title" { record.title = value } else { record.source = value }
                default:
                    try reader.skipValue()
                }
            }
            if !reader.isAtEnd {
                return failure(.syntax, "unexpected text after the document; a corpus holds one JSON object a line", at: reader.position)
            }
            guard sawText else { return failure(.schema, "the document has no \"text\" (a string)", at: start) }
        } catch {
            return failure(.syntax, error.message, at: error.offset)
        }
        return .success(record)
    }
}
