import DyadCore

/// Graphs with hostile text in every place a name or sentence can be.
enum InteropFixtures {
    /// Names that break naive XML, JSON, CSV or spreadsheets.
    static let hostileNames = [
        "=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\tTabbed", "\rReturn",
        "</script><script>alert(1)</script>", "A & B \"quoted\" 'single'", "comma, separated", "line\nbreak", "]]><!--", "Ba’ath ✓",
    ]

    /// A graph whose actors carry the hostile names, linked in a chain, with dated and undated evidence.
    static func hostile() -> Graph {
        var graph = Graph()
        graph.add(Document(id: "doc\"1<", title: "<b>title</b>", source: "=source", published: Day("2024-01-02")))
        for (index, name) in hostileNames.enumerated() {
            graph.add(Actor(id: "actor-\(index)", name: name, kind: .armedGroup, aliases: [name + " alias", "=alias"]))
        }
        for index in 1..<hostileNames.count {
            let sentence = hostileNames[index - 1] + " attacked " + hostileNames[index] + "."
            graph.add(
                Evidence(
                    document: "doc\"1<", sentence: sentence, rule: "manual", modality: .asserted, attributedTo: "@speaker",
                    date: index % 2 == 0 ? Day("2024-01-02") : nil),
                source: "actor-\(index - 1)", type: .hostility, target: "actor-\(index)")
        }
        graph.canonicalize()
        return graph
    }
}
