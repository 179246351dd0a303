import ArgumentParser

extension Dyad {
    /// Every subcommand, in the order `dyad --help` lists them.
    static let allSubcommands: [ParsableCommand.Type] = [
        Validate.self,
        Stats.self,
        Show.self,
        Merge.self,
        Extract.self,
        Eval.self,
        Train.self,
        Rules.self,
        Path.self,
        Connect.self,
        Balance.self,
        Render.self,
        Diff.self,
        TimelineCommand.self,
        Export.self,
        Import.self,
        Serve.self,
    ]
}
