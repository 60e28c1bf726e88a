import DossierModel

#if canImport(Glibc)
import Glibc
#endif

/// Reads domain events from the log's JSON: the counterpart of ``EventEncoder``.
///
/// Written by hand because Foundation's `JSONDecoder` bound start-up and `rebuild` (23 s to replay
/// a log of a million events, docs/performance.md). It reads what any JSON writer may have written
/// (members in any order, white space, escapes, `null` for an absent value) and ignores members it
/// does not know, as `JSONDecoder` does; anything it cannot read makes it throw, and the caller
/// then asks `JSONDecoder`, whose error says what is wrong.
///
/// Hand-tuned (session 10): one pass over the event's bytes. Each member's key is matched as it is
/// met and the place of its value noted in ``EventMembers`` or ``FactMembers``; the fact's object
/// and its source's are read where they lie. Before, the event's members were listed first (the
/// fact's object stepped over byte by byte), then the fact's, then its source's, and each value
/// was looked up among them by key: the fact's bytes were read twice and its source's three times,
/// 0.7 G instructions of a 100k-event rebuild, and three arrays were made per event. The reader
/// before this one is kept in the tests as the reference (`ReferenceEventDecoder`).
struct EventDecoder {
    struct Failure: Error {}

    let bytes: UnsafeRawBufferPointer
    /// Strings decoded a moment ago, handed out again for the same bytes (see ``RecentStrings``).
    let recent: RecentStrings?
    private var scanner: JSONScanner { JSONScanner(bytes: bytes) }

    init(_ bytes: UnsafeRawBufferPointer, recent: RecentStrings? = nil) {
        self.bytes = bytes
        self.recent = recent
    }

    /// Where the event's members lie (the range of each raw value; `nil` when absent). Of
    /// repeated keys the last counts; a key written with escapes matches nothing.
    struct EventMembers {
        var type: Range<Int>?
        var v: Range<Int>?
        var report: Range<Int>?
        var id: Range<Int>?
        var index: Range<Int>?
        var fileName: Range<Int>?
        var size: Range<Int>?
        var format: Range<Int>?
        var language: Range<Int>?
        var published: Range<Int>?
        var title: Range<Int>?
        var source: Range<Int>?
        var factCount: Range<Int>?
        var code: Range<Int>?
        var reason: Range<Int>?
        /// The `fact` member: present, and whether its value is an object (read into ``FactMembers``).
        var fact = false
        var factIsObject = false
    }

    /// Where the members of the fact's object, and of its source's, lie.
    struct FactMembers {
        var kind: Range<Int>?
        var name: Range<Int>?
        var native: Range<Int>?
        var aliases: Range<Int>?
        var start: Range<Int>?
        var end: Range<Int>?
        var place: Range<Int>?
        var placeNative: Range<Int>?
        var region: Range<Int>?
        var merges: Range<Int>?
        var yearInferred: Range<Int>?
        var title: Range<Int>?
        var org: Range<Int>?
        var unit: Range<Int>?
        var code: Range<Int>?
        var parent: Range<Int>?
        var established: Range<Int>?
        var person: Range<Int>?
        var topic: Range<Int>?
        var event: Range<Int>?
        var speaker: Range<Int>?
        var text: Range<Int>?
        var verb: Range<Int>?
        var value: Range<Int>?
        var qualifier: Range<Int>?
        var subject: Range<Int>?
        var what: Range<Int>?
        var date: Range<Int>?
        var summary: Range<Int>?
        /// The `source` member: present, whether its value is an object, and that object's members.
        var source = false
        var sourceIsObject = false
        var sentence: Range<Int>?
        var excerpt: Range<Int>?
    }

