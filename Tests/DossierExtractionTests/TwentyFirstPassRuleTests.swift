import DossierModel
import Testing

@testable import DossierExtraction

/// Rules of the twenty-first blind pass (`docs/extraction-blind.md`, "Twenty-first blind pass"): each
/// test gives invented sentences of its own, not those of the tuning reports.
@Suite struct TwentyFirstPassRuleTests {
    @Test func aClosingLineOpenedByFirstPublishedDatesTheReport() {
        let f = undated(
            """
            Lumo Robotics wraps up its partner forum

            HANGZHOU — Lumo Robotics held its partner forum on Oct. 14-15 at the Hangzhou Expo Center.

            First published on October 16, 2025.
            """
        )
        #expect(dated(f).contains { $0.date == PartialDate(iso: "2025-10-14") })
        // The closing line dates the report, not a fact.
        #expect(!dated(f).contains { $0.date == PartialDate(iso: "2025-10-16") })
        #expect(ExtractionRun.englishPostedDateStart(Array("Originally posted: 3 March 2026".unicodeScalars)) == 19)
        #expect(ExtractionRun.englishPostedDateStart(Array("Updated on May 2, 2026.".unicodeScalars)) == 11)
        // A body sentence that says something was published is no such line.
        #expect(ExtractionRun.englishPostedDateStart(Array("Published results beat forecasts.".unicodeScalars)) == nil)
        #expect(ExtractionRun.englishPostedDateStart(Array("Lumo published its results.".unicodeScalars)) == nil)
        #expect(ExtractionRun.englishPostedDateStart(Array("Published online 9 May".unicodeScalars)) == nil)
    }

    @Test func aLineCutByBarsIntoAPlaceADateAndASectionDatesTheReport() {
        let f = undated(
            """
            Lumo brings its arms to Korea
            Busan | Tuesday, March 3, 2026 | Industry

            Lumo Robotics opened a Korean office on Monday, and will hire 40 engineers in April.
            """
        )
        #expect(dated(f).contains { $0.date == PartialDate(iso: "2026-04") })
        #expect(!dated(f).contains { $0.date == PartialDate(iso: "2026-03-03") })
        // A headline with its outlet after a bar, and an event's box (a span), are no such lines.
        for line in ["Galaxy Unpacked: Feb. 25, 2026 | Tech | Korea Herald", "일시 | 2025년 11월 13~15일 | 장소 | 벡스코"] {
            let s = Sentence(number: 1, scalars: Array(line.unicodeScalars), quotes: [], isWholeLine: true)
            let dates = DateParsing.find(s.scalars, publishedYear: nil)
            #expect(ExtractionRun.barredLineDate(s, dates: dates) == nil)
        }
        let headline = undated(
            """
            한빛전자, 2026년 조직 개편 단행…AI전략본부(ASH) 신설 | 뉴스한빛
            입력 2025.12.02 09:10

            한빛전자가 내년 1월 1일부로 AI전략본부(ASH)를 신설한다.
            """
        )
        #expect(units(headline).contains { $0.code == "ASH" })
    }

    @Test func aOneWordNameGlossedInHanAndCalledAMakerIsTheReportsCompany() {
        let f = facts(
            """
            Pando+ (潘多), the Suzhou drone maker that listed in Shanghai last year, opened its developer day on \
            Tuesday. Pando+ sold 12,000 drones in the first half, and Pando+ shares rose 3.1%. "We will double \
            our dealers," said chief executive Tang Ruo (唐若). Pando+ also signed a deal with LG Uplus.
            """,
            published: "2025-09-10"
        )
        #expect(orgs(f).contains { $0.name == "Pando+" && $0.native == "潘多" })
        #expect(metrics(f).first { $0.value == 12_000 }?.subject == "Pando+")
        #expect(people(f).first { $0.name == "Tang Ruo" }?.org == "Pando+")
        #expect(ExtractionRun.isOneWordCompanyName(Array("Geek+".unicodeScalars)))
        // (Two Title-case words glossed in Hangul name no one: `Danggeun Market (당근마켓)`.)
        let market = facts("Danggeun Market (당근마켓) said it will open 40 stores.", published: "2025-09-10")
        #expect(people(market).isEmpty)
        #expect(!ExtractionRun.isOneWordCompanyName(Array("AI+".unicodeScalars)))
    }

