/// What a graph may contain before Graphviz lays it out: the defence of the layout helper.
///
/// Text from news articles reaches Graphviz as labels and tooltips. Graphviz can
/// read local files (`image`, `shapefile`, `imagepath`, HTML `<IMG SRC>`), emits
/// `URL`/`href` unescaped into SVG (2.42) and `stylesheet` raw, and passes
/// custom `style` names into PostScript. The strict policy refuses all of these,
/// whatever wrote the DOT:
/// - attributes that name files or style sheets are forbidden;
/// - links must be `https:` and contain no quote, angle bracket, ampersand or space;
/// - `style` is a list of known style words;
/// - `fontname` and `id` are plain tokens;
/// - HTML-like values may only use table and font tags with presentational attributes (no `IMG`, no links).
public struct SafetyPolicy: Hashable, Sendable {
    /// Attribute names refused on any object.
    public var forbiddenAttributes: Set<String>

    /// The policy the layout helper applies.
    public static let strict = SafetyPolicy(forbiddenAttributes: [
        "image", "shapefile", "imagepath", "stylesheet", "fontpath", "target", "class", "charset",
    ])

    /// Creates a policy.
    /// - Parameter forbiddenAttributes: Attribute names refused on any object.
    public init(forbiddenAttributes: Set<String>) {
        self.forbiddenAttributes = forbiddenAttributes
    }

    static let linkAttributes: Set<String> = [
        "URL", "href", "edgeURL", "edgehref", "headURL", "headhref", "tailURL", "tailhref", "labelURL", "labelhref",
    ]
    static let styleWords: Set<String> = [
        "solid", "dashed", "dotted", "bold", "invis", "filled", "rounded", "diagonals", "striped", "wedged", "radial", "tapered",
    ]
    static let htmlTags: Set<String> = ["table", "tr", "td", "font", "b", "i", "u", "s", "br", "hr", "vr", "sub", "sup", "o"]
    static let htmlAttributes: Set<String> = [
        "align", "balign", "valign", "bgcolor", "border", "cellborder", "cellpadding", "cellspacing", "color",
        "colspan", "rowspan", "columns", "rows", "fixedsize", "width", "height", "point-size", "face", "sides", "style",
    ]

    /// Checks every attribute of every object.
    /// - Parameter graph: The parsed graph.
    /// - Throws: ``GraphvizError`` with code `forbidden`, naming the object and attribute.
    public func check(_ graph: ParsedGraph) throws(GraphvizError) {
        try check(graph.graphAttributes, on: "the graph")
        for (name, attributes) in graph.subgraphAttributes.sorted(by: { $0.key < $1.key }) {
            try check(attributes, on: "subgraph \(Self.shorten(name))")
        }
        for node in graph.nodes { try check(node.attributes, on: "node \(Self.shorten(node.name))") }
        for edge in graph.edges {
            try check(edge.attributes, on: "edge \(Self.shorten(edge.tail)) -> \(Self.shorten(edge.head))")
        }
        let html = Set(graph.htmlValues)
        for value in html.sorted() where !Self.isSafeHTML(value) {
            throw GraphvizError(
                code: .forbidden, message: "an HTML-like label uses a tag or attribute outside the allow-list (no IMG, no links)")
        }
    }

    private func check(_ attributes: [String: String], on describe: @autoclosure () -> String) throws(GraphvizError) {
        // Almost every object passes: check in any order first, and sort (so that the same attribute is
        // always the one reported) only when something is refused.
        guard attributes.contains(where: { isRefused(name: $0.key, value: $0.value) }) else { return }
        let object = describe()
        for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
            if forbiddenAttributes.contains(name) || forbiddenAttributes.contains(name.lowercased()) {
                throw GraphvizError(
                    code: .forbidden, message: "\(object) sets \"\(name)\", which Dyad never allows (it can read files or inject markup)")
            }
            if Self.linkAttributes.contains(name), !Self.isSafeLink(value) {
                throw GraphvizError(code: .forbidden, message: "\(object) has a link that is not a plain https: URL")
            }
            if name == "style", !Self.isSafeStyle(value) {
                throw GraphvizError(code: .forbidden, message: "\(object) has a style outside the allowed words")
            }
            if name == "fontname" || name == "id", !value.unicodeScalars.allSatisfy(Self.isTokenScalar) {
                throw GraphvizError(code: .forbidden, message: "\(object) has a \(name) that is not a plain token")
            }
        }
    }

    /// Whether the policy refuses one attribute (the tests ``check(_:on:)`` reports on).
    private func isRefused(name: String, value: String) -> Bool {
        forbiddenAttributes.contains(name) || forbiddenAttributes.contains(name.lowercased())
            || (Self.linkAttributes.contains(name) && !Self.isSafeLink(value))
            || (name == "style" && !Self.isSafeStyle(value))
            || ((name == "fontname" || name == "id") && !value.unicodeScalars.allSatisfy(Self.isTokenScalar))
    }

    /// Whether `value` is an `https:` URL of unreserved and a few reserved characters only.
    public static func isSafeLink(_ value: String) -> Bool {
        guard value.hasPrefix("https://"), value.utf8.count <= 2048 else { return false }
        return value.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return true
            default:
                return "-._~:/?#@!$+,;=%".utf8.contains(byte)
            }
        }
    }

    static func isSafeStyle(_ value: String) -> Bool {
        value.split(separator: ",").allSatisfy { styleWords.contains($0.trimmingSpaces()) }
    }

    static func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", " ", "-", "_", ".", ":", ",": true
        default: false
        }
    }

    /// Whether every tag of an HTML-like value is in the allow-list, with allowed attributes only.
    static func isSafeHTML(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<" else { index += 1; continue }
            var end = index + 1
            while end < scalars.count, scalars[end] != ">" { end += 1 }
            guard end < scalars.count else { return false }
            var inside = String(String.UnicodeScalarView(scalars[(index + 1)..<end])).lowercased()
            if inside.hasPrefix("/") { inside.removeFirst() }
            if inside.hasSuffix("/") { inside.removeLast() }
            let words = inside.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            guard let tag = words.first, htmlTags.contains(String(tag)) else { return false }
            var rest = inside.dropFirst(tag.count)
            // Attributes: name="value" pairs; values may not hold further markup.
            while let equals = rest.firstIndex(of: "=") {
                let name = rest[..<equals].trimmingSpaces().lowercased()
                guard htmlAttributes.contains(name) else { return false }
                rest = rest[rest.index(after: equals)...]
                guard let open = rest.firstIndex(of: "\"") else { return false }
                let afterOpen = rest[rest.index(after: open)...]
                guard let close = afterOpen.firstIndex(of: "\"") else { return false }
                rest = afterOpen[afterOpen.index(after: close)...]
            }
            guard rest.trimmingSpaces().isEmpty else { return false }
            index = end + 1
        }
        return true
    }

    private static func shorten(_ text: String) -> String {
        let clean = text.unicodeScalars.map { $0.value < 32 ? " " : String($0) }.joined()
        return clean.count > 40 ? "\"\(clean.prefix(40))…\"" : "\"\(clean)\""
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var view = Substring(self)
        while let first = view.first, first == " " || first == "\t" || first == "\n" { view.removeFirst() }
        while let last = view.last, last == " " || last == "\t" || last == "\n" { view.removeLast() }
        return String(view)
    }
}
