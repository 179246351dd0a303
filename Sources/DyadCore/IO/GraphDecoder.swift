/// Decodes graph documents (JSON or JSON Lines) into a ``Graph``, collecting every located problem.
///
/// Decoding goes on after a wrong type or an unknown field, so one run
/// reports as many problems as it can; a syntax error ends it.
struct GraphDecoder {
    /// Decoding state shared by the record decoders.
    private(set) var graph = Graph()
    /// Where a problem is: a byte offset in the whole input, or an already resolved location.
    enum Position {
        case offset(Int)
        case location(SourceLocation)
    }

    var problems: [(position: Position, problem: GraphFileError.Problem)] = []
    private var pendingActorRefs: [(id: String, position: Position, what: String)] = []
    private var pendingDocumentRefs: [(id: String, position: Position)] = []
    private var partOfOffsets: [Actor.ID: Position] = [:]
    /// The 1-based line being decoded in JSON Lines mode; offsets are then relative to that line.
    var currentLine: Int?
    private var actorOffsets: [Actor.ID: Int] = [:]
    private var seenDocuments: Set<String> = []
    private var seenRelations: Set<RelationKey> = []
    /// How many problems are kept before decoding stops listing them.
    static let problemLimit = 100

    var hasTooManyProblems: Bool { problems.count >= GraphDecoder.problemLimit }

    mutating func report(_ code: GraphFileError.Code, _ message: String, at offset: Int) {
        guard problems.count < GraphDecoder.problemLimit else { return }
        problems.append((.offset(offset), GraphFileError.Problem(code: code, message: message)))
    }

