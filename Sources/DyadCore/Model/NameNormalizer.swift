import Foundation

/// Folds names for matching: case, diacritics, curly quotes, dashes and spacing.
///
/// `Ba’ath`, `BA'ATH` and `Ba'ath` fold to `ba'ath`; `Türkiye` to `turkiye`;
/// runs of white space become one space. Extraction and alias look-up use the
/// same folding, so a name matches wherever it is written.
public enum NameNormalizer {
    /// The folded form of `text`.
    /// - Complexity: O(n) in the length of `text`.
    public static func fold(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return foldASCII(text.utf8) }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2000...0x200B, 0x202F, 0x3000:
                pendingSpace = !out.isEmpty
                continue
            default: break
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            for folded in foldScalar(scalar) { out.append(folded) }
        }
        return String(out)
    }

    /// ``fold(_:)`` for ASCII text, byte by byte: lowercase, white space runs made one space and trimmed.
    private static func foldASCII(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.underestimatedCount)
        var pendingSpace = false
        for byte in bytes {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D:
                pendingSpace = !out.isEmpty
                continue
            default: break
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            out.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Folds one scalar to zero or more lowercase scalars without diacritics.
    static func foldScalar(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x41, v <= 0x5A, let lower = Unicode.Scalar(v + 32) { return [lower] }
            return [scalar]
        }
        switch v {
        case 0x2018, 0x2019, 0x201B, 0x2032, 0x02BC, 0x02BB, 0x02BF, 0x02BE, 0x0060, 0x00B4: return ["'"]
        case 0x201C, 0x201D, 0x201F, 0x2033, 0x00AB, 0x00BB: return ["\""]
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return ["-"]
        case 0x0300...0x036F: return []  // combining marks
        case 0x00DF: return ["s", "s"]
        case 0x00E6, 0x00C6: return ["a", "e"]
        case 0x0153, 0x0152: return ["o", "e"]
        case 0x00F8, 0x00D8: return ["o"]
        case 0x0131: return ["i"]
        case 0x0142, 0x0141: return ["l"]
        case 0x0111, 0x0110, 0x00F0, 0x00D0: return ["d"]
        case 0x00FE, 0x00DE: return ["t", "h"]
        default: break
        }
        // Decompose (NFD) and keep the base letters.
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        var result: [Unicode.Scalar] = []
        for part in decomposed where !(0x0300...0x036F).contains(part.value) {
            for lower in part.properties.lowercaseMapping.unicodeScalars { result.append(lower) }
        }
        return result
    }
}
