import ArgumentParser
import DyadCore

/// A day on the command line is written `YYYY-MM-DD`; any other form is bad input (status 2).
extension Day: ExpressibleByArgument {
    /// Parses `YYYY-MM-DD`.
    public init?(argument: String) {
        self.init(argument)
    }

    /// The day as it is written on the command line.
    public var defaultValueDescription: String { description }
}
