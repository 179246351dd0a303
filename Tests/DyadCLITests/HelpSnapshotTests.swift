import ArgumentParser
import Testing

@testable import DyadCLI

/// Every command's `--help`, as reviewed: a changed option, default or text shows up as a diff.
@Suite("--help snapshots")
struct HelpSnapshotTests {
    /// Every command under `dyad`, with its path of names (`rules test`).
    static let commands: [(path: [String], type: ParsableCommand.Type)] = {
        var found: [(path: [String], type: ParsableCommand.Type)] = []
        func walk(_ type: ParsableCommand.Type, _ path: [String]) {
            found.append((path, type))
            for sub in type.configuration.subcommands {
                walk(sub, path + [sub.configuration.commandName ?? sub._commandName])
            }
        }
        walk(Dyad.self, [])
        return found
    }()

    @Test("the help of every command matches its snapshot", arguments: commands.map(\.path))
    func help(path: [String]) throws {
        let type = try #require(Self.commands.first { $0.path == path }?.type)
        let text = Dyad.helpMessage(for: type, columns: 100)
        #expect(text.contains("USAGE: dyad"))
        try Golden.check(text + "\n", "help/" + (["dyad"] + path).joined(separator: "-") + ".txt")
    }

    @Test("every command is listed and has a snapshot file")
    func everyCommandHasASnapshot() {
        #expect(Self.commands.count >= 20, "\(Self.commands.map(\.path))")
        #expect(Self.commands.contains { $0.path == ["rules", "test"] })
        #expect(Self.commands.contains { $0.path == ["rules", "check"] })
    }
}
