import Dispatch
import Foundation

extension GraphDigest {
    /// The fast reader of a JSON graph document, or `nil` when the full decoder must read it
    /// (it then reports the problems, or reads a valid shape the fast reader does not take).
    static func scan(_ bytes: [UInt8], path: String, partBytes: Int = parallelBytes) -> GraphDigest? {
        scan(FileImage(bytes), path: path, partBytes: partBytes)
    }

    /// The fast reader of a JSON graph document held in `bytes` (see ``scan(_:path:partBytes:)-([UInt8],_,_)``).
    /// - Parameter earlier: A digest of another version of the graph: when this document's `documents` and
    ///   `actors` arrays are byte for byte the same as that one's, they are not decoded again; the digest
    ///   shares that one's graph (documents and actors) and id tables, and says so in ``sharesHeader``.
    static func scan(_ bytes: FileImage, path: String, partBytes: Int = parallelBytes, earlier: GraphDigest? = nil) -> GraphDigest? {
        guard let document = scanDocument(bytes, partBytes: partBytes, earlier: earlier) else { return nil }
        var digests: [RelationDigest] = []
        if document.parts.count == 1 {
            digests = document.parts[0]
        } else {
            digests.reserveCapacity(document.parts.reduce(0) { $0 + $1.count })
            for part in document.parts { digests.append(contentsOf: part) }
        }
        guard let ordered = GraphDigest.canonicalOrder(digests) else { return nil }
        return GraphDigest(
            path: path, graph: document.graph, relations: ordered, bytes: bytes, scanner: document.scanner,
            sections: document.sections, sharesHeader: document.sharesHeader)
    }

    /// What the fast reader read of a JSON graph document: documents and actors, and the relations'
    /// digests in file order, in the parts they were read in (not sorted, not checked for duplicates).
    struct ScannedDocument {
        var graph: Graph
        var scanner: RelationScanner
        var parts: [[RelationDigest]]
        var sections: Sections?
        var sharesHeader: Bool
    }

