import DossierModel
import Testing

@testable import DossierExtraction

/// Rules of the nineteenth blind pass (`docs/extraction-blind.md`, "Nineteenth blind pass"): each
/// test gives invented sentences of its own, not those of the tuning reports.
@Suite struct NineteenthPassRuleTests {
    /// The facts of a report with no front matter: its publication date comes from its own lines.
    private func undated(_ body: String) -> [Fact] {
        Extractor(lexicon: .builtIn).extract(ReportDocument(body: body, published: nil))
    }

    @Test func aBylineWithADateAndATimeInDigitsDatesTheReportAndIsNoFact() {
        let f = undated(
            """
            청솔게임즈, 신작 공개
            글 박서윤 기자 · 2025년 3월 12일 09:05

            청솔게임즈는 11일 부산에서 신작을 공개했다. 지난 1월 출범한 라이브사업부(LBD)가 맡는다.
            """
        )
        #expect(dated(f).allSatisfy { !($0.summary ?? "").contains("기자") })
        #expect(dated(f).contains { $0.date.iso == "2025-03-11" })
        #expect(units(f).first { $0.code == "LBD" }?.established?.iso == "2025-01")
        let line = Array("글 박서윤 기자 · 2025년 3월 12일 09:05".unicodeScalars)
        #expect(ExtractionRun.hangulOutsideDateWords(line) == 6)
        // A ratio is no time of day (`3:1`), nor a score written after a word.
        let ratio = Array("청솔, 2026년 3월 경쟁률 3:1 돌파".unicodeScalars)
        #expect(ExtractionRun.hangulOutsideDateWords(ratio) == ratio.filter(Scalars.isHangul).count)
    }

    @Test func aFigureOfAUnitNamedByItsCodeTakesTheUnitsName() {
        let f = facts(
            """
            Hisense created a Smart Display Group (SDG) and a Home Robot Unit (HRU). SDG starts with 300 staff, \
            the company said.
            """,
            published: "2025-03-12"
        )
        #expect(metrics(f).first { $0.value == 300 }?.subject == "Smart Display Group")
        let g = facts("하이신은 로봇칩사업부(RCBU)를 신설했다. RCBU 인력은 120명이다.", published: "2025-03-12")
        #expect(metrics(g).first { $0.value == 120 }?.subject == "로봇칩사업부")
    }

    @Test func anUnknownWordBeforeAUnitAndItsHeadNamesTheUnitsOrg() {
        let f = facts(
            """
            하이신은 12일 한빛공항공사와 협약을 맺었다. 한빛공항공사 미래사업본부의 명수아 본부장은 “활주로 2곳을 \
            새로 만들겠다”고 말했다.
            """,
            published: "2025-03-12"
        )
        #expect(orgs(f).contains { $0.name == "한빛공항공사" })
        #expect(units(f).first { $0.name == "미래사업본부" }?.parent == "한빛공항공사")
        #expect(people(f).first { $0.name == "명수아" }?.org == "한빛공항공사")
        // Not when the report names the word nowhere else, nor before a bare unit noun (the word
        // is then the unit's own name).
        let once = facts("한빛공항공사 미래사업본부의 명수아 본부장은 “활주로 2곳을 새로 만들겠다”고 말했다.", published: "2025-03-12")
        #expect(!orgs(once).contains { $0.name == "한빛공항공사" })
        let named = facts(
            "라이브커머스 사업부의 명수아 부사장이 전략을 발표했다. 라이브커머스 거래액은 두 배로 늘었다.",
            published: "2025-03-12"
        )
        #expect(!orgs(named).contains { $0.name == "라이브커머스" })
    }

