/// A source text that evidence comes from.
public struct Document: Identifiable, Hashable, Sendable {
    /// Stable identifier: the content hash by default, or the id given with the text.
    public var id: String
    /// Headline or title, if known.
    public var title: String?
    /// Outlet, URL or file the text came from, if known.
    public var source: String?
    /// Publication date, if known; relative dates in the text resolve against it.
    public var published: Day?

    /// Creates a document description.
    public init(id: String, title: String? = nil, source: String? = nil, published: Day? = nil) {
        self.id = id
        self.title = title
        self.source = source
        self.published = published
    }

    /// Merges another description of the same document: this one's fields win, absent ones are filled in.
    public func merged(with other: Document) -> Document {
        Document(id: id, title: title ?? other.title, source: source ?? other.source, published: published ?? other.published)
    }
}
