import DossierModel

/// Organisations the lexicon does not know, found by how often and how a report names them:
/// an English Title-case name standing alone three times or more (`Lenovo`, `Ant Group`), or a
/// Hangul name given a Latin spelling and named three times or more (`엔씨소프트(NCSOFT)`).
extension ExtractionRun {
    static let englishOrgSuffixWords: Set<String> = [
        "Group", "Inc", "Corp", "Corporation", "Holdings", "Ltd", "Co", "Company", "Technologies", "Technology",
        "Electronics", "Motors", "Labs",
    ]
    static let englishOrgSuffixWordSet = WordSet(englishOrgSuffixWords.sorted())
    /// The same words for `Token.isBase(in:)`: hashing the token's `base` as a `String` cost
    /// several hundred instructions a test.
    static let englishOrgSuffixTexts = TextSet(englishOrgSuffixWords.sorted())
    static let placePrepositions: TextSet = ["in", "from", "to", "near", "across"]
    /// Words before the name a report gives a product (`called SkillHub`).
    static let namingWords: TextSet = ["called", "dubbed", "named", "branded"]
    /// Nouns for a company or its part, before `called` (`a startup called …`).
    static let companyBeforeNaming: TextSet = [
        "company", "startup", "start-up", "firm", "maker", "subsidiary", "venture", "unit", "division", "developer",
        "group", "affiliate",
    ]

    /// Whether a word is Title-case Latin (`Lenovo`, not `AI` or `the`, nor an adjective made with a
    /// hyphen, `Beijing-based`).
    static func isTitleCase(_ w: String) -> Bool { isTitleCase(w.unicodeScalars) }

    static func isTitleCase(_ u: some Collection<Unicode.Scalar>) -> Bool {
        guard let f = u.first, Scalars.isUpper(f), u.count >= 3 else { return false }
        return u.dropFirst().contains { (0x61...0x7A).contains($0.value) }
            && u.allSatisfy { Scalars.isLatin($0) || Scalars.isDigit($0) || $0 == "-" || $0 == "&" }
            && !(u.contains("-") && isHyphenatedAdjective(ArraySlice(u)))
    }

    /// Two or three Title-case words, no hyphen (`Scatter Lab`, not `Jung Ki-hwan` nor `HarmonyOS NEXT`).
    static func isTitleCaseWords(_ w: String) -> Bool {
        let u = w.unicodeScalars
        guard u.contains(" "), !u.contains("-") else { return false }
        let words = w.split(separator: " ")
        return (2...3).contains(words.count) && words.allSatisfy { isTitleCase($0.unicodeScalars) }
    }

    /// Whether the word at `i` is one syllable, or follows a bare Hangul word it may end the name of
    /// (`제임스 윤(James Yoon)`, `하모니OS 넥스트(HarmonyOS Next)`).
    static func continuesAName(_ tokens: [Token], _ i: Int) -> Bool {
        if tokens[i].baseScalars.count < 2 { return true }
        guard i > 0 else { return false }
        let p = tokens[i - 1]
        return p.isBare && !p.comma && !p.period && p.scalars.contains(where: Scalars.isHangul)
    }

    /// `Hong Kong-listed`, `Beijing-based`, `state-owned`: a word whose part after its hyphen is one
    /// of these participles describes something; it names nothing.
    static func isHyphenatedAdjective(_ u: some ScalarWord) -> Bool {
        guard u.contains("-") else { return false }
        var tail: [Unicode.Scalar] = []
        for c in u {
            if c == "-" { tail.removeAll(keepingCapacity: true) } else { tail.append(c) }
        }
        return hyphenParticiples.contains(tail)
    }

    static let hyphenParticiples: [[Unicode.Scalar]] = [
        "listed", "based", "owned", "backed", "run", "made", "led", "funded", "focused", "controlled",
        "headquartered", "born", "linked", "affiliated", "founded",
    ].map { Array($0.unicodeScalars) }

    /// Counts every token's base form over the report.
    mutating func countWords() {
        var counts = ScalarTable()
        for s in sentences where !s.isDateLine {
            for t in s.tokens { counts.add(t.baseScalars, 1) }
        }
        baseCounts = counts
    }

    /// How often a word (particle off) occurs in the report; the words are counted when first
    /// asked for (most reports never ask).
    mutating func baseCount(_ w: some ScalarWord) -> Int {
        if baseCounts == nil { countWords() }
        return baseCounts?[w] ?? 0
    }

