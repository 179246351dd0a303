/// One attribute value of an actor or relation in an interchange format.
public enum InteropValue: Hashable, Sendable {
    /// Text.
    case string(String)
    /// A whole number.
    case int(Int)
    /// A number with a fraction.
    case double(Double)
    /// True or false.
    case bool(Bool)
    /// A list of texts (aliases): a JSON array in Cytoscape, JSON text in GraphML and GEXF, `;`-joined in CSV.
    case strings([String])
    /// A JSON value written by ``JSONText`` (roles, evidence, documents).
    case json(String)

    /// The value as one text, as XML attribute values and CSV cells hold it.
    public var text: String {
        switch self {
        case .string(let s): s
        case .int(let i): String(i)
        case .double(let d): JSONText.number(d)
        case .bool(let b): b ? "true" : "false"
        case .strings(let list):
            {
                var j = JSONText(); j.value(.strings(list)); return j.text
            }()
        case .json(let json): json
        }
    }
}
