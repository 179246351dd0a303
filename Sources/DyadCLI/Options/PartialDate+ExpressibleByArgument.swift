import ArgumentParser
import DyadCore

/// A publication date on the command line: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
extension PartialDate: ExpressibleByArgument {
    /// Parses one of the accepted forms.
    public init?(argument: String) {
        self.init(argument)
    }

    /// The date as it is written on the command line.
    public var defaultValueDescription: String { description }
}
