import DossierModel
import DossierTestSupport
import Foundation
import Testing

@testable import DossierEventLog

/// The one-pass event reader (session 10, docs/performance.md) against the reader it replaced
/// (`ReferenceEventDecoder`) and against `JSONDecoder`: the same events from the log's own bytes,
/// from other writers' JSON, and from JSON with repeated, unknown, escaped, `null` and misplaced
/// members; where the input is not JSON at all it may refuse more, never read something else.
@Suite struct OnePassDecoderTests {
    /// What the new reader and the reference read (`nil`: refused).
    static func both(_ bytes: [UInt8], recent: RecentStrings? = nil) -> (new: DomainEvent?, old: DomainEvent?) {
        bytes.withUnsafeBytes { buffer in
            (
                try? EventDecoder(buffer, recent: recent).event(),
                try? ReferenceEventDecoder(buffer).event()
            )
        }
    }

    static func isJSON(_ bytes: [UInt8]) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil
    }

    /// The new reader reads what the reference reads; it may refuse only what is not JSON.
    static func expectAgreement(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let (new, old) = both(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        if let new {
            #expect(new == old, "\(text)", sourceLocation: sourceLocation)
        } else if old != nil {
            #expect(!isJSON(bytes), "refused valid JSON the reference reads: \(text)", sourceLocation: sourceLocation)
        }
        // (Not compared with JSONDecoder here: of a repeated key it takes the first, these readers
        // the last, as the reader has since session 7; without repeated keys the tests above do.)
    }

    static func generated(_ count: Int, seed: UInt64) -> [DomainEvent] {
        var generator = EventGenerator(seed: seed)
        var events = sampleEvents
        while events.count < count { events += generator.batch() }
        return events
    }

    @Test func readsTheLogsOwnBytesAsTheReferenceDoes() throws {
        let recent = RecentStrings()
        for event in Self.generated(3000, seed: 10) {
            var encoder = EventEncoder()
            try encoder.encode(event)
            let (new, old) = Self.both(encoder.out, recent: recent)
            #expect(new == event, "\(event.typeName)")
            #expect(old == event, "\(event.typeName)")
        }
    }

    @Test func readsOtherWritersJSONAsJSONDecoderDoes() throws {
        let pretty = JSONEncoder()
        pretty.outputFormatting = [.prettyPrinted]  // white space, declaration order, escaped slashes
        for event in Self.generated(600, seed: 11) {
            let bytes = Array(try pretty.encode(event))
            let (new, old) = Self.both(bytes)
            #expect(new == event, "\(event.typeName)")
            #expect(old == event, "\(event.typeName)")
        }
    }

    /// Members added, repeated, nulled, escaped and misplaced at each level of the object.
    @Test func oddMembersAreReadAsTheReferenceReadsThem() throws {
        let extras = [
            #""unknown":{"a":[1,{"b":"}"}],"c":null}"#, #""x":[[],{}]"#, #""n\u0061me":"escaped""#,
            #""name":null"#, #""source":null"#, #""source":"text""#, #""source":{"sentence":7}"#,
            #""source":{"excerpt":"e\"}","sentence":3,"extra":[{}]}"#, #""fact":null"#, #""fact":3"#,
            #""fact":{"kind":"org","name":"Other"}"#, #""kind":"person""#, #""v":2"#, #""v":null"#,
            #""index":"7""#, #""index":-3"#, #""index":007"#, #""index":1e2"#, #""id":null"#, #""type":"Other""#,
            #""value":12.5"#, #""yearInferred":false"#, #""aliases":["a","\u00e9",null]"#, #""aliases":[]"#,
            #""sentence":12"#, #""excerpt":"x""#, #""report":"\/r""#, #""date":"2020-01-02""#,
        ]
        var random = SplitMix64(state: 12)
        for event in Self.generated(400, seed: 13) {
            var encoder = EventEncoder()
            try encoder.encode(event)
            let text = String(decoding: encoder.out, as: UTF8.self)
            // The places a member can go: after the event's `{`, before its `}`, and the same in
            // the fact's object and the source's.
            var openings: [String.Index] = []
            var index = text.startIndex
            while let found = text[index...].firstIndex(of: "{") {
                openings.append(text.index(after: found))
                index = text.index(after: found)
            }
            for _ in 0..<6 {
                let extra = extras[Int.random(in: 0..<extras.count, using: &random)]
                guard let place = openings.randomElement(using: &random) else { continue }
                var front = text
                front.insert(contentsOf: extra + ",", at: place)
                Self.expectAgreement(Array(front.utf8))
                var back = text
                back.insert(contentsOf: "," + extra, at: text.index(before: text.endIndex))
                Self.expectAgreement(Array(back.utf8))
            }
            // White space between every token of the log's bytes.
            let spaced = text.replacingOccurrences(of: "\":", with: "\" :\n ")
                .replacingOccurrences(of: ",\"", with: " ,\t\"")
            Self.expectAgreement(Array(spaced.utf8))
        }
    }

    /// Lines cut short and bytes changed: never something other than the reference reads.
    @Test func damagedBytesAreNeverReadAsSomethingElse() throws {
        var random = SplitMix64(state: 14)
        let flips: [UInt8] = Array("{}[]\",: \\n0tfx".utf8)
        for event in Self.generated(300, seed: 15) {
            var encoder = EventEncoder()
            try encoder.encode(event)
            let bytes = encoder.out
            for _ in 0..<8 {
                var changed = bytes
                let at = Int.random(in: 0..<changed.count, using: &random)
                changed[at] = flips[Int.random(in: 0..<flips.count, using: &random)]
                Self.expectAgreement(changed)
                let cut = Int.random(in: 0..<bytes.count, using: &random)
                Self.expectAgreement(Array(bytes[..<cut]))
            }
        }
    }

    @Test func bareValuesHoldingBracketsOrQuotesInTheFactAreRefused() {
        // `JSONDecoder` refuses these too: they are not JSON.
        for text in [
            #"{"fact":{"kind":"org","name":"x","n":t{rue},"index":0,"report":"r","type":"OrganizationMentioned"}"#,
            #"{"fact":{"kind":"org","name":"x","source":{"sentence":1"}"}},"index":0,"report":"r","type":"OrganizationMentioned"}"#,
        ] {
            let bytes = Array(text.utf8)
            #expect(Self.both(bytes).new == nil)
            #expect(!Self.isJSON(bytes))
        }
    }
}

