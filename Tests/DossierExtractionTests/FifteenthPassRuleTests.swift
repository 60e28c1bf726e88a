import DossierModel
import Testing

@testable import DossierExtraction

/// Rules of the fifteenth blind pass (`docs/extraction-blind.md`, "Fifteenth blind pass"): each
/// test gives invented sentences of its own, not those of the tuning reports.
@Suite struct FifteenthPassRuleTests {
    func publication(_ text: String) -> String? { ExtractionRun.dateLine(SentenceSplitter.split(text))?.iso }

    @Test func closingLinesGiveThePublicationDate() {
        // A copyright line that ends with the time the report was filed.
        #expect(
            publication("제목\n05.14 09:10 | 박지훈 기자\n\n회사는 13일 밝혔다.\n\n<저작권자 ⓒ 테크뉴스 무단전재> | 2024년 05월 14일 09:10 송고")
                == "2024-05-14"
        )
        // `※ 이 기사는 … 먼저 발송됐습니다`: the day a newsletter carried it first.
        #expect(
            publication("제목\n회사는 13일 신제품을 공개했다.\n\n※ 이 기사는 2024년 3월 14일 테크레터로 먼저 발송됐습니다.")
                == "2024-03-14"
        )
        #expect(
            publication(
                "Title\nThe company said on Monday it had hired 40 people.\n\nThis story was first published on March 4, 2025."
            )
                == "2025-03-04"
        )
    }
}