    /// Whether a capitalised English word can name an unknown company.
    private func companyWordCandidate(_ t: Token) -> Bool {
        // The scalar tests first; once `isTitleCase` holds the word is ASCII.
        let u = t.baseScalars
        // (`Gen-8`, `Step-R2`: a model's name, a hyphen and a version with a digit, is a product.)
        guard Self.isTitleCase(u), !Self.isModelName(u), !lexicon.notNameWords.contains(u), knownOrg(u, of: t) == nil,
            lexicon.englishTitleWordSet.index(lowercasingASCII: u) == nil, !lexicon.unitNounWords.contains(u),
            !lexicon.eventNounWords.contains(u)
        else { return false }
        // The word is ASCII here (`isTitleCase`): lookups by scalars are `String` lookups.
        return !lexicon.surnameWords.contains(u) && DateParsing.monthWords.index(of: u) == nil
            && RelativeDates.weekdayWords.index(of: u) == nil && !Self.englishOrgSuffixWordSet.contains(u)
            && !lexicon.placeWords.contains(u)
    }

    /// `S10`, `X9`, `A17`: one or two capital letters, then digits (not `B2B`, `5G`, a year, nor the
    /// quarter or half of one, `Q3`, `H1`).
    static func isModelCode(_ u: some ScalarWord) -> Bool {
        guard (2...5).contains(u.count), let f = u.first, Scalars.isUpper(f), let l = u.last, Scalars.isDigit(l)
        else { return false }
        if u.count == 2, (f == "Q" && ("1"..."4").contains(l)) || (f == "H" && ("1"..."2").contains(l)) { return false }
        guard let d = u.firstIndex(where: Scalars.isDigit), d - u.startIndex <= 2 else { return false }
        return u[..<d].allSatisfy(Scalars.isUpper) && u[d...].allSatisfy(Scalars.isDigit)
    }

    /// `Gen-8`, `Step-R2`, `Qwen-72B`: letters, a hyphen, then a part with a digit.
    static func isModelName(_ u: some ScalarWord) -> Bool {
        // (Most words end in a lower-case letter: they are let go at once.)
        guard let last = u.last, Scalars.isDigit(last) || Scalars.isUpper(last), let h = u.lastIndex(of: "-") else {
            return false
        }
        return u[u.index(after: h)...].contains(where: Scalars.isDigit)
    }

    /// Whether a token is a short capital code (`XL`, `QQ`) that opens the name of an unknown
    /// company written right after it: no known org, title, unit or event word.
    private func codePrefix(_ p: Token) -> Bool {
        let u = p.baseScalars
        guard (2...4).contains(u.count), u.allSatisfy({ Scalars.isUpper($0) }), !p.hasParticle, !p.comma,
            !p.period, !p.hasParen, knownOrg(u) == nil, !lexicon.notNameWords.contains(u),
            lexicon.englishTitleWordSet.index(lowercasingASCII: u) == nil, !lexicon.unitNounWords.contains(u),
            !lexicon.eventNounWords.contains(u)
        else { return false }
        return true
    }

