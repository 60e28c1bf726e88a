import DossierModel
import Foundation
import Testing

@testable import DossierProjection

/// A state from batches of facts, each batch one report logged at a real timestamp.
func state(_ reports: [(id: String, file: String, facts: [Fact])]) -> ProjectionState {
    var state = ProjectionState()
    for (index, report) in reports.enumerated() {
        let events: [DomainEvent] =
            [
                .reportIngested(
                    ReportIngested(
                        report: report.id,
                        fileName: report.file,
                        size: 1,
                        format: "txt",
                        factCount: report.facts.count
                    )
                )
            ]
            + report.facts.enumerated().map {
                .factRecorded(FactRecorded(report: report.id, index: $0.offset, fact: $0.element))
            }
        state.apply(
            sequence: UInt64(index + 1),
            hash: String(repeating: "\(index)", count: 64),
            timestamp: "2026-11-2\(index)T02:15:30.439Z",
            events: events
        )
    }
    return state
}

let seedLikeFacts: [Fact] = [
    .org(OrgFact(name: "텐센트", native: "腾讯", aliases: ["Tencent"])),
    .orgUnit(
        OrgUnitFact(
            name: "B2B클라우드&스마트산업 사업부",
            code: "CSIG",
            parent: "텐센트",
            established: PartialDate(iso: "2018-09-30"),
            source: FactSource(sentence: 6, excerpt: "B2B클라우드&스마트산업 사업부(CSIG)와")
        )
    ),
    .person(
        PersonFact(
            name: "치우위에펑",
            native: "邱跃鹏",
            title: "부총재",
            org: "텐센트",
            unit: "CSIG",
            source: FactSource(sentence: 10, excerpt: "치우위에펑 부총재는")
        )
    ),
    .presentation(PresentationFact(person: "치우위에펑", topic: "텐센트 클라우드 사업 현황")),
    .quote(QuoteFact(speaker: "치우위에펑", text: "서버 수는 100만대 이상", source: FactSource(sentence: 11))),
    .metric(
        MetricFact(
            subject: "텐센트",
            what: "서버 수",
            value: 1_000_000,
            unit: "대",
            qualifier: .atLeast,
            source: FactSource(sentence: 11, excerpt: "서버 수는 100만대 이상")
        )
    ),
    .dated(DatedFact(date: PartialDate(iso: "2010")!, subject: "텐센트", summary: "개방화 전략 시행")),
    .dated(
        DatedFact(date: PartialDate(iso: "2018-09")!, subject: "텐센트", summary: "reorganisation, phase 1; see \\notes")
    ),
    .event(
        EventFact(
            name: "텐센트 글로벌 디지털 생태계 서밋",
            start: PartialDate(iso: "--05-21"),
            end: PartialDate(iso: "--05-23"),
            place: "쿤밍",
            source: FactSource(sentence: 2, excerpt: "5월 21-23일간 윈난성 쿤밍")
        )
    ),
    .event(
        EventFact(
            name: "Summit 2019",
            start: PartialDate(iso: "2019-05-21"),
            end: PartialDate(iso: "2019-05-23"),
            place: "Kunming, Yunnan"
        )
    ),
]

func render(_ state: ProjectionState) -> [String: String] {
    var files: [String: String] = [:]
    for file in ProjectionRenderer.render(state, formats: Set(ProjectionFormat.allCases)) {
        files[file.name] = String(decoding: file.bytes, as: UTF8.self)
    }
    return files
}

@Suite struct HTMLViewTests {
    @Test func thePageShowsUnitsPeopleFiguresAndSources() throws {
        let html = try #require(render(state([("r1", "tencent.txt", seedLikeFacts)]))["index.html"])
        for expected in [
            "<span class=\"code\">CSIG</span>", "B2B클라우드&amp;스마트산업 사업부", "founded <time datetime=\"2018-09-30\"",
            "<b>치우위에펑</b>", "<span lang=\"zh\">邱跃鹏</span>", "부총재", "presented: 텐센트 클라우드 사업 현황",
            "≥ 1,000,000 대", "href=\"#r-r1\">tencent.txt</a>", "sentence 11", "<q class=\"ex\">서버 수는 100만대 이상</q>",
            "<tr data-f id=\"r-r1\">", "<blockquote>서버 수는 100만대 이상</blockquote>", ">21–23 May</time>",
            ">21–23 May 2019</time>", "datetime=\"05-21\"",
        ] {
            #expect(html.contains(expected), "index.html lacks \(expected)")
        }
        #expect(html.contains("\"Noto Sans CJK KR\"") && html.contains("\"Noto Sans CJK SC\""))
    }

