import Foundation
import Testing

@Suite("dyad extract --jsonl and dyad merge on sharded corpora")
struct CorpusExtractionTests {
    /// `count` corpus lines written for these tests, with full, month and year dates and some without id.
    static func corpus(_ count: Int, from start: Int = 0) -> [String] {
        let pairs = [("Iran", "Israel"), ("Russia", "Turkey"), ("France", "Germany"), ("Egypt", "Jordan"), ("Qatar", "Syria")]
        let templates = ["%@ and %@ are bitter enemies.", "%@ and %@ signed an agreement.", "%@ and %@ are close allies."]
        let dates = [#", "date": "2021-11-20""#, #", "date": "2022-03""#, #", "date": "2019""#, ""]
        return (start..<(start + count)).map { index in
            let (a, b) = pairs[index % pairs.count]
            let text = String(format: templates[index % templates.count], a, b) + " Talks went on in \(index + 2) rounds."
            let id = index % 4 == 3 ? "" : #""id": "n\#(index)", "#
            return #"{\#(id)"text": "\#(text)"\#(dates[index % dates.count])}"#
        }
    }

    static func write(_ lines: [String], to url: URL) throws {
        try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: url)
    }

    @Test("--jsonl - streams standard input in batches and writes what --jsonl FILE writes")
    func standardInputMatchesFile() throws {
        let folder = try DyadProcess.temporaryFolder()
        let lines = Self.corpus(700)  // more than one batch of documents
        let file = folder.appendingPathComponent("corpus.jsonl")
        try Self.write(lines, to: file)
        let fromFile = try DyadProcess.run(["extract", "--jsonl", file.path, "-o", "-", "--format", "jsonl"])
        let fromInput = try DyadProcess.run(["extract", "--jsonl", "-", "-o", "-", "--format", "jsonl"], input: try Data(contentsOf: file))
        #expect(fromFile.status == 0 && fromInput.status == 0, "\(fromFile.stderr)\(fromInput.stderr)")
        #expect(fromInput.stdout == fromFile.stdout)
        #expect(fromFile.stdout.hasPrefix(#"{"record": "graph", "version": 1}"#))
        #expect(fromFile.stdout.components(separatedBy: #""record": "document""#).count - 1 == 700)
    }

