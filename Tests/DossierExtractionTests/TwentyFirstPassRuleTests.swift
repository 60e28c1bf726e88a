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
        #expect(ExtractionRun.opensWithEnglishPostedWord(Array("Originally posted: 3 March 2026".unicodeScalars)))
        #expect(ExtractionRun.opensWithEnglishPostedWord(Array("Updated on May 2, 2026.".unicodeScalars)))
        // A body sentence that says something was published is no such line.
        #expect(!ExtractionRun.opensWithEnglishPostedWord(Array("Published results beat forecasts.".unicodeScalars)))
        #expect(!ExtractionRun.opensWithEnglishPostedWord(Array("Lumo published its results.".unicodeScalars)))
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
        // A long part is a sentence, not furniture.
        let long = Sentence(
            number: 1,
            scalars: Array(
                "Lumo opened an office in Busan on Monday to serve its shipyard customers | March 3, 2026"
                    .unicodeScalars
            ),
            quotes: [],
            isWholeLine: true,
            utf8: 0..<0
        )
        #expect(!ExtractionRun.isBarredLine(long))
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
}
