import DyadCore
import Foundation
import Testing

@Suite("Corpus reader")
struct CorpusReaderTests {
    static func reader(_ text: String) throws -> CorpusReader {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString).jsonl").path
        try AtomicFile.write(Array(text.utf8), to: path)
        return try CorpusReader(path: path)
    }

    @Test("documents read with their fields; blank lines and unknown fields are skipped")
    func fields() throws {
        let reader = try Self.reader(
            """
            {"id": 7, "text": "One.", "date": "2024-03", "title": "T", "source": "S", "url": {"a": [1]}}

            {"text": "Two.", "date": null}
            """)
        let first = try #require(try reader.next())
        #expect(first == CorpusRecord(id: "7", text: "One.", date: PartialDate("2024-03"), title: "T", source: "S", line: 1))
        let second = try #require(try reader.next())
        #expect(second.id == nil && second.date == nil && second.line == 3)
        #expect(try reader.next() == nil)
        #expect(reader.recordLines == 2)
    }

    @Test("a bad date is located at its value, and the next line still reads")
    func badDateThenGood() throws {
        let reader = try Self.reader(
            """
            {"id": "a", "text": "x", "date": "2024-13"}
            {"id": "b", "text": "y"}
            """)
        let error = #expect(throws: GraphFileError.self) { try reader.next() }
        #expect(error?.problems.first?.location == SourceLocation(line: 1, column: 34))
        #expect(error?.description.hasPrefix("\(reader.path):1:34: error: \"date\" must be YYYY-MM-DD, YYYY-MM or YYYY") == true)
        #expect(try reader.next()?.id == "b")
    }

    @Test(
        "lines that are not documents are located",
        arguments: [
            (#"{"id": "a"}"#, 1, "no \"text\""),
            (#"{"text": 3}"#, 10, "\"text\" must be a string"),
            (#"not json"#, 1, "expected"),
            (#"[1, 2]"#, 1, "found an array"),
            (#"{"text": "a"} {}"#, 15, "one JSON object a line"),
            (#"{"text": "a", "date": 2024}"#, 23, "\"date\" must be a string"),
        ])
    func badLines(line: String, column: Int, message: String) throws {
        let reader = try Self.reader(line)
        let error = #expect(throws: GraphFileError.self) { try reader.next() }
        #expect(error?.problems.first?.location?.column == column)
        #expect(error?.problems.first?.message.contains(message) == true)
    }
}

@Suite("Line reader")
struct LineReaderTests {
    @Test("lines come one at a time across chunk boundaries, the last one without a newline too")
    func lines() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UUID().uuidString)").path
        try AtomicFile.write(Array("alpha\n\nbeta gamma\ndelta".utf8), to: path)
        let reader = try LineReader(path: path, chunkSize: 3)
        var lines: [String] = []
        while let line = try reader.next({ String(decoding: $0, as: UTF8.self) }) { lines.append(line) }
        #expect(lines == ["alpha", "", "beta gamma", "delta"])
        #expect(reader.lineNumber == 4 && reader.bytesRead == 23)
    }

    @Test("lines of every length up to several chunks read back whole, whatever the chunk size", arguments: [1, 2, 7, 64])
    func linesAcrossChunks(chunkSize: Int) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let expected = (0..<90).map { length in String(repeating: Character(UnicodeScalar(UInt8(97 + length % 26))), count: length % 45) }
        try AtomicFile.write(Array((expected.joined(separator: "\n") + "\n").utf8), to: path)
        let reader = try LineReader(path: path, chunkSize: chunkSize)
        var lines: [String] = []
        while let line = try reader.next({ String(decoding: $0, as: UTF8.self) }) { lines.append(line) }
        #expect(lines == expected)
    }

    @Test("a line longer than the limit is a located error, not unbounded memory")
    func tooLong() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("long-\(UUID().uuidString)").path
        try AtomicFile.write(Array(("short\n" + String(repeating: "x", count: 5000)).utf8), to: path)
        let reader = try LineReader(path: path, chunkSize: 512, maximumLineLength: 1000)
        #expect(try reader.next({ $0.count }) == 5)
        let error = #expect(throws: GraphFileError.self) { try reader.next({ $0.count }) }
        #expect(error?.problems.first?.location?.line == 2)
    }
}
