import DossierModel
import Testing

@testable import DossierExtraction

/// Rules of the eighteenth blind pass (`docs/extraction-blind.md`, "Eighteenth blind pass"): each
/// test gives invented sentences of its own, not those of the tuning reports.
@Suite struct EighteenthPassRuleTests {
    @Test func consecutiveDaysWrittenAsAListAreASpan() {
        let f = facts("청솔게임즈가 14·15일 이틀간 부산에서 ‘청솔 개발자 콘퍼런스 2025’를 열었다.", published: "2025-06-16")
        #expect(events(f).first?.start?.iso == "2025-06-14")
        #expect(events(f).first?.end?.iso == "2025-06-15")
        let g = facts("하이신은 지난 7, 8일 이틀간 선전에서 ‘하이신 파트너 대회’를 열었다.", published: "2025-06-16")
        #expect(events(g).first?.start?.iso == "2025-06-07")
        #expect(events(g).first?.end?.iso == "2025-06-08")
        // Days that do not follow one another are no span; nor is a length of time.
        #expect(DateParsing.consecutiveDays(Array("5·12일".unicodeScalars), after: 5, at: 1) == nil)
        #expect(DateParsing.consecutiveDays(Array("3·4·5일".unicodeScalars), after: 3, at: 1)?.0 == 5)
        #expect(DateParsing.consecutiveDays(Array("2, 3일 뒤 나온다".unicodeScalars), after: 2, at: 1) == nil)
        // (A word that only starts like a length is none: `후쿠오카`.)
        #expect(DateParsing.consecutiveDays(Array("22·23일 후쿠오카에서".unicodeScalars), after: 22, at: 2)?.0 == 23)
    }

    @Test func aLineOpeningWithAFullDateOrADateWithItsWeekdayAndTimeDatesTheReport() {
        let f = undated(
            """
            하이신, 새 칩 공개
            2025.03.12(수) 14:03 | 최종수정 2025.03.12(수) 15:20

            하이신은 지난해 5월 출범한 로봇칩사업부(RCBU)를 키운다고 밝혔다.
            """
        )
        #expect(units(f).first { $0.code == "RCBU" }?.established?.iso == "2024-05")
        let g = undated(
            """
            청솔게임즈, 신작 공개
            게임 · 2025년 3월 12일 수요일 오후 6시 12분

            청솔게임즈는 올해 1월 출범한 라이브사업부(LBD)를 키운다고 밝혔다.
            """
        )
        #expect(units(g).first { $0.code == "LBD" }?.established?.iso == "2025-01")
        // A headline's year and month alone make no date line.
        let split = SentenceSplitter.split("삼성, 2026년 3월 갤럭시 S26 출시\n\n삼성전자는 신제품을 공개했다.")
        #expect(ExtractionRun.dateLine(split) == nil)
        let line = Array("게임 · 2025년 3월 12일 수요일 오후 6시 12분".unicodeScalars)
        #expect(ExtractionRun.hangulOutsideDateWords(line) == 2)
        // `48시간`, `1분기`: no time of day, so every syllable counts.
        let trial = Array("하이신, 2026년 3월 48시간 무료 체험".unicodeScalars)
        #expect(ExtractionRun.hangulOutsideDateWords(trial) == trial.filter(Scalars.isHangul).count)
    }

    @Test func anEnglishDatelineWithoutAYearTakesTheCopyrightYear() {
        let f = undated(
            """
            Halvern unveils a drone

            HANGZHOU, March 5 (Asia Wire) - Halvern Co. (海文科技) unveiled a drone on Tuesday at its \
            Halvern Open Day 2025.

            © 2025 Asia Wire. All rights reserved.
            """
        )
        #expect(events(f).first?.start?.iso == "2025-03-04")
    }

    @Test func aMonthAfterThePublicationsToldInThePastIsLastYears() {
        let f = facts(
            """
            Halvern Co. named Park Min-ho chief executive. Park, who took over in November, will also run \
            the Cloud Division.
            Halvern expects sales to rise in June.
            """,
            published: "2025-02-10"
        )
        #expect(dated(f).contains { $0.date.iso == "2024-11" })
        #expect(dated(f).contains { $0.date.iso == "2025-06" })
        for text in ["It is expected in December", "The forum will be held in December", "to close in December"] {
            let source = Array(text.unicodeScalars)
            #expect(!RelativeDates.saysPast(source, before: source.count - 8), "\(text)")
        }
        for text in ["who took over in December", "who was promoted to CEO in December"] {
            let source = Array(text.unicodeScalars)
            #expect(RelativeDates.saysPast(source, before: source.count - 8), "\(text)")
        }
    }

