import DossierModel
import Foundation

/// The formats of the projection files besides `status.json`, which is always written.
public enum ProjectionFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// `org.json`, `timeline.json`.
    case json
    /// `org.md` (with a Mermaid diagram of each organisation), `timeline.md`.
    case md
    /// `index.html`: one self-contained page with the org charts, figures, timeline and sources.
    case html
    /// `org.dot`: the organisation trees for Graphviz.
    case dot
    /// `timeline.ics`: the dated timeline as an iCalendar file.
    case ics
}

/// Renders the projection files from the state. Pure and deterministic: the same state gives
/// the same bytes.
public enum ProjectionRenderer {
    /// File name → content, for the given formats, plus `status.json`.
    public static func render(_ state: ProjectionState, formats: Set<ProjectionFormat>) -> [(
        name: String, bytes: [UInt8]
    )] {
        var cache = RenderCache()
        return render(state, formats: formats, cache: &cache)
    }

    /// The same files as ``render(_:formats:)``, byte for byte, reusing the pieces of each
    /// organisation (its JSON object, Markdown section, HTML section, DOT nodes) that `cache` holds
    /// from an earlier render when the organisation is unchanged; `cache` is brought up to date.
    ///
    /// A report usually touches a few organisations: the others are not rendered again.
    ///
    /// With `parallel` (and two cores or more), `index.html` is drawn on another thread; the
    /// files and the cache afterwards are the same either way (a test compares them).
    ///
    /// `made` is handed each file as soon as it is made, in the order of the files returned (so
    /// that they can be written while the next are rendered, session 10).
    public static func render(
        _ state: ProjectionState,
        formats: Set<ProjectionFormat>,
        cache: inout RenderCache,
        parallel: Bool = ProcessInfo.processInfo.activeProcessorCount >= 2,
        made: (_ name: String, _ bytes: [UInt8]) -> Void = { _, _ in }
    ) -> [(name: String, bytes: [UInt8])] {
        render(state, formats: formats, cache: &cache, parallel: parallel, pageFirst: nil, made: made)
    }

    /// ``render(_:formats:cache:parallel:made:)``; `pageFirst` (for the tests) decides whether a
    /// page drawn on the other thread is taken before the calendar (`true`: waited for there) or
    /// after it (`false`), instead of whether it is drawn by then (`nil`).
    static func render(
        _ state: ProjectionState,
        formats: Set<ProjectionFormat>,
        cache: inout RenderCache,
        parallel: Bool,
        pageFirst: Bool?,
        made: (_ name: String, _ bytes: [UInt8]) -> Void
    ) -> [(name: String, bytes: [UInt8])] {
        var files: [(name: String, bytes: [UInt8])] = []
        renderContents(state, formats: formats, cache: &cache, parallel: parallel, pageFirst: pageFirst) {
            name,
            content in
            let bytes = content.bytes
            files.append((name, bytes))
            made(name, bytes)
        }
        return files
    }

    /// The files of ``render(_:formats:cache:parallel:made:)``, in the same order, each handed to
    /// `made` as soon as it is made, with `index.html` as the pieces its bytes are joined from
    /// (``ProjectionContent/pieces(_:)``): a writer that takes them as they are saves joining
    /// them (a buffer of 175 MB at a million events, on the page's thread, session 12).
    public static func renderContents(
        _ state: ProjectionState,
        formats: Set<ProjectionFormat>,
        cache: inout RenderCache,
        parallel: Bool = ProcessInfo.processInfo.activeProcessorCount >= 2,
        made: (_ name: String, _ content: ProjectionContent) -> Void
    ) {
        renderContents(state, formats: formats, cache: &cache, parallel: parallel, pageFirst: nil, made: made)
    }

