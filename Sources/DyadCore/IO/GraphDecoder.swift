import Dispatch
import Foundation

/// Decodes graph documents (JSON or JSON Lines) into a ``Graph``, collecting every located problem.
///
/// Decoding goes on after a wrong type or an unknown field, so one run
/// reports as many problems as it can; a syntax error ends it.
struct GraphDecoder {
    /// Decoding state shared by the record decoders.
    private(set) var graph = Graph()
    private var documents: [Document] = []
    private var documentStarts: [Position] = []
    private var actors: [Actor] = []
    private var actorStarts: [Position] = []
    private var relations: [Relation] = []
    private var relationStarts: [Position] = []
    /// Where a problem is: a byte offset in the whole input, or an already resolved location.
    enum Position {
        case offset(Int)
        case location(SourceLocation)
    }

    var problems: [(position: Position, problem: GraphFileError.Problem)] = []
    private var pendingActorRefs: [(id: String, position: Position, what: String)] = []
    private var pendingDocumentRefs: [(id: String, position: Position)] = []
    private var partOfOffsets: [Actor.ID: Position] = [:]
    private var partOfParents: [Actor.ID: Actor.ID] = [:]
    /// The 1-based line being decoded in JSON Lines mode; offsets are then relative to that line.
    var currentLine: Int?
    private var seenActors: Set<Actor.ID> = []
    private var seenDocuments: Set<String> = []
    /// How many problems are kept before decoding stops listing them.
    static let problemLimit = 100
    /// A JSON document with at least this many bytes from its `relations` array on has the array decoded on
    /// several cores (see ``decodeRelationsInParallel(_:)``); tests lower it.
    var parallelRelationBytes = 4 << 20

    var hasTooManyProblems: Bool { problems.count >= GraphDecoder.problemLimit }

    mutating func report(_ code: GraphFileError.Code, _ message: String, at offset: Int) {
        guard problems.count < GraphDecoder.problemLimit else { return }
        problems.append((.offset(offset), GraphFileError.Problem(code: code, message: message)))
    }

    mutating func report(_ code: GraphFileError.Code, _ message: String, at position: Position) {
        guard problems.count < GraphDecoder.problemLimit else { return }
        var problem = GraphFileError.Problem(code: code, message: message)
        // JSON Lines positions are resolved when their line is read: keep them on the problem.
        if case .location(let location) = position { problem.location = location }
        problems.append((position, problem))
    }

    /// A position that survives the end of the current line in JSON Lines mode.
    func position(_ offset: Int, in reader: JSONReader) -> Position {
        guard let currentLine else { return .offset(offset) }
        let column = SourceLocation(offset: offset, in: reader.bytes).column
        return .location(SourceLocation(line: currentLine, column: column))
    }

    // MARK: Whole document

    /// Decodes a whole JSON graph document.
    mutating func decodeDocument(_ reader: inout JSONReader) throws(JSONReader.SyntaxError) {
        guard try beginObject(&reader, what: "the graph document (an object with documents, actors and relations)") else { return }
        var seenKeys = KeyTracker()
        while let (key, offset) = try reader.nextKey() {
            if seenKeys.isRepeat(key) { report(.schema, "duplicate key \"\(key)\"; each field may appear once", at: offset) }
            switch key {
            case "version": try decodeVersion(&reader)
            case "documents":
                guard try beginArray(&reader, of: "documents") else { continue }
                while try reader.nextElement() { try decodeDocumentRecord(&reader) }
            case "actors":
                guard try beginArray(&reader, of: "actors") else { continue }
                while try reader.nextElement() { try decodeActor(&reader) }
            case "relations":
                guard try beginArray(&reader, of: "relations") else { continue }
                if decodeRelationsInParallel(&reader) { continue }
                while try reader.nextElement() { try decodeRelation(&reader) }
            default:
                try unknown(key, at: offset, in: "the graph document", &reader)
            }
        }
        if !reader.isAtEnd {
            report(.syntax, "unexpected text after the end of the graph document", at: reader.position)
        }
    }

