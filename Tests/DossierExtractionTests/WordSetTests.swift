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

    /// The set's tables (masks, slots, hashes and the entries' scalars in one flat buffer, read
    /// through pointers) answer as the plain definitions do: `index(of:)` is the position of the
    /// first equal entry in the list (duplicates and empty words dropped), `index(lowercasingASCII:)`
    /// the same for the word with its ASCII capitals lowered, and `longestSuffixEntry` the longest
    /// suffix that is an entry; for every prefix, suffix and infix of the probes, as `Word`s and
    /// as slices, through sets large and small (their slots regrown).
    @Test func flatTablesMatchTheirDefinitions() {
        let lists: [[String]] = [
            [], ["장"], ["장", "부사장", "사업부", "Vice President", "장", "", "a", "AB", "ab", "日의", "7", "€x"],
            (0..<300).map { "w\($0)" } + ["사장", "부사장", "수석부사장", "tencent", "Tencent Group", "그룹"],
        ]
        let probes = [
            "수석부사장", "Vice President", "vice president", "TENCENT", "Tencent", "tencent group", "AB", "aB", "w12",
            "W299", "w300", "日의", "7", "€x", "€X", "사업부장", "그룹", "",
        ]
        for words in lists {
            let set = WordSet(words)
            let kept = words.filter { !$0.isEmpty }.map { Array($0.unicodeScalars) }
            // The entry indexes count distinct words: the position among the first occurrences.
            var distinct: [[Unicode.Scalar]] = []
            for w in kept where !distinct.contains(w) { distinct.append(w) }
            func entry(_ w: [Unicode.Scalar]) -> Int? { distinct.firstIndex(of: w) }
            for probe in probes {
                let p = Array(probe.unicodeScalars)
                for a in 0...p.count {
                    for b in a...p.count {
                        let part = Array(p[a..<b])
                        let lowered = part.map { WordSet.lowerASCII($0) }
                        #expect(set.index(of: part[...]) == entry(part))
                        #expect(set.index(lowercasingASCII: part[...]) == entry(lowered))
                        part.withUnsafeBufferPointer { buffer in
                            guard let base = buffer.baseAddress else { return }
                            let word = Word(base: base, range: 0..<part.count)
                            #expect(set.index(of: word) == entry(part))
                            #expect(set.index(lowercasingASCII: word) == entry(lowered))
                        }
                        let longest = (1..<max(part.count, 1)).reversed().first { k in
                            k <= part.count - 1 && entry(Array(part.suffix(k))) != nil
                        }
                        let found = set.longestSuffixEntry(of: part[...], upTo: part.count - 1)
                        #expect(found?.length == longest)
                        #expect(found.map(\.entry) == longest.flatMap { entry(Array(part.suffix($0))) })
                    }
                }
            }
            #expect(set.isEmpty == distinct.isEmpty)
            #expect(set.maxLength == (distinct.map(\.count).max() ?? 0))
        }
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