    mutating func report(_ code: GraphFileError.Code, _ message: String, at position: Position) {
        guard problems.count < GraphDecoder.problemLimit else { return }
        problems.append((position, GraphFileError.Problem(code: code, message: message)))
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
        let start = reader.valueOffset()
        guard try reader.peekKind() == .object else {
            report(.schema, "expected a graph document (an object with documents, actors and relations), found \(try reader.peekKind().phrase)", at: start)
            try reader.skipValue()
            return
        }
        try reader.beginObject()
        while let (key, offset) = try reader.nextKey() {
            switch key {
            case "version": try decodeVersion(&reader)
            case "documents": try decodeArray(&reader, of: "documents") { (r: inout JSONReader, d: inout GraphDecoder) throws(JSONReader.SyntaxError) in try d.decodeDocumentRecord(&r) }
            case "actors": try decodeArray(&reader, of: "actors") { (r: inout JSONReader, d: inout GraphDecoder) throws(JSONReader.SyntaxError) in try d.decodeActor(&r) }
            case "relations": try decodeArray(&reader, of: "relations") { (r: inout JSONReader, d: inout GraphDecoder) throws(JSONReader.SyntaxError) in try d.decodeRelation(&r) }
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
            } else {
                try probe.skipValue()
            }
        }
        switch recordType {
        case "graph":
            try decodeObject(&reader, what: "graph header") { (key, _, r: inout JSONReader, d: inout GraphDecoder) throws(JSONReader.SyntaxError) in
                switch key {
                case "record": try r.skipValue()
                case "version": try d.decodeVersion(&r)
                default: return false
                }
                return true
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
        var id: String?, title: String?, source: String?, published: Day?
        let ok = try decodeObject(&reader, what: "document") { (key, _, r: inout JSONReader, d: inout GraphDecoder) throws(JSONReader.SyntaxError) in
            switch key {
            case "record" where isRecord: try r.skipValue()
            case "id": id = try d.nonEmptyString(&r, "document id")
            case "title": title = try d.optionalString(&r, "title")
            case "source": source = try d.optionalString(&r, "source")
            case "published": published = try d.optionalDay(&r, "published")
            default: return false
            }
            return true
        }
        guard ok else { return }
        guard let id else { return report(.schema, "document is missing its \"id\" (a string)", at: start) }
        if !seenDocuments.insert(id).inserted {
            report(.integrity, "duplicate document id \"\(id)\"", at: start)
        }
        graph.add(Document(id: id, title: title, source: source, published: published))
    }

    mutating func decodeActor(_ reader: inout JSONReader, isRecord: Bool = false) throws(JSONReader.SyntaxError) {
        let start = reader.valueOffset()
        var id: String?, name: String?, kind: ActorKind?, aliases: [String] = [], partOf: String?, roles: [Role] = []
        var partOfOffset = 0
        let ok = try decodeObject(&reader, what: "actor") { (key, _, r: inout JSONReader, d: inout GraphDecoder) throws(JSONReader.SyntaxError) in
            switch key {
            case "record" where isRecord: try r.skipValue()
            case "id": id = try d.nonEmptyString(&r, "actor id")
            case "name": name = try d.nonEmptyString(&r, "actor name")
            case "kind":
                let offset = r.valueOffset()
                if let text = try d.nonEmptyString(&r, "kind") {
                    kind = ActorKind(rawValue: text)
                    if kind == nil {
                        d.report(.schema, "unknown actor kind \"\(text)\"; expected one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))", at: offset)
                    }
                }
            case "aliases": aliases = try d.stringArray(&r, "aliases")
            case "partOf":
                partOfOffset = r.valueOffset()
                partOf = try d.optionalString(&r, "partOf")
            case "roles": roles = try d.decodeRoles(&r)
            default: return false
            }
            return true
        }
        guard ok else { return }
        guard let id else { return report(.schema, "actor is missing its \"id\" (a string)", at: start) }
        if actorOffsets[id] != nil {
            report(.integrity, "duplicate actor id \"\(id)\"", at: start)
        }
        actorOffsets[id] = start
        if partOf != nil { partOfOffsets[id] = position(partOfOffset, in: reader) }
        for role in roles { pendingActorRefs.append((role.actor, position(start, in: reader), "role of \"\(id)\"")) }
        graph.add(Actor(id: id, name: name ?? id, kind: kind ?? .unknown, aliases: aliases, partOf: partOf, roles: roles))
    }

    private mutating func decodeRoles(_ reader: inout JSONReader) throws(JSONReader.SyntaxError) -> [Role] {
        var roles: [Role] = []
        try decodeArray(&reader, of: "roles") { (r: inout JSONReader, d: inout GraphDecoder) throws(JSONReader.SyntaxError) in
            let start = r.valueOffset()
            var title: String?, actor: String?, from: Day?, to: Day?
            let ok = try d.decodeObject(&r, what: "role") { (key, _, r: inout JSONReader, d: inout GraphDecoder) throws(JSONReader.SyntaxError) in
                switch key {
                case "title": title = try d.nonEmptyString(&r, "role title")
                case "of": actor = try d.nonEmptyString(&r, "role's actor")
                case "from": from = try d.optionalDay(&r, "from")
                case "to": to = try d.optionalDay(&r, "to")
                default: return false
                }
                return true
            }
            guard ok else { return }
            guard let actor else { return d.report(.schema, "role is missing \"of\" (the id of the actor it acts for)", at: start) }
            if let from, let to, to < from { d.report(.schema, "role ends (\(to)) before it starts (\(from))", at: start) }
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
        let ok = try decodeObject(&reader, what: "relation") { (key, _, r: inout JSONReader, d: inout GraphDecoder) throws(JSONReader.SyntaxError) in
            switch key {
            case "record" where isRecord: try r.skipValue()
            case "source":
                sourceOffset = r.valueOffset()
                source = try d.nonEmptyString(&r, "source")
            case "target":
                targetOffset = r.valueOffset()
                target = try d.nonEmptyString(&r, "target")
            case "type": type = try d.enumValue(&r, "relation type")
            case "modality": modality = try d.enumValue(&r, "modality")
            case "confidence":
                let offset = r.valueOffset()
                if let value = try d.double(&r, "confidence") {
                    if (0...1).contains(value) { confidence = value } else { d.report(.schema, "confidence \(value) is outside 0...1", at: offset) }
                }
            case "firstSeen": firstSeen = try d.optionalDay(&r, "firstSeen")
            case "lastSeen": lastSeen = try d.optionalDay(&r, "lastSeen")
            case "validFrom": validFrom = try d.optionalDay(&r, "validFrom")
            case "validTo": validTo = try d.optionalDay(&r, "validTo")
            case "evidence":
                try d.decodeArray(&r, of: "evidence") { (r: inout JSONReader, d: inout GraphDecoder) throws(JSONReader.SyntaxError) in
                    if let item = try d.decodeEvidence(&r) { evidence.append(item) }
                }
            default: return false
            }
            return true
        }
        guard ok else { return }
        guard let source else { return report(.schema, "relation is missing its \"source\" (an actor id)", at: start) }
        guard let target else { return report(.schema, "relation is missing its \"target\" (an actor id)", at: start) }
        guard let type else { return report(.schema, "relation is missing its \"type\" (alliance, hostility, proxy or agreement)", at: start) }
        if actorOffsets[source] == nil { pendingActorRefs.append((source, position(sourceOffset, in: reader), "relation source")) }
        if actorOffsets[target] == nil { pendingActorRefs.append((target, position(targetOffset, in: reader), "relation target")) }
        if source == target { report(.integrity, "relation links \"\(source)\" to itself", at: start) }
        let key = RelationKey(source: source, type: type, target: target)
        if !seenRelations.insert(key).inserted {
            report(.integrity, "duplicate relation \(key); merge its evidence into one relation", at: start)
        }
        if evidence.isEmpty {
            graph.add(Relation(key: key, modality: modality ?? .asserted, confidence: confidence,
                               firstSeen: firstSeen, lastSeen: lastSeen, validFrom: validFrom, validTo: validTo))
        } else {
            graph.add(Relation(key: key, evidence: evidence))
        }
    }

    private mutating func decodeEvidence(_ reader: inout JSONReader) throws(JSONReader.SyntaxError) -> Evidence? {
        let start = reader.valueOffset()
        var document: String?, sentence: String?, rule: String?, modality: Modality?
        var item = Evidence(document: "", sentence: "", rule: "")
        var documentOffset = start
        let ok = try decodeObject(&reader, what: "evidence") { (key, _, r: inout JSONReader, d: inout GraphDecoder) throws(JSONReader.SyntaxError) in
            switch key {
            case "document":
                documentOffset = r.valueOffset()
                document = try d.nonEmptyString(&r, "evidence document")
            case "sentence": sentence = try d.string(&r, "sentence")
            case "rule": rule = try d.nonEmptyString(&r, "rule")
            case "modality": modality = try d.enumValue(&r, "modality")
            case "sentenceRange": item.sentenceRange = try d.range(&r, "sentenceRange")
            case "sourceRange": item.sourceRange = try d.range(&r, "sourceRange")
            case "targetRange": item.targetRange = try d.range(&r, "targetRange")
            case "sourceMention": item.sourceMention = try d.optionalString(&r, "sourceMention")
            case "targetMention": item.targetMention = try d.optionalString(&r, "targetMention")
            case "attributedTo": item.attributedTo = try d.optionalString(&r, "attributedTo")
            case "date": item.date = try d.optionalDay(&r, "date")
            case "validFrom": item.validFrom = try d.optionalDay(&r, "validFrom")
            case "validTo": item.validTo = try d.optionalDay(&r, "validTo")
            default: return false
            }
            return true
        }
        guard ok else { return nil }
        guard let document else { report(.schema, "evidence is missing its \"document\" (a document id)", at: start); return nil }
        guard let sentence else { report(.schema, "evidence is missing its \"sentence\" (a string)", at: start); return nil }
        guard let rule else { report(.schema, "evidence is missing its \"rule\" (a string)", at: start); return nil }
        if !seenDocuments.contains(document) { pendingDocumentRefs.append((document, position(documentOffset, in: reader))) }
        item.document = document
        item.sentence = sentence
        item.rule = rule
        item.modality = modality ?? .asserted
        return item
    }

    // MARK: Integrity

    /// Reports references to missing actors and documents and `partOf` cycles.
    mutating func finish() {
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
        graph.canonicalize()
    }

    // MARK: Field helpers

    /// Walks an object, handing each key to `member`; unknown keys (where it returns false) are reported.
    /// Returns false when the value was not an object.
    @discardableResult
    mutating func decodeObject(
        _ reader: inout JSONReader, what: String,
        _ member: (String, Int, inout JSONReader, inout GraphDecoder) throws(JSONReader.SyntaxError) -> Bool
    ) throws(JSONReader.SyntaxError) -> Bool {
        let offset = reader.valueOffset()
        let kind = try reader.peekKind()
        guard kind == .object else {
            report(.schema, "expected \(what) as an object, found \(kind.phrase)", at: offset)
            try reader.skipValue()
            return false
        }
        try reader.beginObject()
        while let (key, keyOffset) = try reader.nextKey() {
            if try !member(key, keyOffset, &reader, &self) {
                try unknown(key, at: keyOffset, in: what, &reader)
            }
        }
        return true
    }

    mutating func decodeArray(
        _ reader: inout JSONReader, of what: String,
        _ element: (inout JSONReader, inout GraphDecoder) throws(JSONReader.SyntaxError) -> Void
    ) throws(JSONReader.SyntaxError) {
        let offset = reader.valueOffset()
        let kind = try reader.peekKind()
        if kind == .null { try reader.readNull(); return }
        guard kind == .array else {
            report(.schema, "expected \(what) as an array, found \(kind.phrase)", at: offset)
            try reader.skipValue()
            return
        }
        try reader.beginArray()
        while try reader.nextElement() { try element(&reader, &self) }
    }

    private mutating func unknown(_ key: String, at offset: Int, in what: String, _ reader: inout JSONReader) throws(JSONReader.SyntaxError) {
        if !(key.hasPrefix("x-") || key.hasPrefix("_")) {
            report(.schema, "unknown field \"\(key)\" in \(what) (extension fields start with \"x-\")", at: offset)
        }
        try reader.skipValue()
    }

    private mutating func typed<T>(_ reader: inout JSONReader, _ what: String, _ kind: JSONReader.Kind, nullable: Bool,
                                   _ read: (inout JSONReader) throws(JSONReader.SyntaxError) -> T) throws(JSONReader.SyntaxError) -> T? {
        let offset = reader.valueOffset()
        let found = try reader.peekKind()
        if found == kind { return try read(&reader) }
        if nullable, found == .null { try reader.readNull(); return nil }
        report(.schema, "expected \(what) as \(kind.phrase), found \(found.phrase)", at: offset)
        try reader.skipValue()
        return nil
    }

    mutating func string(_ reader: inout JSONReader, _ what: String) throws(JSONReader.SyntaxError) -> String? {
        try typed(&reader, what, .string, nullable: false) { (r: inout JSONReader) throws(JSONReader.SyntaxError) in try r.readString() }
    }

    mutating func optionalString(_ reader: inout JSONReader, _ what: String) throws(JSONReader.SyntaxError) -> String? {
        try typed(&reader, what, .string, nullable: true) { (r: inout JSONReader) throws(JSONReader.SyntaxError) in try r.readString() }
    }

    mutating func nonEmptyString(_ reader: inout JSONReader, _ what: String) throws(JSONReader.SyntaxError) -> String? {
        let offset = reader.valueOffset()
        guard let text = try string(&reader, what) else { return nil }
        if text.isEmpty { report(.schema, "\(what) is empty; expected a non-empty string", at: offset); return nil }
        return text
    }

    mutating func double(_ reader: inout JSONReader, _ what: String) throws(JSONReader.SyntaxError) -> Double? {
        try typed(&reader, what, .number, nullable: false) { (r: inout JSONReader) throws(JSONReader.SyntaxError) in try r.readNumber() }
    }

    mutating func int(_ reader: inout JSONReader, _ what: String) throws(JSONReader.SyntaxError) -> Int? {
        let offset = reader.valueOffset()
        guard let value = try double(&reader, what) else { return nil }
        guard value == value.rounded(), abs(value) < 1e15 else {
            report(.schema, "expected \(what) as a whole number, found \(value)", at: offset)
            return nil
        }
        return Int(value)
    }

    mutating func optionalDay(_ reader: inout JSONReader, _ what: String) throws(JSONReader.SyntaxError) -> Day? {
        let offset = reader.valueOffset()
        guard let text = try optionalString(&reader, what) else { return nil }
        guard let day = Day(text) else {
            report(.schema, "\(what) \"\(text)\" is not a valid date; expected YYYY-MM-DD", at: offset)
            return nil
        }
        return day
    }

    mutating func enumValue<T: RawRepresentable & CaseIterable>(_ reader: inout JSONReader, _ what: String) throws(JSONReader.SyntaxError) -> T? where T.RawValue == String {
        let offset = reader.valueOffset()
        guard let text = try string(&reader, what) else { return nil }
        guard let value = T(rawValue: text) else {
            report(.schema, "unknown \(what) \"\(text)\"; expected one of \(T.allCases.map(\.rawValue).joined(separator: ", "))", at: offset)
            return nil
        }
        return value
    }

    mutating func stringArray(_ reader: inout JSONReader, _ what: String) throws(JSONReader.SyntaxError) -> [String] {
        var result: [String] = []
        try decodeArray(&reader, of: what) { (r: inout JSONReader, d: inout GraphDecoder) throws(JSONReader.SyntaxError) in
            if let text = try d.string(&r, "an element of \(what)") { result.append(text) }
        }
        return result
    }

    mutating func range(_ reader: inout JSONReader, _ what: String) throws(JSONReader.SyntaxError) -> TextRange? {
        let offset = reader.valueOffset()
        var values: [Int] = []
        try decodeArray(&reader, of: what) { (r: inout JSONReader, d: inout GraphDecoder) throws(JSONReader.SyntaxError) in
            if let value = try d.int(&r, "an offset in \(what)") { values.append(value) }
        }
        guard values.count == 2, values[0] >= 0, values[1] >= values[0] else {
            report(.schema, "\(what) must be [start, end] with 0 <= start <= end", at: offset)
            return nil
        }
        return TextRange(start: values[0], end: values[1])
    }
}
