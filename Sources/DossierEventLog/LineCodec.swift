import Crypto
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
        var eventHashes: [String]
        var eventRanges: [Range<Int>]
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
        // Every event's bytes, one after the other, and where each ends.
        encoder.reset()
        var ends: [Int] = []
        ends.reserveCapacity(events.count)
        for (i, event) in events.enumerated() {
            if i > 0 { encoder.append(UInt8(ascii: ",")) }
            do {
                try encoder.encode(event)
            } catch {
                throw LogError(code: .encoding, message: "cannot encode \(event.typeName): \(error)", file: "")
            }
            ends.append(encoder.out.count)
        }
        let payloads = encoder.out
        var eventDigests: [[UInt8]] = []
        eventDigests.reserveCapacity(events.count)
        payloads.withUnsafeBytes { all in
            var start = 0
            for end in ends {
                eventDigests.append(Array(SHA256.hash(data: UnsafeRawBufferPointer(rebasing: all[start..<end]))))
                start = end + 1
            }
        }
        let hash = chainHash(previous: previousHash, eventDigests: eventDigests)
        var line = [UInt8]()
        line.reserveCapacity(payloads.count + 220 + 67 * events.count)
        line += #"{"format":\#(LogRecord.formatVersion),"seq":\#(sequence),"ts":""#.utf8
        line += timestamp.utf8
        line += #"","prev":""#.utf8
        line += previousHash.utf8
        line += #"","hash":""#.utf8
        line += hash.utf8
        line += #"","hashes":["#.utf8
        for (i, digest) in eventDigests.enumerated() {
            if i > 0 { line.append(UInt8(ascii: ",")) }
            line.append(UInt8(ascii: "\""))
            line += Hex.encode(digest).utf8
            line.append(UInt8(ascii: "\""))
        }
        line += #"],"events":["#.utf8
        line += payloads
        line.append(UInt8(ascii: "]"))
        let crc = CRC32C.checksum(line)
        line += #","crc":""#.utf8
        line += Hex.encode32(crc).utf8
        line += "\"}\n".utf8
        return (line, hash)
    }

    /// The chain hash over the previous hash and the event digests.
    static func chainHash(previous: String, eventDigests: [[UInt8]]) -> String {
        var hasher = SHA256()
        hasher.update(data: Hex.decode(previous) ?? [])
        for digest in eventDigests { hasher.update(data: digest) }
        return Hex.encode(Array(hasher.finalize()))
    }

    /// Checks one line (without its newline) against the record expected at this place.
    static func validate(
        _ line: UnsafeRawBufferPointer,
        expectedSequence: UInt64,
        expectedPrevious: String
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
        let scanner = JSONScanner(bytes: line)
        let members: [(key: Substring, value: Range<Int>)]
        do {
            members = try scanner.objectMembers(in: 0..<count)
        } catch {
            return .failure(.syntax("malformed JSON"))
        }
        var fields: [Substring: Range<Int>] = [:]
        for member in members { fields[member.key] = member.value }
        func text(_ key: Substring) -> String? { fields[key].flatMap { scanner.plainString($0) }.map(String.init) }
        func integer(_ key: Substring) -> UInt64? {
            fields[key].flatMap { UInt64(String(decoding: UnsafeRawBufferPointer(rebasing: line[$0]), as: UTF8.self)) }
        }
        guard let format = integer("format") else { return .failure(.syntax("no format")) }
        guard format == LogRecord.formatVersion else { return .failure(.unsupportedFormat(Int(clamping: format))) }
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
        let eventHashes = hashRanges.compactMap { scanner.plainString($0).map(String.init) }
        guard eventHashes.count == eventRanges.count else {
            return .failure(.syntax("hashes and events differ in number"))
        }
        guard sequence == expectedSequence else {
            return .failure(.sequence(expected: expectedSequence, found: sequence))
        }
        guard previous == expectedPrevious else { return .failure(.previousHash) }
        var digests: [[UInt8]] = []
        digests.reserveCapacity(eventRanges.count)
        for (index, range) in eventRanges.enumerated() {
            guard let digest = Hex.decode(eventHashes[index]), digest.count == 32 else {
                return .failure(.eventHash(index: index))
            }
            let payload = UnsafeRawBufferPointer(rebasing: line[range])
            if !isRedacted(payload) && Array(SHA256.hash(data: payload)) != digest {
                return .failure(.eventHash(index: index))
            }
            digests.append(digest)
        }
        guard chainHash(previous: previous, eventDigests: digests) == hash else { return .failure(.chainHash) }
        return .success(
            RawRecord(
                sequence: sequence,
                timestamp: timestamp,
                previousHash: previous,
                hash: hash,
                eventHashes: eventHashes,
                eventRanges: eventRanges
            )
        )
    }

    enum ReportEventType { case ingested, rejected }

    /// Whether an event is a `ReportIngested` or `ReportRejected`, without decoding it. The
    /// writer sorts keys, so `"type"` is among the last bytes of the object; a quotation mark
    /// inside a string value is escaped, so the pattern cannot occur inside one.
    static func reportEventType(_ payload: UnsafeRawBufferPointer) -> ReportEventType? {
        let tail = UnsafeRawBufferPointer(rebasing: payload[max(0, payload.count - 48)...])
        if contains(tail, ingestedPattern) { return .ingested }
        if contains(tail, rejectedPattern) { return .rejected }
        return nil
    }

    static let ingestedPattern = Array(#""type":"ReportIngested""#.utf8)
    static let rejectedPattern = Array(#""type":"ReportRejected""#.utf8)

    static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count)
        where haystack[start] == needle[0]
            && UnsafeRawBufferPointer(rebasing: haystack[start..<(start + needle.count)]).elementsEqual(needle)
        {
            return true
        }
        return false
    }

    /// A redacted event is `{"redacted":…}`: its payload is gone, its stored hash stands.
    static func isRedacted(_ payload: UnsafeRawBufferPointer) -> Bool {
        payload.starts(with: Array(#"{"redacted":"#.utf8))
    }
}

/// Lower-case hex encoding and decoding.
enum Hex {
    static let digits = Array("0123456789abcdef".utf8)

    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var out = [UInt8]()
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
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
