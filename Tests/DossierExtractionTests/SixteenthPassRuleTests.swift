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

extension SixteenthPassRuleTests {
    @Test func aWiresCreditsLineDatesTheReportAndNamesNoOne() {
        let text = """
            Orbita opens its robot platform

            SHANGHAI — Orbita, the robot maker, opened its platform at a conference held 21–23 August.
            The platform will open on 1 October, the company said.

            — Reporting by Mei Lin in Shanghai; editing by Tom Hardy | 24 August 2025
            """
        #expect(ExtractionRun.dateLine(SentenceSplitter.split(text))?.iso == "2025-08-24")
        let f = facts(text, published: "")
        #expect(!people(f).map(\.name).contains("Mei Lin"))
        #expect(dated(f).contains { $0.date.iso == "2025-10-01" })
    }

    @Test func aProductTheReportNamesAndInvestorsAreNoPeopleOrCompanies() {
        let f = facts(
            """
            Orbita bets on an app store
            Published Aug 24, 2025

            Orbita announced an app store for robot skills, called SkillDock. SkillDock will open with 300 skills.
            "If SkillDock gets 10,000 skills, that changes the game," an analyst said. SkillDock is free.
            Orbita raised 1.5 billion yuan in a round led by Greenhill Investment (青山) in March.
            The round was joined by the Hefei Industry Investment Group.
            """,
            published: "2025-08-24"
        )
        #expect(!orgs(f).map(\.name).contains("SkillDock"))
        #expect(metrics(f).first { $0.value == 300 }?.subject == "Orbita")
        #expect(orgs(f).contains { $0.name == "Greenhill Investment" && $0.native == "青山" })
        #expect(!people(f).map(\.name).contains("Greenhill Investment"))
        #expect(orgs(f).map(\.name).contains("Hefei Industry Investment Group"))
    }
}

extension SixteenthPassRuleTests {
    @Test func aFilingTimeBeforeTheCopyrightSignDatesTheReport() {
        let text = "제목\n\n하늘보안이 26일 연례 콘퍼런스 ‘하늘 보안 데이 2025’를 열었다.\n\n2025.11.27 06:00 ⓒ 보안신문, 무단 전재 및 재배포 금지"
        #expect(ExtractionRun.dateLine(SentenceSplitter.split(text))?.iso == "2025-11-27")
        let f = facts(text, published: "")
        #expect(events(f).first?.start?.iso == "2025-11-26")
        #expect(!dated(f).contains { $0.date.iso == "2025-11-27" })
    }

    @Test func twoPeoplePresentingInTwoClausesAndTheUnitCreatedInTheSecond() {
        let f = facts(
            """
            제목
            2025.11.27

            이날 오후에는 위협분석센터(TAC)의 김하늘 센터장이 올해 피싱 동향을, 지난 5월 신설된 AI연구소(AIL)를 이끄는 박서준 최고기술책임자(CTO)가 보안 특화 모델 ‘하늘 LM’을 각각 발표했다.
            """,
            published: "2025-11-27"
        )
        let topics = Dictionary(
            uniqueKeysWithValues: f.compactMap { fact -> (String, String)? in
                guard case .presentation(let p) = fact, let topic = p.topic else { return nil }
                return (p.person, topic)
            }
        )
        #expect(topics["김하늘"] == "올해 피싱 동향")
        #expect(topics["박서준"] == "보안 특화 모델 하늘 LM")
        // `신설된` tells of the unit after it.
        #expect(units(f).first { $0.code == "AIL" }?.established?.iso == "2025-05")
        #expect(units(f).first { $0.code == "TAC" }?.established == nil)
    }
}

