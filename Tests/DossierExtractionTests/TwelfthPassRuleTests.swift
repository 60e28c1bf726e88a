import DossierModel
import Testing

@testable import DossierExtraction

/// Rules of the twelfth blind pass (`docs/extraction-blind.md`, "Twelfth blind pass"): each test
/// gives invented sentences of its own, not those of the tuning reports.
@Suite struct TwelfthPassRuleTests {

    @Test(arguments: [
        "[함께 읽으면 좋은 기사]\n▶ 샤오미, 새 태블릿 공개\n▶ 화웨이 매출 2조 위안 돌파",
        "많이 본 뉴스\n1. 샤오미, 새 태블릿 공개\n2. 화웨이 매출 2조 위안 돌파",
        "| 이 기사와 함께 많이 본 기사 |\n샤오미, 새 태블릿 공개\n화웨이 매출 2조 위안 돌파",
        "Most read\n- Xiaomi unveils a new tablet\n- Huawei revenue passes 2 trillion yuan",
    ])
    func theItemsUnderARelatedReportsHeadingAreNoFacts(list: String) {
        let f = facts("오로라소프트가 3일 서울에서 개발자 대회를 열었다. 오로라소프트는 지난해 매출 500억 원을 올렸다.\n\n\(list)")
        #expect(!orgs(f).contains { ["샤오미", "화웨이", "Xiaomi", "Huawei"].contains($0.name) })
        #expect(metrics(f).map(\.value) == [50_000_000_000])
    }

    @Test func aBodyLineAfterARelatedLinkIsRead() {
        let f = facts(
            """
            ▶ 관련기사: 샤오미, 새 태블릿 공개
            오로라소프트는 지난해 매출 500억 원을 올렸다고 3일 밝혔다.
            """
        )
        #expect(metrics(f).map(\.value) == [50_000_000_000])
        #expect(!orgs(f).contains { $0.name == "샤오미" })
    }

    @Test func aCaptionInMarkdownEmphasisDatesNothing() {
        let f = facts(
            """
            Aurora Soft held its developer day in Seoul on May 3.
            *Photo: Aurora Soft's chief executive speaks at the COEX hall on April 30.*
            """
        )
        #expect(!dated(f).contains { $0.date.iso.hasSuffix("04-30") })
    }

    @Test func aNameGlossedInLatinKeepsAWordThatNamesAnOrg() {
        let f = facts(
            """
            오로라소프트가 3일 서울에서 개발자 대회를 열었다.
            이어 장웨이(张伟), 아르준 메타(Arjun Mehta) 부사장이 차례로 무대에 올랐다.
            아르준 메타 부사장은 새 플랫폼을 소개했다.
            """
        )
        let p = people(f)
        #expect(p.map(\.name) == ["장웨이", "아르준 메타"])
        #expect(p.map(\.native) == ["张伟", "Arjun Mehta"])
        #expect(p.allSatisfy { $0.org != "메타" && $0.title == "부사장" })
        #expect(!orgs(f).contains { $0.name == "메타" })
    }

    @Test func aCodedGroupWrittenAsAWordOfItsOwnIsAUnit() {
        let f = facts(
            """
            알리바바가 3일 항저우에서 개발자 대회를 열었다.
            김하늘 부사장은 2021년 3월 1일 출범한 클라우드 플랫폼 그룹(CPG)의 성과를 소개했다.
            """
        )
        let u = units(f).first { $0.code == "CPG" }
        #expect(u?.name == "클라우드 플랫폼 그룹")
        #expect(u?.established?.iso == "2021-03-01")
    }

    @Test func aPlanForNextYearWithItsMonthIsDatedOnce() {
        let d = dated(facts("알리바바는 내년 개발자 대회를 2025년 10월 항저우에서 연다는 계획이다."))
        #expect(d.map(\.date.iso) == ["2025-10"])
    }

    @Test func aYearBeforeANounCountsNothing() {
        let m = metrics(
            facts(
                "On the first-quarter 2024 earnings call, Alibaba said its cloud revenue rose 7% to RMB 25.6 billion."
            )
        )
        #expect(!m.contains { $0.value == 2024 })
    }

