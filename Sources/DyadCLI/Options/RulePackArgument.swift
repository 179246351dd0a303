import ArgumentParser

/// The pack `rules test` and `rules check` read: `--rules PACK` like every other command, or, as
/// before, the pack as an argument (`dyad rules check my-pack/`), which still works but is not shown.
struct RulePackArgument: ParsableArguments {
    @OptionGroup var option: RulePackOption

    @Argument(help: .private)
    var legacyPack: String?

    init() {}

    func validate() throws {
        if option.rules != nil, legacyPack != nil {
            throw ValidationError("give the pack once: --rules PACK (or, as before, a PACK argument)")
        }
    }

    /// The pack chosen by either spelling.
    var selected: RulePackOption { RulePackOption(rules: option.rules ?? legacyPack) }
}
