import DossierModel
import Testing

@testable import DossierExtraction

/// Rules of the twenty-second blind pass (`docs/extraction-blind.md`, "Twenty-second blind pass"): each
/// test gives invented sentences of its own, not those of the tuning reports.
@Suite struct TwentySecondPassRuleTests {
    @Test func aGlossedNameEndingLikeAParticleKeepsItsLastSyllableWhereverItIsWritten() {
        // `카리에는` is `카리에` and `는`, not `카리` and `에는`: the company named five times is the report's.
        let f = facts(
            """
            중국 로봇 기업 카리에(卡里耶)가 3일 상하이에서 신제품 발표회를 열었다.

            장웨이(张伟) 최고경영자(CEO)는 기조연설에서 회사 전략을 설명했다.

            카리에는 이날 한빛로보틱스와 공급 협약을 맺었다. 한빛로보틱스는 내년부터 카리에 로봇 300대를 배치한다. \
            한빛로보틱스의 변하람 전무는 “공정의 20%를 로봇으로 바꾸겠다”고 말했다. 한빛로보틱스는 지난해 매출 900억 원을 냈다.

            카리에는 2016년 설립됐다. 직원은 약 800명이다.
            """,
            published: "2025-12-05"
        )
        #expect(people(f).first { $0.name == "장웨이" }?.org == "카리에")
        #expect(people(f).first { $0.name == "변하람" }?.org == "한빛로보틱스")
    }

    @Test func aLexiconOrgEndingLikeAParticleIsReadWithTheShorterParticle() {
        // `우아한형제들이`: `들이` would leave `우아한형제`, no org; `이` leaves the lexicon's `우아한형제들`.
        let f = facts(
            """
            배달의민족 운영사 우아한형제들이 서울에서 기술 행사를 열었다.

            우아한형제들은 지난 9월 AI 부문을 신설했다. 김하린 상무는 “거래액이 늘었다”고 전했다.

            한편 우아한형제들의 지난해 매출은 3조 원이었다.
            """
        )
        #expect(orgs(f).contains { $0.name == "우아한형제들" })
        #expect(people(f).first { $0.name == "김하린" }?.org == "우아한형제들")
    }

    @Test func aLegalFormGlossedInHanIsTheAliasOfTheNameTheReportGoesOnWith() {
        let f = facts(
            """
            Lumex launches projectors in Korea

            Lumex Technology Co. (鲁美科技), the Wuhan-based projector maker, unveiled two projectors on Wednesday. \
            Vice president Zhao Lin (赵林) presented the light engine. Lumex was founded in 2014.
            """
        )
        let lumex = orgs(f).first { $0.name == "Lumex" }
        #expect(lumex?.native == "鲁美科技")
        #expect(lumex?.aliases?.contains("Lumex Technology Co") == true)
        #expect(!orgs(f).contains { $0.name == "Co" })
        // A legal form's first word written alone elsewhere is its running form (`Power Supply` notwithstanding);
        // not written alone, the whole name stays.
        let g = facts("Lumo Power Supply Co. (鲁摩电力), the Chinese battery maker, signed a deal. Lumo shares rose 3%.")
        #expect(orgs(g).contains { $0.name == "Lumo" && $0.native == "鲁摩电力" })
        let h = facts("Lumo Power Supply Co. (鲁摩电力), the Chinese battery maker, signed a deal. Its shares rose 3%.")
        #expect(orgs(h).contains { $0.name == "Lumo Power Supply Co" && $0.native == "鲁摩电力" })
    }

    @Test func theNameAGlossedCompanyIsBetterKnownAsTakesItsNative() {
        let f = facts(
            """
            Hanlu Innovations Technology Co. (瀚路创新), the Changsha-based maker of chargers better known as \
            Hanlu, said first-half profit rose 30%. Hanlu sells in 90 countries. Chief executive Wen Bo (文博) \
            said Hanlu will hire 500 engineers. Hanlu shares rose 2%.
            """
        )
        let hanlu = orgs(f).first { $0.name == "Hanlu" }
        #expect(hanlu?.native == "瀚路创新")
        #expect(hanlu?.aliases?.contains("Hanlu Innovations Technology Co") == true)
        #expect(orgs(f).count == 1)
    }

