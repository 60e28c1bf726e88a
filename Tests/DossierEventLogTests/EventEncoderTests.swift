import DossierModel
import Foundation
import Testing

@testable import DossierEventLog

let awkward = "따옴표 \"안\" \\ 역슬래시/슬래시\n줄\t탭 \u{1} 제어 😀 邱跃鹏 café"

let sampleEvents: [DomainEvent] = {
    let source = FactSource(sentence: 3, excerpt: awkward)
    let date = PartialDate(iso: "2019-05-21")
    let facts: [Fact] = [
        .event(
            EventFact(
                name: awkward,
                native: "腾讯全球数字生态大会",
                aliases: ["텐센트 서밋", ""],
                start: date,
                end: PartialDate(iso: "--05-23"),
                place: "쿤밍",
                placeNative: "昆明",
                region: "윈난성",
                merges: [],
                yearInferred: true,
                source: source
            )
        ),
        .event(EventFact(name: "bare")),
        .person(PersonFact(name: "치우위에펑", native: "邱跃鹏", title: "부총재", org: "텐센트", unit: "CSIG", source: source)),
        .org(OrgFact(name: "Tencent", native: nil, aliases: ["腾讯"], source: FactSource(sentence: nil, excerpt: "x"))),
        .orgUnit(
            OrgUnitFact(
                name: "B2B클라우드&스마트산업 사업부",
                code: "CSIG",
                parent: "텐센트",
                established: PartialDate(iso: "2018-09")
            )
        ),
        .orgUnit(OrgUnitFact()),
        .presentation(PresentationFact(person: "딩커", topic: "의료", event: "서밋", source: source)),
        .quote(QuoteFact(speaker: "리우츠핑", text: awkward, verb: "말했다")),
        .metric(MetricFact(subject: "텐센트", what: "서버 수", value: 1_000_000, unit: "대", qualifier: .atLeast)),
        .metric(MetricFact(value: 0.5, qualifier: .approximately, date: PartialDate(iso: "2018"))),
        .metric(MetricFact(value: -38_000.25)),
        .metric(MetricFact(value: 1e21)),
        .metric(MetricFact(value: 1.25e-7)),
        .metric(MetricFact(value: 554_600_000_000, unit: "CNY")),
        .dated(
            DatedFact(date: PartialDate(iso: "2010")!, end: date, subject: "텐센트", summary: awkward, yearInferred: false)
        ),
    ]
    var events: [DomainEvent] = [
        .reportIngested(
            ReportIngested(
                report: "abc",
                fileName: "a b/c.txt",
                size: 12,
                format: "txt",
                language: "ko",
                published: date,
                title: awkward,
                source: "https://example.com/a?b=1",
                factCount: facts.count
            )
        ),
        .reportIngested(ReportIngested(report: "r", fileName: "f", size: 0, format: "md", factCount: 0)),
        .reportRejected(ReportRejected(report: "r", fileName: "bad\n.txt", size: 3, code: "not-text", reason: awkward)),
    ]
    events += facts.enumerated().map { .factRecorded(FactRecorded(report: "abc", index: $0.offset, fact: $0.element)) }
    return events
}()

@Suite struct EventEncoderTests {
    @Test func writesTheSameBytesAsJSONEncoderWithSortedKeys() throws {
        let reference = JSONEncoder()
        reference.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for event in sampleEvents {
            var encoder = EventEncoder()
            try encoder.encode(event)
            let expected = Array(try reference.encode(event))
            #expect(
                String(decoding: encoder.out, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
                "\(event.typeName)"
            )
        }
    }

    @Test func everyEventDecodesBackToItself() throws {
        for event in sampleEvents {
            var encoder = EventEncoder()
            try encoder.encode(event)
            #expect(try JSONDecoder().decode(DomainEvent.self, from: Data(encoder.out)) == event)
        }
    }

    @Test func aLogOfAwkwardEventsVerifiesAndReplays() throws {
        let dir = TemporaryDirectory()
        do {
            let (log, _) = try FileEventLog.open(directory: dir.path)
            try log.append([sampleEvents, [sampleEvents[0]]])
        }
        var replayed: [[DomainEvent]] = []
        _ = try FileEventLog.open(directory: dir.path) { replayed.append($0.events) }
        #expect(replayed == [sampleEvents, [sampleEvents[0]]])
        let scan = try LogVerifier.verify(directory: dir.path)
        #expect(scan.damage == nil && scan.reportsIngested == 3 && scan.reportsRejected == 1)
    }

    /// The line's writer reads each event in place (`forEachInPlace`, a bitwise borrow without
    /// a retain or a release): the same bytes as the plain encoder, and the events (with strings
    /// made at run time, so counted references) intact after many encodings, failing ones among
    /// them.
    @Test func encodingEventsInPlaceWritesTheSameBytesAndLeavesThemIntact() throws {
        let events =
            sampleEvents.map { event -> DomainEvent in
                guard case .factRecorded(var recorded) = event else { return event }
                recorded.report = String(repeating: "report-", count: 1 + recorded.index)
                return .factRecorded(recorded)
            } + [.factRecorded(FactRecorded(report: "r", index: 0, fact: .metric(MetricFact(value: .nan))))]
        let before = events.map { "\($0)" }
        var plain: [[UInt8]?] = []
        for event in events {
            var encoder = EventEncoder()
            plain.append((try? encoder.encode(event)).map { encoder.out })
        }
        for _ in 0..<200 {
            var inPlace: [[UInt8]?] = []
            events.forEachInPlace { event in
                var encoder = EventEncoder()
                inPlace.append((try? encoder.encode(event)).map { encoder.out })
            }
            #expect(inPlace == plain)
            // A throwing body stops at the failing element and hands its error over.
            var seen = 0
            #expect(throws: EventEncoder.Failure.self) {
                try events.forEachInPlace { (event) throws(EventEncoder.Failure) in
                    seen += 1
                    var encoder = EventEncoder()
                    try encoder.encode(event)
                }
            }
            #expect(seen == events.count)
        }
        #expect(events.map { "\($0)" } == before)
    }

    @Test func nonFiniteFiguresAreRefused() {
        var encoder = EventEncoder()
        #expect(throws: EventEncoder.Failure.self) {
            try encoder.encode(
                .factRecorded(FactRecorded(report: "r", index: 0, fact: .metric(MetricFact(value: .infinity))))
            )
        }
    }
}
