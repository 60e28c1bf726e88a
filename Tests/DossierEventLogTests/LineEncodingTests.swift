import Crypto
import DossierModel
import DossierTestSupport
import Foundation
import Testing

@testable import DossierEventLog

/// The line writer writes events straight into a reused buffer (session 7, docs/performance.md):
/// its bytes must stay those of the writer before it, which built each event with its own array
/// and the line by copying them. That writer is kept here as the reference.
enum ReferenceLine {
    /// The bytes of one line (newline included) as the writer before session 7 made them, with
    /// Foundation's `JSONEncoder` for the events (the event encoder's own test pins those bytes).
    static func line(events: [DomainEvent], sequence: UInt64, timestamp: String, previousHash: String) throws
        -> (line: [UInt8], hash: String)
    {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let payloads = try events.map { Array(try encoder.encode($0)) }
        let digests = payloads.map { Array(SHA256.hash(data: $0)) }
        var chain = SHA256()
        chain.update(data: Hex.decode(previousHash) ?? [])
        for digest in digests { chain.update(data: digest) }
        let hash = Hex.encode(chain.finalize())
        var line = Array(
            #"{"format":1,"seq":\#(sequence),"ts":"\#(timestamp)","prev":"\#(previousHash)","hash":"\#(hash)","hashes":["#
                .utf8
        )
        line += digests.map { "\"" + Hex.encode($0) + "\"" }.joined(separator: ",").utf8
        line += #"],"events":["#.utf8
        line += Array(payloads.joined(separator: [UInt8(ascii: ",")]))
        line.append(UInt8(ascii: "]"))
        let crc = CRC32C.checksum(line)
        line += #","crc":""#.utf8
        line += Hex.encode32(crc).utf8
        line += "\"}\n".utf8
        return (line, hash)
    }
}

/// Random events with awkward text: quotation marks, backslashes, every C0 control, DEL,
/// Hangul, CJK, emoji and long plain runs, at every length around the 8-byte steps.
struct EventGenerator {
    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(state: seed) }

    static let pieces: [String] = [
        "\"", "\\", "/", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", " ", "a",
        "Tencent", "텐센트", "邱跃鹏", "😀", "é", "\u{2028}", "abcdefgh", "0123456789abcdef", "클라우드 사업부",
    ]

    mutating func text() -> String {
        let count = Int.random(in: 0...24, using: &random)
        var text = ""
        for _ in 0..<count { text += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)] }
        return text
    }

    mutating func maybe() -> String? { Bool.random(using: &random) ? text() : nil }

    mutating func date() -> PartialDate? {
        [nil, PartialDate(iso: "2019-05-21"), PartialDate(iso: "2018-09"), PartialDate(iso: "--05-23")][
            Int.random(in: 0..<4, using: &random)
        ]
    }

    mutating func source() -> FactSource? {
        Bool.random(using: &random)
            ? FactSource(
                sentence: Bool.random(using: &random) ? Int.random(in: 0...500, using: &random) : nil,
                excerpt: maybe()
            )
            : nil
    }

    mutating func fact() -> Fact {
        switch Int.random(in: 0..<8, using: &random) {
        case 0:
            .event(
                EventFact(
                    name: text(),
                    native: maybe(),
                    aliases: Bool.random(using: &random) ? [text(), text()] : nil,
                    start: date(),
                    end: date(),
                    place: maybe(),
                    placeNative: maybe(),
                    region: maybe(),
                    merges: Bool.random(using: &random) ? [text()] : nil,
                    yearInferred: Bool.random(using: &random) ? Bool.random(using: &random) : nil,
                    source: source()
                )
            )
        case 1:
            .person(
                PersonFact(name: text(), native: maybe(), title: maybe(), org: maybe(), unit: maybe(), source: source())
            )
        case 2: .org(OrgFact(name: text(), native: maybe(), aliases: [text()], source: source()))
        case 3:
            .orgUnit(OrgUnitFact(name: maybe(), code: maybe(), parent: maybe(), established: date(), source: source()))
        case 4: .presentation(PresentationFact(person: text(), topic: maybe(), event: maybe(), source: source()))
        case 5: .quote(QuoteFact(speaker: text(), text: text(), verb: maybe(), source: source()))
        case 6:
            .metric(
                MetricFact(
                    subject: maybe(),
                    what: maybe(),
                    value: [0, -1, 42, 0.5, 1e21, 1.25e-7, -38_000.25, 554_600_000_000][
                        Int.random(in: 0..<8, using: &random)
                    ],
                    unit: maybe(),
                    qualifier: Bool.random(using: &random) ? .approximately : nil,
                    date: date(),
                    source: source()
                )
            )
        default:
            .dated(
                DatedFact(
                    date: PartialDate(iso: "2010")!,
                    end: date(),
                    subject: maybe(),
                    summary: maybe(),
                    yearInferred: Bool.random(using: &random) ? true : nil,
                    source: source()
                )
            )
        }
    }

    mutating func batch() -> [DomainEvent] {
        let report = text()
        var events: [DomainEvent] = []
        switch Int.random(in: 0..<6, using: &random) {
        case 0:
            events.append(
                .reportRejected(
                    ReportRejected(
                        report: report,
                        fileName: text(),
                        size: Int.random(in: 0...1 << 40, using: &random),
                        code: text(),
                        reason: text()
                    )
                )
            )
        default:
            events.append(
                .reportIngested(
                    ReportIngested(
                        report: report,
                        fileName: text(),
                        size: Int.random(in: 0...1 << 40, using: &random),
                        format: "txt",
                        language: maybe(),
                        published: date(),
                        title: maybe(),
                        source: maybe(),
                        factCount: Int.random(in: 0...100, using: &random)
                    )
                )
            )
        }
        for i in 0..<Int.random(in: 0...40, using: &random) {
            events.append(.factRecorded(FactRecorded(report: report, index: i, fact: fact())))
        }
        return events
    }
}