    /// Decodes one JSON Lines record (`{"record": "actor", ...}`).
    mutating func decodeRecord(_ reader: inout JSONReader) throws(JSONReader.SyntaxError) {
        let start = reader.valueOffset()
        guard try reader.peekKind() == .object else {
            report(.schema, "expected a record object, found \(try reader.peekKind().phrase)", at: start)
            try reader.skipValue()
            return
        }
        // Find the record type first; it may come anywhere in the object.
        var probe = reader
        var recordType: String?
        try probe.beginObject()
        while let (key, _) = try probe.nextKey() {
            if key == "record", try probe.peekKind() == .string {
                recordType = try probe.readString()
                break
            }
            try probe.skipValue()
        }
        switch recordType {
        case "graph":
            guard try beginObject(&reader, what: "graph header") else { return }
            var seenKeys = KeyTracker()
            while let (key, offset) = try reader.nextKey() {
                if seenKeys.isRepeat(key) { report(.schema, "duplicate key \"\(key)\"; each field may appear once", at: offset) }
                switch key {
                case "record": try reader.skipValue()
                case "version": try decodeVersion(&reader)
                default: try unknown(key, at: offset, in: "the graph header", &reader)
                }
            }
        case "document": try decodeDocumentRecord(&reader, isRecord: true)
        case "actor": try decodeActor(&reader, isRecord: true)
        case "relation": try decodeRelation(&reader, isRecord: true)
        case nil:
            report(.schema, "missing field \"record\"; expected one of graph, document, actor, relation", at: start)
            try reader.skipValue()
        case let other?:
            report(.schema, "unknown record type \"\(other)\"; expected one of graph, document, actor, relation", at: start)
            try reader.skipValue()
        }
    }

    // MARK: Records

    private mutating func decodeVersion(_ reader: inout JSONReader) throws(JSONReader.SyntaxError) {
        let offset = reader.valueOffset()
        guard let version = try int(&reader, "version") else { return }
        if version != GraphFormat.version {
            report(.schema, "unsupported graph format version \(version); this Dyad reads version \(GraphFormat.version)", at: offset)
        }
    }

    mutating func decodeDocumentRecord(_ reader: inout JSONReader, isRecord: Bool = false) throws(JSONReader.SyntaxError) {
        let start = reader.valueOffset()
        var id: String?, title: String?, source: String?, published: Day?, publishedTo: Day?
        var publishedToOffset = start
        var sawID = false
        guard try beginObject(&reader, what: "a document") else { return }
        var seenKeys = KeyTracker()
        while let (key, offset) = try reader.nextKey() {
            if seenKeys.isRepeat(key) { report(.schema, "duplicate key \"\(key)\"; each field may appear once", at: offset) }
            switch key {
            case "record" where isRecord: try reader.skipValue()
            case "id":
                sawID = true
                id = try nonEmptyString(&reader, "document id")
            case "title": title = try optionalString(&reader, "title")
            case "source": source = try optionalString(&reader, "source")
            case "published": published = try optionalDay(&reader, "published")
            case "publishedTo":
                publishedToOffset = reader.valueOffset()
                publishedTo = try optionalDay(&reader, "publishedTo")
            default: try unknown(key, at: offset, in: "a document", &reader)
            }
        }
        guard let id else {
            if !sawID { report(.schema, "document is missing its \"id\" (a string)", at: start) }
            return
        }
        if let publishedTo {
            if let published, publishedTo < published {
                report(.schema, "publishedTo (\(publishedTo)) is before published (\(published))", at: publishedToOffset)
            } else if published == nil {
                report(.schema, "publishedTo needs published (the first day of the publication range)", at: publishedToOffset)
            }
        }
        let isNew = seenDocuments.insert(id).inserted
        if !isNew { report(.integrity, "duplicate document id \"\(id)\"", at: start) }
        let document = Document(id: id, title: title, source: source, published: published, publishedTo: publishedTo)
        if isNew {
            documents.append(document)
            documentStarts.append(position(start, in: reader))
        }
    }

