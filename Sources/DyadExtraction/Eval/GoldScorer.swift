import DyadCore
import Foundation

/// Scores a graph against gold sentences with the matching rule of PRODUCT.md section 2,
/// the same rule `shared/acceptance/score.py` implements.
public struct GoldScorer: Sendable {
    /// One gold sentence.
    public struct GoldSentence: Sendable {
        /// The sentence id (the document id of its evidence).
        public var id: String
        /// The text.
        public var text: String
        /// The date, if given.
        public var date: Day?
        /// (canonical, mention) pairs.
        public var actors: [(canonical: String, mention: String?)]
        /// (a, type, b, modality) relations.
        public var relations: [(a: String, type: String, b: String, modality: String)]
        /// The page the sentence comes from (`source_url`), if given: sentences of one page share a fold.
        public var source: String? = nil
    }

    /// Counts for one type.
    public struct Counts: Sendable, Hashable {
        /// True positives.
        public var tp = 0
        /// False positives.
        public var fp = 0
        /// False negatives.
        public var fn = 0
        /// Precision.
        public var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
        /// Recall.
        public var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
        /// F1.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        /// Creates zero counts.
        public init() {}
    }

    /// The score.
    public struct Report: Sendable {
        /// Counts per type label (`hostility`, `agreement (negated)`).
        public var perType: [String: Counts] = [:]
        /// Overall counts.
        public var overall = Counts()
        /// Missed gold relations (id, a, type, b).
        public var misses: [(id: String, a: String, type: String, b: String)] = []
        /// Extracted relations matching nothing (id, a, type, b, and the rule of their evidence).
        public var falsePositives: [(id: String, a: String, type: String, b: String, rule: String)] = []
        /// The number of gold sentences.
        public var sentences = 0
    }

    /// The gold sentences.
    public var gold: [GoldSentence]

    /// A scorer over some of this scorer's sentences, sharing its name table.
    /// - Parameter indices: Indices into `gold`.
    public func subset(_ indices: [Int]) -> GoldScorer {
        var copy = self
        copy.gold = indices.map { gold[$0] }
        return copy
    }

    /// Appends the sentences of another gold file.
    /// - Parameter other: Another scorer.
    public mutating func append(_ other: GoldScorer) {
        gold += other.gold
        for g in other.gold { for (c, m) in g.actors { add(c, m) } }
    }

    /// The gold canonical names an extracted actor's folded names resolve to.
    /// - Parameter names: Folded names (see ``norm(_:)``).
    public func canonicals(_ names: Set<String>) -> Set<String> { resolve(names) }
    private var aliases: [String: Set<String>] = [:]
    private var canonicalOrder: [String] = []