    @Test func thePageFetchesNothing() throws {
        let html = try #require(render(state([("r1", "tencent.txt", seedLikeFacts)]))["index.html"])
        for forbidden in ["src=", "<link", "@import", "url(", "http:", "https:", "<iframe", "<object"] {
            #expect(!html.contains(forbidden), "index.html contains \(forbidden)")
        }
        #expect(html.contains("default-src 'none'"))
    }

    @Test func reportTextCannotBecomeMarkup() throws {
        let evil = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>&amp;"
        let facts: [Fact] = [
            .org(OrgFact(name: evil, native: evil)),
            .orgUnit(OrgUnitFact(name: evil, code: evil, parent: evil, established: PartialDate(iso: "2020"))),
            .person(
                PersonFact(
                    name: evil,
                    native: evil,
                    title: evil,
                    org: evil,
                    unit: evil,
                    source: FactSource(excerpt: evil)
                )
            ),
            .presentation(PresentationFact(person: evil, topic: evil)),
            .quote(QuoteFact(speaker: evil, text: evil, source: FactSource(sentence: 1, excerpt: evil))),
            .metric(MetricFact(subject: evil, what: evil, value: 1, unit: evil, source: FactSource(excerpt: evil))),
            .dated(DatedFact(date: PartialDate(iso: "2021")!, subject: evil, summary: evil)),
            .event(EventFact(name: evil, native: evil, start: PartialDate(iso: "2022"), place: evil, merges: [evil])),
        ]
        let html = try #require(render(state([(evil, evil, facts)]))["index.html"])
        #expect(html.components(separatedBy: "<script").count == 2, "only the page's own script")
        #expect(!html.contains("<img") && !html.contains("\"'>") && !html.contains("onerror=alert(2)>"))
        #expect(
            html.contains(
                "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;&lt;img src=x onerror=alert(2)&gt;&amp;amp;"
            )
        )
        // Report ids become ids and fragments of letters, digits and dashes only.
        #expect(html.contains("id=\"r-scriptalert1\""))
    }

    @Test func escapingCoversEveryMarkupCharacterAndControls() {
        #expect(HTMLEscaping.text("a<b>&\"'\u{0}\r") == "a&lt;b&gt;&amp;&quot;&#39;\u{FFFD} ")
        #expect(HTMLEscaping.token("ab-9_Z:<ü>") == "ab-9Z")
        #expect(HTMLEscaping.language("邱跃鹏") == "zh" && HTMLEscaping.language("치우위에펑") == "ko")
        #expect(HTMLEscaping.language("Tencent") == nil)
    }
}

@Suite struct HumanDateTests {
    @Test func datesAndRangesAtThePrecisionKnown() throws {
        func d(_ s: String) throws -> PartialDate { try #require(PartialDate(iso: s)) }
        #expect(HumanDates.text(try d("2010")) == "2010")
        #expect(HumanDates.text(try d("2018-09")) == "Sep 2018")
        #expect(HumanDates.text(try d("2018-09-30")) == "30 Sep 2018")
        #expect(HumanDates.text(try d("--05-21")) == "21 May")
        #expect(HumanDates.range(try d("2019-05-21"), try d("2019-05-23")) == "21–23 May 2019")
        #expect(HumanDates.range(try d("--05-21"), try d("--05-23")) == "21–23 May")
        #expect(HumanDates.range(try d("2018-09-30"), try d("2018-10-02")) == "30 Sep – 2 Oct 2018")
        #expect(HumanDates.range(try d("2018-09"), try d("2018-11")) == "Sep – Nov 2018")
        #expect(HumanDates.range(try d("2010"), try d("2015")) == "2010 – 2015")
        #expect(HumanDates.range(try d("2018-12-30"), try d("2019-01-02")) == "30 Dec 2018 – 2 Jan 2019")
        #expect(HumanDates.range(try d("2010"), nil) == "2010")
    }
}

@Suite struct MermaidAndDotTests {
    @Test func orgMarkdownHasAMermaidDiagramWithSafeIdsAndQuotedLabels() throws {
        let tricky = "A \"B\"; C#1 <x> `y`\nz & w"
        let facts: [Fact] = [
            .orgUnit(OrgUnitFact(name: tricky, code: "U1", parent: "텐센트", established: PartialDate(iso: "2018-09-30"))),
            .person(PersonFact(name: "치우위에펑", native: "邱跃鹏", title: "부총재", org: "텐센트", unit: "U1")),
            .person(PersonFact(name: tricky, org: "텐센트")),
        ]
        let md = try #require(render(state([("r1", "a.txt", facts)]))["org.md"])
        let block = try #require(
            md.components(separatedBy: "```mermaid\n").dropFirst().first?.components(separatedBy: "\n```").first
        )
        let lines = block.split(separator: "\n").map(String.init)
        #expect(lines.first == "graph TD")
        let node = try Regex(#"^  ([a-z0-9]+ (-->|-\.-) )?[a-z0-9]+\["([^"\n`]*)"\]$"#)
        let entity = try Regex(#"#[a-z0-9]+;"#)
        for line in lines.dropFirst() {
            let match = line.wholeMatch(of: node)
            #expect(match != nil, "bad line: \(line)")
            // Apart from line breaks and entity codes, no character Mermaid could read as syntax.
            let quoted = match.flatMap { $0.output[3].substring.map(String.init) } ?? ""
            let label = quoted.replacing("<br/>", with: "").replacing(entity, with: "")
            #expect(!label.contains(";") && !label.contains("<") && !label.contains(">") && !label.contains("#"))
        }
        #expect(
            block.contains(
                "o1 --> o1u1[\"U1 · A #quot;B#quot;#59; C#35;1 #lt;x#gt; #96;y#96; z #amp; w<br/>founded 2018-09-30\"]"
            )
        )
        #expect(block.contains("o1u1 --> o1p1[\"치우위에펑 (邱跃鹏)<br/>부총재\"]"))
        #expect(block.contains("o1 --> o1p2["))
    }

