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
        // On the UTF-8 bytes: every mark it looks for is ASCII, and no byte of a multi-byte character is.
        let utf8 = Array(text.utf8)
        try utf8.withUnsafeBufferPointer { bytes in try checkDepth(bytes, reader: reader) }
    }

    /// Whether a quote mark after `byte` opens a quoted scalar (a mark inside a plain scalar, `O'Brien`, does not).
    static func opensQuote(after byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "-"): true
        default: false
        }
    }

    private static func checkDepth(_ bytes: UnsafeBufferPointer<UInt8>, reader: NodeReader) throws {
        let space = UInt8(ascii: " "), dash = UInt8(ascii: "-"), hash = UInt8(ascii: "#")
        var indents: [Int] = []
        var flow = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            var column = 0
            while column < line.count, line[column] == space { column += 1 }
            guard column < line.count, line[column] != hash, line[column] != 0x0D else { continue }
            if flow == 0 {
                while let last = indents.last, last >= column { indents.removeLast() }
                indents.append(column)
            }
            var depth = indents.count
            var quote: UInt8?
            var position = column
            while position < line.count {
                let c = line[position]
                if let open = quote {
                    if c == open { quote = nil }
                } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                    if position == 0 || opensQuote(after: line[position - 1]) { quote = c }
                } else if c == hash, position > 0, line[position - 1] == space {
                    break
                } else if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
                    flow += 1
                } else if c == UInt8(ascii: "]") || c == UInt8(ascii: "}") {
                    flow = max(0, flow - 1)
                } else if c == dash, position + 1 < line.count, line[position + 1] == space, flow == 0,
                    line[column..<position].allSatisfy({ $0 == space || $0 == dash })
                {
                    depth += 1
                }
                if depth + flow > maxDepth {
                    var place = SourceLocation(offset: lineStart + position, in: bytes)
                    place.file = reader.file
                    throw reader.error(at: place, offset: 0, .yamlSyntax, "the YAML nests deeper than \(maxDepth) levels")
                }
                position += 1
            }
        }
    }

    /// Refuses a document that expands, with aliases resolved, to more than ``maxNodes`` nodes.
    /// - Throws: `ExtractionError` with code `yamlSyntax`.
    /// - Parameter budget: The nodes left to count, lowered by this document's (a file read in pieces shares one).
    static func checkSize(_ root: Node, budget: inout Int, reader: NodeReader) throws {
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
