/// The one way Dyad prints a located problem, for every error type:
///
/// ```text
/// rules.yaml:12:18: error: unknown word class `atack`
///     pattern: "@A [atack] @B"
///                  ^
/// ```
///
/// The offending line comes from text the caller already holds in memory; nothing is read again.
public enum Diagnostic {
    /// The most characters of the offending line that are shown.
    public static let shownLineLength = 200

    /// `file:line:col: severity: message`, then the offending line and a caret under the column.
    /// - Parameters:
    ///   - file: The file, when the location does not name one (`nil`: the location's, else `<input>`).
    ///   - location: Where the problem is, if known.
    ///   - severity: `error`, `warning` or `note`.
    ///   - message: What is wrong and what was expected.
    ///   - lineText: The offending line, if known.
    public static func render(
        file: String? = nil, location: SourceLocation?, severity: String = "error", message: String, lineText: String? = nil
    ) -> String {
        let path = location?.file ?? file
        var place = path ?? (location == nil ? "<input>" : "")
        if let location { place += (place.isEmpty ? "" : ":") + "\(location.line):\(location.column)" }
        var text = "\(place): \(severity): \(message)"
        if let lineText, let location {
            let shown = String(lineText.prefix(shownLineLength))
            text += "\n" + shown + "\n" + String(repeating: " ", count: max(0, min(location.column - 1, shown.count))) + "^"
        }
        return text
    }
}