    @Test func dotQuotesLabels() throws {
        #expect(DotView.quoted("a\"b\\c\nd\u{7}") == #""a\"b\\c\nd""#)
        let dot = try #require(render(state([("r1", "a.txt", seedLikeFacts)]))["org.dot"])
        #expect(dot.hasPrefix("// Dossier") && dot.hasSuffix("}\n"))
        #expect(dot.contains("o1 [label=\"텐센트\\n腾讯\""))
        #expect(dot.contains("o1u1 [label=\"CSIG · B2B클라우드&스마트산업 사업부\\nfounded 2018-09-30\""))
        #expect(dot.contains("o1u1 -> o1p1;"))
    }
}

@Suite struct CalendarViewTests {
    @Test func linesEndInCRLFAndFoldAt75OctetsWithoutSplittingCharacters() throws {
        let long = String(repeating: "텐센트 클라우드, 서밋; ", count: 12)
        let facts: [Fact] = [.dated(DatedFact(date: PartialDate(iso: "2019-05-21")!, summary: long))]
        let ics = try #require(render(state([("r1", "a.txt", facts)]))["timeline.ics"])
        let bytes = Array(ics.utf8)
        for (i, byte) in bytes.enumerated() where byte == 10 { #expect(i > 0 && bytes[i - 1] == 13, "bare LF") }
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let lines = ics.components(separatedBy: "\r\n").dropLast()
        for line in lines { #expect(line.utf8.count <= 75, "too long: \(line)") }
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        let summary = try #require(unfolded.components(separatedBy: "\r\n").first { $0.hasPrefix("SUMMARY:") })
        #expect(
            summary == "SUMMARY:"
                + long.replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: ";", with: "\\;")
        )
    }

    @Test func textIsEscaped() {
        #expect(CalendarView.text("a,b;c\\d\ne\r\u{1}") == "a\\,b\\;c\\\\d\\ne ")
    }

    @Test func allDayEventsRangesAndPartialDates() throws {
        let ics = try #require(render(state([("r1", "tencent.txt", seedLikeFacts)]))["timeline.ics"])
        let events = ics.components(separatedBy: "BEGIN:VEVENT").dropFirst()
        // 2010, 2018-09, CSIG founded, Summit 2019; the summit without a year is left out.
        #expect(events.count == 4)
        #expect(!ics.contains("생태계 서밋"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20100101\r\nDTEND;VALUE=DATE:20100102\r\n"))
        #expect(ics.contains("SUMMARY:개방화 전략 시행 (2010\\, year only)"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20180901\r\nDTEND;VALUE=DATE:20180902\r\n"))
        #expect(ics.contains("SUMMARY:reorganisation\\, phase 1\\; see \\\\notes (Sep 2018\\, month only)"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20190521\r\nDTEND;VALUE=DATE:20190524\r\nSUMMARY:Summit 2019\r\n"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20180930\r\nDTEND;VALUE=DATE:20181001\r\n"))
        #expect(ics.contains("LOCATION:Kunming\\, Yunnan"))
        #expect(ics.contains("DTSTAMP:20261120T021530Z"))
    }

