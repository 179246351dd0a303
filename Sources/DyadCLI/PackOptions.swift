import ArgumentParser
import DyadExtraction

/// `--rules`: the rule pack to use, the bundled one by default.
struct PackOptions: ParsableArguments {
    @Option(name: .long, help: "A rule pack: a .yaml file or a folder of them (default: the bundled pack).")
    var rules: String?

    init() {}

    init(rules: String?) { self.rules = rules }

    /// Loads and compiles the pack.
    func compiled() throws -> CompiledPack {
        do {
            let pack = try rules.map { try PackLoader.load(path: $0) } ?? PackLoader.loadDefault()
            return try CompiledPack(pack)
        } catch let error as ExtractionError {
            throw DyadCLIError(error.description)
        }
    }
}
