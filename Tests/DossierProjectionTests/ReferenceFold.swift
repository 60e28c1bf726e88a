import DossierModel

@testable import DossierProjection

#if canImport(Glibc)
import Glibc
#endif

// The fold as it was at the start of session 10 (each event copied out of the batch, each fact
// copied to set its excerpt, names looked up through `lookUp`'s arrays), kept as the reference the
// fold is compared with (`FoldReferenceTests`).

/// Everything the projections show, folded from the log's events. Pure: the same events in
/// the same order always give the same state, so a rebuild equals the incremental result.
struct ReferenceFold {
    // Setters are internal (not private) for the binary form (`StateBinary.swift`).
    /// The last log record folded in.
    var checkpoint: Checkpoint = .empty
    /// The time of the last record folded in.
    var lastIngest: String?
    var reports: [ReportEntry] = []
    var rejected: [RejectedEntry] = []
    var factCount = 0

    // Entities live in arrays (in order of first appearance) with a name index for merging.
    var orgs: [OrgEntity?] = []
    var people: [PersonEntity?] = []
    var events: [EventEntity?] = []
    var timeline: [TimelineEntry] = []
    var orgIndex: [String: Int] = [:]
    var personIndex: [String: Int] = [:]
    var eventIndex: [String: Int] = [:]
    var timelineIndex: [String: Int] = [:]
    var knownReports: Set<String> = []

    init() {}

    /// Whether a report (by content hash) is already in the log, ingested or rejected.
    func contains(report: String) -> Bool { knownReports.contains(report) }

