import DossierModel
import Testing

@testable import DossierExtraction

/// Rules of the fourteenth blind pass (`docs/extraction-blind.md`, "Fourteenth blind pass"): each
/// test gives invented sentences of its own, not those of the tuning reports.
@Suite struct FourteenthPassRuleTests {

    @Test(arguments: [
        ("텐센트 주가는 이날 전 거래일보다 4.2% 오른 61만 2,000원에 장을 마쳤다.", "주가 상승률"),
        ("텐센트 주가는 이날 2.5% 내린 58만 원에 마감했다.", "주가 하락률"),
    ])
    func aSharePricesMoveAndCloseAreNamedAsSuch(sentence: String, move: String) {
        let whats = metrics(facts(sentence)).map(\.what)
        #expect(whats == [move, "종가"])
    }

    @Test func aPercentageWithoutASharePriceIsNoSharePriceMove() {
        let whats = metrics(facts("텐센트의 클라우드 매출은 12% 오른 300억 위안이었다.")).map(\.what)
        #expect(!whats.contains { $0?.hasPrefix("주가") == true })
        #expect(!whats.contains("종가"))
    }
}

extension FourteenthPassRuleTests {
    @Test func aHeadlineOpenedByAnUnknownCompanyAndACommaNamesTheReportsOrg() {
        let f = facts(
            """
            루미너스, 두 개 사업본부 체제로 개편

            루미너스는 2일 이사회를 열고 게임사업본부를 신설한다고 밝혔다. 루미너스의 3분기 매출은 570억 원이었다.
            """
        )
        #expect(orgs(f).map(\.name).contains("루미너스"))
        #expect(metrics(f).first?.subject == "루미너스")
    }

    @Test func aHeadlineOpenedByAPersonsNameNamesNoOrg() {
        let f = facts(
            """
            헤이든, 새 회사 세워

            헤이든 대표는 2일 새 회사를 세웠다고 밝혔다. 헤이든은 이 회사에 100억 원을 투자했다. 헤이든의 계획이다.
            """
        )
        #expect(!orgs(f).map(\.name).contains("헤이든"))
    }
}

extension FourteenthPassRuleTests {
    @Test func aJapaneseNameAfterAVerbsModifyingFormKeepsBothWords() {
        let f = facts(
            """
            첫날 연단에 오른 다카하시 료(高橋亮) 소니 사장은 ‘감성의 기술’을 주제로 발표했다. \
            다카하시 사장은 「모든 기기가 대화한다」고 단언했다.
            """
        )
        #expect(people(f).map(\.name) == ["다카하시 료"])
        #expect(quotes(f).map(\.speaker) == ["다카하시 료"])
        #expect(quotes(f).map(\.verb) == ["단언했다"])
    }

    @Test func aQuotationClosedByTheSpeakersNounOfSayingIsTheirs() {
        let f = facts(
            """
            김도윤 텐센트 부총재는 “클라우드가 먼저다”라고 말했다. \
            “게임은 이제 시작일 뿐입니다.” 무대에 오른 박서연 텐센트 전무의 말이다.
            """
        )
        let q = quotes(f).first { $0.text.hasPrefix("게임은") }
        #expect(q?.speaker == "박서연")
        #expect(q?.verb == "말이다")
    }
}

extension FourteenthPassRuleTests {
    @Test func aCompanyNamedByANumberIsNoFigure() {
        let f = facts("360 reported revenue of RMB 7.95 billion for 2024 and a net loss.")
        #expect(metrics(f).map(\.value) == [7_950_000_000])
        #expect(metrics(f).first?.subject == "360")
    }

    @Test func analystsAtAFirmAreNoNamedSpeaker() {
        let f = facts(
            """
            "We will ship in March," said Tencent vice president Zhou Lin. \
            Analysts at Haitong Securities said in a note that the chip "may change the whole market".
            """
        )
        #expect(quotes(f).map(\.text) == ["We will ship in March"])
    }

    @Test(arguments: [
        ("The conference ran from 4 to 6 August in Hangzhou.", "2025-08-04", "2025-08-06"),
        ("The conference ran 4-6 August in Hangzhou.", "2025-08-04", "2025-08-06"),
        ("Tencent opened the conference on 5 August in Hangzhou.", "2025-08-05", nil),
    ])
    func daysWrittenBeforeTheMonthWithoutAYearTakeThePublicationsYear(
        sentence: String,
        start: String,
        end: String?
    ) {
        let d = dated(facts(sentence, published: "2025-08-10"))
        #expect(d.first?.date.iso == start)
        #expect(d.first?.end?.iso == end)
    }

