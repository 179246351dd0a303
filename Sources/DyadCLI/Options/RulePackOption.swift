import ArgumentParser
import DyadExtraction

/// `--rules PACK`: the rule pack a command reads, the bundled one by default.
struct RulePackOption: ParsableArguments {
    @Option(name: .long, help: "A rule pack: a .yaml file or a folder of them (default: the bundled pack).")
    var rules: String?

    init() {}

    /// Creates the option for a pack path (`nil` for the bundled pack).
    init(rules: String?) { self.rules = rules }

    /// Loads the pack.
    /// - Throws: ``DyadCLIError`` with the pack's located error (status 2).
    func load() throws -> RulePack {
        do {
            return try rules.map { try PackLoader.load(path: $0) } ?? PackLoader.loadDefault()
        } catch let error as ExtractionError {
            throw DyadCLIError(error)
        }
    }

    /// Loads and compiles the pack.
    /// - Throws: ``DyadCLIError`` with the pack's located error (status 2).
    func compiled() throws -> CompiledPack {
        let pack = try load()
        do {
            return try CompiledPack(pack)
        } catch {
            throw DyadCLIError(error)
        }
    }
}
