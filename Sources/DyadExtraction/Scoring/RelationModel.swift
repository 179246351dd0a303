import DyadCore
import Foundation

/// A learned relation scorer: one logistic head per ``RelationHead`` over sparse hashed features of a
/// pair of mentions (``FeatureHash``), with per-type thresholds. Trained by ``RelationTrainer``; stored
/// in the pack.
public struct RelationModel: Sendable {
    /// The version of the feature set; a model trained with another one is refused.
    public static let featureVersion = 4
    /// The file format's version.
    static let formatVersion: UInt32 = 2
    static let magic: [UInt8] = Array("DYADMODL".utf8)

    /// The feature hashes, ascending, in the order of `weights`.
    public private(set) var hashes: [UInt64]
    /// The feature names, parallel to `hashes` (the debug mapping; empty where unknown).
    public private(set) var names: [String]
    /// `hashes.count × heads` weights, row-major.
    public private(set) var weights: [Float]
    /// One bias per head.
    public private(set) var bias: [Float]
    /// The probability at or above which a head's relation is output, per head.
    public var thresholds: [Double]
    /// Per head, the probability below which a rule's match of that type is dropped (0: the scorer never
    /// overrules a rule). Both proxy heads hold the same value.
    public var vetoes: [Double]
    /// Free text about how the model was trained (data, date, cross-validated figures).
    public var about: String
    private var table: FeatureTable

    /// The number of heads.
    public static let headCount = RelationHead.allCases.count
    /// The `rule` of evidence the scorer found.
    public static let ruleID = "model"

    /// Creates a model from its weights.
    /// - Parameters:
    ///   - hashes: Feature hashes (distinct).
    ///   - names: Their names, parallel to `hashes`, or empty.
    ///   - weights: `hashes.count × RelationHead.allCases.count` weights, row-major.
    ///   - bias: One bias per head.
    ///   - thresholds: One threshold per head.
    ///   - vetoes: One veto per head (empty: none).
    ///   - about: A description.
    public init(
        hashes: [UInt64], names: [String] = [], weights: [Float], bias: [Float], thresholds: [Double], vetoes: [Double] = [],
        about: String = ""
    ) {
        precondition(weights.count == hashes.count * RelationModel.headCount && bias.count == RelationModel.headCount)
        self.hashes = hashes
        self.names = names.count == hashes.count ? names : Array(repeating: "", count: hashes.count)
        self.weights = weights
        self.bias = bias
        self.thresholds = thresholds.count == RelationModel.headCount ? thresholds : Array(repeating: 0.5, count: RelationModel.headCount)
        self.vetoes = vetoes.count == RelationModel.headCount ? vetoes : Array(repeating: 0, count: RelationModel.headCount)
        self.about = about
        table = FeatureTable(hashes)
    }

    /// Creates a model from named features (hashed with ``FeatureHash/of(_:)``).
    /// - Parameters:
    ///   - features: Feature names.
    ///   - weights: `features.count × RelationHead.allCases.count` weights, row-major.
    ///   - bias: One bias per head.
    ///   - thresholds: One threshold per head.
    public init(features: [String], weights: [Float], bias: [Float], thresholds: [Double]) {
        self.init(hashes: features.map(FeatureHash.of), names: features, weights: weights, bias: bias, thresholds: thresholds)
    }

    /// The probability of each head for a pair with these features, without allocating.
    /// - Parameter features: Feature hashes (unknown ones are ignored; repeats count once per occurrence).
    /// - Returns: One probability per ``RelationHead`` in the first lanes.
    /// - Complexity: O(features × heads).
    func scores(_ features: [UInt64]) -> SIMD8<Double> {
        var z = SIMD8<Double>(repeating: 0)
        for h in 0..<RelationModel.headCount { z[h] = Double(bias[h]) }
        weights.withUnsafeBufferPointer { w in
            for f in features {
                let row = table.row(f)
                guard row >= 0 else { continue }
                let base = Int(row) * RelationModel.headCount
                for h in 0..<RelationModel.headCount { z[h] += Double(w[base + h]) }
            }
        }
        for h in 0..<RelationModel.headCount { z[h] = 1 / (1 + exp(-z[h])) }
        return z
    }

    /// The probability of each head for a pair with these features.
    /// - Parameter features: Feature hashes (unknown ones are ignored).
    /// - Returns: One probability per ``RelationHead``.
    /// - Complexity: O(features × heads).
    public func probabilities(_ features: [UInt64]) -> [Double] {
        let z = scores(features)
        return (0..<RelationModel.headCount).map { z[$0] }
    }

    /// The probability of each head for a pair with these named features.
    /// - Parameter names: Feature names.
    public func probabilities(named names: [String]) -> [Double] { probabilities(names.map(FeatureHash.of)) }

    /// The features that pushed one head's score most, strongest first.
    /// - Parameters:
    ///   - features: The pair's feature hashes.
    ///   - names: Their names, parallel (the model's own names are used where these are missing).
    ///   - head: The head.
    ///   - count: How many to return.
    public func contributions(_ features: [UInt64], names: [String] = [], head: RelationHead, count: Int = 5) -> [(
        feature: String, weight: Double
    )] {
        var out: [(String, Double)] = []
        var seen = Set<UInt64>()
        for (i, f) in features.enumerated() where seen.insert(f).inserted {
            let row = table.row(f)
            guard row >= 0 else { continue }
            let name = i < names.count ? names[i] : self.names[Int(row)]
            out.append((name.isEmpty ? FeatureHash.hex(f) : name, Double(weights[Int(row) * RelationModel.headCount + head.rawValue])))
        }
        return Array(out.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(count))
    }

    /// The heaviest features of a head, for reports.
    /// - Parameters:
    ///   - head: The head.
    ///   - count: How many.
    public func strongest(_ head: RelationHead, count: Int = 10) -> [(feature: String, weight: Double)] {
        var out: [(String, Double)] = []
        for (row, f) in hashes.enumerated() {
            out.append(
                (names[row].isEmpty ? FeatureHash.hex(f) : names[row], Double(weights[row * RelationModel.headCount + head.rawValue])))
        }
        return Array(out.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(count))
    }
}
