import DossierModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The binary form of ``ProjectionState`` could not be read: it is cut short, malformed, or of
/// another layout. The caller ignores what it was reading (a state checkpoint) and replays the log.
public struct StateDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where in the bytes reading stopped.
    public var offset: Int
    public var description: String { "malformed binary state at byte \(offset)" }
}

/// The state in a compact binary form, for the state checkpoint: a table of the distinct strings,
/// then every field as variable-length integers, strings as indexes into the table.
///
/// Reading it makes one `String` per distinct string, so the loaded state shares one copy of each
/// report id, name and excerpt however often it appears (docs/performance.md: memory). Reading
/// gives a state equal (`==`) to the one written. The layout has no version of its own: the
/// checkpoint file that holds it carries one, and must change it with this code.
extension ProjectionState {
    /// The state in the binary form that ``init(binary:)`` reads.
    public func binaryEncoded() -> [UInt8] {
        var body = StateWriter()
        body.state(self)
        var out = StateWriter()
        out.out.reserveCapacity(body.out.count + body.table.count * 24 + 16)
        out.uint(UInt64(body.table.count))
        for string in body.table {
            var string = string
            string.withUTF8 { utf8 in
                out.uint(UInt64(utf8.count))
                out.out.append(contentsOf: utf8)
            }
        }
        out.out.append(contentsOf: body.out)
        return out.out
    }

    /// Reads the form written by ``binaryEncoded()``.
    public init(binary: UnsafeRawBufferPointer) throws(StateDecodingError) {
        var reader = StateReader(bytes: binary)
        let count = try reader.count()
        var table: [String] = []
        table.reserveCapacity(count)
        for _ in 0..<count {
            let length = try reader.count()
            table.append(try reader.utf8(length))
        }
        reader.table = table
        self = try reader.state()
        guard reader.offset == binary.count else { throw StateDecodingError(offset: reader.offset) }
    }
}

// MARK: - Writing

/// A string of the table, hashed and compared by its UTF-8 bytes.
///
/// `String`'s own hashing and `==` are Unicode canonical equivalence: for the Hangul and CJK text
/// of most names they went through the normalising path (0.37 G instructions of a 100k-event
/// rebuild's 0.56 G checkpoint, session 9 in docs/performance.md). By bytes, each spelling keeps
/// an entry of its own, so a state read back holds every string with the bytes it had (with
/// `String` keys, a differently encoded equivalent was read back as the first spelling met).
struct TableKey: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        Self.withBytes(text) { hasher.combine(bytes: $0) }
    }

    static func == (a: TableKey, b: TableKey) -> Bool {
        guard a.text.utf8.count == b.text.utf8.count else { return false }
        return withBytes(a.text) { x in
            withBytes(b.text) { y in
                guard let p = x.baseAddress, let q = y.baseAddress else { return x.count == y.count }
                return memcmp(p, q, x.count) == 0
            }
        }
    }

    /// The string's UTF-8 bytes, in place when they are contiguous (native strings are).
    static func withBytes<R>(_ text: String, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(text.utf8).withUnsafeBytes(body)
    }
}

struct StateWriter {
    var out: [UInt8] = []
    var table: [String] = []
    private var indexes: [TableKey: UInt64] = [:]

