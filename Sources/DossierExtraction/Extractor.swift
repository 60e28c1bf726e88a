import DossierModel

/// Turns a report written for people into facts. Pure: the same document and lexicon
/// always give the same facts, in the same order.
public struct Extractor: Sendable {
    /// The words the rules are driven by.
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// The facts of one report, in the order the report gives them.
    public func extract(_ document: ReportDocument) -> [Fact] {
        []
    }
}

/// Titles, organisation suffixes, event nouns, quote verbs, counters and known
/// organisations, loaded from the files under `Config/lexicon/`.
public struct Lexicon: Sendable, Hashable {
    public init() {}

    /// The lexicon built into the binary, used when no lexicon folder is configured.
    public static let builtIn = Lexicon()
}
