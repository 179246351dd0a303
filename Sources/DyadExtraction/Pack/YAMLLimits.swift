import DyadCore
internal import Yams

/// Bounds on a pack file's YAML checked around Yams, whose composer is recursive: nesting depth
/// is measured on the text before Yams sees it, and the nodes after alias resolution are counted
/// before the pack is read.
enum YAMLLimits {
    /// The deepest nesting of mappings, sequences and flow collections accepted.
    static let maxDepth = 64
    /// The most nodes a file may expand to once aliases are resolved.
    static let maxNodes = 1_000_000

    /// Refuses text nested deeper than ``maxDepth``, located at the first place that goes too deep.
    /// - Throws: `ExtractionError` with code `yamlSyntax`.
    static func checkDepth(_ text: String, reader: NodeReader) throws {
        var indents: [Int] = []
        var flow = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            var column = 0
            while column < scalars.count, scalars[column] == " " { column += 1 }
            guard column < scalars.count, scalars[column] != "#", scalars[column] != "\r" else { continue }
            if flow == 0 {
                while let last = indents.last, last >= column { indents.removeLast() }
                indents.append(column)
            }
            var depth = indents.count
            var quote: Unicode.Scalar?
            var position = column
            while position < scalars.count {
                let c = scalars[position]
                if let open = quote {
                    if c == open { quote = nil }
                } else if c == "\"" || c == "'" {
                    if position == 0 || " [{,:-".unicodeScalars.contains(scalars[position - 1]) { quote = c }
                } else if c == "#", position > 0, scalars[position - 1] == " " {
                    break
                } else if c == "[" || c == "{" {
                    flow += 1
                } else if c == "]" || c == "}" {
                    flow = max(0, flow - 1)
                } else if c == "-", position + 1 < scalars.count, scalars[position + 1] == " ", flow == 0,
                    scalars[column..<position].allSatisfy({ $0 == " " || $0 == "-" })
                {
                    depth += 1
                }
                if depth + flow > maxDepth {
                    throw reader.error(
                        at: SourceLocation(file: reader.file, line: index + 1, column: 1), offset: position,
                        .yamlSyntax, "the YAML nests deeper than \(maxDepth) levels")
                }
                position += 1
            }
        }
    }

    /// Refuses a document that expands, with aliases resolved, to more than ``maxNodes`` nodes.
    /// - Throws: `ExtractionError` with code `yamlSyntax`.
    static func checkSize(_ root: Node, reader: NodeReader) throws {
        var budget = maxNodes
        guard count(root, budget: &budget) else {
            let message = "the YAML expands to more than \(maxNodes) nodes once aliases are resolved; use fewer aliases of large anchors"
            guard let (line, column) = firstAlias(in: reader.text) else { throw ExtractionError(.yamlSyntax, message, file: reader.file) }
            throw reader.error(at: SourceLocation(file: reader.file, line: line, column: 1), offset: column - 1, .yamlSyntax, message)
        }
    }

    /// The line and column of the first alias (`*name`) in `text`, approximately (outside quotes on its line).
    private static func firstAlias(in text: String) -> (Int, Int)? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            var quote: Unicode.Scalar?
            for (column, c) in scalars.enumerated() {
                if let open = quote { if c == open { quote = nil }; continue }
                if c == "\"" || c == "'" { quote = c; continue }
                if c == "#" { break }
                if c == "*", column + 1 < scalars.count, scalars[column + 1] != " ",
                    column == 0 || " [{,-".unicodeScalars.contains(scalars[column - 1])
                {
                    return (index + 1, column + 1)
                }
            }
        }
        return nil
    }

    /// Counts nodes against `budget`; returns `false` as soon as it runs out.
    private static func count(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        if budget < 0 { return false }
        switch node {
        case .scalar: return true
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard count(key, budget: &budget), count(value, budget: &budget) else { return false }
            }
        case .sequence(let sequence):
            for item in sequence {
                guard count(item, budget: &budget) else { return false }
            }
        }
        return true
    }
}