    @Test func sharesThatHaveRisenAreASharePriceRise() {
        let f = facts("Tencent's Hong Kong-listed shares have risen about 35% this year.")
        #expect(metrics(f).first?.what == "share price rise")
    }
}

extension FourteenthPassRuleTests {
    @Test func theHeadOfAUnitWrittenBeforeANameMakesTheUnit() {
        let f = facts(
            """
            텐센트 클라우드솔루션사업부장 김하준 전무는 새 전략을 발표했다. \
            텐센트의 클라우드솔루션사업부 매출은 지난해 1조 2,000억 원이었다. 사업부 수주잔고는 약 3조 원이다.
            """
        )
        #expect(units(f).map(\.name) == ["클라우드솔루션사업부"])
        #expect(metrics(f).map(\.subject) == ["클라우드솔루션사업부", "클라우드솔루션사업부"])
    }
}

extension FourteenthPassRuleTests {
    @Test func namesJoinedByAndAfterATitleMadeAnAdjectiveShareIt() {
        let f = facts("부총재인 저우민(周敏)과 탕루(唐露)는 각각 광고 전략과 해외 사업을 발표했다. 텐센트는 이날 행사를 열었다.")
        #expect(people(f).map(\.name) == ["저우민", "탕루"])
        #expect(people(f).allSatisfy { $0.title == "부총재" })
        #expect(presentations(f).map(\.topic) == ["광고 전략", "해외 사업"])
    }
}

extension FourteenthPassRuleTests {
    @Test func aResearcherAtACountrysInstituteWorksForTheInstitute() {
        let f = facts(
            "Anna Weber, a researcher at Germany's Max Planck Institute for Informatics, presented a study of agents."
        )
        #expect(people(f).first?.title?.lowercased() == "researcher")
        #expect(people(f).first?.org == "Max Planck Institute for Informatics")
        #expect(!orgs(f).map(\.name).contains("Germany"))
    }

    @Test func aFinanceChiefIsATitle() {
        let f = facts("Operating profit reached 15.3 billion won, Tencent finance chief Yoon Chae-rin said on Tuesday.")
        #expect(people(f).first?.title?.lowercased() == "finance chief")
    }
}

extension FourteenthPassRuleTests {
    @Test func aKnownOrgAndABusinessWordNameItsSubsidiary() {
        let f = facts(
            "Kakao Pay will merge two units. Kakao Pay Securities and Kakao Pay Insurance are not affected."
        )
        let names = orgs(f).map(\.name)
        #expect(names.contains("Kakao Pay Securities"))
        #expect(names.contains("Kakao Pay Insurance"))
        #expect(names.contains("Kakao Pay"))
    }

    @Test func thePriceSharesMovedToIsTheSharePrice() {
        let f = facts("Shares of Kakao Pay rose 4.7% to 38,650 won on Wednesday.")
        #expect(metrics(f).map(\.what) == ["share price rise", "share price"])
    }
}

extension FourteenthPassRuleTests {
    @Test func unitsNamedInLowerCaseAfterItsOrAnOrgsPossessive() {
        let f = facts(
            """
            Tencent will merge its payment services division and platform division into one group. \
            Revenue at 360's government and enterprise security group (GESG) rose.
            """
        )
        let u = units(f)
        #expect(
            u.map(\.name) == [
                "payment services division", "platform division", "government and enterprise security group",
            ]
        )
        #expect(u.map(\.parent) == ["Tencent", "Tencent", "360"])
        #expect(u.last?.code == "GESG")
    }

    @Test func aParentGroupIsNoUnit() {
        let f = facts("Kakao Pay said its parent group would keep its stake.")
        #expect(units(f).isEmpty)
    }
}

extension FourteenthPassRuleTests {
    @Test func aNameEndingIn인BeforeATitleIsAName() {
        let f = facts("한지인 최고운영책임자(COO)는 신임 대표로 내정됐다. 텐센트는 이날 이사회를 열었다.")
        #expect(people(f).map(\.name) == ["한지인"])
    }

