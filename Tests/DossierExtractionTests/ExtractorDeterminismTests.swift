import DossierExtraction
import DossierModel
import Testing

@Suite struct ExtractorDeterminismTests {
    @Test func theSameDocumentGivesTheSameFacts() {
        let document = ReportDocument(body: "리우츠핑 텐센트 총재는 말했다.", published: PartialDate(iso: "2019-05"))
        let extractor = Extractor(lexicon: .builtIn)
        #expect(extractor.extract(document) == extractor.extract(document))
    }
}