    @Test func uidsStayTheSameWhenReportsAreAddedAndAreUnique() throws {
        func uids(_ ics: String) -> [String] { ics.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        let one = try #require(render(state([("r1", "a.txt", seedLikeFacts)]))["timeline.ics"])
        let two = try #require(
            render(state([("r1", "a.txt", seedLikeFacts), ("r2", "b.txt", Array(seedLikeFacts.suffix(3)))]))[
                "timeline.ics"
            ]
        )
        #expect(uids(one) == uids(two) && Set(uids(one)).count == uids(one).count)
        // The stamp is the first report's log time, not the clock's.
        #expect(
            one.components(separatedBy: "\r\n").filter { $0.hasPrefix("DTSTAMP:") }
                == two.components(separatedBy: "\r\n").filter { $0.hasPrefix("DTSTAMP:") }
        )
        #expect(CalendarView.stamp("2026-11-29T02:15:30.439Z") == "20261129T021530Z")
        #expect(CalendarView.stamp("t1") == "19700101T000000Z")
        #expect(StableID.hex("a") == StableID.hex("a") && StableID.hex("a") != StableID.hex("b"))
        #expect(StableID.hex("a").count == 32)
    }
}

@Suite struct RenderDeterminismTests {
    @Test func renderingTwiceGivesTheSameBytesInEveryFormat() {
        let a = state([("r1", "a.txt", seedLikeFacts), ("r2", "b.txt", tencentLikeEnglish)])
        let b = state([("r1", "a.txt", seedLikeFacts), ("r2", "b.txt", tencentLikeEnglish)])
        let first = ProjectionRenderer.render(a, formats: Set(ProjectionFormat.allCases))
        let second = ProjectionRenderer.render(b, formats: Set(ProjectionFormat.allCases))
        #expect(first.map(\.name) == second.map(\.name))
        #expect(first.map(\.bytes) == second.map(\.bytes))
        #expect(
            Set(first.map(\.name)) == [
                "org.json", "org.md", "timeline.json", "timeline.md", "index.html", "org.dot", "timeline.ics",
                "status.json",
            ]
        )
    }

    @Test func provenanceReachesTheState() throws {
        let s = state([("r1", "a.txt", seedLikeFacts)])
        let person = try #require(s.persons.first { $0.name == "치우위에펑" })
        #expect(person.citations?.first == Citation(report: "r1", sentence: 10, excerpt: "치우위에펑 부총재는"))
        #expect(person.quotations?.first?.citation == Citation(report: "r1", sentence: 11))
        let metric = try #require(s.organizations.first?.metrics.first)
        #expect(metric.sentence == 11 && metric.excerpt == "서버 수는 100만대 이상")
        let summit = try #require(s.timelineEntries.first { $0.what.contains("생태계") })
        #expect(summit.citations == [Citation(report: "r1", sentence: 2, excerpt: "5월 21-23일간 윈난성 쿤밍")])
        // Facts without a sentence or excerpt add no citation.
        #expect(s.timelineEntries.first { $0.date.iso == "2010" }?.citations == nil)
    }
}

let tencentLikeEnglish: [Fact] = [
    .org(OrgFact(name: "Tencent", native: "腾讯")),
    .person(PersonFact(name: "Qiu Yuepeng", native: "邱跃鹏", title: "Vice President", org: "Tencent", unit: "CSIG")),
    .dated(DatedFact(date: PartialDate(iso: "2018-09")!, subject: "Tencent", summary: "reorganisation")),
]

@Suite struct CalendarFoldTests {
    /// RFC 5545 folding as first written: scalar by scalar, a break before the scalar that would
    /// pass 75 octets, continuation lines counted from 1 (their leading space).
    func reference(_ line: String) -> String {
        var out = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = scalar.utf8.count
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += size
        }
        return out
    }

    @Test func foldsAtSeventyFiveOctetsWithoutSplittingAScalar() {
        let samples = [
            "", "SUMMARY:short", String(repeating: "a", count: 75), String(repeating: "a", count: 76),
            String(repeating: "가", count: 25), String(repeating: "가", count: 26),
            "DESCRIPTION:" + String(repeating: "텐센트 CSIG 😀 ", count: 30),
            String(repeating: "é", count: 80), "X:" + String(repeating: "ab가😀", count: 40),
        ]
        for line in samples {
            #expect(CalendarView.fold(line) == reference(line), "\(line.prefix(20))")
            for part in CalendarView.fold(line).components(separatedBy: "\r\n") {
                #expect(part.utf8.count <= 75)
            }
        }
    }
}
