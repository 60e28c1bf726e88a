import DossierModel
import Testing

@testable import DossierExtraction

/// Rules of the thirteenth blind pass (`docs/extraction-blind.md`, "Thirteenth blind pass"): each
/// test gives invented sentences of its own, not those of the tuning reports.
@Suite struct ThirteenthPassRuleTests {

    @Test func aDateLineWithASpaceAfterEachFullStopDatesTheReport() {
        let f = undated(
            """
            오로라소프트, 파트너 대회 열어
            2025. 11. 3. 16:45

            오로라소프트는 1일 판교에서 '오로라 파트너 대회'를 열었다.
            """
        )
        #expect(events(f).first?.start?.iso == "2025-11-01")
    }

    @Test func aSpacedDottedDateInsideASentenceEndsNoSentence() {
        let f = facts("오로라소프트는 2025. 11. 3. 판교에서 신제품 발표회를 열었다.")
        #expect(dated(f).map(\.date.iso) == ["2025-11-03"])
        #expect(dated(f).first?.summary?.hasSuffix("열었다") == true)
    }
}

extension ThirteenthPassRuleTests {
    @Test(arguments: [
        "게재 2025-11-05 14:02:10 · 최종수정 2025-11-05 15:20:44\n\n오로라소프트가 4일 판교에서 '오로라 데이'를 열었다.",
        "오로라소프트가 4일 판교에서 '오로라 데이'를 열었다.\n\n등록일 2025.11.05 08:15 | 이 기사는 유료 구독자에게 먼저 제공됐습니다.",
    ])
    func aLongLineOpenedByTheWordForPostingDatesTheReport(body: String) {
        let f = undated(body)
        #expect(events(f).first?.start?.iso == "2025-11-04")
        // The posting line itself is no fact.
        #expect(dated(f).allSatisfy { $0.date.iso == "2025-11-04" })
    }

    @Test func aSentenceOpenedByRegistrationCountsKeepsItsFigure() {
        let f = facts("등록 3만 건을 넘긴 텐센트는 2024년 3월 새 서비스를 내놨다. 텐센트는 선전에 있다.")
        #expect(metrics(f).map(\.value) == [30_000])
    }
}

extension ThirteenthPassRuleTests {
    @Test func aDayOfAnEventNamedWithItsYearIsInThatYear() {
        let f = facts(
            "Aurora Soft will show its new sensor at CES 2026 in Las Vegas, which runs from Jan. 6 to Jan. 9.",
            published: "2025-11-18"
        )
        #expect(dated(f).first?.date.iso == "2026-01-06")
        #expect(dated(f).first?.end?.iso == "2026-01-09")
    }

    @Test func aYearThatIsACountChangesNoDate() {
        let f = facts("Aurora Soft shipped 2026 units in June.", published: "2025-11-18")
        #expect(!dated(f).contains { $0.date.iso.hasPrefix("2026") })
    }
}

extension ThirteenthPassRuleTests {
    @Test func aYearAfterALowerCaseWordNamesNothing() {
        let f = facts(
            "Its founder told staff in a letter published on November 19 that 2026 would be a hard year.",
            published: "2025-11-21"
        )
        #expect(dated(f).first?.date.iso == "2025-11-19")
    }
}

extension ThirteenthPassRuleTests {
    @Test func namesListedWithTheirNativesAndCountedShareTheTitle() {
        let f = facts("텐센트는 이날 행사를 열었다. 이어 한웨이(韩伟)·마린(马琳) 두 부총재가 차례로 무대에 올랐다.")
        #expect(Set(people(f).map(\.name)) == ["한웨이", "마린"])
        #expect(people(f).allSatisfy { $0.title == "부총재" && $0.org == "텐센트" })
    }

    @Test func theFieldBeforeATitleBelongsToTheTitle() {
        let f = facts("텐센트의 새 SUV는 류밍(刘明) 해외마케팅 부총재가 소개했다.")
        #expect(people(f).first?.title == "해외마케팅 부총재")
        #expect(people(f).first?.org == "텐센트")
        #expect(!orgs(f).contains { $0.name == "해외마케팅" })
    }
}

