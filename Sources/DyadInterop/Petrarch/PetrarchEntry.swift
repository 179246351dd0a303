/// One entry of a PETRARCH/TABARI actor dictionary: its names and codes, as written.
public struct PetrarchEntry: Hashable, Sendable {
    /// The root name first, then the synonyms (`+` lines), as written (`HAMID_KARZAI_`).
    public var names: [String]
    /// The codes, in order.
    public var codes: [PetrarchCode]
    /// Codes that could not be read, with the reason.
    public var badCodes: [PetrarchSkip]
    /// The file the entry is in.
    public var file: String
    /// The line of the root name.
    public var line: Int
}
