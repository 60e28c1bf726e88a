import DossierModel
import Testing

@testable import DossierExtraction

@Suite struct SlotOrgTests {
    func facts(_ body: String) -> [Fact] {
        Extractor(lexicon: .builtIn).extract(ReportDocument(body: body, published: PartialDate(iso: "2024-05-02")))
    }

    func orgNames(_ facts: [Fact]) -> [String] {
        facts.compactMap { if case .org(let o) = $0 { o.name } else { nil } }
    }

    @Test func metricWhatIsNoPredicate() {
        func whats(_ body: String) -> [String?] { metrics(facts(body)).map(\.what) }
        // The change after `A로` is the change of the thing named before A.
        let ko = whats("한빛전자의 매출은 3천억 원으로 전년보다 12% 늘었다.")
        #expect(ko == ["매출", "매출 증가율"])
        #expect(!whats("가입률은 40%로 2%포인트 하락했고, 해지율은 3%였다.").contains("하락했고"))
        // English verbs and prepositions before a figure are not the thing measured.
        let en = whats("Orbit Labs said its subscribers rose 14% and revenue was up 9 percent.")
        #expect(!en.contains("rose") && !en.contains("up"))
    }

    @Test func suffixWordsAreOrgs() {
        let f = facts("한빛홀딩스는 자회사 ABC렌터카와 업무협약(MOU)을 맺었다.")
        let names = orgNames(f)
        #expect(names.contains("한빛홀딩스"))
        #expect(names.contains("ABC렌터카"))
        #expect(!names.contains("업무협약"))
    }

    @Test func unknownOrgBetweenNameAndTitle() {
        let f = facts("최민준 파란 대표는 “고객이 먼저”라고 말했다.")
        let p = people(f).first { $0.name == "최민준" }
        #expect(p?.org == "파란")
        #expect(p?.title == "대표")
        #expect(!people(f).contains { $0.name == "파란" })
        #expect(orgNames(f).contains("파란"))
    }

    @Test func figureOwnerIsTheClauseSubject() {
        let f = facts("가람그룹은 큰 회사다. 누리뱅크의 지난해 순이익은 300억 원으로 늘었다.")
        #expect(metrics(f).first { $0.value == 30_000_000_000 }?.subject == "누리뱅크")
    }

    @Test func englishListedRunIsOneOrg() {
        let f = facts("Blue Harbor Entertainment Group (NYSE: BHE) said revenue rose 12 percent.")
        #expect(orgNames(f).contains("Blue Harbor Entertainment Group"))
        #expect(metrics(f).first { $0.value == 12 }?.subject == "Blue Harbor Entertainment Group")
    }

    @Test func newTitlesAndUnits() {
        let f = facts("왕리(王力) 한결코리아 총경리는 배터리 5만t을 샀다고 말했다. 점유율은 0.4%포인트 올랐다.")
        #expect(people(f).first { $0.name == "왕리" }?.title == "총경리")
        #expect(metrics(f).contains { $0.unit == "t" && $0.value == 50_000 })
        #expect(metrics(f).contains { $0.unit == "%포인트" })
    }
}