    mutating func decodeActor(_ reader: inout JSONReader, isRecord: Bool = false) throws(JSONReader.SyntaxError) {
        let start = reader.valueOffset()
        var id: String?, name: String?, kind: ActorKind?, aliases: [String] = [], partOf: String?, roles: [Role] = []
        var partOfOffset = 0
        var present = FieldSet("id", "name", "kind")
        guard try beginObject(&reader, what: "an actor") else { return }
        var seenKeys = KeyTracker()
        while let (key, offset) = try reader.nextKey() {
            if seenKeys.isRepeat(key) { report(.schema, "duplicate key \"\(key)\"; each field may appear once", at: offset) }
            present.insert(key)
            switch key {
            case "record" where isRecord: try reader.skipValue()
            case "id": id = try nonEmptyString(&reader, "actor id")
            case "name": name = try nonEmptyString(&reader, "actor name")
            case "kind": kind = try actorKind(&reader)
            case "aliases": aliases = try stringArray(&reader, "aliases")
            case "partOf":
                partOfOffset = reader.valueOffset()
                partOf = try optionalString(&reader, "partOf")
            case "roles": roles = try decodeRoles(&reader)
            default: try unknown(key, at: offset, in: "an actor", &reader)
            }
        }
        guard let id else {
            if !present.contains("id") { report(.schema, "actor is missing its \"id\" (a string)", at: start) }
            return
        }
        if name == nil, !present.contains("name") { report(.schema, "actor \"\(id)\" is missing its \"name\" (a string)", at: start) }
        if kind == nil, !present.contains("kind") {
            report(
                .schema, "actor \"\(id)\" is missing its \"kind\" (one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", ")))",
                at: start)
        }
        let isNew = seenActors.insert(id).inserted
        if !isNew { report(.integrity, "duplicate actor id \"\(id)\"", at: start) }
        if let partOf {
            partOfOffsets[id] = position(partOfOffset, in: reader)
            partOfParents[id] = partOf
        }
        for role in roles { pendingActorRefs.append((role.actor, position(start, in: reader), "role of \"\(id)\"")) }
        if isNew {
            actors.append(Actor(id: id, name: name ?? id, kind: kind ?? .unknown, aliases: aliases, partOf: partOf, roles: roles))
            actorStarts.append(position(start, in: reader))
        }
    }

    private mutating func decodeRoles(_ reader: inout JSONReader) throws(JSONReader.SyntaxError) -> [Role] {
        var roles: [Role] = []
        guard try beginArray(&reader, of: "roles") else { return [] }
        while try reader.nextElement() {
            let start = reader.valueOffset()
            var title: String?, actor: String?, from: Day?, to: Day?
            guard try beginObject(&reader, what: "a role") else { continue }
            var seenKeys = KeyTracker()
            while let (key, offset) = try reader.nextKey() {
                if seenKeys.isRepeat(key) { report(.schema, "duplicate key \"\(key)\"; each field may appear once", at: offset) }
                switch key {
                case "title": title = try nonEmptyString(&reader, "role title")
                case "of": actor = try nonEmptyString(&reader, "role's actor")
                case "from": from = try optionalDay(&reader, "from")
                case "to": to = try optionalDay(&reader, "to")
                default: try unknown(key, at: offset, in: "a role", &reader)
                }
            }
            guard let actor else {
                report(.schema, "role is missing \"of\" (the id of the actor it acts for)", at: start)
                continue
            }
            if let from, let to, to < from { report(.schema, "role ends (\(to)) before it starts (\(from))", at: start) }
            roles.append(Role(title: title ?? "", actor: actor, from: from, to: to))
        }
        return roles
    }

    mutating func decodeRelation(_ reader: inout JSONReader, isRecord: Bool = false) throws(JSONReader.SyntaxError) {
        let start = reader.valueOffset()
        var source: String?, target: String?, type: RelationType?, modality: Modality?, confidence: Double?
        var firstSeen: Day?, lastSeen: Day?, validFrom: Day?, validTo: Day?
        var evidence: [Evidence] = []
        var sourceOffset = start, targetOffset = start
        var present = FieldSet("source", "target", "type")
        guard try beginObject(&reader, what: "a relation") else { return }
        var seenKeys = KeyTracker()
        while let (key, offset) = try reader.nextKey() {
            if seenKeys.isRepeat(key) { report(.schema, "duplicate key \"\(key)\"; each field may appear once", at: offset) }
            present.insert(key)
            switch key {
            case "record" where isRecord: try reader.skipValue()
            case "source":
                sourceOffset = reader.valueOffset()
                source = try nonEmptyString(&reader, "source")
            case "target":
                targetOffset = reader.valueOffset()
                target = try nonEmptyString(&reader, "target")
            case "type": type = try relationType(&reader)
            case "modality": modality = try readModality(&reader)
            case "confidence":
                let valueOffset = reader.valueOffset()
                if let value = try double(&reader, "confidence") {
                    if (0...1).contains(value) {
                        confidence = value
                    } else {
                        report(.schema, "confidence \(value) is outside 0...1", at: valueOffset)
                    }
                }
            case "firstSeen": firstSeen = try optionalDay(&reader, "firstSeen")
            case "lastSeen": lastSeen = try optionalDay(&reader, "lastSeen")
            case "validFrom": validFrom = try optionalDay(&reader, "validFrom")
            case "validTo": validTo = try optionalDay(&reader, "validTo")
            case "evidence":
                guard try beginArray(&reader, of: "evidence") else { continue }
                while try reader.nextElement() {
                    if let item = try decodeEvidence(&reader) { evidence.append(item) }
                }
            default: try unknown(key, at: offset, in: "a relation", &reader)
            }
        }
        guard let source, let target, let type else {
            if !present.contains("source") { report(.schema, "relation is missing its \"source\" (an actor id)", at: start) }
            if !present.contains("target") { report(.schema, "relation is missing its \"target\" (an actor id)", at: start) }
            if !present.contains("type") {
                report(.schema, "relation is missing its \"type\" (alliance, hostility, proxy or agreement)", at: start)
            }
            return
        }
        if !seenActors.contains(source) { pendingActorRefs.append((source, position(sourceOffset, in: reader), "relation source")) }
        if !seenActors.contains(target) { pendingActorRefs.append((target, position(targetOffset, in: reader), "relation target")) }
        if source == target { report(.integrity, "relation links \"\(source)\" to itself", at: start) }
        let key = RelationKey(source: source, type: type, target: target)
        if evidence.isEmpty {
            relations.append(
                Relation(
                    key: key, modality: modality ?? .asserted, confidence: confidence,
                    firstSeen: firstSeen, lastSeen: lastSeen, validFrom: validFrom, validTo: validTo))
        } else {
            relations.append(Relation(key: key, evidence: evidence))
        }
        relationStarts.append(position(start, in: reader))
    }

