import DossierModel
import Testing

@testable import DossierExtraction

@Suite struct WordSetTests {
    @Test func containsAndSuffixes() {
        let set = WordSet(["장", "부사장", "사업부", "Vice President"])
        #expect(set.contains(Array("부사장".unicodeScalars)))
        #expect(!set.contains(Array("부사".unicodeScalars)))
        #expect(set.contains("Vice President"))
        let w = Array("사업부장".unicodeScalars)[...]
        #expect(set.longestSuffix(of: w) == 1)
        #expect(set.longestSuffix(of: Array("총부사장".unicodeScalars)[...]) == 3)
        #expect(set.longestSuffix(of: Array("총부사장".unicodeScalars)[...], upTo: 2) == 1)
        #expect(!set.hasSuffix(Array("장".unicodeScalars)[...], keep: 1))
        #expect(Scalars.string(Array("텐센트(腾讯) Cloud €".unicodeScalars)) == "텐센트(腾讯) Cloud €")
    }

    /// The old `String` lookups and the scalar ones agree on every word of the fixtures.
    @Test func scalarLookupsMatchStringLookups() throws {
        let lexicon = Lexicon.builtIn
        let text = "텐센트그룹 DX부문장 개발총괄 사업부장은 Tencent Group 알리바바의 클라우드 서밋에서 부사장 Vice President"
        for word in text.split(separator: " ").map(String.init) {
            let w = Array(word.unicodeScalars)[...]
            #expect(lexicon.titleWords.contains(w) == lexicon.titles.contains(word))
            let old = lexicon.endsWith(word, in: lexicon.unitNounSet, max: lexicon.maxUnitNoun, minLength: 2)
            #expect(lexicon.unitNounWords.hasSuffix(w, from: 2) == old)
            let oldOrg = lexicon.endsWith(word, in: lexicon.orgSuffixSet, max: lexicon.maxOrgSuffix, keep: 2)
            #expect(lexicon.orgSuffixWords.hasSuffix(w, keep: 2) == oldOrg)
        }
    }

    /// Two orgs named equally often, first in the same sentence: the one named first is the
    /// report's main org, in every process (it used to follow `Dictionary` order).
    @Test func mainOrgTieGoesToFirstNamed() {
        let extractor = Extractor(lexicon: .builtIn)
        let doc = ReportDocument(body: "바이두와 텐센트가 협약을 맺었다.\n이날 행사에는 약 300명이 참석했다.")
        let facts = extractor.extract(doc)
        let subjects = facts.compactMap { f -> String? in
            if case .metric(let m) = f { return m.subject }
            return nil
        }
        #expect(subjects == ["바이두"])
    }
}
