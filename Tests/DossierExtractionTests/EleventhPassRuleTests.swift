import DossierModel
import Testing

@testable import DossierExtraction

/// Rules of the eleventh blind pass (`docs/extraction-blind.md`, "Eleventh blind pass"): each test
/// gives invented sentences of its own, not those of the tuning reports.
@Suite struct EleventhPassRuleTests {

    @Test func aHanAndLatinGlossJoinedByAMiddleDotNamesAnOrg() {
        let f = facts("동영상 앱으로 불리는 칭허(青禾·QH)가 28일 항저우에서 개발자 행사를 열었다. 칭허는 올해 흑자를 냈다.")
        let o = orgs(f).first { $0.name == "칭허" }
        #expect(o?.native == "青禾")
        #expect(o?.aliases == ["QH"])
    }

    @Test func aVerbBeforeAGlossedNameIsNoName() {
        let p = people(facts("첫 연사로 나선 취안밍위(全明宇) 공동창업자 겸 총재는 '검색의 다음 10년'을 주제로 발표했다."))
        #expect(p.map(\.name) == ["취안밍위"])
        #expect(p.first?.title == "공동창업자 겸 총재")
    }

    @Test func aWordNamedOftenBetweenANameAndATitleIsTheOrg() {
        let f = facts(
            """
            두루미가 3일 서울에서 개발자 포럼을 열었다.
            기조연설에 나선 오민석 두루미 대표는 ‘신뢰의 설계’를 주제로 발표했다.
            두루미는 지난해 매출 1천억 원을 올렸다.
            """
        )
        let p = people(f)
        #expect(p.first?.name == "오민석")
        #expect(p.first?.org == "두루미")
        #expect(orgs(f).contains { $0.name == "두루미" })
    }

    @Test func aPostWithItsRankInBracketsIsTheTitleAsWritten() {
        // (Held at the rank alone, `상무`, until the twenty-third pass: most golds since write both.)
        let p = people(facts("한빛소프트는 서가온 클라우드사업본부장(전무)을 새 대표로 내정했다. 이준 인사실장(상무)이 발표했다."))
        #expect(p.first { $0.name == "이준" }?.title == "인사실장(상무)")
    }

    @Test func aJapaneseNameInAListOfTitledPeople() {
        let f = facts(
            "이어진 세션에서는 한빛게임즈의 김다은 아트 디렉터, 하야시 겐타(林健太) 사운드 디렉터가 각각 배경 아트, 공간 음향을 소개했다."
        )
        let p = people(f)
        #expect(p.first { $0.name == "하야시 겐타" }?.title == "사운드 디렉터")
        #expect(p.first { $0.name == "김다은" }?.title == "아트 디렉터")
        #expect(presentations(f).count == 2)
    }

    @Test func someoneBroughtInWithTheDeterminerHanIsUnnamed() {
        let f = facts(
            """
            노은지 한빛게임즈 대표는 “올해는 해외에서 성장하겠다”고 말했다.
            한 참석자는 “가격이 예상보다 낮다”고 말했다. 한 증권사 애널리스트는 “관건은 광고”라고 평가했다.
            """
        )
        #expect(quotes(f).map(\.speaker) == ["노은지"])
        #expect(people(f).map(\.name) == ["노은지"])
    }

    @Test func anAnonymousEnglishSpeakerIsNoOnesSpeaker() {
        let f = facts(
            """
            "We will double the fleet," Chief Executive Daniel Wu said.
            One analyst, who declined to be named, said: "The numbers finally add up."
            An engineer from a phone maker, who asked not to be named, said: "Memory is what matters."
            """
        )
        #expect(quotes(f).count == 1)
    }

    @Test func aLatinNameGlossedInFourHanCharactersIsAnOrg() {
        let f = facts(
            """
            SHENZHEN, May 2 (Wire) - Tide.ai (潮汐智行) unveiled a robotaxi on Tuesday.
            Chief Technology Officer Wang Lei (王磊) presented the Gen-9 platform. Gen-9 costs less. Gen-9 ships soon.
            Tide.ai runs 1,200 robotaxis.
            """
        )
        #expect(orgs(f).map(\.name) == ["Tide.ai"])
        #expect(people(f).first?.org == "Tide.ai")
        // The version of a model's name is no figure.
        #expect(f.compactMap { if case .metric(let m) = $0 { m.value } else { nil } } == [1200])
    }