    @Test func aDayStillRunningIsThisMonthsAndEndsTheEvent() {
        let f = facts(
            """
            하이신은 11일 선전 컨벤션센터에서 ‘하이신 파트너 대회 2025’의 막을 올렸다. 13일까지 이어지는 행사에는 \
            5천여 명이 참가 신청을 했다.
            """,
            published: "2025-11-12"
        )
        let e = events(f).first
        #expect(e?.start?.iso == "2025-11-11")
        #expect(e?.end?.iso == "2025-11-13")
        #expect(e?.place == "컨벤션센터")
    }

    @Test func aDayAndMonthAfterNextYearAreNextYears() {
        let f = facts("하이신은 내년 대회를 6월 10-12일 상하이에서 열 계획이다.", published: "2025-11-12")
        #expect(dated(f).contains { $0.date.iso == "2026-06-10" && $0.end?.iso == "2026-06-12" })
        // `올해` after `내년` stays this year (a year alone is not moved).
        let g = facts("이 부사장은 “내년 매출을 올해의 2배로 늘리겠다”고 말했다.", published: "2025-11-12")
        #expect(dated(g).filter { $0.date.iso == "2026" }.count <= 1)
        // A day without its month, or one still to come this year, stays this year's.
        let h = facts("하이신은 내년 출시할 신제품을 12일 공개했다.", published: "2025-11-12")
        #expect(dated(h).contains { $0.date.iso == "2025-11-12" })
        let k = facts("하이신은 내년 출시할 신제품을 12월 3일 공개한다.", published: "2025-11-12")
        #expect(dated(k).contains { $0.date.iso == "2025-12-03" })
        // A day passed in a sentence in the past tense stays this year's.
        let m = facts("하이신은 내년 출시할 신제품을 3월 10일 처음 공개했다.", published: "2025-11-12")
        #expect(dated(m).contains { $0.date.iso == "2025-03-10" })
    }

    @Test func anAnalystsFieldOfSeveralWordsAndAnOrgWithAnAmpersand() {
        let f = facts(
            """
            "Halvern moves faster," said Choi Yu-na, a consumer electronics analyst at Hanbit Research.
            It holds 40% of the market, according to research firm Baird & Moss.
            """
        )
        let p = people(f).first { $0.name == "Choi Yu-na" }
        #expect(p?.title == "consumer electronics analyst")
        #expect(p?.org == "Hanbit Research")
        #expect(quotes(f).first?.speaker == "Choi Yu-na")
        #expect(orgs(f).map(\.name).contains("Baird & Moss"))
        let g = facts("Park Ji-hoon, formerly a chip analyst at Hanbit Research, joined Halvern.")
        #expect(people(g).first { $0.name == "Park Ji-hoon" }.map { $0.title?.hasPrefix("formerly") != true } == true)
        let h = facts("\"Demand is back,\" said Kim Yu-jin, a display analyst at Hanbit Research.")
        #expect(people(h).first { $0.name == "Kim Yu-jin" }?.title == "display analyst")
    }

    @Test func aCompanyNounAfterAVerbOrAParticleDescribesNoName() {
        let f = facts("하이신의 에이전트가 기업 데이터베이스와 직접 연결된다. 하이신은 소재 기업 청솔머티리얼즈와 손잡았다.")
        #expect(!orgs(f).map(\.name).contains("데이터베이스"))
        #expect(orgs(f).map(\.name).contains("청솔머티리얼즈"))
    }

    @Test func unitsMovingUnderAnotherAndTheDateOfALaterUnit() {
        let f = facts(
            """
            하이신이 다음 달 1일부로 클라우드사업군(CBG)과 로봇사업군(RBG)을 출범한다. 기존 공급망사업부와 \
            창고자동화팀은 클라우드사업군 산하로 들어가고, 2023년 신설된 AI연구원(MRI)은 로봇사업군 아래로 옮긴다.
            """,
            published: "2025-06-02"
        )
        let u = units(f)
        #expect(u.first { $0.code == "MRI" }?.parent == "로봇사업군")
        #expect(u.first { $0.code == "MRI" }?.established?.iso == "2023")
        let supply = u.first { $0.name == "공급망사업부" }
        #expect(supply != nil)
        #expect(supply?.established == nil)
        #expect(u.first { $0.name == "창고자동화팀" }?.parent == "클라우드사업군")
        // `아래로` without a verb of moving moves nothing.
        let g = facts("하이신이 클라우드사업군(CBG)과 로봇사업군(RBG)을 신설했다. 클라우드사업군은 영업이익이 로봇사업군 아래로 떨어졌다.")
        let cloud = units(g).first { $0.code == "CBG" }
        #expect(cloud != nil)
        #expect(cloud?.parent != "로봇사업군")
    }