    /// Reads a JSON graph document's documents and actors and digests its relations, on all cores;
    /// `nil` when the full decoder must read it (see ``scan(_:path:partBytes:earlier:)``).
    static func scanDocument(_ bytes: FileImage, partBytes: Int = parallelBytes, earlier: GraphDigest? = nil) -> ScannedDocument? {
        let shareable = earlier.flatMap { digest in digest.sections.map { (digest, $0) } }
        return bytes.withUnsafeBufferPointer { buffer -> ScannedDocument? in
            var start = 0
            if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
            var reader = JSONReader(buffer, position: start)
            var header = GraphDecoder()
            var seen: Set<String> = []
            var relationsStart: Int?
            var digests: [[RelationDigest]]?
            var graph: Graph?
            var scanner: RelationScanner?
            var sections = Sections()
            // The actors, when the fast reader read them all (else the header decoder holds them).
            var fastActors: [Actor]?
            // Sections left undecoded because they are the earlier digest's bytes; `nil` once sharing is off.
            var sharing: Set<String>? = shareable == nil ? nil : []
            func decode(_ key: String, _ reader: inout JSONReader) throws -> Bool {
                if key == "actors", let (actors, end) = GraphDigest.readActors(buffer, from: reader.valueOffset()) {
                    fastActors = actors
                    reader = JSONReader(buffer, position: end)
                    return true
                }
                try reader.beginArray()
                while try reader.nextElement() {
                    if key == "actors" { try header.decodeActor(&reader) } else { try header.decodeDocumentRecord(&reader) }
                    guard header.problems.isEmpty else { return false }
                }
                return true
            }
            /// Decodes what was left to share, when sharing turns out impossible.
            func stopSharing() throws -> Bool {
                defer { sharing = nil }
                for key in sharing ?? [] {
                    guard let range = key == "actors" ? sections.actors : sections.documents else { return false }
                    var sectionReader = JSONReader(buffer, position: range.lowerBound)
                    guard try decode(key, &sectionReader) else { return false }
                }
                return true
            }
            /// The graph and scanner once documents and actors are known: the earlier digest's when shared.
            func finishHeader() throws -> Bool {
                if let (digest, _) = shareable, sharing == ["documents", "actors"], let earlierScanner = digest.scanner {
                    graph = digest.graph
                    scanner = RelationScanner(buffer, sharingTablesOf: earlierScanner)
                    return true
                }
                guard try stopSharing() else { return false }
                header.finish()
                guard header.problems.isEmpty else { return false }
                if let fastActors {
                    guard let whole = GraphDigest.graph(documents: header.graph, actors: fastActors) else { return false }
                    graph = whole
                } else {
                    graph = header.graph
                }
                scanner = RelationScanner(buffer, graph: graph ?? header.graph)
                return true
            }
            do {
                guard try reader.peekKind() == .object else { return nil }
                try reader.beginObject()
                while let (key, _) = try reader.nextKey() {
                    guard seen.insert(key).inserted else { return nil }
                    switch key {
                    case "version":
                        guard try reader.peekKind() == .number, try reader.readNumber() == Double(GraphFormat.version) else { return nil }
                    case "documents", "actors":
                        if try reader.peekKind() == .null {
                            try reader.readNull()
                            guard try stopSharing() else { return nil }
                            continue
                        }
                        guard try reader.peekKind() == .array else { return nil }
                        let offset = reader.valueOffset()
                        if sharing != nil, let (digest, earlierSections) = shareable,
                            let end = GraphDigest.endOfArray(buffer, from: offset),
                            let same = key == "actors" ? earlierSections.actors : earlierSections.documents,
                            digest.sameBytes(same, asIn: buffer, offset..<end)
                        {
                            sharing?.insert(key)
                            if key == "actors" { sections.actors = offset..<end } else { sections.documents = offset..<end }
                            reader = JSONReader(buffer, position: end)
                            continue
                        }
                        guard try stopSharing(), try decode(key, &reader) else { return nil }
                        if key == "actors" {
                            sections.actors = offset..<reader.position
                        } else {
                            sections.documents = offset..<reader.position
                        }
                    case "relations":
                        if try reader.peekKind() == .null {
                            try reader.readNull()
                            continue
                        }
                        guard try reader.peekKind() == .array else { return nil }
                        let offset = reader.valueOffset()
                        let end: Int
                        if seen.contains("documents"), seen.contains("actors") {
                            // The usual order: actors are known, so the relations are read right away.
                            guard try finishHeader(), let relationScanner = scanner,
                                let (read, after) = GraphDigest.readRelations(from: offset, scanner: relationScanner, partBytes: partBytes)
                            else { return nil }
                            digests = read
                            end = after
                        } else {
                            guard let after = GraphDigest.endOfArray(buffer, from: offset) else { return nil }
                            relationsStart = offset
                            end = after
                        }
                        reader = JSONReader(buffer, position: end)
                    default:
                        guard key.hasPrefix("x-") || key.hasPrefix("_") else { return nil }
                        try reader.skipValue()
                    }
                }
                guard reader.isAtEnd else { return nil }
                if graph == nil { guard try finishHeader() else { return nil } }
            } catch {
                return nil
            }
            guard let graph, let relationScanner = scanner else { return nil }
            if let relationsStart {
                guard let (read, _) = GraphDigest.readRelations(from: relationsStart, scanner: relationScanner, partBytes: partBytes) else {
                    return nil
                }
                digests = read
            }
            return ScannedDocument(
                graph: graph, scanner: relationScanner, parts: digests ?? [[]],
                sections: sections.documents != nil && sections.actors != nil ? sections : nil,
                sharesHeader: sharing == ["documents", "actors"])
        }
    }