extension ThirteenthPassRuleTests {
    @Test func aTitleBeforeTheWordForSystemNamesNoOne() {
        let f = facts("카카오가 흩어져 있던 사업 조직을 하나로 묶고 공동대표 체제로 전환한다.")
        #expect(people(f).isEmpty)
        #expect(!orgs(f).contains { $0.name == "묶고" })
    }

    @Test func theParticlesWaNeunComeOffAName() {
        let f = facts("카카오는 개발 자회사 오로라게임즈와는 신작 공동 개발을 확대하기로 했다.")
        #expect(!orgs(f).contains { $0.name.hasSuffix("와는") })
    }
}

extension ThirteenthPassRuleTests {
    @Test func aKnownOrgsNameWithALatinCodeAfterACompanyNounIsAnotherCompany() {
        let f = facts("카카오는 골프 자회사 카카오QX의 지분 일부를 매각하는 방안을 검토 중이다.")
        #expect(orgs(f).contains { $0.name == "카카오QX" })
    }
}

extension ThirteenthPassRuleTests {
    @Test func aFamilyNameBeforeATitlesCodeRefersToItsHolder() {
        let f = facts(
            """
            카카오는 김도윤 대표와 한서진 최고사업책임자(CBO)를 새 경영진으로 발표했다.
            김 대표는 “반드시 반등하겠다”고 말했다.
            한 CBO는 “신작 3종을 잇달아 내놓겠다”고 했다.
            """
        )
        #expect(quotes(f).first { $0.text.hasPrefix("신작") }?.speaker == "한서진")
    }
}

extension ThirteenthPassRuleTests {
    @Test func theMarketASharesTradesOnOwnsNoneOfItsFigures() {
        let f = facts(
            "Tencent reported its results on Monday. Its shares on Nasdaq rose 6.3% to $24.18 in premarket trading.",
            published: "2025-11-18"
        )
        #expect(metrics(f).count == 2)
        #expect(metrics(f).allSatisfy { $0.subject == "Tencent" })
    }
}

extension ThirteenthPassRuleTests {
    @Test func aQuotationAfterASentenceThatSaysSomeoneSpokeThusIsTheirs() {
        let f = facts(
            """
            텐센트는 1일 선전에서 파트너 대회를 열었다. 기조연설에 나선 마화텅 텐센트 회장은 연설 말미에 이렇게 말했다. “우리는 가격으로 시작했지만 기술로 남을 것이다.”
            """
        )
        #expect(quotes(f).map(\.speaker) == ["마화텅"])
        #expect(quotes(f).first?.verb == "말했다")
    }
}

extension ThirteenthPassRuleTests {
    @Test func aTitleAfterANameOutranksTheFounderWordBeforeIt() {
        let f = facts("텐센트 창업자 마화텅(马化腾) 회장은 'AI가 모두를 디자이너로 만든다'를 주제로 기조연설을 했다.")
        #expect(people(f).map(\.title) == ["회장"])
        #expect(people(f).first?.org == "텐센트")
    }
}

extension ThirteenthPassRuleTests {
    @Test func aNameGlossedInLatinThenHanIsFound() {
        let f = facts("기술 세션에서는 텐센트 공동창업자 겸 CTO 에릭 왕(Eric Wang·王一鸣)이 비행 제어 시스템을 설명했다.")
        #expect(people(f).first?.name == "에릭 왕")
        #expect(people(f).first?.native == "Eric Wang")
        #expect(!orgs(f).contains { $0.name == "왕이" })
    }
}

extension ThirteenthPassRuleTests {
    @Test func theHeadOfAUnitNamedBeforeAPersonIsInThatUnit() {
        let f = facts("이어 기아 재경본부장인 김승준 부사장이 재무 목표와 주주환원 정책을 설명했다.")
        #expect(units(f).contains { $0.name == "재경본부" && $0.parent == "기아" })
    }
}

extension ThirteenthPassRuleTests {
    @Test func aKoreanNameListedBeforeALatinGlossedNameSharesItsTitle() {
        let f = facts("해외 권역 전략은 기아의 송정아, 마크 헤드리치(Mark Hedrich) 부사장이 나눠 발표했다.")
        #expect(Set(people(f).map(\.name)) == ["송정아", "마크 헤드리치"])
        #expect(people(f).allSatisfy { $0.title == "부사장" })
    }
}

