import Testing

@testable import DyadCore

/// Report sorting compares relation keys as integers where it can: the integers must order as the keys do.
@Suite("Diff: relation sort codes")
struct RelationSortCodeTests {
    /// Ids of up to eight ASCII bytes (prefixes of one another, digits, capitals, punctuation) and
    /// some without a code (longer, non-ASCII, composed and decomposed accents, NUL).
    static let ids = [
        "a", "ab", "abc", "a0", "a00", "a000123", "a0001234", "A", "Z9", "b-1", "b_1", "b.1", "zzzzzzzz", "~",
        "a0001234x", "iran-islamic-republic", "é", "e\u{301}", "ab\u{0}", "ärmel",
    ]

    @Test("codes order and compare as the keys do")
    func agreesWithKeyOrder() {
        var keys: [RelationKey] = []
        for source in Self.ids.prefix(14) {
            for target in ["a", "a000123", "~"] {
                for type in RelationType.allCases { keys.append(RelationKey(source: source, type: type, target: target)) }
            }
        }
        for a in keys {
            for b in keys {
                guard let codeA = RelationSortCode(a), let codeB = RelationSortCode(b) else {
                    Issue.record("no code for \(a) or \(b)")
                    continue
                }
                #expect((codeA < codeB) == (a < b), "\(a) against \(b)")
                #expect((codeA == codeB) == (a == b), "\(a) against \(b)")
            }
        }
    }

    @Test("ids longer than eight bytes, non-ASCII or with NUL have no code")
    func noCode() {
        for id in Self.ids.suffix(6) {
            #expect(RelationSortCode(RelationKey(source: id, type: .alliance, target: "zz")) == nil, "\(id)")
            #expect(RelationSortCode(RelationKey(source: "a", type: .proxy, target: id)) == nil, "\(id)")
        }
    }

    /// Ids whose first eight bytes tie or cannot be coded: long shared prefixes, accents (composed,
    /// and combining marks right after eight ASCII bytes), NUL, and ids of exactly eight bytes.
    static let prefixIDs = [
        "a-long-identifier", "a-long-identifiers", "a-long-identifier-2", "a-long-i", "a-long-j", "abcdefgh", "abcdefghi",
        "abcdefgh\u{301}", "abcdefghé", "abcdefg", "é", "e\u{301}", "ab\u{0}", "ab", "abcdefgh\u{0}", "zz", "",
    ]

    @Test("prefix codes order as the ids where they differ, and complete equal codes are equal ids")
    func prefixesAgreeWithIDOrder() {
        let ids = Self.ids + Self.prefixIDs
        for a in ids {
            for b in ids {
                guard let codeA = RelationSortCode.prefix(a), let codeB = RelationSortCode.prefix(b) else { continue }
                if codeA.value != codeB.value {
                    #expect((codeA.value < codeB.value) == (a < b), "\(a.debugDescription) against \(b.debugDescription)")
                } else if codeA.complete, codeB.complete {
                    #expect(a == b, "\(a.debugDescription) against \(b.debugDescription)")
                }
            }
        }
        #expect(RelationSortCode.prefix("abcdefgh\u{301}") == nil)
        #expect(RelationSortCode.prefix("é") == nil)
        #expect(RelationSortCode.prefix("abcdefgh")?.complete == true)
        #expect(RelationSortCode.prefix("abcdefghi")?.complete == false)
    }

    @Test("reports with short and long ids are in key order")
    func mixedReport() {
        // Equal importance everywhere, so the keys decide; some keys have codes, some do not.
        let evidence = DiffFixtures.evidence("seen", "2021-05-01")
        let relations = Self.ids.indices.dropFirst().map { index in
            DiffFixtures.relation(Self.ids[index - 1], .hostility, Self.ids[index], evidence)
        }
        let diff = GraphDiff(from: Graph(), to: DiffFixtures.graph(relations))
        let added = diff.changes(of: .relationAdded).compactMap(\.relation)
        #expect(added.count == relations.count)
        #expect(added == added.sorted())
    }
}

extension RelationSortCodeTests {
    /// Report order written out: kind, then importance (larger first), then key, then previous key, then actor.
    static func reportOrder(_ changes: [GraphChange]) -> [GraphChange] {
        func less(_ a: RelationKey?, _ b: RelationKey?) -> Bool {
            guard let a else { return b != nil }
            guard let b else { return false }
            return a < b
        }
        return changes.enumerated().sorted { l, r in
            let (a, b) = (l.element, r.element)
            if a.kind.rank != b.kind.rank { return a.kind.rank < b.kind.rank }
            if a.importance != b.importance { return a.importance > b.importance }
            if a.relation != b.relation { return less(a.relation, b.relation) }
            if a.previous != b.previous { return less(a.previous, b.previous) }
            if (a.actor ?? "") != (b.actor ?? "") { return (a.actor ?? "") < (b.actor ?? "") }
            return l.offset < r.offset
        }.map(\.element)
    }

    @Test("integer and string sorts give the report order", arguments: [1, 2, 3] as [UInt64])
    func sortPathsAgree(seed: UInt64) {
        var rng = TestRandom(seed: seed)
        let kinds: [ChangeKind] = [.relationAdded, .relationRemoved, .flipped, .strengthened]
        func key(_ ids: [String]) -> RelationKey {
            RelationKey(source: ids[rng.below(ids.count)], type: RelationType.allCases[rng.below(4)], target: ids[rng.below(ids.count)])
        }
        for ids in [["a1", "a2", "b", "b10", "zz"], ["a1", "a2", "a-long-identifier", "b"], Self.prefixIDs] {
            var changes: [GraphChange] = []
            for _ in 0..<300 {
                let kind = kinds[rng.below(kinds.count)]
                changes.append(
                    GraphChange(
                        kind: kind, relation: key(ids), previous: kind == .flipped ? key(ids) : nil,
                        importance: Double(rng.below(3)) / 2))
            }
            // Actor changes, some with the same id (their position decides).
            for _ in 0..<60 {
                let kind: ChangeKind = [.actorAdded, .actorRemoved, .aliasesChanged][rng.below(3)]
                changes.append(GraphChange(kind: kind, actor: ids[rng.below(ids.count)], importance: Double(rng.below(2))))
            }
            #expect(GraphDiff(changes: changes).changes == Self.reportOrder(changes))
        }
    }
}
