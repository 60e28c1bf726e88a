import DossierModel
import Testing

@testable import DossierExtraction

/// Rules of the twenty-fifth blind pass (`docs/extraction-blind.md`, "Twenty-fifth blind pass"): each
/// test gives invented sentences of its own, not those of the tuning reports.
@Suite struct TwentyFifthPassRuleTests {
    @Test func aHangulGlossOfFiveSyllablesOrMoreSpellsACompanyOut() {
        let f = facts(
            """
            Orbita Chips signed a supply deal on Monday with Daesung Cellatech (대성셀라텍), and its boards go on \
            sale through Partsplaza (파츠플라자). "We build for homes," said Moon Ha-rin (문하린), an engineer at \
            Orbita Chips.
            """
        )
        #expect(orgs(f).contains { $0.name == "Daesung Cellatech" && $0.native == "대성셀라텍" })
        #expect(orgs(f).contains { $0.name == "Partsplaza" && $0.native == "파츠플라자" })
        // A person's name of three syllables stays a person.
        #expect(!orgs(f).contains { $0.name.hasPrefix("Moon") })
        #expect(people(f).contains { $0.name == "Moon Ha-rin" })
        // A known org's name, then words, spelled out and written whole each time: a company of its own.
        let g = facts(
            """
            Orbita Chips will sell through Lotte Home Outlet (롯데홈아울렛) from May. Lotte Home Outlet will \
            open 20 stores, said Orbita Chips.
            """
        )
        #expect(orgs(g).contains { $0.name == "Lotte Home Outlet" && $0.native == "롯데홈아울렛" })
        // A unit's gloss is no company.
        let u = facts("Orbita Chips set up its Smart Device Business Division (스마트기기사업부) in May.")
        #expect(!orgs(u).contains { $0.name.contains("Division") })
    }

    @Test func aMonthAndDayWithASlashAndATimeAfterAnOutletDateTheReport() {
        let f = undated(
            """
            한빛로보, 일본 업체와 제휴
            로보타임즈 · 05/14 08:10

            한빛로보가 지난 12일 도쿄에서 제휴 계약을 맺었다. 한빛로보의 하다온 대표는 “올해 로봇 300대를 팔겠다”고 말했다.

            Copyright ⓒ 2026 로보타임즈. All rights reserved.
            """
        )
        #expect(dated(f).contains { $0.date.iso == "2026-05-12" })
        // More words after the time: no date line.
        let g = undated(
            """
            한빛로보, 일본 업체와 제휴
            로보타임즈 · 05/14 08:10 기준 주가 급등

            한빛로보가 지난 12일 도쿄에서 제휴 계약을 맺었다.
            """
        )
        #expect(!dated(g).contains { $0.date.iso.hasPrefix("2026-05-12") || $0.date.iso.hasSuffix("05-12") })
    }

    @Test func anAnalystWhoseNameEndsInASyllableLikeAParticle() {
        let f = facts(
            """
            한빛로보가 새 조직을 알렸다. “해외 매출이 늘어난다”는 게 한빛증권 나하은 연구원의 진단이다. \
            서울증권 김지은 연구원은 “수주가 늘 것”이라고 말했다.
            """
        )
        #expect(people(f).contains { $0.name == "나하은" && $0.org == "한빛증권" && $0.title == "연구원" })
        #expect(quotes(f).contains { $0.speaker == "나하은" && $0.verb == "진단이다" })
        #expect(quotes(f).contains { $0.speaker == "김지은" })
        // `연구원` alone after such a name stays no title (mostly an institute elsewhere).
        #expect(!people(facts("한빛로보가 김지은 연구원은 안에 있다고 밝혔다.")).contains { $0.name == "김지은" })
    }