    /// The event in the whole buffer.
    func event() throws(Failure) -> DomainEvent {
        var e = EventMembers()
        var f = FactMembers()
        try readEvent(&e, &f)
        guard let type = try stringValue(e.type) else { throw Failure() }
        let version = try int(e.v) ?? 1
        guard version <= DomainEvent.currentVersion else { return .unrecognized(type: type, version: version) }
        switch type {
        case "ReportIngested":
            return .reportIngested(
                ReportIngested(
                    report: try required(e.report),
                    fileName: try required(e.fileName),
                    size: try requiredInt(e.size),
                    format: try required(e.format),
                    language: try stringValue(e.language),
                    published: try date(e.published),
                    title: try stringValue(e.title),
                    source: try stringValue(e.source),
                    factCount: try requiredInt(e.factCount)
                )
            )
        case "ReportRejected":
            return .reportRejected(
                ReportRejected(
                    report: try required(e.report),
                    fileName: try required(e.fileName),
                    size: try requiredInt(e.size),
                    code: try required(e.code),
                    reason: try required(e.reason)
                )
            )
        default:
            guard e.fact else { return .unrecognized(type: type, version: version) }
            guard e.factIsObject else { throw Failure() }
            let fact = try self.fact(f)
            guard DomainEvent.typeName(for: fact.kind) == type else { throw Failure() }
            let report = try required(e.report)
            let index = try requiredInt(e.index)
            // Each fact's id is its own: not kept among the recent strings (it would push out
            // the ones that come again).
            if let id = try stringValue(e.id, recent: false) {
                return .factRecorded(FactRecorded(id: id, report: report, index: index, fact: fact))
            }
            return .factRecorded(FactRecorded(report: report, index: index, fact: fact))
        }
    }

    private func fact(_ f: FactMembers) throws(Failure) -> Fact {
        var source: FactSource?
        if f.source {
            guard f.sourceIsObject else { throw Failure() }
            source = FactSource(sentence: try int(f.sentence), excerpt: try stringValue(f.excerpt))
        }
        switch try stringValue(f.kind) {
        case "event":
            return .event(
                EventFact(
                    name: try required(f.name),
                    native: try stringValue(f.native),
                    aliases: try strings(f.aliases),
                    start: try date(f.start),
                    end: try date(f.end),
                    place: try stringValue(f.place),
                    placeNative: try stringValue(f.placeNative),
                    region: try stringValue(f.region),
                    merges: try strings(f.merges),
                    yearInferred: try bool(f.yearInferred),
                    source: source
                )
            )
        case "person":
            return .person(
                PersonFact(
                    name: try required(f.name),
                    native: try stringValue(f.native),
                    title: try stringValue(f.title),
                    org: try stringValue(f.org),
                    unit: try stringValue(f.unit),
                    source: source
                )
            )
        case "org":
            return .org(
                OrgFact(
                    name: try required(f.name),
                    native: try stringValue(f.native),
                    aliases: try strings(f.aliases),
                    source: source
                )
            )
        case "orgUnit":
            return .orgUnit(
                OrgUnitFact(
                    name: try stringValue(f.name),
                    code: try stringValue(f.code),
                    parent: try stringValue(f.parent),
                    established: try date(f.established),
                    source: source
                )
            )
        case "presentation":
            return .presentation(
                PresentationFact(
                    person: try required(f.person),
                    topic: try stringValue(f.topic),
                    event: try stringValue(f.event),
                    source: source
                )
            )
        case "quote":
            return .quote(
                QuoteFact(
                    speaker: try required(f.speaker),
                    text: try required(f.text),
                    verb: try stringValue(f.verb),
                    source: source
                )
            )
        case "metric":
            guard let value = try double(f.value) else { throw Failure() }
            var qualifier: MetricQualifier?
            if let text = try stringValue(f.qualifier) {
                guard let parsed = MetricQualifier(rawValue: text) else { throw Failure() }
                qualifier = parsed
            }
            return .metric(
                MetricFact(
                    subject: try stringValue(f.subject),
                    what: try stringValue(f.what),
                    value: value,
                    unit: try stringValue(f.unit),
                    qualifier: qualifier,
                    date: try date(f.date),
                    source: source
                )
            )
        case "dated":
            guard let date = try date(f.date) else { throw Failure() }
            return .dated(
                DatedFact(
                    date: date,
                    end: try self.date(f.end),
                    subject: try stringValue(f.subject),
                    summary: try stringValue(f.summary),
                    yearInferred: try bool(f.yearInferred),
                    source: source
                )
            )
        default:
            throw Failure()
        }
    }