    @Test func namesJoinedByMiddleDotsShareATitleOfTwoWordsAndTheTopic() {
        let f = facts(
            """
            이날 김나윤·정서후·탁민재 프로덕트 리드가 각각 검색 성과, 광고 로드맵, 결제 전략을 발표했다. \
            이어 박도현·배수아 리드엔지니어가 차량용 모델 최적화 사례를 나눠 발표했다.
            """,
            published: "2025-12-03"
        )
        #expect(people(f).first { $0.name == "정서후" }?.title == "프로덕트 리드")
        #expect(people(f).first { $0.name == "배수아" }?.title == "리드엔지니어")
        let topics = Dictionary(presentations(f).map { ($0.person, $0.topic) }, uniquingKeysWith: { a, _ in a })
        // `성과,`: a noun ending in 과 before a comma keeps it.
        #expect(topics["김나윤"] == "검색 성과")
        #expect(topics["탁민재"] == "결제 전략")
        // `나눠 발표했다`: both presented the one topic, without the adverb.
        #expect(topics["박도현"] == "차량용 모델 최적화 사례")
        #expect(topics["배수아"] == "차량용 모델 최적화 사례")
    }

    @Test func unitsVotedByTheBoardTakeTheReorganisationsEffectiveDate() {
        let f = facts(
            """
            하이신이 다음 달 1일부로 조직을 2개 사업군 체제로 바꾼다. 하이신은 지난 20일 이사회에서 \
            스마트가전사업군(SAG)과 로봇사업군(RBG)을 신설하는 안을 의결했다.
            """,
            published: "2026-02-24"
        )
        #expect(units(f).first { $0.code == "SAG" }?.established?.iso == "2026-03-01")
        let g = facts(
            """
            Hisense will reorganize into two business divisions on April 1, the company said. The plan, \
            approved by the board on Tuesday, creates a Smart Display Division (SDD) and a Home Robot \
            Division (HRD).
            """,
            published: "2026-03-05"
        )
        #expect(units(g).first { $0.code == "SDD" }?.established?.iso == "2026-04-01")
        // Without an effective date the vote's day stays the units' date.
        let h = facts("하이신은 지난 20일 이사회에서 로봇사업군(RBG)을 신설하는 안을 의결했다.", published: "2026-02-24")
        #expect(units(h).first { $0.code == "RBG" }?.established?.iso == "2026-02-20")
    }

    @Test func aCompanyDescribedByItsTieToAnotherKeepsItsOwnName() {
        let f = facts(
            """
            Hisense Co. (海信), China's largest TV maker, will create a Home Robot Division, Hisense said on \
            Thursday. Hisense expects the division to break even next year. Hisense shares rose 2%.
            Hisense Home Holdings, the group's holding company, owns 40% of Hisense.
            """,
            published: "2026-03-05"
        )
        #expect(orgs(f).contains { $0.name == "Hisense" })
        #expect(orgs(f).contains { $0.name == "Hisense Home Holdings" })
        #expect(units(f).first?.parent == "Hisense")
    }

    @Test func unitsNamedOnlyAsTheyMoveUnderAnotherOrClose() {
        let f = facts(
            """
            하이신은 스마트가전사업군(SAG)과 로봇사업군(RBG)을 신설한다. 기존 냉장고사업부와 세탁기사업부는 \
            스마트가전사업군 산하로 들어가고, 2023년 세운 선전연구원은 로봇사업군 아래로 옮긴다. 해외영업본부는 \
            폐지되고, 해외 사업은 각 사업군이 맡는다.
            """,
            published: "2026-02-24"
        )
        let u = units(f)
        #expect(u.first { $0.name == "냉장고사업부" }?.parent == "스마트가전사업군")
        #expect(u.first { $0.name == "세탁기사업부" }?.parent == "스마트가전사업군")
        #expect(u.first { $0.name == "선전연구원" }?.parent == "로봇사업군")
        #expect(u.first { $0.name == "선전연구원" }?.established?.iso == "2023")
        #expect(u.contains { $0.name == "해외영업본부" })
        // A plan made (`계획을 세운`) dates nothing, and a unit noun alone is no unit.
        let g = facts(
            "하이신은 로봇사업군(RBG)을 신설한다. 사업부는 폐지되고, 계획을 세운 기획본부는 로봇사업군 산하로 들어간다.",
            published: "2026-02-24"
        )
        #expect(!units(g).contains { $0.name == "사업부" })
        #expect(units(g).first { $0.name == "기획본부" }?.established == nil)
    }
}
