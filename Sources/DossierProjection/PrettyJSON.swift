import DossierModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Writes JSON with exactly the bytes of Foundation's `JSONEncoder` with `.sortedKeys`,
/// `.prettyPrinted` and `.withoutEscapingSlashes` on Linux: two spaces of indentation a level,
/// `"key" : value`, empty containers as `[`, two line feeds and the closing bracket at the
/// container's indentation, `nil` optionals left out, `Double`s in Swift's shortest form without
/// a `.0`. Members must be written in key order (the callers below do; the tests compare the
/// output with `JSONEncoder`'s).
///
/// Written by hand because `JSONEncoder` was about a fifth of rendering the projections
/// (docs/performance.md): this appends straight into one buffer.
struct PrettyJSON {
    private(set) var out: [UInt8] = []
    private var depth: Int
    private var first = true
    /// Whether a number could not be written (not finite): `JSONEncoder` throws then.
    private(set) var failed = false

    /// A writer whose values start at nesting `depth` (0 for a document).
    init(capacity: Int = 4096, depth: Int = 0) {
        out.reserveCapacity(capacity)
        self.depth = depth
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    private mutating func writeIndent() {
        var count = 2 * depth
        while count > 0 {
            let n = min(count, Self.spaces.count)
            Self.spaces.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<n])) }
            count -= n
        }
    }

    private mutating func nextItem() {
        if first {
            first = false
        } else {
            out.append(UInt8(ascii: ","))
            out.append(0x0A)
        }
        writeIndent()
    }

    mutating func openObject() {
        out.append(UInt8(ascii: "{"))
        out.append(0x0A)
        depth += 1
        first = true
    }

    mutating func closeObject() {
        out.append(0x0A)
        depth -= 1
        writeIndent()
        out.append(UInt8(ascii: "}"))
        first = false
    }

    mutating func openArray() {
        out.append(UInt8(ascii: "["))
        out.append(0x0A)
        depth += 1
        first = true
    }

    mutating func closeArray() {
        out.append(0x0A)
        depth -= 1
        writeIndent()
        out.append(UInt8(ascii: "]"))
        first = false
    }

    /// Starts a member: the separator, the indentation and `"name" : `.
    ///
    /// Hand-tuned (session 10): the member's start is put together on the stack and appended at
    /// once; appended piece by piece (the indentation from a shared array, the `" : ` from an
    /// array made at every call) it was 420 instructions a key, a fifth of writing `org.json`.
    mutating func key(_ name: StaticString) {
        let separator = first ? 0 : 2
        let indent = 2 * depth
        let count = name.utf8CodeUnitCount
        let total = separator + indent + count + 5
        guard total <= 256 else {
            nextItem()
            out.append(UInt8(ascii: "\""))
            name.withUTF8Buffer { out.append(contentsOf: $0) }
            out.append(UInt8(ascii: "\""))
            out.append(0x20)
            out.append(UInt8(ascii: ":"))
            out.append(0x20)
            return
        }
        first = false
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buffer in
            guard let base = buffer.baseAddress else { return }
            var i = 0
            if separator == 2 {
                base[0] = UInt8(ascii: ",")
                base[1] = 0x0A
                i = 2
            }
            (base + i).initialize(repeating: 0x20, count: indent)
            i += indent
            base[i] = UInt8(ascii: "\"")
            (base + i + 1).initialize(from: name.utf8Start, count: count)
            i += 1 + count
            base[i] = UInt8(ascii: "\"")
            base[i + 1] = 0x20
            base[i + 2] = UInt8(ascii: ":")
            base[i + 3] = 0x20
            out.append(contentsOf: UnsafeBufferPointer(start: base, count: total))
        }
    }

    /// Starts a member whose name is text (a dictionary key).
    mutating func key(_ name: String) {
        nextItem()
        JSONText.string(name, &out)
        out.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
    }

    /// Starts an array element.
    mutating func element() { nextItem() }

    /// Appends bytes written by another writer at this writer's depth (a cached value).
    mutating func raw(_ bytes: [UInt8]) { out.append(contentsOf: bytes) }

    mutating func string(_ value: String) { JSONText.string(value, &out) }

    mutating func int(_ value: Int) { out.append(contentsOf: String(value).utf8) }

    mutating func uint(_ value: UInt64) { out.append(contentsOf: String(value).utf8) }

    /// `JSONEncoder`'s form: the `description`, without a final `.0`.
    mutating func double(_ value: Double) {
        guard value.isFinite else {
            failed = true
            return
        }
        let text = value.description
        // The final `.0` left out by bytes (`hasSuffix` and `removeLast` on the string were half
        // of writing a figure's value, session 10).
        let done = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let count = bytes.count
            let whole = count >= 2 && bytes[count - 2] == UInt8(ascii: ".") && bytes[count - 1] == UInt8(ascii: "0")
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<(whole ? count - 2 : count)]))
            return true
        }
        if done != true {
            var copy = text
            if copy.hasSuffix(".0") { copy.removeLast(2) }
            out.append(contentsOf: copy.utf8)
        }
    }

    // MARK: - Members

    mutating func string(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        JSONText.string(value, &out)
    }

    mutating func int(_ name: StaticString, _ value: Int) {
        key(name)
        int(value)
    }

    mutating func uint(_ name: StaticString, _ value: UInt64) {
        key(name)
        uint(value)
    }

    mutating func strings(_ name: StaticString, _ values: [String]?) {
        guard let values else { return }
        key(name)
        openArray()
        for value in values {
            nextItem()
            JSONText.string(value, &out)
        }
        closeArray()
    }

    mutating func date(_ name: StaticString, _ value: PartialDate?) {
        guard let value else { return }
        key(name)
        JSONText.string(value.iso, &out)
    }

    mutating func array<T>(_ name: StaticString, _ values: [T]?, _ write: (inout PrettyJSON, T) -> Void) {
        guard let values else { return }
        key(name)
        openArray()
        // In place: a `for` loop copied each value (a retain and a release of each of its strings).
        values.forEachInPlace { value in
            nextItem()
            write(&self, value)
        }
        closeArray()
    }

    /// A dictionary of strings, keys sorted on their UTF-8 bytes (as `JSONEncoder` sorts them).
    mutating func dictionary(_ name: StaticString, _ values: [String: String]) {
        dictionary(name, sorted: Self.sorted(values))
    }

    /// A dictionary of strings already in ``sorted(_:)`` order.
    mutating func dictionary(_ name: StaticString, sorted pairs: [(key: String, value: String)]) {
        key(name)
        openObject()
        for (k, v) in pairs {
            key(k)
            JSONText.string(v, &out)
        }
        closeObject()
    }

    /// The members of a dictionary in `JSONEncoder`'s `.sortedKeys` order: by the keys' UTF-8 bytes.
    static func sorted(_ values: [String: String]) -> [(key: String, value: String)] {
        values.sorted { utf8Precedes($0.key, $1.key) }
    }

    /// Whether `a`'s UTF-8 bytes come before `b`'s (`a.utf8.lexicographicallyPrecedes(b.utf8)`).
    ///
    /// Hand-tuned (session 9): compared with `memcmp` where the bytes are contiguous. The report
    /// ids sorted for `org.json` are 64 hex digits that may share long prefixes, and stepping
    /// through two `UTF8View`s cost about 6,500 instructions a comparison (0.12 G at 100k events,
    /// on the caller's thread while the page is drawn).
    static func utf8Precedes(_ a: String, _ b: String) -> Bool {
        let order = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool in
                let common = min(x.count, y.count)
                if common > 0, let p = x.baseAddress, let q = y.baseAddress {
                    let c = memcmp(p, q, common)
                    if c != 0 { return c < 0 }
                }
                return x.count < y.count
            }
        }
        return (order ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// The bytes of a document with the final line feed the projection files end with; `{}` and
    /// a line feed when a number was not finite (what the renderer wrote when `JSONEncoder` threw).
    ///
    /// Takes the writer's buffer as is (`out + [0x0A]` copied it: at a million events `org.json`
    /// is 200 MB, and each copy touched that much fresh memory, docs/performance.md, session 8).
    mutating func document() -> [UInt8] {
        if failed { return Array("{}\n".utf8) }
        out.append(0x0A)
        var document: [UInt8] = []
        swap(&document, &out)
        return document
    }

    /// About the bytes ``dictionary(_:sorted:)`` writes for `pairs` (an indented, quoted key and
    /// value a line): what a writer's capacity must allow so that its buffer is not grown (and
    /// copied) at the end of a large document.
    /// A generous guess at the bytes of ``write(_:)`` for `org` at depth 2, to size `org.json`'s
    /// buffer once: a figure is about 250 bytes besides its texts, a title record about 190,
    /// a report id in a list about 80 (measured on the benchmark's log). Too small only costs a
    /// copy as the buffer grows; too large only reserves pages that are never written.
    static func estimatedSize(_ org: OrgView) -> Int {
        var n = 1024 + 96 * (org.sources.count + org.aliases.count + org.partners.count)
        for metric in org.metrics {
            n += 384 + (metric.what?.utf8.count ?? 0) + (metric.unit?.utf8.count ?? 0)
            n += metric.excerpt?.utf8.count ?? 0
        }
        for unit in org.units {
            n += 512 + 96 * (unit.sources.count + unit.people.count) + 512 * (unit.citations?.count ?? 0)
        }
        for person in org.people {
            n += 1024 + 96 * (person.sources.count + person.topics.count + (person.otherNames?.count ?? 0))
            n += 320 * person.titleHistory.count + 512 * (person.citations?.count ?? 0)
            n += 1024 * (person.quotations?.count ?? 0)
        }
        return n
    }

    static func estimatedSize(_ pairs: [(key: String, value: String)]) -> Int {
        pairs.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count + 16 }
    }
}

