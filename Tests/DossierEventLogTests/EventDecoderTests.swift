import DossierModel
import Foundation
import Testing

@testable import DossierEventLog

func fastDecode(_ bytes: [UInt8]) throws -> DomainEvent {
    try bytes.withUnsafeBytes { try EventDecoder($0).event() }
}

@Suite struct EventDecoderTests {
    @Test func readsWhatTheEncoderWrites() throws {
        for event in sampleEvents {
            var encoder = EventEncoder()
            try encoder.encode(event)
            #expect(try fastDecode(encoder.out) == event, "\(event.typeName)")
        }
    }

    @Test func readsWhatOtherJSONWritersWriteAsJSONDecoderDoes() throws {
        let pretty = JSONEncoder()
        pretty.outputFormatting = [.prettyPrinted]  // white space, members in declaration order, escaped slashes
        for event in sampleEvents {
            let bytes = Array(try pretty.encode(event))
            #expect(try fastDecode(bytes) == JSONDecoder().decode(DomainEvent.self, from: Data(bytes)))
        }
        let handWritten = #"""
            { "v": 1, "type": "PersonMentioned", "unknown": [1, {"a": null}], "report": "r", "index": 2,
              "fact": {"kind": "person", "name": "\uD83D\uDE00 \u00e9\/x\"", "title": null, "extra": true},
              "id": "r#2" }
            """#
        let expected = DomainEvent.factRecorded(
            FactRecorded(report: "r", index: 2, fact: .person(PersonFact(name: "😀 é/x\"")))
        )
        #expect(try fastDecode(Array(handWritten.utf8)) == expected)
        #expect(try JSONDecoder().decode(DomainEvent.self, from: Data(handWritten.utf8)) == expected)
    }

    @Test func newerOrUnknownEventsAreNotErrors() throws {
        #expect(
            try fastDecode(Array(#"{"type":"ReportIngested","v":2,"x":1}"#.utf8))
                == .unrecognized(type: "ReportIngested", version: 2)
        )
        #expect(
            try fastDecode(Array(#"{"type":"SomethingNew","v":1}"#.utf8))
                == .unrecognized(type: "SomethingNew", version: 1)
        )
    }

    @Test(arguments: [
        #"{"type":"PersonMentioned","v":1,"report":"r","index":0,"fact":{"kind":"person"}}"#,
        #"{"type":"PersonMentioned","v":1,"report":"r","index":0,"fact":{"kind":"org","name":"x"}}"#,
        #"{"type":"MetricReported","v":1,"report":"r","index":0,"fact":{"kind":"metric","value":"3"}}"#,
        #"{"type":"DatedFactReported","v":1,"report":"r","index":0,"fact":{"kind":"dated","date":"2018/1"}}"#,
        #"{"type":"ReportIngested","v":1,"report":"r"}"#,
        #"{"type":"QuoteRecorded","v":1,"report":"r","index":0,"fact":{"kind":"quote","speaker":"a","text":"\x"}}"#,
    ])
    func refusesWhatJSONDecoderRefuses(_ text: String) {
        #expect(throws: (any Error).self) { try fastDecode(Array(text.utf8)) }
        #expect(throws: (any Error).self) { try JSONDecoder().decode(DomainEvent.self, from: Data(text.utf8)) }
    }
}

/// Decoding with the strings decoded a moment ago (``RecentStrings``, session 8,
/// docs/performance.md) gives the events decoding each string anew gives.
@Suite struct RecentStringsTests {
    @Test func decodingWithRecentStringsGivesTheSameEvents() throws {
        var generator = EventGenerator(seed: 88)
        let recent = RecentStrings()
        var events = sampleEvents
        for _ in 0..<300 { events += generator.batch() }
        // Twice, so that the second pass finds every string among the recent ones.
        for _ in 0..<2 {
            for event in events {
                var encoder = EventEncoder()
                try encoder.encode(event)
                let again = try encoder.out.withUnsafeBytes { try EventDecoder($0, recent: recent).event() }
                #expect(again == event, "\(event.typeName)")
                #expect(again == (try fastDecode(encoder.out)))
            }
        }
    }

    /// Short texts too are kept (session 10), known by their length and first and last eight
    /// bytes: texts of every length to 20 that differ in one byte anywhere, met again and again,
    /// are each their own string.
    @Test func shortTextsDifferingInAnyByteAreEachTheirOwn() {
        let recent = RecentStrings()
        for round in 0..<3 {
            for count in 0...20 {
                let plain = (0..<count).map { UInt8(ascii: "a") + UInt8($0 % 26) }
                var texts = [plain]
                for position in 0..<count {
                    for byte: UInt8 in [UInt8(ascii: "Z"), 0xC3, 0xE2, 0x00] {
                        var changed = plain
                        changed[position] = byte
                        texts.append(changed)
                    }
                }
                for text in round == 1 ? texts.reversed() : texts {
                    let made = text.withUnsafeBytes { recent.string($0) }
                    #expect(Array(made.utf8) == Array(String(decoding: text, as: UTF8.self).utf8))
                }
            }
        }
    }

    /// Texts that fall into the same slot (the same length, first and last eight bytes) or are
    /// not valid UTF-8 are each their own string.
    @Test func differentBytesAreNeverTakenForEachOther() {
        let recent = RecentStrings()
        let texts: [[UInt8]] = [
            Array("0123456789-middle-A-abcdefgh".utf8),
            Array("0123456789-middle-B-abcdefgh".utf8),
            Array("0123456789-middle-A-abcdefgh".utf8),
            Array("0123456789-middle-\u{E9}-abcdefgh".utf8),
            Array("0123456789-middle-".utf8) + [0xC3] + Array("-abcdefgh".utf8),
            Array("0123456789-middle-".utf8) + [0xFF] + Array("-abcdefgh".utf8),
            Array("0123456789-middle-".utf8) + [0xC3] + Array("-abcdefgh".utf8),
            Array("short".utf8), Array("exactly-16-bytes".utf8), Array("fifteen--bytes!".utf8),
        ]
        for _ in 0..<3 {
            for text in texts {
                let made = text.withUnsafeBytes { recent.string($0) }
                #expect(made == String(decoding: text, as: UTF8.self))
                #expect(Array(made.utf8) == Array(String(decoding: text, as: UTF8.self).utf8))
            }
        }
    }
}
