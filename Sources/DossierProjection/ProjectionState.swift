import DossierModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Everything the projections show, folded from the log's events. Pure: the same events in
/// the same order always give the same state, so a rebuild equals the incremental result.
public struct ProjectionState: Sendable, Hashable, Codable {
    // Setters are internal (not private) for the binary form (`StateBinary.swift`).
    /// The last log record folded in.
    public internal(set) var checkpoint: Checkpoint = .empty
    /// The time of the last record folded in.
    public internal(set) var lastIngest: String?
    public internal(set) var reports: [ReportEntry] = []
    public internal(set) var rejected: [RejectedEntry] = []
    public internal(set) var factCount = 0

    // Entities live in arrays (in order of first appearance) with a name index for merging.
    var orgs: [OrgEntity?] = []
    var people: [PersonEntity?] = []
    var events: [EventEntity?] = []
    var timeline: [TimelineEntry] = []
    var orgIndex: [NameKey: Int] = [:]
    var personIndex: [NameKey: Int] = [:]
    var eventIndex: [String: Int] = [:]
    var timelineIndex: [String: Int] = [:]
    var knownReports: Set<String> = []

    public init() {}

    /// Whether a report (by content hash) is already in the log, ingested or rejected.
    public func contains(report: String) -> Bool { knownReports.contains(report) }

