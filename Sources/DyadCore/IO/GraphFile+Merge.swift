extension GraphFile {
    /// Merges graph files into one, streaming: JSON Lines inputs are read a record at a time
    /// and merged like sorted runs, so memory holds one record per input (plus each streamed
    /// input's document and actor ids), not the graphs.
    ///
    /// The result is byte for byte what ``Graph/merging(_:)`` of the files gives, written like
    /// ``write(_:to:format:)``: merging is associative, so any bracketing of merges of the same
    /// files in the same order gives the same bytes. Records with the same identity merge in
    /// the order of `paths` (scalar fields keep the first file's value).
    ///
    /// JSON documents are read with ``GraphDigest`` (their relations decoded in canonical order as
    /// the merge reaches them, a batch at a time on all cores); standard input is read whole. A JSON Lines file whose records turn
    /// out not to be in canonical order (hand-written or from another tool) makes the merge
    /// start again in memory, unless part of the result already went to standard output.
    /// - Parameters:
    ///   - paths: The graph files, in merge order (`-` for standard input, once).
    ///   - output: The file to write atomically, or `-` for standard output.
    ///   - format: The output form; by default the output's extension decides.
    /// - Throws: ``GraphFileError`` for a bad input (located) or a failed write; the output is then untouched.
    /// - Complexity: O(R · k) for R records over k inputs.
    public static func merge(_ paths: [String], to output: String, format: GraphFormat? = nil) throws(GraphFileError) {
        let format = format ?? GraphFormat(path: output)
        // Inputs that cannot be streamed (JSON documents, standard input) are read once, up front.
        var whole: [Int: GraphDigest] = [:]
        for (index, path) in paths.enumerated() where !isStreamable(path) { whole[index] = try GraphDigest.read(path) }
        // What stopped the streamed merge, kept aside because a failed write reports only its own message.
        var failure: (any Error)?
        var emitted = false
        do {
            if output == "-" {
                do {
                    try streamMerge(paths, whole: whole, format: format) { chunk in
                        emitted = true
                        try StandardOutput.write(chunk)
                    }
                } catch {
                    failure = error
                }
            } else {
                try AtomicFile.write(to: output) { emit in
                    do {
                        try streamMerge(paths, whole: whole, format: format, emit)
                    } catch {
                        failure = error
                        throw error
                    }
                }
            }
        } catch {
            if failure == nil { throw error }
        }
        switch failure {
        case nil: return
        case is GraphRecordSource.OutOfOrder where !emitted:
            var graphs: [Graph] = []
            for (index, path) in paths.enumerated() {
                if let digest = whole[index] { graphs.append(digest.fullGraph()) } else { graphs.append(try read(path)) }
            }
            try write(Graph.merging(graphs), to: output, format: format)
        case let disorder as GraphRecordSource.OutOfOrder: throw disorder.error
        case let error as GraphFileError: throw error
        case let error?: throw GraphFileError(path: output, code: .io, message: "\(error)")
        }
    }

    /// Whether an input is read a record at a time: a JSON Lines file (not standard input).
    private static func isStreamable(_ path: String) -> Bool { path != "-" && GraphFormat(path: path) == .jsonl }

    /// The k-way merge of the inputs' canonical record streams; `whole` holds the inputs already read.
    private static func streamMerge(
        _ paths: [String], whole: [Int: GraphDigest], format: GraphFormat,
        _ emit: ([UInt8]) throws -> Void
    ) throws {
        var sources: [GraphRecordSource] = []
        for (index, path) in paths.enumerated() {
            if let digest = whole[index] {
                sources.append(GraphRecordSource(digest: digest, path: path))
            } else {
                sources.append(try GraphRecordSource(streaming: path))
            }
        }
        var heads: [GraphRecord?] = []
        for source in sources { heads.append(try source.next()) }
        var writer = GraphRecordWriter(format: format)
        while true {
            // The first input holding the smallest record, then the same record in later inputs, in order.
            var best: Int?
            for index in heads.indices {
                guard let head = heads[index] else { continue }
                if let current = best, let chosen = heads[current], !head.precedes(chosen) { continue }
                best = index
            }
            guard let first = best, var record = heads[first] else { break }
            if heads.indices.allSatisfy({ $0 == first || heads[$0] == nil }), case .relation = record,
                let (digest, rest) = sources[first].takeRemainingRelations()
            {
                // The last input left is a digest with only relations to go: written on all cores, from the file's bytes.
                record.write(to: &writer)
                heads[first] = nil
                for start in stride(from: rest.lowerBound, to: rest.upperBound, by: GraphRecordSource.batchSize) {
                    let end = min(rest.upperBound, start + GraphRecordSource.batchSize)
                    try writer.writeRelations(count: end - start, emit: emit) {
                        digest.encodeRelation(at: start + $0, format: format, into: &$1)
                    }
                }
                continue
            }
            heads[first] = try sources[first].next()
            for index in (first + 1)..<heads.count {
                guard let head = heads[index], head.hasSameIdentity(as: record) else { continue }
                record = record.merged(with: head)
                heads[index] = try sources[index].next()
            }
            record.write(to: &writer)
            if writer.isFull { try emit(writer.take()) }
        }
        writer.finish()
        try emit(writer.take())
    }
}