    // MARK: - The one pass

    /// Reads the event's object from the start of the buffer, noting where each member it knows
    /// lies (bytes after the object are not looked at, as before).
    private func readEvent(_ e: inout EventMembers, _ f: inout FactMembers) throws(Failure) {
        let end = bytes.count
        _ = try walkObject(at: 0, end: end) { (key: Range<Int>, value: Int) throws(Failure) -> Int in
            guard let k = KeyBytes(bytes, key) else { return try skipValue(value, end) }
            if key.count == 4, k.is("fact") {
                // The last `fact` counts: what an earlier one noted is forgotten.
                f = FactMembers()
                e.fact = true
                e.factIsObject = bytes[value] == UInt8(ascii: "{")
                return e.factIsObject ? try readFact(at: value, end: end, &f) : try skipValue(value, end)
            }
            let valueEnd = try skipValue(value, end)
            let range = value..<valueEnd
            switch key.count {
            case 1: if k.is("v") { e.v = range }
            case 2: if k.is("id") { e.id = range }
            case 4:
                if k.is("type") {
                    e.type = range
                } else if k.is("size") {
                    e.size = range
                } else if k.is("code") {
                    e.code = range
                }
            case 5:
                if k.is("index") {
                    e.index = range
                } else if k.is("title") {
                    e.title = range
                }
            case 6:
                if k.is("report") {
                    e.report = range
                } else if k.is("format") {
                    e.format = range
                } else if k.is("source") {
                    e.source = range
                } else if k.is("reason") {
                    e.reason = range
                }
            case 8:
                if k.is("fileName") {
                    e.fileName = range
                } else if k.is("language") {
                    e.language = range
                }
            case 9:
                if k.is("factCount") {
                    e.factCount = range
                } else if k.is("published") {
                    e.published = range
                }
            default: break
            }
            return valueEnd
        }
    }

    /// Reads the fact's object at `start`; returns the index just past it.
    private func readFact(at start: Int, end: Int, _ f: inout FactMembers) throws(Failure) -> Int {
        try walkObject(at: start, end: end) { (key: Range<Int>, value: Int) throws(Failure) -> Int in
            guard let k = KeyBytes(bytes, key) else { return try skipNested(value, end) }
            if key.count == 6, k.is("source") {
                // The last `source` counts.
                f.source = true
                f.sentence = nil
                f.excerpt = nil
                f.sourceIsObject = bytes[value] == UInt8(ascii: "{")
                return f.sourceIsObject ? try readSource(at: value, end: end, &f) : try skipNested(value, end)
            }
            let valueEnd = try skipNested(value, end)
            let range = value..<valueEnd
            switch key.count {
            case 3:
                if k.is("end") {
                    f.end = range
                } else if k.is("org") {
                    f.org = range
                }
            case 4:
                if k.is("kind") {
                    f.kind = range
                } else if k.is("name") {
                    f.name = range
                } else if k.is("unit") {
                    f.unit = range
                } else if k.is("code") {
                    f.code = range
                } else if k.is("text") {
                    f.text = range
                } else if k.is("verb") {
                    f.verb = range
                } else if k.is("date") {
                    f.date = range
                } else if k.is("what") {
                    f.what = range
                }
            case 5:
                if k.is("place") {
                    f.place = range
                } else if k.is("start") {
                    f.start = range
                } else if k.is("title") {
                    f.title = range
                } else if k.is("topic") {
                    f.topic = range
                } else if k.is("event") {
                    f.event = range
                } else if k.is("value") {
                    f.value = range
                }
            case 6:
                if k.is("native") {
                    f.native = range
                } else if k.is("region") {
                    f.region = range
                } else if k.is("merges") {
                    f.merges = range
                } else if k.is("parent") {
                    f.parent = range
                } else if k.is("person") {
                    f.person = range
                }
            case 7:
                if k.is("aliases") {
                    f.aliases = range
                } else if k.is("speaker") {
                    f.speaker = range
                } else if k.is("subject") {
                    f.subject = range
                } else if k.is("summary") {
                    f.summary = range
                }
            case 9: if k.is("qualifier") { f.qualifier = range }
            case 11:
                if k.is("placeNative") {
                    f.placeNative = range
                } else if k.is("established") {
                    f.established = range
                }
            case 12: if k.is("yearInferred") { f.yearInferred = range }
            default: break
            }
            return valueEnd
        }
    }

