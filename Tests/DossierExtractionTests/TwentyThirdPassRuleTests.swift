import DossierModel
import Testing

@testable import DossierExtraction

/// Rules of the twenty-third blind pass (`docs/extraction-blind.md`, "Twenty-third blind pass"): each
/// test gives invented sentences of its own, not those of the tuning reports.
@Suite struct TwentyThirdPassRuleTests {
    @Test func dateLinesWithAColonAfterThePostingWordMiddleDotsOrAWeekdayAndATime() {
        // Each line dates the report: `지난 8월` is then 2025-08, and the line itself is no dated fact.
        for line in [
            // (A weekday and a half of the day beside the time: only the word for posting after a bar makes it
            // a date line.)
            "모바일인사이트 | 입력 : 2025-11-07 11:00:00 (금요일 오전) | 수정 : 2025-11-07 14:20:11",
            "KST 2025-11-07 08:40 · 모바일인사이트 · 하다온 기자",
        ] {
            let f = undated(
                """
                한빛소프트, 새 행사 열어

                \(line)

                한빛소프트가 서울에서 개발자 행사를 열었다. 회사는 지난 8월 시리즈B 투자에서 300억 원을 유치했다.
                """
            )
            #expect(dated(f).contains { $0.date.iso == "2025-08" }, "\(line)")
            #expect(!dated(f).contains { $0.date.iso == "2025-11-07" }, "\(line)")
        }
        let e = undated(
            """
            Lumex names a new chief

            Wednesday 7 January 2026, 06:45 KST | Tech & Platforms

            Lumex said on Tuesday that its board had named Kim Ha-on as chief executive.
            """
        )
        #expect(dated(e).contains { $0.date.iso == "2026-01-06" })
        #expect(!dated(e).contains { $0.date.iso == "2026-01-07" })
        // Not a headline cut by a bar, nor a body line that closes with a reporter's word.
        let h = undated(
            """
            한빛소프트, 2026년 3월 2일 조직개편 단행 · 신사업 3개 신설 | 모바일인사이트

            한빛소프트가 3월 2일 조직을 바꿨다.
            """
        )
        #expect(!dated(h).contains { $0.date.iso == "2026-03-02" && $0.yearInferred != true })
    }

    @Test func quotationsClosedByNewKoreanReportingVerbs() {
        let f = facts(
            """
            한빛소프트 하다온 대표는 “내년까지 이용자를 두 배로 늘리겠다”며 자신감을 내비쳤다. \
            제휴사 누리교육의 변서진 본부장은 「질문을 받아 주는 조교가 생긴 셈」이라고 반겼다. \
            하 대표는 “절반이 일본어를 한다”며 웃었다.
            """
        )
        let q = quotes(f)
        #expect(q.contains { $0.speaker == "하다온" && $0.text.hasPrefix("내년까지") })
        #expect(q.contains { $0.speaker == "변서진" && $0.text.hasPrefix("질문을") })
        #expect(q.contains { $0.speaker == "하다온" && $0.text.hasPrefix("절반이") && $0.verb == "웃었다" })
        #expect(q.contains { $0.speaker == "하다온" && $0.verb == "자신감을 내비쳤다" })
        // A reaction to words asked of someone else does not make them theirs.
        let g = facts("“상장은 언제 하느냐”는 기자의 질문에 하다온 대표는 웃었다.")
        #expect(!quotes(g).contains { $0.speaker == "하다온" })
    }

    @Test func englishTitlesAfterATwoWordOrgsPossessiveAndAfterSaidIts() {
        let f = facts(
            """
            Lumex to supply software to Daon Electronics

            Lumex (鲁美), the Chinese software developer, signed a deal with Daon Electronics (다온전자) on Thursday.

            "This opens Europe to us," said Pyo Ha-rin, Daon Electronics's senior vice president for ADAS products.

            Lumex Korea (루멕스코리아), set up in Seoul in March, will open 20 offices, said its country manager, Noh Seo-yun.
            """
        )
        let pyo = people(f).first { $0.name == "Pyo Ha-rin" }
        #expect(pyo?.org == "Daon Electronics")
        #expect(pyo?.title == "senior vice president for ADAS products")
        #expect(quotes(f).contains { $0.speaker == "Pyo Ha-rin" })
        let noh = people(f).first { $0.name == "Noh Seo-yun" }
        #expect(noh?.title == "country manager")
        #expect(noh?.org == "Lumex Korea")
    }