    @Test func aQualifierBeforeTheCurrencyLettersQualifiesTheAmount() {
        let m = metrics(
            facts(
                "Alibaba ended the quarter with cash of about RMB 6.6 billion, and its user base passed 1,500 merchants."
            )
        )
        #expect(m.first { $0.value == 6_600_000_000 }?.qualifier == .approximately)
        #expect(m.first { $0.value == 1500 }?.qualifier == .greater)
    }

    @Test func anEarningsCallNamedWithItsPeriodIsAnEvent() {
        let ko = events(
            facts("알리바바는 14일 3분기 실적 발표 컨퍼런스콜을 열고 클라우드 매출이 7% 늘었다고 밝혔다.", published: "2024-05-20")
        )
        #expect(ko.map(\.name) == ["3분기 실적 발표 컨퍼런스콜"])
        #expect(ko.first?.start?.iso == "2024-05-14")
        let en = events(
            facts("On the third-quarter 2024 earnings call on Tuesday, Alibaba said cloud revenue rose 7%.")
        )
        #expect(en.map(\.name) == ["third-quarter 2024 earnings call"])
        // Without its period the call is only described.
        #expect(events(facts("알리바바는 14일 실적 발표 컨퍼런스콜에서 이같이 밝혔다.")).isEmpty)
    }

    @Test func namesListedAfterAColonShareThePluralTitleBeforeIt() {
        let f = facts(
            """
            Alibaba used the event to introduce two vice presidents who joined this month: Chen Hao (陈浩) and Maria Lopez.
            Chen Hao walked analysts through the cloud roadmap.
            """
        )
        let p = people(f)
        #expect(p.map(\.name) == ["Chen Hao", "Maria Lopez"])
        #expect(p.allSatisfy { $0.title == "vice president" })
        // The company introduced them: no talk of theirs in that sentence.
        #expect(presentations(f).map(\.person) == ["Chen Hao"])
        #expect(presentations(f).first?.topic == "the cloud roadmap")
    }

    @Test func aColonAtTheEndOfASentenceListsNothing() {
        #expect(people(facts("Alibaba named two vice presidents:")).isEmpty)
    }

    @Test func aNameGlossedInLatinInsideAListSharesTheTitle() {
        let p = people(facts("알리바바는 2일 인사를 발표했다. 김서윤, 소피아 린(Sophia Lin), 박도현 부사장이 새로 선임됐다."))
        #expect(p.map(\.name) == ["김서윤", "소피아 린", "박도현"])
        #expect(p.map(\.native) == [nil, "Sophia Lin", nil])
        #expect(p.allSatisfy { $0.title == "부사장" })
    }

    @Test func twoWordsGlossedAsANameElsewhereNameThePersonUnglossed() {
        let f = facts(
            """
            알리바바는 2일 신임 최고재무책임자(CFO)에 20년 경력의 다니엘 오(Daniel Oh)가 선임됐다고 밝혔다.
            다니엘 오 CFO는 "수익성을 먼저 챙기겠다"고 말했다.
            """
        )
        let p = people(f).first { $0.name == "다니엘 오" }
        #expect(p?.native == "Daniel Oh")
        #expect(p?.title == "CFO")
    }

    @Test func whatFollowsTheCompanysPossessiveIsNoCompany() {
        let o = orgs(facts("Alibaba named a vice president. She runs the company's Abu Dhabi office."))
        #expect(o.map(\.name) == ["Alibaba"])
    }

    @Test func aQualifierAfterAnOpeningQuotationMarkQualifies() {
        let m = metrics(facts("Alibaba said the unit runs \"more than 400 driverless vehicles on public roads.\""))
        #expect(m.first { $0.value == 400 }?.qualifier == .greater)
    }

    @Test func aWordOfANameGlossedInLatinMayEndLikeAParticle() {
        let f = facts(
            """
            알리바바가 2일 항저우에서 파트너 대회를 열었다.
            이어 량수(梁舒), 카이 뮐러(Kai Müller) 부총재가 차례로 연단에 올랐다.
            뮐러 부총재는 유럽 진출 계획을 공유했다.
            """
        )
        let p = people(f)
        #expect(p.map(\.name) == ["량수", "카이 뮐러"])
        #expect(p.map(\.native) == ["梁舒", "Kai Müller"])
        #expect(presentations(f).map(\.person) == ["카이 뮐러"])
    }

