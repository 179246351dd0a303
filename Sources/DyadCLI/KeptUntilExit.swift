/// Keeps a command's large structures alive until the process exits.
///
/// A command ends with the process: whatever it built is freed as its locals go out of scope, piece by
/// piece (a path index of a million relations, its graph, the mapped file), just before the system takes
/// back the whole address space at exit anyway. Handing such a value here skips that teardown
/// (about 5% of `dyad path --pairs` on a 1M-relation graph; `dyad extract` keeps the graph it wrote). The
/// value is never released, so only a command that runs once a process may use it.
enum KeptUntilExit {
    /// Holds a value and is never released.
    private final class Holder<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Keeps `value` (and everything it references) alive for the rest of the process.
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Holder(value))
    }
}
