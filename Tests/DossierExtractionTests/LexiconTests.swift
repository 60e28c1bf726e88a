import DossierModel
import Foundation
import Testing

@testable import DossierExtraction

@Suite struct LexiconTests {
    @Test func builtInLexiconParses() {
        #expect(Lexicon.builtIn.titles.contains("부총재"))
        #expect(Lexicon.builtIn.currencies["위안"] == "CNY")
        #expect(Lexicon.builtIn.orgs.contains { $0.name == "텐센트" })
    }
}
