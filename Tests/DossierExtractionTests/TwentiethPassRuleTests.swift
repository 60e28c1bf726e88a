import DossierModel
import Testing

@testable import DossierExtraction

/// Rules of the twentieth blind pass (`docs/extraction-blind.md`, "Twentieth blind pass"): each
/// test gives invented sentences of its own, not those of the tuning reports.
@Suite struct TwentiethPassRuleTests {
    @Test func aNativeGlossWithAnEnglishNameIntroducesTheReportsCompany() {
        let f = facts(
            """
            황허로봇 상반기 매출 20% 증가
            ◆ 실적 설명회서 신제품 계획 공개

            중국 로봇 기업 황허로봇(黄河机器人, 영문명 Yellowbot)이 28일 선전에서 실적 설명회를 열었다. 순이익은 \
            3,000만 위안이었다. 회사는 전날 네이버에 실적을 설명했다. 황허로봇 주가는 5% 올랐다. 2015년 설립된 \
            황허로봇은 2023년 상장했다.
            """,
            published: "2025-08-29"
        )
        let org = orgs(f).first { $0.name == "황허로봇" }
        #expect(org?.native == "黄河机器人")
        #expect(org?.aliases == ["Yellowbot"])
        #expect(metrics(f).first { $0.value == 30_000_000 }?.subject == "황허로봇")
        let named = ExtractionRun.nativeAndLatinName("黄河机器人, 영문명 Yellowbot")
        #expect(named.native == "黄河机器人" && named.latin == "Yellowbot")
        let words = ExtractionRun.nativeAndLatinName("黄河机器人, 영문 Yellow Bot")
        #expect(words.native == "黄河机器人" && words.latin == "Yellow Bot")
        // Any other gloss stays whole.
        let place = ExtractionRun.nativeAndLatinName("黄河机器人, 상하이")
        #expect(place.native == "黄河机器人, 상하이" && place.latin == nil)
    }

    @Test func aCompanyNounBeforeAGlossedNameMakesItACompanyNotAUnit() {
        let f = facts(
            """
            한결랩, 3개 부문 체제로

            대화형 AI 스타트업 한결랩(Hangyeol Lab)의 도민재 대표는 15일 개편을 설명했다. 한결랩은 다음 달 \
            1일부로 소셜AI부문(SAD)을 신설한다. 2019년 설립된 한결랩은 지난해 투자를 유치했다.
            """,
            published: "2025-12-16"
        )
        #expect(orgs(f).contains { $0.name == "한결랩" && $0.aliases == ["Hangyeol Lab"] })
        #expect(!units(f).contains { $0.name == "한결랩" })
        #expect(units(f).first { $0.code == "SAD" }?.parent == "한결랩")
        #expect(people(f).first { $0.name == "도민재" }?.org == "한결랩")
    }

    @Test func anEnglishAppositiveNamingAMakerMakesAGlossedNameACompany() {
        let f = facts(
            """
            Quanta Lab (量塔实验室), the Hangzhou-based maker of desktop lathes, signed a deal with Hanbit Tools on \
            Monday. Quanta Lab president Wei Lan said the deal covers 5,000 lathes.
            """,
            published: "2026-06-11"
        )
        #expect(orgs(f).contains { $0.name == "Quanta Lab" && $0.native == "量塔实验室" })
        #expect(!units(f).contains { $0.name == "Quanta Lab" })
        #expect(people(f).first { $0.name == "Wei Lan" }?.org == "Quanta Lab")
        // Not a possessive's noun: `the company's` describes no company.
        let model = facts(
            "Tencent showed Lumen (루멘), the company's large model, at the summit in Shenzhen on Monday.",
            published: "2026-06-11"
        )
        #expect(!orgs(model).contains { $0.name == "Lumen" })
        // Nor a title before a preposition: `the chairman of the automaker` describes a person.
        let chairman = facts(
            "Wang Lifeng (王立峰), the chairman of the automaker, opened the show in Shenzhen on Monday.",
            published: "2026-06-11"
        )
        #expect(!orgs(chairman).contains { $0.name == "Wang Lifeng" })
    }