    /// Finds unknown organisations named often enough to be the report's subject.
    mutating func findFrequentOrgs() {
        var counts = TextDictionary<(count: Int, sentence: Int, native: String?)>()
        // Names the report gives a product (`called SkillHub`): no company, however often named.
        var named: [String] = []
        // Words in capitals counted (`SOOP`), and those a company's suffix follows somewhere (`SOOP
        // Co. (숲)`): only these name a company; a word in capitals alone is mostly a code (`PBG`).
        var capitalNames: [(name: String, word: String)] = []
        var suffixedCapitalWords: [String] = []
        // A Hangul word counts only with a parenthesis, another only when it starts with a capital
        // (`companyWordCandidate`): other sentences are passed over (`TokenSummary`).
        for s in sentences where !s.isDateLine && (s.summary.hasParen || s.summary.hasLatinEdge) {
            let tokens = s.tokens
            for (i, t) in tokens.enumerated() {
                if let f = t.baseScalars.first, Scalars.isHangul(f) {
                    // The count last: it counts every word of the report the first time.
                    guard t.hasParen else { continue }
                    // (`AI 스타트업 스캐터랩(Scatter Lab)`: a company noun before a word ending like a unit,
                    // `랩`, says it is a company.)
                    let described =
                        i > 0 && !tokens[i - 1].hasParticle
                        && Self.isCompanyNounBeforeGloss(tokens[i - 1].baseScalars)
                    // (`스캐터랩(Scatter Lab)`: a name of words too, where the Hangul is no person's name.)
                    guard let paren = t.paren,
                        Self.isTitleCase(paren) || Scalars.isCode(paren)
                            || (Self.isTitleCaseWords(paren)
                                && (described
                                    || (!looksLikeHangulName(t.baseScalars) && !Self.continuesAName(tokens, i)))),
                        knownOrg(t) == nil, !isUnitHead(t.baseScalars) || described,
                        !lexicon.eventNounWords.hasSuffix(t.baseScalars), !isTitleBase(t),
                        !lexicon.notOrgWords.contains(t.baseScalars),
                        // (`넥스트플레이` written bare reads as `넥스트플레` and the particle 이.)
                        baseCount(t.baseScalars)
                            + (t.baseScalars.last == "이" ? baseCount(t.baseScalars.dropLast()) : 0) >= 3
                    else { continue }
                    let c = counts[t.base] ?? (0, s.number, paren)
                    counts[t.base] = (c.count + 3, c.sentence, c.native)
                    if described, !describedCompanies.contains(t.base) { describedCompanies.append(t.base) }
                    continue
                }
                let candidate = companyWordCandidate(t)
                guard candidate || capitalCandidate(t), !t.hasParticle || t.particle == "'s" else { continue }
                if !candidate, i + 1 < tokens.count, t.isBare, !t.hasParen,
                    tokens[i + 1].isBase(in: Self.companySuffixTexts), !suffixedCapitalWords.contains(t.base)
                {
                    suffixedCapitalWords.append(t.base)
                }
                if i > 0 {
                    let p = tokens[i - 1]
                    // `an AI Content Group (ACG)`: a word after a capital code (not one that opens a
                    // company's name, `XL Axiata`) is inside another name.
                    if Scalars.isCode(p.baseScalars), p.isBare, !p.hasParen, !p.quoteAfter, p.orgIndex == nil,
                        !codePrefix(p)
                    {
                        continue
                    }
                    // `an app store for robot skills, called SkillHub`: a product named by the report.
                    // (Not `a startup called Moonshot`: a company the report names so.)
                    if p.isBase(in: Self.namingWords),
                        !tokens[max(0, i - 4)..<(i - 1)].contains(where: { $0.isBase(in: Self.companyBeforeNaming) })
                    {
                        named.append(t.base)
                        continue
                    }
                    // `S10 MaxV 울트라`: a word after a model's code is the product's name.
                    if Self.isModelCode(p.baseScalars), !p.comma, !p.period { continue }
                    if Self.isTitleCase(p.base) && !p.comma && !p.period && !p.hasParticle
                        && !isNotName(p)
                    {
                        continue
                    }
                    if p.isBase(in: Self.placePrepositions) { continue }
                }
                var name = t.base
                // `XL Axiata`: a short capital code glued before the name is part of it.
                if i > 0, codePrefix(tokens[i - 1]) { name = tokens[i - 1].base + " " + name }
                // `JD Logistics`: a known org's name before a business word names its subsidiary, not the
                // word alone.
                if i > 0, tokens[i - 1].orgIndex != nil, tokens[i - 1].isBare, !tokens[i - 1].hasParen {
                    name = tokens[i - 1].base + " " + name
                }
                if !t.hasParticle, !t.comma, !t.period, i + 1 < tokens.count {
                    let n = tokens[i + 1]
                    if n.isBase(in: Self.englishOrgSuffixTexts) {
                        name += " " + n.base
                    } else if let f = n.baseScalars.first, Scalars.isUpper(f) {
                        continue
                    }
                }
                if !candidate, !capitalNames.contains(where: { $0.name == name }) {
                    capitalNames.append((name, t.base))
                }
                let c = counts[name] ?? (0, s.number, nil)
                counts[name] = (c.count + 1, c.sentence, nil)
            }
        }
        for (name, c) in counts.sorted(by: {
            $0.value.sentence < $1.value.sentence || ($0.value.sentence == $1.value.sentence && $0.key < $1.key)
        })
        where c.count >= 3 {
            guard let s = sentence(numbered: c.sentence), !isVersionedProduct(name), !named.contains(name) else {
                continue
            }
            if let capital = capitalNames.first(where: { $0.name == name }),
                !suffixedCapitalWords.contains(capital.word)
            {
                continue
            }
            let latin = c.native.map { [$0] }
            addOrg(OrgFact(name: name, aliases: latin), sentence: s)
            discoveredCounts[name] = c.count
            if let native = c.native { orgByName[Scalars.lower(native)] = orgByName[Scalars.lower(name)] }
            let words = name.split(separator: " ")
            if let first = words.first, first.count < name.count {
                orgByName[Scalars.lower(String(first))] = orgByName[Scalars.lower(name)]
            }
            // `XL Axiata` is also named by its last word.
            if words.count == 2, Scalars.isCode(words[0].unicodeScalars), let last = words.last {
                orgByName[Scalars.lower(String(last))] = orgByName[Scalars.lower(name)]
            }
        }
        for (key, i) in orgByName where discoveredCounts[orgs[i].fact.name] != nil {
            discoveredKeys.set(Array(key.unicodeScalars)[...], 1)
        }
    }

