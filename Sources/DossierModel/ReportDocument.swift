/// The text of a report ready for extraction: the body with its front matter taken off,
/// and what the front matter (or the file) said about it.
public struct ReportDocument: Sendable, Hashable {
    /// The report's text without front matter.
    public var body: String
    /// The title from front matter, if any.
    public var title: String?
    /// The publication date from front matter, if any. The extractor may also find a date
    /// line in the body; this one wins.
    public var published: PartialDate?
    /// A language tag (`ko`, `en`) from front matter, if any.
    public var language: String?
    /// Where the report came from (front matter `source`), if given.
    public var source: String?

    public init(
        body: String,
        title: String? = nil,
        published: PartialDate? = nil,
        language: String? = nil,
        source: String? = nil
    ) {
        self.body = body
        self.title = title
        self.published = published
        self.language = language
        self.source = source
    }
}
