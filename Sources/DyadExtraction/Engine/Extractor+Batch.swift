import DyadCore
import Foundation

extension Extractor {
    /// Extracts many documents on all cores; results keep the input order.
    /// - Parameters:
    ///   - inputs: The documents.
    ///   - progress: Called (from any thread) after each document with the number done.
    /// - Returns: One result per input, in order.
    public func extract(_ inputs: [DocumentInput], progress: (@Sendable (Int) -> Void)? = nil) -> [DocumentExtraction] {
        Parallel.map(count: inputs.count, progress: progress) { extract(inputs[$0]) }
    }
}
