/// A JSON value read whole, for small documents of irregular shape: a gold line, a line of the
/// layout helper's output, a benchmark's data line, a JSON attribute inside GraphML.
///
/// It is read by the same ``JSONReader`` as graph files, so every JSON text Dyad reads goes
/// through one parser with one set of limits (nesting depth, UTF-8 checks) and one kind of error.
/// Graph files are decoded straight into the model instead (``GraphFile``).
package enum JSONValue: Hashable, Sendable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    /// Why a text is not one JSON value: the byte offset and what was expected there.
    package struct SyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
        /// The byte offset of the problem (0-based).
        package var offset: Int
        /// What was wrong and what was expected.
        package var message: String

        package var description: String { message }
    }

    /// Reads one JSON value; only white space may follow it.
    /// - Parameter bytes: UTF-8 JSON text.
    /// - Throws: ``SyntaxError`` at the first problem.
    /// - Complexity: O(n) in the length of the text.
    package static func parse(_ bytes: some Collection<UInt8>) throws(SyntaxError) -> JSONValue {
        let array = Array(bytes)
        let result: Result<JSONValue, JSONReader.SyntaxError> = array.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(buffer)
            do throws(JSONReader.SyntaxError) {
                let value = try read(&reader)
                guard reader.isAtEnd else {
                    throw JSONReader.SyntaxError(offset: reader.position, message: "unexpected text after the JSON value")
                }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success(let value): return value
        case .failure(let error): throw SyntaxError(offset: error.offset, message: error.message)
        }
    }

    /// Reads one JSON value from text.
    /// - Throws: ``SyntaxError`` at the first problem.
    package static func parse(_ text: String) throws(SyntaxError) -> JSONValue { try parse(Array(text.utf8)) }

    private static func read(_ reader: inout JSONReader) throws(JSONReader.SyntaxError) -> JSONValue {
        switch try reader.peekKind() {
        case .object:
            try reader.beginObject()
            var members: [String: JSONValue] = [:]
            while let (key, _) = try reader.nextKey() { members[key] = try read(&reader) }
            return .object(members)
        case .array:
            try reader.beginArray()
            var elements: [JSONValue] = []
            while try reader.nextElement() { elements.append(try read(&reader)) }
            return .array(elements)
        case .string: return .string(try reader.readString())
        case .number: return .number(try reader.readNumber())
        case .bool: return .bool(try reader.readBool())
        case .null:
            try reader.readNull()
            return .null
        }
    }

    /// The member `key` of an object; `nil` for a missing key or another kind of value.
    package subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The text of a string value.
    package var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The number of a number value.
    package var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The elements of an array value.
    package var array: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The members of an object value.
    package var object: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// Whether the value is `null`.
    package var isNull: Bool { self == .null }
}
