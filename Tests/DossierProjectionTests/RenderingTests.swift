import DossierModel
import DossierTestSupport
import Foundation
import Testing

@testable import DossierProjection

/// Text that JSON, HTML, Markdown, DOT and iCalendar each treat specially.
let awkwardTexts = [
    "", "텐센트", "腾讯", "邱跃鹏", "😀", "👩🏽‍💻 team", "\u{0}\u{1}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1B}\u{1F}", "\u{7F}",
    "\"quoted\"", "back\\slash", "a/b//c", "line\u{2028}sep\u{2029}", "</script>", "a | b", "x;y,z", "é", "e\u{301}",
    "#&<>`'", "tab\there", "CRLF\r\nend", String(repeating: "가나다", count: 40),
]

/// Report ids that sort differently by bytes, by number or ignoring case.
let awkwardKeys = ["a", "ab", "B", "10", "9", "é", "z", "Z", "a0", "a-", "", "텐", "😀"]

let awkwardNumbers: [Double] = [
    0, -0.0, 1, -1, 0.1, 1.5, -2.25, 1e-7, 123.456, 1_000_000, 1e15, 9_007_199_254_740_992, 9_007_199_254_740_994, 1e16,
    1e21, .greatestFiniteMagnitude, .leastNonzeroMagnitude, 3.3333333333333335,
]

private struct Mix {
    var random: SplitMix64
    init(state: UInt64) { random = SplitMix64(state: state) }
    mutating func next() -> UInt64 { random.next() }
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func text() -> String { awkwardTexts[int(awkwardTexts.count)] }
    mutating func maybe(_ text: String) -> String? { int(3) == 0 ? nil : text }
    mutating func texts() -> [String] { (0..<int(4)).map { _ in text() } }
    mutating func date() -> PartialDate? { [nil, PartialDate(iso: "2019"), PartialDate(iso: "--05-21")][int(3)] }
    mutating func citations() -> [Citation]? {
        int(3) == 0
            ? nil : (0..<int(3)).map { _ in Citation(report: text(), sentence: maybeInt(), excerpt: maybe(text())) }
    }
    mutating func maybeInt() -> Int? { int(2) == 0 ? nil : int(1000) }

    mutating func person() -> PersonView {
        PersonView(
            name: text(),
            native: maybe(text()),
            otherNames: int(2) == 0 ? nil : texts(),
            title: maybe(text()),
            org: maybe(text()),
            unit: maybe(text()),
            titleHistory: (0..<int(3)).map { _ in
                TitleRecord(
                    title: maybe(text()),
                    org: maybe(text()),
                    unit: maybe(text()),
                    report: text(),
                    sequence: next()
                )
            },
            topics: texts(),
            quotes: int(5),
            sources: texts(),
            citations: citations(),
            quotations: int(2) == 0
                ? nil
                : (0..<int(3)).map { _ in
                    Quotation(text: text(), verb: maybe(text()), citation: Citation(report: text()))
                }
        )
    }

    mutating func org() -> OrgView {
        OrgView(
            name: text(),
            native: maybe(text()),
            aliases: texts(),
            units: (0..<int(3)).map { _ in
                UnitView(
                    name: maybe(text()),
                    code: maybe(text()),
                    established: date(),
                    people: texts(),
                    sources: texts(),
                    citations: citations()
                )
            },
            people: (0..<int(3)).map { _ in person() },
            partners: texts(),
            metrics: (0..<int(3)).map { _ in
                MetricEntry(
                    what: maybe(text()),
                    value: awkwardNumbers[int(awkwardNumbers.count)],
                    unit: maybe(text()),
                    qualifier: maybe([">=", "~"][int(2)]),
                    date: date(),
                    report: text(),
                    sentence: maybeInt(),
                    excerpt: maybe(text())
                )
            },
            sources: texts()
        )
    }

    mutating func reports() -> [String: String] {
        var names: [String: String] = [:]
        for _ in 0..<int(6) { names[awkwardKeys[int(awkwardKeys.count)]] = text() }
        return names
    }