    @Test func aVerbsConnectiveFormBeforeATitleIsNoName() {
        let f = facts("텐센트는 AI센터를 새로 만들어 대표 직속으로 둔다.")
        #expect(people(f).isEmpty)
    }
}

extension FourteenthPassRuleTests {
    @Test func anOrdinalOpeningANameIsNoFigure() {
        let f = facts("기존 제1개발실과 제2개발실은 각각 두 본부로 흡수된다. 제3공장은 연간 30만 대를 만든다.")
        #expect(metrics(f).map(\.value) == [300_000])
    }
}

extension FourteenthPassRuleTests {
    @Test func aUnitOpeningTheSameDayTakesTheDayOfTheUnitBefore() {
        let f = facts(
            "텐센트는 '국제사업그룹(IBG)'을 다음 달 1일부로 출범시킨다고 밝혔다. '신에너지사업군(NEBG)'도 같은 날 문을 연다.",
            published: "2025-07-15"
        )
        #expect(units(f).map(\.established?.iso) == ["2025-08-01", "2025-08-01"])
    }
}

extension FourteenthPassRuleTests {
    @Test func anEventOpenedOnADayAndClosedOnAnotherSpansBoth() {
        let f = facts(
            "텐센트가 광둥성 선전(深圳)에서 '텐센트 기술대회'를 27일 개막해 29일 폐막했다고 30일 밝혔다.",
            published: "2025-03-31"
        )
        let e = events(f).first
        #expect(e?.start?.iso == "2025-03-27")
        #expect(e?.end?.iso == "2025-03-29")
        #expect(e?.place == "선전")
    }
}

extension FourteenthPassRuleTests {
    @Test func titleCaseWordsAndAYearGlossedInHanWithAnEventNounNameAnEvent() {
        let f = facts(
            "Geely unveiled the car on the opening day of Auto Guangzhou 2025 (广州国际汽车展览会).",
            published: "2025-11-21"
        )
        #expect(events(f).map(\.name) == ["Auto Guangzhou 2025"])
        #expect(events(f).first?.native == "广州国际汽车展览会")
    }

    @Test func titleCaseWordsAndAYearAfterOfWithoutAGlossNameNoEvent() {
        let f = facts("Geely is the maker of Galaxy E5 2025 models.", published: "2025-11-21")
        #expect(events(f).isEmpty)
    }
}

extension FourteenthPassRuleTests {
    @Test func wordsSaidInStraightSingleMarksAreAQuotation() {
        let f = facts(
            "정하늘 텐센트 부사장은 신사업을 발표했다. 정 부사장은 '글로벌 제약사 20곳 이상과 공동연구를 진행 중'이라고 밝혔다."
        )
        #expect(quotes(f).map(\.text) == ["글로벌 제약사 20곳 이상과 공동연구를 진행 중"])
        #expect(quotes(f).first?.speaker == "정하늘")
    }

    @Test func aNameInStraightSingleMarksIsNoQuotation() {
        let f = facts("텐센트는 'AI 비서'를 공개했다고 밝혔다. It's the company's first assistant, the company said.")
        #expect(quotes(f).isEmpty)
    }
}

extension FourteenthPassRuleTests {
    @Test func anInterimResultsBriefingNamedWithItsYearIsAnEvent() {
        let f = facts(
            "Speaking at the company's 2025 interim results briefing, Tencent chairman Ma Huateng said sales rose."
        )
        #expect(events(f).map(\.name) == ["2025 interim results briefing"])
    }
}

extension FourteenthPassRuleTests {
    @Test func aPersonNamedWithAUnitOrHeadingOneIsInIt() {
        let f = facts(
            """
            텐센트 클라우드솔루션사업부장 김하준 전무는 새 전략을 발표했다. \
            박서연 텐센트 게임사업부 상무는 신작을 소개했다.
            """
        )
        #expect(people(f).map(\.unit) == ["클라우드솔루션사업부", "게임사업부"])
    }
}

extension FourteenthPassRuleTests {
    @Test func anEventsAttendanceIsTheEvents() {
        let f = facts(
            """
            Tencent opened the Tencent Global Digital Ecosystem Summit in Shenzhen on Sept. 16. \
            Organisers put attendance at nearly 30,000 people.
            """,
            published: "2025-09-17"
        )
        #expect(metrics(f).first?.subject == "Tencent Global Digital Ecosystem Summit")
    }
}