    @Test func anEventMergedIntoAnotherNamedAfterIt() {
        let e = events(
            facts(
                """
                알리바바가 3일 항저우에서 ‘2024 알리바바 파트너 대회(阿里巴巴伙伴大会, 이하 파트너 대회)’를 열었다.
                그간 따로 치르던 알리바바 개발자 데이(阿里巴巴开发者日)를 올해부터 파트너 대회에 통합했다.
                """
            )
        )
        #expect(e.first { $0.name == "2024 알리바바 파트너 대회" }?.merges == ["알리바바 개발자 데이"])
        #expect(e.first { $0.name == "알리바바 개발자 데이" }?.merges == nil)
    }

    @Test func anEventAbsorbedIsMergedAndAVerbBeforeItsNameIsNoWordOfIt() {
        let e = events(
            facts(
                """
                알리바바가 3일 항저우에서 ‘2024 알리바바 클라우드 대회(阿里云大会, 이하 클라우드 대회)’를 열었다.
                올해 클라우드 대회는 별도 행사로 치러 온 알리바바 AI 포럼(阿里AI论坛)을 흡수했다.
                """
            )
        )
        #expect(e.first { $0.name == "2024 알리바바 클라우드 대회" }?.merges == ["알리바바 AI 포럼"])
    }

    @Test func aConnectiveVerbBeforeAUnitIsNoWordOfItsName() {
        let u = units(facts("알리바바는 2일 조직을 개편했다. 연구 조직이던 ‘미래기술연구소’는 해체돼 자율주행사업부문으로 흡수됐다."))
        #expect(u.contains { $0.name == "자율주행사업부문" })
        #expect(!u.contains { $0.name?.hasPrefix("해체돼") == true })
        // A noun that only ends like a connective (`광고`) stays a word of the name.
        #expect(ExtractionRun.endsWithConnective(Array("신설하고".unicodeScalars)[...]))
        #expect(!ExtractionRun.endsWithConnective(Array("광고".unicodeScalars)[...]))
    }

    @Test func aPostingLineWithoutAYearDatesDaysByMonthAndDay() {
        let body = """
            입력 10.13 08:10 | 수정 10.13 09:25

            알리바바가 지난 10일부터 이틀간 항저우에서 ‘2024 알리바바 클라우드 대회’를 열었다.
            """
        let f = Extractor(lexicon: .builtIn).extract(ReportDocument(body: body, published: nil))
        let e = events(f).first
        #expect(e?.start?.iso == "--10-10")
        #expect(e?.end?.iso == "--10-11")
    }

    @Test func anOrgAFigureIncludesOwnsNoneOfIt() {
        let f = facts("알리바바는 2일 실적을 발표했다. 장 총재는 “중국공상은행(中国工商银行, ICBC)을 포함한 국유기업 고객이 60곳을 넘어섰다”고 말했다.")
        #expect(orgs(f).contains { $0.name == "중국공상은행" && $0.native == "中国工商银行" })
        #expect(metrics(f).first { $0.value == 60 }?.subject == "알리바바")
    }

    @Test func aHanNativeNamingAKnownOrgMakesNoPerson() {
        let f = facts(
            "Partners at the Alibaba event included China Pacific Insurance (中国太保), which moved its claims system."
        )
        #expect(people(f).isEmpty)
        #expect(orgs(f).contains { $0.native == "中国太保" })
    }

    @Test func aQuotationRunningOverParagraphsStartsInTheFirst() {
        let f = facts(
            """
            Alibaba chief executive Eddie Wu opened the Alibaba Cloud summit on Tuesday.

            “Cloud is a scale business. Whoever builds the most efficient data centers wins.

            “We intend to be that company,” Wu said.
            """
        )
        let q = quotes(f)
        #expect(q.count == 1)
        #expect(q.first?.text.hasPrefix("Cloud is a scale business") == true)
        #expect(q.first?.speaker == "Eddie Wu")
    }