    @Test func aRareKoreanFamilyNameBeforeATitleNamesThePersonAgain() {
        let f = facts(
            """
            한빛물류는 조직을 개편했다. 신설 본부장에는 피도윤 전무가 선임됐다. 오지석 한빛물류 대표는 \
            “흑자를 냈다”고 말했다.

            피 전무는 “주문을 두 배로 처리한다”며 “지역을 넓히겠다”고 강조했다.
            """,
            published: "2026-01-21"
        )
        #expect(quotes(f).first { $0.text.hasPrefix("주문을") }?.speaker == "피도윤")
        #expect(quotes(f).first { $0.text.hasPrefix("지역을") }?.speaker == "피도윤")
    }

    @Test func aUnitTakesItsSentencesEffectiveDateOverTheDayThePlanWasAnnounced() {
        let f = facts(
            """
            한빛게임즈, AI 조직 합쳐 ‘AI개발본부’ 출범

            한빛게임즈는 지난 3일 사내 공지를 통해 지주사의 AI센터와 데이터랩을 통합한 ‘AI개발본부(AID)’를 \
            내년 1월 1일부로 신설한다고 밝혔다. 한빛게임즈 RPG도 같은 날 개발3본부를 새로 만든다.
            """,
            published: "2025-12-04"
        )
        #expect(units(f).first { $0.code == "AID" }?.established == PartialDate(iso: "2026-01-01"))
        // (The units merged into it came after it, from the headline, and dated `같은 날` by the notice's day.)
        #expect(units(f).first { $0.name == "개발3본부" }?.established == PartialDate(iso: "2026-01-01"))
    }

    @Test func aMonthWithItsYearNamedAndNextYearCapitalised() {
        let f = facts(
            """
            Lin heads the Home Storage Group (HSG), set up in August last year. Next year's forum will be held \
            in Dubai in April.
            """,
            published: "2026-05-20"
        )
        // `August last year` is last year's August, not moved back once more as a past month after May.
        #expect(units(f).first { $0.code == "HSG" }?.established == PartialDate(iso: "2025-08"))
        #expect(dated(f).contains { $0.date == PartialDate(iso: "2027-04") })
    }

    @Test func theSellerOfABusinessOwnsNoneOfItsFiguresNorItsPeople() {
        let f = facts(
            """
            Hanbit Home (한빛홈), the Seoul maker of door locks, set up a Lock Division (LKD). The division, built on \
            the lock business Hanbit Home bought from LG Innotek in 2023, will start with 210 employees under \
            vice president Seo Ha-eun. Hanbit Home shares rose 2%. Hanbit Home also named a new chairman.
            """,
            published: "2026-02-04"
        )
        #expect(people(f).first { $0.name == "Seo Ha-eun" }?.org != "LG Innotek")
        #expect(metrics(f).first { $0.value == 210 }?.subject != "LG Innotek")
    }

    @Test func aKoreansNameInHangulAfterItsLatinSpellingIsTheirNative() {
        let f = facts(
            "Hanbit said vice president Kim Do-hyun (김도현) will lead the new unit.",
            published: "2026-02-04"
        )
        #expect(people(f).first { $0.name == "Kim Do-hyun" }?.native == "김도현")
    }

    @Test func aBylineCutByBarsWithAFullStopAfterItsDayDatesNoFact() {
        let f = undated(
            """
            한빛로봇, 전시회서 배송로봇 공급
            로봇데일리 | 고하준 기자 | 송고 2025.10.24. 17:05

            한빛로봇이 22일 경기 고양시 일산 킨텍스(KINTEX)에서 개막한 ‘2025 로봇페어(RobotFair 2025)’에서 \
            공급 계약을 맺었다. 이 전시회는 25일까지 이어진다.
            """
        )
        #expect(!dated(f).contains { $0.date == PartialDate(iso: "2025-10-24") })
        let event = events(f).first { $0.name == "2025 로봇페어" }
        #expect(event?.start == PartialDate(iso: "2025-10-22"))
    }