    static func renderContents(
        _ state: ProjectionState,
        formats: Set<ProjectionFormat>,
        cache: inout RenderCache,
        parallel: Bool,
        pageFirst: Bool?,
        made: (_ name: String, _ content: ProjectionContent) -> Void
    ) {
        func add(_ name: String, _ bytes: [UInt8]) {
            made(name, .bytes(bytes))
        }
        let org = state.orgDocument
        let timeline = state.timelineDocument
        cache.update(org)
        let status = state.statusDocument
        // `index.html` (the largest file) is drawn on another core while the JSON and Markdown
        // files are made here; the cache's choices of what to keep are then made here, in the
        // order of the page's calls, as drawing it here would have made them.
        let page =
            formats.contains(.html) && parallel
            ? PageInBackground(org: org, timeline: timeline, status: status, reports: state.reports, cache: cache)
            : nil
        if formats.contains(.json) {
            // Both documents list the same reports: sorted once.
            let reports = PrettyJSON.sorted(org.reports)
            add("org.json", orgJSON(org, cache: &cache, sortedReports: reports))
            add("timeline.json", timelineJSON(timeline, sortedReports: org.reports == timeline.reports ? reports : nil))
        }
        if formats.contains(.md) {
            // Text files handed over as their `String` (one piece), written from its storage:
            // not copied into an array first (27 MB for `org.md` at a million events).
            made("org.md", .pieces([MarkdownView.org(org, cache: &cache)]))
            made("timeline.md", .pieces([MarkdownView.timeline(timeline)]))
        }
        // The calendar is made before the page is waited for (session 9): after it, it ran on this
        // thread alone while the other core had nothing left to do. Its place among the cache's
        // choices (after the Markdown pieces, before the page's) is the same whether the page is
        // drawn here or on the other thread, so the cache afterwards is too.
        //
        // When the page is already drawn by now, it is handed over first (session 10): it is the
        // next file in order, and its writing (0.4 s at a million events) then goes on beside the
        // calendar instead of after it. Its calls to the cache are still replayed after the
        // calendar's, so the cache's choices keep their order.
        var drawn: (parts: [String], calls: [RenderCache.HTMLCall])?
        if let page, pageFirst ?? page.isDone {
            drawn = page.wait()
            if let drawn { made("index.html", .pieces(drawn.parts)) }
        }
        var calendarText: String?
        if formats.contains(.ics) {
            var ingestTimes: [String: String] = [:]
            ingestTimes.reserveCapacity(state.reports.count)
            for report in state.reports { ingestTimes[report.report] = report.ingestedAt }
            let calendar = CalendarView.calendar(timeline, ingestTimes: ingestTimes, cache: &cache)
            calendarText = calendar
        }
        if let drawn {
            cache.replayHTML(drawn.calls)
        } else if let page {
            let (parts, calls) = page.wait()
            cache.replayHTML(calls)
            made("index.html", .pieces(parts))
        } else if formats.contains(.html) {
            let parts = HTMLView.pageParts(
                org: org,
                timeline: timeline,
                status: status,
                reports: state.reports,
                cache: &cache
            )
            made("index.html", .pieces(parts))
        }
        if formats.contains(.dot) {
            made("org.dot", .pieces([DotView.graph(org, cache: &cache)]))
        }
        if let calendarText { made("timeline.ics", .pieces([calendarText])) }
        add("status.json", statusJSON(status))
    }

    /// Pretty, key-sorted JSON with a final newline, through Foundation's `JSONEncoder` (for the
    /// command line's `--json` output; the projection files are written by ``PrettyJSON`` with the
    /// same bytes).
    public static func json(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // The documents hold only strings, numbers, booleans and arrays of those: encoding cannot fail.
        guard let data = try? encoder.encode(value) else { return Array("{}\n".utf8) }
        return Array(data) + [UInt8(ascii: "\n")]
    }

    // MARK: - The JSON files