    @Test func lastAndNextMonthInEnglishCountFromPublication() {
        let f = facts(
            "Tang introduced the Cloud Solutions Group (CSG), which Alibaba created last month.",
            published: "2025-01-16"
        )
        #expect(units(f).first?.established?.iso == "2024-12")
        let d = dated(facts("Alibaba will open its Paris office next month.", published: "2025-12-03"))
        #expect(d.map(\.date.iso) == ["2026-01"])
    }

    @Test func aCompanysLongFormIsAnAliasOfItsShortName() {
        let f = facts(
            """
            Shanghai-based model developer Qinghe Intelligence (青禾智能), known simply as Qinghe, held its partner day.
            Qinghe said it signed 300 customers. Qinghe plans to list next year, Qinghe said.
            """
        )
        let o = orgs(f)
        #expect(o.count == 1)
        #expect(o.first?.name == "Qinghe")
        #expect(o.first?.aliases == ["Qinghe Intelligence"])
        #expect(o.first?.native == "青禾智能")
    }

    @Test func aKnownOrgAndAWordGlossedInHanAndLatinNameItsSubsidiary() {
        let f = facts(
            """
            중국 클라우드 기업 알리바바 클라우드(阿里云·Alibaba Cloud)가 2일 실적을 발표했다.
            알리바바 클라우드는 올해 흑자를 냈다.
            """
        )
        let o = orgs(f)
        #expect(o.map(\.name) == ["알리바바 클라우드"])
        #expect(o.first?.native == "阿里云")
        #expect(o.first?.aliases == ["Alibaba Cloud"])
    }

    @Test func namesBetweenDashesShareThePluralTitleAndAFamilyNameAloneIsAMention() {
        let f = facts(
            """
            Alibaba held its cloud summit on Tuesday.
            Three senior vice presidents — Chen Yi-ting (陳怡婷), Hsu Kuan-yu (許冠宇) and Kevin Wang (王凱文) — followed him on stage.
            Hsu outlined the company's automotive strategy.
            """
        )
        let p = people(f)
        #expect(p.map(\.name) == ["Chen Yi-ting", "Hsu Kuan-yu", "Kevin Wang"])
        #expect(p.allSatisfy { $0.title == "senior vice president" })
        #expect(presentations(f).first?.person == "Hsu Kuan-yu")
        #expect(presentations(f).first?.topic == "the company's automotive strategy")
    }

    @Test func aSiteWhereSomethingHappensIsNoUnit() {
        let u = units(
            facts(
                """
                알리바바는 오는 15일부로 글로벌커머스본부(GCD)를 신설한다고 1일 밝혔다.
                알리바바는 오는 18일 항저우 R&D센터에서 신설 본부 출범식을 열 예정이다.
                """
            )
        )
        #expect(u.map(\.name) == ["글로벌커머스본부"])
    }

    @Test func unitsAnOrgIsReorganisedIntoStartOnTheSentencesDate() {
        let u = units(facts("알리바바는 2021년 1월 1일 대기업사업군(EBG)과 중소기업사업군(SBG)으로 조직을 재편했다."))
        #expect(u.map(\.established?.iso) == ["2021-01-01", "2021-01-01"])
    }

    @Test func aNameTheAppositionCallsTheCompanysArmIsAUnit() {
        let f = facts(
            """
            Alibaba opened its cloud summit in Hangzhou on Tuesday.
            DAMO Labs (达摩实验室), the company's AI research arm established in 2017, showed its new model.
            """
        )
        let u = units(f).first { $0.name == "DAMO Labs" }
        #expect(u?.parent == "Alibaba")
        #expect(u?.established?.iso == "2017")
        #expect(!orgs(f).contains { $0.name == "DAMO Labs" })
    }

    @Test func aPhotographersCreditNamesNoOne() {
        let f = facts(
            """
            Alibaba opened its cloud summit in Hangzhou on Tuesday.
            Photo: Alibaba chief executive Eddie Wu speaks at the summit. Photo: Grace Liu
            """
        )
        #expect(!people(f).contains { $0.name == "Grace Liu" })
    }

    @Test func aNounWithTheCopulaBeforeAUnitDescribesIt() {
        let u = units(facts("알리바바의 AI 연구 조직인 AI 글로벌연구원(AI全球研究院)은 2018년 설립됐다."))
        #expect(u.map(\.name) == ["AI 글로벌연구원"])
    }

