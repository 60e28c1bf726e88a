import DossierModel
import Testing

@testable import DossierExtraction

/// Rules of the fifteenth blind pass (`docs/extraction-blind.md`, "Fifteenth blind pass"): each
/// test gives invented sentences of its own, not those of the tuning reports.
@Suite struct FifteenthPassRuleTests {
    func publication(_ text: String) -> String? { ExtractionRun.dateLine(SentenceSplitter.split(text))?.iso }

    @Test func closingLinesGiveThePublicationDate() {
        // A copyright line that ends with the time the report was filed.
        #expect(
            publication("제목\n05.14 09:10 | 박지훈 기자\n\n회사는 13일 밝혔다.\n\n<저작권자 ⓒ 테크뉴스 무단전재> | 2024년 05월 14일 09:10 송고")
                == "2024-05-14"
        )
        // `※ 이 기사는 … 먼저 발송됐습니다`: the day a newsletter carried it first.
        #expect(
            publication("제목\n회사는 13일 신제품을 공개했다.\n\n※ 이 기사는 2024년 3월 14일 테크레터로 먼저 발송됐습니다.")
                == "2024-03-14"
        )
        #expect(
            publication(
                "Title\nThe company said on Monday it had hired 40 people.\n\nThis story was first published on March 4, 2025."
            )
                == "2025-03-04"
        )
    }
}

extension FifteenthPassRuleTests {
    @Test func aSharePriceClosingHigherOrLowerAtAnAmount() {
        let f = facts(
            """
            Orbita posts record profit
            Published Mar 5, 2025

            Orbita Co. said Wednesday its profit doubled. Shares of Orbita closed 3.1% lower at 24,500 won in Seoul.
            """
        )
        let whats = metrics(f).map { ($0.value, $0.what) }
        #expect(whats.contains { $0.0 == 3.1 && $0.1 == "share price decline" })
        #expect(whats.contains { $0.0 == 24500 && $0.1 == "share price" })
    }

    @Test func bylinesWithAnAddressAndLinkListsGiveNoFacts() {
        let f = facts(
            """
            Orbita posts record profit
            Business · Mar 5 · 3 min read

            Orbita Co. said on Wednesday it hired 120 engineers.

            Choi Na-rae | narae.choi@examplenews.com
            MOST READ: 1. Kakao Games wins license  2. Naver Q3 profit jumps 12%
            """
        )
        #expect(people(f).isEmpty)
        #expect(!orgs(f).map(\.name).contains("Naver"))
        #expect(!metrics(f).contains { $0.value == 12 })
        #expect(!dated(f).contains { $0.summary?.contains("min read") == true })
    }

    @Test func koreanLinkListsUnderTheirHeadingsGiveNoFacts() {
        let f = facts(
            """
            지커, 한국 법인 출범

            지커코리아는 20일 서울에서 출범식을 열었다.

            ▶ 함께 읽기: 네이버, 3분기 매출 2조 / 中 보조금 축소
            [많이 본 뉴스] ① 카카오, 새 대표 선임 ② 테슬라 가격 인하
            """
        )
        #expect(!orgs(f).map(\.name).contains("네이버"))
        #expect(!orgs(f).map(\.name).contains("카카오"))
    }
}

extension FifteenthPassRuleTests {
    @Test(arguments: [
        (
            "the Orbita Developer Summit, a two-day gathering that ended Friday at the Grand Hyatt", "2024-05-02",
            "2024-05-03"
        ),
        (
            "the Orbita Developer Summit, a three-day conference that opened on Monday at the Grand Hyatt",
            "2024-04-29", "2024-05-01"
        ),
        ("the Orbita Developer Summit, held on Wednesday and Thursday at the Grand Hyatt", "2024-05-01", "2024-05-02"),
    ])
    func englishSpansAroundAWeekday(sentence: String, start: String, end: String) {
        // Published on Friday, 3 May 2024.
        let f = facts(
            "Orbita opens its platform\n\nOrbita showed its new chips at \(sentence).",
            published: "2024-05-03"
        )
        let e = events(f).first { $0.name == "Orbita Developer Summit" }
        #expect(e?.start?.iso == start)
        #expect(e?.end?.iso == end)
    }
}