    /// The organisations, in order of first appearance.
    var organizations: [OrgEntity] { orgs.compactMap { $0 } }
    /// The people, in order of first appearance.
    var persons: [PersonEntity] { people.compactMap { $0 } }
    /// The events, in order of first appearance.
    var eventEntities: [EventEntity] { events.compactMap { $0 } }
    /// The timeline, in date order.
    var timelineEntries: [TimelineEntry] {
        timeline.enumerated().sorted { a, b in
            if a.element.date != b.element.date { return a.element.date < b.element.date }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Folds one log record into the state.
    mutating func apply(sequence: UInt64, hash: String, timestamp: String, events batch: [DomainEvent]) {
        var context = BatchContext(sequence: sequence)
        for event in batch {
            switch event {
            case .reportIngested(let ingested):
                context.reportID = ingested.report
                knownReports.insert(ingested.report)
                reports.append(
                    ReportEntry(
                        report: ingested.report,
                        fileName: ingested.fileName,
                        title: ingested.title,
                        published: ingested.published,
                        facts: ingested.factCount,
                        ingestedAt: timestamp,
                        sequence: sequence
                    )
                )
                lastIngest = timestamp
            case .reportRejected(let refused):
                knownReports.insert(refused.report)
                rejected.append(
                    RejectedEntry(
                        report: refused.report,
                        fileName: refused.fileName,
                        code: refused.code,
                        reason: refused.reason,
                        rejectedAt: timestamp
                    )
                )
            case .factRecorded(let recorded):
                factCount += 1
                // Every fact of a batch names the batch's report: keep one copy of the id string
                // (each event decodes its own), so the state does not hold a million copies of it.
                let report = context.reportID == recorded.report ? context.reportID : recorded.report
                apply(recorded.fact, report: report, context: &context)
            case .unrecognized:
                continue
            }
        }
        linkPartners(context)
        checkpoint = Checkpoint(sequence: sequence, hash: hash)
    }

    /// What one batch touched, to relate its organisations to each other.
    struct BatchContext {
        var sequence: UInt64
        var reportID = ""
        var excerpts: [Int: String] = [:]
        var report: String?
        var orgsWithPeople: [Int] = []
        var orgsMentioned: [Int] = []
    }

    // MARK: - Facts

    private mutating func apply(_ fact: Fact, report: String, context: inout BatchContext) {
        context.report = report
        // Facts of one sentence carry the same excerpt: keep one copy of it (memory, docs/performance.md).
        var fact = fact
        if let source = fact.source, let sentence = source.sentence, let excerpt = source.excerpt {
            if let known = context.excerpts[sentence], known == excerpt {
                fact.source?.excerpt = known
            } else {
                context.excerpts[sentence] = excerpt
            }
        }
        switch fact {
        case .org(let org):
            let index = resolveOrg(names: [org.name] + (org.aliases ?? []), native: org.native, report: report)
            appendUnique(index, to: &context.orgsMentioned)
        case .person(let person):
            let personIndex = resolvePerson(person, report: report)
            guard var entity = people[personIndex].take() else { return }
            var orgName: String?
            if let org = person.org {
                let orgIndex = resolveOrg(names: [org], report: report)
                orgName = orgs[orgIndex]?.name
                appendUnique(orgIndex, to: &context.orgsWithPeople)
            }
            if person.title != nil || orgName != nil {
                let record = TitleRecord(
                    title: person.title,
                    org: orgName,
                    unit: person.unit,
                    report: report,
                    sequence: context.sequence
                )
                let last = entity.titleHistory.last
                if last?.title != record.title || last?.org != record.org || last?.unit != record.unit
                    || last?.report != record.report
                {
                    entity.titleHistory.append(record)
                }
                entity.title = person.title ?? entity.title
                entity.org = orgName ?? entity.org
                entity.unit = person.unit ?? entity.unit
            }
            appendCitation(Citation(report: report, source: person.source), to: &entity.citations)
            people[personIndex] = entity
        case .orgUnit(let unit):
            let parentIndex = resolveOrg(names: [unit.parent ?? "(unknown)"], report: report)
            guard var parent = orgs[parentIndex].take() else { return }
            let match = parent.units.firstIndex { existing in
                if let code = unit.code, let other = existing.code { return code.lowercased() == other.lowercased() }
                if let name = unit.name, let other = existing.name {
                    return ProjectionState.key(name) == ProjectionState.key(other)
                }
                return false
            }
            if let match {
                // Changed in place: a copy of the unit would share its `sources` with the one in
                // the array, and appending would copy the whole list (a tenth of `rebuild`).
                Self.merge(unit, report: report, into: &parent.units[match])
            } else {
                parent.units.append(
                    UnitEntity(
                        name: unit.name,
                        code: unit.code,
                        parent: parent.name,
                        established: unit.established,
                        sources: [report],
                        citations: Citation(report: report, source: unit.source).map { [$0] }
                    )
                )
            }
            orgs[parentIndex] = parent
            if let established = unit.established {
                addTimeline(
                    date: established,
                    end: nil,
                    kind: "established",
                    what:
                        "\(unit.name ?? unit.code ?? "unit")\(unit.code.map { unit.name == nil ? "" : " (\($0))" } ?? "") established",
                    who: parent.name,
                    place: nil,
                    report: report,
                    citation: Citation(report: report, source: unit.source)
                )
            }
        case .event(let event):
            let index = resolveEvent(event, report: report)
            guard let entity = events[index] else { return }
            if let start = entity.start {
                addTimeline(
                    date: start,
                    end: entity.end,
                    kind: "event",
                    what: entity.name,
                    who: nil,
                    place: [entity.place, entity.region].compactMap { $0 }.joined(separator: ", ").nonEmpty,
                    report: report,
                    citation: Citation(report: report, source: event.source)
                )
            }
        case .presentation(let presentation):
            let index = resolvePerson(PersonFact(name: presentation.person), report: report)
            if let topic = presentation.topic, var entity = people[index].take() {
                appendUnique(topic, to: &entity.topics)
                appendCitation(Citation(report: report, source: presentation.source), to: &entity.citations)
                people[index] = entity
            }
        case .quote(let quote):
            let index = resolvePerson(PersonFact(name: quote.speaker), report: report)
            if var entity = people[index].take() {
                entity.quotes += 1
                let quotation = Quotation(
                    text: quote.text,
                    verb: quote.verb,
                    citation: Citation(report: report, source: quote.source) ?? Citation(report: report)
                )
                // The first quotations in log order are kept; `quotes` counts them all.
                if entity.quotations == nil {
                    entity.quotations = [quotation]
                } else if (entity.quotations?.count ?? 0) < citationLimit {
                    entity.quotations?.append(quotation)
                }
                people[index] = entity
            }
        case .metric(let metric):
            let index = resolveOrg(names: [metric.subject ?? "(unknown)"], report: report)
            if var entity = orgs[index].take() {
                entity.metrics.append(
                    MetricEntry(
                        what: metric.what,
                        value: metric.value,
                        unit: metric.unit,
                        qualifier: metric.qualifier?.rawValue,
                        date: metric.date,
                        report: report,
                        sentence: metric.source?.sentence,
                        excerpt: metric.source?.excerpt?.nonEmpty
                    )
                )
                orgs[index] = entity
            }
        case .dated(let dated):
            addTimeline(
                date: dated.date,
                end: dated.end,
                kind: "dated",
                what: dated.summary ?? "(no summary)",
                who: dated.subject,
                place: nil,
                report: report,
                citation: Citation(report: report, source: dated.source)
            )
        }
    }

    private static func merge(_ unit: OrgUnitFact, report: String, into existing: inout UnitEntity) {
        existing.name = existing.name ?? unit.name
        existing.code = existing.code ?? unit.code
        existing.established = existing.established ?? unit.established
        appendRecent(report, to: &existing.sources)
        appendCitation(Citation(report: report, source: unit.source), to: &existing.citations)
    }

    private mutating func linkPartners(_ context: BatchContext) {
        // Organisations mentioned only by name in a report about another organisation's people
        // are its partners (or customers) in that report.
        let partners = context.orgsMentioned.filter { !context.orgsWithPeople.contains($0) }
        for owner in context.orgsWithPeople {
            guard var entity = orgs[owner].take() else { continue }
            for partner in partners {
                if let name = orgs[partner]?.name, name != entity.name { appendUnique(name, to: &entity.partners) }
            }
            orgs[owner] = entity
        }
    }

    // MARK: - Entity resolution

    /// The distinct indexes the non-empty keys name in `index`, in increasing order, and each
    /// non-empty key with what it names now. Afterwards only the keys that do not name the entity
    /// resolved yet are set (setting the others again, as before, changed nothing).
    private static func lookUp(_ keys: [String], in index: [String: Int]) -> (hits: [Int], found: [(String, Int?)]) {
        var hits: [Int] = []
        var found: [(String, Int?)] = []
        found.reserveCapacity(keys.count)
        for key in keys where !key.isEmpty {
            let hit = index[key]
            if let hit, !hits.contains(hit) { hits.append(hit) }
            found.append((key, hit))
        }
        hits.sort()
        return (hits, found)
    }

    private mutating func resolveOrg(names: [String?], native: String? = nil, report: String) -> Int {
        // Each name with its key, computed once (names first, then the native spelling).
        var named: [(name: String, key: String)] = []
        named.reserveCapacity(names.count + 1)
        for case let name? in names { named.append((name, ProjectionState.key(name))) }
        if let native { named.append((native, ProjectionState.key(native))) }
        let (hits, found) = Self.lookUp(named.map(\.key), in: orgIndex)
        let target: Int
        if let first = hits.first {
            target = first
            for other in hits.dropFirst() {
                guard let absorbed = orgs[other], var kept = orgs[target].take() else { continue }
                kept.aliases += [absorbed.name] + absorbed.aliases
                if kept.native == nil { kept.native = absorbed.native }
                kept.units += absorbed.units
                kept.metrics += absorbed.metrics
                for s in absorbed.sources { appendUnique(s, to: &kept.sources) }
                orgs[target] = kept
                orgs[other] = nil
                for (k, v) in orgIndex where v == other { orgIndex[k] = target }
            }
        } else {
            let name = names.compactMap { $0 }.first ?? "(unknown)"
            orgs.append(
                OrgEntity(
                    name: name,
                    native: nil,
                    aliases: [],
                    units: [],
                    people: [],
                    partners: [],
                    metrics: [],
                    sources: []
                )
            )
            target = orgs.count - 1
        }
        if var entity = orgs[target].take() {
            let entityKey = ProjectionState.key(entity.name)
            if entity.native == nil, let native, let nativeKey = named.last?.key, nativeKey != entityKey {
                entity.native = native
                entity.aliases.removeAll { $0 == native }
            }
            for (name, key) in named where key != entityKey {
                if name != entity.native && !containsText(entity.aliases, name) { entity.aliases.append(name) }
            }
            appendRecent(report, to: &entity.sources)
            orgs[target] = entity
        }
        for (key, hit) in found where hit != target { orgIndex[key] = target }
        return target
    }

    private mutating func resolvePerson(_ person: PersonFact, report: String) -> Int {
        let nameKey = ProjectionState.key(person.name)
        let (hits, found) = Self.lookUp(
            [nameKey] + (person.native.map { [ProjectionState.key($0)] } ?? []),
            in: personIndex
        )
        let target: Int
        if let first = hits.first {
            target = first
            for other in hits.dropFirst() {
                guard let absorbed = people[other], var kept = people[target].take() else { continue }
                kept.otherNames += [absorbed.name] + absorbed.otherNames
                if kept.native == nil { kept.native = absorbed.native }
                kept.titleHistory = (kept.titleHistory + absorbed.titleHistory).sorted { $0.sequence < $1.sequence }
                for t in absorbed.topics { appendUnique(t, to: &kept.topics) }
                kept.quotes += absorbed.quotes
                for s in absorbed.sources { appendUnique(s, to: &kept.sources) }
                for c in absorbed.citations ?? [] { appendCitation(c, to: &kept.citations) }
                if let quotations = absorbed.quotations { kept.quotations = (kept.quotations ?? []) + quotations }
                people[target] = kept
                people[other] = nil
                for (k, v) in personIndex where v == other { personIndex[k] = target }
            }
        } else {
            people.append(
                PersonEntity(
                    name: person.name,
                    native: nil,
                    otherNames: [],
                    title: nil,
                    org: nil,
                    unit: nil,
                    titleHistory: [],
                    topics: [],
                    quotes: 0,
                    sources: []
                )
            )
            target = people.count - 1
        }
        if var entity = people[target].take() {
            if entity.native == nil { entity.native = person.native }
            if nameKey != ProjectionState.key(entity.name) && !containsText(entity.otherNames, person.name)
                && person.name != entity.native
            {
                entity.otherNames.append(person.name)
            }
            appendRecent(report, to: &entity.sources)
            people[target] = entity
        }
        for (key, hit) in found where hit != target { personIndex[key] = target }
        return target
    }

    private mutating func resolveEvent(_ event: EventFact, report: String) -> Int {
        let names = [event.name, event.native] + (event.aliases ?? [])
        let keys = names.compactMap { $0 }.map(ProjectionState.key).filter { !$0.isEmpty }
        let target: Int
        let index = eventIndex
        if let hit = keys.lazy.compactMap({ index[$0] }).first {
            target = hit
        } else {
            events.append(
                EventEntity(
                    name: event.name,
                    native: nil,
                    aliases: [],
                    start: nil,
                    end: nil,
                    place: nil,
                    placeNative: nil,
                    region: nil,
                    merges: [],
                    sources: []
                )
            )
            target = events.count - 1
        }
        if var entity = events[target].take() {
            entity.native = entity.native ?? event.native
            for alias in (event.aliases ?? []) + [event.name] where alias != entity.name {
                appendUnique(alias, to: &entity.aliases)
            }
            entity.start = entity.start ?? event.start
            entity.end = entity.end ?? event.end
            entity.place = entity.place ?? event.place
            entity.placeNative = entity.placeNative ?? event.placeNative
            entity.region = entity.region ?? event.region
            for merged in event.merges ?? [] { appendUnique(merged, to: &entity.merges) }
            appendRecent(report, to: &entity.sources)
            events[target] = entity
        }
        for key in keys { eventIndex[key] = target }
        return target
    }

    private mutating func addTimeline(
        date: PartialDate,
        end: PartialDate?,
        kind: String,
        what: String,
        who: String?,
        place: String?,
        report: String,
        citation: Citation?
    ) {
        // The same happening reported as an event and as a dated fact is one entry.
        let key = "\(date.iso)|\(end?.iso ?? "")|\(ProjectionState.key(what))"
        if let index = timelineIndex[key] {
            appendRecent(report, to: &timeline[index].sources)
            appendCitation(citation, to: &timeline[index].citations)
            if timeline[index].place == nil { timeline[index].place = place }
            if timeline[index].who == nil { timeline[index].who = who }
            return
        }
        timelineIndex[key] = timeline.count
        timeline.append(
            TimelineEntry(
                date: date,
                end: end,
                kind: kind,
                what: what,
                who: who,
                place: place,
                sources: [report],
                citations: citation.map { [$0] }
            )
        )
    }
}

/// Appends a report id unless it is the last one: reports are folded in log order, so a report
/// already listed is the last (O(1), where `contains` would make the fold quadratic).
