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
        /// A slot that also accepts a mention used as a modifier (`Iran` in `Iran-backed`).
        case modifierSlot(PatternSlot)
        case split(Int, Int)
        case jump(Int)
        case match
    }

    var instructions: [Instruction] = []
    /// Token ids one of which must occur in the sentence for a match (empty: no filter).
    var trigger: [Int32] = []
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
            instructions.append(.slot(slot))
        case .any(let cross):
            instructions.append(.any(crossesMentions: cross))
        case .not(let inner):
            var literals: [Int32] = [], classes: [Int] = []
            func collect(_ n: PatternNode) throws(PatternParser.Failure) {
                switch n {
                case .literal(let w): literals.append(literalID(w))
                case .wordClass(let name):
                    guard let index = classID(name) else {
                        throw PatternParser.Failure(message: "unknown word class `[\(name)]`", column: -1)
                    }
                    classes.append(index)
                case .alternatives(let options): for o in options { try collect(o) }
                default: throw PatternParser.Failure(message: "`!` takes words and classes only", column: -1)
                }
            }
            try collect(inner)
            instructions.append(.notAhead(literals: literals, classes: classes))
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                if case .slot(let slot) = item, index + 1 < items.count, case .literal("-") = items[index + 1] {
                    if slot == .pair { usesPair = true }
                    instructions.append(.modifierSlot(slot))
                    continue
                }
                try emit(item, literalID, classID)
            }
        case .alternatives(let options):
            var jumps: [Int] = []
            for (index, option) in options.enumerated() {
                if index < options.count - 1 {
                    let split = instructions.count
                    instructions.append(.split(0, 0))
                    try emit(option, literalID, classID)
                    jumps.append(instructions.count)
                    instructions.append(.jump(0))
                    instructions[split] = .split(split + 1, instructions.count)
                } else {
                    try emit(option, literalID, classID)
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

    /// The mandatory top-level literals and classes, to pick a trigger from.
    static func mandatoryAtoms(_ node: PatternNode) -> [PatternNode] {
        switch node {
        case .literal, .wordClass: return [node]
        case .sequence(let items): return items.flatMap { mandatoryAtoms($0) }
        case let .repeated(inner, min, _, _): return min > 0 ? mandatoryAtoms(inner) : []
        default: return []
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
