import DossierModel
import Testing

@testable import DossierExtraction

/// Rules of the twenty-fourth blind pass (`docs/extraction-blind.md`, "Twenty-fourth blind pass"): each
/// test gives invented sentences of its own, not those of the tuning reports.
@Suite struct TwentyFourthPassRuleTests {
    @Test func aHangulAliasThatIsNoPartOfTheNameIsTheNameTheReportGoesBy() {
        let f = facts(
            """
            중국 로봇 기업 싱하이즈넝(星海智能·Starbot, 이하 스타봇)이 선전에서 협력사 대회를 열었다. \
            스타봇의 왕리 총재는 “내년에 로봇 5천 대를 내놓겠다”고 말했다.
            """
        )
        let org = orgs(f).first { $0.native == "星海智能" }
        #expect(org?.name == "스타봇")
        #expect(org?.aliases?.contains("싱하이즈넝") == true)
        #expect(people(f).first { $0.name == "왕리" }?.org == "스타봇")
        // A short form of the name, or a Latin code, leaves the name as introduced.
        let s = facts("중국 칩 기업 룽하이커지(龙海科技, 이하 룽하이)가 새 칩을 내놓았다. 룽하이의 천밍 총재가 발표했다.")
        #expect(orgs(s).first { $0.native == "龙海科技" }?.name == "룽하이커지")
        let c = facts("중국 은행 중궈신퉁(中国信通, 이하 CXT)이 새 서비스를 내놓았다. CXT의 천밍 총재가 발표했다.")
        #expect(orgs(c).first { $0.native == "中国信通" }?.name == "중궈신퉁")
    }

    @Test func aKanaNativeSpellingAndTwoParticlesAfterAGloss() {
        let f = facts(
            """
            한빛펀딩이 일본 결제 업체 페이루(ペイルー)와 제휴를 맺었다. 페이루 영업부의 사토 겐 부장이 참석했다. \
            지난해에는 대만 업체 신썬(信森·Xinsen)과도 협약을 맺었다.
            """
        )
        #expect(orgs(f).contains { $0.name == "페이루" && $0.native == "ペイルー" })
        #expect(orgs(f).contains { $0.name == "신썬" })
        #expect(!orgs(f).contains { $0.name == "신썬과" })
        // One particle after a gloss stays as before.
        let g = facts("대만 업체 신썬(信森·Xinsen)과 협약을 맺었다. 신썬의 린하오 총재가 서명했다.")
        #expect(orgs(g).contains { $0.name == "신썬" })
    }

    @Test func aPostingWordAfterAnOutletAndAMiddleDotDatesTheReport() {
        let f = undated(
            """
            한빛펀딩, 일본 업체와 제휴

            펀딩이코노미 · 입력 03.26 06:40

            한빛펀딩이 24일 도쿄에서 제휴 계약을 맺었다. 한빛펀딩의 하다온 대표는 “올해 300개 프로젝트를 열겠다”고 말했다.

            ⓒ 2026 펀딩이코노미 · 무단전재 및 재배포 금지
            """
        )
        #expect(dated(f).contains { $0.date.iso == "2026-03-24" })
        // The line itself is no lead: the company of the first sentence is the report's.
        #expect(people(f).first { $0.name == "하다온" }?.org == "한빛펀딩")
        // Not a body sentence that names the word for posting.
        let g = undated("한빛펀딩은 이번 제휴로 프로젝트 등록 03.26 이후 수수료를 낮춘다고 밝혔다.")
        #expect(!dated(g).contains { $0.date.iso.hasSuffix("03-26") && $0.date.iso.count == 10 })
    }

    @Test func unitsOfANewStructureAndOneNewlyPlacedTakeTheEffectiveDay() {
        let f = facts(
            """
            한빛게임즈가 다음 달 3일부로 모바일사업군(MBG)과 PC사업군(PCG)의 2개 사업군 체제로 조직을 바꾼다. \
            대표 직속으로는 기술연구센터(TRC)를 새로 둔다.
            """
        )
        for code in ["MBG", "PCG", "TRC"] {
            #expect(units(f).first { $0.code == code }?.established?.iso == "2024-06-03", "\(code)")
        }
    }