extension FifteenthPassRuleTests {
    @Test func aFamilyNameSpelledLikeATitlesCodeOpensAName() {
        let f = facts("Orbita opens its platform\n\nChief financial officer Cao Min (曹敏) said revenue would rise.")
        #expect(people(f).map(\.name) == ["Cao Min"])
        #expect(people(f).first?.native == "曹敏")
    }

    @Test func aSubsidiaryGlossedWithItsParentsHanName() {
        let f = facts("Tuya opens its platform\n\nTuya signed an agreement with Haier Smart Home (海尔智家) on Monday.")
        #expect(people(f).isEmpty)
        let o = orgs(f).first { $0.name == "Haier Smart Home" }
        #expect(o?.native == "海尔智家")
    }

    @Test func anEnglishCorrespondentsBylineNamesNoPerson() {
        let f = facts("Tuya opens its platform\nLena Park, Shenzhen correspondent\n\nTuya said it had 900 staff.")
        #expect(people(f).isEmpty)
    }
}

extension FifteenthPassRuleTests {
    @Test func koreanSubsidiariesNamedByABusinessWordOrARepeatedCode() {
        let f = facts(
            """
            넷마블, 게임 조직 개편

            넷마블 엔터테인먼트는 김서현 대표 체제를 유지한다. 넷마블 RPG는 새 본부를 만든다.
            넷마블 RPG의 지난해 매출은 1,200억 원이었다. 넷마블 AI 전략도 공개됐다.
            """
        )
        let names = orgs(f).map(\.name)
        #expect(names.contains("넷마블 엔터테인먼트"))
        #expect(names.contains("넷마블 RPG"))
        #expect(!names.contains("넷마블 AI"))
        #expect(people(f).contains { $0.name == "김서현" && $0.title == "대표" })
    }

    @Test func aConnectiveVerbBeforeAPostIsNoName() {
        let f = facts("넷마블 조직 개편\n\n김 부사장은 내년 3월 주주총회를 거쳐 대표에 오른다.")
        #expect(!people(f).map(\.name).contains("거쳐"))
    }

    @Test func aLeadershipSystemWithoutANameNamesNoOne() {
        let f = facts("넷마블 조직 개편\n\n넷마블은 사업 조직을 하나로 묶고 공동대표 체제로 전환한다.")
        #expect(people(f).isEmpty)
    }
}

extension FifteenthPassRuleTests {
    @Test func aProfessorOfAUniversityWrittenShort() {
        let f = facts("지커 한국 출범\n\n“가격 경쟁력이 크다.” 박정호 한빛대 교수의 분석이다.")
        #expect(people(f).map(\.name) == ["박정호"])
        #expect(people(f).first?.org == "한빛대")
        #expect(quotes(f).first?.speaker == "박정호")
    }

    @Test(arguments: ["맞장구쳤다", "치켜세웠다", "거들었다", "공언했다"])
    func moreKoreanQuoteVerbs(verb: String) {
        let f = facts("넷마블 행사\n\n넷마블 김서현 대표는 “함께 키우겠다”고 \(verb).")
        #expect(quotes(f).first?.speaker == "김서현")
    }
}

extension FifteenthPassRuleTests {
    @Test func englishLowerCaseUnitsWithAnAbbreviationAndTheirCodes() {
        let f = facts(
            """
            Orbita reorganises its panel business
            Published Mar 5, 2025

            A restructuring took effect on March 1, when the small-size OLED business unit and the LCD business unit were merged into a new IT display division (ITD).
            Orbita had already set up an AI display division (AIDD) in January.
            """,
            published: "2025-03-05"
        )
        let u = units(f)
        #expect(u.contains { $0.name == "small-size OLED business unit" && $0.established == nil })
        #expect(u.contains { $0.name == "LCD business unit" })
        #expect(
            u.contains { $0.name == "IT display division" && $0.code == "ITD" && $0.established?.iso == "2025-03-01" }
        )
        #expect(
            u.contains { $0.name == "AI display division" && $0.code == "AIDD" && $0.established?.iso == "2025-01" }
        )
    }
}