    @Test func aShortBareWordAfterACompanyNounBeforeAnotherNounIsNoCompany() {
        let f = facts(
            """
            상담 메신저 ‘톡채널’ 운영사가 28일 서울에서 행사를 열었다.

            개막일인 28일에는 한빛유통과 유통 계열사 상담 자동화 협약을 맺었다.
            """
        )
        #expect(!orgs(f).contains { $0.name == "상담" })
        // With its particle, and named again, it still is one (`소재 기업 덕산은`).
        let g = facts("소재 기업 덕산은 3일 공장을 열었다. 덕산은 내년 매출 목표를 밝혔다.")
        #expect(orgs(g).contains { $0.name == "덕산" })
    }

    @Test func aCityNamedThreeTimesIsNoCompanyButMayOpenOne() {
        let f = facts(
            """
            Lumo wins storage order at Seoul energy show

            SEOUL — Lumo Power Co. (鲁摩电力), the Chinese battery maker, signed a supply deal on Wednesday at a \
            trade show held at COEX in Samseong-dong, Seoul. Lumo Korea, the company's Seoul subsidiary, will open \
            a center in Ulsan. The company completed a funding round led by the Hefei Industry Investment Group.
            """
        )
        #expect(!orgs(f).contains { $0.name == "Seoul" })
        #expect(orgs(f).contains { $0.name == "Lumo" })
        #expect(orgs(f).contains { $0.name == "Hefei Industry Investment Group" })
    }

    @Test func aWordBeforeAUnitHeadsPostWithTheCopulaIsAnOrgNamedElsewhere() {
        let f = facts(
            """
            한빛로봇이 대성모터스와 출고 자동화 계약을 맺었다.

            대성모터스 품질본부장인 오재현 전무는 “대기 시간을 줄이겠다”고 말했다.
            """
        )
        #expect(orgs(f).contains { $0.name == "대성모터스" })
        #expect(people(f).first { $0.name == "오재현" }?.org == "대성모터스")
    }

    @Test func aOneSyllableVerbAfterItsObjectOpensNoUnitName() {
        let f = facts("한빛로봇은 올해 1월 문을 연 물류자동화사업부(LAD)를 키운다.")
        #expect(units(f).contains { $0.name == "물류자동화사업부" && $0.code == "LAD" })
    }

    @Test func aTitleClosingTheSentenceWithTheCopulaIsATitle() {
        let f = facts(
            """
            한빛로봇은 올해 1월 물류자동화사업부(LAD)를 신설했다. 사업부장은 대성모터스 출신 표다온 상무다.             표 상무는 “엔지니어 20명을 보낸다”고 설명했다.
            """
        )
        #expect(people(f).contains { $0.name == "표다온" && $0.title == "상무" })
        #expect(quotes(f).first?.speaker == "표다온")
    }

    @Test func anOrgOfTheReportAndAGlossedCountryNameItsSubsidiary() {
        let f = facts(
            """
            Lumo Power Supply Co. (鲁摩电力), the Chinese battery maker, signed a deal on Wednesday. Lumo             Korea (루모코리아), the company's Seoul subsidiary, will open a center in Ulsan. Lumo shares rose 3%.
            """
        )
        #expect(orgs(f).contains { $0.name == "Lumo Korea" && $0.native == "루모코리아" })
    }

    @Test func aCountryOpensTheNameOfAnAnalystsFirmOfThreeWords() {
        let f = facts(
            """
            "The market is small," said Zhou Yiran, a power equipment analyst at China International Capital Corp.
            """
        )
        #expect(people(f).first?.org == "China International Capital Corp")
    }

