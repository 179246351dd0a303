/// A rule with its patterns compiled.
struct CompiledRule: Sendable {
    var rule: RelationRule
    var programs: [PatternProgram]
}
