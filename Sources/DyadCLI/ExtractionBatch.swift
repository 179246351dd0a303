import DyadCore
import DyadExtraction
import Foundation

/// Documents waiting to be extracted together on all cores, then added to a graph in input order
/// and forgotten, so a streamed corpus costs one batch of memory, not the whole corpus.
///
/// Documents and actors go into the graph batch by batch; evidence collects by relation key and
/// becomes relations once, in ``finish(into:)``: adding evidence one piece at a time would
/// re-sort a relation's evidence for each piece, which grows with the square of the corpus.
/// The graph is the same either way (evidence is a set).
struct ExtractionBatch {
    /// How many documents make a full batch (enough to keep every core busy between batches).
    static let documentLimit = 512
    /// How many bytes of text make a full batch.
    static let byteLimit = 16 << 20

    let extractor: Extractor
    let learnAliases: Bool
    let explain: Bool
    /// Whether evidence is kept as positions in the documents' texts (``SpanEvidence``) and the relations come out of
    /// ``finishSpanRelations(with:)``, not as ``Evidence`` out of ``finish(into:)`` or ``finishRelations(with:)``.
    let spans: Bool
    private var inputs: [DocumentInput] = []
    private var publishedTo: [Day?] = []
    private var bytes = 0
    /// Evidence extracted so far, per relation in the order first seen, in extraction order.
    private var collected: [(key: RelationKey, value: [Evidence])] = []
    /// With ``spans``, what ``collected`` holds otherwise: the evidence per relation, as positions in ``texts``.
    private var collectedSpans: [(key: RelationKey, value: [SpanEvidence])] = []
    /// With ``spans``, the documents' texts and ids by number, in input order.
    private var texts: [[UInt8]] = []
    private var documentIDs: [String] = []
    /// With ``spans``, who evidence is attributed to, by number, and each one's number.
    private var speakers: [String] = []
    private var speakerNumbers: [String: Int32] = [:]
    private var lastSpeaker: (name: String, number: Int32)?
    /// Where each relation's evidence is in ``collected``, by its actors' numbers (``actorNumbers``) and type: hashing
    /// integers, where a table keyed by ``RelationKey`` would hash both ids again every time it grows.
    private var collectedIndex = IntegerIndex()
    /// The code of each entry of ``collected`` (see ``collect(_:)``), by position.
    private var collectedCodes: [UInt64] = []
    /// A number for each actor the text made met in a relation (see ``number(of:)``).
    private var actorNumbers: [Actor.ID: UInt64] = [:]
    /// Which of the pack's actors (by number) are in the graph as the pack describes them.
    private var packEntriesAdded: [Bool] = []
    /// The batch being extracted in the background (see ``start(into:)``) and its documents' `publishedTo`.
    private var inFlight: (Background<[DocumentExtraction]>, [Day?])?

    /// A batch; with `spans` (which `explain` excludes), evidence is kept as positions in the documents' texts until
    /// it is written (see ``finishSpanRelations(with:)``).
    init(extractor: Extractor, learnAliases: Bool, explain: Bool, spans: Bool = false) {
        var extractor = extractor
        // Each pack actor is added once, from the pack; learned aliases need every document's own actor values.
        extractor.packActorsByNumber = !learnAliases
        self.spans = spans && !explain
        extractor.spanEvidence = self.spans
        self.extractor = extractor
        self.learnAliases = learnAliases
        self.explain = explain
    }

    /// The number of documents waiting.
    var count: Int { inputs.count }

    /// Whether the batch should run before more documents are added.
    var isFull: Bool { inputs.count >= ExtractionBatch.documentLimit || bytes >= ExtractionBatch.byteLimit }

    /// Adds a document; `publishedTo` closes its publication range when its date is a month or a year.
    mutating func append(_ input: DocumentInput, publishedTo: Day?) {
        inputs.append(input)
        self.publishedTo.append(publishedTo)
        bytes += input.text.utf8.count
    }