    @Test func aVerbalNounAfterACompanyNounNamesNoCompany() {
        let f = facts(
            """
            알리바바가 항저우에서 대회를 열었다. 왕 부총재는 독일 법인 설립 계획을 공유했다.
            알리바바는 저장대학과 공동연구소 설립 협약도 맺었다.
            """
        )
        #expect(!orgs(f).contains { $0.name == "설립" })
        // A joint lab with another body is no unit.
        #expect(units(f).isEmpty)
    }

    @Test func anEnglishUnitTakesTheDateRightAfterItInItsOwnClause() {
        let u = units(
            facts(
                "Alibaba Games Studio (AGS), formed in March 2022, will be split, while a new AI Lab (AIL) was created on Monday.",
                published: "2025-12-10"
            )
        )
        #expect(u.first { $0.code == "AIL" }?.established?.iso == "2025-12-08")
        #expect(u.first { $0.code == "AGS" }?.established?.iso == "2022-03")
    }

    @Test func aTalkNamedAfterTheQuotationClosesIsPresented() {
        let f = facts(
            """
            Alibaba named Jiang Fan its next chief executive on Tuesday.
            "Our job is to build the next platform," Jiang said in his presentation on the company's growth strategy.
            """
        )
        #expect(presentations(f).first { $0.person == "Jiang Fan" }?.topic == "the company's growth strategy")
        #expect(quotes(f).first?.speaker == "Jiang Fan")
    }

    @Test func aTalkBeforeAQuotationJoinedByMyeonseoIsPresented() {
        let f = facts("알리바바가 대회를 열었다. 이다은 부사장은 북미 고객 확보 전략을 발표하면서 “북미 고객사 10곳과 검증을 진행하고 있다”고 밝혔다.")
        #expect(presentations(f).first { $0.person == "이다은" }?.topic == "북미 고객 확보 전략")
    }

    @Test func aQuotationClosedByAStanceVerbIsAQuote() {
        let f = facts(
            """
            알리바바가 2일 실적을 발표했다. 장하오(张浩) CFO는 "매출 증가율은 20% 이상을 유지할 수 있다"고 전망했다.
            다만 "GPU 감가상각 부담이 커지고 있다"며 신중한 입장을 보였다.
            """
        )
        #expect(quotes(f).contains { $0.text.hasPrefix("GPU 감가상각") })
    }

    @Test func anEnglishFiguresThingIsTheClausesSubjectPastItsPeriod() {
        let m = metrics(
            facts(
                "Total revenue for the three months to June rose 60.8% from a year earlier to RMB 127.2 million, Alibaba said."
            )
        )
        #expect(m.first { $0.value == 127_200_000 }?.what == "Total revenue")
        #expect(m.first { $0.value == 60.8 }?.what == "Total revenue growth")
    }

    @Test func aBrokersForecastIsOfTheCompanyItCovers() {
        let f = facts("알리바바는 2일 실적을 발표했다. 하나증권은 알리바바의 내년 영업이익을 1조 원으로 내다봤다.")
        #expect(metrics(f).first { $0.value == 1_000_000_000_000 }?.subject == "알리바바")
        let e = facts(
            "Alibaba reported results on Tuesday. Huatai Securities expects Alibaba's cloud revenue to reach 120 billion yuan."
        )
        #expect(metrics(e).first { $0.value == 120_000_000_000 }?.subject == "Alibaba")
    }

    @Test func aFamilyNameThatIsACommonWordOpensANameGlossedInHan() {
        let f = facts(
            """
            Alibaba named An Conghui (安聪慧) as chief executive on Monday.
            "Europe is a second home," An told reporters.
            """
        )
        #expect(people(f).first?.name == "An Conghui")
        #expect(quotes(f).first?.speaker == "An Conghui")
    }

    @Test func wordsAfterAKnownOrgGlossedInHanAreItsLongNameNoOrg() {
        let o = orgs(facts("Alibaba Cloud Intelligence Technology (阿里云智能科技) opened its summit on Monday."))
        #expect(!o.contains { $0.name.hasPrefix("Cloud") || $0.name.hasPrefix("Intelligence") })
    }