    @Test func counterExamplesOfTheReview() {
        // A first word always followed by the name's second is no running form (`Li` of `Li Auto`).
        let li = facts(
            """
            Lumi Auto Inc. (鲁米汽车), the Beijing-based EV maker, said Monday that deliveries rose 20%. \
            Lumi Auto delivered 40,000 cars in May.
            """
        )
        #expect(!orgs(li).contains { $0.name == "Lumi" })
        // A province is no running form.
        let zj = facts(
            """
            Zhejiang Lumo Holding Group Co. (浙江鲁摩), the Hangzhou-based carmaker, said Monday it will build \
            a plant in Zhejiang province. Sales in Zhejiang rose 10%.
            """
        )
        #expect(!orgs(zj).contains { $0.name == "Zhejiang" })
        #expect(orgs(zj).contains { $0.name == "Zhejiang Lumo Holding Group Co" && $0.native == "浙江鲁摩" })
        // `known as` a possessive, or in a clause of its own, names no running form.
        let tesla = facts(
            "Lumo Motors Co. (鲁摩汽车), known as China's Tesla, said Monday that deliveries rose 20%. Lumo shares rose 3%."
        )
        #expect(!orgs(tesla).contains { $0.name == "China" })
        let kimi = facts(
            """
            Lumen AI Ltd. (鲁门), whose chatbot is known as Kimo, said Monday it raised $1 billion. Kimo has \
            30 million users.
            """
        )
        #expect(!orgs(kimi).contains { $0.name == "Kimo" })
        // A country opens no event's name after `at`.
        let show = facts(#""Demand is strong," said Park Ji-won, a director at Korea Electronics Show 2025."#)
        #expect(!orgs(show).contains { $0.name.hasPrefix("Korea") })
        // A word ending like a title in `장` before the copula is no title.
        let venue = facts("무대는 서울 행사장이다. 한빛전자의 김민수 상무는 “준비됐다”고 말했다.")
        #expect(!people(venue).contains { $0.title == "행사장" })
    }

    @Test func aGlossOfWordsMakesNoName() throws {
        // `점유율은(출하량 기준)`: the parenthesis glosses no name; `점유율은` elsewhere keeps its particle.
        let run = ExtractionRun(
            box: Extractor(lexicon: .builtIn).box,
            document: ReportDocument(body: "한빛전자의 점유율은(출하량 기준) 20%다. 한빛전자 점유율은 1년 새 3%p 올랐다.")
        )
        let token = try #require(run.sentences.last?.tokens.first { $0.text == "점유율은" })
        #expect(token.base == "점유율")
    }

    @Test func ourGroupInTheWordsOfAUnitsHeadIsThatUnit() {
        let f = facts(
            """
            Lumo Power senior vice president Gao Rui (高瑞), who heads its Grid Storage Business Group (GSBG), \
            gave the keynote. "Our group shipped 30 GWh of storage last year," Gao told reporters.
            """,
            published: "2026-05-21"
        )
        #expect(metrics(f).first { $0.value == 30 }?.subject == "Grid Storage Business Group")
        // Said by someone who heads no group, `our group` is no unit's.
        let g = facts(
            """
            Lumo Power senior vice president Gao Rui (高瑞), who heads its Grid Storage Business Group (GSBG), \
            gave the keynote. Chief executive Wen Bo (文博) spoke next. "Our group shipped 30 GWh of storage \
            last year," Wen told reporters.
            """,
            published: "2026-05-21"
        )
        #expect(metrics(g).first { $0.value == 30 }?.subject != "Grid Storage Business Group")
    }

    @Test func aVerbInSAfterAndPairsWithNoPlural() {
        let f = facts("The show has about 460 exhibitors and expects about 46,000 visitors.")
        #expect(metrics(f).first { $0.value == 460 }?.unit == "exhibitors")
        let g = facts("Lumo sells in 40 countries and regions.")
        #expect(metrics(g).first { $0.value == 40 }?.unit == "countries and regions")
    }

    @Test func aModelNumberAfterATitleCaseWordCountsNothing() {
        let f = facts("The flagship Lumo Beam 2 starts at 1.9 million won. LumoOS 15 rolls out to 3 million users.")
        #expect(!metrics(f).contains { $0.value == 2 || $0.value == 15 })
        #expect(metrics(f).contains { $0.value == 3_000_000 })
        // A month's day is no model number, nor is a number after a lower-case word.
        let g = facts("The firm shipped 12 robots to 5 customers.")
        #expect(metrics(g).contains { $0.value == 12 })
    }

    @Test func counterExamplesOfTheSecondReview() throws {
        // A company's group or an institute outside is no unit its head runs.
        let group = facts(
            """
            Park Min-ho, who leads the Hyundai Motor Group, spoke first. Kim Ji-ho, who heads the Korea \
            Development Institute, spoke next.
            """
        )
        #expect(!units(group).contains { $0.name == "Hyundai Motor Group" || $0.name == "Korea Development Institute" })
        // `known as` right after the gloss, or after a comma with its qualifier.
        let known = facts(
            "Lumo Holding Group Co. (鲁摩控股), known as Lumo, said on Monday that sales rose. Lumo shares rose 3%."
        )
        #expect(
            orgs(known).contains { ($0.name == "Lumo" || $0.aliases?.contains("Lumo") == true) && $0.native == "鲁摩控股" }
        )
        let better = facts(
            """
            Shenzhen Lumen Technology Co. (鲁门科技), the Shenzhen-based chipmaker, better known as Lumen, said \
            on Monday that sales rose. Lumen shares rose 3%.
            """
        )
        #expect(orgs(better).contains { $0.name == "Lumen" && $0.native == "鲁门科技" })
        // A first word the report also writes as a group's is the parent's, not the subsidiary's running form.
        let parent = facts(
            """
            Lumo Visual Technology Co. (鲁摩视像), the TV maker, said on Monday that sales rose. Lumo Group, its \
            parent, owns 60%. Lumo shares rose 3%.
            """
        )
        #expect(!orgs(parent).contains { $0.name == "Lumo" && $0.native == "鲁摩视像" })
        // A unit's head's post before the copula is a title too.
        let run = ExtractionRun(
            box: Extractor(lexicon: .builtIn).box,
            document: ReportDocument(body: "김민수 부사장은 올해부터 DX부문장이었다.")
        )
        let post = try #require(run.sentences.first?.tokens.last)
        #expect(post.base == "DX부문장")
    }