extension FifteenthPassRuleTests {
    @Test func englishVenuesWithACodeOrBeforeALodgingWord() {
        let a = facts(
            "Orbita opens its platform\n\nThe news came at Orbita Robotics Day 2025, held at the HD Hyundai Global R&D Center in Pangyo, Seongnam.",
            published: "2025-09-24"
        )
        #expect(events(a).first?.place == "HD Hyundai Global R&D Center")
        let b = facts(
            "Orbita opens its platform\n\nIt dominated the Orbita Creator Summit, a two-day gathering that ended Tuesday at the Coral Bay resort in Hainan province.",
            published: "2025-12-03"
        )
        #expect(events(b).first?.place == "Coral Bay")
        #expect(events(b).first?.region == "Hainan province")
        #expect(events(b).first?.start?.iso == "2025-12-01")
    }

    @Test func aKnownTwoWordOrgAndRoboticsNameItsSubsidiary() {
        let f = facts(
            "HD Hyundai Robotics names new CEO\n\nHD Hyundai Robotics, the robot-making arm of HD Hyundai, said it sold 900 robots."
        )
        #expect(orgs(f).map(\.name).contains("HD Hyundai Robotics"))
    }
}

extension FifteenthPassRuleTests {
    @Test func aPairWhoseSecondWordIsAnotherOrgsAliasNamesThePairsOrg() {
        let f = facts("HD Hyundai expands robots\n\nHD Hyundai said it sold 9,200 industrial robots last year.")
        #expect(metrics(f).first?.subject == "HD Hyundai")
        #expect(!orgs(f).map(\.name).contains("현대자동차"))
    }
}

extension FifteenthPassRuleTests {
    @Test func postingLinesOpenedByWrittenOrApproved() {
        #expect(publication("제목\n작성 2025.04.17 17:41 | 조회 1,284 | 글자크기 + -\n\n회사는 16일 밝혔다.") == "2025-04-17")
        #expect(publication("제목\n승인 2024.11.02 09:00\n\n회사는 1일 밝혔다.") == "2024-11-02")
    }
}

extension FifteenthPassRuleTests {
    @Test func aCustomerCompanyBeforeATitleIsNoName() {
        let f = facts("유비테크 대회\n\n고객사 대표로 무대에 오른 둥펑자동차의 천궈량(陈国良) 총경리는 “불량률이 줄었다”고 평가했다.")
        #expect(!people(f).map(\.name).contains("고객사"))
    }

    @Test func aTwoSyllableChineseFamilyNameRefersBack() {
        let f = facts(
            """
            유비테크 대회

            개막 연설에 나선 쩌우밍(邹明) 동사장은 양산 계획을 발표했다.
            “내년에는 가정용 모델도 내놓겠다”라고 쩌우 동사장은 힘주어 말했다.
            """
        )
        #expect(people(f).map(\.name) == ["쩌우밍"])
        #expect(quotes(f).first?.speaker == "쩌우밍")
    }
}

extension FifteenthPassRuleTests {
    @Test func minutesDegreesAndMillimetresAreUnitsButNotInsideOtherWords() {
        let f = facts(
            """
            삼성전기 신제품

            삼성전기의 1분기 매출은 2조 원이었다. 신제품은 섭씨 150도 이상에서 작동하고 두께는 0.6mm 이하다.
            배터리는 3분 이내에 교체된다. 온도는 영하 40도까지 견딘다.
            """
        )
        let m = metrics(f).map { ($0.value, $0.unit, $0.qualifier) }
        #expect(!m.contains { $0.1 == "분" && $0.0 == 1 })
        #expect(m.contains { $0.0 == 150 && $0.1 == "도" && $0.2 == .atLeast })
        #expect(m.contains { $0.0 == 0.6 && $0.1 == "mm" && $0.2 == .atMost })
        #expect(m.contains { $0.0 == 3 && $0.1 == "분" && $0.2 == .atMost })
        #expect(m.contains { $0.0 == -40 && $0.1 == "도" })
    }
}

extension FifteenthPassRuleTests {
    @Test func fractionsAndTimesOfDayAreNoMinutes() {
        let f = facts("칭란 신모델\n\n가격은 GPT의 10분의 1이다. 주문은 밤 10시 30분에 몰린다.")
        #expect(!metrics(f).contains { $0.unit == "분" })
    }
}