    mutating func uint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    mutating func int(_ value: Int) {
        uint(UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1)))))
    }

    mutating func optionalInt(_ value: Int?) {
        if let value {
            out.append(1)
            int(value)
        } else {
            out.append(0)
        }
    }

    mutating func double(_ value: Double) {
        var bits = value.bitPattern
        for _ in 0..<8 {
            out.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    private mutating func index(_ string: String) -> UInt64 {
        let key = TableKey(string)
        if let known = indexes[key] { return known }
        let index = UInt64(table.count)
        indexes[key] = index
        table.append(string)
        return index
    }

    mutating func string(_ value: String) { uint(index(value)) }

    /// 0 for `nil`, else the table index + 1.
    mutating func optionalString(_ value: String?) {
        if let value { uint(index(value) + 1) } else { uint(0) }
    }

    mutating func strings(_ values: [String]) {
        uint(UInt64(values.count))
        for value in values { string(value) }
    }

    mutating func date(_ value: PartialDate?) {
        guard let value else {
            out.append(0)
            return
        }
        // Bit 0: present; bits 1–3: year, month, day present.
        out.append(1 | (value.year == nil ? 0 : 2) | (value.month == nil ? 0 : 4) | (value.day == nil ? 0 : 8))
        if let year = value.year { int(year) }
        if let month = value.month { int(month) }
        if let day = value.day { int(day) }
    }

    mutating func array<T>(_ values: [T], _ element: (inout StateWriter, T) -> Void) {
        uint(UInt64(values.count))
        // In place: a `for` loop copied each value (a retain and a release of each of its strings).
        values.forEachInPlace { element(&self, $0) }
    }

    /// 0 for `nil`, else the count + 1.
    mutating func optionalArray<T>(_ values: [T]?, _ element: (inout StateWriter, T) -> Void) {
        guard let values else {
            uint(0)
            return
        }
        uint(UInt64(values.count) + 1)
        for value in values { element(&self, value) }
    }

    mutating func index(_ dictionary: [String: Int]) {
        uint(UInt64(dictionary.count))
        for (key, value) in dictionary {
            string(key)
            int(value)
        }
    }

    /// The same for a name index (written as its keys' text).
    mutating func index(_ dictionary: [NameKey: Int]) {
        uint(UInt64(dictionary.count))
        for (key, value) in dictionary {
            string(key.text)
            int(value)
        }
    }

    mutating func citation(_ c: Citation) {
        string(c.report)
        optionalInt(c.sentence)
        optionalString(c.excerpt)
    }

    mutating func state(_ s: ProjectionState) {
        uint(s.checkpoint.sequence)
        string(s.checkpoint.hash)
        optionalString(s.lastIngest)
        array(s.reports) { w, r in
            w.string(r.report)
            w.string(r.fileName)
            w.optionalString(r.title)
            w.date(r.published)
            w.int(r.facts)
            w.string(r.ingestedAt)
            w.uint(r.sequence)
        }
        array(s.rejected) { w, r in
            w.string(r.report)
            w.string(r.fileName)
            w.string(r.code)
            w.string(r.reason)
            w.string(r.rejectedAt)
        }
        int(s.factCount)
        array(s.orgs) { w, org in
            guard let org else {
                w.out.append(0)
                return
            }
            w.out.append(1)
            w.string(org.name)
            w.optionalString(org.native)
            w.strings(org.aliases)
            w.array(org.units) { w, u in
                w.optionalString(u.name)
                w.optionalString(u.code)
                w.optionalString(u.parent)
                w.date(u.established)
                w.strings(u.sources)
                w.optionalArray(u.citations) { w, c in w.citation(c) }
            }
            w.strings(org.people)
            w.strings(org.partners)
            w.array(org.metrics) { w, m in
                w.optionalString(m.what)
                w.double(m.value)
                w.optionalString(m.unit)
                w.optionalString(m.qualifier)
                w.date(m.date)
                w.string(m.report)
                w.optionalInt(m.sentence)
                w.optionalString(m.excerpt)
            }
            w.strings(org.sources)
        }
        array(s.people) { w, person in
            guard let p = person else {
                w.out.append(0)
                return
            }
            w.out.append(1)
            w.string(p.name)
            w.optionalString(p.native)
            w.strings(p.otherNames)
            w.optionalString(p.title)
            w.optionalString(p.org)
            w.optionalString(p.unit)
            w.array(p.titleHistory) { w, t in
                w.optionalString(t.title)
                w.optionalString(t.org)
                w.optionalString(t.unit)
                w.string(t.report)
                w.uint(t.sequence)
            }
            w.strings(p.topics)
            w.int(p.quotes)
            w.strings(p.sources)
            w.optionalArray(p.citations) { w, c in w.citation(c) }
            w.optionalArray(p.quotations) { w, q in
                w.string(q.text)
                w.optionalString(q.verb)
                w.citation(q.citation)
            }
        }
        array(s.events) { w, event in
            guard let e = event else {
                w.out.append(0)
                return
            }
            w.out.append(1)
            w.string(e.name)
            w.optionalString(e.native)
            w.strings(e.aliases)
            w.date(e.start)
            w.date(e.end)
            w.optionalString(e.place)
            w.optionalString(e.placeNative)
            w.optionalString(e.region)
            w.strings(e.merges)
            w.strings(e.sources)
        }
        array(s.timeline) { w, t in
            w.date(t.date)
            w.date(t.end)
            w.string(t.kind)
            w.string(t.what)
            w.optionalString(t.who)
            w.optionalString(t.place)
            w.strings(t.sources)
            w.optionalArray(t.citations) { w, c in w.citation(c) }
        }
        index(s.orgIndex)
        index(s.personIndex)
        index(s.eventIndex)
        index(s.timelineIndex)
        array(Array(s.knownReports)) { w, r in w.string(r) }
    }
}

// MARK: - Reading

struct StateReader {
    let bytes: UnsafeRawBufferPointer
    var offset = 0
    var table: [String] = []

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    var failure: StateDecodingError { StateDecodingError(offset: offset) }

    mutating func byte() throws(StateDecodingError) -> UInt8 {
        guard offset < bytes.count else { throw failure }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func uint() throws(StateDecodingError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw failure }
            value |= UInt64(b & 0x7f) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() throws(StateDecodingError) -> Int {
        let z = try uint()
        return Int(truncatingIfNeeded: Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }

    /// A count of things that follow, each at least a byte: never more than the bytes left.
    mutating func count() throws(StateDecodingError) -> Int {
        let n = try uint()
        guard n <= UInt64(bytes.count - offset) else { throw failure }
        return Int(n)
    }

    mutating func optionalInt() throws(StateDecodingError) -> Int? {
        switch try byte() {
        case 0: return nil
        case 1: return try int()
        default: throw failure
        }
    }

    mutating func double() throws(StateDecodingError) -> Double {
        guard bytes.count - offset >= 8 else { throw failure }
        var bits: UInt64 = 0
        for i in (0..<8).reversed() { bits = bits << 8 | UInt64(bytes[offset + i]) }
        offset += 8
        return Double(bitPattern: bits)
    }

    mutating func utf8(_ length: Int) throws(StateDecodingError) -> String {
        guard bytes.count - offset >= length else { throw failure }
        defer { offset += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)]), as: UTF8.self)
    }

    mutating func string() throws(StateDecodingError) -> String {
        let i = try uint()
        guard i < UInt64(table.count) else { throw failure }
        return table[Int(i)]
    }

    mutating func optionalString() throws(StateDecodingError) -> String? {
        let i = try uint()
        if i == 0 { return nil }
        guard i - 1 < UInt64(table.count) else { throw failure }
        return table[Int(i - 1)]
    }

    mutating func strings() throws(StateDecodingError) -> [String] {
        let n = try count()
        var values: [String] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try string()) }
        return values
    }

    mutating func date() throws(StateDecodingError) -> PartialDate? {
        let flags = try byte()
        if flags == 0 { return nil }
        guard flags & 1 == 1, flags < 16 else { throw failure }
        let year = flags & 2 != 0 ? try int() : nil
        let month = flags & 4 != 0 ? try int() : nil
        let day = flags & 8 != 0 ? try int() : nil
        guard let date = PartialDate(year: year, month: month, day: day) else { throw failure }
        return date
    }

    mutating func array<T>(_ element: (inout StateReader) throws(StateDecodingError) -> T) throws(StateDecodingError)
        -> [T]
    {
        let n = try count()
        var values: [T] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try element(&self)) }
        return values
    }

    mutating func optionalArray<T>(
        _ element: (inout StateReader) throws(StateDecodingError) -> T
    ) throws(StateDecodingError) -> [T]? {
        let n = try uint()
        if n == 0 { return nil }
        guard n - 1 <= UInt64(bytes.count - offset) else { throw failure }
        var values: [T] = []
        values.reserveCapacity(Int(n - 1))
        for _ in 0..<(n - 1) { values.append(try element(&self)) }
        return values
    }

    mutating func present() throws(StateDecodingError) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw failure
        }
    }

    mutating func index() throws(StateDecodingError) -> [String: Int] {
        let n = try count()
        var dictionary: [String: Int] = [:]
        dictionary.reserveCapacity(n)
        for _ in 0..<n {
            let key = try string()
            dictionary[key] = try int()
        }
        return dictionary
    }

    /// The same for a name index.
    mutating func nameIndex() throws(StateDecodingError) -> [NameKey: Int] {
        let n = try count()
        var dictionary: [NameKey: Int] = [:]
        dictionary.reserveCapacity(n)
        for _ in 0..<n {
            let key = NameKey(stored: try string())
            dictionary[key] = try int()
        }
        return dictionary
    }

    mutating func citation() throws(StateDecodingError) -> Citation {
        Citation(report: try string(), sentence: try optionalInt(), excerpt: try optionalString())
    }

    mutating func state() throws(StateDecodingError) -> ProjectionState {
        var s = ProjectionState()
        s.checkpoint = Checkpoint(sequence: try uint(), hash: try string())
        s.lastIngest = try optionalString()
        s.reports = try array { r throws(StateDecodingError) in
            ReportEntry(
                report: try r.string(),
                fileName: try r.string(),
                title: try r.optionalString(),
                published: try r.date(),
                facts: try r.int(),
                ingestedAt: try r.string(),
                sequence: try r.uint()
            )
        }
        s.rejected = try array { r throws(StateDecodingError) in
            RejectedEntry(
                report: try r.string(),
                fileName: try r.string(),
                code: try r.string(),
                reason: try r.string(),
                rejectedAt: try r.string()
            )
        }
        s.factCount = try int()
        s.orgs = try array { r throws(StateDecodingError) -> OrgEntity? in
            guard try r.present() else { return nil }
            return OrgEntity(
                name: try r.string(),
                native: try r.optionalString(),
                aliases: try r.strings(),
                units: try r.array { r throws(StateDecodingError) in
                    UnitEntity(
                        name: try r.optionalString(),
                        code: try r.optionalString(),
                        parent: try r.optionalString(),
                        established: try r.date(),
                        sources: try r.strings(),
                        citations: try r.optionalArray { r throws(StateDecodingError) in try r.citation() }
                    )
                },
                people: try r.strings(),
                partners: try r.strings(),
                metrics: try r.array { r throws(StateDecodingError) in
                    MetricEntry(
                        what: try r.optionalString(),
                        value: try r.double(),
                        unit: try r.optionalString(),
                        qualifier: try r.optionalString(),
                        date: try r.date(),
                        report: try r.string(),
                        sentence: try r.optionalInt(),
                        excerpt: try r.optionalString()
                    )
                },
                sources: try r.strings()
            )
        }
        s.people = try array { r throws(StateDecodingError) -> PersonEntity? in
            guard try r.present() else { return nil }
            return PersonEntity(
                name: try r.string(),
                native: try r.optionalString(),
                otherNames: try r.strings(),
                title: try r.optionalString(),
                org: try r.optionalString(),
                unit: try r.optionalString(),
                titleHistory: try r.array { r throws(StateDecodingError) in
                    TitleRecord(
                        title: try r.optionalString(),
                        org: try r.optionalString(),
                        unit: try r.optionalString(),
                        report: try r.string(),
                        sequence: try r.uint()
                    )
                },
                topics: try r.strings(),
                quotes: try r.int(),
                sources: try r.strings(),
                citations: try r.optionalArray { r throws(StateDecodingError) in try r.citation() },
                quotations: try r.optionalArray { r throws(StateDecodingError) in
                    Quotation(text: try r.string(), verb: try r.optionalString(), citation: try r.citation())
                }
            )
        }
        s.events = try array { r throws(StateDecodingError) -> EventEntity? in
            guard try r.present() else { return nil }
            return EventEntity(
                name: try r.string(),
                native: try r.optionalString(),
                aliases: try r.strings(),
                start: try r.date(),
                end: try r.date(),
                place: try r.optionalString(),
                placeNative: try r.optionalString(),
                region: try r.optionalString(),
                merges: try r.strings(),
                sources: try r.strings()
            )
        }
        s.timeline = try array { r throws(StateDecodingError) in
            guard let date = try r.date() else { throw r.failure }
            return TimelineEntry(
                date: date,
                end: try r.date(),
                kind: try r.string(),
                what: try r.string(),
                who: try r.optionalString(),
                place: try r.optionalString(),
                sources: try r.strings(),
                citations: try r.optionalArray { r throws(StateDecodingError) in try r.citation() }
            )
        }
        s.orgIndex = try nameIndex()
        s.personIndex = try nameIndex()
        s.eventIndex = try index()
        s.timelineIndex = try index()
        s.knownReports = Set(try strings())
        return s
    }
}