    @Test func wordsAnAppositiveCallsATradeShowNameAnEvent() {
        let f = facts(
            """
            The deal was signed on the opening day of Battery Week Korea 2026 (BWK 2026), a trade show held \
            May 20-22, 2026 at COEX in Seoul.
            """,
            published: "2026-05-21"
        )
        let e = events(f).first { $0.name == "Battery Week Korea 2026" }
        #expect(e?.aliases == ["BWK 2026"])
        #expect(e?.end?.iso == "2026-05-22")
        // Without an appositive that says so, the words after `of` name no event.
        let g = facts(
            "The plan was part of Battery Week Korea 2026 (BWK 2026), the ministry said.",
            published: "2026-05-21"
        )
        #expect(events(g).isEmpty)
    }

    @Test func itsTitleSetOffByCommasBeforeAPersonGivesTitleAndOrg() {
        let f = facts(
            """
            Lumo Power Co. (鲁摩电力), the Chinese battery maker, signed a deal on Wednesday. Lumo Korea \
            (루모코리아), the company's Seoul subsidiary, will open a center in Ulsan. Its managing director, \
            Ahn Mi-rae, said Lumo Korea aims for sales of 300 billion won.
            """
        )
        let ahn = people(f).first { $0.name == "Ahn Mi-rae" }
        #expect(ahn?.title == "managing director")
        #expect(ahn?.org == "Lumo Korea")
    }
}