    @Test func glossesOfSeveralWordsNameNoCompanyAfterAnotherWordOfTheName() {
        // `제임스 윤(James Yoon)`: a person's last word; `하모니OS 넥스트(HarmonyOS Next)`: a product's.
        let f = facts(
            """
            네이버는 AI사업부를 신설했다. 초대 사업부장에는 구글 출신 제임스 윤(James Yoon)이 선임됐다. 윤 사업부장은 \
            하모니OS 넥스트(HarmonyOS Next)를 언급했다. 윤 사업부장은 넥스트 앱을 소개했다. 넥스트는 인기다. 윤은 웃었다.
            """,
            published: "2026-02-11"
        )
        #expect(!orgs(f).contains { $0.name == "윤" || $0.name == "넥스트" })
        // A brand before a glossed name is no company (`중저가 브랜드 러다오(乐道)`).
        let brand = facts("니오는 중저가 브랜드 러다오(乐道)를 출시했다. 러다오 판매는 늘었다.", published: "2026-02-11")
        #expect(!orgs(brand).contains { $0.name == "러다오" })
    }

    @Test func unitsNamedTogetherInTheNextSentenceTakeItsStartDate() {
        let f = facts(
            """
            2015년 회사를 세운 도민재 대표는 의장을 맡는다. 이사회는 물류 사업을 떼어 내 로봇물류사업부(RLD)를 신설하고 \
            의료팀을 키워 헬스사업부(HSD)를 만드는 안도 통과시켰다. 두 사업부는 다음 달 2일 출범한다.
            """,
            published: "2026-01-14"
        )
        #expect(units(f).first { $0.code == "RLD" }?.name == "로봇물류사업부")
        #expect(units(f).first { $0.code == "RLD" }?.established?.iso == "2026-02-02")
        #expect(units(f).first { $0.code == "HSD" }?.established?.iso == "2026-02-02")
        #expect(units(f).first { $0.code == "HSD" }?.name == "헬스사업부")
        // A noun ending like such a verb stays in the name (`소프트웨어 사업부`).
        let g = facts("네이버는 인력을 소프트웨어 사업부(SWD)로 옮겼다.", published: "2026-01-14")
        #expect(units(g).first { $0.code == "SWD" }?.name == "소프트웨어 사업부")
    }

    @Test func aPersonNamedToAHeadsPostIsInTheUnitAndSpeaksForIt() {
        let f = facts(
            """
            한빛로보틱스는 로봇물류사업부(RLD)와 헬스사업부(HSD)를 신설했다. 로봇물류사업부장에는 쿠팡 출신 탁은비 \
            상무가, 헬스사업부장에는 봉수혁 이사가 각각 선임됐다. 신임 CTO에는 리처드 오(Richard Oh) 상무가 올라 \
            연구소장을 겸한다. 탁 상무는 “우리 사업부는 25명으로 출발한다”고 말했다.
            """,
            published: "2026-01-14"
        )
        #expect(people(f).first { $0.name == "탁은비" }?.unit == "RLD")
        #expect(people(f).first { $0.name == "봉수혁" }?.unit == "HSD")
        #expect(!people(f).contains { $0.name == "올라" })
        #expect(metrics(f).first { $0.value == 25 }?.subject == "로봇물류사업부")
    }

    @Test func aPersonFromAnotherOrgTakesTheMainOrgSettledAfterThePeople() {
        // The lexicon knows `쿠팡` and `코스닥` (each named once); the report's own org is found by its
        // gloss after the people, so `쿠팡 출신` leaves the org to be settled.
        let f = facts(
            """
            협동로봇 기업 한빛로보틱스(Hanbit Robotics)가 쿠팡 출신 정기환 상무를 신임 대표로 선임했다. \
            한빛로보틱스는 지난해 매출 312억 원을 기록했다. 코스닥 상장사인 한빛로보틱스의 주가는 11% 올랐다.
            """,
            published: "2026-01-14"
        )
        #expect(people(f).first { $0.name == "정기환" }?.org == "한빛로보틱스")
    }

    @Test func anEnglishNameGlossedInHangulAndCalledASubsidiaryOwnsItsClause() {
        let f = facts(
            """
            Hanbit Mobility swung to a profit in the third quarter. Ride2Go (라이드투고), Hanbit Mobility's scooter \
            subsidiary, now runs about 12,000 shared scooters.
            """,
            published: "2025-11-07"
        )
        #expect(orgs(f).contains { $0.name == "Ride2Go" && $0.native == "라이드투고" })
        #expect(metrics(f).first { $0.value == 12_000 }?.subject == "Ride2Go")
    }

    @Test func anEnglishUnitOpeningTheSentenceOwnsItsFiguresAndItsPeoplesWords() {
        let f = facts(
            """
            Hanbit Mobility set up a Fleet Data Division (FDD) last year. The Fleet Data Division (FDD), set up in \
            January with 45 engineers, has been central to that. Its head, vice president Seo Ha-yoon, presented \
            the model. "Our division's pricing model lifted utilization to 41%," she said.
            """,
            published: "2025-11-07"
        )
        #expect(metrics(f).first { $0.value == 45 }?.subject == "Fleet Data Division")
        #expect(metrics(f).first { $0.value == 41 }?.subject == "Fleet Data Division")
    }