    @Test func aUnitCreatedBeforeAndMovedOnAnEffectiveDateKeepsItsOwnDate() {
        let f = facts(
            "한빛전자는 지난 9월 신설한 AI전략센터를 내년 1월 1일자로 CEO 직속으로 옮긴다.",
            published: "2025-12-04"
        )
        #expect(units(f).first { $0.name == "AI전략센터" }?.established == PartialDate(iso: "2025-09"))
    }

    @Test func aCountOfUnitsIsTheCompanysNotTheUnitsNamedBefore() {
        let f = facts(
            """
            한빛게임즈가 다음 달 1일부터 콘솔사업군(CSG), 모바일사업군(MSG), 기술센터(TEC)의 3개 부문 체제로 \
            전환한다. 기술센터 인력은 120명이다.
            """,
            published: "2026-03-12"
        )
        #expect(metrics(f).first { $0.value == 3 }?.subject == "한빛게임즈")
        // A count of people in a unit stays the unit's.
        #expect(metrics(f).first { $0.value == 120 }?.subject != "한빛게임즈")
        // A unit's own units stay the unit's.
        let own = facts(
            "한빛게임즈가 AI혁신원(AIX)을 신설한다. 신설되는 AI혁신원은 3개 센터와 12개 팀으로 구성된다.",
            published: "2026-03-12"
        )
        #expect(metrics(own).allSatisfy { $0.subject != "한빛게임즈" })
    }

    @Test func aSpanSoonAfterHoldingTheEventsDayGivesItsFirstAndLastDays() {
        let f = facts(
            """
            BEIJING — Lumo Robotics wrapped up its Lumo Partner Summit 2025 (鲁默大会) on Thursday. The summit, \
            held Sept. 16-18 at the Beijing Expo Center, drew 6,000 attendees.
            """,
            published: "2025-09-19"
        )
        let event = events(f).first { $0.name == "Lumo Partner Summit 2025" }
        #expect(event?.start == PartialDate(iso: "2025-09-16"))
        #expect(event?.end == PartialDate(iso: "2025-09-18"))
    }

    @Test func thisAndAnEventNounCallBackTheEventForItsLastDay() {
        let f = facts(
            """
            한빛로봇이 22일 킨텍스에서 개막한 ‘2025 로봇페어’에서 공급 계약을 맺었다. 협회가 함께 여는 이 \
            전시회는 25일까지 이어진다.
            """,
            published: "2025-10-24"
        )
        #expect(events(f).first { $0.name == "2025 로봇페어" }?.end == PartialDate(iso: "2025-10-25"))
    }

    @Test func teamsOfOneShortWordAndUnitsMovedUnderThisUnit() {
        let f = facts(
            """
            한빛마켓이 다음 달 1일부로 물류본부(LGH)와 데이터본부(DTH)를 새로 만든다. 기존 추천팀과 검색팀은 \
            데이터본부 아래로 옮기고, 기존 원신 제작팀은 폐지된다. 물류본부장에는 고다인 전무가 선임됐으며, \
            기존 배송운영팀은 이 본부로 흡수된다.
            """,
            published: "2026-01-21"
        )
        #expect(units(f).first { $0.name == "추천팀" }?.parent == "데이터본부")
        #expect(units(f).first { $0.name == "검색팀" }?.parent == "데이터본부")
        // (The last word of a longer name is no team of its own.)
        #expect(!units(f).contains { $0.name == "제작팀" })
        #expect(units(f).first { $0.name == "배송운영팀" }?.parent == "물류본부")
    }