    /// The organisations, in order of first appearance.
    public var organizations: [OrgEntity] { orgs.compactMap { $0 } }
    /// The people, in order of first appearance.
    public var persons: [PersonEntity] { people.compactMap { $0 } }
    /// The events, in order of first appearance.
    public var eventEntities: [EventEntity] { events.compactMap { $0 } }
    /// The timeline, in date order.
    public var timelineEntries: [TimelineEntry] {
        timeline.enumerated().sorted { a, b in
            if a.element.date != b.element.date { return a.element.date < b.element.date }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Folds one log record into the state.
    public mutating func apply(sequence: UInt64, hash: String, timestamp: String, events batch: [DomainEvent]) {
        var context = BatchContext(sequence: sequence)
        // In place, not `for event in batch` nor by index: each event was copied out of the batch
        // (a retain and a release of every string it holds, on strings the reading thread made:
        // sessions 10 and 12).
        batch.forEachInPlace { event in
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
                break
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
        // The fact is copied to change it only when its excerpt is another copy of the text: the
        // reader hands out the same string for the same bytes (`RecentStrings`), so it rarely is,
        // and copying every fact (a retain and a release of each of its strings) was a tenth of
        // the fold (session 10).
        if let source = fact.source, let sentence = source.sentence, let excerpt = source.excerpt {
            if let known = context.excerpts[sentence], known == excerpt {
                if !sameStorage(known, excerpt) {
                    var copy = fact
                    copy.source?.excerpt = known
                    applyFact(copy, report: report, context: &context)
                    return
                }
            } else {
                context.excerpts[sentence] = excerpt
            }
        }
        applyFact(fact, report: report, context: &context)
    }

    private mutating func applyFact(_ fact: Fact, report: String, context: inout BatchContext) {
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
                if let name = unit.name, let other = existing.name { return Self.key(name) == Self.key(other) }
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

    /// The key names are compared on: lower case, without white space.
    static func key(_ name: String) -> String {
        if let fast = simpleKey(name) { return fast }
        return String(name.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
    }

    /// ``key(_:)`` as the organisation and person indexes hold it: a simple key (nearly all) is
    /// marked as text in composed form, hashed and compared by its bytes (see ``NameKey``).
    static func nameKey(_ name: String) -> NameKey {
        if let fast = simpleKey(name) { return NameKey(fast, composed: true) }
        return NameKey(String(name.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace }), composed: false)
    }

    /// ``key(_:)`` for names of ASCII, Hangul syllables and CJK ideographs only (nearly all of
    /// them), without Unicode property look-ups: those scalars have no case mapping and no white
    /// space but ASCII's (tab to carriage return, space), so lower-casing A–Z and dropping those
    /// gives the same key. `nil` for any other scalar. (The fold asked for every name's key, and
    /// the property look-ups were a tenth of `rebuild`, docs/performance.md.)
    ///
    /// Hand-tuned (session 9): the name's UTF-8 bytes are read once to find whether the key is the
    /// name itself (no capital, no white space: most names), which returns the name without
    /// allocating; only a key that differs is written, straight into the new string's storage.
    /// Going scalar by scalar through an array made for every name was 0.25 G instructions of a
    /// 100k-event rebuild.
    static func simpleKey(_ name: String) -> String? {
        let scanned = name.utf8.withContiguousStorageIfAvailable { Self.simpleKeyScan($0) }
        guard let scanned else { return unicodeScalarSimpleKey(name) }
        switch scanned {
        case .other: return nil
        case .same: return name
        case .changed(let count):
            return name.utf8.withContiguousStorageIfAvailable { utf8 in
                String(unsafeUninitializedCapacity: count) { out in
                    var written = 0
                    for byte in utf8 {
                        switch byte {
                        case 0x09...0x0D, 0x20: continue
                        case UInt8(ascii: "A")...UInt8(ascii: "Z"): out[written] = byte + 0x20
                        default: out[written] = byte
                        }
                        written += 1
                    }
                    return written
                }
            } ?? unicodeScalarSimpleKey(name)
        }
    }

    /// What ``simpleKey(_:)`` found in a name's bytes.
    enum SimpleKeyScan: Equatable {
        /// A scalar outside ASCII, Hangul syllables and the CJK blocks: no simple key.
        case other
        /// The key is the name.
        case same
        /// The key differs: it has this many bytes.
        case changed(count: Int)
    }

    /// Reads a name's UTF-8 bytes (valid, as a `String`'s are) for ``simpleKey(_:)``.
    static func simpleKeyScan(_ utf8: UnsafeBufferPointer<UInt8>) -> SimpleKeyScan {
        var dropped = 0
        var changed = false
        var i = 0
        let count = utf8.count
        while i < count {
            let byte = utf8[i]
            if byte < 0x80 {
                switch byte {
                case 0x09...0x0D, 0x20:
                    dropped += 1
                    changed = true
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): changed = true
                default: break
                }
                i += 1
            } else if byte & 0xF0 == 0xE0, i + 2 < count {
                // A three-byte sequence: the only length the allowed blocks have.
                let v = UInt32(byte & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                guard (0xAC00...0xD7A3).contains(v) || (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
                else { return .other }
                i += 3
            } else {
                return .other
            }
        }
        return changed ? .changed(count: count - dropped) : .same
    }

    /// ``simpleKey(_:)`` scalar by scalar (the form before session 9), for a string whose bytes
    /// are not contiguous, and as the reference in tests.
    static func unicodeScalarSimpleKey(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var changed = false
        for scalar in name.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let byte = UInt8(v)
                switch byte {
                case 0x09...0x0D, 0x20: changed = true
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    bytes.append(byte + 0x20)
                    changed = true
                default: bytes.append(byte)
                }
            } else if (0xAC00...0xD7A3).contains(v) || (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) {
                // Three bytes in UTF-8.
                bytes.append(0xE0 | UInt8(v >> 12))
                bytes.append(0x80 | UInt8((v >> 6) & 0x3F))
                bytes.append(0x80 | UInt8(v & 0x3F))
            } else {
                return nil
            }
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : name
    }

    private mutating func resolveOrg(names: [String?], native: String? = nil, report: String) -> Int {
        // Each name with its key and what the index holds for it, computed once (names first,
        // then the native spelling), all looked up before anything changes. Hand-tuned (session
        // 10): one array, not four (the keys, the hits and what was
        // found were arrays of their own for every organisation named); the distinct hits are
        // listed only when there are two or more (a merge).
        var named: [(name: String, key: NameKey, hit: Int?)] = []
        named.reserveCapacity(names.count + 1)
        for case let name? in names {
            let key = Self.nameKey(name)
            named.append((name, key, key.isEmpty ? nil : orgIndex[key]))
        }
        if let native {
            let key = Self.nameKey(native)
            named.append((native, key, key.isEmpty ? nil : orgIndex[key]))
        }
        var lowest: Int?
        var several = false
        for entry in named {
            guard let hit = entry.hit else { continue }
            if let known = lowest {
                if hit != known {
                    several = true
                    lowest = min(known, hit)
                }
            } else {
                lowest = hit
            }
        }
        let target: Int
        if let first = lowest {
            target = first
            var others: [Int] = []
            if several {
                for entry in named {
                    if let hit = entry.hit, hit != first, !others.contains(hit) { others.append(hit) }
                }
                others.sort()
            }
            for other in others {
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
            let entityKey = Self.nameKey(entity.name)
            if entity.native == nil, let native, let nativeKey = named.last?.key, nativeKey != entityKey {
                entity.native = native
                entity.aliases.removeAll { $0 == native }
            }
            for (name, key, _) in named where key != entityKey {
                if name != entity.native && !containsText(entity.aliases, name) { entity.aliases.append(name) }
            }
            appendRecent(report, to: &entity.sources)
            orgs[target] = entity
        }
        for (_, key, hit) in named where !key.isEmpty && hit != target { orgIndex[key] = target }
        return target
    }

    private mutating func resolvePerson(_ person: PersonFact, report: String) -> Int {
        // The name's key and the native spelling's, looked up before anything changes (as
        // `lookUp` did, without its arrays: session 10); a second distinct hit is a merge.
        let nameKey = Self.nameKey(person.name)
        let nativeKey = person.native.map(Self.nameKey)
        let nameHit = nameKey.isEmpty ? nil : personIndex[nameKey]
        let nativeHit = nativeKey.flatMap { $0.isEmpty ? nil : personIndex[$0] }
        let lowest: Int?
        let merged: Int?
        switch (nameHit, nativeHit) {
        case (let a?, let b?):
            lowest = min(a, b)
            merged = a == b ? nil : max(a, b)
        case (let a?, nil):
            lowest = a
            merged = nil
        case (nil, let b?):
            lowest = b
            merged = nil
        case (nil, nil):
            lowest = nil
            merged = nil
        }
        let target: Int
        if let first = lowest {
            target = first
            if let other = merged, let absorbed = people[other], var kept = people[target].take() {
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
            if nameKey != Self.nameKey(entity.name) && !containsText(entity.otherNames, person.name)
                && person.name != entity.native
            {
                entity.otherNames.append(person.name)
            }
            appendRecent(report, to: &entity.sources)
            people[target] = entity
        }
        if !nameKey.isEmpty, nameHit != target { personIndex[nameKey] = target }
        if let nativeKey, !nativeKey.isEmpty, nativeHit != target { personIndex[nativeKey] = target }
        return target
    }

    private mutating func resolveEvent(_ event: EventFact, report: String) -> Int {
        let names = [event.name, event.native] + (event.aliases ?? [])
        let keys = names.compactMap { $0 }.map(Self.key).filter { !$0.isEmpty }
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
        let key = "\(date.iso)|\(end?.iso ?? "")|\(Self.key(what))"
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
func appendRecent(_ report: String, to array: inout [String]) {
    if array.last != report { array.append(report) }
}

extension Optional {
    /// The value, leaving `nil` behind: an entity taken out of its array is uniquely referenced,
    /// so changing it does not copy its arrays (copy-on-write).
    mutating func take() -> Wrapped? {
        defer { self = nil }
        return self
    }
}

/// How many citations an entity keeps: the first ones in log order. Its `sources` still list
/// every report; without a bound, an organisation named in every report would keep a sentence of
/// each (memory and checkpoint size grew with the log, docs/performance.md).
let citationLimit = 20

/// Appends a citation unless there is none, it repeats the last one, or the list is full.
func appendCitation(_ citation: Citation?, to list: inout [Citation]?) {
    guard let citation, list?.last != citation, (list?.count ?? 0) < citationLimit else { return }
    if list == nil { list = [citation] } else { list?.append(citation) }
}

func appendUnique<T: Equatable>(_ value: T, to array: inout [T]) {
    if !array.contains(value) { array.append(value) }
}

func appendUnique(_ value: String, to array: inout [String]) {
    if !containsText(array, value) { array.append(value) }
}

/// `list.contains(value)`, with the same answer, found by bytes first: `String` equality is
/// Unicode canonical equivalence, which for Hangul and CJK text compares through a normalising
/// path (a third of the fold, comparing a name with every alias an organisation has, session 7
/// in docs/performance.md). Text with the same bytes is equal, so a name already listed is found
/// without it; only when no entry has the same bytes is the list compared as `String`s, which may
/// still find a differently encoded equivalent, as before.
func containsText(_ list: [String], _ value: String) -> Bool {
    let length = value.utf8.count
    let byBytes = value.utf8.withContiguousStorageIfAvailable { wanted in
        list.contains { entry in
            guard entry.utf8.count == length else { return false }
            return entry.utf8.withContiguousStorageIfAvailable { bytes in
                guard let a = bytes.baseAddress, let b = wanted.baseAddress else { return length == 0 }
                return memcmp(a, b, length) == 0
            } ?? (entry == value)
        }
    }
    return byBytes == true || list.contains(value)
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}

/// Whether keeping `b` in place of `a` keeps the same text with no second copy: the same bytes,
/// and either held in the value (up to 15 bytes, no storage of its own) or at the same address.
/// (`false` when the texts are equivalent but spelt with other bytes: then `a` must be kept.)
func sameStorage(_ a: String, _ b: String) -> Bool {
    let count = a.utf8.count
    guard b.utf8.count == count else { return false }
    guard count > 15 else { return a.utf8.elementsEqual(b.utf8) }
    let first = a.utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) }
    let second = b.utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) }
    return first != nil && first == second
}

/// Rewrites every report id the state holds (in `sources`, citations, title records, figures).
///
/// The state checkpoint stores each report id as its index in the report table, and loading maps
/// the indexes back to the table's own strings: without this the checkpoint repeated a 64-character
/// id for every mention, and decoding made a separate copy of each (docs/performance.md).
extension ProjectionState {
    /// The state with report ids written as their position in the report table (rejected reports
    /// after the ingested ones).
    public func referencingReportsByIndex() -> ProjectionState {
        var position: [String: String] = [:]
        for (i, id) in allReportIDs.enumerated() { position[id] = String(i) }
        return mappingReports { position[$0] ?? $0 }
    }

    /// The state with report indexes (from ``referencingReportsByIndex()``) replaced by the ids.
    public func resolvingReportIndexes() -> ProjectionState {
        let ids = allReportIDs
        return mappingReports { text in Int(text).flatMap { ids.indices.contains($0) ? ids[$0] : nil } ?? text }
    }

    private var allReportIDs: [String] { reports.map(\.report) + rejected.map(\.report) }

    /// The state with `transform` applied to every report reference outside the report tables.
    func mappingReports(_ transform: (String) -> String) -> ProjectionState {
        func cite(_ c: inout Citation) { c.report = transform(c.report) }
        func cites(_ list: inout [Citation]?) {
            guard var items = list else { return }
            for i in items.indices { cite(&items[i]) }
            list = items
        }
        var copy = self
        copy.orgs = orgs.map { org in
            guard var org else { return nil }
            org.sources = org.sources.map(transform)
            for u in org.units.indices {
                org.units[u].sources = org.units[u].sources.map(transform)
                cites(&org.units[u].citations)
            }
            for m in org.metrics.indices {
                org.metrics[m].report = transform(org.metrics[m].report)
            }
            return org
        }
        copy.people = people.map { person in
            guard var person else { return nil }
            person.sources = person.sources.map(transform)
            for t in person.titleHistory.indices {
                person.titleHistory[t].report = transform(person.titleHistory[t].report)
            }
            cites(&person.citations)
            if var quotations = person.quotations {
                for q in quotations.indices { cite(&quotations[q].citation) }
                person.quotations = quotations
            }
            return person
        }
        copy.events = events.map { event in
            guard var event else { return nil }
            event.sources = event.sources.map(transform)
            return event
        }
        copy.timeline = timeline.map { entry in
            var entry = entry
            entry.sources = entry.sources.map(transform)
            cites(&entry.citations)
            return entry
        }
        return copy
    }
}