    @Test func anAnalystGlossedInHanAfterAnyOrgHoldsTheTitleResearcher() {
        let f = facts(
            """
            황허로봇은 실적을 발표했다. 중진공사(中金公司)의 왕쓰위안(王思远) 연구원은 “흑자 전환도 가능하다”고 평가했다.
            """,
            published: "2025-08-29"
        )
        let p = people(f).first { $0.name == "왕쓰위안" }
        #expect(p?.title == "연구원" && p?.org == "중진공사")
        #expect(quotes(f).first?.speaker == "왕쓰위안")
        // Without an org before the name, `연구원` stays an institute's word.
        let alone = facts("왕쓰위안(王思远) 연구원은 “흑자 전환도 가능하다”고 평가했다.", published: "2025-08-29")
        #expect(!people(alone).contains { $0.title == "연구원" })
    }

    @Test func aPostingLineOpenedBySourceAndPlaceInBracketsDatesTheReport() {
        let f = undated(
            """
            후이촨, 해외 비중 높인다
            [차이나비즈=선전] 기사입력 2025-11-21 오후 5:45

            후이촨기술(汇川技术)이 지난 18일 개막해 20일 폐막한 ‘후이촨 대회 2025’에서 전략을 내놨다.
            """
        )
        #expect(dated(f).allSatisfy { !($0.summary ?? "").contains("기사입력") })
        #expect(events(f).first?.start?.iso == "2025-11-18")
        #expect(events(f).first?.end?.iso == "2025-11-20")
        let line = Array("[차이나비즈=선전] 기사입력 2025-11-21 오후 5:45".unicodeScalars)
        #expect(ExtractionRun.bracketedSourceEnd(line) == 11)
        #expect(ExtractionRun.opensWithPostedDate(line))
        #expect(ExtractionRun.bracketedSourceEnd(Array("[단독] 후이촨, 해외 비중 높인다".unicodeScalars)) == 5)
    }

    @Test func counterExamplesOfTheReview() {
        // A predecessor named before the appointee is not put in the unit.
        let post = facts(
            """
            삼성전자는 모바일사업부(MXD)를 개편했다. 모바일사업부장에는 노태문 사장의 후임으로 최원준 부사장이 \
            선임됐다.
            """,
            published: "2025-11-27"
        )
        #expect(people(post).first { $0.name == "노태문" }?.unit == nil)
        #expect(people(post).first { $0.name == "최원준" }?.unit == "MXD")
        // An org's possessive in a person's appositive keeps its figures.
        let cfo = facts(
            "Kim Min-jun (김민준), SK Hynix's chief financial officer, said quarterly sales rose 12%.",
            published: "2025-11-27"
        )
        #expect(metrics(cfo).first { $0.value == 12 }?.subject == "SK Hynix")
        // A person's word before the company noun: no company.
        let former = facts(
            "Zhang Wei (张伟), a former executive at the chipmaker, opened the show in Shenzhen on Monday.",
            published: "2025-11-27"
        )
        #expect(!orgs(former).contains { $0.name == "Zhang Wei" })
        // The longer marker first.
        let marked = ExtractionRun.nativeAndLatinName("出门问问, 영문 사명 Mobvoi")
        #expect(marked.native == "出门问问" && marked.latin == "Mobvoi")
        // `연구원` of an org in another clause is no analyst's title.
        let apple = facts(
            "애플 아이폰 17 출하량은 궈밍치(郭明錤) 연구원의 추정치보다 많았다.",
            published: "2025-11-27"
        )
        #expect(!people(apple).contains { $0.org == "애플" })
        // A verb form before a unit opens no name.
        let grown = facts("네이버는 조직을 늘려 AI사업부(AID)를 신설했다.", published: "2025-11-27")
        #expect(units(grown).first { $0.code == "AID" }?.name == "AI사업부")
    }

    @Test func aChineseBoardsVoteYieldsToTheReorganisationsEffectiveDate() {
        let f = facts(
            """
            미호요(米哈游)는 지난 6일 동사회에서 개발 조직을 다음 달 1일부로 오픈월드그룹(OWG)과 라이브그룹(LSG)의 \
            2개 그룹으로 재편하는 안을 의결했다.
            """,
            published: "2026-02-10"
        )
        #expect(units(f).first { $0.code == "OWG" }?.established?.iso == "2026-03-01")
        #expect(units(f).first { $0.code == "LSG" }?.established?.iso == "2026-03-01")
        #expect(!orgs(f).contains { $0.name == "동사회" })
    }
}
