/// The hash of a scorer feature: FNV-1a 64-bit over the UTF-8 bytes of the feature's name
/// (`b:attacked`, `kk:state|armed-group`). The engine computes it piece by piece from bytes it
/// already holds, so scoring a pair builds no `String`; the name is the debug mapping, kept at
/// training time so reports and `--explain` stay readable.
public struct FeatureHash: Sendable {
    /// The hash of the bytes fed so far.
    public private(set) var value: UInt64 = FeatureHash.offsetBasis

    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// Starts an empty hash.
    public init() {}

    /// Goes on from a hash's value: feeding more bytes continues the name it was made from.
    init(value: UInt64) { self.value = value }

    /// The hash of a whole feature name.
    /// - Parameter name: The feature's name.
    public static func of(_ name: String) -> UInt64 {
        var h = FeatureHash()
        for b in name.utf8 { h.add(b) }
        return h.value
    }

    /// A hash as 16 hex digits (for features without a known name).
    public static func hex(_ h: UInt64) -> String {
        let digits = String(h, radix: 16)
        return "#" + String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }

    /// Feeds one byte.
    @inline(__always) public mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* FeatureHash.prime
    }
}
