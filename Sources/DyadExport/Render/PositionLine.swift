import DyadCore

/// One line of the helper's `positions` output: `{"name":"…","x":1.5,"y":2}`.
struct PositionLine {
    var name: String
    var x: Double
    var y: Double

    /// Parses a line the helper wrote; `nil` for anything else.
    init?(_ line: Substring) {
        guard let object = try? JSONValue.parse(line.utf8), let name = object["name"]?.string,
            let x = object["x"]?.number, let y = object["y"]?.number
        else { return nil }
        self.name = name
        self.x = x
        self.y = y
    }
}
