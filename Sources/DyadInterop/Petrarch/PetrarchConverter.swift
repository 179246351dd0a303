import DyadCore
import DyadExtraction

/// Converts PETRARCH/TABARI dictionaries into a Dyad rule pack.
///
/// - Codes that name one body are identities: every non-person entry with such a code (`IGOUNO`,
///   `IMGMUSALQ`, a bare country) is one actor (the first entry's root name is its name, every
///   other name an alias); entries whose code ends in a sector (`ITAREB`, `AFGMIL`) are categories
///   shared by many groups, so each is an actor of its own. The kind comes from the code
///   through ``CAMEOMapping``: a bare country code is a `state`, `AFGGOV` a `government`
///   part of Afghanistan, `AFGMIL` a `military`, `IGO…` an `organisation`, `…REB` an `armed-group`.
/// - Persons are entries with dated codes or an elite sector: each dated code becomes a role
///   (`[AFGGOV >011222]` → `{title: government, of: afghanistan, from: 2001-12-22}`); the first
///   undated code makes the person `partOf` that actor. An open-ended role is closed the day
///   before a later holder of the same office starts (TABARI dictionaries leave them open).
/// - With a base pack (the bundled one, by default), an entry whose name the base pack knows
///   is that actor: its code maps to it, and it is not written again. Names another actor
///   already uses are dropped from the later one, so `dyad rules check` finds no conflict.
/// - Agents become cue lists (``CAMEOMapping/agents``); verbs, when given, word classes and
///   rules for the event codes the mapping gives a relation type.
public struct PetrarchConverter {
    /// The converted pack's parts.
    public struct Output: Sendable {
        /// Gazetteer entries.
        public var actors: [ActorEntry] = []
        /// Cue lists from agents.
        public var cues = CueLists()
        /// Word classes from verbs.
        public var wordClasses: [WordClass] = []
        /// Rules from verbs.
        public var rules: [RelationRule] = []
        /// What was converted and skipped.
        public var report = PetrarchReport()
    }

    /// The mapping of codes.
    public var mapping: CAMEOMapping
    /// The pack the result extends (names and ids it already uses), or `nil` for a standalone pack.
    public var base: RulePack?

    /// Creates a converter.
    public init(mapping: CAMEOMapping, base: RulePack?) {
        self.mapping = mapping
        self.base = base
    }

    /// A planned actor before names and ids are settled.
    private struct Planned {
        var code: String?
        var specific = false
        var kind: ActorKind
        var names: [String] = []
        var acronyms: [String] = []
        var dated: [PetrarchCode] = []
        var parentCode: String?
        var entry: PetrarchEntry
    }

    /// Converts dictionaries.
    /// - Parameters:
    ///   - actorFiles: Actor dictionaries: (path, text).
    ///   - agents: An agents dictionary, if any.
    ///   - verbs: A verbs dictionary, if any.
    public func convert(
        actorFiles: [(path: String, text: String)], agents: (path: String, text: String)? = nil,
        verbs: (path: String, text: String)? = nil
    ) -> Output {
        var output = Output()
        var planned: [Planned] = []
        var byCode: [String: Int] = [:]
        for file in actorFiles {
            let entries = PetrarchDictionary.actorEntries(file.text, file: file.path)
            output.report.entriesRead.append((file.path, entries.count))
            for entry in entries { plan(entry, into: &planned, byCode: &byCode, &output.report) }
        }
        settle(planned, into: &output)
        if let agents { convertAgents(agents, into: &output) }
        if let verbs { PetrarchVerbs(mapping: mapping).convert(verbs, into: &output) }
        return output
    }

    // MARK: Planning

