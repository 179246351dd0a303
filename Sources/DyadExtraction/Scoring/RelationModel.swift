import DyadCore
import Foundation

/// A learned relation scorer: one logistic head per ``RelationHead`` over sparse features of a pair
/// of mentions, with per-type thresholds. Trained by ``RelationTrainer``; stored in the pack.
public struct RelationModel: Sendable {
    /// The version of the feature set; a model trained with another one is refused.
    public static let featureVersion = 2
    /// The file format's version.
    static let formatVersion: UInt32 = 1
    static let magic: [UInt8] = Array("DYADMODL".utf8)

    /// The feature names, in the order of `weights`.
    public private(set) var features: [String]
    /// `features.count × heads` weights, row-major.
    public private(set) var weights: [Float]
    /// One bias per head.
    public private(set) var bias: [Float]
    /// The probability at or above which a head's relation is output, per head.
    public var thresholds: [Double]
    /// Free text about how the model was trained (data, date, cross-validated figures).
    public var about: String
    private var index: [String: Int]

    /// The number of heads.
    public static var headCount: Int { RelationHead.allCases.count }
    /// The `rule` of evidence the scorer found.
    public static let ruleID = "model"


    /// Creates a model from its weights.
    /// - Parameters:
    ///   - features: Feature names.
    ///   - weights: `features.count × RelationHead.allCases.count` weights, row-major.
    ///   - bias: One bias per head.
    ///   - thresholds: One threshold per head.
    ///   - about: A description.
    public init(features: [String], weights: [Float], bias: [Float], thresholds: [Double], about: String = "") {
        precondition(weights.count == features.count * RelationModel.headCount && bias.count == RelationModel.headCount)
        self.features = features
        self.weights = weights
        self.bias = bias
        self.thresholds = thresholds.count == RelationModel.headCount ? thresholds : Array(repeating: 0.5, count: RelationModel.headCount)
        self.about = about
        var index: [String: Int] = [:]
        index.reserveCapacity(features.count)
        for (i, f) in features.enumerated() { index[f] = i }
        self.index = index
    }

    /// The probability of each head for a pair with these features.
    /// - Parameter features: Feature names (unknown ones are ignored).
    /// - Returns: One probability per ``RelationHead``.
    /// - Complexity: O(features × heads).
    public func probabilities(_ features: [String]) -> [Double] {
        var z = bias.map(Double.init)
        for f in features {
            guard let row = index[f] else { continue }
            let base = row * RelationModel.headCount
            for h in 0..<RelationModel.headCount { z[h] += Double(weights[base + h]) }
        }
        return z.map { 1 / (1 + exp(-$0)) }
    }

    /// The features that pushed one head's score most, strongest first.
    /// - Parameters:
    ///   - features: The pair's features.
    ///   - head: The head.
    ///   - count: How many to return.
    public func contributions(_ features: [String], head: RelationHead, count: Int = 5) -> [(feature: String, weight: Double)] {
        var out: [(String, Double)] = []
        for f in Set(features) {
            guard let row = index[f] else { continue }
            out.append((f, Double(weights[row * RelationModel.headCount + head.rawValue])))
        }
        return Array(out.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(count))
    }

    /// The heaviest features of a head, for reports.
    /// - Parameters:
    ///   - head: The head.
    ///   - count: How many.
    public func strongest(_ head: RelationHead, count: Int = 10) -> [(feature: String, weight: Double)] {
        var out: [(String, Double)] = []
        for (row, f) in features.enumerated() { out.append((f, Double(weights[row * RelationModel.headCount + head.rawValue]))) }
        return Array(out.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(count))
    }
}
