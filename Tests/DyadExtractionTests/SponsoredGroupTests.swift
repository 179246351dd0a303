import DyadCore
import Testing

@testable import DyadExtraction

/// Forces named by their patron or by an insurgent modifier are groups of their own, not the state's organs.
@Suite("Sponsored and insurgent groups")
struct SponsoredGroupTests {
    static func lines(_ text: String) -> Set<String> { AdverbialTests.lines(text) }

    @Test("a patron written without its hyphen before a noun is no object (`with Saudi-UAE backed government troops`)")
    func patronWithoutHyphen() {
        let relations = Self.lines("Houthi gunmen were killed in clashes with Saudi-UAE backed government troops.")
        #expect(!relations.contains { $0.contains("saudi-arabia") || $0.contains("united-arab-emirates") }, "\(relations)")
        #expect(Self.lines("Israel said Iran backed the rebels.").contains { $0.hasPrefix("rebels proxy iran") })
    }

    @Test("`the rebels` refers back to the armed group the paragraph named last")
    func bareAgentBackReference() {
        let relations = Self.lines("The M23 seized Goma on Monday. The rebels later attacked Burundian troops.")
        #expect(relations.contains { $0.hasPrefix("burundi hostility m23") || $0.hasPrefix("m23 hostility burundi") }, "\(relations)")
    }

    @Test("`the group` prefers the armed group named before to an organisation named after it")
    func groupPrefersArmedGroup() {
        let relations = Self.lines("Islamic State fighters fled. The U.S.-led alliance is bombing the group.")
        #expect(relations.contains { $0.hasPrefix("global-coalition-against-isis hostility islamic-state") }, "\(relations)")
    }

    @Test("`the Iranian-backed terror group` refers back to the group named before, with words before its noun")
    func describedBackReference() {
        let relations = Self.lines("Hamas fired rockets. The Iranian-backed terror group said it would go on.")
        #expect(relations.contains { $0.hasPrefix("hamas proxy iran") }, "\(relations)")
    }

    @Test("forces after a patron compound are the patron's proxy")
    func patronCompoundForces() {
        let relations = Self.lines("Turkey-backed forces attacked Kurdish fighters near Manbij.")
        #expect(relations.contains("turkey-backed-forces proxy turkey"), "\(relations)")
        #expect(!relations.contains { $0.hasPrefix("turkey hostility") }, "\(relations)")
    }

    @Test("forces after pro- and a demonym are no organ of the state")
    func proForces() {
        let relations = Self.lines("Pro-Russian forces shelled Ukrainian positions.")
        #expect(relations.contains("pro-russian-forces proxy russia"), "\(relations)")
        #expect(!relations.contains { $0.hasPrefix("russian-armed-forces") }, "\(relations)")
    }

    @Test("a country's fighters after a patron compound are the patron's group, not the country")
    func patronDemonymFighters() {
        let relations = Self.lines("Qatari-backed Libyan fighters attacked the Libyan National Army.")
        #expect(relations.contains("qatari-backed-libyan-fighters proxy qatar"), "\(relations)")
        #expect(!relations.contains { $0.hasPrefix("libya ") }, "\(relations)")
    }

    @Test("the forces of a people without a state are a group named by the text")
    func ethnicForces() {
        let relations = Self.lines("Local Kurdish forces shelled Turkish positions.")
        #expect(relations.contains("local-kurdish-forces hostility turkey"), "\(relations)")
    }

    @Test("a slot reads past a possessor to the actor it qualifies")
    func possessorHead() {
        let relations = Self.lines("Lithuania accused units of Russia's mercenary Wagner Group of staging provocations.")
        #expect(relations.contains("lithuania hostility wagner-group"), "\(relations)")
        #expect(!relations.contains("lithuania hostility russia"), "\(relations)")
    }

    @Test("a possessor is no stepping stone across a clause")
    func possessorClause() {
        let relations = Self.lines("Chile and Peru were ready to help Bolivia's economy but that Argentina objected.")
        #expect(!relations.contains { $0.contains("argentina") }, "\(relations)")
    }

    @Test("a patron compound written without its hyphen")
    func spacedCompound() {
        let relations = Self.lines("Azerbaijan began an offensive on the Armenian controlled Nagorno-Karabakh.")
        #expect(relations.contains("azerbaijan hostility artsakh"), "\(relations)")
        #expect(!relations.contains("armenia hostility azerbaijan"), "\(relations)")
    }

    @Test("a second group noun belongs to the group phrase")
    func groupNounRun() {
        let relations = Self.lines("Iraqi militia groups attacked the SDF.")
        #expect(relations.contains("iraqi-militia-groups hostility syrian-democratic-forces"), "\(relations)")
    }