    private func plan(_ entry: PetrarchEntry, into planned: inout [Planned], byCode: inout [String: Int], _ report: inout PetrarchReport) {
        let label = "\(entry.file):\(entry.line) \(entry.names.first ?? "")"
        for bad in entry.badCodes { report.skip(bad, label) }
        guard let firstCode = entry.codes.first else {
            if entry.badCodes.isEmpty { report.skip(.noCode, label) }
            return
        }
        var names: [String] = [], acronyms: [String] = []
        for raw in entry.names {
            let converted = PetrarchName.convert(raw)
            if converted.names.isEmpty, converted.acronyms.isEmpty { report.skip(.unusableName(raw), "\(entry.file):\(entry.line) \(raw)") }
            names += converted.names
            acronyms += converted.acronyms
        }
        // The code the entry has now: an undated one, else the latest open-ended one.
        let current =
            entry.codes.first { !$0.isDated }
            ?? entry.codes.filter { $0.to == nil }.max { ($0.from?.ordinal ?? Int.min) < ($1.from?.ordinal ?? Int.min) } ?? firstCode
        // A person has an elite code, or dated codes and a current code in a sector (`[AFGGOV >011222]`,
        // `[HOB <950601] [HOBREB >990816]`); dated codes that end in a bare country code are a place's or a
        // state's history (`[USRARM <900823] [ARM >911221]`).
        let isPerson =
            entry.codes.contains { sectorKind(of: $0) == .person }
            || (entry.codes.contains(where: \.isDated) && sectorKind(of: current) != nil)
        if isPerson {
            // Dictionaries often split one person over two entries (`CHAN_SARUN` and `CHAN_SARUN_`): join them.
            let personKey = "person:" + (names.first.map { NameNormalizer.fold($0) } ?? "")
            let existing = names.isEmpty ? nil : byCode[personKey]
            var person = existing.map { planned[$0] } ?? Planned(code: nil, kind: .person, names: [], acronyms: [], entry: entry)
            person.names += names
            person.acronyms += acronyms
            for code in entry.codes {
                if code.isDated {
                    person.dated.append(code)
                } else if person.parentCode == nil {
                    person.parentCode = code.code
                } else if code.code != person.parentCode {
                    report.skip(.secondUndatedCode, "\(label) [\(code.code)]")
                }
            }
            if let existing {
                planned[existing] = person
                report.mergedEntries += 1
            } else {
                if !names.isEmpty { byCode[personKey] = planned.count }
                planned.append(person)
            }
            return
        }
        for extra in entry.codes where extra.code != current.code && !extra.isDated {
            report.skip(.secondUndatedCode, "\(label) [\(extra.code)]")
        }
        let first = current
        // A code naming one body (`IGOUNO`, `IMGMUSALQ`, a bare country) is an identity; a code that ends in a
        // sector (`ITAREB`, `AFGMIL`) is a category that many different groups share.
        let specific = first.chunks.last.map { mapping.sectors[$0] == nil } ?? true
        if specific, let index = byCode[first.code] {
            planned[index].names += names
            planned[index].acronyms += acronyms
            report.mergedEntries += 1
            return
        }
        switch kind(of: first) {
        case .failure(let reason):
            report.skip(reason, label)
        case .success(let kind):
            if specific { byCode[first.code] = planned.count }
            planned.append(Planned(code: first.code, specific: specific, kind: kind, names: names, acronyms: acronyms, entry: entry))
        }
    }

    /// The kind of a non-person code.
    private func kind(of code: PetrarchCode) -> Result<ActorKind, PetrarchSkip> {
        if let entry = mapping.prefixes[code.prefix] {
            guard let kind = entry else { return .failure(.skippedPrefix(code.prefix)) }
            return .success(kind)
        }
        if mapping.regions.contains(code.prefix) {
            // A region alone is a place; a region with a sector is a group without a state.
            guard !code.chunks.isEmpty else { return .failure(.skippedPrefix(code.prefix)) }
            for chunk in code.chunks {
                switch mapping.sectors[chunk] {
                case .skip: return .failure(.skippedSector(chunk))
                case .actor(let kind, _): return .success(kind == .government || kind == .military ? .organisation : kind)
                case nil: continue
                }
            }
            return .success(.organisation)
        }
        if code.chunks.isEmpty {
            // A sector without a country (`[MED]`, `[ELI]`) says what, not whose.
            switch mapping.sectors[code.code] {
            case .skip: return .failure(.skippedSector(code.code))
            case .actor: return .failure(.unknownReference(code.code))
            case nil: return .success(.state)
            }
        }
        for chunk in code.chunks {
            switch mapping.sectors[chunk] {
            case .skip: return .failure(.skippedSector(chunk))
            case .actor(let kind, _): return .success(kind)
            case nil: continue
            }
        }
        return .success(.organisation)
    }

