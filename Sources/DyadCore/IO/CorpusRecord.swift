/// One document of a JSON Lines corpus: `{"id", "text", "date"?, "title"?, "source"?}`.
///
/// `date` is ISO 8601 of full or reduced precision (`2024-01-15`, `2024-01`, `2024`);
/// other fields are ignored, so corpora with extra metadata read as they are.
public struct CorpusRecord: Hashable, Sendable {
    /// The document id (a string, or a number written as one); `nil` to use the content hash.
    public var id: String?
    /// The text.
    public var text: String
    /// The publication date, possibly a month or a year.
    public var date: PartialDate?
    /// The title, if given.
    public var title: String?
    /// The source, if given.
    public var source: String?
    /// The 1-based line the record was read from.
    public var line: Int

    /// Creates a record.
    public init(id: String? = nil, text: String, date: PartialDate? = nil, title: String? = nil, source: String? = nil, line: Int = 0) {
        self.id = id
        self.text = text
        self.date = date
        self.title = title
        self.source = source
        self.line = line
    }
}