    @Test func aKnownOrgAndAWordGlossedByANameOpeningWithTheOrgsOwnAreACompanyOfTheGroup() {
        let f = facts(
            """
            Lumex (鲁美), the Chinese robot maker, signed a deal with Hanwha Robotics (한화로보틱스) on Tuesday. \
            Hanwha Robotics vice president Gil Na-eun said the robots would ship in May.

            Segu-Lumex (赛古鲁美) also opened Segu-Lumex Korea (세구루멕스코리아) in Seoul.
            """
        )
        #expect(orgs(f).contains { $0.name == "Hanwha Robotics" && $0.native == "한화로보틱스" })
        #expect(people(f).first { $0.name == "Gil Na-eun" }?.org == "Hanwha Robotics")
        #expect(orgs(f).contains { $0.name == "Segu-Lumex Korea" })
        // A gloss that is not the group's own name makes no company of it.
        let g = facts("Lumex (鲁美), the Chinese robot maker, signed a deal with Hanwha Robotics (다온로보) on Tuesday.")
        #expect(!orgs(g).contains { $0.name == "Hanwha Robotics" })
    }

    @Test func twoDaysInARowJoinedByGwaAreASpan() {
        let f = facts(
            """
            한빛소프트가 지난 11일과 12일 서울 코엑스에서 ‘한빛 개발자 데이 2025’를 열었다. \
            개막일인 11일에는 누리교육과 협약을 맺었다. 회사는 5일과 12일 두 차례 설명회를 연다.
            """,
            published: "2025-11-14"
        )
        let e = events(f).first { $0.name == "한빛 개발자 데이 2025" }
        #expect(e?.start?.iso == "2025-11-11")
        #expect(e?.end?.iso == "2025-11-12")
        // The opening day dates the agreement too; days that do not follow one another are no span.
        #expect(dated(f).filter { $0.date.iso == "2025-11-11" }.count == 2)
        #expect(!dated(f).contains { $0.date.iso == "2025-11-05" && $0.end != nil })
    }

    @Test func quotedNamesAfterAnEventNounInASentenceMergingEventsAreEvents() {
        let f = facts(
            """
            누리랩스가 5일 서울에서 ‘누리 메이커스 2025’를 열었다. 2021년부터 열어 온 기술 발표회 ‘누리 테크톡’과 \
            교사 대상 행사 ‘누리 티처스데이’를 합친 첫 통합 행사다.
            """
        )
        #expect(events(f).contains { $0.name == "누리 테크톡" })
        #expect(events(f).first { $0.name == "누리 메이커스 2025" }?.merges == ["누리 테크톡", "누리 티처스데이"])
        // Not in a sentence that merges nothing.
        let g = facts("누리랩스가 5일 서울에서 ‘누리 메이커스 2025’를 열었다. 교사 대상 행사 ‘누리 교실’은 인기가 많다.")
        #expect(!events(g).contains { $0.name == "누리 교실" })
    }

    @Test func twoPeopleJoinedByGwaPresentTogetherAndAnArchitectIsATitle() {
        let f = facts(
            """
            누리칩이 9일 상하이에서 ‘누리 개발자 대회’를 열었다. \
            둘째 날에는 최고기술책임자(CTO)인 류하이(柳海) 부총재와 저우팡(周芳) 수석아키텍트가 신형 칩의 메모리 구조를 나눠 발표했다.
            """
        )
        #expect(people(f).first { $0.name == "저우팡" }?.title == "수석아키텍트")
        let p = presentations(f)
        #expect(p.contains { $0.person == "류하이" && ($0.topic ?? "").contains("메모리 구조") })
        #expect(p.contains { $0.person == "저우팡" && ($0.topic ?? "").contains("메모리 구조") })
    }

    @Test func aQuotationClosedByTheOwnerOfANounOfJudgement() {
        let f = facts("“수율이 80%를 넘어야 가격 경쟁력이 생긴다”는 게 한빛증권 하서윤 연구원의 진단이다.")
        #expect(quotes(f).contains { $0.speaker == "하서윤" && $0.verb == "진단이다" && $0.text.hasPrefix("수율이") })
    }