    private mutating func decodeEvidence(_ reader: inout JSONReader) throws(JSONReader.SyntaxError) -> Evidence? {
        let start = reader.valueOffset()
        var document: String?, sentence: String?, rule: String?, modality: Modality?
        var item = Evidence(document: "", sentence: "", rule: "")
        var documentOffset = start
        var present = FieldSet("document", "sentence", "rule")
        guard try beginObject(&reader, what: "evidence") else { return nil }
        var seenKeys = KeyTracker()
        while let (key, offset) = try reader.nextKey() {
            if seenKeys.isRepeat(key) { report(.schema, "duplicate key \"\(key)\"; each field may appear once", at: offset) }
            present.insert(key)
            switch key {
            case "document":
                documentOffset = reader.valueOffset()
                document = try nonEmptyString(&reader, "evidence document")
            case "sentence": sentence = try string(&reader, "sentence")
            case "rule": rule = try nonEmptyString(&reader, "rule")
            case "modality": modality = try readModality(&reader)
            case "sentenceRange": item.sentenceRange = try range(&reader, "sentenceRange")
            case "sourceRange": item.sourceRange = try range(&reader, "sourceRange")
            case "targetRange": item.targetRange = try range(&reader, "targetRange")
            case "sourceMention": item.sourceMention = try optionalString(&reader, "sourceMention")
            case "targetMention": item.targetMention = try optionalString(&reader, "targetMention")
            case "attributedTo": item.attributedTo = try optionalString(&reader, "attributedTo")
            case "date": item.date = try optionalDay(&reader, "date")
            case "validFrom": item.validFrom = try optionalDay(&reader, "validFrom")
            case "validTo": item.validTo = try optionalDay(&reader, "validTo")
            case "score": item.score = try probability(&reader, "score")
            default: try unknown(key, at: offset, in: "evidence", &reader)
            }
        }
        guard let document, let sentence, let rule else {
            if !present.contains("document") { report(.schema, "evidence is missing its \"document\" (a document id)", at: start) }
            if !present.contains("sentence") { report(.schema, "evidence is missing its \"sentence\" (a string)", at: start) }
            if !present.contains("rule") { report(.schema, "evidence is missing its \"rule\" (a string)", at: start) }
            return nil
        }
        if !seenDocuments.contains(document) { pendingDocumentRefs.append((document, position(documentOffset, in: reader))) }
        item.document = document
        item.sentence = sentence
        item.rule = rule
        item.modality = modality ?? .asserted
        return item
    }

    // MARK: Parallel decoding