    private func sectorKind(of code: PetrarchCode) -> ActorKind? {
        if code.chunks.isEmpty, case .actor(let kind, _) = mapping.sectors[code.code] { return kind }
        for chunk in code.chunks {
            if case .actor(let kind, _) = mapping.sectors[chunk] { return kind }
            if mapping.sectors[chunk] == .skip { return nil }
        }
        return nil
    }

    private func title(of code: PetrarchCode) -> String {
        for chunk in code.chunks { if case .actor(_, let title) = mapping.sectors[chunk] { return title } }
        return "member"
    }

    // MARK: Settling names, ids and references

    private func settle(_ planned: [Planned], into output: inout Output) {
        var report = output.report
        // Names and ids the base pack already uses.
        var claimed: [String: String] = [:]
        var ids: Set<String> = []
        var parents: [String: String] = [:]
        for actor in base?.actors ?? [] {
            ids.insert(actor.id)
            if let parent = actor.partOf { parents[actor.id] = parent }
            for name in [actor.name] + actor.aliases + actor.capitals + actor.demonyms where claimed[NameNormalizer.fold(name)] == nil {
                claimed[NameNormalizer.fold(name)] = actor.id
            }
            for acronym in actor.acronyms where claimed["#" + acronym] == nil { claimed["#" + acronym] = actor.id }
        }
        func key(_ name: String, acronym: Bool) -> String { acronym ? "#" + name : NameNormalizer.fold(name) }
        var codeActor: [String: String] = [:]
        var entries: [(ActorEntry, Planned)] = []
        for item in planned {
            let label = "\(item.entry.file):\(item.entry.line) \(item.entry.names.first ?? "")"
            // The same actor as one of the base pack: map the code to it.
            if base != nil,
                let root = item.names.first.map({ key($0, acronym: false) }) ?? item.acronyms.first.map({ key($0, acronym: true) }),
                let existing = claimed[root], base?.actors.contains(where: { $0.id == existing }) == true
            {
                if let code = item.code, item.specific { codeActor[code] = existing; report.mappedToBase += 1 }
                report.skip(.inBasePack, label)
                continue
            }
            var names: [String] = [], acronyms: [String] = []
            var seen: Set<String> = []
            for (name, isAcronym) in item.names.map({ ($0, false) }) + item.acronyms.map({ ($0, true) }) {
                let k = key(name, acronym: isAcronym)
                guard seen.insert(k).inserted else { continue }
                if claimed[k] != nil {
                    report.skip(.nameTaken, "\(item.entry.file):\(item.entry.line) \(name)")
                    continue
                }
                if isAcronym { acronyms.append(name) } else { names.append(name) }
            }
            guard let display = names.first ?? acronyms.first else {
                report.skip(.allNamesTaken, label)
                continue
            }
            var id = Actor.slug(display)
            if ids.contains(id), let code = item.code { id = Actor.slug(display + " " + code) }
            if ids.contains(id) {
                var n = 2
                while ids.contains("\(id)-\(n)") { n += 1 }
                id = "\(id)-\(n)"
            }
            ids.insert(id)
            for name in names { claimed[key(name, acronym: false)] = id }
            for acronym in acronyms { claimed[key(acronym, acronym: true)] = id }
            if let code = item.code, item.specific { codeActor[code] = id }
            let entry = ActorEntry(id: id, name: display, kind: item.kind, aliases: Array(names.dropFirst()), acronyms: acronyms)
            entries.append((entry, item))
        }
        // The actor a code stands for: `shortest` for a role's state, the longest proper prefix for a parent.
        func resolve(_ code: String, shortest: Bool, proper: Bool) -> String? {
            let letters = Array(code)
            var lengths = Array(stride(from: 3, through: letters.count - (proper ? 3 : 0), by: 3))
            if !shortest { lengths.reverse() }
            for length in lengths { if let id = codeActor[String(letters[0..<length])] { return id } }
            return nil
        }
        var result: [ActorEntry] = []
        for (var entry, item) in entries {
            let label = "\(item.entry.file):\(item.entry.line) \(entry.name)"
            if item.kind == .person {
                if let parent = item.parentCode {
                    if let id = resolve(parent, shortest: true, proper: false) {
                        entry.partOf = id
                    } else {
                        report.skip(.unknownReference(parent), "\(label) [\(parent)]")
                    }
                }
                for code in item.dated {
                    guard let of = resolve(code.code, shortest: true, proper: false) else {
                        report.skip(.unknownReference(code.code), "\(label) [\(code.code)]")
                        continue
                    }
                    entry.roles.append(Role(title: title(of: code), actor: of, from: code.from, to: code.to))
                }
            } else if item.kind != .armedGroup, let code = item.code, let parent = resolve(code, shortest: false, proper: true),
                parent != entry.id
            {
                entry.partOf = parent
            }
            if let parent = entry.partOf { parents[entry.id] = parent }
            result.append(entry)
        }
        // Roles: drop those overlapping a role for an unrelated actor; close stale open ones.
        func ancestors(_ id: String) -> Set<String> {
            var out: Set<String> = [id]
            var current = parents[id]
            while let c = current, out.insert(c).inserted { current = parents[c] }
            return out
        }
        func overlaps(_ a: Role, _ b: Role) -> Bool {
            (a.from?.ordinal ?? Int.min) <= (b.to?.ordinal ?? Int.max) && (b.from?.ordinal ?? Int.min) <= (a.to?.ordinal ?? Int.max)
        }
        var holders: [String: [(index: Int, from: Int)]] = [:]
        for index in result.indices {
            var kept: [Role] = []
            for role in result[index].roles.sorted() {
                if kept.contains(where: {
                    $0.actor != role.actor && overlaps($0, role) && ancestors($0.actor).isDisjoint(with: ancestors(role.actor))
                }) {
                    report.skip(.overlappingRole, "\(result[index].name) \(role.title) of \(role.actor)")
                    continue
                }
                kept.append(role)
            }
            result[index].roles = kept
            for role in kept { holders[role.actor + "|" + role.title, default: []].append((index, role.from?.ordinal ?? Int.min)) }
        }
        for index in result.indices {
            result[index].roles = result[index].roles.map { role in
                guard role.to == nil, let list = holders[role.actor + "|" + role.title] else { return role }
                let start = role.from?.ordinal ?? Int.min
                guard let next = list.filter({ $0.index != index && $0.from > start }).map(\.from).min() else { return role }
                var closed = role
                closed.to = Day(ordinal: next - 1)
                report.closedRoles += 1
                return closed
            }
        }
        for entry in result {
            report.actorsByKind[entry.kind.rawValue, default: 0] += 1
            report.names += 1 + entry.aliases.count
            report.acronyms += entry.acronyms.count
            report.roles += entry.roles.count
        }
        output.actors = result
        output.report = report
    }

