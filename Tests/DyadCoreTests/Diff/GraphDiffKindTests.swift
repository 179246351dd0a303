import DyadCore
import Testing

/// Hand-built pairs of graphs, one per kind of change.
@Suite("Diff: change kinds")
struct GraphDiffKindTests {
    typealias F = DiffFixtures

    @Test("a new relation is reported as added, with its sentences")
    func relationAdded() {
        let old = F.graph([F.relation("iran", .hostility, "israel", F.evidence("Iran and Israel are enemies.", "2021-11-01"))])
        let new = F.graph(
            old.relations.values.map { $0 } + [
                F.relation("iran", .alliance, "syria", F.evidence("Iran supports Assad.", "2021-12-01"))
            ])
        let diff = GraphDiff(from: old, to: new)
        let added = diff.changes(of: .relationAdded)
        #expect(added.map(\.relation) == [RelationKey(source: "iran", type: .alliance, target: "syria")])
        #expect(added.first?.evidence.map(\.evidence.sentence) == ["Iran supports Assad."])
        #expect(added.first?.evidence.first?.side == .after)
        #expect(diff.changes(of: .actorAdded).map(\.actor) == ["syria"])
    }

    @Test("a removed relation carries the last sentence seen")
    func relationRemoved() {
        let old = F.graph([
            F.relation(
                "iran", .alliance, "syria",
                F.evidence("Early support.", "2021-01-01"), F.evidence("Later support.", "2021-06-01"))
        ])
        let new = F.graph([], actors: [F.actor("iran"), F.actor("syria")])
        let diff = GraphDiff(from: old, to: new)
        #expect(diff.changes.map(\.kind) == [.relationRemoved])
        #expect(diff.changes.first?.evidence.map(\.evidence.sentence) == ["Later support."])
        #expect(diff.changes.first?.evidence.first?.side == .before)
    }

    @Test("a pair whose only type changes is one flip, with both sides' evidence")
    func flipped() {
        let old = F.graph([F.relation("israel", .agreement, "russia", F.evidence("Russia and Israel agreed.", "2021-10-22"))])
        let new = F.graph([F.relation("israel", .hostility, "russia", F.evidence("Russia condemned Israel.", "2021-12-01"))])
        let diff = GraphDiff(from: old, to: new)
        #expect(diff.changes.count == 1)
        let flip = diff.changes.first
        #expect(flip?.kind == .flipped)
        #expect(flip?.previous?.type == .agreement)
        #expect(flip?.relation?.type == .hostility)
        #expect(flip?.previousRemoved == true)
        #expect(flip?.relationAdded == true)
        #expect(flip?.evidence.map(\.side) == [.before, .after])
        #expect(flip?.evidence.map(\.evidence.sentence) == ["Russia and Israel agreed.", "Russia condemned Israel."])
    }

    @Test("a type that outweighs the old one flips the pair and keeps the old relation")
    func flipByWeight() {
        let agreement = F.relation("israel", .agreement, "russia", F.evidence("They agreed.", "2021-10-22"))
        let old = F.graph([agreement, F.relation("israel", .hostility, "russia", F.evidence("A row.", "2021-10-01", modality: .hedged))])
        let new = F.graph([
            agreement,
            F.relation(
                "israel", .hostility, "russia",
                F.evidence("A row.", "2021-10-01", modality: .hedged),
                F.evidence("Russia condemned Israel.", "2021-12-01"),
                F.evidence("Moscow warned Jerusalem.", "2021-12-02")),
        ])
        let diff = GraphDiff(from: old, to: new)
        let flip = diff.changes(of: .flipped).first
        #expect(flip?.previousRemoved == false)
        #expect(flip?.relationAdded == false)
        #expect(diff.changes(of: .modalityChanged).map(\.relation?.type) == [.hostility])
    }

    @Test(
        "a hedged claim that is later asserted is a modality change",
        arguments: [
            (Modality.hedged, Modality.asserted), (.asserted, .negated), (.negated, .hedged),
        ])
    func modalityChanged(before: Modality, after: Modality) {
        let first = F.evidence("First reading.", "2021-11-01", modality: before)
        let old = F.graph([F.relation("hezbollah", .proxy, "iran", first)])
        let new = F.graph([F.relation("hezbollah", .proxy, "iran", first, F.evidence("Second reading.", "2021-12-01", modality: after))])
        let diff = GraphDiff(from: old, to: new)
        let change = diff.changes(of: .modalityChanged).first
        #expect(diff.changes.count == 1)
        #expect(change?.before?.modality == before)
        #expect(change?.after?.modality == after)
        #expect(change?.evidence.map(\.evidence.sentence) == ["Second reading."])
    }

    @Test("more evidence strengthens, less weakens, below the threshold nothing")
    func strength() {
        let a = F.evidence("One.", "2021-11-01"), b = F.evidence("Two.", "2021-11-02"), c = F.evidence("Three.", "2021-11-03")
        let small = F.graph([F.relation("iran", .alliance, "syria", a)])
        let large = F.graph([F.relation("iran", .alliance, "syria", a, b, c)])
        #expect(GraphDiff(from: small, to: large).changes.map(\.kind) == [.strengthened])
        #expect(GraphDiff(from: large, to: small).changes.map(\.kind) == [.weakened])
        #expect(GraphDiff(from: small, to: large, options: DiffOptions(minimumEvidenceChange: 3)).isEmpty)
        #expect(GraphDiff(from: small, to: large, options: DiffOptions(minimumEvidenceChange: 2)).changes.map(\.kind) == [.strengthened])
    }

    @Test("a sub-unit that moves to another parent is reported")
    func subUnitChanged() {
        let old = F.graph([], actors: [F.actor("iran"), F.actor("syria"), F.actor("quds-brigade")])
        let new = F.graph([], actors: [F.actor("iran"), F.actor("syria"), F.actor("quds-brigade", partOf: "syria")])
        let diff = GraphDiff(from: old, to: new)
        #expect(diff.changes.map(\.kind) == [.subUnitChanged])
        #expect(diff.changes.first?.newActor?.partOf == "syria")
        #expect(diff.changes.first?.oldActor?.partOf == nil)
    }

    @Test("aliases learned later are reported with what was added and removed")
    func aliasesChanged() {
        let old = F.graph([], actors: [F.actor("syria", aliases: ["Damascus", "Assad"])])
        let new = F.graph([], actors: [F.actor("syria", aliases: ["Damascus", "Daramsuq"])])
        let change = GraphDiff(from: old, to: new).changes.first
        #expect(change?.kind == .aliasesChanged)
        #expect(change?.addedAliases == ["Daramsuq"])
        #expect(change?.removedAliases == ["Assad"])
    }

    @Test("actor and type selections keep only the matching changes")
    func selections() {
        let old = F.graph([])
        let new = F.graph([
            F.relation("iran", .alliance, "syria", F.evidence("A.", "2021-12-01")),
            F.relation("iran", .hostility, "israel", F.evidence("B.", "2021-12-01")),
        ])
        let byType = GraphDiff(from: old, to: new, options: DiffOptions(types: [.hostility]))
        #expect(byType.changes(of: .relationAdded).map(\.relation?.target) == ["israel"])
        let byActor = GraphDiff(from: old, to: new, options: DiffOptions(actors: ["syria"]))
        #expect(byActor.changes.map(\.kind) == [.relationAdded, .actorAdded])
    }
}