    /// Extracts the waiting documents, adds their documents and actors to `graph` in input order,
    /// keeps their evidence for ``finish(into:)`` and empties the batch.
    mutating func run(into graph: inout Graph, progress: ProgressBar?) {
        drain(into: &graph)
        guard !inputs.isEmpty else { return }
        var callback: (@Sendable (Int) -> Void)?
        if let progress { callback = { progress.update($0) } }
        let results = extractor.extract(inputs, progress: callback)
        progress?.finish()
        add(results, publishedTo: publishedTo, into: &graph)
        inputs.removeAll(keepingCapacity: true)
        publishedTo.removeAll(keepingCapacity: true)
        bytes = 0
    }

    /// Starts extracting the waiting documents on the other threads and empties the batch; meanwhile the batch
    /// started before is awaited and added to `graph` (so reading the next documents and adding results overlap
    /// with extraction). ``drain(into:)`` adds the last one.
    mutating func start(into graph: inout Graph) {
        guard !inputs.isEmpty else { return drain(into: &graph) }
        let extractor = self.extractor, inputs = self.inputs
        let job = Background { extractor.extract(inputs, progress: nil) }
        drain(into: &graph)
        inFlight = (job, publishedTo)
        self.inputs = []
        publishedTo = []
        bytes = 0
    }

    /// Waits for the batch ``start(into:)`` started, if any, and adds it to `graph`.
    mutating func drain(into graph: inout Graph) {
        guard let (job, dates) = inFlight else { return }
        inFlight = nil
        // Taken, so this is the results' only reference and they are moved, not copied.
        add(job.take(), publishedTo: dates, into: &graph)
    }

    /// Adds extracted documents and their actors to `graph` in input order, and keeps their evidence.
    ///
    /// The results are taken apart, not copied: each piece of evidence moves into ``collected``.
    private mutating func add(_ results: consuming [DocumentExtraction], publishedTo: [Day?], into graph: inout Graph) {
        if explain { FileHandle.standardError.write(Data(ExtractionBatch.explanation(of: results).utf8)) }
        // Taken from the end after reversing: `popLast` moves an element out, where iterating would copy it. (A helper
        // handing each element to a closure lost that: the evidence arrays were copied again before being sorted.)
        results.reverse()
        var index = 0
        while var result = results.popLast() {
            result.document.publishedTo = publishedTo[index]
            index += 1
            graph.add(result.document)
            addActors(of: result, to: &graph)
            if spans {
                let document = Int32(texts.count)
                var text: [UInt8] = []
                swap(&text, &result.text)
                texts.append(text)
                documentIDs.append(result.document.id)
                // Read in place: iterating would copy (retain) each relation's ids.
                result.spanRelations.withUnsafeBufferPointer { relations in
                    for relation in relations.indices { collectSpan(relations[relation], document: document) }
                }
                continue
            }
            var relations: [ExtractedRelation] = []
            swap(&relations, &result.relations)
            // From the last, as taking each off the end did (each relation's evidence is sorted when the relation is
            // made, so the order does not matter); in place, so each one's evidence can be moved out.
            for index in relations.indices.reversed() { collect(&relations[index]) }
        }
    }

    /// What ``collect(_:)`` leaves in a relation whose evidence it takes.
    private static let noEvidence = Evidence(document: "", sentence: "", rule: "")

    /// Keeps a relation's evidence with the evidence collected for the same relation, moving it out of `relation`.
    private mutating func collect(_ relation: inout ExtractedRelation) {
        let (index, isNew) = position(
            source: relation.source, sourceEntry: relation.sourceEntry, type: relation.type, target: relation.target,
            targetEntry: relation.targetEntry)
        // Moved out (swapped for empty evidence), not read: a copy retained each of its strings, and freeing the
        // relation released them again.
        var evidence = ExtractionBatch.noEvidence
        swap(&evidence, &relation.evidence)
        if !isNew {
            collected[index].value.append(consume evidence)
        } else {
            var list: [Evidence] = []
            list.append(consume evidence)
            collected.append((RelationKey(source: relation.source, type: relation.type, target: relation.target), list))
        }
    }

