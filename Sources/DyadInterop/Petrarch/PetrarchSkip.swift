/// Why the converter left something out; the report counts each reason.
public enum PetrarchSkip: Error, Hashable, Sendable, CustomStringConvertible {
    /// `[]`.
    case emptyCode
    /// `[---]`, `[+++]`: an entry PETRARCH recognises but does not code.
    case nullCode(String)
    /// A code that is not letters and digits (`ELR/GAL`).
    case unreadableCode(String)
    /// A date restriction that is not `>DATE`, `<DATE` or `DATE-DATE` with 6- or 8-digit dates.
    case badDate(String)
    /// An entry without any code.
    case noCode
    /// A code whose first sector the mapping skips (`BUS`, `MED`).
    case skippedSector(String)
    /// A code whose prefix the mapping skips (`UIS`).
    case skippedPrefix(String)
    /// A name that is too short or has no letters.
    case unusableName(String)
    /// A name another entry (or the base pack) already uses.
    case nameTaken
    /// Every name of the entry was taken or unusable.
    case allNamesTaken
    /// The entry is the same actor as one of the base pack.
    case inBasePack
    /// A role or parent code that names no actor of the pack.
    case unknownReference(String)
    /// A role that overlaps, in time, a role for an unrelated actor.
    case overlappingRole
    /// A second undated code of a person or an entity (a person has one parent, an entity one code).
    case secondUndatedCode
    /// A verb pattern with synsets, groups or markers Dyad's converter does not translate.
    case complexVerbPattern
    /// An event code the mapping maps to `none`.
    case unmappedEvent

    /// The reason as a report line; codes and names are left out, so equal reasons count together.
    public var description: String {
        switch self {
        case .emptyCode: "empty code []"
        case .nullCode(let code): "null code [\(code)] (recognised but not coded by PETRARCH)"
        case .unreadableCode: "code that is not letters and digits"
        case .badDate: "date restriction that is not >YYMMDD, <YYMMDD or YYMMDD-YYMMDD"
        case .noCode: "entry without a code"
        case .skippedSector(let sector): "sector \(sector) (skipped by the mapping)"
        case .skippedPrefix(let prefix): "prefix \(prefix) (skipped by the mapping)"
        case .unusableName: "name too short or without letters"
        case .nameTaken: "name already used by another actor"
        case .allNamesTaken: "entry whose names are all used by other actors"
        case .inBasePack: "actor already in the base pack (its code maps to that actor)"
        case .unknownReference: "role or parent code with no actor in the pack"
        case .overlappingRole: "role overlapping in time a role for an unrelated actor"
        case .secondUndatedCode: "second undated code (a person has one parent, an entity one code)"
        case .complexVerbPattern: "verb pattern with synsets, groups or markers"
        case .unmappedEvent: "verb pattern whose event code the mapping maps to none"
        }
    }
}