    /// Decodes the `relations` array whose `[` `reader` has just passed on all cores, when the rest of the input is
    /// large; `false` when it did not (the caller then decodes the array in order).
    ///
    /// The array is cut into parts at guessed element starts (a `{` after a `,` whose first key is no evidence key),
    /// each decoded by a decoder of its own up to the next guess. The parts count only if each ended exactly where the
    /// next began and the last at the array's `]`, and no part found a problem: a wrong guess (inside a string or an
    /// evidence list) or a problem makes the caller decode the whole array in order, which reports what it finds
    /// where it is. The parts' relations and pending references then join this decoder's in file order.
    mutating func decodeRelationsInParallel(_ reader: inout JSONReader) -> Bool {
        let buffer = reader.bytes
        let first = GraphDecoder.skipSpace(buffer, from: reader.position)
        let span = buffer.count - first
        guard span >= parallelRelationBytes, first < buffer.count, buffer[first] == UInt8(ascii: "{") else { return false }
        let wanted = min(ProcessInfo.processInfo.activeProcessorCount * 4, max(1, span / max(1, parallelRelationBytes / 4)))
        var starts = [first]
        for part in 1..<max(wanted, 2) {
            guard let guess = GraphDecoder.guessRelationStart(buffer, after: first + span / max(wanted, 2) * part),
                guess > starts[starts.count - 1]
            else { continue }
            starts.append(guess)
        }
        guard starts.count > 1 else { return false }
        /// What one part gave: its decoder, where it stopped (the next element's start, or after the `]`).
        struct Part { var decoder = GraphDecoder(); var stop = 0; var ended = false; var failed = false }
        let template: GraphDecoder = {
            var decoder = GraphDecoder()
            decoder.seenActors = seenActors
            decoder.seenDocuments = seenDocuments
            return decoder
        }()
        func decodePart(from start: Int, limit: Int) -> Part {
            var part = Part(decoder: template)
            var at = start
            while true {
                var element = JSONReader(buffer, position: at)
                do { try part.decoder.decodeRelation(&element) } catch {
                    part.failed = true
                    return part
                }
                guard part.decoder.problems.isEmpty else {
                    part.failed = true
                    return part
                }
                element.skipWhitespace()
                at = element.position
                guard at < buffer.count else {
                    part.failed = true
                    return part
                }
                if buffer[at] == UInt8(ascii: "]") {
                    (part.stop, part.ended) = (at + 1, true)
                    return part
                }
                guard buffer[at] == UInt8(ascii: ",") else {
                    part.failed = true
                    return part
                }
                at = GraphDecoder.skipSpace(buffer, from: at + 1)
                if at >= limit {
                    part.stop = at
                    return part
                }
            }
        }
        let count = starts.count
        let slots = UnsafeMutablePointer<Part>.allocate(capacity: count)
        defer {
            slots.deinitialize(count: count)
            slots.deallocate()
        }
        nonisolated(unsafe) let shared = (slots: slots, starts: starts)
        nonisolated(unsafe) let decode = decodePart
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let limit = index + 1 < shared.starts.count ? shared.starts[index + 1] : Int.max
            (shared.slots + index).initialize(to: decode(shared.starts[index], limit))
        }
        let parts = UnsafeBufferPointer(start: slots, count: count)
        for index in parts.indices {
            let part = parts[index]
            let joined = index + 1 < count ? !part.ended && part.stop == starts[index + 1] : part.ended
            guard !part.failed, joined else { return false }
        }
        for part in parts { absorb(part.decoder, lineOffset: 0) }
        reader.endArray(at: parts[count - 1].stop)
        return true
    }

    /// The start of the first relation after `offset`, guessed: a `{` after a `,` whose first key names no
    /// evidence field (evidence lists are the other arrays of objects in a relations array).
    static func guessRelationStart(_ buffer: UnsafeBufferPointer<UInt8>, after offset: Int) -> Int? {
        func skipSpace(_ from: Int) -> Int { GraphDecoder.skipSpace(buffer, from: from) }
        var i = offset
        while i < buffer.count {
            defer { i += 1 }
            guard buffer[i] == UInt8(ascii: ","), case let brace = skipSpace(i + 1), brace < buffer.count,
                buffer[brace] == UInt8(ascii: "{")
            else { continue }
            let quote = skipSpace(brace + 1)
            guard quote < buffer.count, buffer[quote] == UInt8(ascii: "\"") else { continue }
            var end = quote + 1
            while end < buffer.count, buffer[end] != UInt8(ascii: "\""), end - quote < 32 { end += 1 }
            let key = String(decoding: UnsafeBufferPointer(rebasing: buffer[quote + 1..<min(end, buffer.count)]), as: UTF8.self)
            if !GraphDecoder.evidenceKeys.contains(key) { return brace }
        }
        return nil
    }

    /// The first offset from `offset` on that is not JSON white space (as ``JSONReader`` skips it).
    static func skipSpace(_ buffer: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        var reader = JSONReader(buffer, position: offset)
        reader.skipWhitespace()
        return reader.position
    }

    /// The fields of a piece of evidence, which never start a relation.
    static let evidenceKeys: Set<String> = [
        "document", "sentence", "sentenceRange", "sourceMention", "sourceRange", "targetMention", "targetRange", "rule",
        "modality", "attributedTo", "date", "validFrom", "validTo", "score",
    ]

    /// Appends what another decoder read from a later part of the same JSON Lines input,
    /// whose line numbers start after `lineOffset` lines.
    mutating func absorb(_ other: GraphDecoder, lineOffset: Int) {
        func shifted(_ position: Position) -> Position {
            guard case .location(let location) = position else { return position }
            return .location(SourceLocation(line: location.line + lineOffset, column: location.column))
        }
        for (index, document) in other.documents.enumerated() {
            if seenDocuments.insert(document.id).inserted {
                documents.append(document)
                documentStarts.append(shifted(other.documentStarts[index]))
            } else {
                report(.integrity, "duplicate document id \"\(document.id)\"", at: shifted(other.documentStarts[index]))
            }
        }
        for (index, actor) in other.actors.enumerated() {
            if seenActors.insert(actor.id).inserted {
                actors.append(actor)
                actorStarts.append(shifted(other.actorStarts[index]))
            } else {
                report(.integrity, "duplicate actor id \"\(actor.id)\"", at: shifted(other.actorStarts[index]))
            }
        }
        if relations.isEmpty { relations = other.relations } else { relations.append(contentsOf: other.relations) }
        relationStarts.append(contentsOf: other.relationStarts.map(shifted))
        pendingActorRefs.append(contentsOf: other.pendingActorRefs.map { ($0.id, shifted($0.position), $0.what) })
        pendingDocumentRefs.append(contentsOf: other.pendingDocumentRefs.map { ($0.id, shifted($0.position)) })
        for (id, position) in other.partOfOffsets { partOfOffsets[id] = shifted(position) }
        partOfParents.merge(other.partOfParents) { _, later in later }
        for (position, problem) in other.problems where problems.count < GraphDecoder.problemLimit {
            var moved = problem
            let position = shifted(position)
            if case .location(let location) = position { moved.location = location }
            problems.append((position, moved))
        }
    }

    // MARK: Streaming

    /// Hands over the records decoded since the last call, in the order they were read,
    /// and forgets them, so a stream of records is decoded in bounded memory.
    /// Only the ids of documents and actors stay, for the reference checks of ``finishStream()``.
    mutating func takeRecords() -> [GraphRecord] {
        var records: [GraphRecord] = []
        records.reserveCapacity(documents.count + actors.count + relations.count)
        records += documents.lazy.map(GraphRecord.document)
        records += actors.lazy.map(GraphRecord.actor)
        records += relations.lazy.map(GraphRecord.relation)
        documents.removeAll(keepingCapacity: true)
        documentStarts.removeAll(keepingCapacity: true)
        actors.removeAll(keepingCapacity: true)
        actorStarts.removeAll(keepingCapacity: true)
        relations.removeAll(keepingCapacity: true)
        relationStarts.removeAll(keepingCapacity: true)
        return records
    }

    /// Hands over the relations decoded since the last call and forgets them with their pending
    /// reference checks, for a caller that checks references itself (``GraphDigest``).
    mutating func takeRelations() -> [Relation] {
        defer {
            relations.removeAll(keepingCapacity: true)
            relationStarts.removeAll(keepingCapacity: true)
            pendingActorRefs.removeAll(keepingCapacity: true)
            pendingDocumentRefs.removeAll(keepingCapacity: true)
        }
        return relations
    }

    /// Ends a stream of records: reports references to actors and documents the stream never held.
    mutating func finishStream() {
        for (id, position, what) in pendingActorRefs where !seenActors.contains(id) {
            report(.integrity, "\(what) \"\(id)\" is not an actor of this graph", at: position)
        }
        for (id, position) in pendingDocumentRefs where !seenDocuments.contains(id) {
            report(.integrity, "evidence document \"\(id)\" is not a document of this graph", at: position)
        }
        for (id, position) in partOfOffsets.sorted(by: { $0.key < $1.key }) {
            guard let parent = partOfParents[id], !seenActors.contains(parent) else { continue }
            report(.integrity, "partOf \"\(parent)\" of \"\(id)\" is not an actor of this graph", at: position)
        }
        pendingActorRefs = []
        pendingDocumentRefs = []
    }

    // MARK: Integrity

    /// Builds the graph, then reports duplicate relations, references to missing
    /// actors and documents, and `partOf` cycles.
    mutating func finish() {
        // Canonical files list relations in strictly ascending key order: then there
        // is nothing to sort and no duplicate. Otherwise sort positions by key and
        // report equal neighbours.
        var unique: [Relation]
        if zip(relations, relations.dropFirst()).allSatisfy({ $0.key < $1.key }) {
            unique = relations
        } else {
            let order = relations.indices.sorted {
                relations[$0].key < relations[$1].key || (relations[$0].key == relations[$1].key && $0 < $1)
            }
            unique = []
            unique.reserveCapacity(relations.count)
            for index in order {
                if let last = unique.last, last.key == relations[index].key {
                    report(.integrity, "duplicate relation \(last.key); merge its evidence into one relation", at: relationStarts[index])
                    unique[unique.count - 1] = last.merged(with: relations[index])
                } else {
                    unique.append(relations[index])
                }
            }
        }
        relations = []
        relationStarts = []
        graph = Graph(uniqueDocuments: documents, uniqueActors: actors, uniqueRelations: unique)
        documents = []
        documentStarts = []
        actors = []
        actorStarts = []
        for (id, position, what) in pendingActorRefs where graph.actors[id] == nil {
            report(.integrity, "\(what) \"\(id)\" is not an actor of this graph", at: position)
        }
        for (id, position) in pendingDocumentRefs where graph.documents[id] == nil {
            report(.integrity, "evidence document \"\(id)\" is not a document of this graph", at: position)
        }
        for (id, offset) in partOfOffsets.sorted(by: { $0.key < $1.key }) {
            guard let parent = graph.actors[id]?.partOf else { continue }
            if graph.actors[parent] == nil {
                report(.integrity, "partOf \"\(parent)\" of \"\(id)\" is not an actor of this graph", at: offset)
                continue
            }
            var seen: Set<Actor.ID> = [id]
            var current = parent
            while let next = graph.actors[current]?.partOf, graph.actors[next] != nil {
                if next == id {
                    report(.integrity, "partOf cycle: \"\(id)\" is part of itself through \"\(parent)\"", at: offset)
                    break
                }
                guard seen.insert(current).inserted else { break }
                current = next
            }
            if parent == id { report(.integrity, "actor \"\(id)\" is partOf itself", at: offset) }
        }
    }

    // MARK: Field helpers

    /// Which of three required keys an object had, without allocating.
    struct FieldSet {
        let names: (String, String, String)
        private var bits: UInt8 = 0

        init(_ first: String, _ second: String, _ third: String) { names = (first, second, third) }

        mutating func insert(_ key: String) {
            if key == names.0 { bits |= 1 } else if key == names.1 { bits |= 2 } else if key == names.2 { bits |= 4 }
        }

        func contains(_ key: String) -> Bool {
            if key == names.0 { return bits & 1 != 0 }
            if key == names.1 { return bits & 2 != 0 }
            if key == names.2 { return bits & 4 != 0 }
            return false
        }
    }

    /// Enters an object, or reports what was found instead and skips it.
    private mutating func beginObject(_ reader: inout JSONReader, what: String) throws(JSONReader.SyntaxError) -> Bool {
        let offset = reader.valueOffset()
        let kind = try reader.peekKind()
        guard kind == .object else {
            report(.schema, "expected \(what) as an object, found \(kind.phrase)", at: offset)
            try reader.skipValue()
            return false
        }
        try reader.beginObject()
        return true
    }

    /// Enters an array; `null` counts as empty; anything else is reported and skipped.
    private mutating func beginArray(_ reader: inout JSONReader, of what: String) throws(JSONReader.SyntaxError) -> Bool {
        let offset = reader.valueOffset()
        let kind = try reader.peekKind()
        if kind == .null { try reader.readNull(); return false }
        guard kind == .array else {
            report(.schema, "expected \(what) as an array, found \(kind.phrase)", at: offset)
            try reader.skipValue()
            return false
        }
        try reader.beginArray()
        return true
    }

    private mutating func unknown(_ key: String, at offset: Int, in what: String, _ reader: inout JSONReader) throws(JSONReader.SyntaxError)
    {
        if !(key.hasPrefix("x-") || key.hasPrefix("_")) {
            report(.schema, "unknown field \"\(key)\" in \(what) (extension fields start with \"x-\")", at: offset)
        }
        try reader.skipValue()
    }

    /// Reports a value of the wrong kind and skips it; returns whether the next value is `kind`.
    private mutating func expectKind(_ reader: inout JSONReader, _ what: String, _ kind: JSONReader.Kind, nullable: Bool) throws(JSONReader
        .SyntaxError) -> Bool
    {
        let offset = reader.valueOffset()
        let found = try reader.peekKind()
        if found == kind { return true }
        if nullable, found == .null { try reader.readNull(); return false }
        report(.schema, "expected \(what) as \(kind.phrase), found \(found.phrase)", at: offset)
        try reader.skipValue()
        return false
    }

    private mutating func string(_ reader: inout JSONReader, _ what: String) throws(JSONReader.SyntaxError) -> String? {
        try expectKind(&reader, what, .string, nullable: false) ? try reader.readString() : nil
    }

    private mutating func optionalString(_ reader: inout JSONReader, _ what: String) throws(JSONReader.SyntaxError) -> String? {
        try expectKind(&reader, what, .string, nullable: true) ? try reader.readString() : nil
    }

    private mutating func nonEmptyString(_ reader: inout JSONReader, _ what: String) throws(JSONReader.SyntaxError) -> String? {
        let offset = reader.valueOffset()
        guard let text = try string(&reader, what) else { return nil }
        if text.isEmpty { report(.schema, "\(what) is empty; expected a non-empty string", at: offset); return nil }
        return text
    }

    private mutating func double(_ reader: inout JSONReader, _ what: String) throws(JSONReader.SyntaxError) -> Double? {
        try expectKind(&reader, what, .number, nullable: false) ? try reader.readNumber() : nil
    }

    private mutating func probability(_ reader: inout JSONReader, _ what: String) throws(JSONReader.SyntaxError) -> Double? {
        let offset = reader.valueOffset()
        guard let value = try double(&reader, what) else { return nil }
        guard value >= 0, value <= 1 else {
            report(.schema, "expected \(what) as a probability from 0 to 1, found \(value)", at: offset)
            return nil
        }
        return value
    }

    private mutating func int(_ reader: inout JSONReader, _ what: String) throws(JSONReader.SyntaxError) -> Int? {
        let offset = reader.valueOffset()
        guard let value = try double(&reader, what) else { return nil }
        guard value == value.rounded(), abs(value) < 1e15 else {
            report(.schema, "expected \(what) as a whole number, found \(value)", at: offset)
            return nil
        }
        return Int(value)
    }

    private mutating func optionalDay(_ reader: inout JSONReader, _ what: String) throws(JSONReader.SyntaxError) -> Day? {
        let offset = reader.valueOffset()
        guard let text = try optionalString(&reader, what) else { return nil }
        guard let day = Day(text) else {
            report(.schema, "\(what) \"\(text)\" is not a valid date; expected YYYY-MM-DD", at: offset)
            return nil
        }
        return day
    }

    /// Reads a string and maps it with `parse`; unknown values are reported with the accepted ones.
    private mutating func enumValue<T>(
        _ reader: inout JSONReader, _ what: String, accepted: @autoclosure () -> [String], _ parse: (String) -> T?
    ) throws(JSONReader.SyntaxError) -> T? {
        let offset = reader.valueOffset()
        guard let text = try string(&reader, what) else { return nil }
        guard let value = parse(text) else {
            report(.schema, "unknown \(what) \"\(text)\"; expected one of \(accepted().joined(separator: ", "))", at: offset)
            return nil
        }
        return value
    }

    private mutating func relationType(_ reader: inout JSONReader) throws(JSONReader.SyntaxError) -> RelationType? {
        try enumValue(&reader, "relation type", accepted: RelationType.allCases.map(\.rawValue)) { RelationType(rawValue: $0) }
    }

    private mutating func readModality(_ reader: inout JSONReader) throws(JSONReader.SyntaxError) -> Modality? {
        try enumValue(&reader, "modality", accepted: Modality.allCases.map(\.rawValue)) { Modality(rawValue: $0) }
    }

    private mutating func actorKind(_ reader: inout JSONReader) throws(JSONReader.SyntaxError) -> ActorKind? {
        try enumValue(&reader, "actor kind", accepted: ActorKind.allCases.map(\.rawValue)) { ActorKind(rawValue: $0) }
    }

    private mutating func stringArray(_ reader: inout JSONReader, _ what: String) throws(JSONReader.SyntaxError) -> [String] {
        var result: [String] = []
        guard try beginArray(&reader, of: what) else { return [] }
        while try reader.nextElement() {
            if let text = try string(&reader, "an element of \(what)") { result.append(text) }
        }
        return result
    }

    private mutating func range(_ reader: inout JSONReader, _ what: String) throws(JSONReader.SyntaxError) -> TextRange? {
        let offset = reader.valueOffset()
        var values: [Int] = []
        if try beginArray(&reader, of: what) {
            while try reader.nextElement() {
                if let value = try int(&reader, "an offset in \(what)") { values.append(value) }
            }
        }
        guard values.count == 2, values[0] >= 0, values[1] >= values[0] else {
            report(.schema, "\(what) must be [start, end] with 0 <= start <= end", at: offset)
            return nil
        }
        return TextRange(start: values[0], end: values[1])
    }
}
