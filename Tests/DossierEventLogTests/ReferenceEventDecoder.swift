import DossierModel

@testable import DossierEventLog

#if canImport(Glibc)
import Glibc
#endif

// The event reader as it was before session 10 (each object's members found by a scan of its
// own, the fact's bytes stepped over first and read again after), kept as a reference for the
// one-pass reader that replaced it.

/// Reads domain events from the log's JSON: the counterpart of ``EventEncoder``.
///
/// Written by hand because Foundation's `JSONDecoder` bound start-up and `rebuild` (23 s to replay
/// a log of a million events, docs/performance.md). It reads what any JSON writer may have written
/// (members in any order, white space, escapes, `null` for an absent value) and ignores members it
/// does not know, as `JSONDecoder` does; anything it cannot read makes it throw, and the caller
/// then asks `JSONDecoder`, whose error says what is wrong.
struct ReferenceEventDecoder {
    struct Failure: Error {}

    let bytes: UnsafeRawBufferPointer
    /// Strings decoded a moment ago, handed out again for the same bytes (see ``RecentStrings``).
    let recent: RecentStrings?
    private var scanner: JSONScanner { JSONScanner(bytes: bytes) }

    init(_ bytes: UnsafeRawBufferPointer, recent: RecentStrings? = nil) {
        self.bytes = bytes
        self.recent = recent
    }

    /// The event in the whole buffer.
    func event() throws(Failure) -> DomainEvent {
        let o = try object(0..<bytes.count)
        guard let type = try o.string("type", self) else { throw Failure() }
        let version = try o.int("v", self) ?? 1
        guard version <= DomainEvent.currentVersion else { return .unrecognized(type: type, version: version) }
        switch type {
        case "ReportIngested":
            return .reportIngested(
                ReportIngested(
                    report: try o.required("report", self),
                    fileName: try o.required("fileName", self),
                    size: try o.requiredInt("size", self),
                    format: try o.required("format", self),
                    language: try o.string("language", self),
                    published: try o.date("published", self),
                    title: try o.string("title", self),
                    source: try o.string("source", self),
                    factCount: try o.requiredInt("factCount", self)
                )
            )
        case "ReportRejected":
            return .reportRejected(
                ReportRejected(
                    report: try o.required("report", self),
                    fileName: try o.required("fileName", self),
                    size: try o.requiredInt("size", self),
                    code: try o.required("code", self),
                    reason: try o.required("reason", self)
                )
            )
        default:
            guard let range = o.member("fact") else {
                return .unrecognized(type: type, version: version)
            }
            let fact = try self.fact(range)
            guard DomainEvent.typeName(for: fact.kind) == type else { throw Failure() }
            let report = try o.required("report", self)
            let index = try o.requiredInt("index", self)
            // Each fact's id is its own: not kept among the recent strings (it would push out
            // the ones that come again).
            if let id = try o.string("id", self, recent: false) {
                return .factRecorded(FactRecorded(id: id, report: report, index: index, fact: fact))
            }
            return .factRecorded(FactRecorded(report: report, index: index, fact: fact))
        }
    }

    private func fact(_ range: Range<Int>) throws(Failure) -> Fact {
        let o = try object(range)
        let source = try o.member("source").map { (r: Range<Int>) throws(Failure) -> FactSource in
            let s = try object(r)
            return FactSource(sentence: try s.int("sentence", self), excerpt: try s.string("excerpt", self))
        }
        switch try o.string("kind", self) {
        case "event":
            return .event(
                EventFact(
                    name: try o.required("name", self),
                    native: try o.string("native", self),
                    aliases: try o.strings("aliases", self),
                    start: try o.date("start", self),
                    end: try o.date("end", self),
                    place: try o.string("place", self),
                    placeNative: try o.string("placeNative", self),
                    region: try o.string("region", self),
                    merges: try o.strings("merges", self),
                    yearInferred: try o.bool("yearInferred", self),
                    source: source
                )
            )
        case "person":
            return .person(
                PersonFact(
                    name: try o.required("name", self),
                    native: try o.string("native", self),
                    title: try o.string("title", self),
                    org: try o.string("org", self),
                    unit: try o.string("unit", self),
                    source: source
                )
            )
        case "org":
            return .org(
                OrgFact(
                    name: try o.required("name", self),
                    native: try o.string("native", self),
                    aliases: try o.strings("aliases", self),
                    source: source
                )
            )
        case "orgUnit":
            return .orgUnit(
                OrgUnitFact(
                    name: try o.string("name", self),
                    code: try o.string("code", self),
                    parent: try o.string("parent", self),
                    established: try o.date("established", self),
                    source: source
                )
            )
        case "presentation":
            return .presentation(
                PresentationFact(
                    person: try o.required("person", self),
                    topic: try o.string("topic", self),
                    event: try o.string("event", self),
                    source: source
                )
            )
        case "quote":
            return .quote(
                QuoteFact(
                    speaker: try o.required("speaker", self),
                    text: try o.required("text", self),
                    verb: try o.string("verb", self),
                    source: source
                )
            )
        case "metric":
            guard let value = try o.double("value", self) else { throw Failure() }
            var qualifier: MetricQualifier?
            if let text = try o.string("qualifier", self) {
                guard let parsed = MetricQualifier(rawValue: text) else { throw Failure() }
                qualifier = parsed
            }
            return .metric(
                MetricFact(
                    subject: try o.string("subject", self),
                    what: try o.string("what", self),
                    value: value,
                    unit: try o.string("unit", self),
                    qualifier: qualifier,
                    date: try o.date("date", self),
                    source: source
                )
            )
        case "dated":
            guard let date = try o.date("date", self) else { throw Failure() }
            return .dated(
                DatedFact(
                    date: date,
                    end: try o.date("end", self),
                    subject: try o.string("subject", self),
                    summary: try o.string("summary", self),
                    yearInferred: try o.bool("yearInferred", self),
                    source: source
                )
            )
        default:
            throw Failure()
        }
    }