    @Test func anOrgSomeoneCameFromOwnsNoDatedFact() {
        let d = dated(facts("알리바바는 2일 인사를 발표했다. 최 부사장은 삼성전자 출신으로 2022년 알리바바에 합류했다."))
        #expect(d.first { $0.date.iso == "2022" }?.subject == "알리바바")
    }

    @Test func topicsJoinedByGwaAreEachPresentersInOrder() {
        let f = facts(
            "이어 류청(刘成) 최고기술책임자(CTO)와 천샤오위(陈晓宇) 부총재가 각각 '대형 모델 기반 검색'과 '동영상 수익화 전략'을 주제로 발표했다."
        )
        let p = presentations(f)
        #expect(p.first { $0.person == "류청" }?.topic == "대형 모델 기반 검색")
        #expect(p.first { $0.person == "천샤오위" }?.topic == "동영상 수익화 전략")
    }

    @Test func initialsOpenANameAndAPluralTitleOfOneWordIsShared() {
        let f = facts(
            "Co-CEOs S.Y. Hsu (許先越) and Samson Hu (胡書賓) presented the company's roadmaps at the Alibaba event."
        )
        let p = people(f)
        #expect(p.map(\.name) == ["S.Y. Hsu", "Samson Hu"])
        #expect(p.allSatisfy { $0.title == "Co-CEO" })
    }

    @Test func aKoreanUnitTakesTheDateRightAfterItOverThatDay() {
        let u = units(
            facts(
                "알리바바는 12일 실적을 발표했다. 회사는 이날 클라우드사업본부(CBG)를 내년 1월 1일 출범시킨다고 밝혔다.",
                published: "2025-11-12"
            )
        )
        #expect(u.first?.established?.iso == "2026-01-01")
    }

    @Test func aWiresDatelineIsNoDatedFact() {
        let f = facts(
            """
            SEOUL, Oct. 2, 2025 (Korea Business Wire) -- Alibaba said on Thursday it had opened a centre in Seoul.
            """,
            published: "2025-10-02"
        )
        #expect(!dated(f).contains { $0.summary?.hasPrefix("SEOUL") == true })
    }

    @Test func anUnknownOrgNamedOftenByItsGlossIsTheReportsAndNoName() {
        let f = facts(
            """
            [인터뷰] "AI 동료가 게임을 바꾼다"…배동근 넥스트플레이 CTO
            넥스트플레이(NEXTPLAY)가 지난 3월 선보인 AI 기술이 관심을 모으고 있다. 배동근 최고기술책임자(CTO)는 "AI가 함께 전략을 짠다"고 말했다.
            넥스트플레이는 지난해 매출 612억 원을 올렸다.
            배 CTO는 카이스트를 졸업했다.
            """
        )
        #expect(!people(f).contains { $0.name == "넥스트플레이" })
        #expect(orgs(f).contains { $0.name == "넥스트플레이" })
        #expect(metrics(f).first { $0.value == 61_200_000_000 }?.subject == "넥스트플레이")
    }

    @Test func yenAMillionAsAWholeNumberAndAWeekdayToCome() {
        let f = facts(
            """
            Alibaba lost 210 billion yen and had about 8.3 million subscribers, it said on Wednesday.
            The three-day conference, which ends on Friday, drew more than 25,000 attendees.
            """,
            published: "2025-03-12"
        )
        let m = metrics(f)
        #expect(m.first { $0.value == 210_000_000_000 }?.unit == "JPY")
        #expect(m.contains { $0.value == 8_300_000 })
        #expect(dated(f).contains { $0.date.iso == "2025-03-14" })
    }

    @Test func unitsFormedOrConsolidatedIntoStartOnTheEffectiveDate() {
        let u = units(
            facts(
                """
                BEIJING, June 5, 2025 /PRNewswire/ -- Alibaba today announced a restructuring, effective July 1, 2025.
                The Company will consolidate its marketing teams into a single Commercial Business Group (CBG), led by senior vice president Zhang Lina (张丽娜).
                """,
                published: "2025-06-05"
            )
        )
        #expect(u.first { $0.code == "CBG" }?.established?.iso == "2025-07-01")
    }