    mutating func checkpoint() -> Checkpoint { Checkpoint(sequence: next(), hash: text()) }
}

@Suite struct PrettyJSONTests {
    @Test func writesTheBytesOfJSONEncoderForVariedDocuments() {
        var mix = Mix(state: 42)
        for round in 0..<300 {
            let org = OrgDocument(
                checkpoint: mix.checkpoint(),
                organizations: (0..<(round == 0 ? 0 : mix.int(4))).map { _ in mix.org() },
                unaffiliated: (0..<mix.int(3)).map { _ in mix.person() },
                reports: mix.reports()
            )
            var cache = RenderCache()
            cache.update(org)
            #expect(ProjectionRenderer.orgJSON(org, cache: &cache) == ProjectionRenderer.json(org))

            let timeline = TimelineDocument(
                checkpoint: mix.checkpoint(),
                entries: (0..<mix.int(4)).map { _ in
                    TimelineEntry(
                        date: mix.date() ?? PartialDate(iso: "2018-09-30")!,
                        end: mix.date(),
                        kind: mix.text(),
                        what: mix.text(),
                        who: mix.maybe(mix.text()),
                        place: mix.maybe(mix.text()),
                        sources: mix.texts(),
                        citations: mix.citations()
                    )
                },
                events: (0..<mix.int(3)).map { _ in
                    EventEntity(
                        name: mix.text(),
                        native: mix.maybe(mix.text()),
                        aliases: mix.texts(),
                        start: mix.date(),
                        end: mix.date(),
                        place: mix.maybe(mix.text()),
                        placeNative: mix.maybe(mix.text()),
                        region: mix.maybe(mix.text()),
                        merges: mix.texts(),
                        sources: mix.texts()
                    )
                },
                reports: mix.reports()
            )
            #expect(ProjectionRenderer.timelineJSON(timeline) == ProjectionRenderer.json(timeline))

            let status = StatusDocument(
                checkpoint: mix.checkpoint(),
                counts: .init(
                    reports: mix.int(9),
                    rejected: -mix.int(9),
                    facts: Int.max,
                    organizations: Int.min,
                    people: 0,
                    events: 1,
                    timelineEntries: 12345
                ),
                lastIngest: mix.maybe(mix.text()),
                lastReport: mix.int(2) == 0
                    ? nil
                    : ReportEntry(
                        report: mix.text(),
                        fileName: mix.text(),
                        title: mix.maybe(mix.text()),
                        published: mix.date(),
                        facts: mix.int(100),
                        ingestedAt: mix.text(),
                        sequence: UInt64.max
                    ),
                rejectedReports: (0..<mix.int(3)).map { _ in
                    RejectedEntry(
                        report: mix.text(),
                        fileName: mix.text(),
                        code: mix.text(),
                        reason: mix.text(),
                        rejectedAt: mix.text()
                    )
                }
            )
            #expect(ProjectionRenderer.statusJSON(status) == ProjectionRenderer.json(status))
        }
    }

    @Test func everyAwkwardNumberAndTextAsJSONEncoderWritesIt() {
        for number in awkwardNumbers {
            for text in awkwardTexts {
                let metric = MetricEntry(
                    what: text,
                    value: number,
                    unit: nil,
                    qualifier: nil,
                    date: nil,
                    report: text,
                    sentence: nil,
                    excerpt: nil
                )
                var w = PrettyJSON()
                w.write(metric)
                #expect(w.document() == ProjectionRenderer.json(metric), "\(number) \(text.debugDescription)")
            }
        }
    }