    @Test func englishSpeakersWhoCallSomethingAQuotation() {
        let f = facts(
            """
            Lumex (鲁美), the Chinese robot maker, named a new chief executive on Tuesday. \
            Chief executive Kim Ha-on called the handover "the easiest decision I have made in ten years." \
            Lumex is among China's so-called "little dragons", several of which cut prices this year.
            """
        )
        #expect(
            quotes(f).contains { $0.speaker == "Kim Ha-on" && $0.verb == "called" && $0.text.hasPrefix("the easiest") }
        )
        #expect(!quotes(f).contains { $0.text.hasPrefix("little dragons") })
        // A name given right after `called` is no quotation, and leaves the talk's topic alone.
        let g = facts(
            """
            Lumex (鲁美), the Chinese robot maker, held its developer day on Tuesday. \
            Vice president Zhao Lin (赵林) presented a new planning tool called "Route Forge" at the event.
            """
        )
        #expect(quotes(g).isEmpty)
        #expect(presentations(g).contains { $0.person == "Zhao Lin" && ($0.topic ?? "").contains("Route Forge") })
    }

    @Test func theInvestorLeadingARoundOwnsNoneOfItsFigure() {
        let f = facts(
            """
            크래프톤이 서울에서 기술 행사를 열었다. 지난 8월에는 한빛인베스트먼트가 이끈 시리즈C 투자에서 500억 원을 유치했다.
            """,
            published: "2025-11-07"
        )
        #expect(metrics(f).contains { $0.value == 50_000_000_000 && $0.subject == "크래프톤" })
        #expect(!metrics(f).contains { $0.subject == "한빛인베스트먼트" })
    }

    @Test func aKnownOrgsOwnLegalNameGlossedByItsNameIsNoSubsidiary() {
        let f = facts("Krafton Korea Co. (크래프톤), the game maker, said on Thursday that its profit rose 20% last year.")
        #expect(!orgs(f).contains { $0.name == "Krafton Korea" })
        let g = facts(
            "Krafton Korea, the game maker's local unit, said on Thursday that its profit rose 20% last year."
        )
        #expect(orgs(g).contains { $0.name == "Krafton Korea" })
    }

    @Test func theBodysTitleOverTheHeadlinesShortOne() {
        let f = facts(
            """
            Lumex names product chief Kim Ha-on as CEO

            Lumex (鲁美), the Chinese robot maker, said its board had named chief product officer Kim Ha-on as \
            chief executive on Tuesday.
            """
        )
        #expect(people(f).first { $0.name == "Kim Ha-on" }?.title == "chief product officer")
    }

    @Test func theSpeakersLaterQuotationInTheSentenceGoesOnAboutTheirUnit() {
        let f = facts(
            """
            크래프톤이 서울에서 신작 발표회를 열었다. 크래프톤 데이터분석센터의 도한결 센터장은 “우리 센터는 내년까지 \
            분석 인력을 두 배로 늘릴 계획”이라며 “예측 정확도를 95% 이상으로 높이는 것이 목표”라고 말했다.
            """
        )
        #expect(metrics(f).contains { $0.value == 95 && $0.subject == "데이터분석센터" })
    }

    @Test func counterExamplesOfTheReview() {
        // A masthead's registration day after a bar dates nothing.
        let masthead = undated(
            """
            한빛소프트, 새 행사 열어

            한빛소프트가 서울에서 개발자 행사를 열었다. 회사는 지난 8월 시리즈B 투자에서 300억 원을 유치했다.

            제호: 모바일인사이트 | 등록 : 2019.03.05 | 발행인 : 하다온 | 편집인 : 하다온 | 주소 : 서울 중구 세종대로 1
            """
        )
        #expect(!masthead.contains { if case .dated(let d) = $0 { d.date.iso == "2019-08" } else { false } })
        // A word in capitals is no time zone: `KT's AI Day: Tuesday, 7 January 2026 | Seoul` dates nothing.
        let programme = undated(
            """
            KT opens a data center

            KT's AI Day: Tuesday, 7 January 2026 | Seoul

            KT said it would open a new data center.
            """
        )
        #expect(dated(programme).contains { $0.date.iso == "2026-01-07" })
        // A line closed by a reporter's word is a byline only with a date in digits.
        #expect(!SentenceSplitter.isReporterLine(Array("수상자 · 2025 한국IT기자상 · 한빛일보 하다온 기자".unicodeScalars)))
        #expect(SentenceSplitter.isReporterLine(Array("KST 2025-11-20 08:40 · 로보틱스저널 · 하다온 기자".unicodeScalars)))
        // `통합한 앱`: a product in a sentence with a merging word is no event.
        let app = facts("누리랩스는 신제품 발표회 ‘누리 원’에서 메신저와 결제를 통합한 앱을 공개했다.")
        #expect(!events(app).contains { $0.name == "누리 원" })
        // `18일과 19일 각각`: one thing each day, no span.
        let each = facts("누리칩은 18일과 19일 각각 서울과 부산에서 ‘누리 설명회 2025’를 연다.", published: "2025-11-14")
        #expect(!dated(each).contains { $0.end != nil })
        // An acronym closing a title's field is its org.
        let kgm = facts("\"Orders doubled,\" said Park Ji-hoon, senior vice president of KGM, on Monday.")
        #expect(people(kgm).first { $0.name == "Park Ji-hoon" }?.title == "senior vice president")
        // `said its country manager` after a sentence opened by another company's name gives it no person.
        let partner = facts(
            "SK Telecom partner Lumex Korea will open 25 service points, said its country manager, Yoon Chae-rin."
        )
        // (The title is not given; the org, taken from the sentence's first words, was SK Telecom before too.)
        #expect(people(partner).first { $0.name == "Yoon Chae-rin" }?.title == nil)
        // `called` before a name, or after no speaker, quotes nothing.
        let named = facts(
            """
            Lumex (鲁美), the Chinese robot maker, held its developer day on Tuesday. \
            Vice president Zhao Lin (赵林) said Lumex would launch an assistant called "Route Forge" in May. \
            Lumex, which analysts once called the "Apple of robots," shipped 40,000 units last year.
            """
        )
        #expect(quotes(named).isEmpty)
        // A noun of judging owns only the words `는 게` binds to it.
        let judged = facts("“내년 상반기 양산 돌입”이라는 누리칩 발표에도 일정이 밀릴 수 있다는 게 한빛증권 하서윤 연구원의 판단이다.")
        #expect(!quotes(judged).contains { $0.speaker == "하서윤" })
        // `투자자 행사`: an event for investors is no round; its host owns its figures.
        let host = facts("크래프톤이 주관한 투자자 행사에서 3분기 매출 5000억 원을 발표했다.")
        #expect(metrics(host).contains { $0.value == 500_000_000_000 && $0.subject == "크래프톤" })
    }

    @Test func publishersAndOtherCompanyNounsAndBureausAsUnits() {
        let f = facts(
            """
            리디는 일본 출판사 미나토쇼보(港書房)와 웹툰 공동 제작 계약을 맺었다. 미나토쇼보 디지털사업국의 \
            하야시 겐타(林健太) 국장은 “세로 읽기 만화 비중을 높이겠다”고 화답했다.
            """
        )
        #expect(orgs(f).contains { $0.name == "미나토쇼보" })
        #expect(units(f).contains { $0.name == "디지털사업국" && $0.parent == "미나토쇼보" })
    }

    @Test func aDealSignedOnADayAlreadyNamedIsDatedAgain() {
        let f = facts(
            """
            누리로봇이 지난 18일 상하이에서 ‘누리 파트너 대회 2025’를 열었다. 행사에는 2,600여 명이 참석했다. \
            누리로봇은 18일 국내 급식업체 한빛푸드와 로봇 공급 계약을 맺었다. 18일 발표된 신제품은 3종이다.
            """,
            published: "2025-11-20"
        )
        // The event's day, and the deal's; a third mention of the day names nothing new.
        #expect(dated(f).filter { $0.date.iso == "2025-11-18" }.count == 2)
        // Not a deal's word alone (`계약직`), nor a deal signed another day.
        let g = facts(
            """
            누리로봇이 지난 18일 상하이에서 ‘누리 파트너 대회 2025’를 열었다. 18일 행사장에는 계약직 직원 300명이 투입됐다. \
            18일 기조연설에서 하다온 대표는 지난해 맺은 계약이 두 배로 늘었다고 말했다.
            """,
            published: "2025-11-20"
        )
        #expect(dated(g).filter { $0.date.iso == "2025-11-18" }.count == 1)
    }

    @Test func englishYearsOfTargets() {
        let f = facts(
            """
            Lumex aims to have 10,000 robots at work by the end of 2027. It will invest 2 billion yuan through 2030. \
            The company had about 2,000 employees at the end of 2024.
            """,
            published: "2025-09-10"
        )
        let years = dated(f).map(\.date.iso)
        #expect(years.contains("2027"))
        let capital = facts(
            "By the end of 2027, Lumex aims to run 100 stores. It had 40 stores by the end of 2024.",
            published: "2025-09-10"
        )
        #expect(dated(capital).contains { $0.date.iso == "2027" })
        #expect(!dated(capital).contains { $0.date.iso == "2024" })
        #expect(years.contains("2030"))
        #expect(!years.contains("2024"))
        // A month alone after `from` or `before` too, in the year of publication.
        let g = facts(
            "Lumex will offer its robots through Daon's rental service from November.",
            published: "2025-09-17"
        )
        #expect(dated(g).contains { $0.date.iso == "2025-11" })
    }

    @Test func chinasGrowthBoardsAreNamedAsExchangesAre() {
        let f = facts("누리칩은 지난 3월 상하이증권거래소 커촹반(科创板)에 상장 신청서를 냈다.", published: "2026-06-12")
        #expect(orgs(f).contains { $0.name == "커촹반" && $0.native == "科创板" })
        let g = facts("Lumex has been listed on Shanghai's STAR Market since 2020.")
        #expect(orgs(g).contains { $0.name == "STAR Market" })
    }

    @Test func aCountryOpeningAFirmsNameOfThreeWordsIsPartOfIt() {
        let f = facts(
            """
            Lumex raised $85 million in a Series B round led by Korea Venture Partners. \
            Analysts at China Harbor Securities said in a note that Lumex would grow.
            """
        )
        #expect(orgs(f).contains { $0.name == "Korea Venture Partners" && $0.aliases == nil })
        #expect(orgs(f).contains { $0.name == "China Harbor Securities" })
        #expect(!orgs(f).contains { $0.name == "Venture Partners" || $0.name == "Harbor Securities" })
    }

    @Test func englishVenuesFollowedByTheirDistrict() {
        let f = facts(
            """
            The figures were presented at Lumex Review 2026, a briefing held on Wednesday at the Four Seasons \
            Hotel Seoul in Gwanghwamun, Seoul. Daon will host Daon Tech Summit 2025 at COEX in Seoul on Sept. 10.
            """,
            published: "2025-11-13"
        )
        #expect(events(f).first { $0.name == "Lumex Review 2026" }?.place == "Four Seasons Hotel Seoul")
        #expect(events(f).first { $0.name == "Daon Tech Summit 2025" }?.place == "COEX")
        // Another event after `at` is no venue; nor a place named before the event's name, nor a month a district.
        let g = facts(
            """
            Kim Ha-on, who spoke at Davos in January, opened Lumex Summit 2026 on Tuesday. \
            Zhao Lin, formerly at Moonshot in Beijing, gave the keynote at Daon Tech Day 2025 on Wednesday.
            """,
            published: "2025-11-13"
        )
        #expect(events(g).contains { $0.name == "Lumex Summit 2026" })
        #expect(!events(g).contains { $0.place == "Davos" || $0.place == "Moonshot" || $0.region == "January" })
    }

    @Test func englishTeamsNamedInLowerCase() {
        let f = facts(
            """
            Lumex (鲁美), the Chinese robot maker, will create the Field Service Division (FSD) on March 1. \
            The existing field support team will move under FSD, and the Japan marketing team will be wound down. \
            The new management team will report to the board.
            """
        )
        #expect(units(f).contains { $0.name == "field support team" && $0.parent == "Field Service Division" })
        #expect(units(f).contains { $0.name == "Japan marketing team" && $0.parent == "Lumex" })
        #expect(!units(f).contains { ($0.name ?? "").contains("management") })
        // No verb, article or pronoun inside a team's name.
        let g = facts(
            "Lumex sent a team to Shenzhen. The CEO and his team flew to Beijing. The startup has a team of 40."
        )
        #expect(units(g).isEmpty)
    }

    @Test func counterExamplesOfTheSecondReview() {
        // A sector's noun before a common noun names no company.
        let f = facts("국내 증권사 컨센서스에 따르면 누리칩의 3분기 매출은 5000억 원이다. 항공사 마일리지 제휴도 늘었다.")
        #expect(!orgs(f).contains { $0.name == "컨센서스" || $0.name == "마일리지" })
        // `저개발국` is no unit.
        let g = facts("화웨이는 아프리카 저개발국의 통신망 구축을 맡았다.")
        #expect(units(g).isEmpty)
        // Another speaker's quotation after a unit head's is not the unit's.
        let h = facts(
            """
            크래프톤이 서울에서 신작 발표회를 열었다. 크래프톤 데이터분석센터의 도한결 센터장은 “우리 센터는 인력을 두 배로 \
            늘린다”고 했고, 한빛증권 하서윤 연구원은 “점유율이 30%까지 오를 것”이라고 내다봤다.
            """
        )
        #expect(!metrics(h).contains { $0.value == 30 && $0.subject == "데이터분석센터" })
        // A body title replaces the headline's once, not with every later one.
        let once = facts(
            """
            Lumex names product chief Kim Ha-on as CEO

            Lumex (鲁美) said its board had named chief product officer Kim Ha-on as chief executive. \
            "We will grow," said Kim Ha-on, a former Alibaba engineer.
            """
        )
        #expect(people(once).first { $0.name == "Kim Ha-on" }?.title == "chief product officer")
    }

    @Test func theDivisionAfterASpeakersSaidIsTheUnitNamedWithThatNoun() {
        let f = facts(
            """
            Lumex (鲁美), the Chinese robot maker, said on Wednesday it had set up two units. The Field Service \
            Division (FSD) will start with 210 employees under vice president Seong Yu-ra. An AI Vision Lab (AVL) \
            will be led by Kwon Do-hyun. Lumex's revenue rose 14% last year. Overseas customers made up 60% of it. \
            Seong said the division sells into 140 countries. Kwon said the lab plans to hire 40 researchers.
            """
        )
        #expect(metrics(f).first { $0.value == 140 }?.subject == "Field Service Division")
        // (Not `the unit costs …`: a word after the noun that makes it no unit.)
        let g = facts(
            """
            Lumex (鲁美) set up the Mobility Unit (MU) on Monday. Lumex's revenue rose 14% last year. \
            Kwon said the unit costs about 400 dollars to build.
            """
        )
        #expect(metrics(g).first { $0.value == 400 }?.subject != "Mobility Unit")
        #expect(metrics(f).first { $0.value == 40 }?.subject == "AI Vision Lab")
    }

    @Test func aPersonDescribedByAnAppositionWhoHeadsAGroupAndOurGroupInTheirWords() {
        let f = facts(
            """
            Lumex (鲁美) launched a home battery in Seoul on Tuesday. Lin Yao (林瑶), a vice president who heads \
            the Home Energy Business Group (HEBG), set up in August, presented its cooling design. \
            "Our group now has 1,600 certified installers in 14 countries," she said.
            """
        )
        #expect(metrics(f).first { $0.value == 1600 }?.subject == "Home Energy Business Group")
    }

    @Test func aFigureAVerbOfConditionFollowsIsNoFigure() {
        let f = facts(
            """
            크래프톤이 서울에서 신작을 공개했다. 한빛증권 하서윤 연구원은 “해외 매출 비중이 지금의 12%에서 30%까지 \
            올라가면 기업가치를 다시 매겨야 한다”고 짚었다. “수율이 80%를 넘어야 가격 경쟁력이 생긴다”는 게 그의 진단이다.
            """
        )
        let values = metrics(f).map(\.value)
        #expect(values.contains(12))
        #expect(!values.contains(30))
        #expect(!values.contains(80))
        // Real figures before `이르면`, `환산하면`, `감수해야 했다` stay; a condition closed by a comma is still one.
        let g = facts(
            """
            크래프톤은 평택에 3000억 원을 투자해 이르면 2026년 양산한다. 매출 30억 달러를 원화로 환산하면 약 4조 원이다. \
            회사는 1200억 원의 손실을 감수해야 했다. 하서윤 연구원은 “수율이 90%를 넘으면, 원가가 내려간다”고 말했다.
            """
        )
        let kept = metrics(g).map(\.value)
        #expect(kept.contains(300_000_000_000))
        #expect(kept.contains(3_000_000_000))
        #expect(kept.contains(120_000_000_000))
        #expect(!kept.contains(90))
    }
}
