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

extension SixteenthPassRuleTests {
    @Test func aWordAfterAModelCodeIsTheProductsNameNotACompany() {
        let f = facts(
            """
            하늘전자, ‘Q7 AirMax 프로’ 출시
            2025.09.04

            하늘전자(天空电子)가 3일 ‘Q7 AirMax 프로’를 공개했다. 그는 “Q7 AirMax 프로는 가볍다”고 말했다.
            Q7 AirMax 프로의 출고가는 99만 원이다.
            """,
            published: "2025-09-04"
        )
        #expect(!orgs(f).map(\.name).contains("AirMax"))
        #expect(metrics(f).first { $0.value == 990000 }?.subject == "하늘전자")
        #expect(ExtractionRun.isModelCode("S10".unicodeScalars.map { $0 }[...]))
        #expect(!ExtractionRun.isModelCode("B2B".unicodeScalars.map { $0 }[...]))
        #expect(!ExtractionRun.isModelCode("5G".unicodeScalars.map { $0 }[...]))
    }

    @Test func theStaffMovingToAUnitAreNoWordOfItsName() {
        let f = facts("하늘게임즈, 2개 본부 체제로 재편…‘별의 노래’ 개발진 콘솔사업본부로\n2026.01.08\n\n하늘게임즈가 조직을 개편한다.")
        #expect(units(f).map(\.name).contains("콘솔사업본부"))
        #expect(!units(f).map(\.name).contains { $0?.hasPrefix("개발진") == true })
    }

    @Test func aCodedUnitClosingASentenceWithTheCopulaAndTheNewOrganisationsList() {
        let f = facts(
            """
            제목
            2026.01.08

            하늘게임즈가 다음 달 1일부로 조직을 2개 사업본부 체제로 재편한다.
            새 조직은 모바일 게임을 맡는 모바일사업본부(MBD), 웹보드와 플랫폼 사업을 묶은 플랫폼사업본부(PFD)다.
            """,
            published: "2026-01-08"
        )
        let pfd = units(f).first { $0.code == "PFD" }
        #expect(pfd?.name == "플랫폼사업본부")
        #expect(pfd?.established?.iso == "2026-02-01")
        #expect(units(f).first { $0.code == "MBD" }?.established?.iso == "2026-02-01")
        // The copula is taken off only after a gloss: a word that ends in 다 keeps it.
        #expect(Tokenizer.tokens(Array("혼다(本田)다.".unicodeScalars), lexicon: .builtIn).tokens.first?.base == "혼다")
    }
}

extension SixteenthPassRuleTests {
    @Test func aResearchCenterWithACodeIsAUnitDatedByTheMonthOfLastYear() {
        let f = facts(
            """
            Orbita unveils a new bonder
            SEOUL, April 14, 2026 (Korea Wire) -- Orbita Semiconductor (오르비타반도체) on Tuesday unveiled a bonder.

            Orbita aims to book 500 billion won in orders this year. Orbita's shares rose 3%.
            The bonder was developed by the Wafer Bonding Research Center (WBRC), which Orbita set up in March last year.
            Orbita will open a plant next month.
            """,
            published: ""
        )
        let unit = units(f).first { $0.code == "WBRC" }
        #expect(unit?.name == "Wafer Bonding Research Center")
        #expect(unit?.established?.iso == "2025-03")
        #expect(!orgs(f).map(\.name).contains("Wafer Bonding Research"))
        // The short running name is the company; its long form an alias, not a second org.
        #expect(orgs(f).filter { $0.name.hasPrefix("Orbita") }.count == 1)
    }
}