extension SixteenthPassRuleTests {
    @Test func figuresInTheSpeakersWordsAboutTheirOwnUnitAreTheUnits() {
        let f = facts(
            """
            제목
            2025.11.27

            이날 위협분석센터(TAC)의 김하늘 센터장이 피싱 동향을 발표했다.
            김 센터장은 “우리 센터가 올해 분석한 피싱 사례는 512건으로 지난해보다 31% 늘었다”고 밝혔다.
            회사의 올해 매출은 900억 원이다.
            """,
            published: "2025-11-27"
        )
        #expect(metrics(f).first { $0.value == 512 }?.subject == "위협분석센터")
        #expect(metrics(f).first { $0.value == 31 }?.subject == "위협분석센터")
        #expect(metrics(f).first { $0.value == 90_000_000_000 }?.subject != "위협분석센터")
    }
}

extension SixteenthPassRuleTests {
    @Test func aDayToComeMonthsBeforeTheReportsIsNextYears() {
        let f = facts(
            """
            Orbita names a new chief
            Published : Nov. 28, 2025

            Orbita Corp. on Friday named Kim Ha-neul as its next chief executive.
            Kim will take over on Jan. 1 from Lee Joon, who has led Orbita since 2021.
            The conference, which runs from Nov. 27-29, drew 3,000 people.
            """,
            published: "2025-11-28"
        )
        #expect(dated(f).contains { $0.date.iso == "2026-01-01" })
        #expect(!dated(f).contains { $0.date.iso == "2025-01-01" })
        #expect(!dated(f).contains { $0.date.iso.hasPrefix("2026-11") })
    }

    @Test func aShortNameAndItsLongFormAreOneCompanyAndAGlossedCompanyNoPerson() {
        let f = facts(
            """
            KD Orbita names a new chief
            Published : Nov. 28, 2025

            KD Orbita Corp., the parts arm of KD Group, on Friday named Kim Ha-neul as its chief executive.
            Kim has led KD Orbita's chassis unit since 2021. KD Orbita shares rose 3%.
            "KD Orbita's brakes are the best," said Zhou Ming (周明), head of procurement at Dongyu Motor (东宇).
            """,
            published: "2025-11-28"
        )
        let orbita = orgs(f).filter { $0.name.hasPrefix("KD Orbita") }
        #expect(orbita.map(\.name) == ["KD Orbita"])
        #expect(orbita.first?.aliases?.contains { $0.hasPrefix("KD Orbita Corp") } == true)
        #expect(!people(f).map(\.name).contains("Dongyu Motor"))
    }
}

extension SixteenthPassRuleTests {
    @Test func theStockMarketsAreOrganisations() {
        let f = facts("제목\n2026.01.08\n\n7일 코스닥 시장에서 하늘게임즈 주가는 5.2% 오른 2만 3,450원에 마감했다.")
        #expect(orgs(f).map(\.name).contains("코스닥"))
        let g = facts(
            "Title\nPublished Jan 8, 2026\n\nShares of Orbita rose 6.2% to 168,500 won on the Kospi on Tuesday."
        )
        #expect(orgs(g).contains { ([$0.name] + ($0.aliases ?? [])).contains("Kospi") })
    }

    @Test func thePresentHeadOfAUnitNamesTheUnitWithoutPresent() {
        let f = facts(
            """
            제목
            2025.12.16

            기존 로봇사업부는 홈로봇사업군(HRG)으로 흡수된다.
            홈로봇사업군 총재에는 좡런(庄仁) 현 로봇사업부 총경리가 선임됐다.
            """,
            published: "2025-12-16"
        )
        #expect(!units(f).contains { $0.name == "현 로봇사업부" })
    }

    @Test func anEnglishQuotationClosingWithItsFullStopEndsTheSentence() {
        let text = """
            Title
            Published Nov 26, 2025

            Kim Ha-neul, the finance chief, said the company would reach break-even "in the fourth quarter." Cash stood at RMB 4.6 billion.
            Asked by Lee Joon, an analyst at Orbita Securities, about dividends, Kim said the board would "review returns." He called the quarter "our strongest season" and said revenue should rise.
            More from Tech: Orbita beats forecasts on game revenue
            """
        let f = facts(text, published: "2025-11-26")
        #expect(!orgs(f).map(\.name).contains("Cash"))
        #expect(quotes(f).first { $0.text == "our strongest season" }?.speaker == "Kim Ha-neul")
        #expect(
            SentenceSplitter.split(text).contains {
                String(String.UnicodeScalarView($0.scalars)) == "Cash stood at RMB 4.6 billion."
            }
        )
    }
}

