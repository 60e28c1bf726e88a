/// A report was read and its facts recorded. The first event of a report's batch.
public struct ReportIngested: Sendable, Hashable, Codable {
    /// The SHA-256 of the report's bytes, in hex: the report's id.
    public var report: String
    /// The file name the report arrived under (the last path component).
    public var fileName: String
    /// The size of the report in bytes.
    public var size: Int
    /// How the report was read: `json`, `jsonl`, `md` or `txt`.
    public var format: String
    /// The report's language tag, when front matter gives it.
    public var language: String?
    /// The publication date, when front matter gives it.
    public var published: PartialDate?
    /// The title, when front matter gives it.
    public var title: String?
    /// Where the report came from, when front matter gives it.
    public var source: String?
    /// How many facts follow in the same batch.
    public var factCount: Int

    public init(
        report: String,
        fileName: String,
        size: Int,
        format: String,
        language: String? = nil,
        published: PartialDate? = nil,
        title: String? = nil,
        source: String? = nil,
        factCount: Int
    ) {
        self.report = report
        self.fileName = fileName
        self.size = size
        self.format = format
        self.language = language
        self.published = published
        self.title = title
        self.source = source
        self.factCount = factCount
    }
}

/// A report could not be read or made sense of. Logged so that the same bytes are never
/// tried again and `status.json` can list it.
public struct ReportRejected: Sendable, Hashable, Codable {
    /// The SHA-256 of the report's bytes, in hex.
    public var report: String
    public var fileName: String
    public var size: Int
    /// A stable code (`empty`, `not-text`, `malformed`, ...).
    public var code: String
    /// The reason, for people.
    public var reason: String

    public init(report: String, fileName: String, size: Int, code: String, reason: String) {
        self.report = report
        self.fileName = fileName
        self.size = size
        self.code = code
        self.reason = reason
    }
}

/// One fact of a report, with its provenance.
public struct FactRecorded: Sendable, Hashable, Codable {
    /// A deterministic id: the report's id, `#`, and the fact's index in the report.
    public var id: String
    /// The report's id (its content SHA-256).
    public var report: String
    /// The fact's 0-based index among the report's facts.
    public var index: Int
    /// The fact itself; `fact.source` holds the sentence and excerpt it came from.
    public var fact: Fact

    public init(report: String, index: Int, fact: Fact) {
        self.id = "\(report)#\(index)"
        self.report = report
        self.index = index
        self.fact = fact
    }

    /// A fact with the id it was stored with (a reader of the log has it: making the default one
    /// first, to be replaced, cost a string for every fact read).
    public init(id: String, report: String, index: Int, fact: Fact) {
        self.id = id
        self.report = report
        self.index = index
        self.fact = fact
    }
}

/// A domain event of the log, in the past tense.
///
/// Encoded as a JSON object with `type` (the event's name) and `v` (its schema version).
/// Events of a type this build does not know decode as ``unrecognized(type:version:)`` so
/// that a log written by a newer Dossier still opens.
public enum DomainEvent: Sendable, Hashable {
    case reportIngested(ReportIngested)
    case reportRejected(ReportRejected)
    case factRecorded(FactRecorded)
    case unrecognized(type: String, version: Int)

    /// The schema version this build writes.
    public static let currentVersion = 1

    /// The event's name as written in the log.
    public var typeName: String {
        switch self {
        case .reportIngested: "ReportIngested"
        case .reportRejected: "ReportRejected"
        case .factRecorded(let recorded): Self.typeName(for: recorded.fact.kind)
        case .unrecognized(let type, _): type
        }
    }

    /// The past-tense event name of each fact kind.
    public static func typeName(for kind: FactKind) -> String {
        switch kind {
        case .event: "EventReported"
        case .person: "PersonMentioned"
        case .org: "OrganizationMentioned"
        case .orgUnit: "OrgUnitReported"
        case .presentation: "PresentationGiven"
        case .quote: "QuoteRecorded"
        case .metric: "MetricReported"
        case .dated: "DatedFactReported"
        }
    }

    static let factTypeNames: Set<String> = Set(FactKind.allCases.map(typeName(for:)))
}

extension DomainEvent: Codable {
    private enum Keys: String, CodingKey { case type, v }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        let type = try container.decode(String.self, forKey: .type)
        let version = try container.decodeIfPresent(Int.self, forKey: .v) ?? 1
        guard version <= DomainEvent.currentVersion else {
            self = .unrecognized(type: type, version: version)
            return
        }
        switch type {
        case "ReportIngested": self = .reportIngested(try ReportIngested(from: decoder))
        case "ReportRejected": self = .reportRejected(try ReportRejected(from: decoder))
        case _ where DomainEvent.factTypeNames.contains(type): self = .factRecorded(try FactRecorded(from: decoder))
        default: self = .unrecognized(type: type, version: version)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(typeName, forKey: .type)
        switch self {
        case .reportIngested(let event):
            try container.encode(DomainEvent.currentVersion, forKey: .v)
            try event.encode(to: encoder)
        case .reportRejected(let event):
            try container.encode(DomainEvent.currentVersion, forKey: .v)
            try event.encode(to: encoder)
        case .factRecorded(let event):
            try container.encode(DomainEvent.currentVersion, forKey: .v)
            try event.encode(to: encoder)
        case .unrecognized(_, let version):
            try container.encode(version, forKey: .v)
        }
    }
}