extension FifteenthPassRuleTests {
    @Test func unitsListedAfterTheSameDayAreDatedByTheUnitCreatedBefore() {
        let f = facts(
            """
            넷마블, AI 조직 출범

            넷마블홀딩스는 ‘AI혁신원(AIX)’을 내년 1월 1일부로 신설한다고 4일 밝혔다.
            넷마블도 같은 날 개발1본부와 개발2본부, 라이브운영본부 등 3개 본부를 새로 만든다.
            """,
            published: "2025-12-04"
        )
        let u = units(f)
        #expect(u.contains { $0.name == "AI혁신원" && $0.code == "AIX" && $0.established?.iso == "2026-01-01" })
        for name in ["개발1본부", "개발2본부", "라이브운영본부"] {
            #expect(u.contains { $0.name == name && $0.established?.iso == "2026-01-01" }, "\(name)")
        }
        #expect(!u.contains { $0.name?.hasPrefix("날") == true })
    }
}

extension FifteenthPassRuleTests {
    @Test func anEventNamedInTheHeadlineByTheAliasTheBodyGivesItIsOneEvent() {
        let f = facts(
            """
            넷마블, 서울서 ‘파트너 서밋’ 개최

            넷마블은 지난달 30일부터 이틀간 서울 코엑스에서 ‘넷마블 글로벌 파트너 서밋 2025(이하 파트너 서밋)’를 열었다고 2일 밝혔다.
            파트너사 60여 곳에서 1,200명 이상이 참석했다.
            """,
            published: "2025-10-02"
        )
        let e = events(f)
        #expect(e.map(\.name) == ["넷마블 글로벌 파트너 서밋 2025"])
        #expect(e.first?.aliases == ["파트너 서밋"])
        #expect(e.first?.start?.iso == "2025-09-30")
    }
}

extension FifteenthPassRuleTests {
    @Test func englishTitlesWithAFieldAfterForAndAThreeWordOwner() {
        let f = facts(
            """
            Tuya opens platform

            Tuya signed an agreement with Haier Smart Home (海尔智家) on Monday. "Europe comes first," said Sun Qiang (孙强), Haier Smart Home's vice president for overseas markets.
            """
        )
        let p = people(f).first { $0.name == "Sun Qiang" }
        #expect(p?.title == "vice president for overseas markets")
        #expect(p?.org == "Haier Smart Home")
    }
}

extension FifteenthPassRuleTests {
    @Test func anEnglishEventWithoutADateIsOnTheDayOfTheLeadsNews() {
        let f = facts(
            """
            Orbita posts third straight profit
            Published Oct 30, 2025

            [Photo] Panels on a production line. Courtesy of Orbita

            Orbita Co. said Thursday it stayed in the black for a third straight quarter.

            "We have turned the corner," chief executive Moon Ji-ho said on the company's third-quarter earnings call.
            """,
            published: "2025-10-30"
        )
        #expect(events(f).first?.start?.iso == "2025-10-30")
    }
}

extension FifteenthPassRuleTests {
    @Test func aNumberGluedToAModelNameIsNoDegreeAndTwelveDaysAreNoTwoDays() {
        let f = facts("애플 신제품\n\n애플은 아이폰16도 출시했다. 판매량은 300만 대였다.")
        #expect(!metrics(f).contains { $0.unit == "도" })
        #expect(FifteenthPassRuleTests.spanLength("a 12-day festival that ended Sunday") == nil)
        #expect(FifteenthPassRuleTests.spanLength("a two-day summit that ended Sunday") == 2)
    }

    static func spanLength(_ s: String) -> Int? { ExtractionRun.englishSpanLength(Array(s.unicodeScalars)) }

    @Test func aBodySentenceOpenedByApprovedIsNoPostingLine() {
        #expect(publication("제목\n승인 시점은 2025년 6월이다.\n회사는 3일 밝혔다.") == nil)
    }
}

extension FifteenthPassRuleTests {
    @Test func aSharePriceClosingHigherWrittenInPercentAndAGluedBelowZero() {
        let a = facts("Orbita posts profit\n\nShares of Orbita closed 2.4 percent higher at 11,870 won in Seoul.")
        #expect(metrics(a).contains { $0.value == 2.4 && $0.what == "share price rise" })
        let b = facts("삼성전기 신제품\n\n신제품은 영하40도까지 견딘다.")
        #expect(metrics(b).contains { $0.value == -40 && $0.unit == "도" })
    }
}
