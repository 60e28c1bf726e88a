import DossierModel
import Testing

@testable import DossierExtraction

/// Rules of the sixteenth blind pass (`docs/extraction-blind.md`, "Sixteenth blind pass"): each
/// test gives invented sentences of its own, not those of the tuning reports.
@Suite struct SixteenthPassRuleTests {
    @Test func aHeadlineOpenedByAnUnknownCompanyAndItsQuotedWordsNamesTheCompany() {
        let f = facts(
            """
            하늘소재 “내년 출하량 두 배로 늘린다”…폴란드 공장 착공
            03.14 10:20 | 산업 | 박지훈 기자

            하늘소재가 14일 열린 실적 설명회에서 지난해 매출이 9,120억 원이라고 밝혔다.
            하늘소재는 지난달 배터리소재연구소(BMRC)를 신설했다.
            하늘소재 주가는 이날 2.1% 올랐다.
            """,
            published: "2025-03-14"
        )
        #expect(orgs(f).map(\.name).contains("하늘소재"))
        #expect(units(f).first { $0.code == "BMRC" }?.parent == "하늘소재")
        // Not a person the report then names with a title.
        let g = facts(
            """
            머스크 “로봇이 일자리를 바꾼다”
            머스크 CEO는 14일 이렇게 말했다. 머스크 CEO의 발언에 업계가 주목했다.
            """
        )
        #expect(!orgs(g).map(\.name).contains("머스크"))
    }

    @Test func aCopyrightLineIsOneSentenceAndItsFilingTimeDatesTheReport() {
        let text = "제목\n03.14 10:20 | 박지훈 기자\n\n회사는 지난해 8월 연구소를 세웠다.\n\nⓒ 소재경제. 2025년 03월 14일 10:20 송고"
        let split = SentenceSplitter.split(text)
        #expect(split.last.map { String(String.UnicodeScalarView($0.scalars)) } == "ⓒ 소재경제. 2025년 03월 14일 10:20 송고")
        #expect(ExtractionRun.dateLine(split)?.iso == "2025-03-14")
        // The filing line itself is no happening.
        #expect(!dated(facts(text, published: "")).contains { $0.date.iso == "2025-03-14" })
    }
}

extension SixteenthPassRuleTests {
    @Test func anEarningsCallNamedWithItsYearAndQuarterIsOneEventDatedByTheDayItWasHeld() {
        let f = facts(
            """
            제목
            2025.04.24

            하늘소재가 24일 열린 ‘2025년 1분기 실적 콘퍼런스콜’에서 매출이 9,120억 원이라고 밝혔다.
            """,
            published: "2025-04-24"
        )
        #expect(events(f).map(\.name) == ["2025년 1분기 실적 콘퍼런스콜"])
        #expect(events(f).first?.start?.iso == "2025-04-24")
        // The quarter the call's name reports is no happening of its own.
        #expect(!dated(f).contains { $0.date.iso == "2025-01" })
    }
}
