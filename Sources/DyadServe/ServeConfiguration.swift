/// Where `dyad serve` listens and how much it lets through.
public struct ServeConfiguration: Hashable, Sendable {
    /// The address to bind (default loopback).
    public var host = "127.0.0.1"
    /// The port (0 picks a free one).
    public var port = 8080
    /// Requests a second let through on average.
    public var requestsPerSecond = 50.0
    /// Requests let through at once.
    public var burst = 100.0

    /// The loopback defaults.
    public init() {}

    /// Whether the address is loopback only (127.0.0.0/8, ::1 or localhost).
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || Self.isLoopbackIPv4(host)
    }

    /// Whether a request naming `authority` (its Host header) is answered: when bound to loopback,
    /// only requests naming this machine (against DNS rebinding); any otherwise.
    /// - Parameter authority: `host[:port]`, `[v6]:port`, or `nil` when the request names none.
    public func accepts(authority: String?) -> Bool {
        guard isLoopback else { return true }
        guard let authority else { return false }
        var text = Substring(authority.lowercased())
        let name: String
        if text.hasPrefix("[") {
            text = text.dropFirst()
            name = String(text.prefix { $0 != "]" })
        } else {
            name = String(text.prefix { $0 != ":" })
        }
        return name == "localhost" || name == "::1" || Self.isLoopbackIPv4(name) || name == host.lowercased()
    }

    /// Whether `text` is an IPv4 address in 127.0.0.0/8 (four decimal parts, the first 127).
    static func isLoopbackIPv4(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { part in part.count <= 3 && !part.isEmpty && part.allSatisfy(\.isASCII) && UInt8(part) != nil }
    }
}
