import DossierModel
import Testing

@testable import DossierExtraction

/// What the tokenizer and the tokens keep for the rules (the fourteenth speed pass) agrees with the
/// slow definitions it stands for, on the fixture reports and on generated sentences.
@Suite struct TokenFlagTests {
    /// A small deterministic generator (SplitMix64), so that the generated sentences are the same
    /// on every run.
    struct Generator {
        var state: UInt64

        mutating func next(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) % UInt64(n))
        }
    }

    /// Words that exercise the flags: titles and codes before titles, org names of one and several
    /// words, particles, parentheses, quotation marks, Latin with and without capitals, digits,
    /// accented and Han words.
    static let words: [String] = {
        var words = [
            "삼성전자는", "DX부문장", "사업본부장", "AI사업본부장", "개발총괄", "CEO", "(AI)", "대표이사", "부사장은", "팀장",
            "vice", "president", "Vice", "President", "chief", "executive", "officer", "named", "joined", "as",
            "Orbit's",
            "Nova’s", "2024년", "3월", "“인용”", "'SK", "서밋'", "LG", "엔비디아(NVIDIA)", "the", "of", "은", "Group", "그룹",
            "x", "École", "日本", "·", "A&B", "3G", "R&D장", "연구소장", "a", "firm", "startup", "Quantiv,", "텐센트(腾讯)",
            "은행장", "CFO는", "(주)", "㈜신세계", "BYD", "Hyundai", "Motor", "Korea", "Aerospace", "Research", "Institute",
            "(KARI)", "j", "joins", "said.", "연구원", "증권", "김민수", "정다은·최민규", "장",
        ]
        // The lexicon's org names of several words, alone and with a particle: the pairs that
        // name an org.
        for org in Lexicon.builtIn.orgs {
            for name in org.allNames where name.contains(" ") {
                words.append(name)
                words.append(name + "의")
            }
        }
        return words
    }()

    /// The fixture reports' bodies and 600 generated sentences.
    static let texts: [String] = {
        var out = FixtureTests.names.compactMap { try? FixtureTests.document($0).body }
        var g = Generator(state: 14)
        for _ in 0..<600 {
            let n = 1 + g.next(12)
            out.append((0..<n).map { _ in words[g.next(words.count)] }.joined(separator: " ") + ".")
        }
        return out
    }()

    /// Every sentence of the texts as the tokenizer reads it.
    static func eachTokenList(_ body: (TokenList) -> Void) {
        for text in texts {
            for s in SentenceSplitter.split(text) {
                let list = Tokenizer.tokens(s.scalars, lexicon: .builtIn)
                withExtendedLifetime(list) { body(list) }
            }
        }
    }

    /// `hasParticle(in:)` (scalars for plain words) is `particle` compared as a `String` with each
    /// word of the set, for every token of the texts and every set the rules test one particle or
    /// two by (they compared `t.particle == "에는"` before the nineteenth pass).
    @Test func particleSetsAnswerAsStringComparisons() {
        let sets: [[String]] = [
            ["에는"], ["에", "에는"], ["이"], ["은"], ["은", "는"], ["도"], ["을", "를"], ["와", "과"], ["'s"],
        ]
        var withParticle = 0
        Self.eachTokenList { list in
            for t in list.tokens {
                if t.hasParticle { withParticle += 1 }
                for words in sets {
                    let byStrings = t.particle.map { p in words.contains { $0 == p } } ?? false
                    #expect(t.hasParticle(in: TextSet(words)) == byStrings, "\(t.text) \(words)")
                }
            }
        }
        #expect(withParticle > 500)
    }

    @Test func thereAreSentencesOfEveryKind() {
        var latin = 0
        var paren = 0
        var none = 0
        var quoted = 0
        var capitalPairs = 0
        var latinWithoutPair = 0
        Self.eachTokenList { list in
            if list.summary.hasCapitalPair { capitalPairs += 1 }
            if list.summary.hasLatinEdge && !list.summary.hasCapitalPair { latinWithoutPair += 1 }
            if list.summary.hasLatinEdge { latin += 1 }
            if list.summary.hasParen { paren += 1 }
            if !list.summary.hasLatinEdge && !list.summary.hasParen { none += 1 }
            if list.summary.hasQuoteAfter { quoted += 1 }
        }
        #expect(latin > 100)
        #expect(paren > 30)
        #expect(none > 30)
        #expect(quoted > 10)
        #expect(capitalPairs > 30)
        #expect(latinWithoutPair > 30)
    }

    /// `hasPossessiveParticle` (a scalar test) is `particle == "의"` for every token, which the rules
    /// now ask it for.
    @Test func possessiveParticleTestMatchesTheParticle() {
        var possessive = 0
        Self.eachTokenList { list in
            for t in list.tokens {
                #expect(t.hasPossessiveParticle == (t.particle == "의"))
                if t.hasPossessiveParticle { possessive += 1 }
            }
        }
        #expect(possessive > 30)
    }

    @Test func sentenceSummaryMatchesItsTokens() {
        Self.eachTokenList { list in
            #expect(list.summary == TokenSummary(of: list.tokens))
        }
    }

    @Test func keptTitleTestMatchesTheTest() {
        let titles = Lexicon.builtIn.titleWords
        var titled = 0
        Self.eachTokenList { list in
            for t in list.tokens {
                let slow = Self.isTitleWithFullSearch(t.baseScalars, titles: titles)
                #expect(ExtractionRun.isTitle(t.baseScalars, titles: titles) == slow)
                #expect(t.isTitleBase(titles: titles) == slow)
                // Asked again: the kept answer.
                #expect(t.isTitleBase(titles: titles) == slow)
                if slow { titled += 1 }
            }
        }
        #expect(titled > 100)
    }

    /// `ExtractionRun.isTitle(_:titles:)` as it was before its suffix search was skipped for words
    /// that cannot be a code or a field before a title.
    static func isTitleWithFullSearch(_ w: some ScalarWord, titles: WordSet) -> Bool {
        if titles.contains(w) { return true }
        let n = w.count
        guard n > 2 else { return false }
        var found = false
        titles.suffixes(of: w, from: 2, upTo: n - 1) { k, _ in
            let prefix = w[w.startIndex..<(w.endIndex - k)]
            if Scalars.isCode(prefix) {
                found = true
                return true
            }
            let t = w[(w.endIndex - k)...]
            if (t.last == "장" || t.hasSuffix(ExtractionRun.chongGwal)) && (1...8).contains(prefix.count)
                && !prefix.contains(where: { Scalars.isSpace($0) })
            {
                found = true
                return true
            }
            return false
        }
        return found
    }

    @Test func noOrgIndexMeansNoOrgByWordOrBase() {
        let lexicon = Lexicon.builtIn
        var named = 0
        Self.eachTokenList { list in
            for t in list.tokens {
                if t.orgIndex == nil {
                    #expect(lexicon.knownOrg(t.scalars) == nil)
                    #expect(lexicon.knownOrg(t.baseScalars) == nil)
                } else {
                    named += 1
                }
            }
        }
        #expect(named > 100)
    }

    @Test func personMentionsFirstTestLosesNoOne() {
        let box = LexiconBox(.builtIn)
        var named = 0
        for text in FixtureTests.names.compactMap({ try? FixtureTests.document($0).body }) {
            var run = ExtractionRun(box: box, document: ReportDocument(body: text))
            run.findOrgs()
            run.findPeople()
            for s in run.sentences {
                for t in s.tokens {
                    let slow = run.personMentionPastFirst(t)
                    #expect(run.personMention(t) == slow)
                    if slow != nil { named += 1 }
                }
            }
        }
        #expect(named > 50)
    }

    @Test func pairLookupMatchesTheStringLookup() {
        let box = LexiconBox(.builtIn)
        var found = 0
        for text in Self.texts {
            let run = ExtractionRun(box: box, document: ReportDocument(body: text))
            for s in run.sentences {
                for (a, b) in zip(s.tokens, s.tokens.dropFirst()) {
                    let slow = run.knownOrg(a.text + " " + b.base)
                    #expect(run.knownOrg(pair: a, b) == slow)
                    if slow != nil { found += 1 }
                }
            }
        }
        #expect(found > 50)
    }

    /// A token's particle (the lexicon's string, by the entry the suffix search found) is the
    /// particle's scalars made a `String`, and the entry's length is the one `longestSuffix` finds
    /// (the fifteenth speed pass).
    @Test func particleIsTheParticlesScalars() {
        let particles = Lexicon.builtIn.particleWords
        var withParticle = 0
        Self.eachTokenList { list in
            for t in list.tokens {
                if let p = t.particle {
                    withParticle += 1
                    let tail = t.scalars[(t.scalars.startIndex + t.baseLength)...]
                    #expect(p == (t.isEnglishPossessive ? "'s" : Scalars.string(tail)))
                }
                let w = t.scalars
                let entry = particles.longestSuffixEntry(of: w, upTo: w.count - 1)
                #expect(entry?.length == particles.longestSuffix(of: w, upTo: w.count - 1))
                if let entry {
                    #expect(particles.index(of: w[(w.endIndex - entry.length)...]) == entry.entry)
                }
            }
        }
        #expect(withParticle > 100)
    }

    /// `isNotName` answers as the `Set<String>` does, for every word and base.
    @Test func notNameTestMatchesTheSet() {
        let box = LexiconBox(.builtIn)
        var notNames = 0
        var texts = Self.texts
        texts.append(Lexicon.builtIn.notNames.sorted().joined(separator: " "))
        for text in texts {
            let run = ExtractionRun(box: box, document: ReportDocument(body: text))
            for s in run.sentences {
                for t in s.tokens {
                    #expect(run.isNotName(t) == Lexicon.builtIn.notNames.contains(t.base))
                    #expect(run.isNotName(t, text: true) == Lexicon.builtIn.notNames.contains(t.text))
                    if run.isNotName(t) { notNames += 1 }
                }
            }
        }
        #expect(Lexicon.builtIn.notNamesPlain)
        #expect(notNames > 20)
    }

    /// `hasASCIIWord` answers as splitting the name into words does, for ASCII names.
    @Test func asciiWordTestMatchesTheSplit() {
        let names = [
            "Fang Qiming", "Fang", "Qiming Fang", "Ziyang  Li", " Ziyang Li ", "", "Li-Fang", "fang", "Fang\r\nLi",
            "Mark Zuckerberg", "Zhang Yiming", "Fäng Li", "Fang Lí", "\u{212A}im", "Kim Fang Jr.",
        ]
        let words = ["Fang", "Li", "Qiming", "Ziyang", "fang", "Kim", "\u{212A}im", "Jr.", "Fäng", "Zhang", "Li-Fang"]
        for n in names {
            for w in words {
                let slow = n.split(separator: " ").contains { $0 == w }
                if let fast = ExtractionRun.hasASCIIWord(n, w) {
                    #expect(w.utf8.allSatisfy { $0 < 0x80 } ? fast == slow : true, "\(n) / \(w)")
                    #expect(n.utf8.allSatisfy { $0 < 0x80 })
                } else {
                    #expect(!n.utf8.allSatisfy { $0 < 0x80 })
                }
            }
        }
    }
}
