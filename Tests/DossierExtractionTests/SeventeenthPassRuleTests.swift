import DossierModel
import Testing

@testable import DossierExtraction

/// Rules of the seventeenth blind pass (`docs/extraction-blind.md`, "Seventeenth blind pass"): each
/// test gives invented sentences of its own, not those of the tuning reports.
@Suite struct SeventeenthPassRuleTests {
    @Test func aTitleWithAParticleEndsTheFirstHoldersPhraseBeforeAJointTitle() {
        let f = facts(
            """
            서명식에는 류밍(刘明) 하이신 창업자 겸 최고기술책임자(CTO)와 박정민 청솔푸드 대표이사가 참석했다.
            """
        )
        let p = people(f)
        #expect(p.first { $0.name == "박정민" }?.title == "대표이사")
        #expect(p.first { $0.name == "박정민" }?.org == "청솔푸드")
        #expect(p.first { $0.name == "류밍" }?.title == "창업자 겸 최고기술책임자(CTO)")
    }

    @Test func aWordInCapitalsBeforeACompanySuffixIsACompanyNamedOften() {
        let f = facts(
            """
            KORVA Co. (코르바), the game publisher, said Monday it will set up a Mobile Business Group (MBG).
            KORVA will also create a Data Content Group (DCG) under chief operating officer Han Min-su.
            The Data Content Group will report to KORVA's chief executive.
            KORVA posted sales of 120 billion won last year, and KORVA shares rose 3 percent.
            """
        )
        #expect(orgs(f).map(\.name).contains("KORVA"))
        // `Data Content Group`: a Title-case word after a code is inside the unit's name.
        #expect(!orgs(f).map(\.name).contains("Content Group"))
        #expect(units(f).first { $0.code == "MBG" }?.parent == "KORVA")
        // Without the suffix, a word in capitals named often stays a code.
        let g = facts(
            """
            Halvern said the HBM line opened. The HBM chips ship soon. HBM sales rose 12%.
            Halvern employs 900 people.
            """
        )
        #expect(!orgs(g).map(\.name).contains("HBM"))
    }

    @Test func anEnglishDateSetApartByACommaGivesWayToTheEffectiveDate() {
        let f = facts(
            """
            Halvern Co. said Tuesday it will reorganize itself into two business groups from July 1.
            Under the plan, approved by the board on Monday, Halvern will create a Cloud Business Group (CBG) \
            and a Robot Business Group (RBG).
            Halvern shares rose 2%.
            """,
            published: "2025-06-11"
        )
        #expect(units(f).first { $0.code == "CBG" }?.established?.iso == "2025-07-01")
        #expect(units(f).first { $0.code == "RBG" }?.established?.iso == "2025-07-01")
    }

    @Test func namesSharingATitleAfterBothHoldIt() {
        let f = facts(
            """
            Halvern will create a Robot Business Group (RBG).
            Choi Min-ji and Park Tae-ho, both vice presidents, will co-lead the Robot Business Group.
            """
        )
        let p = people(f)
        #expect(p.first { $0.name == "Choi Min-ji" }?.title == "vice president")
        #expect(p.first { $0.name == "Park Tae-ho" }?.title == "vice president")
    }

    @Test func aFigureInTheParenthesisOfAnOrgsNameIsThatOrgs() {
        let f = facts(
            """
            샤오미는 올해 국내 공기청정기 시장에 진출했다.
            조사업체 자료에 따르면 샤오미의 점유율은 6.1%로 삼성전자(31%), LG전자(24%)에 이어 3위였다.
            """
        )
        let m = metrics(f)
        #expect(m.first { $0.value == 31 }?.subject == "삼성전자")
        #expect(m.first { $0.value == 24 }?.subject == "LG전자")
        #expect(m.first { $0.value == 6.1 }?.subject == "샤오미")
    }

    @Test func aPrintEditionNoteDatesTheReport() {
        let text = """
            [상하이=김도윤 특파원] 샤오미가 새 로봇을 공개했다.

            샤오미는 지난 3일 개막해 6일 폐막한 ‘2024 상하이 로봇대회’에서 신제품을 선보였다.

            ■ 이 기사는 2024년 9월 9일자 국제면에 실렸습니다.
            """
        #expect(ExtractionRun.isReportNote(Array("■ 이 기사는 2024년 9월 9일자 국제면에 실렸습니다.".unicodeScalars)))
        let e = events(facts(text, published: ""))
        #expect(e.first?.start?.iso == "2024-09-03")
        #expect(e.first?.end?.iso == "2024-09-06")
    }