    /// Keeps a relation's evidence (of document number `document`) with the evidence collected for the same relation.
    private mutating func collectSpan(_ relation: SpanExtractedRelation, document: Int32) {
        var evidence = relation.evidence
        evidence.document = document
        if let who = relation.attributedTo {
            // The pieces of a sentence share its speaker: the last one's number is reused without hashing.
            if let last = lastSpeaker, last.name == who {
                evidence.speaker = last.number
            } else if let known = speakerNumbers[who] {
                evidence.speaker = known
            } else {
                evidence.speaker = Int32(speakers.count)
                speakerNumbers[who] = evidence.speaker
                speakers.append(who)
            }
            lastSpeaker = (who, evidence.speaker)
        }
        let (index, isNew) = position(
            source: relation.source, sourceEntry: relation.sourceEntry, type: relation.type, target: relation.target,
            targetEntry: relation.targetEntry)
        guard isNew else { return collectedSpans[index].value.append(evidence) }
        // A pack actor's id from the pack (the relation names it by number only), read in place: reading it through the
        // array's subscript copied the whole entry.
        let (source, target) = extractor.pack.pack.actors.withUnsafeBufferPointer { actors in
            (
                relation.sourceEntry >= 0 ? actors[Int(relation.sourceEntry)].id : relation.source,
                relation.targetEntry >= 0 ? actors[Int(relation.targetEntry)].id : relation.target
            )
        }
        collectedSpans.append((RelationKey(source: source, type: relation.type, target: target), [evidence]))
    }

    /// Where a relation's evidence goes in ``collected`` (or ``collectedSpans``), and whether the relation is new
    /// there (then the caller appends it at that position).
    private mutating func position(
        source: Actor.ID, sourceEntry: Int32, type: RelationType, target: Actor.ID, targetEntry: Int32
    ) -> (index: Int, isNew: Bool) {
        // The pack's actors by their numbers in the pack; the text's own by numbers given here, above those.
        let sourceNumber = (0..<1 << 29).contains(sourceEntry) ? UInt64(sourceEntry) : number(of: source)
        let targetNumber = (0..<1 << 29).contains(targetEntry) ? UInt64(targetEntry) : number(of: target)
        // A symmetric relation is the same either way round.
        let (low, high) = type.isSymmetric && targetNumber < sourceNumber ? (targetNumber, sourceNumber) : (sourceNumber, targetNumber)
        let code = low << 34 | high << 4 | UInt64(RelationType.allCases.firstIndex(of: type) ?? 0)
        let (isNew, index) = collectedIndex.insert(code, collectedCodes.count)
        if isNew { collectedCodes.append(code) }
        return (index, isNew)
    }

    /// The number of an actor the text made (one the pack does not list), given on first sight: from 2^29 on,
    /// above every pack actor's number.
    private mutating func number(of id: Actor.ID) -> UInt64 {
        if let known = actorNumbers[id] { return known }
        let next = (1 << 29) + UInt64(actorNumbers.count)
        actorNumbers[id] = next
        return next
    }

    /// Adds a result's actors to `graph` as ``DocumentExtraction/actorsForGraph(learnAliases:)`` gives them.
    private mutating func addActors(of result: DocumentExtraction, to graph: inout Graph) {
        let actors = result.actors
        if actors.count < result.packEntries.count {
            // The pack's actors by number (each id one actor's, so no two merge): each from the pack, the first time.
            var made = 0
            for entry in result.packEntries {
                guard entry >= 0 else {
                    graph.add(actors[made])
                    made += 1
                    continue
                }
                while entry >= packEntriesAdded.count { packEntriesAdded.append(false) }
                if packEntriesAdded[Int(entry)] { continue }
                packEntriesAdded[Int(entry)] = true
                graph.add(extractor.pack.packActor(Int(entry)))
            }
            return
        }
        // Each id once (the actors come sorted by id) and no alias to add: straight in, with no look-up table. An actor
        // of the pack is the same value in every document, and adding it again would merge it to itself: once is enough.
        // The actors are read in place (through the buffer): iterating them would copy (retain) every field.
        let uniqueIDs = actors.withUnsafeBufferPointer { list in list.indices.dropFirst().allSatisfy { list[$0].id != list[$0 - 1].id } }
        if !learnAliases || result.learned.isEmpty, uniqueIDs {
            for index in actors.indices {
                let entry = index < result.packEntries.count ? Int(result.packEntries[index]) : -1
                if entry >= 0 {
                    while entry >= packEntriesAdded.count { packEntriesAdded.append(false) }
                    if packEntriesAdded[entry] { continue }
                    packEntriesAdded[entry] = true
                }
                graph.add(actors[index])
            }
            return
        }
        for actor in result.actorsForGraph(learnAliases: learnAliases) { graph.add(actor) }
    }

