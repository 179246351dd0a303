import DyadCore
internal import Yams

/// Reads Yams nodes with errors located at file, line and column.
struct NodeReader {
    let file: String
    let text: String

    func origin(_ node: Node) -> SourceLocation? {
        guard let mark = node.mark else { return nil }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// Where a pattern's first character is: plain and quoted scalars on one line.
    func patternOrigin(_ node: Node) -> SourceLocation? {
        guard var o = origin(node) else { return nil }
        if let scalar = node.scalar, scalar.style == .singleQuoted || scalar.style == .doubleQuoted { o.column += 1 }
        return o
    }

    /// The text of a line of the file, from the text in memory.
    func lineText(_ line: Int) -> String? {
        SourceLocation(file: file, line: line, column: 1).lineText(in: text)
    }

    func error(_ node: Node, _ code: ExtractionError.Code, _ message: String) -> ExtractionError {
        let o = origin(node)
        return ExtractionError(
            code, message, file: file, line: o?.line, column: o?.column,
            lineText: o.flatMap { lineText($0.line) })
    }

    func error(at origin: SourceLocation?, offset: Int, _ code: ExtractionError.Code, _ message: String) -> ExtractionError {
        guard let origin else { return ExtractionError(code, message, file: file) }
        return ExtractionError(
            code, message, file: origin.file, line: origin.line, column: origin.column + offset,
            lineText: lineText(origin.line))
    }

    func syntaxError(_ error: YamlError) -> ExtractionError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var message = problem
            if let context { message = "\(context.text) — \(problem)" }
            return ExtractionError(
                .yamlSyntax, "YAML syntax: \(message)", file: file, line: mark.line, column: mark.column,
                lineText: lineText(mark.line), underlying: error)
        case let .reader(problem, _, _, _):
            return ExtractionError(.yamlSyntax, "YAML: \(problem)", file: file)
        default:
            return ExtractionError(.yamlSyntax, "YAML: \(error)", file: file)
        }
    }

    func mapping(_ node: Node, allowed: Set<String>, what: String) throws -> [String: (key: Node, value: Node)] {
        guard let mapping = node.mapping else { throw error(node, .schema, "expected \(what) as a mapping of fields") }
        var out: [String: (key: Node, value: Node)] = [:]
        out.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            guard let name = key.string else { throw error(key, .schema, "field names must be plain text") }
            guard allowed.contains(name) else {
                throw error(
                    key, .schema, "unknown field `\(name)` in \(what); expected one of: \(allowed.sorted().joined(separator: ", "))")
            }
            if out.updateValue((key, value), forKey: name) != nil { throw error(key, .schema, "field `\(name)` appears twice in \(what)") }
        }
        return out
    }

    func sequence(_ node: Node) throws -> [Node] {
        if case .scalar(let s) = node, s.string.isEmpty || s.string == "null" || s.string == "~" { return [] }
        guard let sequence = node.sequence else { throw error(node, .schema, "expected a list") }
        return Array(sequence)
    }

    func string(_ node: Node) throws -> String {
        guard let scalar = node.scalar else { throw error(node, .schema, "expected a text value") }
        return scalar.string
    }

    func strings(_ node: Node) throws -> [String] {
        if node.scalar != nil { return [try string(node)] }
        var out: [String] = []
        for item in try sequence(node) { out.append(try string(item)) }
        return out
    }

    func bool(_ node: Node) throws -> Bool {
        let text = try string(node)
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw error(node, .schema, "expected true or false")
        }
    }

    func day(_ node: Node) throws -> Day {
        let text = try string(node)
        guard let day = Day(text) else { throw error(node, .schema, "expected a date as YYYY-MM-DD, found `\(text)`") }
        return day
    }
}