    @Test func aNameGlossedInHanMayEndLikeAVerb() {
        let p = people(facts("기조연설에 나선 저우밍한(周明翰) 칭허 최고경영자는 ‘에이전트 전략’을 소개했다."))
        #expect(p.first?.name == "저우밍한")
        #expect(p.first?.native == "周明翰")
    }

    @Test func theUnitOthersAreMergedIntoStartsOnTheSentencesDate() {
        let u = units(
            facts(
                """
                한빛게임즈는 기존 게임 사업부(GBU)와 광고 사업부(ADU)를 오는 7월 1일 ‘상업화 사업군(CMG)’으로 합친다.
                As of July 1, Tide.ai merged its Fleet Division and its Map Division into a single Mobility Group (MOG).
                """
            )
        )
        #expect(u.first { $0.code == "CMG" }?.established?.iso == "2024-07-01")
        #expect(u.first { $0.code == "GBU" }?.established == nil)
        #expect(u.first { $0.code == "ADU" }?.name == "광고 사업부")
        #expect(u.first { $0.code == "MOG" }?.established?.iso == "2024-07-01")
    }

    @Test func aUnitMadeOnTheDayOfTheSentenceBefore() {
        let u = units(
            facts(
                """
                칭허는 지난 4월 1일 광고 조직을 합쳐 ‘상업화 사업부(CBU)’를 출범시켰다.
                같은 날 라이브 판매를 맡는 ‘라이브커머스 사업부(LBU)’도 별도로 꾸려졌다.
                이번 개편으로 ‘물류사업부문(LGBU)’이 새로 생겼다.
                """
            )
        )
        #expect(u.first { $0.code == "LBU" }?.established?.iso == "2024-04-01")
        #expect(u.first { $0.code == "LGBU" } != nil)
    }

    @Test func anEnglishUnitIsDatedRightAfterItsName() {
        let u = units(
            facts(
                """
                Tide.ai (潮汐智行) named a new chief operating officer effective Nov. 1.
                Tide.ai set up a Robotruck Business Unit (RTBU) on Sept. 1 to run its trucking.
                """
            )
        )
        #expect(u.first { $0.code == "RTBU" }?.established?.iso == "2024-09-01")
    }

    @Test func aHeadlinesUnitAfterAnEllipsisKeepsItsWholeQuotedName() {
        let u = units(facts("칭허 1분기 매출 20% 늘어…‘AI 창작 사업군’ 신설\n\n칭허는 ‘AI 창작 사업군(AIC)’을 신설했다."))
        #expect(u.map(\.name) == ["AI 창작 사업군"])
    }

    @Test func aQuotedNameBeforeAWordForAGatheringIsAnEvent() {
        let f = facts(
            """
            칭허자동차(青禾汽车·Qinghe Motor, 이하 칭허)가 8일 허베이성 바오딩(保定) 본사에서 ‘2024 칭허 기술의 날(青禾汽车技术日)’ 행사를 열었다.
            한빛소프트는 25일 서울에서 ‘한빛 AI 비전 2024’ 기자간담회를 열고 신제품을 발표했다.
            """
        )
        let e = events(f)
        #expect(e.first { $0.name == "2024 칭허 기술의 날" }?.place == "바오딩")
        #expect(e.contains { $0.name == "한빛 AI 비전 2024" })
        let o = orgs(f).first { $0.name == "칭허자동차" }
        #expect(o?.native == "青禾汽车")
        #expect(o?.aliases?.contains("Qinghe Motor") == true)
    }

    @Test func anUnquotedEventGlossedInHanAfterACityEndingLikeAParticle() {
        let e = events(facts("칭허는 오는 23일부터 다음 달 2일까지 열리는 상하이 모터쇼(上海车展)에서 신차를 선보인다."))
        #expect(e.first?.name == "상하이 모터쇼")
        #expect(e.first?.end?.iso == "2024-06-02")
    }