    /// The positions of ``collected`` (or ``collectedSpans``) in the order of their keys (the order a graph file lists
    /// relations in), by the ranks of the actors' numbers: each id is compared with others once, not once per
    /// relation, and no id is hashed.
    private func collectedOrder() -> [Int] {
        var textIDs = [Actor.ID](repeating: "", count: actorNumbers.count)
        for (id, number) in actorNumbers { textIDs[Int(number - (1 << 29))] = id }
        let pack = extractor.pack
        return CollectedOrder(
            rankOfPackActor: { pack.packIDRank($0) }, packID: { pack.pack.actors[$0].id }, packCount: pack.pack.actors.count,
            textIDs: textIDs
        ).order(of: collectedCodes)
    }

    /// Adds the evidence collected so far to `graph` as relations (one sort per relation, on all cores) and forgets it.
    mutating func finish(into graph: inout Graph) {
        // Into the graph in one piece: the keys differ (they were the evidence's keys).
        graph.add(uniqueRelations: finishRelations(with: &graph))
    }

    /// Adds the last documents and actors to `graph` and returns the relations of the evidence collected so far (one
    /// sort per relation, on all cores), each key once, and forgets it: what ``finish(into:)`` adds, for a command that
    /// writes them with the graph (``GraphFile/write(_:addingUnique:to:format:)``) without indexing them first.
    mutating func finishRelations(with graph: inout Graph) -> [Relation] {
        drain(into: &graph)
        // In the order a graph file lists them, so writing the graph finds them in order and need not rank them.
        if graph.relations.isEmpty, collected.count > 1 { collected.permute(by: collectedOrder()) }
        // Each relation sorts its evidence when it is made: on all cores, then all are added at once. Each part's
        // entries are handed over (not shared), so a relation takes the only reference to its evidence and sorts
        // it in place instead of copying every piece.
        let count = collected.count
        let parts = ExtractionBatch.parts(count)
        var chunks = Array(repeating: [(key: RelationKey, value: [Evidence])](), count: parts)
        // Moved out from the end (no copy of any evidence): each part holds its entries last first, and is taken
        // from its end again below, which gives them back in order.
        for part in (0..<parts).reversed() {
            let from = count * part / parts
            chunks[part].reserveCapacity(collected.count - from)
            while collected.count > from, let entry = collected.popLast() { chunks[part].append(entry) }
        }
        collected = []
        forgetNumbering()
        let handed = chunks.map { Locked($0) }
        chunks = []
        // Each part makes its relations straight into its own range of the one array (joining per-part arrays
        // copied every relation, retaining its ids and evidence, on one core).
        let made = [Relation](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let base = buffer.baseAddress
            _ = Parallel.map(count: parts, chunks: parts) { part in
                var entries = handed[part].withLock { entries in
                    defer { entries = [] }
                    return entries
                }
                guard let base else { return }
                var at = count * part / parts
                // Moved out in order (the part holds them last first): the relation gets the only reference to its
                // evidence and sorts it in place.
                while let entry = entries.popLast() {
                    (base + at).initialize(to: Relation(key: entry.key, evidence: entry.value))
                    at += 1
                }
            }
            initialized = count
        }
        return made
    }