    // MARK: Agents

    private func convertAgents(_ file: (path: String, text: String), into output: inout Output) {
        let (agents, skipped) = PetrarchDictionary.agentEntries(file.text)
        for (line, _) in skipped { output.report.skip(.noCode, "\(file.path):\(line)") }
        var seen: [String: Set<String>] = [:]
        for agent in agents {
            let sector = String(agent.code.prefix(3))
            guard let list = mapping.agents[sector] ?? mapping.agents["*"] ?? nil else {
                output.report.skip(.skippedSector(sector), "\(file.path):\(agent.line) \(agent.names.first ?? "")")
                continue
            }
            for raw in agent.names {
                let words = raw.split(whereSeparator: { $0 == "_" || $0 == " " }).map { $0.lowercased() }
                guard !words.isEmpty, words.joined().count >= 3 else { continue }
                let phrase = words.joined(separator: " ")
                let last = words[words.count - 1]
                let plural = last.hasSuffix("s") || last.hasSuffix("men") || last.hasSuffix("people") || last.hasSuffix("ren")
                for form in plural ? [phrase] : Inflector.nounForms(phrase) where seen[list, default: []].insert(form).inserted {
                    switch list {
                    case "agents": output.cues.agents.append(form)
                    case "organs": output.cues.organs.append(form)
                    case "groupNouns": output.cues.groupNouns.append(form)
                    default: output.cues.nonActors.append(form)
                    }
                    output.report.agentsByList[list, default: 0] += 1
                }
            }
        }
    }
}