    /// Reads the source's object at `start` into `f`; returns the index just past it.
    private func readSource(at start: Int, end: Int, _ f: inout FactMembers) throws(Failure) -> Int {
        try walkObject(at: start, end: end) { (key: Range<Int>, value: Int) throws(Failure) -> Int in
            let valueEnd = try skipNested(value, end)
            if let k = KeyBytes(bytes, key) {
                if key.count == 7, k.is("excerpt") {
                    f.excerpt = value..<valueEnd
                } else if key.count == 8, k.is("sentence") {
                    f.sentence = value..<valueEnd
                }
            }
            return valueEnd
        }
    }

    /// Walks the object whose `{` is at or after `start` (white space first), handing each member's
    /// key (inside its quotation marks) and the start of its value to `member`, which returns the
    /// end of the value; returns the index just past the object. The structure checked is that of
    /// ``JSONScanner/objectMemberRanges(in:)``.
    @inline(__always)
    private func walkObject(
        at start: Int,
        end: Int,
        _ member: (_ key: Range<Int>, _ value: Int) throws(Failure) -> Int
    ) throws(Failure) -> Int {
        let s = scanner
        var i = s.skipSpace(start, end)
        guard i < end, bytes[i] == UInt8(ascii: "{") else { throw Failure() }
        i = s.skipSpace(i + 1, end)
        if i < end, bytes[i] == UInt8(ascii: "}") { return i + 1 }
        while true {
            guard i < end, bytes[i] == UInt8(ascii: "\"") else { throw Failure() }
            let keyEnd: Int
            do { keyEnd = try s.skipString(i, end) } catch { throw Failure() }
            let key = (i + 1)..<(keyEnd - 1)
            i = s.skipSpace(keyEnd, end)
            guard i < end, bytes[i] == UInt8(ascii: ":") else { throw Failure() }
            i = s.skipSpace(i + 1, end)
            guard i < end else { throw Failure() }
            let valueEnd = try member(key, i)
            i = s.skipSpace(valueEnd, end)
            guard i < end else { throw Failure() }
            if bytes[i] == UInt8(ascii: "}") { return i + 1 }
            guard bytes[i] == UInt8(ascii: ",") else { throw Failure() }
            i = s.skipSpace(i + 1, end)
        }
    }

    private func skipValue(_ start: Int, _ end: Int) throws(Failure) -> Int {
        do { return try scanner.skipValue(start, end) } catch { throw Failure() }
    }