    @Test func aPartnerWhoseNameEndsLikeTheParticleINamesTheUnitOfItsPerson() {
        let f = facts(
            """
            한빛칩은 다온웨이와 칩 공급 계약을 맺었다. 다온웨이 환경기술본부의 노유빈 상무는 “첫 사례”라고 평가했다.
            """
        )
        #expect(orgs(f).contains { $0.name == "다온웨이" })
        #expect(people(f).first { $0.name == "노유빈" }?.org == "다온웨이")
        // A subject marked 이 before a unit is no name of its own unless written whole elsewhere.
        let g = facts("한빛솔이 환경기술본부의 노유빈 상무를 영입했다. 한빛솔은 칩을 만든다.")
        #expect(!orgs(g).contains { $0.name == "한빛솔이" })
        // A supplier's word ending in 처 is no unit (처 is no unit noun: `해외판매처`, `식품의약품안전처`).
        let h = facts("한빛칩은 칩을 판다. 한빛칩 해외판매처의 김하늘 상무는 “좋다”라고 말했다.")
        #expect(!units(h).contains { $0.name == "해외판매처" })
    }

    @Test func aPlanForThisYearToldOnADayNamedBeforeIt() {
        let f = facts(
            """
            한빛게임즈가 조직을 바꾼다. 하윤 대표는 21일 사내 공지에서 “올해 안에 AI연구소 인력을 200명까지 늘리겠다”고 적었다.
            """
        )
        #expect(dated(f).contains { $0.date.iso == "2024" })
        // The plan's verb in another quoted sentence, or past a closing quotation mark, makes no plan of this year.
        let g = facts(
            """
            한빛게임즈가 조직을 바꾼다. 하윤 대표는 “올해는 아픈 한 해였다. 내년에는 반등하겠다”고 적었다. \
            그는 “올해는 바뀌는 해가 될 것”이라며 “인력을 줄이겠다”고 말했다.
            """
        )
        #expect(!dated(g).contains { $0.date.iso == "2024" })
    }

    @Test func moreReportingVerbsCloseAQuotation() {
        for verb in ["짚었다", "내다본다", "관측했다", "평했다"] {
            let f = facts("한빛게임즈가 조직을 바꾼다. “신작이 나와야 반등한다”고 한빛증권 공다연 연구원은 \(verb).")
            #expect(quotes(f).contains { $0.speaker == "공다연" && $0.verb == verb }, "\(verb)")
        }
    }

    @Test func theFamilyNameGuanRefersBackToItsPerson() {
        let f = facts(
            """
            중국 칩 기업 룽하이커지(龙海科技)의 관밍위(关明宇) 동사장은 30일 실적을 발표했다. 질의응답에서 한빛증권 \
            공다연 연구원이 공급망 위험을 묻자, 관 동사장은 “주요 부품의 국산화율은 85%에 이르렀다”고 답했다.
            """
        )
        #expect(quotes(f).first?.speaker == "관밍위")
        let g = facts(
            """
            Longhai Tech chairman Guan Mingyu (关明宇) presented results on Monday. "Our chips now ship in 40 \
            countries," Guan said.
            """
        )
        #expect(quotes(g).first?.speaker == "Guan Mingyu")
    }

    @Test func aFirmsNameWithAnAmpersandOrACountryAfterItsSuffix() {
        let f = facts(
            """
            Orbita Chips named a new chief on Monday. "The move is late," said Kim Ye-jin, an analyst at Hanbit \
            Investment & Securities. "Margins will hold," Park Ji-ho, a chip analyst at Daon Securities Korea, wrote \
            in a note. "It is fine," said Lee Su-min, an analyst at NH Investment & Securities.
            """
        )
        #expect(orgs(f).contains { $0.name == "Hanbit Investment & Securities" })
        #expect(people(f).first { $0.name == "Kim Ye-jin" }?.org == "Hanbit Investment & Securities")
        #expect(people(f).first { $0.name == "Park Ji-ho" }?.org == "Daon Securities Korea")
        #expect(people(f).first { $0.name == "Lee Su-min" }?.org == "NH Investment & Securities")
        // A country's possessive after the suffix is no part of the name.
        let g = facts("Orbita Chips hired Daon Securities Korea's top analyst, said Daon Securities.")
        #expect(!orgs(g).contains { $0.name == "Daon Securities Korea" })
    }

