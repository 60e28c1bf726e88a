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
}
