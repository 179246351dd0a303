/// The one validation of a rule pattern, shared by pack compilation (`extract`) and
/// `rules check`, so both accept and refuse the same patterns at the same columns.
enum PatternCheck {
    /// Parses `pattern` and checks its slots.
    /// - Returns: The parsed pattern.
    /// - Throws: `PatternParser.Failure` with the zero-based column of the problem.
    static func parse(_ pattern: String) throws(PatternParser.Failure) -> PatternNode {
        var parser = PatternParser(pattern)
        let node = try parser.parse()
        let slots = PatternProgram.slots(node)
        let hasPair = (slots[.pair] ?? 0) > 0, hasA = (slots[.a] ?? 0) + (slots[.firstA] ?? 0) > 0,
            hasB = (slots[.b] ?? 0) + (slots[.placeB] ?? 0) > 0
        if !(hasPair && !hasA && !hasB) && !(hasA && hasB && !hasPair) {
            let slotColumn = slotColumns(pattern).first(where: { $0.name != "_" })?.column ?? 0
            throw PatternParser.Failure(message: "a pattern needs both @A and @B, or one @AB", column: hasPair ? slotColumn : 0)
        }
        for (names, count) in [
            (["A", "A:first"], (slots[.a] ?? 0) + (slots[.firstA] ?? 0)), (["B", "B:place"], (slots[.b] ?? 0) + (slots[.placeB] ?? 0)),
            (["AB"], slots[.pair] ?? 0),
        ]
        where count > 1 {
            let column = slotColumns(pattern).filter { names.contains($0.name) }.last?.column ?? 0
            throw PatternParser.Failure(message: "each slot may occur once (use a group for alternatives)", column: column)
        }
        return node
    }

    /// Gives a failure without a column (such as an unknown word class from compilation) the column of the named class.
    static func locate(_ failure: PatternParser.Failure, in pattern: String) -> PatternParser.Failure {
        guard failure.column < 0, let open = failure.message.range(of: "`["), let close = failure.message.range(of: "]`") else {
            return failure
        }
        let name = failure.message[open.upperBound..<close.lowerBound]
        var located = failure
        located.column = column(ofClass: String(name), in: pattern) ?? 0
        return located
    }

    /// The zero-based column of the first `[name]` in `pattern`.
    static func column(ofClass name: String, in pattern: String) -> Int? {
        let scalars = Array(pattern.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "[", let close = scalars[index...].firstIndex(of: "]") {
                var inner = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
                inner = inner.trimmingCharactersInSpace()
                if inner == name { return index }
                index = close
            }
            index += 1
        }
        return nil
    }

    /// Each slot written in `pattern` (`A`, `B`, `B:place`, `AB`, `_`) with its zero-based column.
    static func slotColumns(_ pattern: String) -> [(name: String, column: Int)] {
        let scalars = Array(pattern.unicodeScalars)
        var out: [(String, Int)] = []
        var index = 0
        var quoted = false
        while index < scalars.count {
            let c = scalars[index]
            if c == "\"" { quoted.toggle() }
            if c == "@", !quoted {
                var end = index + 1
                while end < scalars.count, !" \t\n()|[]?*+{}\"!".unicodeScalars.contains(scalars[end]) { end += 1 }
                out.append((String(String.UnicodeScalarView(scalars[(index + 1)..<end])), index))
                index = end
                continue
            }
            index += 1
        }
        return out
    }

    /// Warnings about patterns that can make the matcher give up at its step limit: a repetition of something
    /// that can match nothing (`(x?)*`), or many optional parts in a row.
    static func warnings(_ node: PatternNode) -> [String] {
        var out: [String] = []
        var optional = 0
        var nullableLoop = false
        func visit(_ node: PatternNode) {
            switch node {
            case let .repeated(inner, min, max, _):
                if max == nil, nullable(inner) { nullableLoop = true }
                if min == 0 { optional += 1 }
                visit(inner)
            case .sequence(let items), .alternatives(let items):
                for item in items { visit(item) }
            case .not(let inner):
                visit(inner)
            default:
                break
            }
        }
        visit(node)
        if nullableLoop {
            out.append(
                "a repetition of something that can match nothing (such as `(x?)*`) can exhaust the matcher's step limit and lose matches")
        }
        if optional > maxOptionalParts {
            out.append(
                "\(optional) optional or repeated parts can exhaust the matcher's step limit and lose matches; use at most \(maxOptionalParts)"
            )
        }
        return out
    }

    /// The most optional or repeated parts a pattern has before `rules check` warns.
    static let maxOptionalParts = 12

    /// Whether `node` can match without consuming a unit.
    static func nullable(_ node: PatternNode) -> Bool {
        switch node {
        case .literal, .wordClass, .slot, .any: return false
        case .not: return true
        case .sequence(let items): return items.allSatisfy(nullable)
        case .alternatives(let options): return options.contains(where: nullable)
        case let .repeated(inner, min, _, _): return min == 0 || nullable(inner)
        }
    }
}
