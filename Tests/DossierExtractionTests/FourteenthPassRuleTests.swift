import DossierModel
import Testing

@testable import DossierExtraction

/// Rules of the fourteenth blind pass (`docs/extraction-blind.md`, "Fourteenth blind pass"): each
/// test gives invented sentences of its own, not those of the tuning reports.
@Suite struct FourteenthPassRuleTests {

    @Test(arguments: [
        ("텐센트 주가는 이날 전 거래일보다 4.2% 오른 61만 2,000원에 장을 마쳤다.", "주가 상승률"),
        ("텐센트 주가는 이날 2.5% 내린 58만 원에 마감했다.", "주가 하락률"),
    ])
    func aSharePricesMoveAndCloseAreNamedAsSuch(sentence: String, move: String) {
        let whats = metrics(facts(sentence)).map(\.what)
        #expect(whats == [move, "종가"])
    }

    @Test func aPercentageWithoutASharePriceIsNoSharePriceMove() {
        let whats = metrics(facts("텐센트의 클라우드 매출은 12% 오른 300억 위안이었다.")).map(\.what)
        #expect(!whats.contains { $0?.hasPrefix("주가") == true })
        #expect(!whats.contains("종가"))
    }
}

extension FourteenthPassRuleTests {
    @Test func aHeadlineOpenedByAnUnknownCompanyAndACommaNamesTheReportsOrg() {
        let f = facts(
            """
            루미너스, 두 개 사업본부 체제로 개편

            루미너스는 2일 이사회를 열고 게임사업본부를 신설한다고 밝혔다. 루미너스의 3분기 매출은 570억 원이었다.
            """
        )
        #expect(orgs(f).map(\.name).contains("루미너스"))
        #expect(metrics(f).first?.subject == "루미너스")
    }

    @Test func aHeadlineOpenedByAPersonsNameNamesNoOrg() {
        let f = facts(
            """
            헤이든, 새 회사 세워

            헤이든 대표는 2일 새 회사를 세웠다고 밝혔다. 헤이든은 이 회사에 100억 원을 투자했다. 헤이든의 계획이다.
            """
        )
        #expect(!orgs(f).map(\.name).contains("헤이든"))
    }
}
