import ArgumentParser
import DyadExtraction

extension Dyad {
    /// `dyad rules`: test and lint rule packs.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Test and lint rule packs.",
            subcommands: [RulesTest.self, RulesCheck.self]
        )
    }

    /// `dyad rules test [PACK]`.
    struct RulesTest: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run every rule's examples; exit 1 when one fails."
        )

        @Argument(help: "A rule pack (.yaml file or folder); the bundled pack by default.")
        var pack: String?

        @Flag(name: .shortAndLong, help: "List passing examples too.")
        var verbose = false

        func run() throws {
            let compiled = try PackOptions(rules: pack).compiled()
            let results: [ExampleResult]
            do { results = try RuleTester.run(compiled) } catch { throw DyadCLIError(error.description) }
            var failed = 0
            for r in results {
                let place = r.origin?.description ?? r.rule
                if r.passed {
                    if verbose { print("pass  \(r.rule) #\(r.number)") }
                    continue
                }
                failed += 1
                print("FAIL  \(r.rule) #\(r.number)  \(place)")
                print("      text: \(r.text)")
                for f in r.failures { print("      \(f)") }
                print("      produced: \(r.produced.isEmpty ? "nothing" : r.produced.joined(separator: "; "))")
            }
            print("\(results.count) examples, \(failed) failed, \(compiled.pack.rules.count) rules")
            if failed > 0 { throw DyadCLIError("\(failed) example(s) failed", status: .failure) }
        }
    }

    /// `dyad rules check [PACK]`.
    struct RulesCheck: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Lint a pack: unknown word classes, duplicate ids, aliases claimed twice, bad or stale roles; exit 1 on errors."
        )

        @Argument(help: "A rule pack (.yaml file or folder); the bundled pack by default.")
        var pack: String?

        func run() throws {
            let loaded: RulePack
            do { loaded = try pack.map { try PackLoader.load(path: $0) } ?? PackLoader.loadDefault() } catch let error as ExtractionError {
                throw DyadCLIError(error.description)
            }
            let issues = PackLinter.check(loaded)
            for issue in issues { print(issue.description) }
            let errors = issues.filter { $0.severity == .error }.count
            print("\(loaded.actors.count) actors, \(loaded.rules.count) rules, \(loaded.wordClasses.count) word classes: \(errors) errors, \(issues.count - errors) warnings")
            if errors > 0 { throw DyadCLIError("\(errors) problem(s) in the pack", status: .failure) }
        }
    }
}
