import DyadCore
import Testing

@testable import DyadExtraction

@Suite("Mentions, coreference and learned aliases")
struct MentionTests {
    @Test("a leader stands for the state only while the role holds")
    func datedRoles() {
        #expect(Fixture.lines("Bennett attacked Iran.", date: "2021-11-01") == ["israel hostility iran asserted"])
        #expect(Fixture.lines("Bennett attacked Iran.", date: "2024-01-01") == [])
    }

    @Test("a capitalised modifier before a name opens it (`between Shiite Hezbollah and Sunni ISIS`)")
    func capitalisedModifier() {
        let relations = AdverbialTests.lines("The fighting between Shiite Hezbollah and Sunni ISIS lasted for weeks.")
        #expect(relations.contains("hezbollah hostility islamic-state"), "\(relations)")
    }

    @Test("a short lowercase syllable after a hyphen ends a titled name (`President Moon Jae-in`)")
    func hyphenatedGivenName() {
        let lines = AdverbialTests.lines("Xi Jinping and South Korean President Moon Jae-in signed a trade deal.", date: "2019-08-05")
        #expect(AdverbialTests.either(lines, "china", "agreement", "south-korea"), "\(lines)")
    }

    @Test("a name joined to a currency sign is a currency, not an actor (`US$200 billion`)")
    func currencySign() {
        let lines = AdverbialTests.lines(
            "Washington said it would impose tariffs on US$50 billion of Chinese-made steel.", date: "2018-09-05")
        #expect(AdverbialTests.either(lines, "united-states", "hostility", "china"), "\(lines)")
    }

    @Test("members named by their group are the group (`militants of the Pakistani Taliban`)")
    func membersOfNamedGroup() {
        let lines = AdverbialTests.lines("Afghan forces killed nine militants of the Islamic State in a raid.")
        #expect(AdverbialTests.either(lines, "afghanistan", "hostility", "islamic-state"), "\(lines)")
        #expect(!lines.contains { $0.contains("militants") }, "\(lines)")
    }

    @Test("an organ loyal to a leader is the leader's state (`the army loyal to President X`)")
    func organLoyalToLeader() {
        let lines = AdverbialTests.lines("Troops loyal to President Kiir clashed with the SPLM-IO in Juba.", date: "2016-07-08")
        #expect(AdverbialTests.either(lines, "south-sudan", "hostility", "splm-io"), "\(lines)")
    }

    @Test("a group led by a leader named with a former title and `Dr` is the leader's group")
    func ledByFormerTitledLeader() {
        let lines = AdverbialTests.lines(
            "Government soldiers battled fighters led by former Vice President Dr Machar near Juba.", date: "2016-07-08")
        #expect(AdverbialTests.either(lines, "south-sudan", "hostility", "splm-io"), "\(lines)")
        #expect(!lines.contains { $0.contains("fighters") }, "\(lines)")
    }

    @Test("titles join a demonym and a name")
    func titles() {
        let r = Fixture.extract("Russian President Vladimir Putin attacked Ukraine.", date: "2022-03-01").relations
        #expect(r.map(\.source) == ["russia"])
        #expect(r.first?.evidence.sourceMention == "Russian President Vladimir Putin")
    }

    @Test("generic agents become unknown actors; a demonym attaches a group noun")
    func generics() {
        let result = Fixture.extract("Unidentified gunmen attacked Iranian factions.")
        #expect(result.relations.map { "\($0.source) \($0.target)" } == ["unidentified-gunmen iranian-factions"])
        #expect(result.actors.first { $0.id == "iranian-factions" }?.partOf == "iran")
        #expect(result.actors.first { $0.id == "unidentified-gunmen" }?.kind == .unknown)
    }

    @Test("the two sides resolve to the last pair")
    func twoSides() {
        #expect(Fixture.lines("The Russian-Israeli meeting ended. The two sides agreed to a deal.") == ["russia agreement israel asserted"])
    }

    @Test("aliases are learned from parentheses")
    func learned() {
        let result = Fixture.extract("Jets hit Daramsuq (Damascus) and Dayro Zcuro (Deir ez-Zor). Daramsuq attacked Israel.")
        #expect(result.learned.map { "\($0.alias)=\($0.known)" } == ["Daramsuq=Damascus", "Dayro Zcuro=Deir ez-Zor"])
        #expect(result.learned.first?.actor == "syria")
        #expect(result.relations.map(\.source) == ["syria"])
    }

    @Test("a name cut short before a parenthesised acronym teaches nothing")
    func shortNameNotLearned() {
        let result = AdverbialTests.extraction("The International Court of Justice (ICJ) heard the case.")
        #expect(result.learned.isEmpty, "\(result.learned)")
    }

    @Test("a possessive inside a name is part of the learned alias")
    func possessiveInName() {
        let result = AdverbialTests.extraction("The Rebel People's Liberation Front (RPLF) attacked Chad.")
        #expect(result.learned.map(\.known) == ["Rebel People's Liberation Front"], "\(result.learned)")
    }

