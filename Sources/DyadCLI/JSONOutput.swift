import DyadCore
import Foundation

/// Machine output for `--json`: sorted keys, so output is deterministic.
enum JSONOutput {
    /// Prints a JSON value built from dictionaries, arrays, strings, numbers and booleans.
    /// - Throws: ``GraphFileError`` when standard output cannot be written.
    static func print(_ value: Any) throws {
        let data = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        try StandardOutput.write(Array(data) + [0x0A])
    }

    /// Prints an `Encodable` value.
    /// - Throws: ``GraphFileError`` when standard output cannot be written.
    static func print<T: Encodable>(encodable value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try StandardOutput.write(Array(try encoder.encode(value)) + [0x0A])
    }
}
