import Foundation

/// Machine output for `--json`: sorted keys, so output is deterministic.
enum JSONOutput {
    /// Prints a JSON value built from dictionaries, arrays, strings, numbers and booleans.
    static func print(_ value: Any) throws {
        let data = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        Swift.print(String(decoding: data, as: UTF8.self))
    }

    /// Prints an `Encodable` value.
    static func print<T: Encodable>(encodable value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        Swift.print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
