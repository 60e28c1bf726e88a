import DossierModel
import Foundation

/// Writes and reads the log's lines.
///
/// A line is one JSON object, readable with `jq`:
///
///     {"format":1,"seq":7,"ts":"…","prev":"<hex>","hash":"<hex>","hashes":["<hex>",…],"events":[…],"crc":"1a2b3c4d"}
///
/// `hashes[i]` is the SHA-256 of `events[i]`'s bytes as written; `hash` is the SHA-256 of the
/// previous line's hash followed by those event hashes (all as raw 32-byte digests), so an event's
/// payload can one day be replaced by a redaction marker while the chain still verifies. `crc` is the
/// CRC-32C of every byte of the line before `,"crc"`, so a torn or flipped line is caught cheaply.
enum LineCodec {
    /// Why a line is not a valid record.
    enum Damage: Error, Sendable, Hashable, CustomStringConvertible {
        case missingNewline
        case checksum
        case syntax(String)
        case unsupportedFormat(Int)
        case sequence(expected: UInt64, found: UInt64)
        case previousHash
        case eventHash(index: Int)
        case chainHash

        var description: String {
            switch self {
            case .missingNewline: "the line is not terminated (torn write)"
            case .checksum: "checksum (CRC-32C) mismatch"
            case .syntax(let what): "not a log record: \(what)"
            case .unsupportedFormat(let v): "record format \(v) is newer than this build understands"
            case .sequence(let expected, let found): "sequence \(found) where \(expected) was expected"
            case .previousHash: "previous-hash does not match the record before it (chain broken)"
            case .eventHash(let index): "event \(index + 1) does not match its hash (payload altered)"
            case .chainHash: "record hash does not match its contents (chain broken)"
            }
        }
    }

    /// A validated line, its events still raw.
    struct RawRecord {
        var sequence: UInt64
        var timestamp: String
        var previousHash: String
        var hash: String
        /// The text of each event hash in the line.
        var hashRanges: [Range<Int>]
        var eventRanges: [Range<Int>]

        /// The event hashes as text.
        func eventHashes(in line: UnsafeRawBufferPointer) -> [String] {
            hashRanges.map { String(decoding: UnsafeRawBufferPointer(rebasing: line[$0]), as: UTF8.self) }
        }

        /// The record of this line, with its events decoded; its event hashes copied into one
        /// buffer, not made a string each.
        func record(in line: UnsafeRawBufferPointer, events: [DomainEvent]) -> LogRecord {
            guard hashRanges.allSatisfy({ $0.count == 64 }), let base = line.baseAddress else {
                return LogRecord(
                    sequence: sequence,
                    timestamp: timestamp,
                    previousHash: previousHash,
                    hash: hash,
                    eventHashes: eventHashes(in: line),
                    events: events
                )
            }
            let packed = [UInt8](unsafeUninitializedCapacity: 64 * hashRanges.count) { out, count in
                count = 0
                guard let start = out.baseAddress else { return }
                for (i, range) in hashRanges.enumerated() {
                    (start + 64 * i).initialize(
                        from: (base + range.lowerBound).assumingMemoryBound(to: UInt8.self),
                        count: 64
                    )
                }
                count = 64 * hashRanges.count
            }
            return LogRecord(
                sequence: sequence,
                timestamp: timestamp,
                previousHash: previousHash,
                hash: hash,
                packedHashes: packed,
                events: events
            )
        }
    }

    static let crcSuffixLength = 18  // ,"crc":"XXXXXXXX"}

    /// Encodes one batch as a line, newline included.
    static func encode(
        events: [DomainEvent],
        sequence: UInt64,
        timestamp: String,
        previousHash: String,
        encoder: inout EventEncoder
    ) throws(LogError) -> (line: [UInt8], hash: String) {
        var line: [UInt8] = []
        let (hash, end) = try encode(
            events: events,
            sequence: sequence,
            timestamp: timestamp,
            previousHash: previousHash,
            encoder: &encoder,
            into: &line,
            from: 0
        )
        line.removeSubrange(end...)
        return (line, hash)
    }