    @Test func aClosingLineWithADayATimeAndTheWordForPostingDatesTheReport() {
        for footer in [
            "[칩리포트 2026년 04월 30일 17:20 등록 · 무단전재 및 재배포 금지]",
            "(2026-04-30 07:00 입력 · 무단전재 및 재배포 금지)",
        ] {
            let f = undated(
                """
                한빛반도체, 1분기 매출 늘어

                한빛반도체가 29일 서울에서 실적 설명회를 열었다. 회사는 지난해 7월 AI사업부(AIB)를 신설했다.

                \(footer)
                """
            )
            #expect(dated(f).contains { $0.date.iso == "2026-04-29" }, "\(footer)")
            #expect(!dated(f).contains { $0.date.iso == "2026-04-30" }, "\(footer)")
        }
        // Not a body line where a registration follows a day, nor a word that goes on (`등록된`).
        // (Had the line dated the report, `지난해 7월` would be 2025-07.)
        for line in ["2026년 4월 30일 등록된 특허는 모두 12건이다", "2026년 4월 30일 등록 절차를 마친 특허는 모두 12건이다."] {
            let g = undated("한빛반도체, 특허 늘어\n\n\(line)\n\n회사는 지난해 7월 AI사업부(AIB)를 신설했다.")
            #expect(!dated(g).contains { $0.date.iso == "2025-07" }, "\(line)")
        }
    }

    @Test func aDateLineCutByMiddleDotsWithSpaces() {
        for line in [
            "Wednesday, January 28, 2026 · 6:30 AM KST · Fintech",
            "*Chip Asia Briefing · Wednesday, January 28, 2026 · by Ann Lee*",
        ] {
            let f = undated(
                """
                Lumex names a new chief

                \(line)

                Lumex said on Tuesday that its board had named Kim Ha-on as chief executive from March 1.
                """
            )
            #expect(dated(f).contains { $0.date.iso == "2026-01-27" }, "\(line)")
            #expect(!dated(f).contains { $0.date.iso == "2026-01-28" }, "\(line)")
        }
        // A dot with no spaces is no separator: `반도체·서버` in a body sentence.
        let k = undated("한빛반도체는 2026년 1월 28일 반도체·서버 사업을 합친 새 조직을 만들어 지난 2년간 키운 인력을 옮긴다고 밝혔다.")
        #expect(dated(k).contains { $0.date.iso == "2026-01-28" })
    }

    @Test func englishWordsGlossedByAHangulCompanyName() {
        let f = facts(
            """
            Lumex received 30 billion won from Daebo Life Insurance (대보생명) in 2024, and named Yoon Ga-ram (윤가람) \
            as chief executive. It also signed a deal with Hyosung Heavy Industries (효성중공업).
            """
        )
        #expect(orgs(f).contains { $0.name == "Daebo Life Insurance" && $0.native == "대보생명" })
        // A person glossed in Hangul is no company; nor a known org's company a new org.
        #expect(!orgs(f).contains { $0.name.hasPrefix("Yoon") })
        #expect(!orgs(f).contains { $0.name == "Hyosung Heavy Industries" })
    }

    @Test func englishPlansForThisYearAreDated() {
        for sentence in [
            "Lumex Korea will run 12 service centers by the end of the year, said its managing director, Han Ye-seo.",
            "Cha said the health division aims to sign up 300 clients this year.",
        ] {
            let f = facts(sentence, published: "2026-03-06")
            #expect(dated(f).contains { $0.date.iso == "2026" }, "\(sentence)")
        }
        // This year's figures, with no plan, are no happening.
        let g = facts("Revenue this year rose 20% to 3 billion won, the company said.", published: "2026-03-06")
        #expect(!dated(g).contains { $0.date.iso == "2026" })
    }

    @Test func staffAddressedOnADayAlreadyNamedIsDatedAgain() {
        let f = facts(
            """
            한빛게임즈는 12일 이사회에서 조직 개편안을 의결했다. 하다온 대표는 12일 오후 사내 타운홀 미팅에서 \
            “올해는 해외에서 답을 찾겠다”고 말했다.
            """,
            published: "2024-05-20"
        )
        #expect(dated(f).filter { $0.date.iso == "2024-05-12" }.count == 2)
        // A day named again for anything else is dated once.
        let g = facts(
            "한빛게임즈는 12일 이사회에서 조직 개편안을 의결했다. 하다온 대표는 12일 오후 기자들과 만났다.",
            published: "2024-05-20"
        )
        #expect(dated(g).filter { $0.date.iso == "2024-05-12" }.count == 1)
    }

    @Test func aLaterMonthToldInThePastIsLastYears() {
        for sentence in [
            "The order goes to its Global Sales Group (GSG), set up in Singapore in September with 320 engineers.",
            "In September, Lumex opened an office in Tokyo.",
        ] {
            let f = facts(sentence, published: "2026-03-27")
            #expect(dated(f).contains { $0.date.iso == "2025-09" }, "\(sentence)")
        }
        // Not a plan, nor a country's name ending like a past verb.
        for sentence in [
            "Lumex will open a service center in Korea in September.",
            "The camera goes on sale in the United States later in September.",
        ] {
            let f = facts(sentence, published: "2026-03-27")
            #expect(dated(f).contains { $0.date.iso == "2026-09" }, "\(sentence)")
        }
    }