    /// Keys are ordered by their bytes with `memcmp` (session 9) exactly as by stepping through
    /// their `UTF8View`s: prefixes, shared prefixes, bytes above 0x7F, empty keys.
    @Test func keysAreOrderedAsTheirUTF8Bytes() {
        let alphabet: [String] = ["0", "1", "a", "f", "A", "é", "텐", "腾", "\u{7F}", "\u{1F600}", " "]
        var keys = ["", "0", "00", String(repeating: "0", count: 64), String(repeating: "0", count: 63) + "1"]
        var random = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let prefix = Bool.random(using: &random) ? String(repeating: "0", count: 40) : ""
            keys.append(
                prefix
                    + (0..<Int.random(in: 0...6, using: &random)).map { _ in
                        alphabet.randomElement(using: &random) ?? ""
                    }.joined()
            )
        }
        for a in keys {
            for b in keys.prefix(60) {
                #expect(PrettyJSON.utf8Precedes(a, b) == a.utf8.lexicographicallyPrecedes(b.utf8))
            }
        }
        let dictionary = Dictionary(keys.map { ($0, "v") }, uniquingKeysWith: { x, _ in x })
        #expect(
            PrettyJSON.sorted(dictionary).map(\.key)
                == dictionary.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        )
    }

    @Test func aFigureThatIsNotFiniteFailsTheDocumentAsJSONEncoderDoes() {
        for value in [Double.infinity, -Double.infinity, Double.nan] {
            var mix = Mix(state: 7)
            var org = mix.org()
            org.metrics = [
                MetricEntry(
                    what: nil,
                    value: value,
                    unit: nil,
                    qualifier: nil,
                    date: nil,
                    report: "r",
                    sentence: nil,
                    excerpt: nil
                )
            ]
            let doc = OrgDocument(checkpoint: .empty, organizations: [org], unaffiliated: [], reports: [:])
            var cache = RenderCache()
            cache.update(doc)
            #expect(ProjectionRenderer.orgJSON(doc, cache: &cache) == Array("{}\n".utf8))
            #expect(ProjectionRenderer.json(doc) == Array("{}\n".utf8))
        }
    }

    @Test func theFilesOfAStateAreJSONEncodersBytes() {
        let s = state([
            (id: "a1", file: "ko.txt", facts: seedLikeFacts),
            (id: "b2", file: "a/b \"c\".txt", facts: seedLikeFacts.reversed()),
        ])
        let files = Dictionary(
            ProjectionRenderer.render(s, formats: [.json]).map { ($0.name, $0.bytes) },
            uniquingKeysWith: { a, _ in a }
        )
        #expect(files["org.json"] == ProjectionRenderer.json(s.orgDocument))
        #expect(files["timeline.json"] == ProjectionRenderer.json(s.timelineDocument))
        #expect(files["status.json"] == ProjectionRenderer.json(s.statusDocument))
    }
}

@Suite struct IncrementalRenderingTests {
    /// Reports that add, change, merge and move organisations and people, cite a report before it
    /// is logged, log a report id twice under another name, and chart more than 20 organisations.
    static func batches() -> [(id: String, file: String, facts: [Fact])] {
        var batches: [(id: String, file: String, facts: [Fact])] = []
        batches.append((id: "r0", file: "seed.txt", facts: seedLikeFacts))
        for i in 1...30 {
            var facts: [Fact] = [
                .org(OrgFact(name: "Org \(i)", aliases: i % 5 == 0 ? ["텐센트"] : nil)),
                .person(PersonFact(name: "Person \(i % 7)", title: "CEO \(i)", org: "Org \(i % 4 + 1)")),
                .orgUnit(OrgUnitFact(name: "Unit \(i % 3)", code: "U\(i % 3)", parent: "Org \(i % 6 + 1)")),
                .metric(MetricFact(subject: "Org \(i % 9 + 1)", what: "servers", value: Double(i) * 1.5)),
                .dated(
                    DatedFact(date: PartialDate(iso: "20\(10 + i % 9)")!, subject: "Org \(i)", summary: "step \(i)")
                ),
            ]
            if i % 4 == 0 {
                facts.append(.person(PersonFact(name: "치우위에펑", native: "邱跃鹏", title: "총재", org: "Org \(i)")))
            }
            if i % 6 == 0 { facts.append(.org(OrgFact(name: "Org \(i)", native: "Org \(i - 1)"))) }
            if i % 3 == 0 {
                // One timeline entry that later reports add their sources to.
                facts.append(.dated(DatedFact(date: PartialDate(iso: "2019-05")!, subject: "Org 1", summary: "shared")))
            }
            batches.append((id: "r\(i)", file: "report-\(i)|\(i).txt", facts: facts))
        }
        return batches
    }

