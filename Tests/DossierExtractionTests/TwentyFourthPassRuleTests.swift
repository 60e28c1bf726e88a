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
}
