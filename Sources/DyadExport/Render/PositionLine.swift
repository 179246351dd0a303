import Foundation

/// One line of the helper's `positions` output: `{"name":"…","x":1.5,"y":2}`.
struct PositionLine {
    var name: String
    var x: Double
    var y: Double

    /// Parses a line the helper wrote; `nil` for anything else.
    init?(_ line: Substring) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let name = object["name"] as? String,
            let x = (object["x"] as? NSNumber)?.doubleValue, let y = (object["y"] as? NSNumber)?.doubleValue
        else { return nil }
        self.name = name
        self.x = x
        self.y = y
    }
}