    @Test func anOrgGivenAsAnExampleOwnsNoFigureAndAUnitsPossessiveSkipsATime() {
        let f = facts(
            """
            하이신의 물류 부문은 징둥물류(京东物流) 등 고객사 40여 곳에 로봇 1만 2천여 대를 공급했다.
            하이신은 로봇사업군(RBG)을 신설했다. 그는 “로봇사업군의 연구 인력을 지금의 320명에서 600명으로 늘리겠다”고 말했다.
            """
        )
        let m = metrics(f)
        let customers = m.first { $0.value == 40 }
        #expect(customers != nil)
        #expect(customers?.subject != "징둥물류")
        #expect(m.first { $0.value == 320 }?.subject == "로봇사업군")
    }

    @Test func aUnitSetUpIsDatedButNotTheUnitBeforeAPlantSetUp() {
        let f = facts("하이신은 2023년 6월 세워진 산업AI연구원(IARI)을 키운다.")
        let lab = units(f).first { $0.code == "IARI" }
        #expect(lab?.name == "산업AI연구원")
        #expect(lab?.established?.iso == "2023-06")
        let g = facts("하이신이 반도체사업부(SBU)를 신설했다. 반도체사업부(SBU)는 2010년 세워진 화성 공장에서 칩을 만든다.")
        let chips = units(g).first { $0.code == "SBU" }
        #expect(chips != nil)
        #expect(chips?.established?.iso != "2010")
    }

    @Test func aRaisedVoiceReportsAQuote() {
        let f = facts("박정민 하이신 대표는 “비용이 1년 만에 80% 줄었다”며 목소리를 높였다.")
        #expect(quotes(f).first?.text == "비용이 1년 만에 80% 줄었다")
    }

    @Test func aDemonstrativeAndAUnitNounPointBackToTheUnitNamedLast() {
        let f = facts("하이신은 글로벌사업본부(GBH)를 신설했다. 80여 명 규모인 이 본부는 일본 사업을 총괄한다.")
        #expect(metrics(f).first { $0.value == 80 }?.subject == "글로벌사업본부")
    }
}

/// The eighteenth pass's second round: main orgs, presentations, people and venues.
@Suite struct EighteenthPassSecondRoundTests {
    @Test func anUnknownOrgNamedMoreThanTwiceAsOftenAsTheLexiconsHasItsPeople() {
        let f = facts(
            """
            Halvern bets on a pocket camera to fend off DJI
            Halvern unveiled a pocket camera on Wednesday, stepping up its fight with DJI.
            Founder and chief executive Ren Hao presented the camera. Halvern said the camera sells in August.
            Halvern shares rose 4%. Halvern also opened a store. Halvern expects sales to double.
            """
        )
        #expect(people(f).first { $0.name == "Ren Hao" }?.org == "Halvern")
        // Not when the lexicon's org is a clause's subject: the buyer stays the report's.
        let g = facts(
            """
            Samsung Electronics agreed to buy Halvern on Monday. Halvern was founded in 2015. Halvern makes drones.
            Halvern employs 300 people. Halvern shares rose. Halvern will keep its brand. Samsung Electronics said \
            the price was fair. Vice president \
            Lee Min-ho said the deal closes in March.
            """
        )
        let lee = people(g).first { $0.name == "Lee Min-ho" }
        #expect(lee != nil)
        #expect(lee?.org?.hasPrefix("Samsung") == true)
    }

