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
