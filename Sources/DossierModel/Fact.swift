/// Where in a report a fact was found.
public struct FactSource: Sendable, Hashable, Codable {
    /// The 1-based number of the sentence in the report.
    public var sentence: Int?
    /// The words of the report the fact was taken from.
    public var excerpt: String?

    public init(sentence: Int? = nil, excerpt: String? = nil) {
        self.sentence = sentence
        self.excerpt = excerpt
    }
}

/// The kinds of fact, as named in the exchange format (`../shared/FACTS.md`).
public enum FactKind: String, Sendable, Hashable, Codable, CaseIterable {
    case event, person, org, orgUnit, presentation, quote, metric, dated
}

/// An event such as a summit or a keynote.
public struct EventFact: Sendable, Hashable, Codable {
    public var name: String
    public var native: String?
    public var aliases: [String]?
    public var start: PartialDate?
    public var end: PartialDate?
    public var place: String?
    public var placeNative: String?
    public var region: String?
    /// Names of earlier events this one merged.
    public var merges: [String]?
    public var yearInferred: Bool?
    public var source: FactSource?

    public init(
        name: String,
        native: String? = nil,
        aliases: [String]? = nil,
        start: PartialDate? = nil,
        end: PartialDate? = nil,
        place: String? = nil,
        placeNative: String? = nil,
        region: String? = nil,
        merges: [String]? = nil,
        yearInferred: Bool? = nil,
        source: FactSource? = nil
    ) {
        self.name = name
        self.native = native
        self.aliases = aliases
        self.start = start
        self.end = end
        self.place = place
        self.placeNative = placeNative
        self.region = region
        self.merges = merges
        self.yearInferred = yearInferred
        self.source = source
    }
}

/// A person, with the title and organisation the report gives.
public struct PersonFact: Sendable, Hashable, Codable {
    public var name: String
    public var native: String?
    public var title: String?
    public var org: String?
    /// A unit code such as `CSIG`.
    public var unit: String?
    public var source: FactSource?

    public init(
        name: String,
        native: String? = nil,
        title: String? = nil,
        org: String? = nil,
        unit: String? = nil,
        source: FactSource? = nil
    ) {
        self.name = name
        self.native = native
        self.title = title
        self.org = org
        self.unit = unit
        self.source = source
    }
}

/// An organisation (a company or group).
public struct OrgFact: Sendable, Hashable, Codable {
    public var name: String
    public var native: String?
    public var aliases: [String]?
    public var source: FactSource?

    public init(name: String, native: String? = nil, aliases: [String]? = nil, source: FactSource? = nil) {
        self.name = name
        self.native = native
        self.aliases = aliases
        self.source = source
    }
}

/// A unit of an organisation (a business group, a division).
public struct OrgUnitFact: Sendable, Hashable, Codable {
    public var name: String?
    public var code: String?
    public var parent: String?
    public var established: PartialDate?
    public var source: FactSource?

    public init(
        name: String? = nil,
        code: String? = nil,
        parent: String? = nil,
        established: PartialDate? = nil,
        source: FactSource? = nil
    ) {
        self.name = name
        self.code = code
        self.parent = parent
        self.established = established
        self.source = source
    }
}

/// Who presented what.
public struct PresentationFact: Sendable, Hashable, Codable {
    public var person: String
    public var topic: String?
    public var event: String?
    public var source: FactSource?

    public init(person: String, topic: String? = nil, event: String? = nil, source: FactSource? = nil) {
        self.person = person
        self.topic = topic
        self.event = event
        self.source = source
    }
}

/// Words someone said, with the reporting verb.
public struct QuoteFact: Sendable, Hashable, Codable {
    public var speaker: String
    public var text: String
    public var verb: String?
    public var source: FactSource?

    public init(speaker: String, text: String, verb: String? = nil, source: FactSource? = nil) {
        self.speaker = speaker
        self.text = text
        self.verb = verb
        self.source = source
    }
}

/// How a figure relates to the value stated.
public enum MetricQualifier: String, Sendable, Hashable, Codable, CaseIterable {
    case equal = "="
    case greater = ">"
    case atLeast = ">="
    case less = "<"
    case atMost = "<="
    case approximately = "~"
}