    @Test func aPublisherIsATitleAndAsOfEndsAnEnglishThing() {
        let f = facts(
            """
            알리바바가 2일 포럼을 열었다. 행사를 주최한 이진우 발행인은 "내년에는 부산에서도 열겠다"고 말했다.
            Monthly active users reached 591 million as of March 31, Alibaba said.
            """
        )
        #expect(people(f).first { $0.name == "이진우" }?.title == "발행인")
        #expect(metrics(f).first { $0.value == 591_000_000 }?.what != "as")
    }

    @Test func aBirthYearDatesNothing() {
        let f = facts(
            """
            알리바바가 신임 대표에 박성하 부사장을 내정했다고 4일 밝혔다. 박 내정자는 1974년생으로 전략기획실장을 지냈다.
            알리바바는 이번 인사와 함께 PM센터를 신설했다.
            """
        )
        #expect(!dated(f).contains { $0.date.iso == "1974" })
        #expect(units(f).first { $0.name == "PM센터" }?.established?.iso != "1974")
    }

    @Test func theWordBeforeAPostSomeoneIsNamedToHoldsNothing() {
        let f = facts(
            """
            차량공유 '알리' 신임 CEO에 천루이…"동남아 1위 굳힌다"
            알리바바가 천루이(陈锐) 최고운영책임자(COO)를 신임 CEO로 선임했다고 15일 밝혔다.
            """
        )
        #expect(!people(f).contains { $0.name == "차량공유" })
        #expect(people(f).contains { $0.name == "천루이" })
    }

    @Test func aSharePricesMoveIsNamedSoAndOnYearIsNoThing() {
        let m = metrics(
            facts(
                """
                Alibaba's revenue rose 21 percent on-year to 908.3 billion yuan.
                Its shares rose 4.2 percent in Hong Kong on Friday.
                """
            )
        )
        #expect(m.first { $0.value == 21 }?.what != "on-year")
        #expect(m.first { $0.value == 908_300_000_000 }?.what == "revenue")
        #expect(m.first { $0.value == 4.2 }?.what == "share price rise")
    }

    @Test func aHeadGluedToACodeInCapitalsNamesAUnit() {
        let u = units(facts("알리바바는 27일 AI 기술 개발을 전담하는 AI랩을 CTO 산하에 신설했다."))
        #expect(u.map(\.name) == ["AI랩"])
        #expect(ExtractionRun.isUnitHead(Array("HR팀".unicodeScalars)[...], nouns: Lexicon.builtIn.unitNounWords))
        #expect(!ExtractionRun.isUnitHead(Array("오버랩".unicodeScalars)[...], nouns: Lexicon.builtIn.unitNounWords))
    }

    @Test func aKnownOrgAndABusinessWordGlossedInHanNameItsSubsidiary() {
        let f = facts(
            """
            Alibaba Logistics names new CEO as parent reshuffles delivery arm
            Alibaba Logistics (阿里物流) on Monday named Hu Wei (胡伟) as chief executive officer.
            Alibaba Logistics reported third-quarter revenue of 50.9 billion yuan.
            """
        )
        let o = orgs(f).first { $0.name == "Alibaba Logistics" }
        #expect(o?.native == "阿里物流")
        #expect(!orgs(f).contains { $0.name == "Logistics" })
    }

    @Test func aHallOfANamedVenueKeepsTheVenuesNameAndAComparisonYearDatesNoFigure() {
        let f = facts(
            """
            알리바바가 지난 20일 서울 삼성동 코엑스 그랜드볼룸에서 '알리 클라우드 데이 2024'를 열었다.
            알리바바의 매출은 전년 동기 대비 12.3% 늘었다.
            """
        )
        #expect(events(f).first?.place == "코엑스 그랜드볼룸")
        #expect(metrics(f).first { $0.value == 12.3 }?.date == nil)
    }

    @Test func aHeadlinesRoundedFigureIsTheBodysAndASameMonthComparisonDatesNothing() {
        let m = metrics(
            facts(
                """
                알리바바, 10월 판매량 4만 2천대 '사상 최대'
                알리바바가 지난달 차량 4만 2,013대를 판매했다고 1일 밝혔다. 전년 같은 달보다 76% 늘어난 수치다.
                """,
                published: "2025-11-02"
            )
        )
        #expect(!m.contains { $0.value == 42_000 })
        #expect(m.contains { $0.value == 42_013 })
        #expect(m.first { $0.value == 76 }?.date == nil)
    }