extension ThirteenthPassRuleTests {
    @Test func wordsClosedByAnEditionsYearAfterAtNameAnEvent() {
        let f = facts(
            "Aurora Soft will show its robot at Automate 2026 in Detroit in June, its first trade show in the US.",
            published: "2025-09-24"
        )
        #expect(events(f).map(\.name) == ["Automate 2026"])
        #expect(events(f).first?.start?.iso == "2026-06")
    }

    @Test func aYearFarFromThePublicationsAfterAtNamesNoEvent() {
        let f = facts("The plan was presented at Vision 2040 in Seoul.", published: "2025-09-24")
        #expect(events(f).isEmpty)
    }
}

extension ThirteenthPassRuleTests {
    @Test func anEventNamedAsAnothersAliasAndItsYearIsThatEvent() {
        let f = facts(
            """
            Ant Group bets on AI assistant at WAIC 2024
            SHANGHAI, July 4 -- Ant Group showed its models at the World Artificial Intelligence Conference (WAIC) in Shanghai.
            """,
            published: "2024-07-04"
        )
        #expect(events(f).count == 1)
        #expect(events(f).first?.aliases?.contains("WAIC 2024") == true)
    }
}

extension ThirteenthPassRuleTests {
    @Test func theCityAfterAnEditionsNameIsItsPlace() {
        let f = facts(
            "Aurora Soft will show its new sensor at CES 2026 in Las Vegas, which runs from Jan. 6 to Jan. 9.",
            published: "2025-11-18"
        )
        #expect(events(f).first?.place == "Las Vegas")
    }

    @Test func aVenueWithAnAmpersandCodeAndACityWithItsProvince() {
        let f = facts(
            "The company announced both at Aurora Open Lab 2025, its first developer event, held Tuesday at the Global R&D Center in Seongnam, Gyeonggi.",
            published: "2025-09-24"
        )
        #expect(events(f).first?.place == "Global R&D Center")
        #expect(events(f).first?.region == "Seongnam, Gyeonggi")
    }
}

extension ThirteenthPassRuleTests {
    @Test func aRangeBetweenTwoFiguresBoundsThem() {
        let f = facts(
            "Tencent guided fourth-quarter revenue to between RMB 1.0 billion and RMB 1.2 billion.",
            published: "2025-11-18"
        )
        #expect(metrics(f).map(\.qualifier) == [.atLeast, .atMost])
    }

    @Test func belowIsLessThan() {
        let f = facts("Tencent's new sensor sells to carmakers for below $200 per unit.", published: "2025-11-18")
        #expect(metrics(f).first?.qualifier == .less)
    }
}

extension ThirteenthPassRuleTests {
    @Test func theCityAfterTheDaysOfAnEventIsItsPlace() {
        let f = facts(
            "Han will present the new structure to partners at the Didi Tech Summit, scheduled for Sept. 18-19 in Hangzhou.",
            published: "2025-06-10"
        )
        #expect(events(f).first?.place == "Hangzhou")
    }
}

extension ThirteenthPassRuleTests {
    @Test func aWordJoinedToATitleByAndHoldsNoTitle() {
        let f = facts("기아는 8일 국내외 투자자와 애널리스트 300여 명을 대상으로 '2025 CEO 인베스터 데이'를 열었다.")
        #expect(people(f).isEmpty)
    }
}

extension ThirteenthPassRuleTests {
    @Test func aMonthAFewWordsAfterARelativeYearIsInIt() {
        let f = facts("내년 외탄대회는 9월 중 다시 상하이에서 열린다.", published: "2025-09-12")
        #expect(dated(f).map(\.date.iso) == ["2026-09"])
    }
}

extension ThirteenthPassRuleTests {
    @Test func aMonthGivenAloneAfterNextYearIsInNextYear() {
        let f = facts(
            "The company said next year's Tech Day would again be held in Taipei in November.",
            published: "2025-11-21"
        )
        #expect(dated(f).map(\.date.iso) == ["2026-11"])
    }
}

