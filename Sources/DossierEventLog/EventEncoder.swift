import DossierModel

/// Writes domain events as JSON, the way the log stores them: keys sorted, no white space,
/// slashes not escaped, non-ASCII text as UTF-8 (the same bytes as Foundation's `JSONEncoder`
/// with `.sortedKeys` and `.withoutEscapingSlashes`, which the tests check).
///
/// Written by hand because encoding with `JSONEncoder` was the bound on appends (the log wrote
/// 8 % of what a raw write + fdatasync loop of the same bytes manages, docs/performance.md);
/// this writer appends straight into the line's buffer.
struct EventEncoder {
    enum Failure: Error { case nonFiniteNumber, unrecognizedEvent }

    /// The bytes written so far by ``encode(_:)``.
    private(set) var out: [UInt8] = []
    /// Scratch of ``LineCodec``, kept from one line to the next: where each event ends, and the
    /// bytes the chain hash is taken over.
    var ends: [Int] = []
    var digests: [UInt8] = []

    init(capacity: Int = 1024) {
        out.reserveCapacity(capacity)
    }

    mutating func reset() { out.removeAll(keepingCapacity: true) }

    mutating func append(_ byte: UInt8) { out.append(byte) }

    /// Appends one event's JSON to ``out``.
    mutating func encode(_ event: DomainEvent) throws(Failure) {
        let end = try fill(&out, from: out.count) { (sink: inout ByteSink) throws(Failure) in
            try Self.encode(event, into: &sink)
        }
        out.removeSubrange(end...)
    }

    /// Writes one event's JSON into `out` (see ``ByteSink`` for what happens when it does not fit).
    static func encode(_ event: DomainEvent, into out: inout ByteSink) throws(Failure) {
        var o = ObjectWriter()
        switch event {
        case .reportIngested(let e):
            o.int("factCount", e.factCount, &out)
            o.string("fileName", e.fileName, &out)
            o.string("format", e.format, &out)
            o.string("language", e.language, &out)
            o.string("published", e.published?.iso, &out)
            o.string("report", e.report, &out)
            o.int("size", e.size, &out)
            o.string("source", e.source, &out)
            o.string("title", e.title, &out)
        case .reportRejected(let e):
            o.string("code", e.code, &out)
            o.string("fileName", e.fileName, &out)
            o.string("reason", e.reason, &out)
            o.string("report", e.report, &out)
            o.int("size", e.size, &out)
        case .factRecorded(let e):
            o.key("fact", &out)
            try encode(e.fact, into: &out)
            o.string("id", e.id, &out)
            o.int("index", e.index, &out)
            o.string("report", e.report, &out)
        case .unrecognized:
            throw .unrecognizedEvent
        }
        o.string("type", event.typeName, &out)
        o.int("v", DomainEvent.currentVersion, &out)
        o.close(&out)
    }

    private static func encode(_ fact: Fact, into out: inout ByteSink) throws(Failure) {
        var o = ObjectWriter()
        switch fact {
        case .event(let f):
            o.strings("aliases", f.aliases, &out)
            o.string("end", f.end?.iso, &out)
            o.string("kind", "event", &out)
            o.strings("merges", f.merges, &out)
            o.string("name", f.name, &out)
            o.string("native", f.native, &out)
            o.string("place", f.place, &out)
            o.string("placeNative", f.placeNative, &out)
            o.string("region", f.region, &out)
            source(f.source, &o, &out)
            o.string("start", f.start?.iso, &out)
            o.bool("yearInferred", f.yearInferred, &out)
        case .person(let f):
            o.string("kind", "person", &out)
            o.string("name", f.name, &out)
            o.string("native", f.native, &out)
            o.string("org", f.org, &out)
            source(f.source, &o, &out)
            o.string("title", f.title, &out)
            o.string("unit", f.unit, &out)
        case .org(let f):
            o.strings("aliases", f.aliases, &out)
            o.string("kind", "org", &out)
            o.string("name", f.name, &out)
            o.string("native", f.native, &out)
            source(f.source, &o, &out)
        case .orgUnit(let f):
            o.string("code", f.code, &out)
            o.string("established", f.established?.iso, &out)
            o.string("kind", "orgUnit", &out)
            o.string("name", f.name, &out)
            o.string("parent", f.parent, &out)
            source(f.source, &o, &out)
        case .presentation(let f):
            o.string("event", f.event, &out)
            o.string("kind", "presentation", &out)
            o.string("person", f.person, &out)
            source(f.source, &o, &out)
            o.string("topic", f.topic, &out)
        case .quote(let f):
            o.string("kind", "quote", &out)
            source(f.source, &o, &out)
            o.string("speaker", f.speaker, &out)
            o.string("text", f.text, &out)
            o.string("verb", f.verb, &out)
        case .metric(let f):
            o.string("date", f.date?.iso, &out)
            o.string("kind", "metric", &out)
            o.string("qualifier", f.qualifier?.rawValue, &out)
            source(f.source, &o, &out)
            o.string("subject", f.subject, &out)
            o.string("unit", f.unit, &out)
            guard f.value.isFinite else { throw .nonFiniteNumber }
            o.key("value", &out)
            out.append(JSONText.numberText(f.value))
            o.string("what", f.what, &out)
        case .dated(let f):
            o.string("date", f.date.iso, &out)
            o.string("end", f.end?.iso, &out)
            o.string("kind", "dated", &out)
            source(f.source, &o, &out)
            o.string("subject", f.subject, &out)
            o.string("summary", f.summary, &out)
            o.bool("yearInferred", f.yearInferred, &out)
        }
        o.close(&out)
    }

    private static func source(_ source: FactSource?, _ o: inout ObjectWriter, _ out: inout ByteSink) {
        guard let source else { return }
        o.key("source", &out)
        var inner = ObjectWriter()
        inner.string("excerpt", source.excerpt, &out)
        if let sentence = source.sentence { inner.int("sentence", sentence, &out) }
        inner.close(&out)
    }
}

/// Writes the members of one JSON object; absent optional values are left out.
struct ObjectWriter {
    private var count = 0

    /// Appends `,"name":` (`{` first for the first member).
    mutating func key(_ name: StaticString, _ out: inout ByteSink) {
        out.key(name, first: count == 0, quote: false)
        count += 1
    }

    mutating func string(_ name: StaticString, _ value: String?, _ out: inout ByteSink) {
        guard let value else { return }
        out.key(name, first: count == 0, quote: true)
        count += 1
        out.stringBody(value)
        out.append(UInt8(ascii: "\""))
    }

    mutating func strings(_ name: StaticString, _ values: [String]?, _ out: inout ByteSink) {
        guard let values else { return }
        key(name, &out)
        out.append(UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\""))
            out.stringBody(value)
            out.append(UInt8(ascii: "\""))
        }
        out.append(UInt8(ascii: "]"))
    }

    mutating func int(_ name: StaticString, _ value: Int, _ out: inout ByteSink) {
        key(name, &out)
        out.decimal(value)
    }

    mutating func bool(_ name: StaticString, _ value: Bool?, _ out: inout ByteSink) {
        guard let value else { return }
        key(name, &out)
        out.append(value ? "true" : "false")
    }

    func close(_ out: inout ByteSink) {
        if count == 0 { out.append(UInt8(ascii: "{")) }
        out.append(UInt8(ascii: "}"))
    }
}