    @Test func theDayRightBeforeAnEventsNameDatesIt() {
        let f = facts(
            """
            청솔게임즈는 12일 장 마감 후 실적을 공시한 데 이어 13일 ‘2024년 2분기 실적 설명회’를 열었다.
            """,
            published: "2024-08-13"
        )
        #expect(events(f).first?.start?.iso == "2024-08-13")
    }

    @Test func unitsMovingUnderOrAbsorbedIntoAnotherTakeItAsParent() {
        let f = facts(
            """
            쿠팡이 다음 달 1일부로 조직을 유통플랫폼부문(RPD), 해외사업부문(OBD) 등 2개 사업부문 체제로 바꾼다.

            이번 개편으로 기존 광고기술실과 물류운영실은 유통플랫폼부문 산하로 들어가고, 미주사업팀은 해외사업부문으로 \
            통합된다. 2022년 신설된 고객지원본부는 유통플랫폼부문에 흡수된다. 해외사업부문 아래에는 유럽개척실이 새로 생긴다.
            """,
            published: "2025-05-20"
        )
        let u = units(f)
        #expect(u.first { $0.code == "RPD" }?.established?.iso == "2025-06-01")
        #expect(u.first { $0.code == "OBD" }?.parent == "쿠팡")
        #expect(u.first { $0.name == "광고기술실" }?.parent == "유통플랫폼부문")
        #expect(u.first { $0.name == "물류운영실" }?.parent == "유통플랫폼부문")
        #expect(u.first { $0.name == "미주사업팀" }?.parent == "쿠팡")
        #expect(u.first { $0.name == "고객지원본부" }?.parent == "유통플랫폼부문")
        #expect(u.first { $0.name == "고객지원본부" }?.established?.iso == "2022")
        #expect(u.first { $0.name == "유럽개척실" }?.parent == "해외사업부문")
        // `‘3대 사업군’ 체제로`: a count of units is no unit.
        let g = facts("쿠팡이 내년 1월 1일부로 조직을 ‘3대 사업군’ 체제로 바꾼다.", published: "2025-05-20")
        #expect(units(g).isEmpty)
    }

    /// (By its name since the nineteenth pass, also where the sentence writes its code.)
    @Test func aFiguresUnitIsNamedByItsName() {
        let f = facts(
            """
            쿠팡은 유통플랫폼부문(RPD)을 신설했다.
            쿠팡은 유통플랫폼부문 인력을 내년까지 500명으로 늘릴 계획이다.
            RPD 매출은 1,200억 원이다.
            """
        )
        let m = metrics(f)
        #expect(m.first { $0.value == 500 }?.subject == "유통플랫폼부문")
        #expect(m.first { $0.value == 120_000_000_000 }?.subject == "유통플랫폼부문")
    }

    @Test func anEnglishSentenceOpenedByAUnitGivesItsFigures() {
        let f = facts(
            """
            Halvern Co. said it will set up a Korea Cloud Division (KCD) next month. Halvern also runs a Drone Unit.
            Halvern will move 200 staff to it. The Korea Cloud Division will start with 120 engineers.
            Halvern shares rose 2%.
            The division, headed by senior vice president Jung Hae-won (정해원), aims for 30 customers.
            The unit has 45 researchers, or a tenth of the company's 450 employees.
            """
        )
        let m = metrics(f)
        #expect(m.first { $0.value == 120 }?.subject == "Korea Cloud Division")
        #expect(m.first { $0.value == 30 }?.subject == "Korea Cloud Division")
        #expect(m.first { $0.value == 450 }?.subject != "Korea Cloud Division")
    }

