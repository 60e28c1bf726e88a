import DossierModel

/// Organisations the lexicon does not know, found by the slot they fill: a word ending with a
/// standalone org suffix (`신세계그룹`, `BYD코리아`, `SK렌터카`), `㈜X`, a Latin code with a Han
/// native (`BYD(比亚迪)`), a Hangul word with a Han native that does not look like a person's name
/// (`센스타임(商汤科技)`), and an English capitalised run ending with `Group`/`Holdings`/`Inc.` or
/// followed by a listing (`Tencent Music Entertainment Group (NYSE: TME)`).
extension ExtractionRun {
    static let corporateMark: Unicode.Scalar = "\u{3231}"
    static let listingMarks: [[Unicode.Scalar]] = [
        "NYSE", "NASDAQ", "Nasdaq", "HKEX", "SZSE", "SSE:", "KRX", ".HK", "KOSDAQ",
    ]
    .map { Array($0.unicodeScalars) }
    static let hanOrgEndings: [[Unicode.Scalar]] = ["公司", "集团", "科技", "银行", "汽车", "控股", "智能", "网络", "电子", "股份"]
        .map { Array($0.unicodeScalars) }

    /// Whether a Hangul word looks like a person's name: 2–4 syllables, a family name first.
    ///
    /// `longest` allows the longer Hangul spellings of Chinese names (`자오밍쉬안`, five syllables)
    /// where something else says the word is a name (a Han native beside it).
    func looksLikeHangulName(_ w: some ScalarWord, longest: Int = 4) -> Bool {
        guard (2...longest).contains(w.count), w.allSatisfy(Scalars.isHangul), let f = w.first else { return false }
        if lexicon.hangulSurnameScalars.contains(f) { return true }
        return w.count >= 3 && lexicon.hangulSurnames.contains(Scalars.string(w.prefix(2)))
    }

    /// Whether a word is a common noun that only looks like an organisation.
    func isNotOrg(_ w: some ScalarWord) -> Bool {
        lexicon.notOrgWords.contains(w) || lexicon.notNameWords.contains(w) || isTitle(w)
            || lexicon.eventNounWords.hasSuffix(w) || lexicon.unitNounWords.hasSuffix(w, from: 2)
    }

    /// Whether a word is Hangul, or Latin capitals followed by Hangul (`BYD코리아`), with no
    /// quotation marks or other signs.
    static func isOrgShaped(_ w: some ScalarWord) -> Bool {
        guard let f = w.first, Scalars.isHangul(f) || Scalars.isUpper(f) || Scalars.isDigit(f) else { return false }
        return w.allSatisfy { Scalars.isHangul($0) || Scalars.isLatin($0) || Scalars.isDigit($0) || $0 == "&" }
            && w.contains(where: Scalars.isHangul)
    }

    /// Whether a word is org-shaped and ends with a standalone org suffix (`신세계그룹`).
    func isSuffixedOrg(_ w: some ScalarWord) -> Bool {
        Self.isOrgShaped(w) && lexicon.standaloneOrgSuffixWords.hasSuffix(w, keep: 2)
    }

    /// `하모니OS 넥스트(HarmonyOS NEXT)`: the gloss names the word before too (its Latin letters
    /// end the gloss's first word), so the glossed word alone is no name.
    func glossStartsBefore(_ tokens: [Token], _ k: Int, _ gloss: String) -> Bool {
        guard k > 0, !tokens[k - 1].comma, !tokens[k - 1].hasParticle, let first = gloss.split(separator: " ").first
        else { return false }
        // `'올 인텔리전스(All Intelligence)'`: a quoted name of as many words as its gloss.
        if tokens[k - 1].quoteBefore, gloss.split(separator: " ").count == 2 { return true }
        let latin = tokens[k - 1].scalars.drop { !Scalars.isLatin($0) }
        return latin.count >= 2 && latin.allSatisfy(Scalars.isLatin)
            && String(first).unicodeScalars.reversed().starts(with: latin.reversed())
    }

    /// `Pony.ai`: a capital, letters and a dot inside (a name written as a web address).
    static func isDottedName(_ w: some ScalarWord) -> Bool {
        guard let f = w.first, Scalars.isUpper(f), w.count >= 4, let dot = w.firstIndex(of: "."), dot > w.startIndex,
            w.last != "."
        else { return false }
        return w.allSatisfy { Scalars.isLatin($0) || Scalars.isDigit($0) || $0 == "." }
    }

    /// `卡奥斯, COSMOPlat`: a Han name, a comma, and a Latin one (a Title-case gloss or a code that
    /// mixes cases); `小红书·RED`: a Han name, a middle dot, and a Latin name of any case. Nil for
    /// anything else (`中芯国际, 이하 SMIC` is an alias's introduction).
    static func hanAndLatinGloss(_ paren: String) -> (String, String)? {
        let u = paren.unicodeScalars
        guard let mark = u.firstIndex(where: { $0 == "," || $0 == Self.middleDot }),
            u[..<mark].allSatisfy(Scalars.isHanOrKana),
            !u[..<mark].isEmpty
        else {
            return nil
        }
        let latin = String(String.UnicodeScalarView(u[u.index(after: mark)...])).trimmed()
        guard latin.unicodeScalars.first.map(Scalars.isUpper) == true else { return nil }
        if u[mark] == Self.middleDot {
            guard latin.unicodeScalars.allSatisfy({ Scalars.isLatin($0) || Scalars.isDigit($0) || $0 == " " }) else {
                return nil
            }
        } else if !(isTitleCaseGloss(latin) || isTitleCase(latin)) {
            return nil
        }
        return (String(String.UnicodeScalarView(u[..<mark])), latin)
    }

    /// `Dodam AI`, `Noiseworks`, `Moreh`: Latin words, the first Title-case (a capital, then a
    /// lower-case letter), at most four.
    static func isTitleCaseGloss(_ p: String) -> Bool {
        // The test on every scalar first (the same conjunction, in another order): it rejects most
        // glosses (Han names) without the `Character` split below.
        guard p.unicodeScalars.allSatisfy({ Self.isGlossScalar($0) }) else { return false }
        let words = p.split(separator: " ")
        guard (1...4).contains(words.count), let first = words.first, first.count >= 3,
            first.unicodeScalars.first.map(Scalars.isUpper) ?? false,
            first.unicodeScalars.dropFirst().first.map({ (0x61...0x7A).contains($0.value) }) ?? false,
            first.unicodeScalars.filter({ (0x61...0x7A).contains($0.value) }).count >= 2
        else { return false }
        return true
    }

    /// A scalar a Title-case gloss may hold: an ASCII letter or digit, a space, `&`, `-` or `.`.
    @inline(__always)
    static func isGlossScalar(_ c: Unicode.Scalar) -> Bool {
        Scalars.isLatin(c) || Scalars.isDigit(c) || c == " " || c == "&" || c == "-" || c == "."
    }

    static let groupScalars: [Unicode.Scalar] = ["그", "룹"]
    /// Endings of a group's buildings and bodies, not affiliates (`LG트윈타워`, `SK수펙스추구협의회`).
    static let placeEndings: [[Unicode.Scalar]] = ["타워", "빌딩", "파크", "사옥", "캠퍼스", "협의회", "위원회"].map {
        Array($0.unicodeScalars)
    }

    /// `바이두 … AI클라우드그룹(ACG)`, `모바일생태그룹(MEG)`: a `…그룹` with a code in parentheses, in
    /// a sentence that names a known org, is a business group of that org (a unit), unless what
    /// comes before `그룹` is itself an org (`SK그룹(SK)`).
    func isCodedGroupUnit(_ t: Token, in s: AnalyzedSentence) -> Bool {
        let w = t.baseScalars
        // `인프라스트럭처 솔루션 그룹(ISG)`: `그룹` as a word of its own, after a word that names no org.
        if w.elementsEqual(Self.groupScalars), let code = t.paren, Scalars.isCode(code), mainOrg != nil,
            let k = s.tokens.firstIndex(where: { $0.start == t.start }), k > 0
        {
            let p = s.tokens[k - 1]
            return p.isBare && !p.hasParen && p.orgIndex == nil && slotOrg(p) == nil
                && p.scalars.allSatisfy { Scalars.isHangul($0) || $0 == Self.middleDot }
        }
        guard w.count >= 4, w.hasSuffix(Self.groupScalars), let code = t.paren, Scalars.isCode(code),
            t.orgIndex == nil, knownOrg(w.dropLast(2)) == nil
        else { return false }
        // `지능형주행그룹(IDG)의 왕윈펑 총재`: a coded group whose head someone is, in a report about an org.
        if s.tokens.contains(where: { $0.orgIndex != nil }) || (t.hasPossessiveParticle && mainOrg != nil) {
            return true
        }
        // `집행부총재 겸 AI클라우드그룹(ACG) 총재`: a coded group with its head's title right after it.
        guard mainOrg != nil, !t.hasParticle, let k = s.tokens.firstIndex(where: { $0.start == t.start }),
            k + 1 < s.tokens.count
        else { return false }
        return isTitleBase(s.tokens[k + 1])
    }

