/// The hash of a scorer feature, a function of the UTF-8 bytes of the feature's name (`b:attacked`,
/// `kk:state|armed-group`): a polynomial over the bytes modulo 2⁶⁴, mixed at the end. Being a polynomial,
/// the hash of a name is the hash of its parts put together, so a part the engine meets often (a pack
/// word, a class name) is hashed once as a ``Piece`` and joins a feature in one step. Scoring a pair
/// builds no `String`; the name is the debug mapping, kept at training time so reports and `--explain`
/// stay readable.
public struct FeatureHash: Sendable {
    /// A hashed run of bytes, ready to be appended to any feature.
    struct Piece: Sendable {
        /// The polynomial of the bytes from zero.
        var poly: UInt64 = 0
        /// The base to the power of the number of bytes.
        var power: UInt64 = 1

        /// The piece of a run of bytes.
        init<C: Sequence>(_ bytes: C) where C.Element == UInt8 {
            for b in bytes {
                poly = FeatureHash.step(poly, b)
                power = power &* FeatureHash.base
            }
        }

        /// No bytes.
        init() {}
    }

    /// The polynomial of the bytes fed so far.
    private var state: UInt64 = 0

    /// The multiplier of the polynomial (odd, with its bits spread).
    static let base: UInt64 = 0x9e37_79b9_7f4a_7c15

    /// Starts an empty hash.
    public init() {}

    /// The hash of the bytes fed so far: the polynomial with its bits mixed (MurmurHash3's 64-bit
    /// finaliser, one to one, so it adds no collisions).
    public var value: UInt64 {
        var h = state
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }

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
    @inline(__always) public mutating func add(_ byte: UInt8) { state = FeatureHash.step(state, byte) }

    /// The polynomial after one more byte: the one step that feeding a byte and making a ``Piece`` both take, so a piece
    /// always equals its bytes fed one by one.
    @inline(__always) static func step(_ state: UInt64, _ byte: UInt8) -> UInt64 { state &* base &+ UInt64(byte) &+ 1 }

    /// Feeds the bytes of a piece, as if one by one.
    @inline(__always) mutating func add(_ piece: Piece) {
        state = state &* piece.power &+ piece.poly
    }
}