    /// Writes one batch's line, newline included, into `buffer` from `start` on (growing it when
    /// the line does not fit, see ``fill(_:from:_:)``), and returns the record's hash and where
    /// the line ends. Bytes of `buffer` after that are left over from earlier lines.
    ///
    /// The events are written straight into the line, after room left for the hashes (a hash is
    /// always 64 hex digits, so the header's length is known before the events are written); the
    /// hashes are then computed over the events in place and written into that room. Nothing is
    /// copied from one buffer to another, and a caller that reuses `buffer` allocates nothing.
    static func encode(
        events: [DomainEvent],
        sequence: UInt64,
        timestamp: String,
        previousHash: String,
        encoder: inout EventEncoder,
        into buffer: inout [UInt8],
        from start: Int
    ) throws(LogError) -> (hash: String, end: Int) {
        // Scratch buffers are moved out of the encoder, not copied, so that they stay unique.
        var ends: [Int] = []
        swap(&ends, &encoder.ends)
        var chained: [UInt8] = []
        swap(&chained, &encoder.digests)
        defer {
            swap(&ends, &encoder.ends)
            swap(&chained, &encoder.digests)
        }
        let previous = Hex.decode(previousHash) ?? []
        var hashText = ""
        let end = try fill(&buffer, from: start) { (line: inout ByteSink) throws(LogError) in
            ends.removeAll(keepingCapacity: true)
            line.append(#"{"format":"#)
            line.decimal(LogRecord.formatVersion)
            line.append(#","seq":"#)
            line.decimal(sequence)
            line.append(#","ts":""#)
            line.append(timestamp)
            line.append(#"","prev":""#)
            line.append(previousHash)
            line.append(#"","hash":""#)
            let hashAt = line.count
            line.skip(64)
            line.append(#"","hashes":["#)
            let hashesAt = line.count
            // `"<64 digits>"` per event, with a comma between two: filled in below.
            if !events.isEmpty { line.skip(67 * events.count - 1) }
            line.append(#"],"events":["#)
            var from = line.count
            // Each event is read where it lies in the array, not copied out of it
            // (`forEachInPlace`: no retain and release of each of its strings, session 12).
            var failure: (index: Int, error: EventEncoder.Failure)?
            events.forEachInPlace { event in
                guard failure == nil else { return }
                if !ends.isEmpty { line.append(UInt8(ascii: ",")) }
                do throws(EventEncoder.Failure) {
                    try EventEncoder.encode(event, into: &line)
                } catch {
                    failure = (ends.count, error)
                    return
                }
                ends.append(line.count)
            }
            if let failure {
                throw LogError(
                    code: .encoding,
                    message: "cannot encode \(events[failure.index].typeName): \(failure.error)",
                    file: ""
                )
            }
            line.append(UInt8(ascii: "]"))
            guard !line.overflowed else { return }
            // The previous hash's bytes, then the events' digests side by side (32 bytes each):
            // the chain hash is the SHA-256 of exactly these.
            chained.removeAll(keepingCapacity: true)
            chained += previous
            chained.append(contentsOf: repeatElement(0, count: 32 * ends.count))
            let base = line.base
            chained.withUnsafeMutableBytes { digests in
                guard let digestBase = digests.baseAddress else { return }
                // Hashed where they lie, two at a time, the digests written straight into the
                // chain's bytes; an event starts one byte (the comma) after the one before ends.
                var i = 0
                while i < ends.count {
                    let slot = digestBase + previous.count + 32 * i
                    let event = UnsafeRawBufferPointer(start: base + from, count: ends[i] - from)
                    if i + 1 < ends.count {
                        let next = ends[i] + 1
                        LogHash.sha256(
                            event,
                            into: slot,
                            UnsafeRawBufferPointer(start: base + next, count: ends[i + 1] - next),
                            into: slot + 32
                        )
                        from = ends[i + 1] + 1
                        i += 2
                    } else {
                        LogHash.sha256(event, into: slot)
                        i += 1
                    }
                }
                for i in 0..<ends.count {
                    let text = hashesAt + 67 * i
                    Hex.write(
                        UnsafeRawBufferPointer(start: digestBase + previous.count + 32 * i, count: 32),
                        into: UnsafeMutableRawBufferPointer(start: base + text + 1, count: 64)
                    )
                    base[text] = UInt8(ascii: "\"")
                    base[text + 65] = UInt8(ascii: "\"")
                    if i + 1 < ends.count { base[text + 66] = UInt8(ascii: ",") }
                }
            }
            hashText = withUnsafeTemporaryAllocation(byteCount: 32, alignment: 16) { digest in
                chained.withUnsafeBytes { chain in
                    if let out = digest.baseAddress { LogHash.sha256(chain, into: out) }
                }
                let slot = UnsafeMutableRawBufferPointer(start: base + hashAt, count: 64)
                Hex.write(UnsafeRawBufferPointer(digest), into: slot)
                return String(decoding: UnsafeRawBufferPointer(slot), as: UTF8.self)
            }
            line.hex32Suffix(CRC32C.checksum(UnsafeRawBufferPointer(start: base, count: line.count)))
        }
        return (hashText, end)
    }

    /// Checks one line (without its newline) against the record expected at this place
    /// (`expectedPrevious` `nil`: any previous hash, the line's own chain link is still checked).
    static func validate(
        _ line: UnsafeRawBufferPointer,
        expectedSequence: UInt64,
        expectedPrevious: String?
    ) -> Result<RawRecord, Damage> {
        let count = line.count
        guard count > crcSuffixLength else { return .failure(.checksum) }
        let suffix = UnsafeRawBufferPointer(rebasing: line[(count - crcSuffixLength)...])
        guard suffix.starts(with: Array(#","crc":""#.utf8)), suffix[16] == UInt8(ascii: "\""),
            suffix[17] == UInt8(ascii: "}"),
            let stored = Hex.decode32(UnsafeRawBufferPointer(rebasing: suffix[8..<16]))
        else { return .failure(.checksum) }
        guard CRC32C.checksum(UnsafeRawBufferPointer(rebasing: line[..<(count - crcSuffixLength)])) == stored else {
            return .failure(.checksum)
        }
        let body = count - crcSuffixLength
        // First the events split where one object ends and the next begins, which the stored
        // hashes then confirm (see ``Layout/written(_:end:guessingEvents:)``); on any failure the
        // line is read again exactly, and that reading's verdict stands.
        if let guess = Layout.written(line, end: body, guessingEvents: true),
            case .success(let record) = check(
                line,
                guess,
                expectedSequence: expectedSequence,
                expectedPrevious: expectedPrevious
            )
        {
            return .success(record)
        }
        let layout: Layout
        if let fast = Layout.written(line, end: body, guessingEvents: false) {
            layout = fast
        } else {
            switch Layout.anyOrder(line) {
            case .success(let found): layout = found
            case .failure(let damage): return .failure(damage)
            }
        }
        return check(line, layout, expectedSequence: expectedSequence, expectedPrevious: expectedPrevious)
    }

    /// Where the fields of a line are (byte ranges in the line), before they are checked.
    struct Layout {
        var format: UInt64
        var sequence: UInt64
        var timestamp: String
        var previous: String
        var hash: String
        /// The text of each event hash (inside its quotation marks).
        var hashRanges: [Range<Int>]
        var eventRanges: [Range<Int>]
        /// Whether `eventRanges` are a guess that the event hashes must confirm.
        var guessed = false

        /// The layout this writer produces (members in this order, no white space, no escapes in
        /// the log's own fields), read in one pass; `nil` for anything else.
        ///
        /// `guessingEvents`: the events are not walked as JSON but cut at every `},{` (the writer
        /// puts objects side by side, without white space). A cut inside a string value gives
        /// a piece whose SHA-256 is not the stored hash, so ``check(_:_:expectedSequence:expectedPrevious:)``
        /// fails and the caller reads the line exactly; when every hash matches, the pieces are the
        /// bytes the writer hashed. (A redacted event has no hash to confirm it: the check fails.)
        /// Walking every byte of the events as JSON was a quarter of `verify`.
        static func written(_ line: UnsafeRawBufferPointer, end: Int, guessingEvents: Bool) -> Layout? {
            var cursor = Cursor(bytes: line, end: end)
            guard cursor.literal(#"{"format":"#), let format = cursor.number(),
                cursor.literal(#","seq":"#), let sequence = cursor.number(),
                cursor.literal(#","ts":""#), let timestamp = cursor.plainRange(),
                cursor.literal(#","prev":""#), let previous = cursor.plainRange(),
                cursor.literal(#","hash":""#), let hash = cursor.plainRange(),
                cursor.literal(#","hashes":["#)
            else { return nil }
            var hashRanges: [Range<Int>] = []
            if !cursor.literal("]") {
                repeat {
                    guard cursor.literal("\"") else { return nil }
                    // A hash is 64 characters: its closing mark is tested first (the digits are
                    // checked against the digest later).
                    if cursor.end - cursor.offset > 64, line[cursor.offset + 64] == UInt8(ascii: "\""),
                        !UnsafeRawBufferPointer(rebasing: line[cursor.offset..<(cursor.offset + 64)]).contains(
                            UInt8(ascii: "\\")
                        )
                    {
                        hashRanges.append(cursor.offset..<(cursor.offset + 64))
                        cursor.offset += 65
                        continue
                    }
                    guard let range = cursor.plainRange() else { return nil }
                    hashRanges.append(range)
                } while cursor.literal(",")
                guard cursor.literal("]") else { return nil }
            }
            guard cursor.literal(#","events":["#) else { return nil }
            var eventRanges: [Range<Int>] = []
            eventRanges.reserveCapacity(hashRanges.count)
            let scanner = JSONScanner(bytes: line)
            if guessingEvents {
                guard let base = line.baseAddress, end - cursor.offset >= 1, line[end - 1] == UInt8(ascii: "]")
                else { return nil }
                let last = end - 1
                var start = cursor.offset
                if start < last {
                    guard line[start] == UInt8(ascii: "{"), line[last - 1] == UInt8(ascii: "}") else { return nil }
                    var i = start
                    while i < last,
                        let brace = memchr(base + i, Int32(UInt8(ascii: "}")), last - i).map({
                            base.distance(to: UnsafeRawPointer($0))
                        })
                    {
                        if brace + 2 < last, line[brace + 1] == UInt8(ascii: ","), line[brace + 2] == UInt8(ascii: "{")
                        {
                            eventRanges.append(start..<(brace + 1))
                            start = brace + 2
                        }
                        i = brace + 1
                    }
                    eventRanges.append(start..<last)
                }
                cursor.offset = end
            } else if !cursor.literal("]") {
                repeat {
                    guard cursor.offset < end, let next = try? scanner.skipValue(cursor.offset, end) else { return nil }
                    eventRanges.append(cursor.offset..<next)
                    cursor.offset = next
                } while cursor.literal(",")
                guard cursor.literal("]") else { return nil }
            }
            guard cursor.offset == end else { return nil }
            return Layout(
                format: format,
                sequence: sequence,
                timestamp: String(decoding: UnsafeRawBufferPointer(rebasing: line[timestamp]), as: UTF8.self),
                previous: String(decoding: UnsafeRawBufferPointer(rebasing: line[previous]), as: UTF8.self),
                hash: String(decoding: UnsafeRawBufferPointer(rebasing: line[hash]), as: UTF8.self),
                hashRanges: hashRanges,
                eventRanges: eventRanges,
                guessed: guessingEvents
            )
        }

        /// Any JSON object with these members (another writer's order or spacing).
        static func anyOrder(_ line: UnsafeRawBufferPointer) -> Result<Layout, Damage> {
            let scanner = JSONScanner(bytes: line)
            let members: [(key: Substring, value: Range<Int>)]
            do {
                members = try scanner.objectMembers(in: 0..<line.count)
            } catch {
                return .failure(.syntax("malformed JSON"))
            }
            var fields: [Substring: Range<Int>] = [:]
            for member in members { fields[member.key] = member.value }
            func text(_ key: Substring) -> String? {
                fields[key].flatMap { scanner.plainString($0) }.map(String.init)
            }
            func integer(_ key: Substring) -> UInt64? {
                fields[key].flatMap {
                    UInt64(String(decoding: UnsafeRawBufferPointer(rebasing: line[$0]), as: UTF8.self))
                }
            }
            guard let format = integer("format") else { return .failure(.syntax("no format")) }
            guard format == LogRecord.formatVersion else {
                return .failure(.unsupportedFormat(Int(clamping: format)))
            }
            guard let sequence = integer("seq"), let timestamp = text("ts"), let previous = text("prev"),
                let hash = text("hash"), let hashesRange = fields["hashes"], let eventsRange = fields["events"]
            else { return .failure(.syntax("a field is missing")) }
            let hashRanges: [Range<Int>]
            let eventRanges: [Range<Int>]
            do {
                hashRanges = try scanner.arrayElements(in: hashesRange)
                eventRanges = try scanner.arrayElements(in: eventsRange)
            } catch {
                return .failure(.syntax("malformed hashes or events"))
            }
            return .success(
                Layout(
                    format: format,
                    sequence: sequence,
                    timestamp: timestamp,
                    previous: previous,
                    hash: hash,
                    hashRanges: hashRanges.compactMap { range in
                        scanner.plainString(range).map { _ in (range.lowerBound + 1)..<(range.upperBound - 1) }
                    },
                    eventRanges: eventRanges
                )
            )
        }
    }

    /// Reads the fixed parts of a line the writer produced.
    struct Cursor {
        let bytes: UnsafeRawBufferPointer
        let end: Int
        var offset = 0

        init(bytes: UnsafeRawBufferPointer, end: Int) {
            self.bytes = bytes
            self.end = end
        }

        /// Steps over `text` when it comes next.
        mutating func literal(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard end - offset >= count, let base = bytes.baseAddress, memcmp(base + offset, text.utf8Start, count) == 0
            else { return false }
            offset += count
            return true
        }

        /// A decimal number without sign or leading zeros (other than `0` itself).
        mutating func number() -> UInt64? {
            var value: UInt64 = 0
            let start = offset
            while offset < end, bytes[offset] >= UInt8(ascii: "0"), bytes[offset] <= UInt8(ascii: "9") {
                let (times, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times.addingReportingOverflow(UInt64(bytes[offset] - UInt8(ascii: "0")))
                guard !o1, !o2 else { return nil }
                value = sum
                offset += 1
            }
            guard offset > start, bytes[start] != UInt8(ascii: "0") || offset == start + 1 else { return nil }
            return value
        }

        /// The text up to the next quotation mark, which it steps over; `nil` when it holds an escape.
        mutating func plainRange() -> Range<Int>? {
            let start = offset
            while offset < end {
                let c = bytes[offset]
                if c == UInt8(ascii: "\"") {
                    offset += 1
                    return start..<(offset - 1)
                }
                if c == UInt8(ascii: "\\") || c < 0x20 { return nil }
                offset += 1
            }
            return nil
        }
    }

    /// Checks a line's fields: format, counts, sequence, previous hash, event hashes, chain hash.
    static func check(
        _ line: UnsafeRawBufferPointer,
        _ layout: Layout,
        expectedSequence: UInt64,
        expectedPrevious: String?
    ) -> Result<RawRecord, Damage> {
        guard layout.format == LogRecord.formatVersion else {
            return .failure(.unsupportedFormat(Int(clamping: layout.format)))
        }
        let events = layout.eventRanges.count
        guard layout.hashRanges.count == events else {
            return .failure(.syntax("hashes and events differ in number"))
        }
        guard layout.sequence == expectedSequence else {
            return .failure(.sequence(expected: expectedSequence, found: layout.sequence))
        }
        if let expectedPrevious, layout.previous != expectedPrevious { return .failure(.previousHash) }
        // The digests, 32 bytes each, one after the other, after the previous hash's 32 bytes: the
        // chain hash is the SHA-256 of exactly these bytes.
        var chained = [UInt8](repeating: 0, count: 32 + 32 * events)
        let failure: Damage? = chained.withUnsafeMutableBytes { out -> Damage? in
            var previousBytes = layout.previous
            let previousLength = previousBytes.withUTF8 { utf8 in
                Hex.decode(UnsafeRawBufferPointer(utf8), into: out) ? 32 : 0
            }
            guard let digests = out.baseAddress else { return .chainHash }
            var index = 0
            while index < events {
                let slot = UnsafeMutableRawBufferPointer(start: digests + 32 + 32 * index, count: 32)
                let stored = UnsafeRawBufferPointer(rebasing: line[layout.hashRanges[index]])
                let payload = UnsafeRawBufferPointer(rebasing: line[layout.eventRanges[index]])
                if isRedacted(payload) {
                    // Its payload is gone: the stored hash stands (and a guessed cut is unconfirmed).
                    guard !layout.guessed, Hex.decode(stored, into: slot) else { return .eventHash(index: index) }
                    index += 1
                    continue
                }
                // The digest goes into the chain as is; the stored text must be its hex form. Two
                // events are hashed at once when the next one has its payload too.
                let next = index + 1
                if next < events {
                    let nextPayload = UnsafeRawBufferPointer(rebasing: line[layout.eventRanges[next]])
                    if !isRedacted(nextPayload) {
                        let nextSlot = UnsafeMutableRawBufferPointer(start: digests + 32 + 32 * next, count: 32)
                        LogHash.sha256(
                            payload,
                            into: digests + 32 + 32 * index,
                            nextPayload,
                            into: digests + 32 + 32 * next
                        )
                        if !Hex.matches(UnsafeRawBufferPointer(slot), stored) { return .eventHash(index: index) }
                        let nextStored = UnsafeRawBufferPointer(rebasing: line[layout.hashRanges[next]])
                        if !Hex.matches(UnsafeRawBufferPointer(nextSlot), nextStored) { return .eventHash(index: next) }
                        index += 2
                        continue
                    }
                }
                LogHash.sha256(payload, into: digests + 32 + 32 * index)
                if !Hex.matches(UnsafeRawBufferPointer(slot), stored) { return .eventHash(index: index) }
                index += 1
            }
            // A previous hash that is not 64 hex digits chains from no bytes (as `encode` does).
            let hashed =
                previousLength == 32
                ? UnsafeRawBufferPointer(out) : UnsafeRawBufferPointer(rebasing: out[32...])
            return withUnsafeTemporaryAllocation(byteCount: 32, alignment: 16) { digest in
                guard let out = digest.baseAddress else { return .chainHash }
                LogHash.sha256(hashed, into: out)
                return Hex.matches(UnsafeRawBufferPointer(digest), layout.hash) ? nil : .chainHash
            }
        }
        if let failure { return .failure(failure) }
        return .success(
            RawRecord(
                sequence: layout.sequence,
                timestamp: layout.timestamp,
                previousHash: layout.previous,
                hash: layout.hash,
                hashRanges: layout.hashRanges,
                eventRanges: layout.eventRanges
            )
        )
    }

    enum ReportEventType { case ingested, rejected }

    /// Whether an event is a `ReportIngested` or `ReportRejected`, without decoding it. The
    /// writer sorts keys, so `"type"` is among the last bytes of the object; a quotation mark
    /// inside a string value is escaped, so the pattern cannot occur inside one.
    static func reportEventType(_ payload: UnsafeRawBufferPointer) -> ReportEventType? {
        let tail = UnsafeRawBufferPointer(rebasing: payload[max(0, payload.count - 48)...])
        let marker: StaticString = #""type":"Report"#
        let prefix = marker.utf8CodeUnitCount
        guard tail.count >= prefix, let base = tail.baseAddress else { return nil }
        // The first place the prefix starts: each quotation mark found with `memchr`, the prefix
        // compared with `memcmp` (asked of every event: comparing at each byte of the tail
        // through the collection APIs was 640 instructions an event).
        var from = 0
        var start: Int?
        while start == nil, tail.count - from >= prefix,
            let quote = memchr(base + from, Int32(UInt8(ascii: "\"")), tail.count - prefix + 1 - from)
        {
            let at = base.distance(to: UnsafeRawPointer(quote))
            if memcmp(base + at, marker.utf8Start, prefix) == 0 { start = at } else { from = at + 1 }
        }
        guard let start else { return nil }
        let rest = UnsafeRawBufferPointer(rebasing: tail[(start + prefix)...])
        if rest.starts(with: ingestedSuffix) { return .ingested }
        if rest.starts(with: rejectedSuffix) { return .rejected }
        return nil
    }

    static let reportTypePrefix = Array(#""type":"Report"#.utf8)
    static let ingestedSuffix = Array(#"Ingested""#.utf8)
    static let rejectedSuffix = Array(#"Rejected""#.utf8)

    /// A redacted event is `{"redacted":…}`: its payload is gone, its stored hash stands.
    static func isRedacted(_ payload: UnsafeRawBufferPointer) -> Bool {
        // Asked of every event: compared in place (an array of the marker was made per call).
        let marker: StaticString = #"{"redacted":"#
        let count = marker.utf8CodeUnitCount
        guard payload.count >= count, let base = payload.baseAddress else { return false }
        return memcmp(base, marker.utf8Start, count) == 0
    }
}

/// Lower-case hex encoding and decoding.
enum Hex {
    static let digits = Array("0123456789abcdef".utf8)

    /// Appends the hex digits of `bytes` to `out` (no `String` made).
    static func append(_ bytes: some Sequence<UInt8>, to out: inout [UInt8]) {
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
    }

    /// Writes the hex digits of `bytes` into `out` (twice as long).
    static func write(_ bytes: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) {
        guard let from = bytes.baseAddress, let to = out.baseAddress, out.count >= 2 * bytes.count else { return }
        for i in 0..<bytes.count {
            let byte = from.load(fromByteOffset: i, as: UInt8.self)
            // '0' + n, plus 'a' - '0' - 10 when n is 10 or more.
            let hi = byte >> 4
            let lo = byte & 0x0f
            to.storeBytes(of: hi &+ 0x30 &+ (hi > 9 ? 0x27 : 0), toByteOffset: 2 * i, as: UInt8.self)
            to.storeBytes(of: lo &+ 0x30 &+ (lo > 9 ? 0x27 : 0), toByteOffset: 2 * i + 1, as: UInt8.self)
        }
    }

    /// Appends the eight hex digits of `value`, high byte first (what ``encode32(_:)`` returns).
    static func append32(_ value: UInt32, to out: inout [UInt8]) {
        for shift in stride(from: 28, through: 0, by: -4) {
            out.append(digits[Int((value >> UInt32(shift)) & 0x0f)])
        }
    }

    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var out = [UInt8]()
        append(bytes, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func encode32(_ value: UInt32) -> String {
        encode([UInt8(value >> 24), UInt8((value >> 16) & 0xff), UInt8((value >> 8) & 0xff), UInt8(value & 0xff)])
    }

    static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    static func decode(_ text: String) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        guard utf8.count % 2 == 0 else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(utf8.count / 2)
        var i = 0
        while i < utf8.count {
            guard let hi = nibble(utf8[i]), let lo = nibble(utf8[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }

    /// Decodes 64 hex digits into the 32 bytes at `out`; false when they are not that.
    static func decode(_ text: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) -> Bool {
        guard text.count == 64, out.count >= 32 else { return false }
        for i in 0..<32 {
            guard let hi = nibble(text[2 * i]), let lo = nibble(text[2 * i + 1]) else { return false }
            out[i] = hi << 4 | lo
        }
        return true
    }

    /// Whether `text` is the lower-case hex form of `digest`.
    static func matches(_ digest: UnsafeRawBufferPointer, _ text: UnsafeRawBufferPointer) -> Bool {
        guard text.count == 2 * digest.count, let d = digest.baseAddress, let t = text.baseAddress else {
            return text.count == 2 * digest.count
        }
        // Four digest bytes at a time become eight hex digits in one word: each nibble in a byte
        // lane (high nibble first), plus '0', plus 'a' - '0' - 10 where the nibble is 10 or more.
        var i = 0
        while digest.count - i >= 4 {
            let word = UInt32(littleEndian: d.loadUnaligned(fromByteOffset: i, as: UInt32.self))
            let spread =
                UInt64(word & 0xff) | UInt64((word >> 8) & 0xff) << 16 | UInt64((word >> 16) & 0xff) << 32
                | UInt64(word >> 24) << 48
            let nibbles = (spread >> 4) & 0x000F_000F_000F_000F | (spread & 0x000F_000F_000F_000F) << 8
            let letters = ((nibbles &+ 0x0606_0606_0606_0606) >> 4) & 0x0101_0101_0101_0101
            let ascii = nibbles &+ 0x3030_3030_3030_3030 &+ letters &* 0x27
            guard UInt64(littleEndian: t.loadUnaligned(fromByteOffset: 2 * i, as: UInt64.self)) == ascii else {
                return false
            }
            i += 4
        }
        while i < digest.count {
            let byte = digest[i]
            let hi = byte >> 4
            let lo = byte & 0x0f
            guard text[2 * i] == (hi < 10 ? 0x30 + hi : 0x57 + hi), text[2 * i + 1] == (lo < 10 ? 0x30 + lo : 0x57 + lo)
            else { return false }
            i += 1
        }
        return true
    }

    /// Whether `text` is the lower-case hex form of `digest`.
    static func matches(_ digest: some Sequence<UInt8>, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            var i = 0
            for byte in digest {
                guard i + 1 < utf8.count, utf8[i] == digits[Int(byte >> 4)], utf8[i + 1] == digits[Int(byte & 0x0f)]
                else { return false }
                i += 2
            }
            return i == utf8.count
        }
    }

    static func decode32(_ bytes: UnsafeRawBufferPointer) -> UInt32? {
        guard bytes.count == 8 else { return nil }
        var value: UInt32 = 0
        for c in bytes {
            guard let n = nibble(c) else { return nil }
            value = value << 4 | UInt32(n)
        }
        return value
    }
}
