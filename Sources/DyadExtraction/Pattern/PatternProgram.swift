/// A pattern compiled to instructions for a small backtracking matcher.
struct PatternProgram: Sendable {
    /// One instruction.
    enum Instruction: Sendable {
        case literal(Int32)
        case wordClass(Int)
        case slot(PatternSlot)
        case any(crossesMentions: Bool)
        /// Fails when the next unit is one of these literals or in one of these classes; consumes nothing.
        case notAhead(literals: [Int32], classes: [Int])
        /// Consumes the next unit when it is one of these literals or in one of these classes: alternatives of
        /// single words and classes (`(said|says|[warn])`) as one step instead of a chain of splits.
        case oneOf(literals: [Int32], classes: [Int])
        /// A slot that also accepts a mention used as a modifier (`Iran` in `Iran-backed`).
        case modifierSlot(PatternSlot)
        case split(Int, Int)
        case jump(Int)
        case match
    }

    var instructions: [Instruction] = []
    /// Whether the pattern binds a pair slot rather than A and B.
    var usesPair = false

    /// Compiles a node.
    /// - Parameters:
    ///   - node: The parsed pattern.
    ///   - literalID: Interns a literal.
    ///   - classID: Finds a class index, or `nil` when unknown.
    static func compile(_ node: PatternNode, literalID: (String) -> Int32, classID: (String) -> Int?) throws(PatternParser.Failure)
        -> PatternProgram
    {
        var program = PatternProgram()
        try program.emit(node, literalID, classID)
        program.instructions.append(.match)
        return program
    }

