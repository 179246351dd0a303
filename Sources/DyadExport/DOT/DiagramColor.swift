/// A colour from Dyad's palette; the only colours a diagram can use.
///
/// Colours cannot be made from arbitrary text, so no attribute value that holds
/// a colour can carry anything else.
public struct DiagramColor: Hashable, Sendable {
    let red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8

    init(_ rgb: UInt32, alpha: UInt8 = 0xFF) {
        red = UInt8((rgb >> 16) & 0xFF)
        green = UInt8((rgb >> 8) & 0xFF)
        blue = UInt8(rgb & 0xFF)
        self.alpha = alpha
    }

    /// The same colour with another opacity (0 transparent … 255 opaque).
    /// - Parameter alpha: The opacity.
    public func withAlpha(_ alpha: UInt8) -> DiagramColor {
        DiagramColor((UInt32(red) << 16) | (UInt32(green) << 8) | UInt32(blue), alpha: alpha)
    }

    /// `#RRGGBB`, or `#RRGGBBAA` when not opaque.
    public var hex: String {
        let digits: StaticString = "0123456789ABCDEF"
        let count = alpha == 0xFF ? 3 : 4
        return String(unsafeUninitializedCapacity: 1 + 2 * count) { buffer in
            buffer[0] = UInt8(ascii: "#")
            for (index, byte) in [red, green, blue, alpha].prefix(count).enumerated() {
                buffer[1 + 2 * index] = digits.utf8Start[Int(byte >> 4)]
                buffer[2 + 2 * index] = digits.utf8Start[Int(byte & 0xF)]
            }
            return 1 + 2 * count
        }
    }

    /// Hostility: red.
    public static let hostility = DiagramColor(0xC62828)
    /// Alliance: green.
    public static let alliance = DiagramColor(0x2E7D32)
    /// Agreement: blue.
    public static let agreement = DiagramColor(0x1565C0)
    /// Proxy: purple.
    public static let proxy = DiagramColor(0x6A1B9A)
    /// Diff: added relations.
    public static let added = DiagramColor(0x2E7D32)
    /// Diff: removed relations.
    public static let removed = DiagramColor(0x9E9E9E)
    /// Diff: relations whose type flipped.
    public static let flipped = DiagramColor(0xEF6C00)
    /// Highlighted paths and actors.
    public static let highlight = DiagramColor(0xF9A825)
    /// Text and outlines.
    public static let ink = DiagramColor(0x263238)
    /// Secondary text.
    public static let muted = DiagramColor(0x78909C)
    /// Faded elements (outside a highlight).
    public static let faded = DiagramColor(0xB0BEC5)
    /// Background.
    public static let paper = DiagramColor(0xFFFFFF)
    /// Legend and cluster background.
    public static let panel = DiagramColor(0xF7F9FA)
    /// Cluster outline.
    public static let frame = DiagramColor(0xCFD8DC)
}
