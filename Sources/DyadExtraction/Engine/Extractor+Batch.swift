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

    /// Reads JSON Lines documents: `{"id","text","date"?,"title"?,"source"?}`.
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - path: The file's path, for errors.
    /// - Throws: `ExtractionError` located at the bad line.
    public static func readJSONL(_ bytes: [UInt8], path: String) throws(ExtractionError) -> [DocumentInput] {
        var inputs: [DocumentInput] = []
        var line = 0
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            line += 1
            let slice = bytes[start..<end]
            start = end + 1
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { if end >= bytes.count { break }; continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(slice)), let dict = object as? [String: Any] else {
                throw ExtractionError(.input, "line is not a JSON object", file: path, line: line, column: 1)
            }
            guard let text = dict["text"] as? String else {
                throw ExtractionError(.input, "each line needs a \"text\" string", file: path, line: line, column: 1)
            }
            guard text.utf8.count <= InputLimits.documentBytes else {
                throw ExtractionError(.input, "\"text\" is larger than the document limit of \(InputLimits.documentBytes) bytes; set DYAD_MAX_DOCUMENT_BYTES to allow more",
                                      file: path, line: line, column: 1)
            }
            var id: String?
            switch dict["id"] {
            case nil, is NSNull: id = nil
            case let text as String: id = text
            case let number as NSNumber: id = number.stringValue
            default: throw ExtractionError(.input, "\"id\" must be a string or a number", file: path, line: line, column: 1)
            }
            if id?.isEmpty == true {
                throw ExtractionError(.input, "\"id\" is empty; give the document an id or leave the key out to use the content hash",
                                      file: path, line: line, column: 1)
            }
            var input = DocumentInput(id: id, text: text, title: dict["title"] as? String, source: dict["source"] as? String)
            if let date = dict["date"] as? String {
                guard let day = Day(date) else {
                    throw ExtractionError(.input, "\"date\" must be YYYY-MM-DD, found \(date)", file: path, line: line, column: 1)
                }
                input.date = day
            }
            inputs.append(input)
            if end >= bytes.count { break }
        }
        return inputs
    }
}