    @Test func anEventGivenOnlyAMonthTakesIt() {
        let e = events(facts("두루미는 오는 11월 부산에서 개발자 행사 ‘두루미 빌더스 데이’를 따로 연다."))
        #expect(e.first?.start?.iso == "2024-11")
        #expect(e.first?.place == "부산")
    }

    @Test func whatSomeoneIsInChargeOfBelongsToTheTitle() {
        let f = facts("칭허(青禾)는 리쥔(李俊) 최고재무책임자가 물러나고, 판신(范欣) 재무담당 부사장이 후임을 맡는다고 밝혔다.")
        #expect(people(f).first { $0.name == "판신" }?.title == "재무담당 부사장")
        #expect(!orgs(f).contains { $0.name == "재무담당" })
    }

    @Test func aNameGivenOnlyItsAliasIsAnOrgNamedInFull() {
        let f = facts("한빛소프트웨어(이하 한빛)가 새 서비스를 공개했다. 윤서진 한빛 대표가 발표했다. 한빛의 지난해 매출은 3,012억 원이었다.")
        #expect(orgs(f).first?.name == "한빛소프트웨어")
        #expect(orgs(f).first?.aliases == ["한빛"])
        #expect(people(f).first?.org == "한빛소프트웨어")
    }

    @Test func aPriceOfTenThousandsAndACommaNumberStartingFrom() {
        let m = facts("칭허의 판매 가격은 22만 9,800위안부터 시작한다.").compactMap { if case .metric(let m) = $0 { m } else { nil } }
        #expect(m.first?.value == 229_800)
        #expect(m.first?.qualifier == .atLeast)
    }

    @Test func englishTopicsGivenRespectively() {
        let p = presentations(
            facts(
                "Vice presidents Zhao Lin (赵林), Qian Yue (钱悦) and Fu Kai (傅凯) then spoke on mobile models, the open-source roadmap and car partnerships, respectively."
            )
        )
        #expect(p.map(\.person) == ["Zhao Lin", "Qian Yue", "Fu Kai"])
        #expect(p.map(\.topic) == ["mobile models", "the open-source roadmap", "car partnerships"])
    }

    @Test func topicsWrittenBeforeEachGoToThePeopleInOrder() {
        let p = presentations(
            facts("라이브 사업부의 쑤민(苏敏) 부총재와 브랜드를 맡은 천위(陈雨) 부총재도 연단에 올라 판매 전략과 브랜드 유치 계획을 각각 발표했다.")
        )
        #expect(p.map(\.person) == ["쑤민", "천위"])
        #expect(p.map(\.topic) == ["판매 전략", "브랜드 유치 계획"])
    }

    @Test func anAppointeeFromAnotherCompanyWithAnOfParticle() {
        let p = people(
            facts("신임 CTO에는 미국 자율주행 스타트업 하늘모터스(Haneul Motors) 출신의 제임스 한(James Han)이 선임됐다.")
        )
        #expect(p.first?.name == "제임스 한")
        #expect(p.first?.title == "CTO")
    }

    @Test func aCommonNounGlossedWithACodeIsNoOrg() {
        let f = facts("칭허(青禾)에 따르면 ‘칭칭’의 월간 활성 이용자(MAU)는 지난달 3600만 명을 돌파했다. 일평균 활성 사용자(DAU)도 늘었다.")
        #expect(!orgs(f).contains { $0.name == "이용자" || $0.name == "사용자" })
    }

    @Test func aTitleAnEnglishNameWillBecomeAndASubsidiaryNamedByItsParent() {
        let f = facts(
            """
            SEOUL, May 2 - Tide.ai (潮汐智行) said on Wednesday its revenue rose.
            Jennifer Oh, a former Expedia executive, will become chief financial officer on Sept. 1.
            She succeeds CFO Shin Jae-ho, who will become chief executive of subsidiary Kingsoft Office.
            """
        )
        #expect(people(f).first { $0.name == "Jennifer Oh" }?.title == "chief financial officer")
        // (A known org's name and a word more.)
        #expect(orgs(f).contains { $0.name == "Kingsoft Office" })
        #expect(orgs(f).contains { $0.name == "Expedia" })
    }