extension ThirteenthPassRuleTests {
    @Test func theEndOfAYearAsAFiguresTimeIsNoDate() {
        let f = facts("Tencent had about 2,000 employees at the end of 2024.", published: "2025-06-10")
        #expect(dated(f).isEmpty)
    }

    @Test func aMonthAfterLastYearInKoreanKeepsThePublicationsYear() {
        let f = facts("징둥은 올해 1분기 매출이 지난해 같은 기간보다 15.8% 늘었다고 지난 5월 발표한 바 있다.", published: "2025-11-21")
        #expect(dated(f).contains { $0.date.iso == "2025-05" })
    }
}

extension ThirteenthPassRuleTests {
    @Test func aDateLineWithATimeOfDayDatesTheReport() {
        let f = undated(
            """
            Updated Nov. 21, 2025 6:40 p.m. GMT+8

            Tencent opened its new campus in Shenzhen earlier this month.
            """
        )
        #expect(dated(f).map(\.date.iso) == ["2025-11"])
    }

    @Test func aTimeOfDayBeforeANewSentenceEndsIt() {
        let s = SentenceSplitter.split("The keynote starts at 3 p.m. Tencent will stream it.")
        #expect(s.count == 2)
    }
}

extension ThirteenthPassRuleTests {
    @Test func aTimeWordAfterAFigureNamesNoThing() {
        let f = facts(
            "Tencent reported third-quarter revenue of $2 billion earlier this month.",
            published: "2025-11-21"
        )
        #expect(metrics(f).first?.what != "earlier")
    }
}

extension ThirteenthPassRuleTests {
    @Test func aTopicBeforeAListOfPresentersWhoShareItIsTheirs() {
        let f = facts(
            """
            텐센트는 1일 선전에서 파트너 대회를 열었다.
            해외 권역 전략은 송정아, 마크 헤드리치(Mark Hedrich) 부사장이 나눠 발표했다.
            """
        )
        #expect(presentations(f).map(\.topic) == ["해외 권역 전략", "해외 권역 전략"])
    }
}

extension ThirteenthPassRuleTests {
    @Test func titleCaseWordsGlossedInHanWithACompanyWordNameAnOrg() {
        let f = facts(
            """
            Didi Global (滴滴), China's largest ride-hailing company, is reorganising.
            Didi Autonomous Driving (滴滴自动驾驶) raised US$500 million from GAC Group (广汽集团) and other investors.
            """,
            published: "2025-06-10"
        )
        #expect(orgs(f).contains { $0.name == "GAC Group" && $0.native == "广汽集团" })
        #expect(orgs(f).contains { $0.name == "Didi Autonomous Driving" && $0.native == "滴滴自动驾驶" })
    }

    @Test func aPersonGlossedInHanIsNoOrg() {
        let f = facts("Zhou Lu (周璐), Didi's president, will lead the group.", published: "2025-06-10")
        #expect(!orgs(f).contains { $0.name == "Zhou Lu" })
    }
}

extension ThirteenthPassRuleTests {
    @Test func aQuotedNameGlossedAsAChineseOpenDayIsAnEvent() {
        let f = facts("올해 대회는 그동안 항저우에서 따로 열던 '알리 기술 개방일(阿里技术开放日)'을 분과 행사로 편입했다.")
        #expect(events(f).contains { $0.name == "알리 기술 개방일" && $0.native == "阿里技术开放日" })
    }

    @Test func anEventGlossedInHanIsNoOrg() {
        let f = facts(
            "The show absorbed two events DJI used to hold: the DJI Agriculture Forum (大疆农业论坛) and others.",
            published: "2025-06-10"
        )
        #expect(!orgs(f).contains { $0.name == "DJI Agriculture Forum" })
    }
}

extension ThirteenthPassRuleTests {
    @Test func wordsSomeoneCalledAThingAreTheirQuote() {
        let f = facts("천위팅(陈宇霆) 텐센트 부총재는 이날 무대에서 R7을 “하늘의 택배 트럭”이라고 불렀다.")
        #expect(quotes(f).map(\.speaker) == ["천위팅"])
        #expect(quotes(f).first?.verb == "불렀다")
    }
}
