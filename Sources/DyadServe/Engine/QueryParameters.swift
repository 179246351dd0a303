import DyadCore

/// The query parameters of one request, read into typed values with bounds.
///
/// Every accessor throws ``ServeError`` with code `badRequest` naming the
/// parameter and what it expected, so the page can show the message as is.
public struct QueryParameters: Sendable {
    /// The longest value accepted for any parameter, in characters.
    public static let maximumValueLength = 200

    private let values: [String: String]

    /// Reads `pairs` (name, value), the first value of a repeated name winning.
    /// - Throws: ``ServeError`` when a value is longer than ``maximumValueLength``.
    public init(_ pairs: [(String, String)]) throws(ServeError) {
        var values: [String: String] = [:]
        for (name, value) in pairs where values[name] == nil {
            guard value.count <= Self.maximumValueLength else {
                throw ServeError(.tooLarge, "parameter \(Self.quoted(name)) is longer than \(Self.maximumValueLength) characters")
            }
            values[name] = value
        }
        self.values = values
    }

    /// The text of `name`, trimmed; `nil` when absent or empty.
    public func text(_ name: String) -> String? {
        guard let value = values[name] else { return nil }
        let trimmed = value.trimmingSpaces()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The text of `name`.
    /// - Throws: ``ServeError`` when it is absent.
    public func required(_ name: String) throws(ServeError) -> String {
        guard let value = text(name) else { throw ServeError(.badRequest, "parameter \(name) is required") }
        return value
    }

    /// The whole number in `name`, or `fallback`.
    /// - Throws: ``ServeError`` when it is not a whole number in `range`.
    public func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int? = nil) throws(ServeError) -> Int? {
        guard let text = text(name) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw ServeError(
                .badRequest,
                "parameter \(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(Self.quoted(text))")
        }
        return value
    }

    /// The day in `name` (YYYY-MM-DD), if given.
    /// - Throws: ``ServeError`` when it is not a date.
    public func day(_ name: String) throws(ServeError) -> Day? {
        guard let text = text(name) else { return nil }
        guard let day = Day(text) else {
            throw ServeError(.badRequest, "parameter \(name) must be a date written YYYY-MM-DD, not \(Self.quoted(text))")
        }
        return day
    }

    /// The yes/no flag in `name` (`1`/`true`/`yes` or `0`/`false`/`no`), or `fallback`.
    /// - Throws: ``ServeError`` for any other value.
    public func flag(_ name: String, default fallback: Bool) throws(ServeError) -> Bool {
        guard let text = text(name)?.lowercased() else { return fallback }
        switch text {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw ServeError(.badRequest, "parameter \(name) must be 1 or 0, not \(Self.quoted(text))")
        }
    }

    /// The relation types in `name`, comma-separated; `nil` for all.
    /// - Throws: ``ServeError`` for an unknown type.
    public func types(_ name: String) throws(ServeError) -> Set<RelationType>? {
        guard let text = text(name) else { return nil }
        var result: Set<RelationType> = []
        for part in text.split(separator: ",") {
            let word = String(part).trimmingSpaces().lowercased()
            if word.isEmpty { continue }
            guard let type = RelationType(rawValue: word) else {
                throw ServeError(
                    .badRequest,
                    "parameter \(name): unknown relation type \(Self.quoted(word)); use alliance, hostility, proxy or agreement")
            }
            result.insert(type)
        }
        return result.isEmpty ? nil : result
    }

    /// A value quoted for a message, cut to 60 characters.
    static func quoted(_ text: String) -> String {
        "\"" + (text.count > 60 ? String(text.prefix(60)) + "…" : text) + "\""
    }
}

extension String {
    /// The text without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
