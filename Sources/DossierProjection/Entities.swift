import DossierModel

/// The position in the log that a projection includes up to.
public struct Checkpoint: Sendable, Hashable, Codable {
    /// The sequence of the last record folded in; 0 when none.
    public var sequence: UInt64
    /// The chain hash of that record.
    public var hash: String

    public init(sequence: UInt64, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }

    public static let empty = Checkpoint(sequence: 0, hash: String(repeating: "0", count: 64))
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
}

/// A unit of an organisation (a business group, a division).
public struct UnitEntity: Sendable, Hashable, Codable {
    public var name: String?
    public var code: String?
    public var parent: String?
    public var established: PartialDate?
    public var sources: [String]
}

/// A figure reported about an organisation.
public struct MetricEntry: Sendable, Hashable, Codable {
    public var what: String?
    public var value: Double
    public var unit: String?
    public var qualifier: String?
    public var date: PartialDate?
    public var report: String
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
