import DyadCore

/// Parses the token-pattern language of relation rules.
///
/// Grammar: a sequence of elements separated by spaces. An element is a bare or
/// `"quoted"` literal, a word class `[name]`, a slot `@A`, `@B`, `@AB` or `@_`, a gap
/// unit `_` (any token or mention) or `~` (any token that is not a mention), or a group
/// `( … | … )`; any element may be followed directly by `?`, `*`, `+` or `{m,n}`.
/// Gaps never cross clause boundaries.
struct PatternParser {
    let text: [Unicode.Scalar]
    var position = 0
    /// How many groups and `!` the parser is inside.
    private var depth = 0
    /// The deepest nesting of groups and `!` accepted; deeper patterns are refused, so parsing never exhausts the stack.
    static let maxDepth = 32

    init(_ pattern: String) { text = Array(pattern.unicodeScalars) }

    /// A parse failure with the zero-based column in the pattern.
    struct Failure: Error {
        var message: String
        var column: Int
    }

    /// Parses the whole pattern.
    mutating func parse() throws(Failure) -> PatternNode {
        let node = try parseAlternatives()
        skipSpace()
        if position < text.count { throw Failure(message: "unexpected `\(text[position])`", column: position) }
        return node
    }

    private mutating func skipSpace() {
        while position < text.count, text[position] == " " || text[position] == "\t" || text[position] == "\n" { position += 1 }
    }

    private mutating func parseAlternatives() throws(Failure) -> PatternNode {
        var options = [try parseSequence()]
        skipSpace()
        while position < text.count, text[position] == "|" {
            position += 1
            options.append(try parseSequence())
            skipSpace()
        }
        return options.count == 1 ? options[0] : .alternatives(options)
    }

    private mutating func parseSequence() throws(Failure) -> PatternNode {
        var items: [PatternNode] = []
        while true {
            skipSpace()
            guard position < text.count, text[position] != "|", text[position] != ")" else { break }
            let start = position
            var atom = try parseAtom()
            atom = try parseQuantifier(atom, start: start)
            items.append(atom)
        }
        if items.isEmpty { throw Failure(message: "empty pattern or alternative", column: position) }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private static let special: Set<Unicode.Scalar> = ["(", ")", "|", "[", "]", "?", "*", "+", "{", "}", " ", "\t", "\n", "\"", "!"]

    private mutating func parseAtom() throws(Failure) -> PatternNode {
        let c = text[position]
        if c == "(" || c == "!" {
            guard depth < PatternParser.maxDepth else {
                throw Failure(message: "groups and `!` nest deeper than \(PatternParser.maxDepth) levels", column: position)
            }
            depth += 1
        }
        defer { if c == "(" || c == "!" { depth -= 1 } }
        switch c {
        case "(":
            position += 1
            let inner = try parseAlternatives()
            skipSpace()
            guard position < text.count, text[position] == ")" else { throw Failure(message: "missing `)`", column: position) }
            position += 1
            return inner
        case "[":
            let start = position
            let trimmed = try delimited(by: "]", missing: "missing `]` after word class").trimmingCharactersInSpace()
            if trimmed.isEmpty { throw Failure(message: "empty word class `[]`", column: start) }
            return .wordClass(trimmed)
        case "\"":
            let start = position
            let word = try delimited(by: "\"", missing: "unterminated quoted literal")
            if word.isEmpty { throw Failure(message: "empty quoted literal", column: start) }
            return .literal(NameNormalizer.fold(word))
        case "@":
            let start = position
            position += 1
            var name = ""
            while position < text.count, !PatternParser.special.contains(text[position]) {
                name.unicodeScalars.append(text[position]); position += 1
            }
            switch name {
            case "A": return .slot(.a)
            case "B": return .slot(.b)
            case "B:place": return .slot(.placeB)
            case "A:first": return .slot(.firstA)
            case "AB": return .slot(.pair)
            case "_": return .slot(.anyMention)
            default: throw Failure(message: "unknown slot `@\(name)`: use @A, @A:first, @B, @B:place, @AB or @_", column: start)
            }
        case "!":
            let start = position
            position += 1
            guard position < text.count, text[position] != " " else {
                throw Failure(message: "`!` must be followed by a word, a class or a group", column: start)
            }
            let inner = try parseAtom()
            switch inner {
            case .literal, .wordClass, .alternatives: return .not(inner)
            default: throw Failure(message: "`!` takes a word, a word class or a group of words", column: start)
            }
        case "?", "*", "+", "{":
            throw Failure(message: "`\(c)` must follow an element without a space", column: position)
        case "]", "}":
            throw Failure(message: "unexpected `\(c)`", column: position)
        default:
            var word = ""
            while position < text.count, !PatternParser.special.contains(text[position]) {
                word.unicodeScalars.append(text[position]); position += 1
            }
            if word == "_" { return .any(crossesMentions: true) }
            if word == "~" { return .any(crossesMentions: false) }
            return .literal(NameNormalizer.fold(word))
        }
    }

    /// Reads the text after the opening delimiter at `position` up to `closing`, consuming both.
    /// - Throws: `Failure` at the opening delimiter, with `missing` as the message, when `closing` never comes.
    private mutating func delimited(by closing: Unicode.Scalar, missing: String) throws(Failure) -> String {
        let start = position
        position += 1
        var content = ""
        while position < text.count, text[position] != closing { content.unicodeScalars.append(text[position]); position += 1 }
        guard position < text.count else { throw Failure(message: missing, column: start) }
        position += 1
        return content
    }

    private mutating func parseQuantifier(_ atom: PatternNode, start: Int) throws(Failure) -> PatternNode {
        guard position < text.count else { return atom }
        let lazy: Bool
        if case .any = atom { lazy = true } else { lazy = false }
        switch text[position] {
        case "?": position += 1; return .repeated(atom, min: 0, max: 1, lazy: lazy)
        case "*": position += 1; return .repeated(atom, min: 0, max: nil, lazy: lazy)
        case "+": position += 1; return .repeated(atom, min: 1, max: nil, lazy: lazy)
        case "{":
            let open = position
            position += 1
            var body = ""
            while position < text.count, text[position] != "}" { body.unicodeScalars.append(text[position]); position += 1 }
            guard position < text.count else { throw Failure(message: "missing `}` in repetition", column: open) }
            position += 1
            let parts = body.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingCharactersInSpace() }
            guard parts.count <= 2, let low = Int(parts[0]), low >= 0 else {
                throw Failure(message: "repetition must be {n} or {m,n} with small numbers", column: open)
            }
            let high = parts.count == 2 ? Int(parts[1]) : low
            guard let high, high >= low, high <= 30 else { throw Failure(message: "repetition {m,n} needs m ≤ n ≤ 30", column: open) }
            return .repeated(atom, min: low, max: high, lazy: lazy)
        default:
            return atom
        }
    }
}

extension String {
    func trimmingCharactersInSpace() -> String {
        var scalars = Substring(self)
        while let f = scalars.first, f == " " || f == "\t" { scalars = scalars.dropFirst() }
        while let l = scalars.last, l == " " || l == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