    @Test func aBylinesMonthAndDayTakeTheCopyrightLinesYear() {
        let text = """
            산업 | 04.16 09:10 | 한지우 기자

            청솔게임즈가 15일 신작을 공개했다.

            ⓒ 2025 게임피플 All rights reserved.
            """
        let split = SentenceSplitter.split(text)
        #expect(ExtractionRun.dateLine(split)?.iso == "2025-04-16")
        #expect(ExtractionRun.monthDayBeforeTime(Array("게임 | 11.07 18:22 | 윤가람 기자".unicodeScalars))?.month == 11)
        #expect(ExtractionRun.monthDayBeforeTime(Array("매출 1.5배 12:00".unicodeScalars)) == nil)
        #expect(ExtractionRun.copyrightYear(Array("Copyright © 2024 Tech Daily".unicodeScalars)) == 2024)
        // Without a copyright year, the month and day alone.
        let noYear = SentenceSplitter.split("산업 | 04.16 09:10 | 한지우 기자\n\n청솔게임즈가 15일 신작을 공개했다.")
        #expect(ExtractionRun.dateLine(noYear).map { $0.year == nil && $0.month == 4 && $0.day == 16 } == true)
    }

    @Test func aSpanFromADayToADayNextMonthStartsThisMonth() {
        let f = facts("쿠팡은 20일부터 다음 달 5일까지 할인 행사를 연다고 밝혔다.", published: "2025-05-12")
        let d = dated(f).first { $0.end != nil }
        #expect(d?.date.iso == "2025-05-20")
        #expect(d?.end?.iso == "2025-06-05")
    }

    @Test func koreanCompanyNounsAndCodedSubsidiariesNameCompanies() {
        let f = facts(
            """
            레인보우로보틱스가 행사를 열었다. 시장조사업체 Omdia에 따르면 시장은 커졌다.
            같은 날 회사는 물류 소프트웨어 업체 한빛소프트랩과 제휴를 맺었다. 한빛소프트랩의 이준호 부사장은 “300곳에 공급할 것”이라고 말했다.
            회사는 포스코DX와 협약을 맺었다. 포스코DX 로봇센터의 윤지석 센터장은 “20곳에 투입하겠다”고 강조했다.
            """
        )
        let names = orgs(f).map(\.name)
        #expect(names.contains("Omdia"))
        #expect(names.contains("한빛소프트랩"))
        #expect(people(f).first { $0.name == "이준호" }?.org == "한빛소프트랩")
        #expect(people(f).first { $0.name == "윤지석" }?.org == "포스코DX")
        // Named once, a known org and a code glued to it stay a topic.
        let g = facts("포스코는 포스코AX 전략을 발표했다. 회사는 성장했다.")
        #expect(!orgs(g).map(\.name).contains("포스코AX"))
    }

    @Test func theSubjectOfARelativeClauseOwnsNoneOfTheMainClausesFigures() {
        let f = facts("협약에 따라 샤오미는 쿠팡이 운영하는 물류센터 30여 곳에 로봇 500대를 공급한다.")
        #expect(metrics(f).first { $0.value == 500 }?.subject == "샤오미")
    }

    @Test func aFigureInASpeakersWordsAtAnEventTheyAttendIsNotTheEvents() {
        let f = facts(
            """
            샤오미는 12일 ‘샤오미 AI 콘퍼런스 2025’를 열었다.
            협약식에 참석한 쿠팡 물류본부의 김하늘 본부장은 “쿠팡은 내년까지 물류센터를 5곳으로 늘릴 계획”이라고 밝혔다.
            """
        )
        #expect(metrics(f).first { $0.value == 5 }?.subject == "쿠팡")
    }

    @Test func aCapitalWordAfterAKnownOrgNamesNoCompanyWithoutASuffix() {
        let f = facts(
            """
            NHN “클라우드 키운다”… ‘NHN FORWARD 2024’서 첫 공개
            NHN은 26일 NHN FORWARD 행사를 열었다. NHN FORWARD에는 3천 명이 왔다. NHN FORWARD는 올해 6회째다.
            """
        )
        #expect(!orgs(f).map(\.name).contains("NHN FORWARD"))
    }