// MARK: - The projection documents, members in key order

extension PrettyJSON {
    mutating func write(_ v: LogPosition) {
        openObject()
        string("hash", v.hash)
        uint("sequence", v.sequence)
        closeObject()
    }

    mutating func write(_ v: Citation) {
        openObject()
        string("excerpt", v.excerpt)
        string("report", v.report)
        if let sentence = v.sentence { int("sentence", sentence) }
        closeObject()
    }

    mutating func write(_ v: Quotation) {
        openObject()
        key("citation")
        write(v.citation)
        string("text", v.text)
        string("verb", v.verb)
        closeObject()
    }

    mutating func write(_ v: TitleRecord) {
        openObject()
        string("org", v.org)
        string("report", v.report)
        uint("sequence", v.sequence)
        string("title", v.title)
        string("unit", v.unit)
        closeObject()
    }

    mutating func write(_ v: MetricEntry) {
        openObject()
        date("date", v.date)
        string("excerpt", v.excerpt)
        string("qualifier", v.qualifier)
        string("report", v.report)
        if let sentence = v.sentence { int("sentence", sentence) }
        string("unit", v.unit)
        key("value")
        double(v.value)
        string("what", v.what)
        closeObject()
    }

    mutating func write(_ v: PersonView) {
        openObject()
        array("citations", v.citations) { $0.write($1) }
        string("name", v.name)
        string("native", v.native)
        string("org", v.org)
        strings("otherNames", v.otherNames)
        array("quotations", v.quotations) { $0.write($1) }
        int("quotes", v.quotes)
        strings("sources", v.sources)
        string("title", v.title)
        array("titleHistory", v.titleHistory) { $0.write($1) }
        strings("topics", v.topics)
        string("unit", v.unit)
        closeObject()
    }