    @Test("an apposition with a patron compound stands for the named group")
    func patronApposition() {
        let relations = Self.lines("Kataib Hezbollah, an Iran-backed Iraqi militia, attacked Syria.")
        #expect(relations.contains("kataib-hezbollah proxy iran"), "\(relations)")
        #expect(!relations.contains { $0.hasPrefix("iran-backed-iraqi-militia") }, "\(relations)")
    }

    @Test("a patron participle without a named patron makes no group")
    func unnamedPatron() {
        let relations = Self.lines("The Houthis targeted two Israeli-linked vessels in the Red Sea.")
        #expect(!relations.contains { $0.contains("vessels") }, "\(relations)")
    }

    @Test("rebel forces of a country are not its state")
    func insurgentModifier() {
        let relations = Self.lines("Syrian rebel forces clashed with Hezbollah.")
        #expect(relations.contains("syrian-rebel-forces hostility hezbollah"), "\(relations)")
        #expect(!relations.contains("syria hostility hezbollah"), "\(relations)")
        // Control: government forces stay the state's.
        #expect(Self.lines("Syrian government forces clashed with Hezbollah.").contains("syrian-arab-army hostility hezbollah"))
    }

    @Test("a slot reads past a patron compound to the mention it modifies")
    func slotReadsPastCompound() {
        let relations = Self.lines(
            "The Arakan Army, which has been sponsored by the Chinese-backed United Wa State Army, is ready to strike.")
        #expect(relations.contains("arakan-army proxy uwsa"), "\(relations)")
        #expect(relations.contains("uwsa proxy china"), "\(relations)")
        #expect(!relations.contains("arakan-army proxy china"), "\(relations)")
    }

    @Test("generic groups keep their qualifying words in their names")
    func qualifiedNames() {
        #expect(Self.lines("Western-backed rebels attacked Russia.").contains("western-backed-rebels hostility russia"))
        #expect(Self.lines("Southern separatists attacked Yemen.").contains("southern-separatists hostility yemen"))
    }

    @Test("a description after a collective noun and one more word is the named group")
    func umbrellaGroupOf() {
        let relations = Self.lines("The Islamic Resistance in Iraq, a coalition of Iran-backed militias, struck a US base.")
        #expect(!relations.contains("iran-backed-militias proxy iran"), "\(relations)")
    }

    @Test("a name head after a patron compound and before a name describes the name")
    func describedNameAfterPatronCompound() {
        let relations = Self.lines("Kenya fought the al-Qaeda-linked militant group al-Shabaab.")
        #expect(relations.contains { $0.hasPrefix("al-shabaab proxy al-qaeda") }, "\(relations)")
        #expect(!relations.contains { $0.contains("linked-militant-group") }, "\(relations)")
    }

    @Test("insurgents' forces with no demonym are a group named by the text (`rebel forces`)")
    func insurgentForcesWithoutDemonym() {
        let relations = Self.lines("Rebel forces shelled Chadian positions.")
        #expect(
            relations.contains { $0.hasPrefix("rebel-forces hostility chad") || $0.hasPrefix("chad hostility rebel-forces") },
            "\(relations)")
    }

    @Test("members named by their group may have modifiers before the group's name (`rival factions of the ruling TPLF`)")
    func membersOfModifiedGroup() {
        let relations = Self.lines("Kampala has aligned itself with rival factions of the ruling TPLF.")
        #expect(relations.contains { $0.hasPrefix("tplf proxy uganda") }, "\(relations)")
        #expect(!relations.contains { $0.hasPrefix("rival-factions") }, "\(relations)")
    }

    @Test(
        "a group named by the text keeps the words that qualify it",
        arguments: [
            // An organ word before a group noun after a patron compound.
            ("Villages near the border are run by a Laos-linked military militia.", "laos-linked-military-militia proxy laos"),
            // A name head after a patron compound, with no name after it.
            ("The Iran-aligned group fired rockets at Israel.", "iran-aligned-group proxy iran"),
            // `ethnic` before a demonym: the people's forces, not the state.
            ("The enclave was held by ethnic Serb forces backed by Belgrade.", "ethnic-serb-forces proxy serbia"),
            // `pro-` before a modifier.
            ("Pro-government forces, backed by Ankara, repelled the assault.", "pro-government-forces proxy turkey"),
            // `anti-` before the actor the group stands against.
            ("Turkish drones protect anti-Assad rebels in Idlib.", "anti-assad-rebels hostility syria"),
        ])
    func qualifiedGroupName(text: String, relation: String) {
        let relations = Self.lines(text)
        #expect(relations.contains { $0.hasPrefix(relation) }, "\(relations)")
    }
}