    @Test func anUnknownOrgNamedByAnothersCodeAliasIsThatOrg() {
        let o = orgs(
            facts(
                """
                TOKYO, Nov. 12, 2025 -- Qinghe Semiconductor Solutions Corp. (QSS) on Wednesday unveiled a sensor.
                QSS said sales rose. QSS expects more orders, and QSS will hire 300 engineers.
                """
            )
        )
        #expect(o.filter { $0.name == "QSS" }.isEmpty)
        #expect(o.contains { $0.aliases?.contains("QSS") == true })
    }

    @Test func anEventNamedWithoutItsYearLaterGivesItsLastDay() {
        let f = facts(
            """
            국내 최대 게임전시회 '알리 게임쇼 2024(AGS 2024)'가 13일 부산 벡스코에서 개막했다.
            메인 스폰서를 맡은 알리바바는 신작 4종을 공개했다.
            조직위원회는 관람객이 지난해(21만 5천 명)보다 5% 많은 22만 명을 넘을 것으로 내다봤다.
            알리 게임쇼는 16일까지 이어진다.
            """,
            published: "2024-11-13"
        )
        #expect(events(f).first?.end?.iso == "2024-11-16")
        #expect(metrics(f).first { $0.value == 220_000 }?.date == nil)
    }

    @Test func unitsKeptAsTheyWereAreNotMadeAndAUnitNounWithTheCopulaDescribes() {
        let u = units(
            facts(
                """
                알리바바는 22일 기존 모바일생태그룹(MEG)과 AI클라우드그룹(ACG)을 유지하되, 자율주행 사업부를 독립 사업군인 지능형주행사업군(IDG)으로 격상했다.
                회사는 또 기존 연구소를 '로봇AI연구소(RAL)'로 확대 개편했다.
                """,
                published: "2025-11-23"
            )
        )
        #expect(u.first { $0.code == "MEG" }?.established == nil)
        #expect(u.first { $0.code == "ACG" }?.established == nil)
        #expect(u.first { $0.code == "IDG" }?.name == "지능형주행사업군")
        #expect(u.first { $0.code == "IDG" }?.established?.iso == "2025-11-22")
        #expect(u.first { $0.code == "RAL" }?.established != nil)
    }

    @Test func aHeadlinesCountOfTheSameThingIsTheBodysAndASeniorExecutiveVicePresident() {
        let f = facts(
            """
            Alibaba Cloud cuts prices, signs 5,000 enterprise users
            Tang Wei (唐伟), senior executive vice president of Alibaba, said more than 5,000 enterprises had adopted its models.
            """
        )
        #expect(metrics(f).filter { $0.value == 5000 }.count == 1)
        #expect(people(f).first?.title == "senior executive vice president")
    }

    @Test func aCompanyGlossedInLatinWordsAndACountrysEntityOfAKnownOrg() {
        let f = facts(
            """
            알리바바가 인도 모바일 게임 개발사 노틸러스 모바일(Nautilus Mobile)을 인수한다.
            손현일 알리바바 인도법인 대표는 "개발 역량까지 갖추게 됐다"고 말했다.
            업체 다온시스템즈(Daon Systems)도 참여했다.
            """
        )
        #expect(orgs(f).contains { $0.name == "노틸러스 모바일" && $0.aliases == ["Nautilus Mobile"] })
        #expect(!orgs(f).contains { $0.name.hasPrefix("업체") })
        #expect(people(f).first { $0.name == "손현일" }?.title == "대표")
    }

    @Test func aValuationAndAProfitThatMoreThanDoubledAndBanksAsOrgs() {
        let f = facts(
            """
            Alibaba said operating profit more than doubled to 102.8 billion won last year.
            Alibaba, valued at 3.5 trillion won in its last funding round, has hired Morgan Stanley to manage the listing.
            """
        )
        let m = metrics(f)
        #expect(m.first { $0.value == 102_800_000_000 }?.what == "operating profit")
        #expect(m.first { $0.value == 3_500_000_000_000 }?.what == "valuation")
        #expect(orgs(f).contains { $0.name == "Morgan Stanley" })
    }
}