    @Test func aKnownOrgsNameOpeningAnotherCompanysIsNotTheReportsOrg() {
        let f = facts(
            """
            Orbita signs storefront deal with Lotte Home Outlet at CIIE

            China Orbita Ltd. (中国奥比), the commerce software company better known as Orbita, signed an agreement \
            on Thursday with Lotte Home Outlet (롯데홈아울렛) to run the retailer's storefronts.

            Lotte Home Outlet will bring about 300 brands to the storefronts. "Shoppers know these brands," said \
            Shin Da-yeon, a Lotte Home Outlet senior vice president.

            Orbita president Cui Yuhang presented tools. The project will be run by Orbita's Overseas Division. \
            Orbita swung to a profit. Founded in Hangzhou in 2012, it has about 2,600 employees.

            "A partner like Lotte Home Outlet is rare," Luo Jiaxin, an analyst at CMB International, wrote in a note.
            """
        )
        #expect(people(f).first { $0.name == "Shin Da-yeon" }?.org == "Lotte Home Outlet")
        #expect(people(f).first { $0.name == "Shin Da-yeon" }?.title == "senior vice president")
        #expect(metrics(f).first { $0.value == 2600 }?.subject == "Orbita")
    }

    @Test func aClosingLineGivingTheDaysEditionAndPageDatesTheReport() {
        let f = undated(
            """
            한빛로보, 3개 본부 체제로 개편

            한빛로보가 지난 4일 이사회에서 개편안을 의결했다. 한빛로보의 하다온 대표는 “올해 로봇 300대를 팔겠다”고 말했다.

            (로봇타임즈 2026년 2월 6일자 산업면 게재 · 무단전재 및 재배포 금지)
            """
        )
        #expect(dated(f).contains { $0.date.iso == "2026-02-04" })
        #expect(!dated(f).contains { $0.date.iso == "2026-02-06" })
        // An edition's day and page with no posting word after them is no date line.
        let g = undated(
            """
            한빛로보, 3개 본부 체제로 개편

            한빛로보가 지난 4일 이사회에서 개편안을 의결했다.

            (로봇타임즈 2026년 2월 6일자 산업면 특집)
            """
        )
        #expect(!dated(g).contains { $0.date.iso == "2026-02-04" })
    }

    @Test func aTitleThenANameMarkedAsTheTopic() {
        let f = facts(
            """
            한빛칩이 서울에서 ‘한빛칩 서밋 2024’를 열었다. 개막 기조연설자로 나선 창업자 겸 최고경영자(CEO) 남궁윤은 \
            ‘칩 옆의 칩’이라는 제목으로 새 칩을 설명했다. 그는 “고객이 37곳이다”라고 말했다. 한빛칩은 칩을 만든다.
            """
        )
        #expect(people(f).contains { $0.name == "남궁윤" && $0.title == "창업자 겸 최고경영자(CEO)" })
        #expect(quotes(f).contains { $0.speaker == "남궁윤" })
        // Not a common noun after a title, nor the topic of another clause.
        let g = facts("한빛칩이 주총을 열었다. 이날 대표 선임안은 부결됐다. 새로 뽑힌 대표 선임안은 없었다.")
        #expect(!people(g).contains { $0.name == "선임안" })
    }

    @Test func aUnitAsTheTopicOwnsTheFiguresOfItsSentence() {
        let f = facts(
            """
            한빛칩이 새 조직을 알렸다. 지난해 신설된 로봇칩사업부(RCBU)는 지난 6월 출범했으며, 현재 제조사 27곳과 \
            협력하고 있다. 엣지칩사업군(ECG)은 지난해 매출의 38%를 차지했다. 올해 4월 신설된 상업서비스사업부(CSBU)를 \
            맡은 쉬밍 부총재는 사업부 인력이 출범 당시 30명에서 현재 120명으로 늘었다고 전했다.
            """
        )
        #expect(metrics(f).first { $0.value == 27 }?.subject == "로봇칩사업부")
        #expect(metrics(f).first { $0.value == 38 }?.subject == "엣지칩사업군")
        #expect(metrics(f).first { $0.value == 120 }?.subject == "상업서비스사업부")
        // Another topic after the comma owns its clause's figure.
        let g = facts(
            """
            삼성전자가 새 조직을 알렸다. 로봇칩사업부(RCBU)는 지난 6월 출범했으며, 삼성전자는 제조사 27곳과 협력하고 있다.
            """
        )
        #expect(metrics(g).first { $0.value == 27 }?.subject == "삼성전자")
    }