    @Test func counterExamplesOfTheReview() {
        // Kana spell sounds: no person's native, and hiragana is a word, not a name.
        let k = facts("일본 의류업체 유니클로(ユニクロ)가 서울에 매장을 열었다. 하다온 대표는 제조 철학인 모노즈쿠리(ものづくり)를 강조했다.")
        #expect(orgs(k).contains { $0.name == "유니클로" && $0.native == "ユニクロ" })
        #expect(!people(k).contains { $0.name.hasPrefix("유니") })
        #expect(!orgs(k).contains { $0.name == "모노즈쿠리" })
        let sony = facts("일본 전자업체 소니(ソニー·Sony)가 새 카메라를 내놓았다.")
        #expect(orgs(sony).first { $0.name == "소니" }?.native == "ソニー")
        // An alias that shortens the name by its syllables, or a common noun, leaves the name as introduced.
        let a = facts("한국경영자총협회(KEF, 이하 경총)가 성명을 냈다. 경총의 하다온 본부장이 발표했다.")
        #expect(!orgs(a).contains { $0.name == "경총" })
        let c = facts("중국 로봇 기업 유비쉬안(优必选·UBTech, 이하 회사)이 새 로봇을 내놓았다.")
        #expect(!orgs(c).contains { $0.name == "회사" })
        // A headline or a timeline with a day and a word for posting is no date line.
        for line in ["한빛은행, 2026년 3월 2일 발행 채권 금리 확정", "▲2019년 3월 5일 설립 ▲2021년 6월 1일 등록 ▲2024년 상장"] {
            let f = undated("\(line)\n\n회사는 지난해 7월 AI사업부(AIB)를 신설했다.")
            #expect(!dated(f).contains { $0.date.iso == "2025-07" || $0.date.iso == "2020-07" }, "\(line)")
        }
        // `입력` in a specification is no word for posting.
        let spec = undated("한빛 충전기 출시\n\n출력 45W · 입력 12.5 V\n\n회사는 지난해 7월 AI사업부(AIB)를 신설했다.")
        #expect(
            !dated(spec).contains { $0.date.iso.hasSuffix("07") && $0.date.iso.count == 7 && $0.date.iso != "--07" }
        )
        // A headline with spaced middle dots is no date line.
        let h = undated("LG전자 · SK하이닉스, 2026년 1월 1일 조직개편 단행하고 인공지능 사업 키운다\n\n두 회사는 지난해 7월 AI사업부(AIB)를 신설했다.")
        #expect(!dated(h).contains { $0.date.iso == "2025-07" })
        // A post newly created is no unit created.
        let p = facts("한빛전자는 지난 3일 모바일사업부(MBG)에 최고기술책임자(CTO)를 새로 뒀다.")
        #expect(units(p).first { $0.code == "MBG" }?.established == nil)
        // A unit glossed in Hangul is no company.
        let u = facts("Lumex said its Global Strategy Group (글로벌전략그룹) will open an office in Tokyo.")
        #expect(!orgs(u).contains { $0.name.contains("Strategy") })
        // `would` in another clause, or a year written before, makes no plan of this year.
        for sentence in [
            "The deal, which would have doubled capacity, was scrapped this year.",
            "Kim, who will retire in March, said sales this year fell 3%.",
        ] {
            let f = facts(sentence, published: "2026-03-06")
            #expect(!dated(f).contains { $0.date.iso == "2026" }, "\(sentence)")
        }
    }

    @Test func anEnglishPossessiveEndsACodedUnitsName() {
        let f = facts("The order will be handled by Samsung's Global Customer Group (GCG), set up in Singapore.")
        let u = units(f).first { $0.code == "GCG" }
        #expect(u?.name == "Global Customer Group")
        #expect(u?.parent == "삼성전자" || u?.parent == "Samsung" || u?.parent == "삼성")
    }

    @Test func englishWordsEndingTheirOwnOrgsNameAreThatOrg() {
        let f = facts(
            "Lumex is listed in Shenzhen, and Beijing Electronics Holding (北京电控) is its controlling shareholder."
        )
        #expect(!people(f).contains { $0.name == "Electronics Holding" })
        #expect(orgs(f).contains { $0.name == "Beijing Electronics Holding" && $0.native == "北京电控" })
    }

    @Test func aLaunchEventAndASalesSpanThatIsNotItsOwn() {
        let f = facts(
            """
            Lumex launched its new chargers in South Korea on Tuesday at Lumex Korea Launch 2026, held at \
            Ground Seesaw in Seongsu-dong, Seoul. Pre-orders run from May 5 to May 20 on Coupang.
            """,
            published: "2026-05-06"
        )
        let e = events(f).first { $0.name == "Lumex Korea Launch 2026" }
        #expect(e?.start?.iso == "2026-05-05")
        #expect(e?.end == nil)
        // A show called by its noun keeps the long span.
        let g = facts(
            """
            Lumex showed its cars on Wednesday at Auto Seoul 2026 (서울모빌리티쇼). The show, held at KINTEX, \
            runs from May 6 to May 15.
            """,
            published: "2026-05-07"
        )
        #expect(events(g).first?.end?.iso == "2026-05-15")
    }

    @Test func theCompanyAPersonCameFrom() {
        let f = facts("글로벌사업본부장에는 누리쇼핑 출신 계하진 전무가, 셀러성장본부장에는 외부 출신 봉은호 상무가 선임됐다.")
        #expect(orgs(f).contains { $0.name == "누리쇼핑" })
        #expect(!orgs(f).contains { $0.name == "외부" })
        // A place, or a word after a known org, is no company.
        let g = facts("글로벌사업부장에는 쿠팡 풀필먼트 출신 임소라 상무가, 연구소장에는 독일 출신 한스 뮐러 박사가 영입됐다.")
        #expect(!orgs(g).contains { $0.name == "풀필먼트" || $0.name == "독일" })
    }

    @Test func moreNounsOfJudgingAndUnitsNewlyLaunched() {
        let f = facts("“엣지 AI는 아직 경쟁이 덜한 영역”이라는 게 누리증권 하다온 연구원의 시각이다.")
        #expect(quotes(f).contains { $0.speaker == "하다온" && $0.text.hasPrefix("엣지 AI는") })
        // A noun of saying closes a quotation without `는 게`, as before.
        let g = facts("“가격만 보면 정면승부가 가능하다.” 하다온 누리대 교수의 설명이다.")
        #expect(quotes(g).contains { $0.speaker == "하다온" })
        let u = facts("한빛커머스가 다음 달 1일부터 글로벌사업본부(GBH)를 새로 띄운다.")
        #expect(units(u).first { $0.code == "GBH" }?.established?.iso == "2024-06-01")
    }

    @Test func counterExamplesOfTheSecondReview() {
        // Fairs and words ending in `런치` are no events.
        let f = facts("The Korea Fair Trade Commission fined Lumex. 미국 IT매체 테크크런치(TechCrunch)에 따르면 협상이 끝났다.")
        #expect(events(f).isEmpty)
        // A launch is an event's name only with its edition's year.
        let l = facts("Samsung Delays Galaxy Ring Launch To July\n\nSamsung said on Monday it would delay the ring.")
        #expect(events(l).isEmpty)
        // A sale's span into the next month, or one without a last day, is not the launch's.
        let g = facts(
            """
            Lumex launched its chargers on Tuesday at Lumex Korea Launch 2026, held at Ground Seesaw in \
            Seongsu-dong, Seoul. Pre-orders run from May 26 to June 8 on Coupang.
            """,
            published: "2026-05-27"
        )
        #expect(events(g).first?.end == nil)
        // Schools, departments, jobs and cities before `출신` name no company.
        for origin in ["부산", "컴퓨터공학과", "변호사", "평사원", "공채"] {
            let h = facts("\(origin) 출신 김철수 대표가 선임됐다.")
            #expect(!orgs(h).contains { $0.name == origin }, "\(origin)")
        }
        // A possessive that names no org stays in the unit's name.
        let u = facts("Lumex said its Women's Health Division (WHD) will open in March.")
        #expect(units(u).first { $0.code == "WHD" }?.name == "Women's Health Division")
        // An app a unit launched makes no unit newly created.
        let a = facts("카카오 AI사업부(AID)가 새로 띄운 카나나 앱은 이용자 100만 명을 넘었다.")
        #expect(units(a).first { $0.code == "AID" }?.established == nil)
    }

    @Test func staffAddressWordsAreEachFound() {
        for word in ExtractionRun.staffAddressWords.map({ String(String.UnicodeScalarView($0)) }) {
            let f = facts(
                "한빛게임즈는 12일 이사회에서 개편안을 의결했다. 하다온 대표는 12일 오후 \(word) 말했다.",
                published: "2024-05-20"
            )
            #expect(dated(f).filter { $0.date.iso == "2024-05-12" }.count == 2, "\(word)")
        }
    }
}
