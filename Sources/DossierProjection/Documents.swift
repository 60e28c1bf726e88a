import DossierModel

/// A person as shown in `org.json`.
public struct PersonView: Sendable, Hashable, Codable {
    public var name: String
    public var native: String?
    public var otherNames: [String]?
    public var title: String?
    public var org: String?
    public var unit: String?
    public var titleHistory: [TitleRecord]
    public var topics: [String]
    public var quotes: Int
    public var sources: [String]
    /// The sentences and excerpts the person was read from (absent when none is known).
    public var citations: [Citation]?
    /// The words attributed to the person (absent when none).
    public var quotations: [Quotation]?
}

/// A unit as shown in `org.json`, with the people reported in it.
public struct UnitView: Sendable, Hashable, Codable {
    public var name: String?
    public var code: String?
    public var established: PartialDate?
    public var people: [String]
    public var sources: [String]
    /// The sentences and excerpts the unit was read from (absent when none is known).
    public var citations: [Citation]?
}

/// An organisation as shown in `org.json`: the root of its tree.
public struct OrgView: Sendable, Hashable, Codable {
    public var name: String
    public var native: String?
    public var aliases: [String]
    public var units: [UnitView]
    public var people: [PersonView]
    public var partners: [String]
    public var metrics: [MetricEntry]
    public var sources: [String]
}

/// The content of `org.json`.
public struct OrgDocument: Sendable, Hashable, Codable {
    /// The last log record this file includes.
    public var checkpoint: Checkpoint
    public var organizations: [OrgView]
    /// People reported without an organisation.
    public var unaffiliated: [PersonView]
    /// Report id → file name, for the `sources` lists.
    public var reports: [String: String]
}

/// The content of `timeline.json`.
public struct TimelineDocument: Sendable, Hashable, Codable {
    public var checkpoint: Checkpoint
    public var entries: [TimelineEntry]
    public var events: [EventEntity]
    public var reports: [String: String]
}

/// The content of `status.json`.
public struct StatusDocument: Sendable, Hashable, Codable {
    public struct Counts: Sendable, Hashable, Codable {
        public var reports: Int
        public var rejected: Int
        public var facts: Int
        public var organizations: Int
        public var people: Int
        public var events: Int
        public var timelineEntries: Int
    }

    public var checkpoint: Checkpoint
    public var counts: Counts
    public var lastIngest: String?
    public var lastReport: ReportEntry?
    public var rejectedReports: [RejectedEntry]
}

extension ProjectionState {
    var reportNames: [String: String] {
        var names: [String: String] = [:]
        for report in reports { names[report.report] = report.fileName }
        return names
    }

    /// The organisation tree.
    public var orgDocument: OrgDocument {
        let persons = self.persons
        func view(_ p: PersonEntity) -> PersonView {
            PersonView(
                name: p.name,
                native: p.native,
                otherNames: p.otherNames.isEmpty ? nil : p.otherNames,
                title: p.title,
                org: p.org,
                unit: p.unit,
                titleHistory: p.titleHistory,
                topics: p.topics,
                quotes: p.quotes,
                sources: p.sources,
                citations: p.citations,
                quotations: p.quotations
            )
        }
        // The people of each organisation, in order (one pass, where a filter per organisation
        // made building the document quadratic).
        var membersByOrg: [String: [PersonEntity]] = [:]
        for person in persons {
            if let org = person.org { membersByOrg[org, default: []].append(person) }
        }
        let orgViews = organizations.map { org -> OrgView in
            let members = membersByOrg[org.name] ?? []
            let units = org.units.map { unit in
                UnitView(
                    name: unit.name,
                    code: unit.code,
                    established: unit.established,
                    people: members.filter { $0.unit != nil && ($0.unit == unit.code || $0.unit == unit.name) }.map(
                        \.name
                    ),
                    sources: unit.sources,
                    citations: unit.citations
                )
            }
            return OrgView(
                name: org.name,
                native: org.native,
                aliases: org.aliases,
                units: units,
                people: members.map(view),
                partners: org.partners,
                metrics: org.metrics,
                sources: org.sources
            )
        }
        return OrgDocument(
            checkpoint: checkpoint,
            organizations: orgViews,
            unaffiliated: persons.filter { $0.org == nil }.map(view),
            reports: reportNames
        )
    }

    /// The timeline.
    public var timelineDocument: TimelineDocument {
        TimelineDocument(
            checkpoint: checkpoint,
            entries: timelineEntries,
            events: eventEntities,
            reports: reportNames
        )
    }

    /// Counts and the latest activity.
    public var statusDocument: StatusDocument {
        StatusDocument(
            checkpoint: checkpoint,
            counts: .init(
                reports: reports.count,
                rejected: rejected.count,
                facts: factCount,
                organizations: organizations.count,
                people: persons.count,
                events: eventEntities.count,
                timelineEntries: timeline.count
            ),
            lastIngest: lastIngest,
            lastReport: reports.last,
            rejectedReports: rejected
        )
    }
}