    @Test func aHalfOrQuarterOfAYearDatesAHappeningByItsMonths() {
        let d = facts(
            """
            칭허는 내년 상반기 상장을 추진한다. 신작은 2025년 4분기 출시된다.
            Tide.ai is preparing a listing in the second half of next year.
            """
        ).compactMap { if case .dated(let d) = $0 { d } else { nil } }
        #expect(
            d.map { $0.date.iso + "/" + ($0.end?.iso ?? "") } == [
                "2025-01/2025-06", "2025-10/2025-12", "2025-07/2025-12",
            ]
        )
    }

    @Test func guestsInvitedAreTheEventsAndAnEnglishSpeakersFiguresTheirOrgs() {
        let f = facts(
            """
            칭허자동차(青禾汽车)가 8일 바오딩에서 ‘2024 칭허 기술의 날’ 행사를 열었다. 칭허는 이날 행사에 딜러와 언론 등 약 2,500명을 초청했다.
            Maria Lopez, chief executive of Expedia, attended. "Our customers booked 20 percent more trips last year," said Maria Lopez.
            """
        )
        let m = metrics(f)
        #expect(m.first { $0.value == 2500 }?.subject == "2024 칭허 기술의 날")
        #expect(m.first { $0.value == 20 }?.subject == "Expedia")
    }

    @Test func howManyInARowIsNoFigure() {
        let m = metrics(facts("칭허의 영업이익은 3억 6천만 위안으로 3개 분기 연속 흑자를 이어갔다."))
        #expect(m.map(\.value) == [360_000_000])
    }

    @Test func anAppointeesFormerEmployerIsNotThePostsOrg() {
        let p = people(
            facts(
                """
                카카오가 3일 서울에서 포럼을 열었다. 카카오는 지난달 연구소를 신설했다.
                연구소장에는 한지수 전 서울대 교수를, 센터장에는 남궁민 전 KAIST 연구원을 각각 선임했다.
                카카오는 지난해 매출 1천억 원을 올렸다.
                """
            )
        )
        #expect(p.first { $0.name == "남궁민" }?.org == "카카오")
    }

    @Test func aMonthOfTheSameYear() {
        let d = facts("2021년 3월 설립된 칭허는 같은 해 10월 첫 제품을 내놨다. 그해 12월 투자를 받았다.")
            .compactMap { if case .dated(let d) = $0 { d.date.iso } else { nil } }
        #expect(d == ["2021-03", "2021-10", "2021-12"])
    }

    @Test func aCountrysBodyWithItsCodeAndTheSessionsPanelists() {
        let f = facts(
            "이날 오후 ‘토큰과 제도’ 세션에는 최민서 금융위원회 과장, 루카스 탄(Lucas Tan) 싱가포르 통화청(MAS) 국장이 패널로 참여했다."
        )
        let p = people(f)
        #expect(p.first { $0.name == "루카스 탄" }?.org == "싱가포르 통화청")
        #expect(orgs(f).first { $0.name == "싱가포르 통화청" }?.aliases == ["MAS"])
        #expect(presentations(f).map(\.topic) == ["토큰과 제도", "토큰과 제도"])
    }

    @Test func anOrgAFigureIsComparedWithOwnsNoneOfIt() {
        let body = """
            BEIJING, May 2 (Wire) - Xiaomi Corp (小米集团) unveiled the YU7 on Thursday, raising its delivery target for the year to 350,000 units as the company races rivals.
            The YU7 starts at 253,500 yuan, about 4% cheaper than Tesla's Model Y in China.
            """
        let f = facts(body)
        let m = metrics(f)
        #expect(m.first { $0.value == 253_500 }?.subject == "Xiaomi")
        #expect(m.first { $0.value == 253_500 }?.qualifier == .atLeast)
        #expect(m.first { $0.value == 4 }?.subject == "Xiaomi")
        // A summary cut at its length starts at a word.
        let d = f.compactMap { if case .dated(let d) = $0 { d.summary } else { nil } }
        #expect(!d.isEmpty)
        #expect(d.allSatisfy { body.contains(" " + $0) || body.hasPrefix($0) })
    }

    @Test func anEnglishEventNamedBeforeItsNounRunsThroughADay() {
        let f = facts(
            """
            SHANGHAI, Sept 18, 2025 (Wire) - Qinghe Technologies said on Thursday it would launch three chips, as chairman Eric Wu (吴志军) opened the company's annual Qinghe Connect 2025 conference in Shanghai, which runs through Sept. 20.
            Wu said the Lumen 950 would ship next year, followed by the Lumen 960. The Lumen 950 is fast.
            """,
            published: "2025-09-18"
        )
        let e = events(f).first
        #expect(e?.name == "Qinghe Connect 2025")
        #expect(e?.start?.iso == "2025-09-18")
        #expect(e?.end?.iso == "2025-09-20")
        // `Lumen 950`: a model number makes the word a product, no org.
        #expect(!orgs(f).contains { $0.name == "Lumen" })
    }

    @Test func someoneFromAbroadWithTheirCountryAndOrg() {
        let f = facts("요한 베르그(Johan Berg) 스웨덴 룬드대 교수는 화상으로 참여해 AI 안전성에 대해 발표했다.")
        let p = people(f)
        #expect(p.first?.name == "요한 베르그")
        #expect(p.first?.org == "룬드대")
        #expect(presentations(f).first?.topic == "AI 안전성")
    }

    @Test func anEnglishSpanAcrossMonths() {
        let d = facts("JD will hold its annual shopping festival from May 31 to June 18.", published: "2025-03-12")
            .compactMap { if case .dated(let d) = $0 { d.date.iso + "/" + (d.end?.iso ?? "") } else { nil } }
        #expect(d == ["2025-05-31/2025-06-18"])
    }

    @Test func moreChiefTitles() {
        let p = people(facts("한빛 창업자인 이서진 글로벌투자책임자(GIO)를 지난 17일 만났다. 김도윤 CISO도 함께했다."))
        #expect(p.first { $0.name == "이서진" } != nil)
        #expect(p.first { $0.name == "김도윤" }?.title == "CISO")
    }

    @Test func aCodedGroupWithItsHeadsTitleIsAUnit() {
        let f = facts(
            """
            중국 최대 검색 기업 바이두(百度)가 13일 베이징에서 행사를 열었다.
            선더우(沈抖) 집행부총재 겸 AI클라우드그룹(ACG) 총재는 “기업 고객 수가 두 배로 늘었다”고 설명했다.
            """
        )
        #expect(units(f).first?.code == "ACG")
        #expect(!orgs(f).contains { $0.name == "AI클라우드그룹" })
    }

    @Test func aTitleNamedToReplacesTheOneInAnApposition() {
        let p = people(
            facts(
                "SEOUL, May 2 (Wire) -- Hanbit Electronics Co. on Wednesday named Jun Young-ho, head of its chip business, as co-chief executive."
            )
        )
        #expect(p.first { $0.name == "Jun Young-ho" }?.title == "co-chief executive")
    }

    @Test func aCommonWordBeforeAnEnglishUnitNounIsNoUnit() {
        let u = units(facts("Tide.ai (潮汐智行) said its AI division, Tide Lab, now employs about 300 researchers."))
        #expect(!u.contains { $0.name == "AI" })
    }

    @Test func aKnownOrgOfThreeWordsOverTheOrgItsFirstWordNames() {
        let f = facts(
            """
            LG Energy Solution Ltd. said Wednesday it has signed a deal worth about 15 trillion won to supply batteries.
            LG Energy Solution CEO Kim Dong-myung said the deal "shows that our cells are ready."
            The Korean battery maker posted an operating profit of 492.2 billion won in the second quarter.
            """
        )
        #expect(people(f).first?.org == "LG Energy Solution")
        #expect(metrics(f).allSatisfy { $0.subject == "LG Energy Solution" })
        #expect(orgs(f).map(\.name) == ["LG Energy Solution"])
    }
}