@Suite struct LineEncodingTests {
    @Test func jsonStringsAreEscapedAsBefore() {
        // The escaping before the eight-byte steps, byte by byte.
        func reference(_ value: String) -> [UInt8] {
            var out: [UInt8] = [UInt8(ascii: "\"")]
            for byte in value.utf8 {
                switch byte {
                case UInt8(ascii: "\""): out += Array(#"\""#.utf8)
                case UInt8(ascii: "\\"): out += Array(#"\\"#.utf8)
                case 0x0A: out += Array(#"\n"#.utf8)
                case 0x0D: out += Array(#"\r"#.utf8)
                case 0x09: out += Array(#"\t"#.utf8)
                case 0x08: out += Array(#"\b"#.utf8)
                case 0x0C: out += Array(#"\f"#.utf8)
                case ..<0x20: out += Array(String(format: "\\u%04x", byte).utf8)
                default: out.append(byte)
                }
            }
            out.append(UInt8(ascii: "\""))
            return out
        }
        var generator = EventGenerator(seed: 7)
        var texts = (0..<3000).map { _ in generator.text() }
        // Every byte value below 0x80 at every place of a 17-byte text.
        for byte in UInt8(0)..<0x80 {
            for at in 0..<17 {
                var bytes = Array(repeating: UInt8(ascii: "x"), count: 17)
                bytes[at] = byte
                texts.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        for text in texts {
            var out: [UInt8] = []
            JSONText.string(text, &out)
            #expect(out == reference(text), "\(Array(text.utf8))")
            var sinkOut: [UInt8] = [UInt8(ascii: "\"")]
            let end = fill(&sinkOut, from: 1) { (sink: inout ByteSink) in sink.stringBody(text) }
            sinkOut.removeSubrange(end...)
            sinkOut.append(UInt8(ascii: "\""))
            #expect(sinkOut == out, "\(Array(text.utf8))")
        }
    }

    @Test func integersAreWrittenAsStringDoes() {
        let values: [Int] = [0, 1, 9, 10, 99, 100, 12_345, -1, -10, Int.max, Int.min, 1 << 40]
        for value in values {
            var out: [UInt8] = []
            JSONText.integer(value, &out)
            #expect(String(decoding: out, as: UTF8.self) == String(value))
            var sinkOut: [UInt8] = []
            let end = fill(&sinkOut, from: 0) { (sink: inout ByteSink) in sink.decimal(value) }
            #expect(String(decoding: sinkOut[..<end], as: UTF8.self) == String(value))
        }
        var out: [UInt8] = []
        JSONText.unsigned(UInt64.max, &out)
        #expect(String(decoding: out, as: UTF8.self) == String(UInt64.max))
    }

    @Test func linesAreTheBytesOfTheWriterBefore() throws {
        var generator = EventGenerator(seed: 42)
        var encoder = EventEncoder()
        // One buffer for every line, written from a small size (it must grow, and redo the line),
        // with bytes of longer earlier lines left in it.
        var buffer: [UInt8] = []
        var previous = LogHead.empty.hash
        let batches: [[DomainEvent]] = [sampleEvents, [], [sampleEvents[0]]] + (0..<300).map { _ in generator.batch() }
        for (i, batch) in batches.enumerated() {
            let timestamp = "2026-11-29T10:0\(i % 10):00.123Z"
            let expected = try ReferenceLine.line(
                events: batch,
                sequence: UInt64(i + 1),
                timestamp: timestamp,
                previousHash: previous
            )
            let start = i % 3 == 0 ? 0 : 17
            let (hash, end) = try LineCodec.encode(
                events: batch,
                sequence: UInt64(i + 1),
                timestamp: timestamp,
                previousHash: previous,
                encoder: &encoder,
                into: &buffer,
                from: start
            )
            #expect(Array(buffer[start..<end]) == expected.line, "batch \(i)")
            #expect(hash == expected.hash)
            let (line, lineHash) = try LineCodec.encode(
                events: batch,
                sequence: UInt64(i + 1),
                timestamp: timestamp,
                previousHash: previous,
                encoder: &encoder
            )
            #expect(line == expected.line && lineHash == hash)
            // A previous hash that is not hex chains from no bytes, as before.
            previous = i % 50 == 49 ? "not hex" : hash
        }
    }

    @Test func aGroupCommitWritesTheLinesOfTheWriterBefore() throws {
        var generator = EventGenerator(seed: 9)
        let dir = TemporaryDirectory()
        let date = Date(timeIntervalSince1970: 1_764_410_000.25)
        let timestamp = FileEventLog.timestamp(date)
        var expected: [UInt8] = []
        var previous = LogHead.empty.hash
        var sequence: UInt64 = 0
        do {
            let (log, _) = try FileEventLog.open(directory: dir.path)
            // One append of one batch, then growing group commits (the buffer is reused).
            for size in [1, 5, 1, 40, 2] {
                let batches = (0..<size).map { _ in generator.batch() }
                let heads = try log.append(batches, at: date)
                for (batch, head) in zip(batches, heads) {
                    sequence += 1
                    let line = try ReferenceLine.line(
                        events: batch,
                        sequence: sequence,
                        timestamp: timestamp,
                        previousHash: previous
                    )
                    expected += line.line
                    #expect(head.hash == line.hash && head.sequence == sequence)
                    previous = line.hash
                }
            }
        }
        let written = try Data(contentsOf: URL(fileURLWithPath: dir.path + "/events-000001.jsonl"))
        #expect(Array(written) == expected)
        #expect(try LogVerifier.verify(directory: dir.path).damage == nil)
    }
}
