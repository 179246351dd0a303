/// The two on-disk forms of a graph document.
public enum GraphFormat: String, CaseIterable, Sendable {
    /// One JSON object: `{"version", "documents", "actors", "relations"}`.
    case json
    /// JSON Lines: one typed record a line (`{"record": "actor", ...}`), for large graphs and pipes.
    case jsonl

    /// The format version Dyad writes and reads.
    public static let version = 1

    /// The format a path's extension names: `.jsonl` and `.ndjson` are JSON Lines, the rest JSON.
    public init(path: String) {
        let lower = path.lowercased()
        self = lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") ? .jsonl : .json
    }

    /// Guesses the format of bytes: JSON Lines when the first line is a complete object with a `"record"` field.
    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>) -> GraphFormat {
        var end = 0
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        let firstLine = UnsafeBufferPointer(rebasing: bytes[0..<end])
        var reader = JSONReader(firstLine)
        guard (try? reader.skipValue()) != nil, reader.isAtEnd else { return .json }
        var probe = JSONReader(firstLine)
        guard (try? probe.beginObject()) != nil else { return .json }
        while let entry = try? probe.nextKey() {
            if entry.key == "record" { return .jsonl }
            guard (try? probe.skipValue()) != nil else { return .json }
        }
        return .json
    }
}