    /// `index.html` drawn on another thread (session 7): the same files, and the cache left in the
    /// same state (the same pieces kept, the same size), as drawing it on the caller's thread.
    @Test(arguments: [32 << 20, 6_000, 0])
    func drawingThePageInTheBackgroundChangesNothing(budget: Int) {
        var s = ProjectionState()
        var background = RenderCache(budget: budget)
        var here = RenderCache(budget: budget)
        var sequence: UInt64 = 0
        func check(_ formats: Set<ProjectionFormat> = Set(ProjectionFormat.allCases)) {
            var handedOver: [(name: String, bytes: [UInt8])] = []
            let before = background
            let a = ProjectionRenderer.render(s, formats: formats, cache: &background, parallel: true) {
                handedOver.append(($0, $1))
            }
            let b = ProjectionRenderer.render(s, formats: formats, cache: &here, parallel: false)
            #expect(a.map(\.name) == b.map(\.name))
            // Each file handed over as it is made (session 10) is the file returned, in order.
            #expect(handedOver.map(\.name) == a.map(\.name) && handedOver.map(\.bytes) == a.map(\.bytes))
            // Handed over as contents (the page as its pieces, session 12): the same bytes joined.
            var contents: [(name: String, content: ProjectionContent)] = []
            var third = before
            ProjectionRenderer.renderContents(s, formats: formats, cache: &third, parallel: true) {
                contents.append(($0, $1))
            }
            #expect(contents.map(\.name) == a.map(\.name) && contents.map(\.content.bytes) == a.map(\.bytes))
            #expect(third.size == background.size)
            // The page taken before the calendar or after it: the same files and the same cache.
            for pageFirst in [true, false] {
                var other = before
                let c = ProjectionRenderer.render(
                    s,
                    formats: formats,
                    cache: &other,
                    parallel: true,
                    pageFirst: pageFirst,
                    made: { _, _ in }
                )
                #expect(c.map(\.name) == a.map(\.name) && c.map(\.bytes) == a.map(\.bytes))
                #expect(other.size == background.size && other.calendarSize == background.calendarSize)
                for (x, y) in zip(other.entries, background.entries) {
                    #expect(x.html == y.html && x.htmlKey == y.htmlKey && x.json == y.json && x.keep == y.keep)
                }
            }
            for (x, y) in zip(a, b) { #expect(x.bytes == y.bytes, "\(x.name) after record \(sequence)") }
            #expect(background.size == here.size && background.calendarSize == here.calendarSize)
            #expect(background.entries.count == here.entries.count)
            for (x, y) in zip(background.entries, here.entries) {
                #expect(x.html == y.html && x.htmlKey == y.htmlKey && x.json == y.json)
                #expect(x.markdown == y.markdown && x.dot == y.dot && x.keep == y.keep)
            }
            #expect(background.recordedHTML == nil)
        }
        check()
        for batch in Self.batches() {
            sequence += 1
            let events: [DomainEvent] =
                [
                    .reportIngested(
                        ReportIngested(
                            report: batch.id,
                            fileName: batch.file,
                            size: 1,
                            format: "txt",
                            factCount: batch.facts.count
                        )
                    )
                ]
                + batch.facts.enumerated().map {
                    .factRecorded(FactRecorded(report: batch.id, index: $0.offset, fact: $0.element))
                }
            s.apply(sequence: sequence, hash: String(sequence), timestamp: "2026-11-29T02:15:30.439Z", events: events)
            check()
            check()
        }
        for subset: Set<ProjectionFormat> in [[.md], [.html, .dot], [], [.html], Set(ProjectionFormat.allCases)] {
            check(subset)
        }
    }

    /// `org.json` writes an organisation the cache does not hold straight into the document
    /// (session 9): the piece it then keeps is the bytes a writer of its own at that depth makes,
    /// as when pieces were written apart, and it keeps one exactly when that fits the budget.
    @Test(arguments: [32 << 20, 6_000, 0])
    func theJSONPiecesKeptAreThoseOfAWriterOfTheirOwn(budget: Int) {
        var s = ProjectionState()
        var sequence: UInt64 = 0
        var cache = RenderCache(budget: budget)
        for batch in Self.batches() {
            sequence += 1
            let events: [DomainEvent] =
                [
                    .reportIngested(
                        ReportIngested(report: batch.id, fileName: batch.file, size: 1, format: "txt", factCount: 0)
                    )
                ]
                + batch.facts.enumerated().map {
                    .factRecorded(FactRecorded(report: batch.id, index: $0.offset, fact: $0.element))
                }
            s.apply(sequence: sequence, hash: String(sequence), timestamp: "t", events: events)
            let doc = s.orgDocument
            cache.update(doc)
            let bytes = ProjectionRenderer.orgJSON(doc, cache: &cache)
            #expect(bytes == ProjectionRenderer.json(doc), "after record \(sequence)")
            var kept = 0
            for (index, view) in doc.organizations.enumerated() {
                var own = PrettyJSON(capacity: 1024, depth: 2)
                own.write(view)
                if let piece = cache.entries[index].json {
                    #expect(piece == own.out)
                    kept += piece.count
                }
            }
            #expect(kept <= budget && (budget > 0 || kept == 0))
        }
        #expect(budget < 32 << 20 || cache.entries.allSatisfy { !$0.keep || $0.json != nil })
    }

    @Test(arguments: [32 << 20, 6_000, 0])
    func renderingWithTheCacheAfterEachReportGivesTheBytesOfAFullRender(budget: Int) {
        var s = ProjectionState()
        var cache = RenderCache(budget: budget)
        let formats = Set(ProjectionFormat.allCases)
        var sequence: UInt64 = 0
        func fold(_ id: String, _ file: String, _ facts: [Fact], factReport: String? = nil) {
            sequence += 1
            let events: [DomainEvent] =
                [
                    .reportIngested(
                        ReportIngested(report: id, fileName: file, size: 1, format: "txt", factCount: facts.count)
                    )
                ]
                + facts.enumerated().map {
                    .factRecorded(FactRecorded(report: factReport ?? id, index: $0.offset, fact: $0.element))
                }
            s.apply(sequence: sequence, hash: String(sequence), timestamp: "2026-11-29T02:15:30.439Z", events: events)
        }
        func check() {
            let incremental = ProjectionRenderer.render(s, formats: formats, cache: &cache)
            let full = ProjectionRenderer.render(s, formats: formats)
            #expect(incremental.map(\.name) == full.map(\.name))
            #expect(
                cache.size <= budget
                    && cache.size == cache.entries.reduce(cache.calendarSize) { $0 + $1.size }
            )
            for (a, b) in zip(incremental, full) { #expect(a.bytes == b.bytes, "\(a.name) after record \(sequence)") }
        }
        check()
        for batch in Self.batches() {
            fold(batch.id, batch.file, batch.facts)
            check()
            // Render again with nothing new: everything comes from the cache.
            check()
        }
        // Facts citing a report that is logged only later, then that report.
        fold("r-early", "early.txt", [.org(OrgFact(name: "Org 2"))], factReport: "not-yet-logged")
        check()
        fold("not-yet-logged", "late.txt", [])
        check()
        // The same report id logged again under another file name.
        fold("r3", "renamed.txt", [])
        check()
        // Formats that change from one render to the next.
        for subset: Set<ProjectionFormat> in [[.md], [.html, .dot], [], Set(ProjectionFormat.allCases)] {
            let incremental = ProjectionRenderer.render(s, formats: subset, cache: &cache)
            let full = ProjectionRenderer.render(s, formats: subset)
            #expect(incremental.map(\.bytes) == full.map(\.bytes))
        }
        // A cache filled from another state.
        var other = ProjectionState()
        swap(&other, &s)
        check()
        swap(&other, &s)
        check()
    }
}
