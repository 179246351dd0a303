import ArgumentParser
import DyadCore

/// `--cost hops|confidence|evidence`; the parser lists the choices when a value is unknown.
extension PathCost: ExpressibleByArgument {}