/// A figure claimed in a report.
public struct MetricFact: Sendable, Hashable, Codable {
    /// The organisation the figure belongs to.
    public var subject: String?
    /// The thing counted or measured.
    public var what: String?
    /// A plain number in base units (`3만 8천` is 38000).
    public var value: Double
    /// An ISO 4217 currency code, or the unit or counter as written (`대`, `건`, `%`, `T`).
    public var unit: String?
    public var qualifier: MetricQualifier?
    public var date: PartialDate?
    public var source: FactSource?

    public init(
        subject: String? = nil,
        what: String? = nil,
        value: Double,
        unit: String? = nil,
        qualifier: MetricQualifier? = nil,
        date: PartialDate? = nil,
        source: FactSource? = nil
    ) {
        self.subject = subject
        self.what = what
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.date = date
        self.source = source
    }
}

/// Something that happened on a date.
public struct DatedFact: Sendable, Hashable, Codable {
    public var date: PartialDate
    public var end: PartialDate?
    public var subject: String?
    public var summary: String?
    public var yearInferred: Bool?
    public var source: FactSource?

    public init(
        date: PartialDate,
        end: PartialDate? = nil,
        subject: String? = nil,
        summary: String? = nil,
        yearInferred: Bool? = nil,
        source: FactSource? = nil
    ) {
        self.date = date
        self.end = end
        self.subject = subject
        self.summary = summary
        self.yearInferred = yearInferred
        self.source = source
    }
}

/// One fact taken from a report, in the exchange format of `../shared/FACTS.md`.
///
/// Encoded as one JSON object with a `kind` field beside the fields of its kind.
public enum Fact: Sendable, Hashable {
    case event(EventFact)
    case person(PersonFact)
    case org(OrgFact)
    case orgUnit(OrgUnitFact)
    case presentation(PresentationFact)
    case quote(QuoteFact)
    case metric(MetricFact)
    case dated(DatedFact)

    /// The kind of this fact.
    public var kind: FactKind {
        switch self {
        case .event: .event
        case .person: .person
        case .org: .org
        case .orgUnit: .orgUnit
        case .presentation: .presentation
        case .quote: .quote
        case .metric: .metric
        case .dated: .dated
        }
    }

    /// Where in the report the fact was found.
    public var source: FactSource? {
        get {
            switch self {
            case .event(let f): f.source
            case .person(let f): f.source
            case .org(let f): f.source
            case .orgUnit(let f): f.source
            case .presentation(let f): f.source
            case .quote(let f): f.source
            case .metric(let f): f.source
            case .dated(let f): f.source
            }
        }
        set {
            switch self {
            case .event(var f): f.source = newValue; self = .event(f)
            case .person(var f): f.source = newValue; self = .person(f)
            case .org(var f): f.source = newValue; self = .org(f)
            case .orgUnit(var f): f.source = newValue; self = .orgUnit(f)
            case .presentation(var f): f.source = newValue; self = .presentation(f)
            case .quote(var f): f.source = newValue; self = .quote(f)
            case .metric(var f): f.source = newValue; self = .metric(f)
            case .dated(var f): f.source = newValue; self = .dated(f)
            }
        }
    }
}

extension Fact: Codable {
    private enum KindKey: String, CodingKey { case kind }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: KindKey.self)
        let kind = try container.decode(FactKind.self, forKey: .kind)
        switch kind {
        case .event: self = .event(try EventFact(from: decoder))
        case .person: self = .person(try PersonFact(from: decoder))
        case .org: self = .org(try OrgFact(from: decoder))
        case .orgUnit: self = .orgUnit(try OrgUnitFact(from: decoder))
        case .presentation: self = .presentation(try PresentationFact(from: decoder))
        case .quote: self = .quote(try QuoteFact(from: decoder))
        case .metric: self = .metric(try MetricFact(from: decoder))
        case .dated: self = .dated(try DatedFact(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: KindKey.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .event(let f): try f.encode(to: encoder)
        case .person(let f): try f.encode(to: encoder)
        case .org(let f): try f.encode(to: encoder)
        case .orgUnit(let f): try f.encode(to: encoder)
        case .presentation(let f): try f.encode(to: encoder)
        case .quote(let f): try f.encode(to: encoder)
        case .metric(let f): try f.encode(to: encoder)
        case .dated(let f): try f.encode(to: encoder)
        }
    }
}
