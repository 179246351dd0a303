import DyadCore
import Foundation

@testable import DyadExtraction

/// Shared fixtures for the extraction tests.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The compiled test pack (compiled once).
    static let pack: CompiledPack = {
        do { return try CompiledPack(try PackLoader.load(path: path("testpack"))) } catch {
            preconditionFailure("test pack does not load: \(error)")
        }
    }()

    /// Extracts from a text with the test pack.
    static func extract(_ text: String, date: String? = nil) -> DocumentExtraction {
        Extractor(pack: pack).extract(DocumentInput(id: "t", text: text, date: date.flatMap { Day($0) }))
    }

    /// `source type target modality` lines of a result.
    static func lines(_ text: String, date: String? = nil) -> [String] {
        extract(text, date: date).relations.map { "\($0.source) \($0.type.rawValue) \($0.target) \($0.evidence.modality.rawValue)" }
    }
}
