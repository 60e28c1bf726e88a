import DossierModel

/// The position in the log that a projection includes up to.
public typealias Checkpoint = LogPosition

/// Where a fact was read: the report and, when the extractor knew them, the sentence and the
/// words it was taken from.
public struct Citation: Sendable, Hashable, Codable {
    /// The report's id (its content SHA-256).
    public var report: String
    /// The 1-based number of the sentence in the report.
    public var sentence: Int?
    /// The words of the report the fact was taken from.
    public var excerpt: String?

    public init(report: String, sentence: Int? = nil, excerpt: String? = nil) {
        self.report = report
        self.sentence = sentence
        self.excerpt = excerpt
    }

    /// The citation of a fact's source, or `nil` when the source gives neither sentence nor excerpt
    /// (the report alone is already in the entity's `sources`).
    init?(report: String, source: FactSource?) {
        guard let source, source.sentence != nil || source.excerpt?.isEmpty == false else { return nil }
        self.init(report: report, sentence: source.sentence, excerpt: source.excerpt?.nonEmpty)
    }
}

/// Words attributed to a person, with where they were read.
public struct Quotation: Sendable, Hashable, Codable {
    public var text: String
    /// The reporting verb (`말했다`, `said`), when known.
    public var verb: String?
    public var citation: Citation

    public init(text: String, verb: String? = nil, citation: Citation) {
        self.text = text
        self.verb = verb
        self.citation = citation
    }
}

/// A title a person was reported with, and where.
public struct TitleRecord: Sendable, Hashable, Codable {
    public var title: String?
    public var org: String?
    public var unit: String?
    /// The report that gave it.
    public var report: String
    /// The log sequence of that report.
    public var sequence: UInt64
}

/// A person, merged across reports on name and native spelling.
public struct PersonEntity: Sendable, Hashable, Codable {
    public var name: String
    public var native: String?
    /// Other spellings seen for the same person.
    public var otherNames: [String]
    /// The most recently reported title.
    public var title: String?
    /// The organisation of the most recent title.
    public var org: String?
    /// The unit code of the most recent title.
    public var unit: String?
    /// Every title reported, oldest first (repeats of the current title are kept once a report).
    public var titleHistory: [TitleRecord]
    /// What the person presented.
    public var topics: [String]
    /// How many quotations are attributed to the person.
    public var quotes: Int
    /// The reports that mention the person, in log order.
    public var sources: [String]
    /// The sentences and excerpts of the facts about the person (names, titles, presentations),
    /// in log order; `nil` when no fact carried one.
    public var citations: [Citation]?
    /// The words attributed to the person, in log order; `nil` when none.
    public var quotations: [Quotation]?
}

/// A unit of an organisation (a business group, a division).
public struct UnitEntity: Sendable, Hashable, Codable {
    public var name: String?
    public var code: String?
    public var parent: String?
    public var established: PartialDate?
    public var sources: [String]
    /// The sentences and excerpts the unit was read from; `nil` when no fact carried one.
    public var citations: [Citation]?
}

/// A figure reported about an organisation.
public struct MetricEntry: Sendable, Hashable, Codable {
    public var what: String?
    public var value: Double
    public var unit: String?
    public var qualifier: String?
    public var date: PartialDate?
    public var report: String
    /// The sentence of the report the figure was read from, when known.
    public var sentence: Int?
    /// The words the figure was read from, when known.
    public var excerpt: String?
}

/// An organisation, merged across reports and scripts on its names, native spelling and aliases.
public struct OrgEntity: Sendable, Hashable, Codable {
    public var name: String
    public var native: String?
    public var aliases: [String]
    public var units: [UnitEntity]
    /// Names of the people whose current title is at this organisation.
    public var people: [String]
    /// Other organisations reported beside this one (partners, customers) in the same reports.
    public var partners: [String]
    public var metrics: [MetricEntry]
    public var sources: [String]
}

/// An event such as a summit.
public struct EventEntity: Sendable, Hashable, Codable {
    public var name: String
    public var native: String?
    public var aliases: [String]
    public var start: PartialDate?
    public var end: PartialDate?
    public var place: String?
    public var placeNative: String?
    public var region: String?
    public var merges: [String]
    public var sources: [String]
}

/// One line of the timeline.
public struct TimelineEntry: Sendable, Hashable, Codable {
    public var date: PartialDate
    public var end: PartialDate?
    /// `event`, `established` or `dated`.
    public var kind: String
    /// What happened.
    public var what: String
    /// Who (an organisation or person), when known.
    public var who: String?
    /// Where, when known.
    public var place: String?
    /// The reports that said it, in log order.
    public var sources: [String]
    /// The sentences and excerpts that said it, in log order; `nil` when no fact carried one.
    public var citations: [Citation]?
}

/// A report in the log.
public struct ReportEntry: Sendable, Hashable, Codable {
    public var report: String
    public var fileName: String
    public var title: String?
    public var published: PartialDate?
    public var facts: Int
    public var ingestedAt: String
    public var sequence: UInt64
}

/// A report that was refused.
public struct RejectedEntry: Sendable, Hashable, Codable {
    public var report: String
    public var fileName: String
    public var code: String
    public var reason: String
    public var rejectedAt: String
}
