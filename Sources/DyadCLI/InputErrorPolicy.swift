import ArgumentParser

/// `--on-error`: what a command does with a bad line of a JSON Lines input.
enum InputErrorPolicy: String, CaseIterable, ExpressibleByArgument {
    /// Report the line as `file:line:col`, leave it out and go on; the count of skipped lines is printed at the end.
    case skip
    /// Stop at the first bad line with its `file:line:col` (exit 2); nothing is written.
    case fail
}