    /// Reads a gold file (JSON Lines).
    /// - Parameters:
    ///   - bytes: The file.
    ///   - path: Its path, for errors.
    /// - Throws: `ExtractionError` located at the bad line.
    /// A gold line's id: a string, or a whole number written as one.
    private static func identifier(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text): return text
        case .number(let number) where number == number.rounded() && abs(number) < 1e15: return String(Int(number))
        case .number(let number): return String(number)
        default: return nil
        }
    }

    public init(bytes: [UInt8], path: String) throws(ExtractionError) {
        gold = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            guard let object = try? JSONValue.parse(line), let id = Self.identifier(object["id"]), let text = object["text"]?.string else {
                throw ExtractionError(
                    .input, "each gold line needs a JSON object with \"id\" and \"text\"", file: path, line: lineNumber, column: 1)
            }
            var sentence = GoldSentence(
                id: id, text: text, date: object["date"]?.string.flatMap { Day($0) }, actors: [], relations: [],
                source: object["source_url"]?.string)
            for a in object["actors"]?.array ?? [] {
                guard let c = a["canonical"]?.string else { continue }
                sentence.actors.append((c, a["mention"]?.string))
            }
            for r in object["relations"]?.array ?? [] {
                guard let a = r["a"]?.string, let t = r["type"]?.string, let b = r["b"]?.string else {
                    throw ExtractionError(
                        .input, "each gold relation needs \"a\", \"type\" and \"b\"", file: path, line: lineNumber, column: 1)
                }
                sentence.relations.append((a, t, b, r["modality"]?.string ?? "asserted"))
            }
            gold.append(sentence)
        }
        for g in gold {
            for (c, m) in g.actors {
                add(c, m)
            }
        }
    }

    private mutating func add(_ canonical: String, _ alias: String?) {
        if aliases[canonical] == nil { canonicalOrder.append(canonical) }
        aliases[canonical, default: []].insert(GoldScorer.norm(canonical))
        if let alias {
            aliases[canonical, default: []].insert(GoldScorer.norm(alias))
            aliases[canonical, default: []].insert(GoldScorer.norm(alias.replacingOccurrences(of: "-", with: " ")))
        }
    }

    /// The documents to extract: one per gold sentence.
    public var inputs: [DocumentInput] { gold.map { DocumentInput(id: $0.id, text: $0.text, date: $0.date) } }

    /// Folds a name as the scorer does: compatibility decomposition without marks, ASCII quotes and
    /// dashes, lower case, single spaces, no leading `the `.
    public static func norm(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.canonicalCombiningClass != .notReordered { continue }
            switch scalar.value {
            case 0x2019, 0x2018, 0x60: out.append("'")
            case 0x2013, 0x2014, 0x2010, 0x2011: out.append("-")
            default: out.append(scalar)
            }
        }
        let lowered = String(out).lowercased()
        var result = lowered.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if result.hasPrefix("the ") { result.removeFirst(4) }
        return result
    }

    static func names(of actor: Actor, in graph: Graph) -> Set<String> {
        var names = Set<String>()
        var seen = Set<String>()
        var current: Actor? = actor
        while let a = current, seen.insert(a.id).inserted {
            for s in [a.id, a.name] + a.aliases where !s.isEmpty {
                names.insert(norm(s))
                names.insert(norm(s.replacingOccurrences(of: "-", with: " ")))
            }
            current = a.partOf.flatMap { graph.actor($0) }
        }
        return names
    }

    func resolve(_ names: Set<String>) -> Set<String> {
        var out = Set(canonicalOrder.filter { !(aliases[$0] ?? []).isDisjoint(with: names) })
        if out.isEmpty {
            let long = names.filter { $0.split(separator: " ").count >= 2 }
            for c in canonicalOrder {
                for a in aliases[c] ?? [] {
                    let pa = " \(a) "
                    if long.contains(where: { pa.contains(" \($0) ") || (a.split(separator: " ").count >= 2 && " \($0) ".contains(pa)) }) {
                        out.insert(c)
                        break
                    }
                }
            }
        }
        return out
    }

    /// Scores a graph extracted from `inputs`.
    /// - Parameter graph: The graph.
    /// - Returns: Counts overall and per type, misses and false positives.
    /// - Complexity: O(gold relations × extracted evidence per sentence).
    public func score(_ graph: Graph) -> Report {
        struct Pred { var sc: Set<String>; var type: String; var dc: Set<String>; var negated: Bool; var names: [String]; var rule: String }
        var byDoc: [String: [Pred]] = [:]
        for relation in graph.relations.values {
            guard let s = graph.actor(relation.source), let d = graph.actor(relation.target) else { continue }
            let sc = resolve(GoldScorer.names(of: s, in: graph)), dc = resolve(GoldScorer.names(of: d, in: graph))
            let names = [s.name.isEmpty ? s.id : s.name, d.name.isEmpty ? d.id : d.name]
            for e in relation.evidence {
                byDoc[e.document, default: []].append(
                    Pred(sc: sc, type: relation.type.rawValue, dc: dc, negated: e.modality == .negated, names: names, rule: e.rule))
            }
        }
        var report = Report()
        report.sentences = gold.count
        func matches(_ r: (a: String, type: String, b: String, modality: String), _ p: Pred) -> Bool {
            guard r.type == p.type else { return false }
            if p.sc.contains(r.a), p.dc.contains(r.b) { return true }
            return r.type != "proxy" && p.dc.contains(r.a) && p.sc.contains(r.b)
        }
        for g in gold {
            let preds = byDoc[g.id] ?? []
            var used = Set<Int>()
            for r in g.relations {
                let wantNegated = r.modality == "negated"
                var ok = false
                for (j, p) in preds.enumerated() where p.negated == wantNegated && matches(r, p) { ok = true; used.insert(j) }
                let label = r.type + (wantNegated ? " (negated)" : "")
                if ok {
                    report.perType[label, default: Counts()].tp += 1
                } else {
                    report.perType[label, default: Counts()].fn += 1
                    report.misses.append((g.id, r.a, r.type, r.b))
                }
            }
            var seen = Set<[String]>()
            for (j, p) in preds.enumerated() where !used.contains(j) {
                let signature = p.names + [p.type, p.negated ? "1" : "0"]
                if seen.contains(signature) { continue }
                let duplicate = used.contains { preds[$0].type == p.type && preds[$0].names == p.names }
                seen.insert(signature)
                if duplicate { continue }
                report.perType[p.type + (p.negated ? " (negated)" : ""), default: Counts()].fp += 1
                report.falsePositives.append((g.id, p.names[0], p.type, p.names[1], p.rule))
            }
        }
        for c in report.perType.values { report.overall.tp += c.tp; report.overall.fp += c.fp; report.overall.fn += c.fn }
        return report
    }
}
