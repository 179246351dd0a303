/// A source text that evidence comes from.
public struct Document: Identifiable, Hashable, Sendable {
    /// Stable identifier: the content hash by default, or the id given with the text.
    public var id: String
    /// Headline or title, if known.
    public var title: String?
    /// Outlet, URL or file the text came from, if known.
    public var source: String?
    /// Publication date, if known; relative dates in the text resolve against it.
    /// For a date known only to its month or year (``PartialDate``) it is the range's first day.
    public var published: Day?
    /// The last day of the publication range when the date is known only to its month or year
    /// (`2024-01` → `published` 2024-01-01, `publishedTo` 2024-01-31); `nil` for a full date.
    public var publishedTo: Day?

    /// Creates a document description.
    public init(id: String, title: String? = nil, source: String? = nil, published: Day? = nil, publishedTo: Day? = nil) {
        self.id = id
        self.title = title
        self.source = source
        self.published = published
        self.publishedTo = publishedTo
    }

    /// Merges another description of the same document: this one's fields win, absent ones are filled in.
    /// The publication range moves as one field: `publishedTo` comes with the `published` that wins.
    public func merged(with other: Document) -> Document {
        let dated = published != nil ? self : other
        return Document(
            id: id, title: title ?? other.title, source: source ?? other.source,
            published: dated.published, publishedTo: dated.publishedTo)
    }
}
