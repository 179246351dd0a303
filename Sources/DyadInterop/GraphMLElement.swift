/// A node or edge as a GraphML file states it, before it is mapped to Dyad's model.
struct GraphMLElement {
    /// The `id` attribute.
    var id: String
    /// For edges: the `source` attribute.
    var source: String?
    /// For edges: the `target` attribute.
    var target: String?
    /// `<data>` values by attribute name (the key's `attr.name`, else its id).
    var data: [(name: String, value: String, line: Int, column: Int)] = []
    /// A yEd label (`y:NodeLabel`, `y:EdgeLabel`), if any.
    var label: String?
    /// Where the element starts.
    var line: Int
    /// Where the element starts.
    var column: Int

    /// The first value of the first attribute among `names` that is present and not empty.
    func value(_ names: String...) -> String? {
        for name in names {
            if let entry = data.first(where: { $0.name == name && !$0.value.isEmpty }) { return entry.value }
        }
        return nil
    }
}
