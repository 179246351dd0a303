import ArgumentParser
import DyadExtraction

extension Dyad.Rules {
    /// `dyad rules test [--rules PACK]`.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every rule's examples; exit 1 when one fails."
        )

        @OptionGroup var pack: RulePackArgument

        @Flag(name: .shortAndLong, help: "List passing examples too.")
        var verbose = false

        func run() throws {
            let compiled = try pack.selected.compiled()
            let results: [ExampleResult]
            do { results = try RuleTester.run(compiled) } catch { throw DyadCLIError(error) }
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
}