    /// The members of the object in `range`: a dozen at most, looked up by comparing key bytes
    /// (hashing `Substring` keys into a dictionary was a third of decoding). A key written with
    /// escapes matches nothing, as before; of repeated keys the last counts, as before.
    struct Object {
        var bytes: UnsafeRawBufferPointer
        var members: [(key: Range<Int>, value: Range<Int>)] = []

        func member(_ key: StaticString) -> Range<Int>? {
            let count = key.utf8CodeUnitCount
            guard let base = bytes.baseAddress else { return nil }
            for member in members.reversed()
            where member.key.count == count && memcmp(base + member.key.lowerBound, key.utf8Start, count) == 0 {
                return member.value
            }
            return nil
        }

        func raw(_ key: StaticString, _ d: ReferenceEventDecoder) -> Range<Int>? {
            guard let range = member(key), !d.isNull(range) else { return nil }
            return range
        }

        func string(_ key: StaticString, _ d: ReferenceEventDecoder, recent: Bool = true) throws(Failure) -> String? {
            try raw(key, d).map { (r: Range<Int>) throws(Failure) -> String in try d.string(r, recent: recent) }
        }

        func required(_ key: StaticString, _ d: ReferenceEventDecoder) throws(Failure) -> String {
            guard let value = try string(key, d) else { throw Failure() }
            return value
        }

        func int(_ key: StaticString, _ d: ReferenceEventDecoder) throws(Failure) -> Int? {
            guard let range = raw(key, d) else { return nil }
            guard let value = Int(d.text(range)) else { throw Failure() }
            return value
        }

        func requiredInt(_ key: StaticString, _ d: ReferenceEventDecoder) throws(Failure) -> Int {
            guard let value = try int(key, d) else { throw Failure() }
            return value
        }

        func double(_ key: StaticString, _ d: ReferenceEventDecoder) throws(Failure) -> Double? {
            guard let range = raw(key, d) else { return nil }
            guard let value = Double(d.text(range)), value.isFinite else { throw Failure() }
            return value
        }

        func bool(_ key: StaticString, _ d: ReferenceEventDecoder) throws(Failure) -> Bool? {
            guard let range = raw(key, d) else { return nil }
            switch d.text(range) {
            case "true": return true
            case "false": return false
            default: throw Failure()
            }
        }

        func date(_ key: StaticString, _ d: ReferenceEventDecoder) throws(Failure) -> PartialDate? {
            guard let text = try string(key, d) else { return nil }
            guard let date = PartialDate(iso: text) else { throw Failure() }
            return date
        }

        func strings(_ key: StaticString, _ d: ReferenceEventDecoder) throws(Failure) -> [String]? {
            guard let range = raw(key, d) else { return nil }
            let elements: [Range<Int>]
            do {
                elements = try d.scanner.arrayElements(in: range)
            } catch {
                throw Failure()
            }
            var out: [String] = []
            out.reserveCapacity(elements.count)
            for element in elements { out.append(try d.string(element)) }
            return out
        }
    }

    private func object(_ range: Range<Int>) throws(Failure) -> Object {
        do {
            return Object(bytes: bytes, members: try scanner.objectMemberRanges(in: range))
        } catch {
            throw Failure()
        }
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