    @Test func anEnglishUnitsPeopleAtItsStart() {
        let f = facts(
            """
            Orbita Chips opened a Seoul office. Vice president Lin Hao leads the Smart Home Group (SHG), which was \
            created in June with 70 engineers. The project will be run by its Overseas Services Division \
            (OSD), set up in Hangzhou in January with 80 staff.
            """
        )
        #expect(metrics(f).first { $0.value == 70 }?.subject == "Smart Home Group")
        #expect(metrics(f).first { $0.value == 80 }?.subject == "Overseas Services Division")
        // No verb of setting up between: the unit owns no such figure.
        let g = facts(
            "Orbita Chips opened the Smart Home Group (SHG) office in Seoul, which it shares with 70 partners."
        )
        #expect(metrics(g).first { $0.value == 70 }?.subject != "Smart Home Group")
    }

    @Test func aReorganisationOnADayAlreadyNamedIsDatedAgain() {
        let f = facts(
            """
            Orbita Chips named a new chief on Monday. Kim Ha-rin will take over on June 3 from the founder. The \
            company will reorganize into two divisions that day. On the same day, vice presidents Lee Su-min and \
            Park Ji-ho will present the new chips.
            """
        )
        let june3 = dated(f).filter { $0.date.iso == "2024-06-03" }
        #expect(june3.count == 2)
        #expect(june3.contains { $0.summary?.contains("reorganize") == true })
        // A talk on that day is no second happening of the day.
        #expect(!june3.contains { $0.summary?.contains("present") == true })
        // `forming` inside another word is no verb of setting up.
        let g = facts(
            """
            Orbita Chips named a new chief on Tuesday. Shares of Orbita Chips rose 4.5% on Tuesday, outperforming \
            the index.
            """
        )
        #expect(dated(g).filter { $0.date.iso.hasSuffix("-04-30") }.count <= 1)
    }

    @Test func counterExamplesOfTheReview() {
        // A common noun after a title is no person, and leaves the name before the org its own.
        let a = facts("정의선 현대차그룹 회장 신년사는 미래차 전환을 강조했다. 정 회장은 “변화가 필요하다”고 말했다.")
        #expect(!people(a).contains { $0.name == "신년사" })
        #expect(quotes(a).first?.speaker == "정의선")
        #expect(!people(facts("한빛로보가 주총을 열었다. 최고경영자(CEO) 연임안은 부결됐다.")).contains { $0.name == "연임안" })
        // A schedule line in the report is no date line.
        let b = undated(
            """
            한빛로보, 발표회 연다
            발표회 일정 | 11.20 14:00

            한빛로보가 지난 3일 새 로봇을 공개했다.

            ⓒ 2026 로봇타임즈
            """
        )
        #expect(!dated(b).contains { $0.date.iso == "2026-11-03" })
        // A product's or a place's name glossed in Hangul is no company.
        let c = facts(
            """
            Naver unveiled its latest HyperCLOVA (하이퍼클로바) model on Monday. Phones use Qualcomm's Snapdragon \
            (스냅드래곤) chips. The event moved to Indianapolis (인디애나폴리스) this year. Orbita Chips set up Smart \
            Home Works (스마트홈사업부) in May.
            """
        )
        for name in ["HyperCLOVA", "Snapdragon", "Indianapolis", "Smart Home Works"] {
            #expect(!orgs(c).contains { $0.name.hasSuffix(name) }, "\(name)")
        }
        // A decimal point or an abbreviation's full stop does not end the plan's sentence.
        let d = facts("한빛로보가 계획을 밝혔다. 하윤 대표는 “올해 매출을 1.5배로 늘리겠다”고 말했다.")
        #expect(dated(d).contains { $0.date.iso == "2024" })
        // A country after a firm's suffix, a noun after it, is no part of its name.
        let e = facts("Daon Securities China revenue fell, said Kim Ye-jin, an analyst at Daon Securities.")
        #expect(!orgs(e).contains { $0.name == "Daon Securities China" })
        // A common noun marked as the topic before `연구원` and more words is no analyst.
        let f = facts("한빛로보가 실적을 냈다. 한빛증권 진단은 연구원 개인 의견이라고 밝혔다.")
        #expect(!people(f).contains { $0.name.hasPrefix("진단") })
    }
}