    @Test("a month or a year is a publication range: published is its first day, publishedTo its last, evidence dated by the first")
    func partialDates() throws {
        let input =
            #"{"id": "m", "text": "Iran and Israel are bitter enemies.", "date": "2024-02"}"# + "\n"
            + #"{"id": "y", "text": "Russia and Turkey signed an agreement.", "date": "2023"}"# + "\n"
        let r = try DyadProcess.run(["extract", "--jsonl", "-", "-o", "-", "--format", "jsonl"], input: Data(input.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(#"{"record": "document", "id": "m", "published": "2024-02-01", "publishedTo": "2024-02-29"}"#))
        #expect(r.stdout.contains(#"{"record": "document", "id": "y", "published": "2023-01-01", "publishedTo": "2023-12-31"}"#))
        #expect(r.stdout.contains(#""document": "m""#) && r.stdout.contains(#""date": "2024-02-01""#))
    }

    @Test("--date takes a month for documents without a date")
    func defaultMonth() throws {
        let r = try DyadProcess.run(
            ["extract", "-", "--date", "2021-11", "-o", "-", "--format", "jsonl"],
            input: Data("Iran and Israel are bitter enemies.".utf8))
        #expect(r.status == 0)
        #expect(r.stdout.contains(#""published": "2021-11-01", "publishedTo": "2021-11-30""#))
    }

    @Test("--on-error skip reports a bad date as file:line:col, keeps the other documents and counts the skipped lines")
    func skipBadDate() throws {
        let folder = try DyadProcess.temporaryFolder()
        let file = folder.appendingPathComponent("corpus.jsonl")
        let lines =
            Self.corpus(2) + [#"{"id": "bad", "text": "Iran and Israel are bitter enemies.", "date": "2021-02-30"}"#]
            + Self.corpus(1, from: 2)
        try Self.write(lines, to: file)
        let r = try DyadProcess.run(["extract", "--jsonl", file.path, "--on-error", "skip", "-o", "-", "--format", "jsonl"])
        #expect(r.status == 0)
        #expect(
            r.stderr.contains("corpus.jsonl:3:70: error: \"date\" must be YYYY-MM-DD, YYYY-MM or YYYY (ISO 8601), found \"2021-02-30\""))
        #expect(r.stderr.contains("skipped 1 of 4 lines"))
        #expect(r.stdout.components(separatedBy: #""record": "document""#).count - 1 == 3)
        #expect(!r.stdout.contains(#""id": "bad""#))
    }

    @Test("by default a bad line stops extraction with exit 2 and writes nothing")
    func failOnBadDate() throws {
        let folder = try DyadProcess.temporaryFolder()
        let file = folder.appendingPathComponent("corpus.jsonl")
        try Self.write(Self.corpus(2) + [#"{"text": "x", "date": "20-01"}"#], to: file)
        let output = folder.appendingPathComponent("g.jsonl")
        let r = try DyadProcess.run(["extract", "--jsonl", file.path, "-o", output.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("corpus.jsonl:3:23: error:"))
        #expect(r.stderr.contains("--on-error skip"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("shards extracted apart and merged in any bracketing give the single-process graph byte for byte")
    func shardsMergeToTheWhole() throws {
        let folder = try DyadProcess.temporaryFolder()
        let lines = Self.corpus(90)
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        try Self.write(lines, to: URL(fileURLWithPath: path("all.jsonl")))
        #expect(try DyadProcess.run(["extract", "--jsonl", path("all.jsonl"), "-o", path("whole.jsonl")]).status == 0)
        for (index, shard) in [lines[0..<25], lines[25..<60], lines[60...]].enumerated() {
            let r = try DyadProcess.run(
                ["extract", "--jsonl", "-", "-o", path("p\(index).jsonl")], input: Data(shard.map { $0 + "\n" }.joined().utf8))
            #expect(r.status == 0, "\(r.stderr)")
        }
        let runs: [[String]] = [
            ["merge", path("p0.jsonl"), path("p1.jsonl"), path("p2.jsonl"), "-o", path("flat.jsonl")],
            ["merge", path("p0.jsonl"), path("p1.jsonl"), "-o", path("left01.json")],
            ["merge", path("left01.json"), path("p2.jsonl"), "-o", path("left.jsonl")],
            ["merge", path("p1.jsonl"), path("p2.jsonl"), "-o", path("right12.jsonl")],
            ["merge", path("p0.jsonl"), path("right12.jsonl"), "-o", path("right.jsonl")],
        ]
        for arguments in runs { #expect(try DyadProcess.run(arguments).status == 0) }
        let whole = try Data(contentsOf: URL(fileURLWithPath: path("whole.jsonl")))
        for name in ["flat.jsonl", "left.jsonl", "right.jsonl"] {
            #expect(try Data(contentsOf: URL(fileURLWithPath: path(name))) == whole, "\(name) differs from the single-process graph")
        }
    }

    @Test("batches extracted in the background while the one before is added give the graph of one-batch shards merged")
    func overlappedBatches() throws {
        let folder = try DyadProcess.temporaryFolder()
        let lines = Self.corpus(1_100)  // three batches of 512 documents at most
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        try Self.write(lines, to: URL(fileURLWithPath: path("all.jsonl")))
        #expect(try DyadProcess.run(["extract", "--jsonl", path("all.jsonl"), "-o", path("whole.jsonl")]).status == 0)
        for (index, shard) in [lines[0..<400], lines[400..<800], lines[800...]].enumerated() {
            try Self.write(Array(shard), to: URL(fileURLWithPath: path("s\(index).jsonl")))
            #expect(try DyadProcess.run(["extract", "--jsonl", path("s\(index).jsonl"), "-o", path("p\(index).jsonl")]).status == 0)
        }
        #expect(
            try DyadProcess.run(["merge", path("p0.jsonl"), path("p1.jsonl"), path("p2.jsonl"), "-o", path("merged.jsonl")]).status == 0)
        let whole = try Data(contentsOf: URL(fileURLWithPath: path("whole.jsonl")))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("merged.jsonl"))) == whole)
        #expect(String(decoding: whole, as: UTF8.self).components(separatedBy: #""record": "document""#).count - 1 == 1_100)
    }

    @Test("merge to standard output of a hand-written, unsorted JSON Lines graph falls back to the in-memory merge")
    func unsortedToStandardOutput() throws {
        let folder = try DyadProcess.temporaryFolder()
        let unsorted = folder.appendingPathComponent("unsorted.jsonl")
        try Self.write(
            [
                #"{"record": "graph", "version": 1}"#,
                #"{"record": "actor", "id": "b", "name": "B", "kind": "state"}"#,
                #"{"record": "actor", "id": "a", "name": "A", "kind": "state"}"#,
            ], to: unsorted)
        // Standard input is read once, before the streamed attempt, and serves the fallback too.
        let input = #"{"record": "graph", "version": 1}"# + "\n" + #"{"record": "actor", "id": "c", "name": "C", "kind": "state"}"# + "\n"
        let streamed = try DyadProcess.run(["merge", unsorted.path, "-", "-o", "-", "--format", "jsonl"], input: Data(input.utf8))
        #expect(streamed.status == 0, "\(streamed.stderr)")
        #expect(
            streamed.stdout == """
                {"record": "graph", "version": 1}
                {"record": "actor", "id": "a", "name": "A", "kind": "state", "aliases": []}
                {"record": "actor", "id": "b", "name": "B", "kind": "state", "aliases": []}
                {"record": "actor", "id": "c", "name": "C", "kind": "state", "aliases": []}

                """)
    }

    @Test("standard input can feed either the files or --jsonl, not both")
    func standardInputOnce() throws {
        let r = try DyadProcess.run(["extract", "-", "--jsonl", "-"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("standard input (-) can be read only once"))
    }
}