    mutating func write(_ v: UnitView) {
        openObject()
        array("citations", v.citations) { $0.write($1) }
        string("code", v.code)
        date("established", v.established)
        string("name", v.name)
        strings("people", v.people)
        strings("sources", v.sources)
        closeObject()
    }

    mutating func write(_ v: OrgView) {
        openObject()
        strings("aliases", v.aliases)
        array("metrics", v.metrics) { $0.write($1) }
        string("name", v.name)
        string("native", v.native)
        strings("partners", v.partners)
        array("people", v.people) { $0.write($1) }
        strings("sources", v.sources)
        array("units", v.units) { $0.write($1) }
        closeObject()
    }

    mutating func write(_ v: TimelineEntry) {
        openObject()
        array("citations", v.citations) { $0.write($1) }
        date("date", v.date)
        date("end", v.end)
        string("kind", v.kind)
        string("place", v.place)
        strings("sources", v.sources)
        string("what", v.what)
        string("who", v.who)
        closeObject()
    }

    mutating func write(_ v: EventEntity) {
        openObject()
        strings("aliases", v.aliases)
        date("end", v.end)
        strings("merges", v.merges)
        string("name", v.name)
        string("native", v.native)
        string("place", v.place)
        string("placeNative", v.placeNative)
        string("region", v.region)
        strings("sources", v.sources)
        date("start", v.start)
        closeObject()
    }

    mutating func write(_ v: ReportEntry) {
        openObject()
        int("facts", v.facts)
        string("fileName", v.fileName)
        string("ingestedAt", v.ingestedAt)
        date("published", v.published)
        string("report", v.report)
        uint("sequence", v.sequence)
        string("title", v.title)
        closeObject()
    }

    mutating func write(_ v: RejectedEntry) {
        openObject()
        string("code", v.code)
        string("fileName", v.fileName)
        string("reason", v.reason)
        string("rejectedAt", v.rejectedAt)
        string("report", v.report)
        closeObject()
    }

    mutating func write(_ v: StatusDocument.Counts) {
        openObject()
        int("events", v.events)
        int("facts", v.facts)
        int("organizations", v.organizations)
        int("people", v.people)
        int("rejected", v.rejected)
        int("reports", v.reports)
        int("timelineEntries", v.timelineEntries)
        closeObject()
    }
}