    /// How many words a Latin gloss of a company has (two or three, Title-case, the last one a
    /// company's word: `Nautilus Mobile`, `Granstone Games`), or nil.
    static func companyGlossWordCount(_ paren: String) -> Int? {
        guard paren.utf8.contains(0x20), paren.unicodeScalars.allSatisfy({ Scalars.isLatin($0) || $0 == " " }) else {
            return nil
        }
        let words = paren.split(separator: " ")
        guard (2...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase ?? false }),
            let last = words.last, companyGlossWords.contains(String(last))
        else { return nil }
        return words.count
    }
    static let companyGlossWords: Set<String> = [
        "Mobile", "Games", "Studio", "Studios", "Labs", "Technologies", "Technology", "Robotics", "Motors",
        "Entertainment", "Interactive", "Software", "Systems", "Networks", "Pay", "Bank", "Securities", "Capital",
        "Ventures", "Cloud", "Semiconductor", "Electronics", "Bio", "Biologics", "Pharma", "Logistics", "Commerce",
        "Media", "Holdings", "Group", "Inc", "Corp", "Company",
    ]

    /// Words of a company's kind after its name (`Chery Automobile`, `Zeekr Intelligent Technology`):
    /// the long name of the same company, no subsidiary.
    static let companyKindWords: Set<String> = [
        "Intelligent", "Intelligence", "Technology", "Technologies", "Tech", "Group", "Holdings", "Holding", "Co",
        "Inc", "Ltd", "Limited", "Corporation", "Corp", "International", "Automobile", "Automotive", "Motor",
        "Motors", "Electronics", "Information", "Science", "Network", "Networks", "Company",
    ]

    /// Adds an org found by its slot, and remembers it as able to own figures.
    mutating func addSlotOrg(_ fact: OrgFact, sentence: AnalyzedSentence) {
        addOrg(fact, sentence: sentence)
        guard let i = orgByName[Scalars.lower(fact.name)] else { return }
        let name = orgs[i].fact.name
        slotOrgNames.insert(name)
        slotOrgKeys.set(Array(Scalars.lower(name).unicodeScalars)[...], 1)
        let stored = orgs[i].fact
        for a in [fact.native, stored.native].compactMap({ $0 }) + (fact.aliases ?? []) + (stored.aliases ?? []) {
            if orgByName[Scalars.lower(a)] == nil { orgByName[Scalars.lower(a)] = i }
            slotOrgKeys.set(Array(Scalars.lower(a).unicodeScalars)[...], 1)
        }
    }

    /// `호라이즌 로보틱스(地平线, 이하 호라이즌)`, `톈수커지(天枢科技, 이하 톈수)`: a name given with its
    /// Han or Latin native and the alias the report uses from then on names an organisation, unless
    /// it is known, or names an event, a unit or a title. The word before is part of the name when
    /// the alias starts with it.
    /// `LS전선`, `LS일렉트릭`, `CJ대한통운`: the affiliates of a group, named by the group's Latin
    /// name and Hangul, are orgs of their own when the report names the group (`LS그룹`) or the
    /// lexicon knows it.
    private mutating func findAffiliates() {
        var groups: Set<String> = []
        var candidates: [(Token, AnalyzedSentence)] = []
        // Only words that start with a capital count (`TokenSummary`).
        for s in sentences where !s.isDateLine && s.summary.hasLatinEdge {
            for t in s.tokens where t.orgIndex == nil && Scalars.isUpper(t.baseScalars.first ?? " ") {
                let w = t.baseScalars
                let latin = w.prefix { Scalars.isUpper($0) }
                guard (2...5).contains(latin.count), latin.count < w.count,
                    w[latin.endIndex...].allSatisfy(Scalars.isHangul)
                else { continue }
                if w[latin.endIndex...].elementsEqual(Self.groupScalars) {
                    groups.insert(Scalars.string(latin))
                } else {
                    candidates.append((t, s))
                }
            }
        }
        for (t, s) in candidates {
            let w = t.baseScalars
            let latin = Scalars.string(w.prefix { Scalars.isUpper($0) })
            guard groups.contains(latin) || knownOrg(latin) != nil, !isNotOrg(w), knownOrg(w, of: t) == nil,
                !Self.placeEndings.contains(where: { w.hasSuffix($0) })
            else { continue }
            addSlotOrg(OrgFact(name: t.base), sentence: s)
        }
    }

    /// Han characters that end an event's native name (`…发布会`, `…科技日`, `…节`).
    static let hanEventEndings: Set<Unicode.Scalar> = ["会", "日", "节", "展", "坛", "赛"]

    private mutating func findIntroducedCompanies(in s: AnalyzedSentence) {
        let tokens = s.tokens
        for (i, t) in tokens.enumerated() where t.hasParen && t.orgIndex == nil {
            // `한글과컴퓨터(이하 한컴)가`: a Hangul name of three syllables or more given only its
            // alias, as the subject of the sentence, names an org (not a person, unit, event or title).
            if let paren = t.paren, paren.unicodeScalars.starts(with: Self.aliasMark), knownOrg(t) == nil,
                t.hasParticle(in: Self.subjectParticles) || t.hasPossessiveParticle,
                t.baseScalars.count >= 3, t.baseScalars.allSatisfy(Scalars.isHangul), !isNotOrg(t.baseScalars),
                !looksLikeHangulName(t.baseScalars), personIndex[t.base] == nil, !isUnitHead(t.baseScalars)
            {
                let alias = String(paren.dropFirst(Self.aliasMark.count)).trimmed()
                if !alias.isEmpty, !alias.contains(" ") {
                    addSlotOrg(OrgFact(name: t.base, aliases: [alias]), sentence: s)
                }
                continue
            }
            guard let paren = t.paren, let (native, alias) = Self.nativeAndAlias(paren), knownOrg(t) == nil else {
                continue
            }
            let w = t.baseScalars
            guard !alias.isEmpty, !native.isEmpty, Self.isOrgShaped(w) || Self.isTitleCase(w),
                Scalars.hasHan(native) || native.unicodeScalars.allSatisfy({ !Scalars.isHangul($0) }),
                !isNotOrg(w), personIndex[t.base] == nil,
                // `520 발표회(网易游戏520发布会, 이하 520 발표회)`: an event's name, not an org's.
                w.last != "회", !(native.unicodeScalars.last.map(Self.hanEventEndings.contains) ?? false)
            else { continue }
            var name = t.base
            // (As written: `윈하이` ends like the particle 이, and is all the same the alias.)
            if i > 0, !tokens[i - 1].comma, !tokens[i - 1].period, !tokens[i - 1].hasParen,
                tokens[i - 1].scalars.count >= 2, alias.hasPrefix(tokens[i - 1].text)
            {
                name = tokens[i - 1].text + " " + name
            }
            // `인허퉁융(银河通用·Galbot, 이하 갤봇)`: a Hangul alias that is no part of the name is the name the
            // report goes by (the name as introduced stays among the aliases); a short form of the name
            // (`쑤이위안커지 … 이하 쑤이위안`) or a Latin code (`SMIC`) leaves the name as introduced.
            if Self.isNameOfItsOwn(alias, besides: name), !isNotOrg(Array(alias.unicodeScalars)[...]),
                personIndex[alias] == nil
            {
                addSlotOrg(OrgFact(name: alias, native: native, aliases: [name]), sentence: s)
                continue
            }
            addSlotOrg(OrgFact(name: name, native: native, aliases: [alias]), sentence: s)
        }
    }

    /// Whether an alias introduced with `이하` is a Hangul name of its own rather than a short form of
    /// `name`: its syllables are not the name's, in order (`갤봇` for `인허퉁융`, `페이퍼게임즈` for
    /// `디에즈게임즈`; not `쑤이위안` for `쑤이위안커지`, `경총` for `한국경영자총협회`, nor `SMIC`).
    static func isNameOfItsOwn(_ alias: String, besides name: String) -> Bool {
        let a = Array(alias.unicodeScalars)
        guard a.count >= 2, a.allSatisfy(Scalars.isHangul) else { return false }
        var n = name.unicodeScalars.makeIterator()
        // (Each syllable of the alias found after the one before it in the name: a short form.)
        return !a.allSatisfy { c in
            while let x = n.next() { if x == c { return true } }
            return false
        }
    }

    /// English nouns that say the name beside them is a company: `Nexora, a Singapore-based
    /// logistics firm`, `startup Quantiv`, `chipmaker Lumora`. Each starts with a lower-case ASCII
    /// letter (`findDescribedCompanies` tests that before the lookup).
    /// Capitalised words before a company noun that say where it is from, not who it is.
    static let nationalityWords = WordSet([
        "Chinese", "Korean", "Japanese", "American", "US", "U.S.", "German", "French", "British", "Taiwanese",
        "Indian", "European", "Asian", "Singaporean", "Hong", "Beijing-based", "Shanghai-based", "Shenzhen-based",
    ])

    static let subsidiaryNouns: Set<String> = ["subsidiary", "affiliate", "unit", "arm"]

    static let englishCompanyNouns = WordSet([
        "firm", "company", "startup", "start-up", "maker", "chipmaker", "automaker", "carmaker", "provider",
        "developer", "giant", "operator", "unicorn", "conglomerate", "manufacturer", "supplier", "retailer",
        "lender", "insurer", "brokerage", "subsidiary", "affiliate",
    ])

    /// `Nexora, a Singapore-based logistics firm,` and `startup Quantiv`: a Title-case name (one to
    /// three words, no person, title or known org) described as a company.
    private mutating func findDescribedCompanies(in s: AnalyzedSentence) {
        let tokens = s.tokens
        // Every noun starts with a lower-case ASCII letter: other words (every Hangul word) are not
        // looked up.
        for (i, t) in tokens.enumerated()
        where (0x61...0x7A).contains(t.baseScalars.first?.value ?? 0)
            && Self.englishCompanyNouns.contains(t.baseScalars)
        {
            // `startup Quantiv`: the noun right before the name.
            // (`Chinese carmaker Great Wall Motor`, `Logistics firm Sinotrans` opening the sentence: a
            // capital before the noun that is no name.)
            // (`the company's Abu Dhabi office`: what follows a possessive is the company's.)
            // (`… for any foreign chipmaker. This deal`: a full stop ends the noun's phrase.)
            if !t.comma, !t.period, i + 1 < tokens.count, t.particle != "'s",
                i <= 1 || tokens[i - 1].baseScalars.first.map(Scalars.isUpper) == false
                    || Self.nationalityWords.contains(tokens[i - 1].baseScalars),
                let name = describedName(tokens, from: i + 1)
            {
                addSlotOrg(OrgFact(name: name), sentence: s)
                continue
            }
            // `chief executive of subsidiary Yanolja Cloud`: a known org's name and a word more name
            // its subsidiary.
            if !t.comma, i + 2 < tokens.count, Self.subsidiaryNouns.contains(t.text), tokens[i + 1].orgIndex != nil,
                tokens[i + 1].isBare, !tokens[i + 1].hasParen, Self.isTitleCase(tokens[i + 2].baseScalars),
                tokens[i + 2].orgIndex == nil,
                lexicon.englishTitleWordSet.index(lowercasingASCII: tokens[i + 2].baseScalars) == nil
            {
                addSlotOrg(OrgFact(name: tokens[i + 1].text + " " + tokens[i + 2].base), sentence: s)
                continue
            }
            // `Nexora, a … firm`: the name, a comma, then `a`/`an` and at most four words to the noun;
            // or `the` and one to four words (`Corvane Data, the Denver-based data company`, not
            // `…, the company said`).
            guard
                let article = (max(0, i - 5)..<i).last(where: {
                    tokens[$0].text == "a" || tokens[$0].text == "an" || tokens[$0].text == "the"
                }),
                tokens[article].text != "the" || article < i - 1,
                article >= 1, tokens[article - 1].comma,
                !tokens[article..<i].contains(where: { $0.comma || $0.period })
            else { continue }
            // `X Co., Ltd., a … company`: the whole run is read as an org run (`englishOrgRun`).
            if article >= 2, Self.limitedWords.contains(tokens[article - 1].base), tokens[article - 2].comma,
                Self.companyAbbreviations.contains(tokens[article - 2].base)
            {
                continue
            }
            var start = article - 1
            while start > 0, article - start < 3, !tokens[start - 1].comma, !tokens[start - 1].period,
                Self.isTitleCase(tokens[start - 1].baseScalars) || Scalars.isCode(tokens[start - 1].baseScalars)
            {
                start -= 1
            }
            if let name = describedName(tokens, from: start), name.split(separator: " ").count == article - start {
                // (`Golfzon Newdin Holdings, the group's holding company`: a company described by
                // its tie to another is not a longer name of that one.)
                let tied = tokens[(article + 1)...i].contains { Self.tieWords.contains($0.baseScalars) }
                addDescribedCompany(name, sentence: s, absorbing: !tied)
            }
        }
    }

    /// Adds a company found described; when its first word was already found by frequency
    /// (`Corvane` … `Corvane Data, the … company`), that org takes the full name and keeps the short
    /// one as an alias, so that both name one org.
    private mutating func addDescribedCompany(_ name: String, sentence s: AnalyzedSentence, absorbing: Bool = true) {
        let words = name.split(separator: " ")
        if absorbing, words.count >= 2, let i = orgByName[Scalars.lower(String(words[0]))],
            orgs[i].fact.name == String(words[0]), discoveredCounts[orgs[i].fact.name] != nil
        {
            absorbShortName(into: name, at: i)
        }
        addSlotOrg(OrgFact(name: name), sentence: s)
    }

    /// Words that describe a company by its tie to another (`the group's holding company`, `its
    /// parent`, `a Samsung affiliate`, `Hisense's robot unit`).
    static let tieWords = WordSet([
        "holding", "parent", "subsidiary", "affiliate", "sister", "spin-off", "unit", "arm", "division",
    ])

    /// The org found under its first word (`Lumora`, by frequency or as `chipmaker Lumora`) takes
    /// the full name found later (`Lumora Semiconductor (灵芯半导体)`) and keeps the short one as an
    /// alias, so that both name one org.
    mutating func absorbShortName(into name: String, at i: Int) {
        let short = orgs[i].fact.name
        orgs[i].fact.aliases = [short] + (orgs[i].fact.aliases ?? []).filter { $0 != short }
        orgs[i].fact.name = name
        orgByName[Scalars.lower(name)] = i
        if let n = discoveredCounts[short] {
            discoveredCounts[short] = nil
            discoveredCounts[name] = n
        }
        if slotOrgNames.remove(short) != nil { slotOrgNames.insert(name) }
        if mainOrg == short { mainOrg = name }
    }

    /// The Title-case words from `i` that can name a company (not a person, title or month).
    private func describedName(_ tokens: [Token], from i: Int) -> String? {
        var words: [String] = []
        var j = i
        var ampersand = false
        while j < tokens.count, words.count < (ampersand ? 4 : 3) {
            let w = tokens[j].baseScalars
            // `Measurable AI`: a code after the first word belongs to the name.
            let code = Scalars.isCode(w) && w.count >= 2
            let laterCode = code && !words.isEmpty
            // A title word ends the name, but after its first word only a whole title does
            // (`Corvane Data`: `Data` is a word of `Chief Data Officer`, not a title).
            let titleWord =
                lexicon.englishTitleWordSet.index(lowercasingASCII: w) != nil
                && (words.isEmpty || isOneWordEnglishTitle(tokens[j].base))
            guard Self.isTitleCase(w) || code, laterCode || !lexicon.notNameWords.contains(w),
                laterCode || !titleWord,
                DateParsing.monthWords.index(of: w) == nil,
                RelativeDates.weekdayWords.index(of: w) == nil, words.isEmpty || knownOrg(tokens[i].baseScalars) == nil
            else { break }
            words.append(tokens[j].base)
            j += 1
            if tokens[j - 1].comma || tokens[j - 1].period || tokens[j - 1].hasParticle { break }
            // `Frost & Sullivan`: an ampersand between two Title-case words (the word after it read as
            // the others; an ampersand left last is dropped).
            if j + 1 < tokens.count, tokens[j].scalars.count == 1, tokens[j].scalars.first == "&",
                Self.isTitleCase(tokens[j + 1].baseScalars)
            {
                words.append("&")
                ampersand = true
                j += 1
            }
        }
        if words.last == "&" {
            words.removeLast()
            j -= 1
        }
        guard !words.isEmpty, j == i + words.count, knownOrg(tokens[i].baseScalars) == nil else { return nil }
        let name = words.joined(separator: " ")
        if personIndex[name] != nil || knownOrg(Array(name.unicodeScalars)[...]) != nil { return nil }
        return name
    }

    /// Whether a word is a whole English title of the lexicon (`President`, `Analyst`).
    private func isOneWordEnglishTitle(_ word: String) -> Bool {
        let w = word.lowercased()
        return lexicon.englishTitlesByFirst[w]?.contains([w]) ?? false
    }

    /// Korean nouns that say the quoted name after them is a company (`AI 스타트업 '뤼튼'`,
    /// `자회사 ‘스노우’`).
    static let koreanCompanyNouns = WordSet([
        "업체", "기업", "회사", "제조사", "스타트업", "계열사", "자회사", "게임사", "개발사", "운영사", "협력사", "투자사",
        "손자회사", "합작사", "법인",
    ])
    /// Nouns for a company of a sector (`일본 출판사 고단샤(講談社)`): a company's only before a name glossed in
    /// Han or Latin letters, as their plain use is common (`증권사 컨센서스`, `항공사 마일리지`).
    static let sectorCompanyNouns = WordSet([
        "출판사", "제작사", "배급사", "유통사", "증권사", "보험사", "카드사", "운용사", "건설사", "조선사", "항공사",
    ])

    /// Whether a word ends with a company noun of either list (`소재 기업`, `드라마 제작사`).
    static func endsWithCompanyNoun(_ w: some ScalarWord) -> Bool {
        koreanCompanyNouns.hasSuffix(w) || sectorCompanyNouns.hasSuffix(w)
    }

    /// Whether a word is a company noun before a glossed or quoted name (`koreanCompanyNouns`,
    /// `sectorCompanyNouns`).
    static func isCompanyNounBeforeGloss(_ w: some ScalarWord) -> Bool {
        koreanCompanyNouns.contains(w) || sectorCompanyNouns.contains(w)
    }

    /// `Kakao Pay Securities and Kakao Pay Insurance`: a known org's English name (one word or two)
    /// and a word for a line of business after it name its subsidiary in that business.
    private mutating func findBusinessSubsidiaries(in s: AnalyzedSentence) {
        let tokens = s.tokens
        // (A capital first: most words are no business word, and the lookup cost 40 instructions each.)
        for n in tokens.indices.dropFirst()
        where tokens[n].scalars.first.map(Scalars.isUpper) == true && tokens[n].isBase(in: Self.subsidiaryBusinessWords)
        {
            guard tokens[n].orgIndex == nil, !tokens[n].hasParen else { continue }
            let p = tokens[n - 1]
            guard p.isBare, !p.hasParen, !p.quoteAfter, p.scalars.allSatisfy(Scalars.isLatin) else { continue }
            var first = n - 1
            if n >= 2, tokens[n - 2].isBare, knownOrg(pair: tokens[n - 2], p) != nil {
                first = n - 2
            } else if p.orgIndex == nil {
                continue
            }
            let name = tokens[first..<n].map(\.text).joined(separator: " ") + " " + tokens[n].base
            guard knownOrg(name) == nil else { continue }
            addSlotOrg(OrgFact(name: name), sentence: s)
        }
    }

    /// `Haier Smart Home (海尔智家)`: a known org's English name and capitalised words, glossed in Han
    /// by a name that opens with the known org's own Han name, name its subsidiary.
    private mutating func findGlossedSubsidiaries(in s: AnalyzedSentence) {
        let tokens = s.tokens
        for i in tokens.indices where tokens[i].orgIndex != nil {
            let t = tokens[i]
            guard t.isBare, !t.hasParen, t.scalars.allSatisfy(Scalars.isLatin), let k = t.orgIndex,
                let own = lexicon.orgs[k].native, own.unicodeScalars.count >= 2,
                own.unicodeScalars.allSatisfy(Scalars.isHan)
            else { continue }
            var j = i + 1
            while j < tokens.count, j - i <= 3 {
                let w = tokens[j]
                guard let f = w.baseScalars.first, Scalars.isUpper(f), w.baseScalars.allSatisfy(Scalars.isLatin),
                    w.orgIndex == nil
                else { break }
                if let gloss = w.paren {
                    if gloss.hasPrefix(own), gloss.unicodeScalars.count > own.unicodeScalars.count,
                        gloss.unicodeScalars.allSatisfy(Scalars.isHan)
                    {
                        let name = tokens[i...j].map(\.base).joined(separator: " ")
                        // (`DJI Enterprise Partner Summit (大疆行业合作伙伴大会)`: an event's.)
                        if knownOrg(name) == nil, !lexicon.eventNounWords.contains(w.baseScalars) {
                            addSlotOrg(OrgFact(name: name, native: gloss), sentence: s)
                        }
                    }
                    break
                }
                if !w.isBare { break }
                j += 1
            }
        }
    }

    /// `스마일게이트 엔터테인먼트는`, `스마일게이트 RPG의`: a known Korean org's Hangul name, a space, and a
    /// word for a line of business or a capital code name its subsidiary. A code must follow the
    /// name twice in the report (`네이버 AI 전략` once is a topic, not a company) and be no common
    /// technical abbreviation.
    private mutating func findKoreanSubsidiaries(in s: AnalyzedSentence) {
        let tokens = s.tokens
        for i in tokens.indices.dropLast() where tokens[i].orgIndex != nil {
            let t = tokens[i]
            let n = tokens[i + 1]
            guard t.isBare, !t.hasParen, !t.quoteAfter, let f = t.scalars.first, Scalars.isHangul(f),
                t.scalars.allSatisfy(Scalars.isHangul), n.orgIndex == nil, !n.quoteBefore
            else { continue }
            let w = n.baseScalars
            let isCode = (2...5).contains(w.count) && w.allSatisfy { Scalars.isUpper($0) || $0 == "&" }
            guard isCode ? !Self.technicalCodes.contains(w) : Self.koreanBusinessWords.contains(w) else { continue }
            let name = Scalars.string(t.scalars) + " " + Scalars.string(w)
            guard knownOrg(name) == nil else { continue }
            if isCode {
                let pair = Array(name.unicodeScalars)
                var count = 0
                for o in sentences where !o.isDateLine {
                    var from = 0
                    while count < 2, let k = Scalars.find(pair, in: o.sentence.scalars, from: from) {
                        count += 1
                        from = k + pair.count
                    }
                    if count >= 2 { break }
                }
                guard count >= 2 else { continue }
            }
            addSlotOrg(OrgFact(name: name), sentence: s)
        }
    }

    /// `Kim Ji-ho, a former Twitch executive`, `an Nvidia veteran`: a Title-case word between `a`,
    /// `an` or `former` and a word for someone who works somewhere names the company they worked at
    /// (not `a Korean-American executive`).
    private mutating func findFormerEmployers(in s: AnalyzedSentence) {
        let tokens = s.tokens
        for i in tokens.indices.dropFirst(2) {
            // The cheap test first: the opener's first scalar (`a`, `an`, `former`).
            guard let o = tokens[i - 2].scalars.first, o == "a" || o == "f" else { continue }
            let p = tokens[i - 1]
            guard let f = p.baseScalars.first, Scalars.isUpper(f), p.isBare, !p.hasParen,
                Self.isTitleCase(p.baseScalars), !p.baseScalars.contains("-"),
                tokens[i - 2].isBase(in: Self.employerOpeners),
                tokens[i].isBase(in: Self.employeeNouns), p.orgIndex == nil, knownOrg(p) == nil,
                !lexicon.notNameWords.contains(p.baseScalars), !lexicon.countryWordSet.contains(p.baseScalars),
                lexicon.englishTitleWordSet.index(lowercasingASCII: p.baseScalars) == nil, person(p) == nil,
                !Self.nationalityWords.contains(p.baseScalars)
            else { continue }
            addSlotOrg(OrgFact(name: p.base), sentence: s)
        }
    }

    /// `라쿠텐 출신 계하진 전무가`, `11번가 출신 봉은호 상무`: the word before `출신` where a name and a title follow
    /// names the company the person came from (not a place, a country, a title or a word that names nothing:
    /// `독일 출신`, `CTO 출신`, `외부 출신`).
    private mutating func findKoreanFormerEmployers(in s: AnalyzedSentence) {
        let tokens = s.tokens
        // (The first scalar tested before the set: one comparison for most words.)
        for i in tokens.indices.dropFirst().dropLast(2)
        where tokens[i].baseScalars.first == "출" && tokens[i].isBase(in: Self.formerEmployerWords) {
            let p = tokens[i - 1]
            let w = p.baseScalars
            guard p.isBare, !p.hasParen, p.orgIndex == nil, w.count >= 2, Self.isOrgShaped(w) || Self.isTitleCase(w),
                tokens[i].isBare, isKoreanName(tokens[i + 1]), isTitleBase(tokens[i + 2]), knownOrg(w, of: p) == nil,
                !isNotOrg(w), !isPlaceOrCountry(w), !isTitleBase(p), !isUnitHead(w),
                !lexicon.notNameWords.contains(w), !Self.originWords.contains(w),
                // (`한양대`, `컴퓨터공학과`, `변호사`, `평사원`, `공채`, `대학원`: a school, a department or a job.)
                !Self.originEndings.contains(w[w.endIndex - 1]),
                // (`쿠팡 풀필먼트 출신`: a word after a known org is part of its name, or its business.)
                i < 2 || tokens[i - 2].orgIndex == nil || !tokens[i - 2].isBare
            else { continue }
            addSlotOrg(OrgFact(name: p.base), sentence: s)
        }
    }

    /// Last syllables of schools, departments and jobs before `출신`.
    static let originEndings: Set<Unicode.Scalar> = ["대", "과", "사", "원", "관", "채", "생", "직", "급", "군"]
    /// Words for where people come from that name no company (`외부 출신`, `업계 출신`, `빅테크 출신`, a city's).
    static let originWords = WordSet([
        "외부", "내부", "업계", "업체", "빅테크", "대기업", "스타트업", "글로벌", "해외", "국내", "공직", "관료", "학계", "컨설팅",
        "금융권", "증권가", "재무", "개발자", "엔지니어", "기자", "서울", "부산", "대구", "인천", "광주", "대전", "울산",
        "세종", "제주", "경기", "강원", "충청", "전라", "경상", "지방", "현장", "영업", "기획",
    ])

    static let employerOpeners: TextSet = ["a", "an", "former"]
    /// (Not `official` nor `veteran`: `a Seoul official`, `a Hollywood veteran`.)
    static let employeeNouns: TextSet = ["executive", "engineer", "employee", "alumnus", "manager"]

    /// `포스코DX 로봇자동화센터의`, `카카오VX는`: a known Korean org's Hangul name with a capital code
    /// glued to it names its subsidiary, when the report writes the word twice.
    private mutating func findCodedKoreanSubsidiaries(in s: AnalyzedSentence) {
        for t in s.tokens where t.orgIndex == nil {
            let w = t.baseScalars
            guard let l = w.last, Scalars.isUpper(l), let code = Self.latinCodeLength(w) else { continue }
            guard knownOrg(w.dropLast(code)) != nil, knownOrg(w, of: t) == nil, baseCount(w) >= 2 else { continue }
            addSlotOrg(OrgFact(name: Scalars.string(w)), sentence: s)
        }
    }

    /// Hangul words for a line of business that name a subsidiary after its parent's name.
    static let koreanBusinessWords = WordSet([
        "엔터테인먼트", "모빌리티", "헬스케어", "게임즈", "증권", "캐피탈", "인베스트먼트", "벤처스", "로보틱스",
        "파이낸셜", "커머스", "로지스틱스", "브레인",
    ])
    /// Capital abbreviations of technology, not of companies (`네이버 AI`, `LG OLED`).
    static let technicalCodes = WordSet([
        "AI", "IT", "SW", "HW", "HBM", "OLED", "LCD", "GPU", "NPU", "CPU", "AP", "PC", "TV", "OS", "API", "SDK", "IP",
        "MOU", "CEO", "CFO", "CTO", "COO", "IPO", "EV", "SDV", "XR", "VR", "AR", "UX", "UI", "DX", "AX",
        "LLM", "ESG", "IR", "PR", "HR", "B2B", "B2C",
    ])

    /// English words for a line of business that name a subsidiary after its parent's name.
    static let subsidiaryBusinessWords: TextSet = [
        "Securities", "Insurance", "Bank", "Capital", "Asset", "Investment", "Ventures", "Mobility", "Entertainment",
        "Logistics", "Healthcare", "Brain", "Commerce", "Finance", "Financial", "Robotics",
    ]

    /// `a former Intel China executive`: a known org and, in English, a country after it name its
    /// subsidiary there.
    private mutating func findCountrySubsidiaries(in s: AnalyzedSentence) {
        let tokens = s.tokens
        for i in tokens.indices.dropLast() where tokens[i].orgIndex != nil {
            let t = tokens[i]
            let n = tokens[i + 1]
            guard t.isBare, !t.hasParen, !t.quoteAfter, t.scalars.allSatisfy(Scalars.isLatin),
                n.baseScalars.allSatisfy(Scalars.isLatin), lexicon.countryWordSet.contains(n.baseScalars),
                n.orgIndex == nil
            else { continue }
            // `Bithumb Korea Co. (빗썸)`: the company's own legal name, glossed by its own name, is no subsidiary.
            let gloss = n.paren ?? (i + 2 < tokens.count ? tokens[i + 2].paren : nil)
            if let gloss, knownOrg(gloss) == t.orgIndex { continue }
            addSlotOrg(OrgFact(name: t.text + " " + n.base), sentence: s)
        }
    }

    /// `AI 스타트업 마루AI와`, `소재 기업 덕산네오룩스가`, `중국 가전업체 TCL은`: an unquoted name right
    /// after a company noun, when it looks like a name: Latin letters in it, four syllables or more,
    /// or named again elsewhere in the report. Not a common noun (`업체 관계자는`, `기업 고객이`).
    private mutating func findDescribedKoreanCompanies(in s: AnalyzedSentence) {
        let tokens = s.tokens
        for i in 1..<max(1, tokens.count) {
            let p = tokens[i - 1]
            // The cheap test first: every company noun ends in one of four syllables.
            guard let last = p.lastScalar, Self.companyNounLasts.contains(last), p.isBare, !p.quoteAfter,
                !p.hasParen
            else { continue }
            // (A sector's noun, `드라마 제작사 스튜디오드래곤과`, only before a name the report writes again:
            // `증권사 컨센서스`, `항공사 마일리지` are common compounds.)
            let described = Self.koreanCompanyNouns.hasSuffix(p.baseScalars)
            let sector = !described && Self.sectorCompanyNouns.hasSuffix(p.baseScalars)
            guard described || sector,
                // A bare company noun describes a name after a word that qualifies it (`소재 기업 덕산네오룩스`),
                // not after a verb or a particle (`에이전트가 기업 데이터베이스와`, `말까지 기업 현장에`).
                !Self.koreanCompanyNouns.contains(p.baseScalars) || i == 1 || tokens[i - 2].isBare
            else { continue }
            let t = tokens[i]
            let w = t.baseScalars
            guard !t.quoteBefore, !t.hasParen, !t.comma || t.hasParticle, w.count >= 2,
                // (`시장조사업체 GfK에 따르면`: a Latin name after a Korean company noun.)
                Self.isOrgShaped(w) || (Scalars.isCode(w) && w.count <= 6) || Self.isLatinName(w),
                t.orgIndex == nil, knownOrg(w, of: t) == nil, !isNotOrg(w), person(t) == nil, !isTitleBase(t),
                // (`ERP 업체 영림원소프트랩과`: a long name may end like a unit.)
                !isUnitHead(w) || w.count >= 6, !lexicon.notNameWords.contains(w),
                !Self.commonAfterCompanyNouns.contains(w),
                !Self.koreanCompanyNouns.hasSuffix(w), w.allSatisfy({ !Scalars.isDigit($0) }),
                // `우아한형제들이`: a known org with a particle that only looks like more of one.
                // (`골프 자회사 카카오VX의`: a known org's name and a Latin code make another company.)
                !startsWithKnownOrg(t.textScalars) || Self.isHangulWithLatinCode(w),
                knownOrg(t.textScalars.dropLast()) == nil,
                !Self.commonAfterCompanyNouns.contains(w.dropLast()),
                // `그랑스톤 게임즈(Granstone Games)`: the first word of a name glossed after its last.
                t.hasParticle || t.comma || i + 1 >= tokens.count || !tokens[i + 1].hasParen
            else { continue }
            let latin = w.contains(where: Scalars.isLatin)
            // (A short name known only by being named elsewhere carries its particle or a comma: `유통
            // 계열사 상담 자동화 협약`, a bare word before another noun, is a common noun's compound.)
            guard latin || w.count >= 4 || ((t.hasParticle || t.comma) && namedElsewhere(w, not: s.number)) else {
                continue
            }
            if sector, !latin, !namedElsewhere(w, not: s.number) { continue }
            addSlotOrg(OrgFact(name: Scalars.string(w)), sentence: s)
        }
    }

    /// `한빛공항공사 미래사업본부의 명수아 본부장은`: an unknown word before a unit marked `의`, a
    /// person's name and a title names the org that unit belongs to, when the report names it again
    /// elsewhere (`… 한빛공항공사와 협약을 맺었다`). The unit and the person then take it as their org.
    private mutating func findOrgsOfNamedUnits(in s: AnalyzedSentence) {
        let tokens = s.tokens
        guard tokens.count >= 4 else { return }
        // (The unit's particle first, a scalar test: this runs for every word.)
        // (`KG모빌리티 생산본부장인 허윤석 전무는`: the head's post, a unit and `장`, with `인` after it, as
        // the unit marked `의` is.)
        for i in 0..<(tokens.count - 3)
        where tokens[i + 1].hasParticle(in: Self.possessiveParticles) || Self.isUnitHeadsPostWithIn(tokens[i + 1]) {
            let t = tokens[i]
            let unit = tokens[i + 1]
            // (`코웨이 환경기술연구소의`: a name whose last syllable only looks like the particle 이, written
            // whole elsewhere, `코웨이와`: the guard's `namedElsewhere` tests the whole word then.)
            let seemsToCarryI = t.hasParticle(in: Self.iParticle) && !t.comma
            let w = seemsToCarryI ? t.textScalars : t.baseScalars
            let unitName = unit.lastScalar == "인" ? unit.scalars.dropLast(2) : unit.baseScalars
            // The cheap tests first: a bare word, the unit word's shape, a bare name and a title
            // (kept by the token once asked); the unit's head and the word's org last.
            guard t.isBare || seemsToCarryI, !t.hasParen, !t.quoteAfter, !t.quoteBefore, !t.comma, w.count >= 2,
                t.orgIndex == nil, !unit.hasParen, !unit.comma, unitName.count >= 3, tokens[i + 2].isBare,
                looksLikeHangulName(tokens[i + 2].baseScalars), isTitleBase(tokens[i + 3]), !isTitleBase(tokens[i + 2]),
                // (A unit noun alone is the end of the unit's name: `라이브커머스 사업부의 쑤밍 부총재`.)
                isUnitHead(unitName), !lexicon.unitNounWords.contains(unitName),
                Self.isOrgShaped(w) || Self.isLatinName(w), knownOrg(w, of: t) == nil, !isNotOrg(w),
                !isUnitHead(w), !isTitleBase(t), !lexicon.notNameWords.contains(w), !Self.unitAdverbs.contains(w),
                w.allSatisfy({ !Scalars.isDigit($0) }), namedElsewhere(w, not: s.number)
            else { continue }
            addSlotOrg(OrgFact(name: Scalars.string(w)), sentence: s)
            // (The word as read here, its last syllable taken for a particle, leads to it too.)
            if seemsToCarryI, let k = orgByName[Scalars.lower(Scalars.string(w))] {
                let key = Scalars.lower(t.base)
                if orgByName[key] == nil {
                    orgByName[key] = k
                    slotOrgKeys.set(Array(key.unicodeScalars)[...], 1)
                }
            }
        }
    }

    /// `생산본부장인`: a word ending with `장인`, the post of a unit's head and the adnominal copula
    /// (a scalar test; the unit's head is tested after).
    static func isUnitHeadsPostWithIn(_ t: Token) -> Bool {
        let w = t.scalars
        return w.count >= 5 && w[w.endIndex - 1] == "인" && w[w.endIndex - 2] == "장" && !t.hasParen
    }

    /// `GfK`, `Canalys`: a capital, then Latin letters (at most 16 in all).
    static func isLatinName(_ w: some ScalarWord) -> Bool {
        guard let f = w.first, Scalars.isUpper(f), (2...16).contains(w.count) else { return false }
        return w.allSatisfy(Scalars.isLatin)
    }

    /// `카카오VX`: Hangul, then two to four capital Latin letters that end the word.
    static func isHangulWithLatinCode(_ w: some ScalarWord) -> Bool { latinCodeLength(w) != nil }

    /// The length of the capital code that ends a word of that shape (`카카오VX`: 2), else nil.
    static func latinCodeLength(_ w: some ScalarWord) -> Int? {
        guard let first = w.first, Scalars.isHangul(first) else { return nil }
        let code = w.reversed().prefix { Scalars.isUpper($0) }.count
        return (2...4).contains(code) && w.count > code && Scalars.isHangul(w[w.endIndex - code - 1]) ? code : nil
    }

    /// The last syllables of `koreanCompanyNouns`.
    static let companyNounLasts: [Unicode.Scalar] = ["체", "업", "사", "인"]

    /// Common nouns that follow a company noun (`업체 관계자`, `기업 고객`).
    static let commonAfterCompanyNouns = WordSet([
        "관계자", "관계자들", "고객", "고객사", "직원", "임원", "대상", "가운데", "중", "간", "수", "전체", "모두", "측",
        "대표", "경영진", "수준", "규모", "평균", "비중", "투자", "인수", "상장", "육성", "지원", "협력", "생태계",
        "엔지니어", "엔지니어들", "개발자", "개발자들", "연구진", "직원들", "임직원", "인력", "사용자", "이용자", "고객들",
        "설립", "설치", "출범", "개설", "신설", "추진", "계획", "진출", "운영", "확대", "매각", "청산", "합병", "전환",
    ])

    /// Whether a word (as its base) begins a word of another sentence of the report.
    func namedElsewhere(_ w: some ScalarWord, not number: Int) -> Bool {
        for s in sentences where s.number != number && !s.isDateLine {
            for t in s.tokens where t.baseScalars.elementsEqual(w) { return true }
        }
        return false
    }

    /// `'NC AI'를 별도 법인으로 분사했다`, `‘블루랩스’를 자회사로 설립했다`: a quoted name made a separate
    /// company (one to three words).
    private mutating func findSpunOffCompanies(in s: AnalyzedSentence) {
        let tokens = s.tokens
        for e in tokens.indices.dropLast() where tokens[e].quoteAfter && tokens[e].hasParticle(in: Self.objectParticles)
        {
            var k = e + 1
            if tokens[k].textScalars.elementsEqual(Self.separateScalars), k + 1 < tokens.count { k += 1 }
            guard Self.companyMadeWords.contains(where: { tokens[k].scalars.starts(with: $0) }) else { continue }
            var a = e
            while a > 0, e - a < 2, !tokens[a].quoteBefore, !tokens[a - 1].comma, !tokens[a - 1].hasParticle { a -= 1 }
            guard tokens[a].quoteBefore else { continue }
            let name = (a..<e).map { tokens[$0].text }.joined(separator: " ") + (a < e ? " " : "") + tokens[e].base
            guard name.unicodeScalars.count >= 2, knownOrg(Array(name.unicodeScalars)[...]) == nil else { continue }
            addSlotOrg(OrgFact(name: name), sentence: s)
        }
    }

    static let separateScalars = Array("별도".unicodeScalars)
    static let companyMadeWords: [[Unicode.Scalar]] = ["법인으로", "자회사로", "독립법인으로"].map {
        Array($0.unicodeScalars)
    }

    /// `AI 스타트업 '뤼튼테크놀로지스'에`: a quoted name of one word right after a company noun.
    private mutating func findQuotedCompanies(in s: AnalyzedSentence) {
        let tokens = s.tokens
        for i in 1..<max(1, tokens.count) where tokens[i].quoteBefore && tokens[i].quoteAfter {
            let p = tokens[i - 1]
            guard !p.hasParticle, !p.comma, !p.quoteAfter, Self.isCompanyNounBeforeGloss(p.baseScalars) else {
                continue
            }
            let w = tokens[i].baseScalars
            guard w.count >= 2, Self.isOrgShaped(w) || Self.isTitleCase(w), knownOrg(w, of: tokens[i]) == nil,
                !isNotOrg(w),
                person(tokens[i]) == nil
            else { continue }
            addSlotOrg(OrgFact(name: Scalars.string(w), native: tokens[i].paren), sentence: s)
        }
    }

    /// `시프트업, '니케·스텔라' 사업본부 체제로…`: a Korean headline opens with the company it is about
    /// and a comma, or with the company and its words in quotes (`에코프로비엠 “올해 …”`). An unknown Hangul word there names an org when the body names it again, with a
    /// subject's or owner's particle or before `주가` (`시프트업이`, `시프트업의`, `시프트업 주가는`), in two
    /// sentences or more, and never right before a title (`머스크, …` then `머스크 CEO는` is a person).
    private mutating func findHeadlineCompany() {
        guard let h = sentences.first(where: { !$0.isDateLine }), Self.isHeadline(h.sentence),
            let t = h.tokens.first, !t.hasParticle, !t.hasParen, !t.quoteBefore, t.orgIndex == nil,
            // (`에코프로비엠 “올해 판매량 30% 이상 늘린다”`: the company, then what it said in quotes.)
            t.comma || (h.tokens.count > 1 && h.tokens[1].quoteBefore)
        else { return }
        let w = t.baseScalars
        guard (2...10).contains(w.count), let f = w.first, Scalars.isHangul(f), Self.isOrgShaped(w),
            knownOrg(w, of: t) == nil, !isNotOrg(w), !isTitleBase(t), !isUnitHead(w),
            !lexicon.notNameWords.contains(w), !looksLikeHangulName(w, longest: 3)
        else { return }
        var named = 0
        for s in sentences where s.number != h.number && !s.isDateLine {
            let tokens = s.tokens
            var subject = false
            for i in tokens.indices where tokens[i].baseScalars.elementsEqual(w) {
                let next = i + 1 < tokens.count ? tokens[i + 1] : nil
                if let next, tokens[i].isBare, isTitleBase(next) { return }
                if tokens[i].hasParticle(in: Self.headlineCompanyParticles)
                    || (tokens[i].isBare && next?.baseScalars.isScalars(Self.sharePriceScalars) == true)
                {
                    subject = true
                }
            }
            if subject { named += 1 }
        }
        guard named >= 2 else { return }
        addSlotOrg(OrgFact(name: Scalars.string(w)), sentence: h)
    }

    /// The particles with which a body names the company of its headline.
    static let headlineCompanyParticles: TextSet = ["은", "는", "이", "가", "의", "도", "과", "와"]

    /// Finds the unknown organisations named by their shape or slot.
    mutating func findSlotOrgs() {
        // (Each rule walks only the sentences whose tokens can match, `TokenSummary`: a parenthesis
        // for the introduced companies, a word starting with an ASCII letter for the described.)
        for s in sentences where !s.isDateLine && s.summary.hasParen { findIntroducedCompanies(in: s) }
        findAffiliates()
        findHeadlineCompany()
        for s in sentences where !s.isDateLine {
            // The quoted and spun-off companies' names close with a quotation mark: passed over
            // when no token has one (`TokenSummary.hasQuoteAfter`).
            if s.summary.hasQuoteAfter { findQuotedCompanies(in: s) }
            findDescribedKoreanCompanies(in: s)
            findOrgsOfNamedUnits(in: s)
            findKoreanFormerEmployers(in: s)
            // (`포스코DX의`: the word may end in a particle, so every sentence is read.)
            findCodedKoreanSubsidiaries(in: s)
            if s.summary.hasOrg { findKoreanSubsidiaries(in: s) }
            if s.summary.hasQuoteAfter { findSpunOffCompanies(in: s) }
        }
        for s in sentences where !s.isDateLine && s.summary.hasLatinEdge {
            findDescribedCompanies(in: s)
            findFormerEmployers(in: s)
            // (A subsidiary is named after a known org: `TokenSummary.hasOrg`.)
            if s.summary.hasOrg {
                findCountrySubsidiaries(in: s)
                findBusinessSubsidiaries(in: s)
                findGlossedSubsidiaries(in: s)
            }
        }
        for s in sentences where !s.isDateLine {
            let tokens = s.tokens
            var i = 0
            while i < tokens.count {
                let t = tokens[i]
                // `englishOrgRun` starts only at a capital: tested here, not in a call per token.
                if let f = t.scalars.first, Scalars.isUpper(f), let next = englishOrgRun(tokens, at: i, sentence: s) {
                    i = next
                    continue
                }
                i += 1
                guard t.orgIndex == nil else { continue }
                var w = t.baseScalars
                var corporate = false
                if w.first == Self.corporateMark {
                    w = w.dropFirst()
                    corporate = true
                }
                guard w.count >= 2 else { continue }
                // `노틸러스 모바일(Nautilus Mobile)`: Hangul words glossed in as many Latin words, the last
                // a company's word, name a company (a person's gloss ends with a family name).
                if t.hasParen, let paren = t.paren, let n = Self.companyGlossWordCount(paren), i >= n,
                    // (Each word a transliterated one, not a glued name or a noun saying what it is:
                    // `업체 다온시스템즈(Daon Systems)`, `스타트업 딥웨이브로보틱스(DeepWave Robotics)`.)
                    (i - n..<i).allSatisfy({ k in
                        tokens[k].baseScalars.allSatisfy(Scalars.isHangul) && tokens[k].orgIndex == nil
                            && tokens[k].baseScalars.count <= 5
                            && (k == i - 1 || (tokens[k].isBare && !tokens[k].hasParen))
                    }), !Self.koreanCompanyNouns.hasSuffix(tokens[i - n].baseScalars)
                {
                    let name = (i - n..<(i - 1)).map { tokens[$0].text }.joined(separator: " ") + " " + t.base
                    addSlotOrg(OrgFact(name: name, aliases: [paren]), sentence: s)
                    continue
                }
                // `구글 클라우드(Google Cloud)`: a known org, then a word glossed with the org's Latin name
                // and more: the two words name another org (a subsidiary or division of the first).
                if t.hasParen, i >= 2, let k = tokens[i - 2].orgIndex, let paren = t.paren, tokens[i - 2].isBare,
                    !tokens[i - 2].hasParen, Self.isTitleCaseGloss(paren), w.allSatisfy(Scalars.isHangul),
                    let firstWord = paren.split(separator: " ").first, paren.split(separator: " ").count >= 2,
                    lexicon.orgs[k].allNames.contains(where: { $0.lowercased() == firstWord.lowercased() })
                {
                    addSlotOrg(OrgFact(name: tokens[i - 2].text + " " + t.base, native: paren), sentence: s)
                    continue
                }
                // `킹소프트 클라우드(金山云·Kingsoft Cloud)`: the same with a Han native before the Latin name.
                if t.hasParen, i >= 2, let k = tokens[i - 2].orgIndex, let paren = t.paren, tokens[i - 2].isBare,
                    !tokens[i - 2].hasParen, w.allSatisfy(Scalars.isHangul),
                    let (han, latin) = Self.hanAndLatinGloss(paren),
                    Self.isTitleCaseGloss(latin), let firstWord = latin.split(separator: " ").first,
                    latin.split(separator: " ").count >= 2,
                    lexicon.orgs[k].allNames.contains(where: { $0.lowercased() == firstWord.lowercased() })
                {
                    addSlotOrg(
                        OrgFact(name: tokens[i - 2].text + " " + t.base, native: han, aliases: [latin]),
                        sentence: s
                    )
                    continue
                }
                // Only a corporate mark, a parenthesis or an org-shaped word ending with an org
                // suffix can name an org here: the common-noun tests run only for those.
                guard corporate || t.hasParen || isSuffixedOrg(w), !isNotOrg(w) else { continue }
                if corporate, Self.isOrgShaped(w) || Self.isTitleCase(w) {
                    let name = Scalars.string(w)
                    addSlotOrg(OrgFact(name: name, aliases: [t.base]), sentence: s)
                    continue
                }
                // (`샤오훙수(小红书·RED)`: a Han and a Latin name, below.)
                // (`XGIMI Technology Co. (极米科技)`: a legal form's abbreviation is the end of a name of
                // several words, read by `findUnknownOrgs`.)
                if let paren = t.paren, Scalars.hasHan(paren), !paren.unicodeScalars.contains(" "),
                    !paren.unicodeScalars.contains(Self.middleDot) || Self.hanAndLatinGloss(paren) == nil,
                    !t.isBase(in: Self.companySuffixTexts)
                {
                    let parenScalars = Array(paren.unicodeScalars)
                    let hanOrg = Self.hanOrgEndings.contains {
                        parenScalars.count >= $0.count && parenScalars.suffix($0.count).elementsEqual($0)
                    }
                    // `BYD(比亚迪)`: a Latin code with a Han native.
                    // A Hangul word with a Han native is a person or a place unless the native
                    // is longer than a name (`센스타임(商汤科技)`) or the word mixes scripts.
                    let longNative = parenScalars.count >= 4 || w.contains(where: Scalars.isLatin)
                    // `‘체화 지능(具身智能)’이었다`: the last word of a quoted term of several words.
                    let termEnd = t.quoteAfter && !t.quoteBefore
                    // `반도체 설계업체 캄브리콘(寒武纪)이`: a company noun before the word says what it is.
                    let describedCompany =
                        i >= 2 && tokens[i - 2].isBare && Self.endsWithCompanyNoun(tokens[i - 2].baseScalars)
                        && Self.isOrgShaped(w) && person(t) == nil
                    // `Pony.ai (小马智行)`, `Sinotrans (中国外运)`: one Latin name glossed in four Han
                    // characters or more (a person is two words, a city two or three characters).
                    let latinBrand =
                        parenScalars.count >= 4 && (Self.isTitleCase(w) || Self.isDottedName(w))
                        && !(i >= 2 && tokens[i - 2].isBare && Self.isTitleCase(tokens[i - 2].baseScalars)
                            && tokens[i - 2].orgIndex == nil)
                    if !termEnd,
                        Scalars.isCode(w) || hanOrg || describedCompany || latinBrand
                            || (longNative && Self.isOrgShaped(w) && !looksLikeHangulName(w) && person(t) == nil
                                && t.particle != "에서" && !(i < tokens.count && isTitleBase(tokens[i])))
                    {
                        // `Xinglan Intelligence (星澜智能)`: the Title-case words before a Latin word
                        // glossed in Han are the rest of the name, its first word an alias.
                        var first = i - 1
                        if Self.isTitleCase(w), !Scalars.isCode(w) {
                            while first > 0, i - first < 4, Self.isTitleCase(tokens[first - 1].baseScalars),
                                tokens[first - 1].isBare, !tokens[first - 1].hasParen,
                                tokens[first - 1].orgIndex == nil,
                                !Self.datelineDashes.contains(tokens[first - 1].text)
                            { first -= 1 }
                        }
                        // `Chery Automobile (奇瑞汽车)`: the word after a known org's first word is the rest of
                        // the known org's name, no org of its own.
                        // (`Zeekr Intelligent Technology (极氪智能科技)`: several words after it too.)
                        // (`JD Logistics (京东物流)`: a word of a business, not of a company's kind, names
                        // the known org's subsidiary.)
                        if first >= 1, Self.isTitleCase(w), tokens[first - 1].orgIndex != nil,
                            tokens[first - 1].isBare, !tokens[first - 1].hasParen
                        {
                            if !(first..<i).allSatisfy({ Self.companyKindWords.contains(tokens[$0].base) }) {
                                let name =
                                    (first - 1..<(i - 1)).map { tokens[$0].text }.joined(separator: " ") + " " + t.base
                                addSlotOrg(OrgFact(name: name, native: paren), sentence: s)
                                if let k = orgByName[Scalars.lower(name)], orgs[k].fact.native == nil {
                                    orgs[k].fact.native = paren
                                }
                            }
                            continue
                        }
                        if first < i - 1 {
                            let name = (first..<(i - 1)).map { tokens[$0].text }.joined(separator: " ") + " " + t.base
                            addSlotOrg(OrgFact(name: name, native: paren, aliases: [tokens[first].text]), sentence: s)
                            if let k = orgByName[Scalars.lower(name)], orgs[k].fact.native == nil {
                                orgs[k].fact.native = paren
                            }
                            continue
                        }
                        addSlotOrg(OrgFact(name: t.base, native: paren), sentence: s)
                        // `'퉁이첸원(通义千问) 2.0'`, `'훙멍(鸿蒙·HarmonyOS)'`: a name in quotation marks is
                        // a product or a brand. It may own figures, but it is no organisation.
                        if t.quoteBefore, !Scalars.isCode(w), !hanOrg { productNames.insert(t.base) }
                        continue
                    }
                }
                // `카오스(卡奥斯, COSMOPlat)`: a name glossed in Han and then in Latin is a company or a
                // brand named so in both scripts; the Latin name is an alias.
                if let paren = t.paren, let (han, latin) = Self.hanAndLatinGloss(paren), Self.isOrgShaped(w),
                    w.allSatisfy(Scalars.isHangul), person(t) == nil, !t.quoteBefore, !isNotOrg(w)
                {
                    addSlotOrg(OrgFact(name: Scalars.string(w), native: han, aliases: [latin]), sentence: s)
                    continue
                }
                // `도담에이아이(Dodam AI)의`, `노이즈웍스(Noiseworks)를`: a Hangul word glossed with a
                // Title-case Latin name, outside quotation marks, is a company (a Latin code such as
                // `(NPU)` glosses a common noun; a person's name is two capitalised words).
                // Not a city after its region (`캘리포니아주 새너제이(San Jose)`).
                let afterRegion =
                    i >= 2 && tokens[i - 2].isBare && lexicon.regionSuffixWords.hasSuffix(tokens[i - 2].baseScalars)
                // Nor a place where something is held (`샌프란시스코(San Francisco)에서 열리는`).
                let heldThere =
                    t.particle == "에서" && i < tokens.count && lexicon.placeMarkerWords.contains(tokens[i].text)
                // Nor a venue (`송도컨벤시아(Songdo Convensia)에서`).
                let venue = t.particle == "에서" && Self.venueSuffixes.contains(where: { w.hasSuffix($0) })
                if let paren = t.paren, !t.quoteBefore, !afterRegion, !heldThere, !venue, Self.isTitleCaseGloss(paren),
                    w.allSatisfy(Scalars.isHangul),
                    w.count >= 2, !looksLikeHangulName(w) || w.count >= 5, person(t) == nil, !hasPersonNative(t),
                    !(i < tokens.count && (isTitleBase(tokens[i]) || isUnitHead(tokens[i].baseScalars))),
                    !glossStartsBefore(tokens, i - 1, paren),
                    // `마르쿠스 베버(Markus Weber)`: a Western name, as many words as its gloss.
                    latinNamedSpan(tokens, endingAt: i - 1) == nil
                {
                    addSlotOrg(OrgFact(name: Scalars.string(w), native: paren), sentence: s)
                    continue
                }
                // `KT 컨설팅그룹` is a unit of KT (not `현대자동차와 KB인베스트먼트가`: an org joined by a
                // particle is another).
                let afterOrg =
                    i >= 2 && !tokens[i - 2].comma && !tokens[i - 2].hasParticle
                    && (tokens[i - 2].orgIndex != nil
                        || Scalars.isCode(tokens[i - 2].baseScalars.drop { !Scalars.isLatin($0) }))
                // `민영 자동차그룹 지리홀딩그룹(吉利控股集团)`: a kind of group, describing the one named after it.
                let describesNext =
                    t.isBare && !t.hasParen && i < tokens.count && tokens[i].paren.map(Scalars.hasHan) == true
                // (`재무그룹을 … 이끈다`: a group someone leads is a unit.)
                if isSuffixedOrg(w), !t.quoteBefore, !afterOrg, !describesNext, !isCodedGroupUnit(t, in: s),
                    !(t.hasParticle && isLed(tokens, i - 1))
                {
                    addSlotOrg(OrgFact(name: Scalars.string(w)), sentence: s)
                }
            }
        }
    }

    /// An English capitalised run that names a company (`PDD Holdings`, `Tencent Music
    /// Entertainment Group (NYSE: TME; HKEX: 1698)`), added as an org; the index after it.
    private mutating func englishOrgRun(_ tokens: [Token], at i: Int, sentence s: AnalyzedSentence) -> Int? {
        let t = tokens[i]
        guard let f = t.scalars.first, Scalars.isUpper(f), f.value < 0x80 else { return nil }
        // A run starts after a word that is not capitalised, or after punctuation.
        if i > 0, let p = tokens[i - 1].scalars.first, Scalars.isUpper(p), !tokens[i - 1].comma,
            !tokens[i - 1].period, !tokens[i - 1].hasParen, !lexicon.notNameWords.contains(tokens[i - 1].baseScalars)
        {
            return nil
        }
        // The run: capitalised Latin words with nothing between them.
        var j = i
        var end: Int?
        while j < tokens.count, j - i < 6 {
            // (`Hanwha Investment & Securities`: an ampersand between two words of the name.)
            if j > i, j + 1 < tokens.count, Self.isAmpersand(tokens[j]), !tokens[j - 1].comma,
                tokens[j + 1].baseScalars.first.map(Scalars.isUpper) == true
            {
                j += 1
                continue
            }
            let u = tokens[j].baseScalars
            guard let g = u.first, Scalars.isUpper(g) || Scalars.isDigit(g),
                u.allSatisfy({ Scalars.isLatin($0) || Scalars.isDigit($0) || $0 == "-" || $0 == "&" || $0 == "." })
            else { break }
            let word = tokens[j].base
            // `Group` alone also ends unit names (`Cloud Intelligence Group`): it needs a listing, or
            // another suffix before it (`Hefei Industry Investment Group`).
            let suffix = (word != "Group" || end == j) && lexicon.standaloneOrgSuffixWords.contains(u)
            if suffix && j > i { end = j + 1 }
            if let paren = tokens[j].paren {
                let p = Array(paren.unicodeScalars)[...]
                if Self.listingMarks.contains(where: { Scalars.contains(p, $0) }) { end = j + 1 }
                break
            }
            // `Hengtai Technology Group Co., Ltd.`: the comma inside the suffix.
            if tokens[j].comma, j + 1 < tokens.count, Self.companyAbbreviations.contains(word),
                Self.limitedWords.contains(tokens[j + 1].base)
            {
                j += 1
                continue
            }
            if tokens[j].comma || tokens[j].period || tokens[j].hasParticle { break }
            j += 1
        }
        guard var end else { return nil }
        // `Yuanta Securities Korea,`: a country closing the run after the suffix, a comma, a full stop or the
        // sentence's end after it, names the firm there (not `Daon Securities China revenue fell`).
        if end < tokens.count, !tokens[end - 1].comma, !tokens[end - 1].period, !tokens[end - 1].hasParen,
            !tokens[end].isEnglishPossessive, lexicon.countryWordSet.contains(tokens[end].baseScalars),
            tokens[end].comma || tokens[end].period || end + 1 == tokens.count
        {
            end += 1
        }
        // `the Advanced Packaging Research Center (APRC)`: a suffix word that opens a unit noun with
        // the word after it (`Research Center`) ends a unit's name, not an org's.
        if end < tokens.count, !tokens[end - 1].comma, !tokens[end - 1].period, !tokens[end - 1].hasParen,
            lexicon.unitNounSet.contains(tokens[end - 1].base + " " + tokens[end].base)
        {
            return nil
        }
        // `the Korea Aerospace Research Institute (KARI)`: a known org of several words.
        if end - i >= 3, knownOrg(tokens[i..<end].map(\.base).joined(separator: " ")) != nil { return end }
        var start = i
        // (`Korea Investment Partners`, `China Galaxy Securities`: a country opening a firm's name of three
        // words or more is part of it; `the Korea Exchange` less its country word is the suffix alone.)
        while start < end - 1, lexicon.notNameWords.contains(tokens[start].baseScalars),
            !(end - start >= 3 && lexicon.countryWordSet.contains(tokens[start].baseScalars)
                && tokens[end - 1].isBase(in: Self.firmEndingTexts))
        {
            start += 1
        }
        let words = tokens[start..<end].map(\.base)
        // `the Korea Exchange` less its country word: a suffix alone names nothing.
        if words.count == 1, lexicon.standaloneOrgSuffixWords.contains(tokens[start].baseScalars) { return end }
        // `Tencent Holdings`, `Hyundai Motor Group` are the known org.
        var core = end
        while core > start + 1,
            tokens[core - 1].isBase(in: Self.englishOrgSuffixTexts)
                || lexicon.standaloneOrgSuffixWords.contains(tokens[core - 1].baseScalars)
        {
            core -= 1
        }
        if knownOrg(tokens[start]) != nil && core == start + 1 { return end }
        if core == start + 2, knownOrg(pair: tokens[start], tokens[start + 1]) != nil { return end }
        // `LG Energy Solution Ltd.`: a known org of three or four words and its suffix.
        if core >= start + 3, let (_, n) = knownOrgRun(tokens, at: start), start + n == core { return end }
        if words.contains(where: { lexicon.notOrgs.contains($0) }) { return nil }
        // `Co., Ltd.` keeps its comma.
        let name = (start..<end).map { k in
            let base = Self.isAmpersand(tokens[k]) ? "&" : tokens[k].base
            if tokens[k].comma, k < end - 1, Self.companyAbbreviations.contains(base) { return "Co.," }
            if k > start, tokens[k - 1].comma, base == "Ltd" { return "Ltd." }
            return base
        }.joined(separator: " ")
        var aliases: [String] = []
        var native: String?
        if let paren = tokens[end - 1].paren {
            // `NYSE: TME; HKEX: 1698` → `TME`; `恒泰科技集团, "Hengtai"` → a native and a short name.
            for part in paren.split(whereSeparator: { $0 == ";" || $0 == "," }) {
                let text = String(part).trimmed()
                let unquoted = text.trimmed("\"“”")
                if unquoted.count < text.count, Self.isTitleCase(unquoted) {
                    aliases.append(unquoted)
                    continue
                }
                if native == nil, Scalars.hasHan(text), !text.contains(":") {
                    native = text
                    continue
                }
                let code = part.split(separator: ":").last.map { String($0.drop { $0 == " " }) } ?? ""
                if Scalars.isCode(code), !code.allSatisfy(\.isNumber) { aliases.append(code) }
            }
        }
        // `PDD` of `PDD Holdings` names it alone, unless it is a known org.
        if words.count >= 2, knownOrg(tokens[start]) == nil, !Self.englishOrgSuffixWords.contains(words[0]),
            !aliases.contains(words[0]), !lexicon.countryWordSet.contains(tokens[start].baseScalars)
        {
            aliases.append(words[0])
        }
        if words.count >= 2, knownOrg(words[0]) == nil, let k = orgByName[Scalars.lower(words[0])],
            orgs[k].fact.name == words[0], orgByName[Scalars.lower(name)] == nil
        {
            absorbShortName(into: name, at: k)
        }
        addSlotOrg(OrgFact(name: name, native: native, aliases: aliases.isEmpty ? nil : aliases), sentence: s)
        if let k = orgByName[Scalars.lower(name)], orgs[k].fact.native == nil { orgs[k].fact.native = native }
        return end
    }

    /// Last words of a firm's name a country may open (`Korea Investment Partners`, `China Galaxy Securities`,
    /// `China Merchants Group`; not an institute's, `Korea Development Institute`, whose country word is read apart).
    static let firmEndingTexts: TextSet = [
        "Corp", "Corporation", "Co", "Inc", "Ltd", "Holdings", "Securities", "Capital", "Bank", "Investment",
        "Investments", "Partners", "Ventures", "Group",
    ]

    /// `Co.` before `, Ltd.`
    static let companyAbbreviations: Set<String> = ["Co", "Co."]
    static let limitedWords: Set<String> = ["Ltd", "Ltd.", "Limited"]

    /// The unknown org found by its slot that a token names.
    func slotOrg(_ t: Token) -> String? {
        guard !slotOrgNames.isEmpty, slotOrgKeys.contains(lowercasingASCII: t.baseScalars) else { return nil }
        return anyOrg(t)
    }

    /// The report's main organisation when an unknown one found by its slot is named more often
    /// than the lexicon's main org (`PDD Holdings` … `PDD` over a passing `Temu`).
    mutating func settleMainOrgFromSlots() {
        guard !slotOrgNames.isEmpty else { return }
        var counts = TextDictionary<(count: Int, first: Int)>()
        for s in sentences where !s.isDateLine {
            for t in s.tokens where t.orgIndex == nil {
                guard let name = slotOrg(t) else { continue }
                let c = counts[name] ?? (0, counts.count)
                counts[name] = (c.count + 1, c.first)
            }
        }
        guard
            let best = counts.max(by: { a, b in
                a.value.count != b.value.count ? a.value.count < b.value.count : a.value.first > b.value.first
            }), best.value.count >= 2, best.value.count > mainOrgCount
        else { return }
        mainOrg = best.key
    }

    /// The report's main organisation from its lead: the org that is the subject of the first
    /// sentence of the body (`PDD Holdings, the parent of Pinduoduo and Temu, said …`,
    /// `LG AI연구원이 9일 …`), when it is named again later.
    mutating func settleMainOrgFromLead() {
        for s in sentences.prefix(8) where !s.isDateLine && !s.sentence.isFurniture {
            // A headline is no lead; a first line that is a full sentence (`…을 발표했다.`) is.
            if s.number == 1 && Self.isHeadline(s.sentence) && sentences.count > 1 { continue }
            // `◆ 중간실적 설명회서 자사주 매입·한국 출시 계획 공개`: a subheading under the headline, neither.
            if s.sentence.isWholeLine, Self.isHeadline(s.sentence), SentenceSplitter.opensWithBullet(s.sentence.scalars)
            {
                continue
            }
            if Self.isByline(s.tokens) { continue }
            // The lead is the first sentence with a verb: at least six words, or four ending with a
            // full stop (`한빛전자는 28일 임원인사를 발표했다.`).
            guard s.tokens.count >= 6 || (s.tokens.count >= 4 && s.tokens.last?.period == true) else { continue }
            let opening = Self.datelineEnd(s.tokens)
            for (i, t) in s.tokens.enumerated() where i >= opening && !s.inQuote(t) {
                let known = t.orgIndex
                guard let name = known.map({ orgName($0) }) ?? slotOrg(t) ?? discoveredOrg(t) else { continue }
                // `ByteDance's cloud arm Volcano Engine opened …`: the org the possessive's noun names
                // is the subject.
                if t.isEnglishPossessive, let (k, owned, form) = possessedOrg(s.tokens, after: i) {
                    let form = Array(form.unicodeScalars)
                    if isSubjectMention(s.tokens, k),
                        sentences.filter({ !$0.isDateLine && Scalars.find(form, in: $0.sentence.scalars) != nil })
                            .count >= 2
                    {
                        mainOrg = owned
                    }
                    return
                }
                guard isSubjectMention(s.tokens, i), (t.particle ?? "") != "의", (t.particle ?? "") != "'s" else {
                    // The first org of the lead settles it or nothing does.
                    return
                }
                if leadMentions(known: known, slot: known == nil ? name : nil) >= 2 { mainOrg = name }
                return
            }
            return
        }
    }

    /// The index after a dateline opening a lead (`SUZHOU, China, March 3, 2025 —`): its city, in
    /// capitals, names no org (`Suzhou` may be the first word of one). Zero when there is none.
    static func datelineEnd(_ tokens: [Token]) -> Int {
        guard let first = tokens.first, first.comma, first.baseScalars.count >= 3,
            first.baseScalars.allSatisfy({ Scalars.isUpper($0) || $0 == "-" || $0 == " " })
        else { return 0 }
        for k in tokens.indices.prefix(10) where Self.datelineDashes.contains(where: { tokens[k].text.hasSuffix($0) }) {
            return k + 1
        }
        return 0
    }

    static let datelineDashes = ["—", "--", "–", "-"]

    /// The org named within three lower-case words after an English possessive (`ByteDance's cloud
    /// arm Volcano Engine`): its last token's index, its name and the words that name it.
    func possessedOrg(_ tokens: [Token], after i: Int) -> (Int, String, String)? {
        var k = i + 1
        while k < tokens.count, k - i <= 4 {
            let t = tokens[k]
            // A two-word name (`Volcano Engine`).
            if k + 1 < tokens.count, !t.comma, let o = knownOrg(pair: t, tokens[k + 1]) {
                return (k + 1, orgName(o), t.text + " " + tokens[k + 1].base)
            }
            if let o = t.orgIndex { return (k, orgName(o), t.base) }
            if let slot = slotOrg(t) { return (k, slot, t.base) }
            guard let f = t.baseScalars.first, (0x61...0x7A).contains(f.value) || Scalars.isUpper(f), !t.comma,
                !t.period, !t.hasParticle
            else { return nil }
            k += 1
        }
        return nil
    }

    /// How many sentences name an org: a lexicon org by its index, an org found by its slot or by
    /// how often it is named (`discoveredOrg`) by name.
    func leadMentions(known: Int?, slot: String?) -> Int {
        var n = 0
        for s in sentences where !s.isDateLine {
            if s.tokens.contains(where: { t in
                if let k = known { return t.orgIndex == k }
                return t.orgIndex == nil && (slotOrg(t) ?? discoveredOrg(t)) == slot
            }) {
                n += 1
            }
        }
        return n
    }
}
