/// The records of one graph in canonical order, for a streamed merge: read line by
/// line from a JSON Lines file, or walked from a graph already in memory.
///
/// A streamed file is checked as it goes: every line is decoded with the same
/// checks as ``GraphFile/read(_:format:)``, records must come in strictly
/// ascending canonical order (as every graph Dyad writes does), and references
/// to documents and actors are checked at the end. Memory holds one chunk of the
/// file plus the ids of its documents and actors.
final class GraphRecordSource {
    /// A streamed file whose records are not in canonical order.
    struct OutOfOrder: Error {
        /// The located problem, ready to report.
        var error: GraphFileError
    }

    /// The file being streamed, or `nil` for a graph in memory.
    private let reader: LineReader?
    /// Decodes the streamed file's lines; a stored property, so its id sets grow in place.
    private var decoder = GraphDecoder()
    /// The graph walked when nothing is streamed, and the index of its next record.
    private let graph: Graph
    private var index = 0
    /// The digest whose relations follow the graph's documents and actors, and a batch of them decoded ahead.
    private let digest: GraphDigest?
    private var batch: [Relation] = []
    private var batchStart = 0
    private var pending: [GraphRecord] = []
    private var previous: GraphRecord?
    private var sawContent = false
    let path: String

    /// Streams a JSON Lines graph file.
    init(streaming path: String) throws(GraphFileError) {
        self.path = path
        reader = try LineReader(path: path)
        graph = Graph()
        digest = nil
    }

    /// Walks a graph in canonical order.
    init(graph: Graph, path: String) {
        self.path = path
        reader = nil
        self.graph = graph.canonicalized()
        digest = nil
    }

    /// Walks a digested graph in canonical order, decoding its relations as they come.
    init(digest: GraphDigest, path: String) {
        self.path = path
        reader = nil
        if digest.isLazy {
            graph = digest.graph
            self.digest = digest
        } else {
            graph = digest.graph.canonicalized()
            self.digest = nil
        }
    }

    /// The next record, or `nil` after the last.
    /// - Throws: ``GraphFileError`` for a bad line or a dangling reference; ``OutOfOrder``
    ///   when a streamed file's records are not in canonical order.
    func next() throws -> GraphRecord? {
        guard let reader else {
            index += 1
            if let digest {
                let relation = index - 1 - graph.documents.count - graph.actors.count
                guard relation >= 0 else { return GraphRecordSource.record(at: index - 1, of: graph) }
                guard relation < digest.relations.count else { return nil }
                if relation >= batchStart + batch.count {
                    batchStart = relation
                    batch = digest.relations(in: relation..<min(digest.relations.count, relation + GraphRecordSource.batchSize))
                }
                return .relation(batch[relation - batchStart])
            }
            return GraphRecordSource.record(at: index - 1, of: graph)
        }
        while pending.isEmpty {
            let more = try reader.next { line -> Bool in
                if !sawContent, line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) { sawContent = true }
                if let error = GraphFile.decodeLine(line, number: reader.lineNumber, path: path, into: &self.decoder) { throw error }
                if !self.decoder.problems.isEmpty { throw GraphFileError(path: path, problems: self.decoder.problems.map(\.problem)) }
                return true
            }
            if more == nil {
                guard sawContent else {
                    throw GraphFileError(
                        path: path, code: .syntax, message: "the file is empty; expected a graph document",
                        location: SourceLocation(line: 1, column: 1))
                }
                decoder.finishStream()
                if !decoder.problems.isEmpty {
                    throw GraphFileError(
                        path: path,
                        problems: decoder.problems.map { entry in
                            var problem = entry.problem
                            if case .location(let location) = entry.position { problem.location = location }
                            return problem
                        })
                }
                return nil
            }
            pending = decoder.takeRecords().reversed()
        }
        let record = pending.removeLast()
        if let previous, !previous.precedes(record) {
            let problem = GraphFileError.Problem(
                code: .integrity,
                message: "\(record.label) comes after \(previous.label); a streamed merge needs records in canonical order "
                    + "(documents, actors, relations, each sorted, as Dyad writes them)",
                location: SourceLocation(line: reader.lineNumber, column: 1))
            throw OutOfOrder(error: GraphFileError(path: path, problems: [problem]))
        }
        previous = record
        return record
    }

    /// When the source walks a digest and only relations are left, the digest and the positions of those
    /// relations, which the caller then writes itself (the source counts as exhausted); `nil` otherwise.
    func takeRemainingRelations() -> (GraphDigest, Range<Int>)? {
        guard reader == nil, let digest else { return nil }
        let next = index - graph.documents.count - graph.actors.count
        guard next >= 0 else { return nil }
        let remaining = min(next, digest.relations.count)..<digest.relations.count
        index += remaining.count
        batch = []
        return (digest, remaining)
    }

    /// How many relations of a digest are decoded at once.
    static let batchSize = 1 << 15

    private static func record(at index: Int, of graph: Graph) -> GraphRecord? {
        var index = index
        if index < graph.documents.count { return .document(graph.documents.values[index]) }
        index -= graph.documents.count
        if index < graph.actors.count { return .actor(graph.actors.values[index]) }
        index -= graph.actors.count
        if index < graph.relations.count { return .relation(graph.relations.values[index]) }
        return nil
    }
}