    /// `org.json`: the bytes of ``json(_:)`` for the document.
    ///
    /// Hand-tuned (session 9): an organisation whose piece the cache does not hold is written
    /// straight into the document, into a buffer sized once from a generous guess (pages reserved
    /// and never written cost nothing), and copied out for the cache only when the cache keeps it
    /// (``RenderCache/keepJSON(_:_:)``). Written as a piece of its own first, as before, the largest
    /// organisation of a million events (173 MB) grew by doubling from 1 KB and was then copied into
    /// the document: about 550 MB of fresh memory for a 210 MB file.
    static func orgJSON(
        _ doc: OrgDocument,
        cache: inout RenderCache,
        sortedReports: [(key: String, value: String)]? = nil
    ) -> [UInt8] {
        var size = 0
        for (index, org) in doc.organizations.enumerated() {
            size += cache.entries[index].json.map { $0.count + 8 } ?? PrettyJSON.estimatedSize(org)
        }
        let reports = sortedReports ?? PrettyJSON.sorted(doc.reports)
        // Room for everything but the people without an organisation (few): the buffer is not grown.
        var w = PrettyJSON(capacity: size + PrettyJSON.estimatedSize(reports) + 256 * doc.unaffiliated.count + 4096)
        w.openObject()
        w.key("checkpoint")
        w.write(doc.checkpoint)
        w.key("organizations")
        w.openArray()
        for (index, org) in doc.organizations.enumerated() {
            w.element()
            if let piece = cache.entries[index].json {
                w.raw(piece)
                continue
            }
            // The same bytes as a writer of its own at this depth (an object opens at the
            // element's indentation and leaves the writer as `raw` of its bytes does).
            let start = w.out.count
            w.write(org)
            // A figure that is not finite makes the whole document fail, as with JSONEncoder.
            if w.failed { return Array("{}\n".utf8) }
            cache.keepJSON(index, w.out[start...])
        }
        w.closeArray()
        w.dictionary("reports", sorted: reports)
        w.array("unaffiliated", doc.unaffiliated) { $0.write($1) }
        w.closeObject()
        return w.document()
    }

    /// `timeline.json`: the bytes of ``json(_:)`` for the document.
    static func timelineJSON(_ doc: TimelineDocument, sortedReports: [(key: String, value: String)]? = nil) -> [UInt8] {
        let reports = sortedReports ?? PrettyJSON.sorted(doc.reports)
        var w = PrettyJSON(
            capacity: 512 * doc.entries.count + 256 * doc.events.count + PrettyJSON.estimatedSize(reports) + 4096
        )
        w.openObject()
        w.key("checkpoint")
        w.write(doc.checkpoint)
        w.array("entries", doc.entries) { $0.write($1) }
        w.array("events", doc.events) { $0.write($1) }
        w.dictionary("reports", sorted: reports)
        w.closeObject()
        return w.document()
    }

    /// `status.json`: the bytes of ``json(_:)`` for the document.
    static func statusJSON(_ doc: StatusDocument) -> [UInt8] {
        var w = PrettyJSON(capacity: 1024 + 256 * doc.rejectedReports.count)
        w.openObject()
        w.key("checkpoint")
        w.write(doc.checkpoint)
        w.key("counts")
        w.write(doc.counts)
        w.string("lastIngest", doc.lastIngest)
        if let last = doc.lastReport {
            w.key("lastReport")
            w.write(last)
        }
        w.array("rejectedReports", doc.rejectedReports) { $0.write($1) }
        w.closeObject()
        return w.document()
    }
}