    @Test("an unknown group's name with its acronym names a group the rest of the document refers to by either")
    func learnedNamedGroup() {
        let result = AdverbialTests.extraction("The Kivu Liberation Front (KLF) attacked Rwanda. Burundi said the KLF is backed by Uganda.")
        #expect(result.learned.map { "\($0.alias)=\($0.known) \($0.actor ?? "-")" } == ["KLF=Kivu Liberation Front kivu-liberation-front"])
        let lines = Set(result.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
        #expect(lines.contains("kivu-liberation-front proxy uganda"), "\(lines)")
    }

    @Test("a pattern word that opens the sentence is no part of a learned name (`Rivals Kivu Liberation Front (KLF) …`)")
    func sentenceOpenerNotInName() {
        let result = AdverbialTests.extraction("Rivals Kivu Liberation Front (KLF) and the M23 met in Goma.")
        #expect(result.learned.map(\.known) == ["Kivu Liberation Front"], "\(result.learned)")
    }

    @Test("a category with an acronym (`a Foreign Terrorist Organization (FTO)`) names no group")
    func categoryNotLearned() {
        let result = AdverbialTests.extraction("The ELN is on a Peruvian list as a Foreign Terrorist Organization (FTO).")
        #expect(result.learned.allSatisfy { $0.actor == nil }, "\(result.learned)")
    }

    @Test("an organ noun after a name's parenthesised acronym is the name's: the name stays the subject")
    func organAfterAcronym() {
        let text = "The strike came at dawn. The Indian Air Force (IAF) jets later dropped bombs on Jaish-e-Mohammad camps."
        #expect(AdverbialTests.lines(text).contains("indian-armed-forces hostility jaish-e-mohammed"))
    }

    @Test("a name between commas after a list's last member, naming the same actor, is its apposition")
    func appositionAfterList() {
        let text = "Chinese President Xi Jinping and his Russian counterpart, Vladimir Putin, signed a cooperation pact."
        let result = Extractor(pack: CompoundCoordinationTests.pack).extract(DocumentInput(id: "t", text: text, date: Day("2025-01-17")))
        #expect(result.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" } == ["china agreement russia"])
    }

    @Test("names between commas after a list of two, one for each member in order, are the list's apposition")
    func appositionOfPair() {
        let text = "The leaders of Armenia and Azerbaijan, Nikol Pashinyan and Ilham Aliyev, agreed to a ceasefire."
        let result = Extractor(pack: CompoundCoordinationTests.pack).extract(DocumentInput(id: "t", text: text, date: Day("2020-11-10")))
        #expect(result.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" } == ["armenia agreement azerbaijan"])
    }

    @Test("names between commas that do not rename the list's members are no apposition")
    func noApposition() {
        let text = "The presidents of Russia and Ukraine, Emmanuel Macron and Angela Merkel, agreed to a ceasefire."
        let result = Extractor(pack: CompoundCoordinationTests.pack).extract(DocumentInput(id: "t", text: text, date: Day("2019-12-10")))
        #expect(!result.relations.contains { $0.source == "russia" && $0.target == "ukraine" })
    }

    @Test("a head noun after a group's own name is the name's; `affiliate` names another group")
    func nameHeads() {
        #expect(AdverbialTests.lines("The al Shabaab rebel group, which is fighting Kenyan troops, claimed the raid.").count == 1)
        #expect(AdverbialTests.lines("The al-Shabaab group attacked Kenya.") == ["al-shabaab hostility kenya"])
        #expect(AdverbialTests.lines("The al-Qaeda affiliate attacked Kenya.").isEmpty)
    }

    @Test("a demonym with an insurgent modifier before a group noun is a group of that country, not its state")
    func insurgentModifierGroup() {
        let lines = AdverbialTests.lines("Bamako accused Paris of support for Malian terrorist groups.")
        #expect(lines.contains("malian-terrorist-groups proxy france"), "\(lines)")
        #expect(!lines.contains("france alliance mali"), "\(lines)")
    }

    @Test("a possessive title may open with modifiers: `Syria's interim President <name>` is Syria")
    func modifiedTitle() {
        let result = Extractor(pack: CompoundCoordinationTests.pack).extract(
            DocumentInput(id: "t", text: "Syria's interim President Ahmed al-Sharaa condemned Israel.", date: Day("2025-03-10")))
        #expect(result.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" } == ["syria hostility israel"])
    }

    @Test("a capitalised people's name before modifiers and an agent opens the agent's name")
    func ethnicNameBeforeModifiers() {
        let result = AdverbialTests.extraction("Mali ended a peace deal with Tuareg separatist rebels.")
        #expect(
            result.relations.map(\.target).contains("tuareg-separatist-rebels")
                || result.relations.map(\.source).contains("tuareg-separatist-rebels"))
    }

    @Test("a member determiner opens a group's phrase: `other gunmen with ties to al-Qaeda` is a group of its own")
    func determinedGroup() {
        let result = AdverbialTests.extraction("The army fought other gunmen with ties to al-Qaeda.")
        #expect(result.relations.contains { $0.source == "other-gunmen" && $0.type == .proxy && $0.target == "al-qaeda" })
    }
}