    @Test func aFormerEmployerBeforeAWordForStaffIsACompany() {
        let f = facts(
            """
            The Cloud Group will be headed by Lee Ji-ho, a former Stripe executive, and Kim Han, a Korean-American \
            engineer. "China is hard for any foreign chipmaker. This deal helps," Lee said.
            """
        )
        let names = orgs(f).map(\.name)
        #expect(names.contains("Stripe"))
        #expect(!names.contains("Korean-American"))
        #expect(!names.contains("This"))
    }

    @Test func anEnglishBriefingsCityIsItsPlace() {
        let f = facts(
            "Executives said at the company's 2025 interim results briefing in Hong Kong on Tuesday that sales rose.",
            published: "2025-08-20"
        )
        #expect(events(f).first?.place == "Hong Kong")
    }

    @Test func aPlanForThisYearIsAHappeningButATargetFigureIsNot() {
        let f = facts(
            """
            샤오미는 “올해 안에 한국 매장을 30곳까지 늘리겠다”고 말했다.
            샤오미의 올해 매출 목표는 500억 위안이다.
            """,
            published: "2025-05-02"
        )
        let d = dated(f)
        #expect(d.contains { $0.date.iso == "2025" && ($0.summary ?? "").contains("30곳") })
        #expect(!d.contains { $0.date.iso == "2025" && ($0.summary ?? "").contains("목표") })
    }

    @Test func aMiddleDotSeparatesANativeNameFromAnAliasOrALatinName() {
        let f = facts(
            """
            중국 청소로봇 업체 하이커로보틱스(海客机器人·이하 하이커)가 ‘2025 선전 로봇박람회(深圳机器人展·SRE 2025)’에 참가했다.
            하이커는 “우리 사업부 인력은 40명”이라고 말했다.
            """
        )
        #expect(orgs(f).first { $0.name == "하이커로보틱스" }?.aliases?.contains("하이커") == true)
        #expect(!orgs(f).contains { $0.name == "하이커" })
        #expect(events(f).first?.native == "深圳机器人展")
        #expect(events(f).first?.aliases?.contains("SRE 2025") == true)
        // `우리 사업부`: our division names no unit.
        #expect(units(f).isEmpty)
    }

    @Test func theReviewsCounterExamplesStayAsTheyWere() {
        // A copyright span gives its last year.
        #expect(ExtractionRun.copyrightYear(Array("Copyright © 2003-2025 ZDNet Korea".unicodeScalars)) == 2025)
        // `지난 25일부터 다음 달 5일까지`: 지난 says the 25th has passed.
        let span = facts("쿠팡은 지난 25일부터 다음 달 5일까지 할인 행사를 진행 중이다.", published: "2025-05-03")
        #expect(dated(span).first { $0.end != nil }?.date.iso == "2025-04-25")
        // Only the clause's subjects move under the unit, and the walk stops at the target before.
        let moved = facts(
            """
            쿠팡이 유통부문(RDV), 물류부문(LDV), 광고부문(ADV)을 신설한다. 기존 배송운영팀은 유통부문 산하로 \
            들어가고 창고관리팀은 물류부문에 흡수된다. 광고부문이 맡던 쿠폰기획팀 업무는 물류부문 산하로 들어간다.
            """,
            published: "2025-05-03"
        )
        let u = units(moved)
        #expect(u.first { $0.name == "배송운영팀" }?.parent == "유통부문")
        #expect(u.first { $0.name == "창고관리팀" }?.parent == "물류부문")
        #expect(u.first { $0.code == "ADV" }?.parent == "쿠팡")
        // A plan as a noun (`당초 계획을 웃돌았다`) is no plan.
        let noun = facts("쿠팡의 올해 영업이익은 2천억 원으로 당초 계획을 웃돌았다.", published: "2025-05-03")
        #expect(!dated(noun).contains { $0.date.iso == "2025" })
        // The org that made a product owns its figures when no other org is the topic.
        let made = facts("현대차가 만든 아이오닉5는 올해 10만 대 팔렸다.")
        #expect(metrics(made).first?.subject == "현대차")
        // `a Seoul official` names no company.
        let english = facts(
            """
            "It is fine," said a Seoul official. Revenue from Jan. 1 to March 31 rose 12% after the restructuring.
            Kakao will create an AI Business Group (ABG).
            """,
            published: "2025-04-20"
        )
        #expect(!orgs(english).map(\.name).contains("Seoul"))
    }
}