extension SixteenthPassRuleTests {
    @Test func anyChiefOfficerIsATitle() {
        let f = facts(
            """
            Title
            Published Aug 24, 2025

            The platform is headed by Chief Ecosystem Officer Wen Shuya (温书雅), Orbita said.
            """,
            published: "2025-08-24"
        )
        #expect(people(f).first { $0.name == "Wen Shuya" }?.title == "Chief Ecosystem Officer")
    }

    @Test func anEventsFormerNameIsItsAlias() {
        let f = facts(
            """
            제목
            2026.03.20

            하늘전자가 18일 선전에서 ‘하늘 글로벌 파트너 대회’를 열었다. 지난해까지 ‘하늘 생태 파트너 서밋’으로 불리던 행사다.
            """,
            published: "2026-03-20"
        )
        #expect(events(f).map(\.name) == ["하늘 글로벌 파트너 대회"])
        #expect(events(f).first?.aliases?.contains("하늘 생태 파트너 서밋") == true)
    }
}

/// The review's cases: where this pass's rules must not reach.
extension SixteenthPassRuleTests {
    @Test func theReviewsCasesStayAsTheyWere() {
        // `신설된 조직으로`: the unit before it was created, on that date.
        let a = facts("제목\n2025.11.27\n\nAI전략센터(AISC)는 올해 1월 신설된 조직으로 하늘보안의 AI 전략을 맡는다.", published: "2025-11-27")
        #expect(units(a).first { $0.code == "AISC" }?.established?.iso == "2025-01")
        // A title the lexicon lists keeps its `and`.
        let b = facts(
            "Title\nPublished Aug 24, 2025\n\nChief Executive Officer and Chairman Kim Ha-neul opened the show, Orbita said.",
            published: "2025-08-24"
        )
        #expect(people(b).first { $0.name == "Kim Ha-neul" }?.title == "Chief Executive Officer and Chairman")
        // A caption closed by its agency's sign is no date line.
        let split = SentenceSplitter.split("제목\n\n지난 3일 서울 코엑스에서 열린 행사 모습 ⓒ뉴스1\n\n2025.11.27 06:00 ⓒ 보안신문")
        #expect(!SentenceSplitter.isDatedCopyrightLine(split[1]))
        #expect(SentenceSplitter.isDatedCopyrightLine(split[2]))
        // A company the report names with `called` is still a company.
        let c = facts(
            """
            Title
            Published Aug 24, 2025

            Orbita invested in a startup called Lumena. Lumena makes chips. Lumena sells them to carmakers.
            Lumena was founded in 2021.
            """,
            published: "2025-08-24"
        )
        #expect(orgs(c).map(\.name).contains("Lumena"))
        // `Q3` is a quarter, not a model's code.
        #expect(!ExtractionRun.isModelCode(Array("Q3".unicodeScalars)[...]))
    }
}

extension SixteenthPassRuleTests {
    @Test func aFigureCountedAmongAWholeIsTheWholesNoun() {
        let f = facts("제목\n2025.12.16\n\n전체 직원 약 7,600명 가운데 2,100여 명이 새 사업군으로 옮긴다.", published: "2025-12-16")
        #expect(metrics(f).first { $0.value == 7600 }?.what == "전체 직원")
        #expect(metrics(f).first { $0.value == 2100 }?.what != "가운데")
    }
}

extension SixteenthPassRuleTests {
    @Test func aHeadCountOfPeopleEmployedAreEmployees() {
        let f = facts(
            "Title\nPublished Nov 26, 2025\n\nOrbita said revenue rose 20%. It employs about 1,400 people.",
            published: "2025-11-26"
        )
        #expect(metrics(f).first { $0.value == 1400 }?.what == "employees")
    }
}
