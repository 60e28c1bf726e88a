import DossierModel
import Foundation
import Testing

@testable import DossierProjection

func ingested(_ report: String, _ facts: [Fact]) -> [DomainEvent] {
    [
        .reportIngested(
            ReportIngested(report: report, fileName: "\(report).txt", size: 1, format: "txt", factCount: facts.count)
        )
    ]
        + facts.enumerated().map { .factRecorded(FactRecorded(report: report, index: $0.offset, fact: $0.element)) }
}

@Suite struct ProjectionStateTests {
    @Test func aPersonKnownByNameAndAnotherByNativeSpellingBecomeOneWhenAReportLinksThem() {
        var state = ProjectionState()
        state.apply(
            sequence: 1,
            hash: "h1",
            timestamp: "t1",
            events: ingested("r1", [.person(PersonFact(name: "딩커", title: "부총재", org: "텐센트"))])
        )
        state.apply(
            sequence: 2,
            hash: "h2",
            timestamp: "t2",
            events: ingested("r2", [.person(PersonFact(name: "Ding Ke", native: "丁珂"))])
        )
        #expect(state.persons.count == 2)
        state.apply(
            sequence: 3,
            hash: "h3",
            timestamp: "t3",
            events: ingested("r3", [.person(PersonFact(name: "딩커", native: "丁珂"))])
        )
        #expect(state.persons.count == 1)
        let person = state.persons[0]
        #expect(person.name == "딩커" && person.native == "丁珂" && person.otherNames == ["Ding Ke"])
        #expect(person.sources == ["r1", "r3", "r2"] || person.sources == ["r1", "r2", "r3"])
        #expect(state.checkpoint == Checkpoint(sequence: 3, hash: "h3"))
    }

    @Test func foldingIsDeterministic() {
        let batches = [
            ingested(
                "r1",
                [
                    .dated(DatedFact(date: PartialDate(iso: "2018-09-30")!, summary: "b")),
                    .org(OrgFact(name: "광치", native: "广汽")),
                ]
            ),
            ingested(
                "r2",
                [
                    .dated(DatedFact(date: PartialDate(iso: "2018")!, summary: "a")),
                    .person(PersonFact(name: "x", org: "광치")),
                ]
            ),
        ]
        var a = ProjectionState()
        var b = ProjectionState()
        for (i, batch) in batches.enumerated() {
            a.apply(sequence: UInt64(i + 1), hash: "h\(i)", timestamp: "t", events: batch)
            b.apply(sequence: UInt64(i + 1), hash: "h\(i)", timestamp: "t", events: batch)
        }
        #expect(a == b)
        let filesA = ProjectionRenderer.render(a, formats: [.json, .md])
        let filesB = ProjectionRenderer.render(b, formats: [.json, .md])
        #expect(filesA.map(\.bytes) == filesB.map(\.bytes))
        #expect(a.timelineEntries.map(\.date.iso) == ["2018", "2018-09-30"])
    }

    @Test func theSameTimelineFactFromTwoReportsIsOneEntryWithBothSources() {
        var state = ProjectionState()
        let fact = Fact.dated(DatedFact(date: PartialDate(iso: "2018-09-30")!, subject: "텐센트", summary: "조직 개편"))
        state.apply(sequence: 1, hash: "h", timestamp: "t", events: ingested("r1", [fact]))
        state.apply(sequence: 2, hash: "h", timestamp: "t", events: ingested("r2", [fact]))
        #expect(state.timelineEntries.count == 1 && state.timelineEntries[0].sources == ["r1", "r2"])
    }

    @Test func timelineWindowsCompareAtTheCoarserPrecision() {
        let entries = ["2010", "2018-09", "2018-09-30", "2019-05-21"].map {
            TimelineEntry(date: PartialDate(iso: $0)!, kind: "dated", what: $0, sources: [])
        }
        let picked = TextView.filter(entries, since: PartialDate(iso: "2018-09-15"), until: PartialDate(iso: "2019"))
        #expect(picked.map(\.what) == ["2018-09", "2018-09-30", "2019-05-21"])
    }

    @Test func figuresReadWell() {
        #expect(MarkdownView.number(38000) == "38,000")
        #expect(MarkdownView.number(1.5) == "1.5")
        #expect(MarkdownView.figure(MetricEntry(value: 20000, unit: "개", qualifier: "~", report: "r")) == "~20,000 개")
        #expect(
            MarkdownView.when(PartialDate(iso: "2019-05-21")!, PartialDate(iso: "2019-05-23"))
                == "2019-05-21 – 2019-05-23"
        )
    }
}

/// `containsText` looks for the same bytes first (session 7): its answer must stay that of
/// `Array.contains`, which compares by Unicode canonical equivalence.
@Suite struct ContainsTextTests {
    @Test func answersAsContainsDoes() {
        let composed = "café 텐센트"
        let decomposed = "cafe\u{301} \u{1110}\u{1166}\u{11AB}\u{1109}\u{1166}\u{11AB}\u{1110}\u{1173}"
        #expect(composed == decomposed)
        let words = ["", "a", "Tencent", "腾讯", "텐센트", composed, decomposed, "e\u{301}", "é", "😀", "abcdefghijklmnop"]
        var lists: [[String]] = [[]]
        for word in words { lists += lists.prefix(40).map { $0 + [word] } }
        for list in lists {
            for word in words + ["b", "텐센", "cafe"] {
                #expect(containsText(list, word) == list.contains(word), "\(list) \(word)")
            }
        }
    }
}