    private mutating func emit(_ node: PatternNode, _ literalID: (String) -> Int32, _ classID: (String) -> Int?) throws(PatternParser
        .Failure)
    {
        switch node {
        case .literal(let word):
            instructions.append(.literal(literalID(word)))
        case .wordClass(let name):
            guard let index = classID(name) else { throw PatternParser.Failure(message: "unknown word class `[\(name)]`", column: -1) }
            instructions.append(.wordClass(index))
        case .slot(let slot):
            if slot == .pair { usesPair = true }
            instructions.append(.slot(slot.bound))
        case .any(let cross):
            instructions.append(.any(crossesMentions: cross))
        case .not(let inner):
            guard let atoms = PatternProgram.atoms(inner) else {
                throw PatternParser.Failure(message: "`!` takes words and classes only", column: -1)
            }
            let (literals, classes) = try PatternProgram.resolve(atoms, literalID, classID)
            instructions.append(.notAhead(literals: literals, classes: classes))
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                // A slot joined to a hyphen on either side (`@B "-" backed`, `anti "-" @B`) takes a modifier mention.
                let hyphenAfter = index + 1 < items.count && items[index + 1] == .literal("-")
                let hyphenBefore = index > 0 && items[index - 1] == .literal("-")
                if case .slot(let slot) = item, hyphenAfter || hyphenBefore {
                    if slot == .pair { usesPair = true }
                    instructions.append(.modifierSlot(slot.bound))
                    continue
                }
                try emit(item, literalID, classID)
            }
        case .alternatives(let choices):
            // A run of options that are single words or classes is one `oneOf` step: each consumes one unit
            // and continues alike, so trying them in turn reaches nothing the set does not.
            var runs: [[PatternNode]] = []
            for choice in choices {
                if PatternProgram.atoms(choice) != nil, let last = runs.last, PatternProgram.atoms(last[0]) != nil {
                    runs[runs.count - 1].append(choice)
                } else {
                    runs.append([choice])
                }
            }
            var jumps: [Int] = []
            for (index, run) in runs.enumerated() {
                let split = instructions.count
                if index < runs.count - 1 { instructions.append(.split(0, 0)) }
                if run.count > 1 {
                    let (literals, classes) = try PatternProgram.resolve(run.flatMap { PatternProgram.atoms($0) ?? [] }, literalID, classID)
                    instructions.append(.oneOf(literals: literals, classes: classes))
                } else {
                    try emit(run[0], literalID, classID)
                }
                if index < runs.count - 1 {
                    jumps.append(instructions.count)
                    instructions.append(.jump(0))
                    instructions[split] = .split(split + 1, instructions.count)
                }
            }
            for j in jumps { instructions[j] = .jump(instructions.count) }
        case let .repeated(inner, min, max, lazy):
            for _ in 0..<min { try emit(inner, literalID, classID) }
            if let max {
                var splits: [Int] = []
                for _ in min..<max {
                    splits.append(instructions.count)
                    instructions.append(.split(0, 0))
                    try emit(inner, literalID, classID)
                }
                let end = instructions.count
                for s in splits { instructions[s] = lazy ? .split(end, s + 1) : .split(s + 1, end) }
            } else {
                let loop = instructions.count
                instructions.append(.split(0, 0))
                try emit(inner, literalID, classID)
                instructions.append(.jump(loop))
                let end = instructions.count
                instructions[loop] = lazy ? .split(end, loop + 1) : .split(loop + 1, end)
            }
        }
    }

    /// The words and classes of a node made only of them (`word`, `[class]`, `(a | b | [c])`), or `nil`.
    static func atoms(_ node: PatternNode) -> [PatternNode]? {
        switch node {
        case .literal, .wordClass: return [node]
        case .alternatives(let options):
            var out: [PatternNode] = []
            for option in options {
                guard let inner = atoms(option) else { return nil }
                out += inner
            }
            return out
        default: return nil
        }
    }

    /// The ids of literal atoms and the indices of class atoms.
    private static func resolve(_ atoms: [PatternNode], _ literalID: (String) -> Int32, _ classID: (String) -> Int?) throws(PatternParser
        .Failure) -> ([Int32], [Int])
    {
        var literals: [Int32] = [], classes: [Int] = []
        for atom in atoms {
            if case .literal(let w) = atom { literals.append(literalID(w)) }
            if case .wordClass(let name) = atom {
                guard let index = classID(name) else { throw PatternParser.Failure(message: "unknown word class `[\(name)]`", column: -1) }
                classes.append(index)
            }
        }
        return (literals, classes)
    }

    /// What a sentence must contain for the node to match: clauses of words and classes (`.literal`,
    /// `.wordClass`), each met when one of its atoms is a token of the sentence. A sequence needs the clauses of
    /// its parts, a repetition those of its part when at least one is required, alternatives one clause that
    /// joins a clause of every option (the one `weight` finds lightest); gaps, slots and look-aheads need nothing.
    /// - Parameter weight: How many token ids meet a clause, to choose among an option's clauses.
    static func clauses(_ node: PatternNode, weight: ([PatternNode]) -> Int) -> [[PatternNode]] {
        switch node {
        case .literal, .wordClass: return [[node]]
        case .sequence(let items): return items.flatMap { clauses($0, weight: weight) }
        case let .repeated(inner, min, _, _): return min > 0 ? clauses(inner, weight: weight) : []
        case .alternatives(let options):
            var joined: [PatternNode] = []
            for option in options {
                guard let lightest = clauses(option, weight: weight).min(by: { weight($0) < weight($1) }) else { return [] }
                for atom in lightest where !joined.contains(atom) { joined.append(atom) }
            }
            return [joined]
        case .slot, .any, .not: return []
        }
    }

    /// The slots a pattern uses, counted.
    static func slots(_ node: PatternNode) -> [PatternSlot: Int] {
        switch node {
        case .slot(let s): return [s: 1]
        case .sequence(let items):
            var out: [PatternSlot: Int] = [:]
            for item in items { for (k, v) in slots(item) { out[k, default: 0] += v } }
            return out
        case .alternatives(let options):
            var out: [PatternSlot: Int] = [:]
            for option in options { for (k, v) in slots(option) { out[k] = max(out[k] ?? 0, v) } }
            return out
        case let .repeated(inner, _, max, _):
            var out = slots(inner)
            if max != 1 { for k in out.keys { out[k] = 2 } }
            return out
        default: return [:]
        }
    }
}