    /// The end of a value inside the fact's object or its source's. A bare value (number, `true`,
    /// `null`…) holding a `{`, `[` or `"` is refused: then the object read here could end elsewhere
    /// than where a count of brackets (how the reader before this one found the fact's end) ends
    /// it. No JSON writer writes one.
    private func skipNested(_ start: Int, _ end: Int) throws(Failure) -> Int {
        let valueEnd = try skipValue(start, end)
        switch bytes[start] {
        case UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "["):
            return valueEnd
        default:
            for i in start..<valueEnd {
                switch bytes[i] {
                case UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "["): throw Failure()
                default: continue
                }
            }
            return valueEnd
        }
    }

    /// A key's bytes, compared with a known key.
    private struct KeyBytes {
        let base: UnsafeRawPointer
        let count: Int

        init?(_ bytes: UnsafeRawBufferPointer, _ key: Range<Int>) {
            guard let base = bytes.baseAddress else { return nil }
            self.base = base + key.lowerBound
            count = key.count
        }

        /// Whether the key is `name` (the caller has compared the lengths).
        @inline(__always)
        func `is`(_ name: StaticString) -> Bool {
            let other = name.utf8Start
            for i in 0..<count where base.load(fromByteOffset: i, as: UInt8.self) != other[i] { return false }
            return true
        }
    }

    // MARK: - Values

    private func stringValue(_ range: Range<Int>?, recent: Bool = true) throws(Failure) -> String? {
        guard let range, !isNull(range) else { return nil }
        return try string(range, recent: recent)
    }

    private func required(_ range: Range<Int>?) throws(Failure) -> String {
        guard let value = try stringValue(range) else { throw Failure() }
        return value
    }

    /// An integer; digits alone (most) are read here, anything else as `Int(String)` reads it.
    private func int(_ range: Range<Int>?) throws(Failure) -> Int? {
        guard let range, !isNull(range) else { return nil }
        if range.count <= 18, !range.isEmpty {
            var value = 0
            var digits = true
            for i in range {
                let digit = bytes[i] &- UInt8(ascii: "0")
                guard digit < 10 else {
                    digits = false
                    break
                }
                value = value &* 10 &+ Int(digit)
            }
            if digits { return value }
        }
        guard let value = Int(text(range)) else { throw Failure() }
        return value
    }

    private func requiredInt(_ range: Range<Int>?) throws(Failure) -> Int {
        guard let value = try int(range) else { throw Failure() }
        return value
    }

    private func double(_ range: Range<Int>?) throws(Failure) -> Double? {
        guard let range, !isNull(range) else { return nil }
        guard let value = Double(text(range)), value.isFinite else { throw Failure() }
        return value
    }

    private func bool(_ range: Range<Int>?) throws(Failure) -> Bool? {
        guard let range, !isNull(range) else { return nil }
        switch text(range) {
        case "true": return true
        case "false": return false
        default: throw Failure()
        }
    }

    private func date(_ range: Range<Int>?) throws(Failure) -> PartialDate? {
        guard let text = try stringValue(range) else { return nil }
        guard let date = PartialDate(iso: text) else { throw Failure() }
        return date
    }

    private func strings(_ range: Range<Int>?) throws(Failure) -> [String]? {
        guard let range, !isNull(range) else { return nil }
        let elements: [Range<Int>]
        do {
            elements = try scanner.arrayElements(in: range)
        } catch {
            throw Failure()
        }
        var out: [String] = []
        out.reserveCapacity(elements.count)
        for element in elements { out.append(try string(element)) }
        return out
    }

    func isNull(_ range: Range<Int>) -> Bool {
        range.count == 4 && bytes[range.lowerBound] == UInt8(ascii: "n")
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// A JSON string value, unescaped; without escapes, one of the ``recent`` strings when it has
    /// the same bytes (unless `recent` is false).
    func string(_ range: Range<Int>, recent useRecent: Bool = true) throws(Failure) -> String {
        guard range.count >= 2, bytes[range.lowerBound] == UInt8(ascii: "\""),
            bytes[range.upperBound - 1] == UInt8(ascii: "\"")
        else { throw Failure() }
        let inner = UnsafeRawBufferPointer(rebasing: bytes[(range.lowerBound + 1)..<(range.upperBound - 1)])
        guard let start = inner.baseAddress, memchr(start, Int32(UInt8(ascii: "\\")), inner.count) != nil else {
            if useRecent, let recent { return recent.string(inner) }
            return String(decoding: inner, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(inner.count)
        var i = 0
        func hex4(_ at: Int) throws(Failure) -> UInt32 {
            guard at + 4 <= inner.count else { throw Failure() }
            var value: UInt32 = 0
            for k in at..<(at + 4) {
                guard let n = Hex.nibble(inner[k] | 0x20) else { throw Failure() }
                value = value << 4 | UInt32(n)
            }
            return value
        }
        while i < inner.count {
            let byte = inner[i]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                i += 1
                continue
            }
            guard i + 1 < inner.count else { throw Failure() }
            switch inner[i + 1] {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): out.append(UInt8(ascii: "/"))
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(i + 2)
                i += 4
                if (0xD800..<0xDC00).contains(scalar) {
                    guard i + 7 < inner.count, inner[i + 2] == UInt8(ascii: "\\"), inner[i + 3] == UInt8(ascii: "u")
                    else { throw Failure() }
                    let low = try hex4(i + 4)
                    guard (0xDC00..<0xE000).contains(low) else { throw Failure() }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw Failure() }
                out.append(contentsOf: String(Character(unicode)).utf8)
            default:
                throw Failure()
            }
            i += 2
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The strings a reader of the log decoded a moment ago, found again by their bytes.
///
/// A log holds the same long strings again and again: every event of a batch names its report
/// (64 hex digits), the facts of a sentence share its excerpt, the type names are longer than a
/// small string. Each made a `String` of its own (an allocation, a copy and a UTF-8 check, freed
/// again by the thread that folds them: a fifth of reading the log was `malloc` and `free`,
/// docs/performance.md, session 8). Here the last string of each of 512 slots (chosen from the
/// length and the first and last eight bytes) is handed out again when the bytes are the same.
/// The same bytes make the same `String`, so what is decoded does not change.
///
/// Hand-tuned (session 10): short strings are kept too (kinds, dates, names, verbs: a `String`
/// holds up to 15 bytes without allocating, but making one checks its UTF-8, about 300
/// instructions; three of four strings decoded were short). A string of at most 16 bytes is known
/// from its length and its first and last eight bytes (read as smaller words when it is shorter),
/// which the slot keeps, so it is found again without comparing bytes; a longer one is compared
/// with `memcmp`. The slots are a buffer of their own, not an array in the object (whose every
/// use was checked for exclusive access).
///
/// Used by one thread at a time (the worker of ``PipelinedScan``).
final class RecentStrings {
    private struct Slot {
        var count = -1
        var first: UInt64 = 0
        var last: UInt64 = 0
        var string = ""
    }

    private static let slotCount = 512
    private let slots: UnsafeMutablePointer<Slot>

    init() {
        slots = .allocate(capacity: Self.slotCount)
        slots.initialize(repeating: Slot(), count: Self.slotCount)
    }

    deinit {
        slots.deinitialize(count: Self.slotCount)
        slots.deallocate()
    }

    /// The string of `bytes` (UTF-8, repaired as `String(decoding:as:)` repairs it).
    func string(_ bytes: UnsafeRawBufferPointer) -> String {
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress else { return "" }
        let first: UInt64
        let last: UInt64
        if count >= 8 {
            first = base.loadUnaligned(as: UInt64.self)
            last = base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            first = UInt64(base.loadUnaligned(as: UInt32.self))
            last = UInt64(base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
        } else {
            // One to three bytes: the first, the middle (or the first again) and the last.
            first =
                UInt64(base.load(as: UInt8.self)) | UInt64(base.load(fromByteOffset: count / 2, as: UInt8.self)) << 8
            last = UInt64(base.load(fromByteOffset: count - 1, as: UInt8.self))
        }
        let mixed = (first ^ last.rotated(by: 29) ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15
        let slot = slots + Int(truncatingIfNeeded: mixed >> 55)
        if slot.pointee.count == count, slot.pointee.first == first, slot.pointee.last == last {
            // Up to 16 bytes the words cover every byte; a longer string is compared.
            if count <= 16 { return slot.pointee.string }
            let same = slot.pointee.string.utf8.withContiguousStorageIfAvailable { stored in
                stored.count == count && stored.baseAddress.map { memcmp($0, base, count) == 0 } == true
            }
            if same == true { return slot.pointee.string }
        }
        let made = String(decoding: bytes, as: UTF8.self)
        slot.pointee = Slot(count: count, first: first, last: last, string: made)
        return made
    }
}

extension UInt64 {
    fileprivate func rotated(by bits: UInt64) -> UInt64 { self << bits | self >> (64 - bits) }
}
