import DyadCore

/// A rule with its patterns compiled.
struct CompiledRule: Sendable {
    var rule: RelationRule
    var programs: [PatternProgram]
    /// The `unless` phrases as token ids.
    let unless: [[Int32]]
    /// The first id of each `unless` phrase, in the same order.
    let unlessFirst: [Int32]
    /// The same ids as a set: a token that opens no phrase is passed over with one read.
    let unlessStarts: IDSet

    init(rule: RelationRule, programs: [PatternProgram], unless: [[Int32]]) {
        self.rule = rule
        self.programs = programs
        self.unless = unless
        unlessFirst = unless.map { $0[0] }
        unlessStarts = IDSet(unlessFirst)
    }
}

extension CompiledPack {
    /// Whether one of the `unless` phrases of rule `rule` occurs whole in `tokens[range]`. (A method of the pack,
    /// which is a class: the rule's phrases are read in place, where a method of the rule copied it out of `rules`.)
    /// - Complexity: O(n) reads of a bit set for n tokens, and O(p) comparisons at each token that opens one of the
    ///   p phrases.
    func unlessOccurs(rule: Int, in tokens: [Token], _ range: Range<Int>) -> Bool {
        let unless = rules[rule].unless, unlessFirst = rules[rule].unlessFirst, starts = rules[rule].unlessStarts
        guard !unless.isEmpty else { return false }
        return tokens.withUnsafeBufferPointer { tokens in
            for i in range {
                let id = tokens[i].id
                guard starts.contains(id) else { continue }
                for (phrase, first) in zip(unless, unlessFirst) where first == id && i + phrase.count <= range.upperBound {
                    var k = 1
                    while k < phrase.count, tokens[i + k].id == phrase[k] { k += 1 }
                    if k == phrase.count { return true }
                }
            }
            return false
        }
    }
}

/// One instruction of the flat program store: plain values only, so reading it retains nothing.
enum FlatInstruction: Sendable {
    case literal(Int32)
    case wordClass(Int32)
    case slot(PatternSlot)
    case modifierSlot(PatternSlot)
    case any(crossesMentions: Bool)
    /// A look-ahead: the next unit is no word and in no class of set `set` of `CompiledPack.atomSets`.
    case notAhead(set: Int32)
    /// One unit that is a word or in a class of set `set` of `CompiledPack.atomSets`.
    case oneOf(set: Int32)
    case split(Int32, Int32)
    case jump(Int32)
    case match
}

/// One pattern of a rule, flattened for the matcher.
struct FlatPattern: Sendable {
    /// Where the pattern's program starts in the flat instruction store.
    var entry: Int
    var usesPair: Bool
    var rule: Int
    /// Allowed kinds of the slots as bits of `ActorKind.allCases` (0: any), already swapped for reversed rules.
    var kindsA: UInt8
    var kindsB: UInt8
    var firstIsSlot: Bool
    /// Whether the target slot is `@B:place` (a state named after a locative may fill it).
    var placeB = false
    /// Whether the source slot is `@A:first` (of a list, only its first member is the source).
    var firstA = false
    /// The rule's facts the matcher needs, copied so recording a match reads no `RelationRule`: whether it swaps
    /// the slots, its type (index in `RelationType.allCases`), priority and fixed modality.
    var reversed = false
    var type: UInt8 = 0
    var priority = 0
    var modality: Modality?
}

extension ActorKind {
    /// This kind's bit in slot masks.
    var bit: UInt8 { UInt8(1) << UInt8(ActorKind.allCases.firstIndex(of: self) ?? 0) }

    /// The mask of a set of kinds (0 for none: any kind).
    static func mask(_ kinds: Set<ActorKind>) -> UInt8 { kinds.reduce(0) { $0 | $1.bit } }
}

/// A state of the pattern machine saved for backtracking: the instruction, the unit, and the groups taken by @A, @B
/// and a pair so far (-1 for none). Five 32-bit numbers, so a split saves 20 bytes.
struct MachineState {
    var pc: Int32
    var pos: Int32
    var a: Int32
    var b: Int32
    var p: Int32

    @inline(__always)
    init(_ pc: Int, _ pos: Int, _ a: Int, _ b: Int, _ p: Int) {
        self.pc = Int32(truncatingIfNeeded: pc)
        self.pos = Int32(truncatingIfNeeded: pos)
        self.a = Int32(truncatingIfNeeded: a)
        self.b = Int32(truncatingIfNeeded: b)
        self.p = Int32(truncatingIfNeeded: p)
    }
}
