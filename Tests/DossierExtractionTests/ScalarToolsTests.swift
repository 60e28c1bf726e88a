import DossierModel
import Foundation
import Testing

@testable import DossierExtraction

/// The scalar tools of the third speed pass agree with the `String` code they replace.
@Suite struct ScalarToolsTests {
    /// The splitter's hints (`Sentence.openingMarkFrom`, `digitFrom`): no opening mark (digit)
    /// of a sentence lies before its hint, which is at most the sentence's count; for the first
    /// sentence of a text (the first of its line) the hints are exact.
    @Test func splitterHintsPrecedeTheFirstMarkAndDigit() throws {
        var texts = [
            "삼성전자는 ‘갤럭시 언팩 2024’를 열었다. 매출은 79조 원이다. “AI가 핵심”이라고 말했다.",
            "Tencent said 'Hunyuan' grew 30%. \"Cloud\" is next. It's 2024 now.",
            "「지스타」 《2025》 행사가 열렸다. 참가사는 없다.\n둘째 줄 3명. 셋째 문장이다!",
            "마침표 없는 줄", "", "'", "7", "가. 나. 다.",
        ]
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path) where name.hasSuffix(".txt") {
            texts.append(try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8))
        }
        for text in texts {
            for s in SentenceSplitter.split(text) {
                let sc = s.scalars
                let mark = sc.firstIndex { SentenceSplitter.isOpeningMark($0.value) } ?? sc.count
                let digit = sc.firstIndex { Scalars.isDigit($0) } ?? sc.count
                #expect(s.openingMarkFrom >= 0 && s.openingMarkFrom <= mark)
                #expect(s.digitFrom >= 0 && s.digitFrom <= digit)
                if s.number == 1 {
                    #expect(s.openingMarkFrom == mark)
                    #expect(s.digitFrom == digit)
                }
            }
        }
    }

    /// The searches read through buffer pointers (`Scalars.find`, `KoreanNumbers.matches`) and
    /// `isRelatedLink`'s first-scalar test answer as the plain definitions, at every offset.
    @Test func uncheckedSearchesMatchTheirDefinitions() {
        let hays = ["", "가", "▶ 관련기사: 넷이즈", "  관련 기사", "Related: x", "이하 SMIC, 이하 SMIC", "aaab", "[관련기사]"]
        let needles = ["", "가", "이하 ", "aab", "ab", "관련기사", "Related:", "b", "aaaab"]
        for hayText in hays {
            let hay = Array(hayText.unicodeScalars)
            for needleText in needles {
                let needle = Array(needleText.unicodeScalars)
                for start in 0...hay.count + 1 {
                    let plain: Int? =
                        needle.isEmpty || hay.count < needle.count
                        ? nil
                        : (start...max(start, hay.count - needle.count)).first { i in
                            i + needle.count <= hay.count && Array(hay[i..<(i + needle.count)]) == needle
                        }
                    #expect(Scalars.find(needle, in: hay, from: start) == plain)
                }
                for i in -1...hay.count + 1 {
                    let plain = i >= 0 && i + needle.count <= hay.count && Array(hay[i..<(i + needle.count)]) == needle
                    #expect(KoreanNumbers.matches(hay, at: i, needle) == plain)
                }
            }
            var a = 0
            while a < hay.count, Scalars.isSpace(hay[a]) { a += 1 }
            let related = SentenceSplitter.relatedOpeners.contains { KoreanNumbers.matches(hay, at: a, $0) }
            #expect(SentenceSplitter.isRelatedLink(hay) == related)
        }
    }

    /// `Text.hasSuffix(_:anyOf:)` (the word's plainness found once) answers as the suffixes tested
    /// one by one, for plain words, words needing normalisation and `\r\n`.
    @Test func hasSuffixAnyOfMatchesOneByOne() {
        let words = [
            "", "연사로 나서", "무대에 올라", "참여해", "화상으로 참석해", "설명했다고", "e\u{301}라고", "라고\r\n", "ᄀ가",
            "가", "올라\r", "나서\n", "Cafe\u{301}",
        ]
        let lists = [
            ExtractionRun.takingPartEndings.strings, ExtractionRun.reportedSpeechEndings.strings, ["가"], ["\n"],
            ["\u{301}"], ["é"], [], [""], ["라고\r\n", "고"],
        ]
        for word in words {
            for list in lists {
                #expect(Text.hasSuffix(word, anyOf: Text.Endings(list)) == list.contains { Text.hasSuffix(word, $0) })
            }
        }
    }

    /// `isScalars(_:)` is `elementsEqual` for `Word`s and slices of every range, and the byline's
    /// two words (`lowerByScalars`, `capitalByScalars`) are `byScalars`' prefix and tail.
    @Test func isScalarsMatchesElementsEqual() {
        let buffer = Array("규모 by By 측 출신 €x".unicodeScalars)
        let others = ["", "규모", "by", "By", "측", "출신", "€x", "규", " "].map { Array($0.unicodeScalars) }
        buffer.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return }
            for a in 0...buffer.count {
                for e in a...buffer.count {
                    let word = Word(base: base, range: a..<e)
                    for other in others {
                        #expect(word.isScalars(other) == word.elementsEqual(other))
                        #expect(buffer[a..<e].isScalars(other) == buffer[a..<e].elementsEqual(other))
                    }
                }
            }
        }
        #expect(ExtractionRun.lowerByScalars == Array(ExtractionRun.byScalars.prefix(2)))
        #expect(ExtractionRun.capitalByScalars == Array(ExtractionRun.byScalars.dropFirst(3)))
    }

    /// `isTitle(_:space:titles:)`, its scalars written into a stack buffer, answers as `isTitle` of
    /// the word, a space and the rest made into an array.
    @Test func twoWordTitleTestMatchesTheArrayTest() {
        let titles = Lexicon.builtIn.titleWords
        let firsts = ["이사회", "아트", "DX", "수석", "Vice", "e\u{301}", "가", ""]
        let rests = ["의장", "디렉터", "부문장", "부사장", "President", "", "€", "사장(CEO)"]
        for first in firsts {
            let scalars = Array(first.unicodeScalars)
            scalars.withUnsafeBufferPointer { b in
                guard let base = b.baseAddress ?? UnsafePointer(bitPattern: 8) else { return }
                let word = Word(base: base, range: 0..<scalars.count)
                for rest in rests {
                    let joined = Array((first + " " + rest).unicodeScalars)
                    #expect(
                        ExtractionRun.isTitle(word, space: rest, titles: titles)
                            == ExtractionRun.isTitle(joined[...], titles: titles)
                    )
                }
            }
        }
    }

    /// `Text.isOne(of:_:)` (the word found plain once) answers as `same` entry by entry.
    @Test func isOneMatchesSameEntryByEntry() {
        let words = ["", "주제로", "대해", "e\u{301}", "é", "라고\r\n", "Co", "가"]
        let lists = [["주제로", "제목으로"], ["대해", "관해"], ["é"], ["e\u{301}", "x"], [], ["", "가"], ["라고\r\n"]]
        for word in words {
            for list in lists {
                #expect(Text.isOne(of: list, word) == list.contains { Text.same($0, word) })
            }
        }
    }

    /// `isTitleCaseGloss` (its scalar test first) answers as the conjunction in its first order.
    @Test func titleCaseGlossMatchesItsDefinition() {
        let glosses = [
            "Google Cloud", "Samsung Electronics Co.", "腾讯云", "AB", "Abc", "Abc Def Ghi Jkl Mno", "Tencent (T)",
            "Cafe\u{301} Noir", "Hyundai Motor-Group 2", "A&B Company", "", " ", "Xl Axiata", "Naver\r\nCloud",
        ]
        for p in glosses {
            let words = p.split(separator: " ")
            let first = words.first
            let head =
                (1...4).contains(words.count) && (first?.count ?? 0) >= 3
                && (first?.unicodeScalars.first.map(Scalars.isUpper) ?? false)
                && (first?.unicodeScalars.dropFirst().first.map { (0x61...0x7A).contains($0.value) } ?? false)
                && (first?.unicodeScalars.filter { (0x61...0x7A).contains($0.value) }.count ?? 0) >= 2
            let all = p.unicodeScalars.allSatisfy {
                Scalars.isLatin($0) || Scalars.isDigit($0) || " &-.".unicodeScalars.contains($0)
            }
            #expect(ExtractionRun.isTitleCaseGloss(p) == (head && all))
        }
    }

    /// `Scalars.trimmedRange` keeps the scalars `trimmed()` keeps of their `String` (a quoted
    /// name's, `findEvents`).
    @Test func trimmedRangeMatchesTrimmed() {
        let texts = ["", " ", "\n", " 지스타 2024 ", "\u{3000}DAN 24\t", "a", " \r\n b \n", "\u{A0}x\u{A0}", "e\u{301} "]
        for text in texts {
            let s = Array(text.unicodeScalars)
            #expect(Scalars.string(s[Scalars.trimmedRange(s)]) == Scalars.string(s).trimmed())
            #expect(Array(Scalars.string(s[Scalars.trimmedRange(s)]).utf8) == Array(Scalars.string(s).trimmed().utf8))
        }
    }

    /// `trimmedClause` is the sentence's slice trimmed of `", "` (and white space, line feeds) as a
    /// `String`, for every range of a few sentences.
    @Test func trimmedClauseMatchesSliceTrimmed() {
        let texts = [", 2024년 5월 21일, 행사가 열렸다 ,", "  \n", "", "On May 21, 2024, Tencent said", "a,b ,c"]
        for text in texts {
            let sc = Array(text.unicodeScalars)
            let sentence = Sentence(number: 1, scalars: sc, quotes: [], isWholeLine: true)
            for a in -1...sc.count {
                for b in max(a, 0)...sc.count + 1 {
                    #expect(ExtractionRun.trimmedClause(sc, a..<b) == sentence.slice(a..<b).trimmed(", "))
                }
            }
        }
    }

    @Test func utf8DecodingMatchesUnicodeScalars() {
        let text = "텐센트(腾讯) Cloud € 😀 “인용” e\u{301}\r\n끝"
        #expect(Scalars.array(text) == Array(text.unicodeScalars))
        #expect(Scalars.array("").isEmpty)
    }

    @Test func charactersAreScalarsOnlyWhenEachIsOne() {
        for text in ["텐센트 클라우드가 말했다.", "Tencent said “yes”, 2019.", "腾讯云 — 「서밋」"] {
            let s = Array(text.unicodeScalars)
            #expect(Scalars.charactersAreScalars(s))
            #expect(text.count == s.count)
        }
        // A combining accent, CR LF and a jamo sequence join scalars into one `Character`.
        for text in ["e\u{301}", "a\r\nb", "\u{1100}\u{1161}", "😀"] {
            #expect(!Scalars.charactersAreScalars(Array(text.unicodeScalars)))
        }
    }

    @Test func scalarTableCountsAndFilters() {
        var table = ScalarTable()
        let words = ["텐센트", "알리바바", "텐센트", "Lenovo", ""].map { Array($0.unicodeScalars)[...] }
        for w in words { table.add(w, 1) }
        #expect(table[words[0]] == 2)
        #expect(table[words[1]] == 1)
        #expect(table[words[4]] == 1)
        #expect(table[Array("바이두".unicodeScalars)[...]] == nil)
        #expect(table.contains(lowercasingASCII: Array("LENOVO".unicodeScalars)[...]) == false)
        table.set(Array("lenovo".unicodeScalars)[...], 7)
        #expect(table.contains(lowercasingASCII: Array("LENOVO".unicodeScalars)[...]))
        // Growth keeps every key.
        for i in 0..<200 { table.set(Array("k\(i)".unicodeScalars)[...], i) }
        for i in 0..<200 { #expect(table[Array("k\(i)".unicodeScalars)[...]] == i) }
        #expect(table[words[0]] == 2)
    }

    @Test func verbTableFindsTheEarliestThenTheFirstListed() {
        let verbs = ["말했다", "밝혔다", "said", "말"].map { VerbPattern(word: $0, scalars: Array($0.unicodeScalars)) }
        let table = VerbTable(verbs)
        let s = Array("그는 밝혔다고 말했다".unicodeScalars)
        #expect(table.first(in: s[...])?.verb == "밝혔다")
        #expect(table.first(in: s[...])?.offset == 3)
        // At the same offset the first verb of the list wins (`말했다` before `말`).
        let t = Array("이라고 말했다".unicodeScalars)
        #expect(table.first(in: t[...])?.verb == "말했다")
        // A verb must lie wholly inside the slice.
        #expect(table.first(in: t[0..<5])?.verb == "말")
        #expect(table.first(in: Array("nothing here".unicodeScalars)[...]) == nil)
    }

    @Test func knownOrgsByScalarsMatchTheStringIndex() {
        let lexicon = Lexicon.builtIn
        for word in ["Tencent", "TENCENT", "텐센트그룹", "Tencent Group", "알리바바", "없는회사", "Ébène", "텐센트社"] {
            let byString =
                lexicon.orgIndex[word.lowercased()]
                ?? ["그룹", "Group", "社"].lazy.compactMap { suffix -> Int? in
                    guard word.hasSuffix(suffix), word.count > suffix.count else { return nil }
                    return lexicon.orgIndex[String(word.dropLast(suffix.count)).lowercased()]
                }.first
            #expect(lexicon.knownOrg(word) == byString, "\(word)")
            #expect(
                lexicon.isOrgName(Array(word.unicodeScalars)[...]) == (lexicon.orgIndex[word.lowercased()] != nil)
            )
        }
    }
}
