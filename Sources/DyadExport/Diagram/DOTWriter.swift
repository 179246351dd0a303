import DyadCore

/// Builds DOT from Dyad's model, through one escaping encoder and an attribute allow-list.
///
/// The same graph and options always give byte-identical DOT: actors are written
/// sorted by id and relations by key, and node names are stable (an actor's id
/// when it is a plain slug, a hash of it otherwise), so two SVGs can be compared
/// element by element (`id="actor-iran"`, `id="rel-iran-hostility-israel"`).
public enum DOTWriter {
    /// The DOT text for `graph` as `options` describe it.
    /// - Parameters:
    ///   - graph: The graph to draw.
    ///   - options: The view, look and hooks.
    /// - Returns: DOT text.
    /// - Complexity: O(total evidence + n log n).
    public static func dot(for graph: Graph, options: DiagramOptions = DiagramOptions()) -> String {
        diagram(for: graph, options: options).dot
    }

    /// The diagram for `graph`: DOT text, the engine chosen and what the view left out.
    /// - Parameters:
    ///   - graph: The graph to draw.
    ///   - options: The view, look and hooks.
    /// - Returns: The diagram.
    /// - Complexity: O(total evidence + n log n).
    public static func diagram(for graph: Graph, options: DiagramOptions = DiagramOptions()) -> Diagram {
        let view = DiagramView(graph: graph, options: options)
        var builder = DiagramBuilder(view: view, options: options)
        return builder.build()
    }

    /// Stable DOT node names for actor ids: the id when it is a plain slug, `actor-<hash>` otherwise, unique.
    /// - Parameter ids: Actor ids.
    /// - Returns: A node name for each id.
    public static func nodeNames(for ids: [Actor.ID]) -> [Actor.ID: String] {
        var result: [Actor.ID: String] = [:]
        var used: Set<String> = []
        let sorted = ids.sorted()
        // Plain slugs first, so they keep their own names whatever else is present.
        for id in sorted where isPlainSlug(id) {
            result[id] = id
            used.insert(id)
        }
        for id in sorted where result[id] == nil {
            var name = "actor-" + fnv1a(id)
            var suffix = 2
            while used.contains(name) {
                name = "actor-" + fnv1a(id) + "-\(suffix)"
                suffix += 1
            }
            result[id] = name
            used.insert(name)
        }
        return result
    }

    static func isPlainSlug(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= 80, let first = id.utf8.first,
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        else { return false }
        return id.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        }
    }

    /// 64-bit FNV-1a of the UTF-8 bytes, as 16 hex digits.
    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