    @Test func aWordSomethingIsBasedOnIsNoCompany() {
        let f = facts(
            """
            한빛칩, 개발자 대회 열고 “RiscOne 패키지 2만 개”

            중국 CPU 기업 한빛칩이 개발자 대회를 열었다. 그는 “RiscOne 기반 소프트웨어는 2만 개로 늘었다”고 \
            말했다. RiscOne 생태계는 커지고 있다.
            """,
            published: "2026-04-17"
        )
        #expect(!orgs(f).contains { $0.name == "RiscOne" })
    }

    @Test func anEnglishSentenceEndingWithAColonGivesTheQuotationAfterItItsSpeaker() {
        let f = facts(
            """
            Hanbit named chief product officer Seo Ha-eun as chief executive on Monday.

            Seo wrote in a note to staff on Tuesday:

            "Our work now is to make the store itself the platform. Data will take us further."
            """,
            published: "2026-02-04"
        )
        let q = quotes(f).first { $0.text.hasPrefix("Our work now") }
        #expect(q?.speaker == "Seo Ha-eun")
        #expect(q?.verb == "wrote")
    }

    @Test func theDivisionInLowerCasePointsBackToTheUnitNamedWithThatNoun() {
        let f = facts(
            """
            Hanbit Home set up a Smart Lock Division (SLD) in March. Vice president Ko Min-ji runs it. Ko said \
            the division now sells door locks in 17 countries.
            """,
            published: "2026-02-04"
        )
        #expect(metrics(f).first { $0.value == 17 }?.subject == "Smart Lock Division")
    }

    @Test func anOrgInAnAsideAfterTheOpeningUnitOwnsNoneOfItsFigures() {
        let f = facts(
            """
            Hanbit Home (한빛홈), the Seoul maker of door locks, set up two units. The Smart Lock Division (SLD), \
            built on the lock business Hanbit Home bought from LG Innotek in 2023, will start with 210 employees.
            """,
            published: "2026-02-04"
        )
        #expect(metrics(f).first { $0.value == 210 }?.subject == "Smart Lock Division")
    }

    @Test func aUnitRightBeforeDirectlyUnderIsTheParentOfTheUnitAfter() {
        let f = facts(
            """
            한빛마켓이 다음 달 1일부로 물류본부(LGH)와 데이터본부(DTH)를 새로 만든다. 데이터본부 직속으로는 \
            AI랩(HAL)을 두고, 랩장에 고다인 수석연구원을 영입했다.
            """,
            published: "2026-01-21"
        )
        #expect(units(f).first { $0.code == "HAL" }?.parent == "데이터본부")
    }

    @Test func machinesCountedBeforeTheParticleRoButNotAnAgeGroup() {
        let f = facts(
            """
            한빛로봇은 “올해 1~9월 산업용 로봇 출하량은 2만 1천 대로 지난해보다 27% 늘었다”고 말했다. 지난해 \
            판매량은 1,200대로 집계됐다. 임원 평균 나이는 40대로 낮아졌다.
            """,
            published: "2025-11-14"
        )
        #expect(metrics(f).contains { $0.value == 21_000 && $0.unit == "대" })
        #expect(metrics(f).contains { $0.value == 1_200 && $0.unit == "대" })
        #expect(!metrics(f).contains { $0.value == 40 })
    }

    @Test func twoTitlesJoinedByGyeomBeforeTheNameMadeAnAdjective() {
        let f = facts(
            """
            한빛게임즈 창업자 겸 동사장인 옌자오밍(阎兆明)은 10일 서한을 보냈다. 설명회에서는 창업자 겸 \
            최고경영자(CEO)인 탕쉬둥(唐旭东)이 발표했다.
            """,
            published: "2026-03-12"
        )
        #expect(people(f).first { $0.name == "옌자오밍" }?.title == "창업자 겸 동사장")
        #expect(people(f).first { $0.name == "탕쉬둥" }?.title == "창업자 겸 최고경영자(CEO)")
        #expect(!people(f).contains { $0.name == "한빛게임즈" })
    }

