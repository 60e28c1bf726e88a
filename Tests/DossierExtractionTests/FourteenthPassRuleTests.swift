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
