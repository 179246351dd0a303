import DyadCore
import Testing

@testable import DyadExtraction

/// A mention that ends with a title and no name (`his Sudan counterpart`): it joins a list after a possessive, and
/// the holder's name between commas after it is read past.
@Suite("Titles without a name")
struct TitleHolderTests {
    static func lines(_ text: String, date: String) -> Set<String> {
        let result = Extractor(pack: CompoundCoordinationTests.pack).extract(DocumentInput(id: "t", text: text, date: Day(date)))
        return Set(result.relations.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
    }

    /// Whether `relations` holds an agreement between `x` and `y`, in either order.
    static func agreement(_ relations: Set<String>, _ x: String, _ y: String) -> Bool {
        relations.contains("\(x) agreement \(y)") || relations.contains("\(y) agreement \(x)")
    }

    @Test("a possessive before a state's name and a title joins the list (`Sisi and his Sudan counterpart`)")
    func possessiveBeforeTitledName() {
        let relations = Self.lines(
            "Egyptian President Abdel Fattah al-Sisi and his Sudan counterpart signed a water deal.", date: "2021-06-08")
        #expect(Self.agreement(relations, "egypt", "sudan"), "\(relations)")
    }

    @Test("an unknown holder's name between commas is read past")
    func unknownHolderName() {
        let relations = Self.lines("Eritrea and his Djiboutian counterpart, Ismael Gullo, had signed a deal.", date: "2021-06-08")
        #expect(Self.agreement(relations, "djibouti", "eritrea"), "\(relations)")
    }

    @Test("a known holder's name between commas is read past when it stands for the same actor")
    func knownHolderName() {
        let relations = Self.lines(
            "Somali President Hassan Sheikh Mohamud and his Djibouti counterpart, Ismail Omar Guelleh, have signed a border deal.",
            date: "2023-06-08")
        #expect(Self.agreement(relations, "djibouti", "somalia"), "\(relations)")
    }

    @Test("a known name of another actor between commas is no holder's name and is not read past")
    func otherActorIsNoHolder() {
        let relations = Self.lines("Djibouti's president, Isaias Afewerki, had signed a deal with Kenya.", date: "2010-06-08")
        #expect(!Self.agreement(relations, "djibouti", "kenya"), "\(relations)")
    }
}