    @Test func qualifiersAfterAFigureAboveNearAndBelow() {
        let f = facts(
            """
            한빛로봇의 해외 매출 비중이 45%를 웃돌았다. 대회에는 2,000명 가까운 개발자가 참석했다. 회사는 \
            로봇 한 대 가격을 10만 위안 아래로 낮추겠다고 밝혔다.
            """,
            published: "2025-11-14"
        )
        #expect(metrics(f).first { $0.value == 45 }?.qualifier == .greater)
        #expect(metrics(f).first { $0.value == 2_000 }?.qualifier == .approximately)
        #expect(metrics(f).first { $0.value == 100_000 }?.qualifier == .less)
    }

    /// The second review's counter-examples: each would have misfired.
    @Test func counterExamplesOfTheSecondReview() {
        // A colon gives the quotation after it, not the one before.
        let memo = facts(
            """
            Hanbit named Seo Ha-eun as chief executive on Monday.

            Seo wrote in an email:

            "First, we grow."

            "Second, we hire."

            Kim Do-yun, the chief financial officer, added in a note:

            "We will keep costs flat."
            """,
            published: "2026-02-04"
        )
        #expect(quotes(memo).first { $0.text.hasPrefix("Second") }?.speaker != "Kim Do-yun")
        #expect(quotes(memo).first { $0.text.hasPrefix("We will keep") }?.speaker == "Kim Do-yun")
        // A headline with its outlet and a box's label are no date lines; a verb's later date is no posting date.
        for line in ["카카오, 2026년 1월 1일부 조직개편 | 연합뉴스", "일시 | 2025년 11월 13일(목) 오후 2시"] {
            let s = Sentence(number: 1, scalars: Array(line.unicodeScalars), quotes: [], isWholeLine: true)
            #expect(ExtractionRun.barredLineDate(s, dates: DateParsing.find(s.scalars, publishedYear: nil)) == nil)
        }
        let updated = undated("Updated Exynos chips ship in January 2026.\n\nSamsung said sales rose on March 3.")
        #expect(!dated(updated).contains { $0.date == PartialDate(iso: "2026-03-03") })
        // `the center of`, `the unit price` point back to no unit.
        let center = facts(
            """
            Hanbit set up an AI Research Center (ARC) in March. At the center of the plan are 300 engineers, and \
            the unit price of its chip will be about 90 dollars.
            """,
            published: "2026-02-04"
        )
        #expect(metrics(center).first { $0.value == 300 }?.subject != "AI Research Center")
        // A hyphenated company or place glossed in Hangul is no person's native.
        let cells = facts(
            "Hanwha Q-Cells (한화큐셀) said vice president Kim Do-hyun (김도현) will lead the unit in Seongnam-si (성남시).",
            published: "2026-02-04"
        )
        #expect(!people(cells).contains { $0.native == "한화큐셀" || $0.native == "성남시" })
        // Two round tens before 대로 are an age group.
        let ages = facts("한빛마켓의 주 고객층은 2030대로 옮겨갔다.", published: "2026-02-04")
        #expect(!metrics(ages).contains { $0.value == 2_030 })
        // The longer unit's name that holds the shorter one wins.
        let longer = facts(
            """
            한빛전자가 AI본부(AIH)와 생성AI본부(GAH)를 새로 만든다. 생성AI본부가 출범하며 기존 비전개발팀은 이 \
            본부로 흡수된다.
            """,
            published: "2026-01-21"
        )
        #expect(units(longer).first { $0.name == "비전개발팀" }?.parent == "생성AI본부")
    }

    @Test func englishFiguresToPassExceedOrStayAbove() {
        let f = facts(
            """
            Hanbit expects shipments to pass 2 million units in 2026 and revenue to exceed 900 billion won. It kept \
            gross margin above 40% for the sixth quarter.
            """,
            published: "2025-11-14"
        )
        #expect(metrics(f).first { $0.value == 2_000_000 }?.qualifier == .greater)
        #expect(metrics(f).first { $0.value == 900_000_000_000 }?.qualifier == .greater)
        #expect(metrics(f).first { $0.value == 40 }?.qualifier == .greater)
    }
}
