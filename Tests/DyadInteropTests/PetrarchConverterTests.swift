import DyadCore
import DyadExtraction
import Foundation
import Testing

@testable import DyadInterop

/// PETRARCH/TABARI dictionaries into rule packs: the hand-written samples, and the Phoenix dictionaries when present.
@Suite struct PetrarchConverterTests {
    static func convert(base: RulePack? = nil, verbs: Bool = false) throws -> PetrarchConverter.Output {
        let converter = PetrarchConverter(mapping: try CAMEOMapping.bundled(), base: base)
        return converter.convert(
            actorFiles: [("sample.actors.txt", try Fixtures.text("petrarch/sample.actors.txt"))],
            agents: ("sample.agents.txt", try Fixtures.text("petrarch/sample.agents.txt")),
            verbs: verbs ? ("sample.verbs.txt", try Fixtures.text("petrarch/sample.verbs.txt")) : nil)
    }

    static func actor(_ output: PetrarchConverter.Output, _ id: String) throws -> ActorEntry {
        try #require(output.actors.first { $0.id == id }, "no actor \(id) in \(output.actors.map(\.id))")
    }

    @Test func statesKeepTheirSynonymsAsAliases() throws {
        let valdoria = try Self.actor(try Self.convert(), "valdoria")
        #expect(valdoria.kind == .state)
        #expect(valdoria.aliases == ["Valdorian", "Republic Of Valdoria", "Port Essel"])
    }

    @Test func sectorCodesGiveKindsAndParents() throws {
        let output = try Self.convert()
        let army = try Self.actor(output, "valdorian-army")
        #expect(army.kind == .military)
        #expect(army.partOf == "valdoria")
        #expect(army.aliases == ["Valdorian Troops"])
        #expect(try Self.actor(output, "valdorian-cabinet").kind == .government)
        #expect(try Self.actor(output, "kestravian-navy").partOf == "kestravia")
        let front = try Self.actor(output, "free-mountain-front")
        #expect(front.kind == .armedGroup)
        #expect(front.partOf == nil)
        #expect(front.acronyms == ["FMF"])
    }

    @Test func entriesWithTheSameSpecificCodeAreOneActor() throws {
        let output = try Self.convert()
        let alliance = try Self.actor(output, "northern-alliance-of-states")
        #expect(alliance.kind == .organisation)
        #expect(alliance.acronyms == ["NAS"])
        // NAS joined the alliance; Brennik's second entry joined the first.
        #expect(output.report.mergedEntries == 2)
    }

    @Test func entriesWithTheSameCategoryCodeAreDifferentActors() throws {
        let output = try Self.convert()
        #expect(try Self.actor(output, "highland-raiders").kind == .armedGroup)
        #expect(try Self.actor(output, "free-mountain-front").aliases == ["Mountain Front Fighters"])
    }

