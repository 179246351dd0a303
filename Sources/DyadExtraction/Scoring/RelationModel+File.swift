import DyadCore
import Foundation

extension RelationModel {
    /// The model as bytes: magic, format and feature versions, heads, thresholds, vetoes, biases, description, then each
    /// feature's hash, name (the debug mapping) and weights (little-endian).
    public func encoded() -> [UInt8] {
        var out = RelationModel.magic
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func f32(_ v: Float) { u32(v.bitPattern) }
        func text(_ s: String) { let b = Array(s.utf8); u32(UInt32(b.count)); out += b }
        u32(RelationModel.formatVersion)
        u32(UInt32(RelationModel.featureVersion))
        u32(UInt32(RelationModel.headCount))
        for head in RelationHead.allCases { text(head.name) }
        for t in thresholds { f32(Float(t)) }
        for v in vetoes { f32(Float(v)) }
        for b in bias { f32(b) }
        text(about)
        u32(UInt32(hashes.count))
        for (row, f) in hashes.enumerated() {
            u32(UInt32(truncatingIfNeeded: f))
            u32(UInt32(truncatingIfNeeded: f >> 32))
            text(names[row])
            for h in 0..<RelationModel.headCount { f32(weights[row * RelationModel.headCount + h]) }
        }
        return out
    }

    /// Reads a model file.
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - path: Its path, for errors.
    /// - Throws: `ExtractionError` with code `model` when the file is not a model, is cut short, or was
    ///   trained with another feature set or other heads.
    public init(bytes: [UInt8], path: String) throws(ExtractionError) {
        var at = 0
        func fail(_ message: String) -> ExtractionError { ExtractionError(.model, message, file: path) }
        func u32() throws(ExtractionError) -> UInt32 {
            guard at + 4 <= bytes.count else { throw fail("the model file is cut short at byte \(at)") }
            let v = UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
            at += 4
            return v
        }
        func f32() throws(ExtractionError) -> Float { Float(bitPattern: try u32()) }
        func text() throws(ExtractionError) -> String {
            let n = Int(try u32())
            guard n <= bytes.count - at else { throw fail("the model file is cut short at byte \(at)") }
            defer { at += n }
            return String(decoding: bytes[at..<(at + n)], as: UTF8.self)
        }
        guard bytes.count >= 8, Array(bytes[0..<8]) == RelationModel.magic else {
            throw fail("not a Dyad relation model (expected a file written by `dyad train`)")
        }
        at = 8
        let format = try u32()
        guard format == RelationModel.formatVersion else {
            throw fail("model file format \(format) is not supported (expected \(RelationModel.formatVersion)); retrain with `dyad train`")
        }
        let version = Int(try u32())
        guard version == RelationModel.featureVersion else {
            throw fail(
                "the model was trained with feature set \(version), this dyad computes feature set \(RelationModel.featureVersion); retrain it with `dyad train`"
            )
        }
        let heads = Int(try u32())
        guard heads == RelationModel.headCount else { throw fail("the model has \(heads) heads, expected \(RelationModel.headCount)") }
        for head in RelationHead.allCases {
            let name = try text()
            guard name == head.name else { throw fail("the model's head \(head.rawValue + 1) is \"\(name)\", expected \"\(head.name)\"") }
        }
        var thresholds: [Double] = []
        for _ in 0..<heads { thresholds.append(Double(try f32())) }
        var vetoes: [Double] = []
        for _ in 0..<heads { vetoes.append(Double(try f32())) }
        var bias: [Float] = []
        for _ in 0..<heads { bias.append(try f32()) }
        let about = try text()
        let count = Int(try u32())
        guard count <= bytes.count else { throw fail("the model claims \(count) features, more than the file can hold") }
        var hashes: [UInt64] = []
        var names: [String] = []
        var weights: [Float] = []
        hashes.reserveCapacity(count)
        names.reserveCapacity(count)
        weights.reserveCapacity(count * heads)
        var seen = Set<UInt64>()
        for _ in 0..<count {
            let low = UInt64(try u32())
            let hash = low | UInt64(try u32()) << 32
            guard seen.insert(hash).inserted else { throw fail("feature \(FeatureHash.hex(hash)) appears twice (at byte \(at))") }
            hashes.append(hash)
            names.append(try text())
            for _ in 0..<heads { weights.append(try f32()) }
        }
        guard at == bytes.count else { throw fail("unexpected bytes after the last feature (at byte \(at))") }
        self.init(hashes: hashes, names: names, weights: weights, bias: bias, thresholds: thresholds, vetoes: vetoes, about: about)
    }
}
