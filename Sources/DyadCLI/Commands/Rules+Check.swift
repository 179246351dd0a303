import ArgumentParser
import DyadExtraction

extension Dyad.Rules {
    /// `dyad rules check [--rules PACK]`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lint a pack: unknown word classes, duplicate ids, aliases claimed twice, bad or stale roles; exit 1 on errors."
        )

        @OptionGroup var pack: RulePackArgument

        func run() throws {
            let loaded = try pack.selected.load()
            let issues = PackLinter.check(loaded)
            for issue in issues { print(issue.description) }
            let errors = issues.filter { $0.severity == .error }.count
            print(
                "\(loaded.actors.count) actors, \(loaded.rules.count) rules, \(loaded.wordClasses.count) word classes: "
                    + "\(errors) errors, \(issues.count - errors) warnings")
            if errors > 0 { throw DyadCLIError("\(errors) problem(s) in the pack", status: .failure) }
        }
    }
}