    @Test func datedCodesBecomeRolesAndTheUndatedOneAParent() throws {
        let output = try Self.convert()
        let ostrova = try Self.actor(output, "mirella-ostrova")
        #expect(ostrova.kind == .person)
        #expect(ostrova.partOf == "valdoria")
        #expect(
            ostrova.roles.map { "\($0.title) \($0.actor) \($0.from?.description ?? "-") \($0.to?.description ?? "-")" } == [
                "elite valdoria 1985-01-01 2009-12-31", "government valdoria 2010-01-01 2015-05-31",
            ])
        // `> 150601` with a space; Ostrova's open role above was closed the day before Brennik's began.
        #expect(try Self.actor(output, "tomas-brennik").roles.map(\.from) == [Day("1990-01-01"), Day("2015-06-01")])
        let vesk = try Self.actor(output, "anton-vesk")
        #expect(
            vesk.roles.map { "\($0.title) \($0.from?.description ?? "-") \($0.to?.description ?? "-")" } == [
                "government - 2008-03-15", "elite 1999-01-01 2005-12-31",
            ])
        #expect(output.report.closedRoles == 1)
    }

    @Test func regionCodesWithASectorAreGroupsWithoutAState() throws {
        let output = try Self.convert()
        let brigade = try Self.actor(output, "desert-wind-brigade")
        #expect(brigade.kind == .armedGroup)
        #expect(brigade.partOf == nil)
        #expect(!output.actors.contains { $0.name == "The Levant" || $0.name == "Riverside Monitor" })
        #expect(output.report.skipped[PetrarchSkip.skippedPrefix("MEA").description]?.count == 1)
        #expect(output.report.skipped[PetrarchSkip.skippedSector("MED").description]?.count == 1)
    }

    @Test func aCodeHistoryEndingInASectorIsAPerson() throws {
        let marne = try Self.actor(try Self.convert(), "ilsa-marne")
        #expect(marne.kind == .person)
        #expect(
            marne.roles.map { "\($0.title) \($0.actor) \($0.from?.description ?? "-") \($0.to?.description ?? "-")" } == [
                "member kestravia - 1995-06-01", "government kestravia 1995-06-01 1999-08-15", "rebel kestravia 1999-08-16 -",
            ])
    }

    @Test func skippedEntriesAreCountedWithTheirReason() throws {
        let report = try Self.convert().report
        #expect(report.skipped[PetrarchSkip.nullCode("---").description]?.count == 1)
        #expect(report.skipped[PetrarchSkip.noCode.description]?.count == 1)
        #expect(report.skipped[PetrarchSkip.skippedSector("BUS").description]?.count == 1)
        #expect(report.skipped[PetrarchSkip.badDate("").description]?.count == 1)
        #expect(report.text.contains("sample.actors.txt:43 ESSEL_TRADING_COMPANY_"))
    }

    @Test func aRootWithoutCodesSharesTheNextRootsCodes() throws {
        let un = try Self.actor(try Self.convert(), "united-nations")
        #expect(un.name == "United Nations")
        #expect(un.kind == .organisation)
        // One word of up to three letters is a case-sensitive acronym.
        #expect(un.acronyms == ["UN"])
    }

    @Test func agentsBecomeCueListsWithMacrosAndPlurals() throws {
        let cues = try Self.convert().cues
        #expect(cues.agents.contains("mountain gunmen"))
        #expect(cues.agents.contains("snipers"))
        #expect(cues.organs.contains("soldiers"))
        #expect(cues.organs.contains("militia commander"))
        #expect(cues.nonActors.contains("farmers"))
        #expect(cues.groupNouns.contains("party activists"))
    }

    @Test func verbsWithMappedCodesBecomeClassesAndRules() throws {
        let output = try Self.convert(verbs: true)
        let hostility = try #require(output.wordClasses.first { $0.name == "petrarch-hostility" })
        #expect(hostility.forms.contains("shelled") && hostility.forms.contains("bombarded"))
        #expect(output.rules.map(\.id).sorted() == ["petrarch-agreement-phrase", "petrarch-hostility-verb"])
        #expect(
            output.rules.first { $0.id == "petrarch-agreement-phrase" }?.patterns == [
                "@A ~{0,3} (promise|promised|promises|promising) \"ceasefire\" ~{0,6} @B"
            ])
        #expect(output.report.skipped[PetrarchSkip.complexVerbPattern.description]?.count == 2)
    }

    @Test func aBasePackKeepsItsActorsAndTheCodesMapToThem() throws {
        var base = RulePack()
        base.actors = [ActorEntry(id: "valdoria-state", name: "Valdoria", kind: .state, aliases: ["Port Essel"])]
        let output = try Self.convert(base: base)
        #expect(!output.actors.contains { $0.id == "valdoria" })
        #expect(try Self.actor(output, "valdorian-army").partOf == "valdoria-state")
        #expect(try Self.actor(output, "mirella-ostrova").roles.allSatisfy { $0.actor == "valdoria-state" })
    }

    @Test func theWrittenPackLoadsAndLintsClean() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try Self.convert(verbs: true)
        try PetrarchPackWriter.write(
            PetrarchPackWriter.files(output, name: "sample", extendsDefault: false, sources: ["sample"]), to: folder.path)
        let pack = try PackLoader.load(path: folder.path)
        #expect(pack.actors.count == output.actors.count)
        #expect(pack.cues.agents == output.cues.agents)
        let errors = PackLinter.check(pack).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
        _ = try CompiledPack(pack)
    }

    @Test(arguments: [
        ("AFGGOV", "AFGGOV", nil, nil), ("AFGGOV >011222", "AFGGOV", "2001-12-22", nil), ("HOB < 950601", "HOB", nil, "1995-06-01"),
        ("HOBGOV 19950601 - 19990815", "HOBGOV", "1995-06-01", "1999-08-15"), ("pse", "PSE", nil, nil),
    ])
    func codesAndDateRestrictionsParse(_ text: String, _ code: String, _ from: String?, _ to: String?) throws {
        let parsed = try PetrarchCode.parse(text).get()
        #expect(parsed.code == code)
        #expect(parsed.from?.description == from)
        #expect(parsed.to?.description == to)
    }

    @Test(arguments: ["---", "ELR/GAL", "AFG 9901-990202", "AFG 990202-980101", "AFG >2004017", ""])
    func unreadableCodesAreRejected(_ text: String) {
        #expect(throws: PetrarchSkip.self) { try PetrarchCode.parse(text).get() }
    }

    @Test func commentsOfBothStylesAreRemoved() {
        let lines = PetrarchDictionary.lines(of: "A # one\n<!-- two\nthree --> B\nC <!-- x --> D # y\n").map(\.text)
        #expect(lines == ["A ", "", " B", "C  D ", ""])
    }

    @Test func namesBecomeTitleCasedAliasesAndAcronyms() {
        #expect(PetrarchName.convert("BAN_KI-MOON_").names == ["Ban Ki-Moon"])
        #expect(PetrarchName.convert("MOHAMMED'S_ARMY").names == ["Mohammed's Army"])
        #expect(PetrarchName.convert("U.N._").acronyms == ["U.N."])
        #expect(PetrarchName.convert("ISLAMIC_ARMY_OF_ADEN_(IAA)_").acronyms == ["IAA"])
        #expect(PetrarchName.convert("JAISH_ADAN+_ISLAMIC_ADEN_ARMY_").names == ["Jaish Adan", "Islamic Aden Army"])
        #expect(PetrarchName.convert("G_8_").names.isEmpty)
    }

    @Test func theMappingTableIsReadWithTheLongestMatchWinning() throws {
        let mapping = try CAMEOMapping.bundled()
        #expect(mapping.relationType(forEvent: "0871") == .agreement)
        #expect(mapping.relationType(forEvent: "087") == nil)
        #expect(mapping.relationType(forEvent: "1384") == .hostility)
        #expect(mapping.relationType(forEvent: "190") == .hostility)
        #expect(mapping.relationType(forEvent: "072") == .alliance)
        #expect(mapping.relationType(forEvent: "036") == nil)
    }

    @Test func aBadMappingValueIsALocatedError() {
        do {
            _ = try CAMEOMapping.parse("verbs:\n  \"190\": war\n", file: "m.yaml")
            Issue.record("expected an error")
        } catch let error as ExtractionError {
            #expect(error.line == 2)
            #expect(error.message.contains("`war` is no relation type"))
        } catch { Issue.record("\(error)") }
    }

    /// The PETRARCH 2 validation dictionaries (fictional actors) from ../shared/petrarch-data, when present.
    @Test(.enabled(if: Fixtures.validation != nil)) func validationDictionariesConvertIntoACleanStandalonePack() throws {
        let folder = try #require(Fixtures.validation)
        func file(_ name: String) throws -> (path: String, text: String) {
            (name, try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
        let converter = PetrarchConverter(mapping: try CAMEOMapping.bundled(), base: nil)
        let output = converter.convert(
            actorFiles: [try file("PETR_Validate_actors_2_02.txt")], agents: try file("PETR_Validate_agents_2_02.txt"))
        #expect(output.actors.count > 100)
        let gollum = try Self.actor(output, "gollum")
        #expect(gollum.kind == .person && gollum.roles.count == 3 && gollum.aliases.contains("Smeagol"))
        #expect(!output.actors.contains { $0.name.contains("--") })
        var pack = RulePack()
        pack.actors = output.actors
        pack.lexicons = try PackLoader.loadDefault().lexicons
        #expect(PackLinter.check(pack).filter { $0.severity == .error }.isEmpty)
    }

    /// The real Phoenix dictionaries from ../shared/petrarch-data, when the checkout has them beside it.
    @Test(.enabled(if: Fixtures.phoenix != nil)) func phoenixDictionariesConvertIntoACleanPack() throws {
        let folder = try #require(Fixtures.phoenix)
        func file(_ name: String) throws -> (path: String, text: String) {
            (name, try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
        let base = try PackLoader.loadDefault()
        let converter = PetrarchConverter(mapping: try CAMEOMapping.bundled(), base: base)
        let output = converter.convert(
            actorFiles: try ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"].map(
                file),
            agents: try file("Phoenix.agents.txt"))
        #expect(output.report.entriesRead.map(\.count).reduce(0, +) > 25_000)
        #expect(output.actors.count > 15_000)
        #expect(output.actors.contains { $0.name == "Aden Abyan Islamic Army" && $0.kind == .armedGroup })
        var pack = base
        pack.actors += output.actors
        pack.cues.append(output.cues)
        let errors = PackLinter.check(pack).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(5))")
    }
}
