import ArgumentParser
import DyadCore

/// One relation type on the command line (`--default-type`); the parser lists the four when a value is unknown.
extension RelationType: ExpressibleByArgument {}