    @Test func topicsMarkedBeforeTheirPresentersEach() {
        let f = facts(
            """
            하이신은 3일 ‘하이신 데브데이 2025’를 열었다. 이날 금융 분야 사례는 류자신(刘佳欣) 부총재가, 제조 분야 \
            사례는 마오팅(毛婷) 부총재가 각각 소개했다.
            """,
            published: "2025-09-04"
        )
        let p = presentations(f)
        #expect(p.first { $0.person == "류자신" }?.topic == "금융 분야 사례")
        #expect(p.first { $0.person == "마오팅" }?.topic == "제조 분야 사례")
        // Presenters before their topics keep the older reading.
        let g = facts(
            """
            하이신은 3일 ‘하이신 데브데이 2025’를 열었다. 박수린 센터장이 랜섬웨어 동향을, 이도하 \
            최고기술책임자(CTO)가 보안 언어모델을 각각 발표했다.
            """,
            published: "2025-09-04"
        )
        #expect(presentations(g).first { $0.person == "박수린" }?.topic == "랜섬웨어 동향")
    }

    @Test func aConnectiveVerbBeforeACommaIsNoListedName() {
        let f = facts("이민호 연구원이 판호 상황을 묻자, 문상훈 웹젠 대표는 “심사를 받고 있다”고 답했다.")
        #expect(!people(f).map(\.name).contains("묻자"))
        #expect(people(f).first { $0.name == "문상훈" }?.title == "대표")
    }

    @Test func aTitleAfterTheNameWinsOverOneMadeAnAdjective() {
        let f = facts("로봇사업군은 최고기술책임자(CTO)인 량쯔한(梁子涵) 텐센트 부총재가 맡는다.")
        #expect(people(f).first { $0.name == "량쯔한" }?.title == "부총재")
        // Names listed after such a title keep it.
        let g = facts("알리바바클라우드 부총재인 류웨이광(刘伟光), 리페이페이(李飞飞)가 연단에 올랐다.")
        #expect(people(g).first { $0.name == "리페이페이" }?.title == "부총재")
    }

    @Test func aBylineAfterABarNamesNoPersonAVenueAfterToAndAResultsCallsYear() {
        let f = facts(
            """
            Apr. 9, 2026 - 11:05 | By Kang Min-seo
            The launch event, Halvern Creator Night 2025, drew about 3,000 creators to the Shenzhen Bay Sports \
            Center on Wednesday.
            Halvern also held its 2025 interim results call on Thursday.
            """,
            published: "2026-04-09"
        )
        #expect(!people(f).map(\.name).contains("Kang Min-seo"))
        #expect(events(f).first { $0.name == "Halvern Creator Night 2025" }?.place == "Shenzhen Bay Sports Center")
        #expect(events(f).contains { $0.name == "2025 interim results call" })
        // `to the` names the venue only after a verb that brings people there.
        let g = facts(
            "Halvern Creator Night 2025, held on Wednesday in Shenzhen, will travel to the Jakarta Convention Center.",
            published: "2026-04-09"
        )
        #expect(events(g).first?.place != "Jakarta Convention Center")
    }

    @Test func teamsInLowerCaseMovedUnderAUnitAreItsUnits() {
        let f = facts(
            """
            Halvern Co. said Tuesday it creates a Cloud Division (CLD) and a Robot Division (RBD). The existing \
            billing team and the support team will move under the Cloud Division, while the vision lab, set up in \
            2021, will be folded into the Robot Division.
            """
        )
        let u = units(f)
        #expect(u.first { $0.name == "billing team" }?.parent == "Cloud Division")
        #expect(u.first { $0.name == "support team" }?.parent == "Cloud Division")
        #expect(u.first { $0.name == "vision lab" }?.parent == "Robot Division")
        #expect(u.first { $0.name == "vision lab" }?.established?.iso == "2021")
    }

    @Test func aDemonstrativeOutsideTheFiguresClausePointsToNoUnit() {
        let f = facts(
            """
            하이신은 글로벌사업본부(GBH)를 신설했다. 공장 근로자 2000명은 그대로 남고, 이 본부는 본사 인력으로 꾸려진다.
            """
        )
        #expect(metrics(f).first { $0.value == 2000 }?.subject != "글로벌사업본부")
    }

    @Test func anEnglishYearRightAfterAFigureIsTheFiguresTimeUnlessATarget() {
        let f = facts(
            """
            Halvern posted an operating loss of 41 billion won in 2024, and sales rose 12% in 2023.
            It aims to reach 300 billion won in 2027.
            """,
            published: "2025-03-10"
        )
        let years = dated(f).map(\.date.iso)
        #expect(!years.contains("2024"))
        #expect(!years.contains("2023"))
        #expect(years.contains("2027"))
        #expect(metrics(f).contains { $0.value == 41_000_000_000 })
    }
}