/// The rendered pieces of each organisation, kept from one render to the next (see
/// ``ProjectionRenderer/render(_:formats:cache:)``). A piece is reused only while the organisation's
/// view (its entity and its people, as in `org.json`) is equal to the one it was rendered from, its
/// place in the list is the same, and the report names it shows have not changed; anything else
/// renders it again. Holds no state of its own: an empty cache renders everything.
/// `index.html` drawn on another thread with a copy of the cache that records the pieces it hands
/// out instead of deciding what to keep (``RenderCache/replayHTML(_:)`` makes those decisions).
final class PageInBackground: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written by the drawing thread before it leaves `done`; read after waiting for it.
    // The page's text in parts (joined by whoever needs its bytes in one buffer).
    private var parts: [String] = []
    private var calls: [RenderCache.HTMLCall] = []

    init(
        org: OrgDocument,
        timeline: TimelineDocument,
        status: StatusDocument,
        reports: [ReportEntry],
        cache: RenderCache
    ) {
        var recording = cache
        recording.recordedHTML = []
        let start = recording
        // A thread of its own, not one of Dispatch's pool, which the caller may be waiting on.
        done.enter()
        let thread = Thread {
            var copy = start
            self.parts = HTMLView.pageParts(
                org: org,
                timeline: timeline,
                status: status,
                reports: reports,
                cache: &copy
            )
            self.calls = copy.recordedHTML ?? []
            self.done.leave()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Whether the page is drawn (``wait()`` then returns at once).
    var isDone: Bool { done.wait(timeout: .now()) == .success }

    /// The page and the cache calls it made, once drawn.
    func wait() -> (parts: [String], calls: [RenderCache.HTMLCall]) {
        done.wait()
        return (parts, calls)
    }
}

/// A projection file's content: its bytes, or the pieces of text they are joined from (the page:
/// a writer can take them as they are, with `writev`, rather than have them copied into one more
/// buffer).
public enum ProjectionContent: Sendable {
    case bytes([UInt8])
    case pieces([String])

    /// The bytes (the pieces joined into one buffer sized for them).
    public var bytes: [UInt8] {
        switch self {
        case .bytes(let bytes):
            return bytes
        case .pieces(let pieces):
            var bytes: [UInt8] = []
            bytes.reserveCapacity(pieces.reduce(0) { $0 + $1.utf8.count })
            for piece in pieces { bytes.append(contentsOf: piece.utf8) }
            return bytes
        }
    }
}

public struct RenderCache: Sendable {
    struct Entry: Sendable {
        var view: OrgView
        /// Whether every report the organisation cites has a name: a piece citing an unknown report
        /// shows a shortened id, which would change when that report arrives, so it is not kept.
        var keep: Bool
        var json: [UInt8]?
        var markdown: String?
        var dot: String?
        /// The HTML piece, with the place among the charted organisations and the `open` attribute
        /// it was drawn with.
        var html: String?
        var htmlKey = (index: -1, open: "")

        /// The bytes of the pieces held.
        var size: Int {
            (json?.count ?? 0) + (markdown?.utf8.count ?? 0) + (dot?.utf8.count ?? 0) + (html?.utf8.count ?? 0)
        }
    }

    /// A calendar event as rendered, with what it was rendered from.
    struct CalendarEvent: Sendable {
        var entry: TimelineEntry
        var stamp: String
        var text: String
    }

    var entries: [Entry] = []
    /// The calendar's events by `UID`.
    var calendar: [String: CalendarEvent] = [:]
    /// The bytes of the calendar's events kept.
    var calendarSize = 0
    /// The report names the pieces were rendered with.
    var names: [String: String] = [:]
    /// The most bytes of pieces kept; pieces past it are rendered each time.
    public let budget: Int
    /// The bytes of pieces kept.
    public private(set) var size = 0

    /// An empty cache that keeps up to `budget` bytes of rendered pieces (32 MiB by default: the
    /// pieces of a state of a million events would be hundreds of MB, held between renders).
    public init(budget: Int = 32 << 20) {
        self.budget = budget
    }

    /// Drops the pieces of organisations that changed, moved or disappeared (or all of them when a
    /// report's name changed), keeping the views of the document.
    mutating func update(_ doc: OrgDocument) {
        if !names.isEmpty {
            let kept = names.count <= doc.reports.count && names.allSatisfy { doc.reports[$0.key] == $0.value }
            if !kept {
                entries.removeAll()
                calendar.removeAll()
                calendarSize = 0
                size = 0
            }
        }
        names = doc.reports
        while entries.count > doc.organizations.count { size -= entries.removeLast().size }
        for (index, view) in doc.organizations.enumerated() {
            if index < entries.count {
                if entries[index].view == view { continue }
                size -= entries[index].size
                entries[index] = Entry(view: view, keep: Self.allNamed(view, doc.reports))
            } else {
                entries.append(Entry(view: view, keep: Self.allNamed(view, doc.reports)))
            }
        }
    }

    /// Replaces the calendar's events with `events` (those of the last render), or with none
    /// when they do not fit in the budget.
    mutating func keepCalendar(_ events: [String: CalendarEvent]) {
        size -= calendarSize
        let bytes = events.values.reduce(0) { $0 + $1.text.utf8.count }
        if size + bytes <= budget {
            calendar = events
            calendarSize = bytes
            size += bytes
        } else {
            calendar = [:]
            calendarSize = 0
        }
    }

    /// The piece at `path` of organisation `index`, made by `make` when the cache does not hold it.
    mutating func piece<T>(_ index: Int, _ path: WritableKeyPath<Entry, T?>, make: () -> T?) -> T? {
        if let piece = entries[index][keyPath: path] { return piece }
        let piece = make()
        if entries[index].keep {
            entries[index][keyPath: path] = piece
            fitBudget(index, undo: { $0[keyPath: path] = nil })
        }
        return piece
    }

    /// Keeps `bytes` as the JSON piece of organisation `index` when ``piece(_:_:make:)`` would
    /// have kept it (the organisation's pieces are kept and the bytes fit in the budget; the
    /// piece is not held yet), copying them only then.
    mutating func keepJSON(_ index: Int, _ bytes: ArraySlice<UInt8>) {
        guard entries[index].json == nil, entries[index].keep, size + bytes.count <= budget else { return }
        entries[index].json = Array(bytes)
        size += bytes.count
    }

    /// Counts the pieces just stored for organisation `index`, or drops them with `undo` when
    /// they would take the cache past its budget.
    private mutating func fitBudget(_ index: Int, undo: (inout Entry) -> Void) {
        let grown = entries[index].size
        var without = entries[index]
        undo(&without)
        let added = grown - without.size
        if size + added > budget {
            entries[index] = without
        } else {
            size += added
        }
    }

    /// One call of ``html(_:chartIndex:open:make:)`` and the piece it returned.
    struct HTMLCall: Sendable {
        var index: Int
        var chartIndex: Int
        var open: String
        var piece: String
    }

    /// While not `nil`, ``html(_:chartIndex:open:make:)`` keeps nothing and records its calls here
    /// instead (the copy of the cache of a page drawn on another thread).
    var recordedHTML: [HTMLCall]?

    /// Makes the choices of what to keep that the recorded calls would have made here, in order.
    mutating func replayHTML(_ calls: [HTMLCall]) {
        for call in calls {
            _ = html(call.index, chartIndex: call.chartIndex, open: call.open) { call.piece }
        }
    }

    /// The HTML piece of organisation `index`, drawn at `chartIndex` with `open`.
    mutating func html(_ index: Int, chartIndex: Int, open: String, make: () -> String) -> String {
        if let piece = entries[index].html, entries[index].htmlKey == (chartIndex, open) {
            recordedHTML?.append(HTMLCall(index: index, chartIndex: chartIndex, open: open, piece: piece))
            return piece
        }
        let piece = make()
        if recordedHTML != nil {
            recordedHTML?.append(HTMLCall(index: index, chartIndex: chartIndex, open: open, piece: piece))
            return piece
        }
        if entries[index].keep {
            // A piece drawn at another place is replaced.
            size -= entries[index].html?.utf8.count ?? 0
            entries[index].html = piece
            entries[index].htmlKey = (chartIndex, open)
            fitBudget(index, undo: { $0.html = nil })
        }
        return piece
    }

    static func allNamed(_ org: OrgView, _ names: [String: String]) -> Bool {
        func known(_ ids: [String]) -> Bool { ids.allSatisfy { names[$0] != nil } }
        func cited(_ list: [Citation]?) -> Bool { (list ?? []).allSatisfy { names[$0.report] != nil } }
        guard known(org.sources) else { return false }
        // In place: `allSatisfy` copied each figure (a retain and a release of each string).
        var figuresNamed = true
        org.metrics.forEachInPlace { metric in
            if figuresNamed && names[metric.report] == nil { figuresNamed = false }
        }
        guard figuresNamed else { return false }
        for unit in org.units where !known(unit.sources) || !cited(unit.citations) { return false }
        for person in org.people {
            guard known(person.sources), cited(person.citations),
                (person.quotations ?? []).allSatisfy({ names[$0.citation.report] != nil })
            else { return false }
        }
        return true
    }
}
