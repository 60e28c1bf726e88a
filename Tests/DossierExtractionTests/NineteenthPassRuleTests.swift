import DossierModel
import Testing

@testable import DossierExtraction

/// Rules of the nineteenth blind pass (`docs/extraction-blind.md`, "Nineteenth blind pass"): each
/// test gives invented sentences of its own, not those of the tuning reports.
@Suite struct NineteenthPassRuleTests {
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
        // A ratio is no time of day (`3:1`), nor a time a headline's words follow.
        let ratio = Array("청솔, 2026년 3월 경쟁률 3:1 돌파".unicodeScalars)
        #expect(ExtractionRun.hangulOutsideDateWords(ratio) == ratio.filter(Scalars.isHangul).count)
        let headline = Array("신작 쇼케이스, 2025년 3월 20일 14:00 개최".unicodeScalars)
        #expect(ExtractionRun.hangulOutsideDateWords(headline) == headline.filter(Scalars.isHangul).count)
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
        // Nor a word that says when the unit was made (`신설 로봇사업본부의`).
        let new = facts(
            "신설 로봇사업본부의 김하늘 본부장은 “좋다”고 말했다. 신설 조직은 크다.",
            published: "2025-03-12"
        )
        #expect(!orgs(new).contains { $0.name == "신설" })
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
        // `리드` alone is no title: `유효 리드`, `영업 리드` are sales leads.
        let g = facts("하이신은 지난 분기 유효 리드 1만 건을 확보했다. 영업 리드가 늘었다.", published: "2025-12-03")
        #expect(people(g).isEmpty)
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
        // A reorganisation done before is no effective date for the units created now.
        let done = facts(
            """
            Hisense, which completed a restructuring on Jan. 5, 2025, said on Tuesday it had created a \
            Home Robot Division (HRD), approved by the board on Monday.
            """,
            published: "2026-03-05"
        )
        #expect(units(done).contains { $0.code == "HRD" })
        #expect(units(done).first { $0.code == "HRD" }?.established?.iso != "2025-01-05")
        // Without an effective date the vote's day stays the units' date.
        let h = facts("하이신은 지난 20일 이사회에서 로봇사업군(RBG)을 신설하는 안을 의결했다.", published: "2026-02-24")
        #expect(units(h).first { $0.code == "RBG" }?.established?.iso == "2026-02-20")
    }

    @Test func anEventCalledByItsNounRunsUntilALaterDay() {
        let f = facts(
            """
            하이신은 27일 부산 벡스코에서 개막한 ‘2026 부산 로봇 엑스포’ 현장에서 협약서에 서명했다. 엑스포는 \
            29일까지 이어진다.
            """,
            published: "2026-05-28"
        )
        #expect(events(f).first?.start?.iso == "2026-05-27")
        #expect(events(f).first?.end?.iso == "2026-05-29")
    }

    @Test func aDayMonthYearDateLineDatesTheReport() {
        let f = undated(
            """
            Hisense profit jumps
            First published: 28/08/2025 18:05 HKT

            Hisense said on Wednesday its Home Robot Division (HRD), set up in April last year, doubled sales.
            """
        )
        #expect(units(f).first { $0.code == "HRD" }?.established?.iso == "2024-04")
        #expect(dated(f).contains { $0.date.iso == "2025-08-27" })
        // Day and month are read only when one of them is past 12.
        #expect(DateParsing.find(Array("on 05/08/2025".unicodeScalars), publishedYear: nil).isEmpty)
        #expect(
            DateParsing.find(Array("on 08/28/2025".unicodeScalars), publishedYear: nil).first?.start.iso == "2025-08-28"
        )
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
        // Described otherwise, the longer name is the same company's (`the country's largest …`).
        let g = facts(
            """
            Corvane said on Thursday it would open a new data center. Corvane expects demand to double. \
            Corvane Data, the country's largest colocation provider, runs 12 sites.
            """,
            published: "2026-03-05"
        )
        #expect(orgs(g).filter { $0.name.hasPrefix("Corvane") }.count == 1)
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
            """
            하이신은 로봇사업군(RBG)과 가전사업군(HAG)을 신설한다. 사업부는 폐지되고, 계획을 세운 기획본부는 \
            로봇사업군 산하로 들어간다.
            """,
            published: "2026-02-24"
        )
        #expect(!units(g).contains { $0.name == "사업부" })
        #expect(units(g).contains { $0.name == "기획본부" })
        #expect(units(g).first { $0.name == "기획본부" }?.established == nil)
        // A title the lexicon lacks after a person's name is no unit (`주임연구원`).
        let h = facts(
            """
            하이신은 로봇사업군(RBG)과 가전사업군(HAG)을 신설한다. 김하늘 주임연구원은 로봇사업군 산하로 옮긴다. \
            김하늘 주임연구원은 웃었다.
            """,
            published: "2026-02-24"
        )
        #expect(!units(h).contains { $0.name == "주임연구원" })
        // A place before a unit is no name (`부산 물류센터는`).
        let i = facts(
            "하이신은 로봇사업군(RBG)과 물류사업군(LSG)을 신설한다. 부산 물류센터는 물류사업군 산하로 들어간다.",
            published: "2026-02-24"
        )
        #expect(units(i).first { $0.name == "물류센터" }?.parent == "물류사업군")
    }

    @Test func aPostingLineOpenedByAShortWordDatesTheReport() {
        let f = undated(
            """
            하이신, 로봇사업부 신설
            최초 입력 2026.01.06 08:40 | 최종 수정 2026.01.06 10:15

            하이신은 5일 이사회를 열고 로봇사업부(RBD)를 신설했다고 6일 밝혔다.
            """
        )
        #expect(dated(f).contains { $0.date.iso == "2026-01-05" })
        #expect(dated(f).allSatisfy { !($0.summary ?? "").contains("최종 수정") })
    }

    @Test func anOrgNamedOnlyAsWherePeopleComeFromIsNoOnesOrg() {
        let f = facts(
            """
            네이버는 물류로봇사업부와 외식로봇사업부를 신설했다고 밝혔다. 네이버의 올해 매출은 늘었다.
            물류로봇사업부장에는 LG전자 출신 천지우 전무가, 외식로봇사업부장에는 선우다온 상무가 각각 선임됐다.
            """,
            published: "2026-01-06"
        )
        #expect(people(f).first { $0.name == "천지우" }?.org == "네이버")
        #expect(people(f).first { $0.name == "선우다온" }?.org == "네이버")
        // Named as someone's org too, it stays theirs.
        let g = facts("LG전자 출신 천지우 전무는 LG전자 김하늘 부사장과 만났다.", published: "2026-01-06")
        #expect(people(g).first { $0.name == "김하늘" }?.org == "LG전자")
    }

    @Test func aReportersNameAndWhereTheyFileFromIsABylineNoPerson() {
        let f = facts(
            """
            Hisense to open a robot lab
            Thu 12 Feb 2026 06.30 GMT
            Lee Da-hye in Seoul

            Hisense said on Thursday it would open a robot lab, chief executive Zhou Min said.
            """,
            published: "2026-02-12"
        )
        #expect(!people(f).contains { $0.name == "Lee Da-hye" })
        #expect(people(f).contains { $0.name == "Zhou Min" })
        // A sentence that goes on is no byline.
        let g = facts("Chief executive Zhou Min in Seoul said sales rose.", published: "2026-02-12")
        #expect(people(g).contains { $0.name == "Zhou Min" })
    }

    @Test func aQuotationAfterAPronounSayingSoIsThePersonInFocus() {
        let f = facts(
            """
            박서윤 네이버 대표는 “올해 로봇 1만 대를 팔겠다”고 말했다. 그는 기조연설 뒤 기자들과 만나 이렇게 말했다.
            “선전에 연구 거점을 열고 중국 칩 업체 3곳과 공동 개발을 시작한다.”
            """,
            published: "2026-04-17"
        )
        let q = quotes(f).first { $0.text.hasPrefix("선전에") }
        #expect(q?.speaker == "박서윤")
        #expect(q?.verb == "말했다")
        // No one in focus, no speaker made up.
        let g = facts("그는 기자들과 만나 이렇게 말했다.\n“선전에 연구 거점을 연다.”", published: "2026-04-17")
        #expect(quotes(g).isEmpty)
    }
}
