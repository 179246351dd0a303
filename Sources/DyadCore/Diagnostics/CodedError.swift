/// An error with a stable, machine-readable code (`syntax`, `yaml-syntax`, `timeout`, …).
///
/// Every module's public error conforms, so code that wraps an error (the command line's
/// `DyadCLIError`) keeps its kind instead of flattening it to text.
public protocol CodedError: Error, CustomStringConvertible {
    /// The error's code as text.
    var codeName: String { get }
}

extension GraphFileError: CodedError {
    /// The worst problem's code.
    public var codeName: String { code.rawValue }
}