/// `LineCodec.reportEventType` through `memmem` (session 10) against the byte-by-byte search it
/// replaced.
@Suite struct ReportEventTypeTests {
    static func reference(_ payload: [UInt8]) -> LineCodec.ReportEventType? {
        let tail = Array(payload[max(0, payload.count - 48)...])
        let prefix = LineCodec.reportTypePrefix
        guard tail.count >= prefix.count else { return nil }
        for start in 0...(tail.count - prefix.count)
        where tail[start] == UInt8(ascii: "\"") && Array(tail[start..<(start + prefix.count)]) == prefix {
            let rest = tail[(start + prefix.count)...]
            if rest.starts(with: LineCodec.ingestedSuffix) { return .ingested }
            if rest.starts(with: LineCodec.rejectedSuffix) { return .rejected }
            return nil
        }
        return nil
    }

    @Test func findsWhatTheByteByByteSearchFinds() throws {
        var payloads: [[UInt8]] = []
        for event in OnePassDecoderTests.generated(500, seed: 16) {
            var encoder = EventEncoder()
            try encoder.encode(event)
            payloads.append(encoder.out)
        }
        let odd = [
            #"{"type":"ReportIngested"}"#, #"{"type":"ReportRejected","v":1}"#, #"{"type":"ReportOther","v":1}"#,
            #""type":"Report"#, #""type":"ReportIngested"#, #"{"type":"ReportRejected""type":"ReportIngested"}"#,
            #"{"x":"\"type\":\"ReportIngested\"","type":"PersonMentioned","v":1}"#, "", "{}",
            String(repeating: "x", count: 40) + #""type":"ReportIngested","v":1,"padding":"0123456789abcdef"}"#,
        ]
        payloads += odd.map { Array($0.utf8) }
        for payload in payloads {
            for cut in [0, 1, 7, 20, 47, 48, 49, payload.count] where cut <= payload.count {
                let piece = Array(payload[..<cut])
                let found = piece.withUnsafeBytes { LineCodec.reportEventType($0) }
                #expect(found == Self.reference(piece), "\(String(decoding: piece, as: UTF8.self))")
            }
        }
    }
}
