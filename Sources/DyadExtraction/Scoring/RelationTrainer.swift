import DyadCore
import Foundation

/// Trains a ``RelationModel``: one L2-regularised logistic regression per head, fitted with AdaGrad
/// over the instances in a fixed pseudo-random order, so the same data always gives the same model.
public struct RelationTrainer: Sendable {
    /// One training pair: its features and the heads that hold for it.
    public struct Instance: Sendable {
        /// Feature hashes.
        public var features: [UInt64]
        /// The heads that are true for the pair.
        public var heads: Set<Int>
        /// Creates an instance.
        public init(features: [UInt64], heads: Set<Int>) {
            self.features = features
            self.heads = heads
        }
        /// Creates an instance from feature names.
        public init(named: [String], heads: Set<Int>) {
            self.init(features: named.map(FeatureHash.of), heads: heads)
        }
    }

    /// Passes over the data.
    public var epochs = 10
    /// AdaGrad's base learning rate.
    public var learningRate = 0.2
    /// L2 penalty per update.
    public var l2 = 0.1
    /// Features seen in fewer instances are dropped.
    public var minCount = 2
    /// The shuffling seed.
    public var seed: UInt64 = 0x5EED

    /// Creates a trainer with the default settings.
    public init() {}

    /// Fits a model.
    /// - Parameters:
    ///   - instances: The training pairs, in a deterministic order.
    ///   - names: Names of the feature hashes, stored in the model for reports and `--explain`.
    ///   - thresholds: One threshold per head.
    ///   - about: A description stored in the model.
    /// - Returns: The model.
    /// - Complexity: O(epochs × total features × heads).
    public func train(_ instances: [Instance], names: [UInt64: String] = [:], thresholds: [Double], about: String = "") -> RelationModel {
        let heads = RelationModel.headCount
        var counts: [UInt64: Int] = [:]
        for x in instances { for f in Set(x.features) { counts[f, default: 0] += 1 } }
        let kept = counts.filter { $0.value >= minCount }.keys.sorted()
        var index: [UInt64: Int] = [:]
        for (i, n) in kept.enumerated() { index[n] = i }
        let rows = instances.map { x -> [Int] in Array(Set(x.features.compactMap { index[$0] })).sorted() }
        var w = Array(repeating: 0.0, count: kept.count * heads)
        var g2 = Array(repeating: 1e-8, count: kept.count * heads)
        var b = Array(repeating: 0.0, count: heads)
        var bg2 = Array(repeating: 1e-8, count: heads)
        var order = Array(instances.indices)
        var state = seed
        for _ in 0..<epochs {
            // Fisher–Yates with a 64-bit LCG: the order depends only on the seed.
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let j = Int((state >> 33) % UInt64(i + 1))
                order.swapAt(i, j)
            }
            for k in order {
                let row = rows[k]
                for h in 0..<heads {
                    var z = b[h]
                    for f in row { z += w[f * heads + h] }
                    let p = 1 / (1 + exp(-z))
                    let y: Double = instances[k].heads.contains(h) ? 1 : 0
                    let g = p - y
                    bg2[h] += g * g
                    b[h] -= learningRate * g / bg2[h].squareRoot()
                    for f in row {
                        let i = f * heads + h
                        let gi = g + l2 * w[i]
                        g2[i] += gi * gi
                        w[i] -= learningRate * gi / g2[i].squareRoot()
                    }
                }
            }
        }
        return RelationModel(
            hashes: kept, names: kept.map { names[$0] ?? "" }, weights: w.map { Float($0) }, bias: b.map { Float($0) },
            thresholds: thresholds, about: about)
    }
}