    /// Reads the `actors` array at `start` (its `[`) with the fast reader.
    /// - Returns: The actors in file order and the offset after the array, or `nil` when one of them
    ///   is not of a shape ``RelationScanner/actor(at:)`` takes (the header decoder then reads them all).
    static func readActors(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> ([Actor], Int)? {
        let scanner = RelationScanner(bytes: buffer, actorIDs: [], documentIDs: [], published: [])
        guard scanner.at(start) == UInt8(ascii: "[") else { return nil }
        var i = scanner.skipSpace(start + 1)
        var actors: [Actor] = []
        if scanner.at(i) == UInt8(ascii: "]") { return (actors, i + 1) }
        while true {
            guard let (actor, end) = scanner.actor(at: i) else { return nil }
            actors.append(actor)
            i = scanner.skipSpace(end)
            switch scanner.at(i) {
            case UInt8(ascii: ","): i = scanner.skipSpace(i + 1)
            case UInt8(ascii: "]"): return (actors, i + 1)
            default: return nil
            }
        }
    }

    /// The graph of `documents`' documents and `actors`; `nil` when two actors have the same id
    /// (as Swift compares strings: the decoder's check), which the full decoder reports.
    static func graph(documents: Graph, actors: [Actor]) -> Graph? {
        if !zip(actors, actors.dropFirst()).allSatisfy({ $0.id < $1.id }) {
            let ids = actors.map(\.id).sorted()
            for (a, b) in zip(ids, ids.dropFirst()) where a == b { return nil }
        }
        return Graph(uniqueDocuments: Array(documents.documents.values), uniqueActors: actors, uniqueRelations: [])
    }

    /// Sorts digests by key; `nil` when two have the same key (the full decoder reports the duplicate).
    static func canonicalOrder(_ digests: [RelationDigest]) -> [RelationDigest]? {
        var sorted = true
        var previous: UInt64?
        for digest in digests {
            let key = digest.packedKey
            if let previous, previous >= key {
                sorted = false
                break
            }
            previous = key
        }
        if sorted { return digests }
        // Keys with the endpoints in as few bits as the actor count needs: fewer radix passes.
        var highest: Int32 = 1
        for digest in digests { highest = max(highest, digest.source, digest.target) }
        let bits = UInt64(Int32.bitWidth - highest.leadingZeroBitCount)
        var keys = digests.map { digest in
            UInt64(UInt32(digest.source)) << (bits + 2) | UInt64(RelationDigest.typeRank(digest.type)) << bits
                | UInt64(UInt32(digest.target))
        }
        var order = [Int32](0..<Int32(digests.count))
        radixSort(&keys, &order, bits: Int(2 * bits + 2))
        for (a, b) in zip(keys, keys.dropFirst()) where a == b { return nil }
        return order.map { digests[Int($0)] }
    }

    /// Sorts `keys` (below `2^bits`) and moves `values` along: a stable least-significant-digit radix
    /// sort in passes of at most 12 bits, so the counts stay in the cache.
    /// - Complexity: O(n · bits / 12).
    static func radixSort(_ keys: inout [UInt64], _ values: inout [Int32], bits: Int = 64) {
        let n = keys.count
        let passes = max(1, (bits + 11) / 12)
        let width = (bits + passes - 1) / passes
        let mask = (UInt64(1) << UInt64(width)) - 1
        var keyScratch = [UInt64](repeating: 0, count: n), valueScratch = [Int32](repeating: 0, count: n)
        var counts = [Int](repeating: 0, count: 1 << width)
        for pass in 0..<passes {
            let shift = UInt64(pass * width)
            for index in counts.indices { counts[index] = 0 }
            for key in keys { counts[Int((key >> shift) & mask)] += 1 }
            if counts.contains(n) { continue }  // every key has the same digit: nothing to move
            var total = 0
            for index in counts.indices {
                let count = counts[index]
                counts[index] = total
                total += count
            }
            for index in 0..<n {
                let digit = Int((keys[index] >> shift) & mask)
                keyScratch[counts[digit]] = keys[index]
                valueScratch[counts[digit]] = values[index]
                counts[digit] += 1
            }
            swap(&keys, &keyScratch)
            swap(&values, &valueScratch)
        }
    }

    /// The offset after the array or object at `start`, found by matching brackets outside strings (no validation).
    static func endOfArray(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var depth = 0
        var i = start
        let n = buffer.count
        while i < n {
            let c = buffer[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                while i < n {
                    let d = buffer[i]
                    if d == UInt8(ascii: "\\") {
                        i += 2
                        continue
                    }
                    if d == UInt8(ascii: "\"") { break }
                    i += 1
                }
            } else if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
                depth += 1
            } else if c == UInt8(ascii: "]") || c == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 { return i + 1 }
            }
            i += 1
        }
        return nil
    }

    /// What one part of the relations array gave.
    private struct Part {
        var digests: [RelationDigest] = []
        /// Where reading stopped: the start of the next element, or after the array's `]`.
        var stop = 0
        var ended = false
        var failed = false
    }

    /// How many relations' endpoints are looked up together.
    static let lookupBatch = 16

    /// Inputs at least this large are read on several cores.
    static let parallelBytes = 1 << 20

    /// Reads the relations array at `start` (its `[`) on all cores.
    ///
    /// The array is cut into parts at guessed element starts; each part is read from its guess
    /// up to the next guess. A part counts only if the part before it ended exactly where it
    /// began, so a wrong guess (inside a string or an evidence list) costs a re-read of that part
    /// from the right place, never a wrong result.
    /// - Returns: The digests in file order, in the parts they were read in, and the offset after the array,
    ///   or `nil` when the full decoder must read the file.
    static func readRelations(from start: Int, scanner: RelationScanner, partBytes: Int) -> ([[RelationDigest]], Int)? {
        let buffer = scanner.bytes
        var first = scanner.skipSpace(start + 1)
        if scanner.at(first) == UInt8(ascii: "]") { return ([[]], first + 1) }
        first = scanner.skipSpace(first)
        // Guessed starts of the parts.
        let span = buffer.count - first
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let wanted = span < partBytes ? 1 : min(cores * 4, max(1, span / max(1, partBytes / 4)))
        var starts = [first]
        for part in 1..<max(wanted, 1) {
            guard let guess = guessElementStart(buffer, after: first + span / wanted * part, scanner: scanner),
                guess > starts[starts.count - 1]
            else { continue }
            starts.append(guess)
        }
        let limits = Array(starts.dropFirst()) + [Int.max]
        func readPart(from: Int, limit: Int) -> Part {
            var part = Part()
            var decoder = GraphDecoder()
            // Relations whose endpoints are still to look up: where their digests are and start, and their ids.
            var waiting: [(digest: Int, start: Int)] = []
            var ids: [UnsafeBufferPointer<UInt8>] = []
            var numbers = [Int32](repeating: -1, count: 2 * lookupBatch)
            waiting.reserveCapacity(lookupBatch)
            ids.reserveCapacity(2 * lookupBatch)
            /// Looks up the waiting relations' endpoints together; those that need the full decoder get it.
            func lookUp() -> Bool {
                defer {
                    waiting.removeAll(keepingCapacity: true)
                    ids.removeAll(keepingCapacity: true)
                }
                ids.withUnsafeBufferPointer { keys in
                    numbers.withUnsafeMutableBufferPointer { scanner.actorNumbers.numbers(of: keys, into: $0) }
                }
                for (k, relation) in waiting.enumerated() {
                    if RelationScanner.resolve(&part.digests[relation.digest], source: numbers[2 * k], target: numbers[2 * k + 1]) {
                        continue
                    }
                    guard let (digest, _) = slowRelation(at: relation.start, scanner: scanner, decoder: &decoder) else { return false }
                    part.digests[relation.digest] = digest
                }
                return true
            }
            var i = from
            while true {
                if let (digest, source, target, end) = scanner.scanDeferred(at: i) {
                    waiting.append((part.digests.count, i))
                    ids.append(source)
                    ids.append(target)
                    part.digests.append(digest)
                    i = end
                    if waiting.count == lookupBatch, !lookUp() {
                        part.failed = true
                        return part
                    }
                } else if let (digest, end) = slowRelation(at: i, scanner: scanner, decoder: &decoder) {
                    part.digests.append(digest)
                    i = end
                } else {
                    part.failed = true
                    return part
                }
                i = scanner.skipSpace(i)
                if part.digests.count == 64 {
                    // Room for the rest of the part at the size of the relations so far: no regrowth.
                    let rest = (min(limit, scanner.bytes.count) - i) / max(1, (i - from) / 64)
                    part.digests.reserveCapacity(64 + rest + rest / 8)
                }
                switch scanner.at(i) {
                case UInt8(ascii: ","):
                    i = scanner.skipSpace(i + 1)
                    if i >= limit {
                        part.failed = !lookUp()
                        part.stop = i
                        return part
                    }
                case UInt8(ascii: "]"):
                    part.failed = !lookUp()
                    part.ended = true
                    part.stop = i + 1
                    return part
                default:
                    part.failed = true
                    return part
                }
            }
        }
        var parts: [Part]
        if starts.count == 1 {
            parts = [readPart(from: first, limit: Int.max)]
        } else {
            let count = starts.count
            let slots = UnsafeMutablePointer<Part>.allocate(capacity: count)
            defer {
                slots.deinitialize(count: count)
                slots.deallocate()
            }
            nonisolated(unsafe) let shared = (slots: slots, starts: starts, limits: limits)
            nonisolated(unsafe) let read = readPart
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (shared.slots + index).initialize(to: read(shared.starts[index], shared.limits[index]))
            }
            parts = Array(UnsafeBufferPointer(start: slots, count: count))
        }
        // Chain the parts: each must begin where the previous one stopped.
        var digests: [[RelationDigest]] = []
        digests.reserveCapacity(parts.count)
        var position = first
        var next = 0
        while true {
            while next < starts.count, starts[next] < position { next += 1 }
            var part: Part
            if next < starts.count, starts[next] == position, !parts[next].failed {
                part = parts[next]
                parts[next] = Part()
            } else {
                let limit = next < starts.count ? (starts[next] > position ? starts[next] : limits[next]) : Int.max
                part = readPart(from: position, limit: limit)
            }
            guard !part.failed else { return nil }
            digests.append(part.digests)
            if part.ended { return (digests, part.stop) }
            guard part.stop > position else { return nil }
            position = part.stop
        }
    }

    /// A likely start of a relation object at or after `offset`: a `{` after a `,`, opening with a key
    /// that is not an evidence field.
    private static func guessElementStart(_ buffer: UnsafeBufferPointer<UInt8>, after offset: Int, scanner: RelationScanner) -> Int? {
        var i = offset
        let n = buffer.count
        while i < n {
            if buffer[i] == UInt8(ascii: ",") {
                let brace = scanner.skipSpace(i + 1)
                if scanner.at(brace) == UInt8(ascii: "{") {
                    let quote = scanner.skipSpace(brace + 1)
                    if let key = scanner.string(at: quote) {
                        let name = String(decoding: UnsafeBufferPointer(rebasing: buffer[key.start..<key.end]), as: UTF8.self)
                        if !["document", "sentence", "rule", "date", "attributedTo", "sentenceRange", "score"].contains(name) {
                            return brace
                        }
                    }
                }
            }
            i += 1
        }
        return nil
    }

    /// Reads the relation at `start` with the full decoder and digests it; `nil` when it has a problem.
    private static func slowRelation(at start: Int, scanner: RelationScanner, decoder: inout GraphDecoder) -> (RelationDigest, Int)? {
        var reader = JSONReader(scanner.bytes, position: start)
        guard (try? reader.peekKind()) == .object, (try? decoder.decodeRelation(&reader)) != nil, decoder.problems.isEmpty else {
            return nil
        }
        let decoded = decoder.takeRelations()
        guard decoded.count == 1, let relation = decoded.first, let source = scanner.actors[relation.source],
            let target = scanner.actors[relation.target]
        else { return nil }
        for item in relation.evidence where scanner.documents[item.document] == nil { return nil }
        let digest = RelationDigest(relation, source: source, target: target, bytes: start..<reader.position) { item in
            item.date ?? scanner.documents[item.document].flatMap { scanner.published[Int($0)] }
        }
        return (digest, reader.position)
    }
}