    /// With ``spans``: adds the last documents and actors to `graph` (which has no relations) and returns the relations
    /// of the evidence collected, each key once, in the order a graph file lists them, each one's evidence sorted and
    /// without repeats (on all cores), for ``GraphFile/write(_:addingSpans:to:format:)``; and forgets them.
    mutating func finishSpanRelations(with graph: inout Graph) -> SpanRelations {
        precondition(spans, "a batch that keeps evidence as positions")
        drain(into: &graph)
        var relations = SpanRelations(texts: texts, documentIDs: documentIDs, ruleIDs: extractor.ruleIDs, speakers: speakers)
        let count = collectedSpans.count
        // In the order a graph file lists them, so writing the graph finds them in order and need not rank them.
        let order = collectedOrder()
        var keys: [RelationKey] = []
        var lists: [[SpanEvidence]] = []
        keys.reserveCapacity(count)
        lists.reserveCapacity(count)
        // Moved out in that order (swapped for empty values), through the buffer: a copy of each key retained both its
        // ids, and each subscript checked the array's uniqueness.
        collectedSpans.withUnsafeMutableBufferPointer { collected in
            for index in order {
                var key = RelationKey(source: "", type: .alliance, target: "")
                swap(&key, &collected[index].key)
                keys.append(consume key)
                var list: [SpanEvidence] = []
                swap(&list, &collected[index].value)
                lists.append(consume list)
            }
        }
        collectedSpans = []
        texts = []
        documentIDs = []
        speakers = []
        speakerNumbers = [:]
        lastSpeaker = nil
        forgetNumbering()
        // Each list sorted in place (the only reference to it is in `lists`), parts of them on all cores.
        var summaries = [EvidenceSummary](repeating: EvidenceSummary(), count: count)
        let parts = ExtractionBatch.parts(count)
        let context = relations
        lists.withUnsafeMutableBufferPointer { listBuffer in
            summaries.withUnsafeMutableBufferPointer { summaryBuffer in
                nonisolated(unsafe) let lists = listBuffer, summaries = summaryBuffer
                _ = Parallel.map(count: parts, chunks: parts) { part in
                    for index in (count * part / parts)..<(count * (part + 1) / parts) {
                        summaries[index] = context.prepare(&lists[index])
                    }
                }
            }
        }
        relations.setRelations(keys: keys, evidence: lists, summaries: summaries)
        return relations
    }

    /// Into how many parts `count` relations are split to be finished on all cores.
    private static func parts(_ count: Int) -> Int { max(1, min(count / 1024, ProcessInfo.processInfo.activeProcessorCount * 4)) }

    /// Forgets the relations' numbering (``collectedIndex``, ``collectedCodes``) and the text's actor numbers, once the
    /// collected evidence has been handed over.
    private mutating func forgetNumbering() {
        collectedIndex = IntegerIndex()
        collectedCodes = []
        actorNumbers = [:]
    }

    /// What `--explain` prints for some results: aliases learned, then each relation with its rule and tokens.
    static func explanation(of results: [DocumentExtraction]) -> String {
        var text = ""
        for result in results {
            for rule in result.stepLimitRules {
                text +=
                    "step limit: rule \(rule) gave up matching in [\(result.document.id)]; some of its matches may be missing "
                    + "(see `dyad rules check`)\n"
            }
            for alias in result.learned {
                text += "learned: \(alias.alias) → \(alias.known)\(alias.actor.map { " (\($0))" } ?? "")  [\(result.document.id)]\n"
            }
            for r in result.relations {
                let chain = RelationKey(source: r.source, type: r.type, target: r.target).text { $0 }
                var line = "\(r.evidence.rule): \(chain) [\(r.evidence.modality.rawValue)]"
                if let who = r.evidence.attributedTo { line += " says \(who)" }
                if let day = r.evidence.date { line += " @\(day)" }
                if let from = r.evidence.validFrom { line += " since \(from)" }
                line += "\n    matched: «\(r.matched)»  (\(r.evidence.sourceMention ?? "") / \(r.evidence.targetMention ?? ""))\n"
                text += line
            }
        }
        return text
    }
}
