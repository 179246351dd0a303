import ArgumentParser

extension Dyad {
    /// `dyad rules`: test and lint rule packs.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Test and lint rule packs.",
            subcommands: [Test.self, Check.self]
        )
    }
}
