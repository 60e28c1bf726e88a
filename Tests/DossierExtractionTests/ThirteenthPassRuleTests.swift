import DossierModel
import Testing

@testable import DossierExtraction

/// Rules of the thirteenth blind pass (`docs/extraction-blind.md`, "Thirteenth blind pass"): each
/// test gives invented sentences of its own, not those of the tuning reports.
@Suite struct ThirteenthPassRuleTests {

    /// The facts of a report with no publication date but the one its text gives.
    private func undated(_ body: String) -> [Fact] {
        Extractor(lexicon: .builtIn).extract(ReportDocument(body: body, published: nil))
    }

    @Test func aDateLineWithASpaceAfterEachFullStopDatesTheReport() {
        let f = undated(
            """
            오로라소프트, 파트너 대회 열어
            2025. 11. 3. 16:45

            오로라소프트는 1일 판교에서 '오로라 파트너 대회'를 열었다.
            """
        )
        #expect(events(f).first?.start?.iso == "2025-11-01")
    }

    @Test func aSpacedDottedDateInsideASentenceEndsNoSentence() {
        let f = facts("오로라소프트는 2025. 11. 3. 판교에서 신제품 발표회를 열었다.")
        #expect(dated(f).map(\.date.iso) == ["2025-11-03"])
        #expect(dated(f).first?.summary.hasSuffix("열었다") == true)
    }
}