    /// Whether a word in capitals (three to eight letters) may name a company when a company's
    /// suffix follows it somewhere (`SOOP Co.`): no known org, title or word that names nothing.
    func capitalCandidate(_ t: Token) -> Bool {
        let u = t.baseScalars
        guard u.count >= 3, u.count <= 8, u.allSatisfy(Scalars.isUpper) else { return false }
        return knownOrg(t) == nil && !lexicon.notNameWords.contains(u)
            && lexicon.englishTitleWordSet.index(lowercasingASCII: u) == nil
    }

    /// The suffixes that make a word in capitals a company's name (`capitalCandidate`).
    /// (The tokenizer keeps a word's full stop apart: `Co.` is `Co`.)
    static let companySuffixTexts: TextSet = ["Co", "Inc", "Corp", "Ltd", "Corporation"]

    /// `기반` (based on), after the name of what something is built on.
    static let basedOnScalars: [Unicode.Scalar] = ["기", "반"]

    /// Whether a word is written with a version after it somewhere (`엑사원 3.5`, `Spark 4.0`): a
    /// product, not an organisation.
    func isVersionedProduct(_ name: String) -> Bool {
        let w = Array(name.unicodeScalars)
        for s in sentences {
            let tokens = s.tokens
            for k in tokens.indices.dropLast() where tokens[k].baseScalars.isScalars(w) && !tokens[k].comma {
                let v = tokens[k + 1].baseScalars
                // `LoongArch 기반 소프트웨어`: what something is built on is a technology (a Latin name
                // only: `KT는 리벨리온 기반 AI 서버를` names a company).
                if w.first.map(Scalars.isLatin) == true, tokens[k + 1].scalars.starts(with: Self.basedOnScalars) {
                    return true
                }
                if v.count >= 3, v.first.map(Scalars.isDigit) == true, v.contains("."),
                    v.allSatisfy({ Scalars.isDigit($0) || $0 == "." })
                {
                    return true
                }
                // `Ascend 950`, `Kirin 9000`: a model number (two to four digits, not a year) after a
                // Latin word.
                if (2...4).contains(v.count), v.allSatisfy(Scalars.isDigit), !Self.isYearWord(v),
                    w.first.map(Scalars.isLatin) == true, !tokens[k + 1].hasParticle
                {
                    return true
                }
            }
        }
        return false
    }

    /// Whether the main org is named as a clause's subject outside quotations somewhere in the report.
    func mainOrgIsASubject() -> Bool {
        guard let main = mainOrg else { return false }
        for s in sentences where !s.isDateLine {
            for (i, t) in s.tokens.enumerated() where t.orgIndex != nil && !s.inQuote(t) {
                if let k = t.orgIndex, orgName(k) == main, isSubjectMention(s.tokens, i) { return true }
            }
        }
        return false
    }

    /// The organisation a token names: a lexicon org, or one found in this report.
    func anyOrg(_ t: Token) -> String? {
        if let k = knownOrg(t) { return orgName(k) }
        if let i = orgByName[Scalars.lower(t.base)] { return orgs[i].fact.name }
        return nil
    }

    /// The same for a name of several words (`Haier Smart Home`).
    func orgNamed(_ name: String) -> String? {
        if let k = knownOrg(name) { return orgName(k) }
        if let i = orgByName[Scalars.lower(name)] { return orgs[i].fact.name }
        return nil
    }

    /// The report's main organisation when the lexicon knows none: the unknown one named most; or
    /// the unknown one named more often than the lexicon's main org, as below.
    mutating func settleMainOrgFromDiscovered() {
        // (`넥스트플레이(NEXTPLAY)` named three times over `카이스트` once: the unknown org named more
        // often than the lexicon's is the report's.)
        // (`Insta360` named nine times over a rival the lexicon knows, `DJI`, named three: the unknown
        // org named more than twice as often is the report's, unless the lexicon's is a clause's
        // subject outside quotations: `Samsung Electronics agreed to buy Halvern`.)
        if mainOrg != nil {
            // (Counted by the frequency search alone: no word of the report is counted again.)
            guard !discoveredCounts.isEmpty else { return }
            var best: (count: Int, name: String)?
            for (fact, _) in orgs {
                guard let n = discoveredCounts[fact.name], n >= 3, n > best?.count ?? 0 else { continue }
                best = (n, fact.name)
            }
            if let best, mainOrgCount == 1 || (best.count > 2 * mainOrgCount && !mainOrgIsASubject()) {
                mainOrg = best.name
            }
            return
        }
        var best: (count: Int, name: String)?
        for (fact, _) in orgs {
            let n = max(discoveredCounts[fact.name] ?? 0, baseCount(Array(fact.name.unicodeScalars)[...]))
            if n >= 2, best == nil || n > best?.count ?? 0 { best = (n, fact.name) }
        }
        mainOrg = best?.name
    }
}
