import ArgumentParser

/// The `dyad` command: extract, render, query and compare relationship graphs.
public struct Dyad: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "Build, render, query and compare graphs of relations between states, leaders and armed groups.",
        discussion: """
            Exit status: 0 ok, 1 failure, 2 bad input. Use `-` for standard input or output.
            Shell completion: dyad --generate-completion-script bash|zsh|fish
            """,
        version: DyadVersion.current,
        subcommands: Dyad.allSubcommands
    )

    public init() {}
}

/// The version `dyad --version` prints.
public enum DyadVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}
