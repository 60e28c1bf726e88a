import DossierModel

/// Units of an organisation: `B2B클라우드&스마트산업 사업부(CSIG)`, with the parent and the date
/// created when the sentence says so (`2018년 9월 30일 … 신설`).
extension ExtractionRun {
    func isUnitHead(_ word: String) -> Bool { isUnitHead(Array(word.unicodeScalars)[...]) }

    func isUnitHead(_ w: some ScalarWord) -> Bool { Self.isUnitHead(w, nouns: lexicon.unitNounWords) }

    /// The same on the unit nouns alone: `findUnits` (mutating) calling the method copied the
    /// whole run (480 bytes) first, for every token it asked about.
    static func isUnitHead(_ w: some ScalarWord, nouns: WordSet) -> Bool {
        if nouns.contains(w) || nouns.hasSuffix(w, from: 2, keep: 1) { return true }
        // A one-syllable head glued to a name of three syllables or more (`코어뱅킹팀`, `엑사원랩`),
        // not to a shorter word (`현실`, `오버랩`); or to a code in capitals (`AI랩`, `HR팀`).
        guard w.count >= 3, let last = w.last, Scalars.isHangul(last) else { return false }
        if !Scalars.isHangul(w[w.endIndex - 2]) {
            let code = w.dropLast()
            guard (2...4).contains(code.count), code.allSatisfy(Scalars.isUpper) else { return false }
            return nouns.contains(w[(w.endIndex - 1)...])
        }
        guard w.count >= 4 else { return false }
        return nouns.contains(w[(w.endIndex - 1)...])
    }

    /// `MaaS`, `PaaS`: a code of three to six ASCII letters that mixes cases, opening and closing
    /// with a capital.
    static func isMixedCaseCode(_ u: String.UnicodeScalarView) -> Bool {
        guard (3...6).contains(u.count), let f = u.first, let l = u.last, Scalars.isUpper(f), Scalars.isUpper(l),
            u.allSatisfy({ Scalars.isLatin($0) && $0.isASCII })
        else { return false }
        return u.filter(Scalars.isUpper).count >= 2
    }

    /// The code in a unit's parenthesis: `(CSIG)`, or after the unit's native name and a comma
    /// (`스마트홈 사업그룹(智慧家庭集团, SHG)`).
    static func unitCode(_ paren: String) -> String? {
        if Scalars.isCode(paren) || isMixedCaseCode(paren.unicodeScalars) { return paren }
        let u = paren.unicodeScalars
        guard let comma = u.lastIndex(of: ",") else { return nil }
        let head = u[..<comma]
        var tail = u[u.index(after: comma)...]
        while let f = tail.first, Scalars.isSpace(f) { tail = tail.dropFirst() }
        guard Scalars.isCode(tail), head.contains(where: { Scalars.isHan($0) || Scalars.isLatin($0) }),
            !head.contains(where: Scalars.isHangul)
        else { return nil }
        return String(String.UnicodeScalarView(tail))
    }

    /// Whether a word ends with a verb's connective form (`해체돼`, `출범하며`, `신설하고`, `개편됐고`),
    /// not a noun that ends like one (`광고`, `창고`).
    static func endsWithConnective(_ w: some ScalarWord) -> Bool {
        guard let last = w.last else { return false }
        if last == "돼" { return true }
        guard last == "고" || last == "며", w.count >= 2 else { return false }
        return connectiveStems.contains(w[w.index(w.endIndex, offsetBy: -2)])
    }

    /// Words of a joint body's name (`공동연구소`, `합작법인`, `joint lab`).
    static let jointMarks: [[Unicode.Scalar]] = ["공동연구", "공동 연구", "합작", "Joint ", "joint "].map {
        Array($0.unicodeScalars)
    }

    /// A verb's `어`/`아` form after its object (`의료팀을 키워`): a list, as nouns end so too (`소프트웨어`,
    /// `미디어`, `헬스케어`).
    /// (Forms ending in `해` are no bare words already.)
    static let verbConnectiveForms: TextSet = [
        "키워", "합쳐", "묶어", "떼어", "옮겨", "나눠", "모아", "넘겨", "쪼개", "늘려", "줄여", "세워", "바꿔", "만들어",
    ]
    /// One-syllable auxiliary verbs after a verb's `어`/`아` (`떼어 내`, `떼어 낸`, `묶어 둔`).
    static let auxiliaryVerbs: [Unicode.Scalar] = ["내", "낸", "둔", "놓"]

    static let existingWords: TextSet = ["기존", "existing", "current"]

    /// Nouns for a body of people (`‘P의 거짓’ 개발진 글로벌콘솔사업본부로`): the people who move to a
    /// unit, never a word of its name.
    static let staffNouns = WordSet(["개발진", "경영진", "연구진", "임원진", "제작진", "운영진", "임직원", "인력"])

    /// Nouns that, with the copula `인`, describe the unit named after them (`조직인`, `자회사인`).
    static let describingNouns = WordSet(["조직", "부서", "자회사", "계열사", "기관", "회사", "법인", "부문", "연구소", "전담조직"])

    /// Words ending the name of a building or site (`판교 R&D센터`): where something happens.
    static let siteHeads: [[Unicode.Scalar]] = ["센터", "캠퍼스", "타워", "사옥", "본사"].map { Array($0.unicodeScalars) }

    /// Syllables of a verb's stem or tense before `고` or `며` (`하고`, `됐고`, `이며`).
    static let connectiveStems: Set<Unicode.Scalar> = ["하", "되", "했", "됐", "었", "았", "였", "이", "으", "겠"]

    mutating func findUnits() {
        // The reorganisation's effective date, looked for once, at the first unit created.
        var effective: PartialDate??
        for (index, s) in sentences.enumerated() where !s.isDateLine {
            let establishes = s.verbs.establishes
            let unitNouns = lexicon.unitNounWords
            var underParent: String?
            // `A와 B에 나뉘어 있던 … 조직을 통합한 것`: the units merged are named too.
            // Without an establishing verb only a head with a code in parenthesis counts, or one
            // that is merged or led (`국제사업부를 이끌고`).
            for (i, t) in s.tokens.enumerated()
            where
                ((establishes || t.hasParen || Self.mayBeListedOrLed(t)
                || (s.verbs.mergeWord && !t.hasParticle && t.unicodeIsLatin)
                // `englishLed`'s own first test, here: the call (and the retain of the token list
                // around it) cost more than the test, for every token of every sentence.
                || ((t.baseScalars.first.map(Scalars.isUpper) ?? false) && englishLed(s.tokens, i)))
                // `isTwoWordUnitHead`'s first tests, here: the call copied the whole run first.
                && (Self.isUnitHead(t.baseScalars, nouns: unitNouns)
                    || (i > 0 && t.unicodeIsLatin && isTwoWordUnitHead(s.tokens, i))
                    || (t.hasParen && (isCodedGroupUnit(t, in: s) || isCodedOrganisation(s.tokens, i)))))
                || ((t.hasPossessiveParticle || t.comma || (i > 0 && s.tokens[i - 1].comma))
                    && t.baseScalars.count >= 4 && Self.isUnitHead(t.baseScalars, nouns: unitNouns))
            {
                // `the Korea Aerospace Research Institute (KARI)`: the last word of a known org.
                if i >= 2, t.unicodeIsLatin, endsKnownOrgRun(s.tokens, i) { continue }
                // `판교 R&D센터에서 … 출범식을 열`: a place where something happens, no unit made.
                if t.particle == "에서", t.paren == nil,
                    Self.siteHeads.contains(where: { t.baseScalars.hasSuffix($0) })
                {
                    continue
                }
                // `Hyundai Motor Group creates …`: a known org and `Group` name the group, no unit.
                if t.base == "Group", i >= 1, t.paren == nil,
                    s.tokens[i - 1].orgIndex != nil
                        || (i >= 2 && knownOrg(pair: s.tokens[i - 2], s.tokens[i - 1]) != nil)
                {
                    continue
                }
                var code = t.paren.flatMap(Self.unitCode)
                // `삼성전자 파운드리사업부의`: a unit named right after its known org (or one found by its
                // slot, `한빛공항공사 미래사업본부의 명수아 본부장`).
                let owned =
                    i > 0 && (s.tokens[i - 1].orgIndex != nil || slotOrg(s.tokens[i - 1]) != nil)
                    && !s.tokens[i - 1].hasParticle
                    && !s.tokens[i - 1].comma && t.baseScalars.count >= 4
                    && t.baseScalars.contains(where: Scalars.isHangul) && !isTitleBase(t)
                    && !lexicon.unitNounWords.contains(t.baseScalars)
                    && knownOrg(Array(s.tokens[i - 1].scalars + [" "] + t.baseScalars)[...]) == nil
                // `가전디지털사업부, 생활소비재사업부, 신선식품사업부 등`: units listed together.
                let listed =
                    t.baseScalars.count >= 4
                    && ((t.comma && i + 1 < s.tokens.count
                        && Self.isUnitHead(s.tokens[i + 1].baseScalars, nouns: unitNouns))
                        || (i > 0 && s.tokens[i - 1].comma
                            && Self.isUnitHead(s.tokens[i - 1].baseScalars, nouns: unitNouns)
                            && s.tokens[i - 1].baseScalars.count >= 4))
                if code == nil, !establishes, !isLed(s.tokens, i), !owned, !listed, !englishLed(s.tokens, i) {
                    // `merged … into a single Cloud Data Unit`: English names take no particle.
                    let latinMerged = s.verbs.mergeWord && !t.hasParticle && t.unicodeIsLatin
                    if !latinMerged, !t.hasParticle || t.hasPossessiveParticle || t.comma { continue }
                    if !s.verbs.mergeWord { continue }
                }
                var first = i
                var parent: String?
                // `반도체 'HBM개발팀'`: a quoted name starts at its mark.
                while first > 0, i - first < 5, !s.tokens[first].quoteBefore {
                    let p = s.tokens[first - 1]
                    // `Advanced Vehicle Platform (AVP) Division`: the code before the head.
                    if first == i, code == nil, let c = p.paren, Scalars.isCode(c), !p.comma,
                        p.scalars.first.map(Scalars.isUpper) ?? false, t.scalars.allSatisfy({ !Scalars.isHangul($0) })
                    {
                        code = c
                        first -= 1
                        continue
                    }
                    // `늘어…‘AI 창작 사업군’`: a headline's word glued to the name's first by an ellipsis
                    // (the name keeps what follows it, `trimmingHeadlineJoins`).
                    if !p.hasParen, !p.hasParticle, p.scalars.dropLast().contains("…") {
                        first -= 1
                        break
                    }
                    if p.hasParen || p.quoteAfter { break }
                    // `부사장 겸 AI클라우드그룹`, `네이버클라우드 산하 … 조직`: a title, `겸` or `산하` ends
                    // the name.
                    if p.isText(in: Self.underWords) || p.isText(in: Self.jointWords) || isTitleBase(p) {
                        if let k = first >= 2 ? knownOrg(s.tokens[first - 2]) : nil, p.isText(in: Self.underWords) {
                            parent = orgName(k)
                        }
                        break
                    }
                    if let k = knownOrg(p) {
                        if !p.hasParticle || p.hasPossessiveParticle { parent = orgName(k) }
                        break
                    }
                    // (`한빛공항공사 미래사업본부의`: an org found by its slot ends the name too.)
                    if !p.hasParticle, let o = slotOrg(p) {
                        parent = o
                        break
                    }
                    // (`Naura's Global Customer Group (GCG)`: an English possessive ends the name, its owner the
                    // parent.)
                    // (Only an org's, of one word or two: `its Women's Health Division` keeps its word, `Bambu
                    // Lab's Global Channel Department` is Bambu Lab's.)
                    if p.isEnglishPossessive,
                        let o = anyOrg(p) ?? (first >= 2 ? orgNamed(s.tokens[first - 2].text + " " + p.base) : nil)
                    {
                        parent = o
                        break
                    }
                    let connector = p.isText(in: Self.connectorWords)
                    let english = p.scalars.first.map(Scalars.isUpper) ?? false
                    let isLatinText =
                        t.scalars.contains(where: Scalars.isLatin)
                        && !t.scalars.contains(where: Scalars.isHangul)
                    // `‘AI 창작 사업군’`: the word that opens the quotation is the name's first.
                    if p.quoteBefore, !p.hasParticle, !p.comma {
                        first -= 1
                        break
                    }
                    if isLatinText
                        ? !(english || connector)
                        : !(p.isBare || connector || Self.nounsEndingLikeVerbs.contains(p.textScalars))
                    {
                        break
                    }
                    // `해체돼 자율주행사업부문으로`: a verb's connective ending opens no name.
                    if p.scalars.count >= 2, Self.endsWithConnective(p.scalars), p.scalars.allSatisfy(Scalars.isHangul)
                    {
                        break
                    }
                    // `의료팀을 키워 헬스사업부를`: a verb's `어`/`아` form after its object opens no name.
                    if first >= 2, p.isText(in: Self.verbConnectiveForms),
                        s.tokens[first - 2].hasParticle(in: Self.objectParticles)
                    {
                        break
                    }
                    // `문을 연 공장자율주행사업부`: a verb of one syllable in its adnominal `ㄴ` form after its
                    // object neither.
                    if first >= 2, p.scalars.count == 1, Self.isAdnominalSyllable(p.scalars[p.scalars.startIndex]),
                        s.tokens[first - 2].hasParticle(in: Self.objectParticles)
                    {
                        break
                    }
                    // `사업을 떼어 내 푸드테크사업부를`: an auxiliary verb after a verb's `어`/`아` neither.
                    if p.scalars.count == 1, Self.auxiliaryVerbs.contains(p.scalars[p.scalars.startIndex]), first >= 2,
                        let e = s.tokens[first - 2].scalars.last, e == "어" || e == "아" || e == "여"
                    {
                        break
                    }
                    if Self.staffNouns.contains(p.baseScalars) { break }
                    // `AI 연구 조직인 AI 글로벌연구원`: a noun with the copula (`조직인`, `which is an
                    // organisation`) describes the name after it.
                    if p.scalars.count >= 3, p.scalars.last == "인",
                        Self.describingNouns.contains(p.scalars.dropLast())
                            || Self.isUnitHead(p.scalars.dropLast(), nouns: unitNouns)
                    {
                        break
                    }
                    // (`같은 날 개발1본부와`: a day is no word of the name.)
                    // (`a China Business Division`: a country opens an English unit's name.)
                    if !p.dateLike, !p.isBase(in: Self.dayWords),
                        !isNotName(p, text: true) || connector
                            || (isLatinText && p.isBare && lexicon.countryWordSet.contains(p.scalars))
                    {
                        first -= 1
                    } else {
                        break
                    }
                }
                // A head alone (`사업부`) is no unit unless it has a code; `Alibaba Group` is the org.
                // (`사업그룹 체제로`: a unit noun alone, however long, names none.)
                // (`AI랩`: a head glued to a code in capitals names a unit.)
                let codeGlued = t.baseScalars.count >= 3 && t.baseScalars.prefix(2).allSatisfy(Scalars.isUpper)
                let headAlone = (t.base.count <= 3 && !codeGlued) || unitNouns.contains(t.baseScalars)
                guard first < i || code != nil || (!headAlone && (parent == nil || owned)) else { continue }
                // `그동안 엔터프라이즈부문`: adverbs are not part of the name.
                // (`신설 IP전략실`: newly made; `■ 사업군`: a bullet.)
                while first < i,
                    Self.unitAdverbs.contains(s.tokens[first].scalars)
                        || !s.tokens[first].scalars.contains(where: {
                            Scalars.isHangul($0) || Scalars.isLatin($0) || Scalars.isDigit($0)
                        })
                {
                    first += 1
                }
                // `신설 사업군`: the head alone again.
                guard first < i || code != nil || !headAlone else { continue }
                // `두 사업부`, `각 부문`: a head after a determiner names no unit.
                if first < i, Self.unitDeterminers.contains(s.tokens[first].scalars) { continue }
                // `‘3대 사업군’ 체제로`: a count of units names none.
                if first < i, Self.isCountOfUnits(s.tokens[first].baseScalars) { continue }
                var name = s.tokens[first...i].enumerated().map { k, tok in
                    first + k == i ? tok.base : tok.text
                }.joined(separator: " ")
                name = trimmingHeadlineJoins(name)
                // `DS부문 산하에 … 'HBM개발팀'을 신설`: the unit under which another is created is its
                // parent, not created itself.
                // (`C 산하로 들어가고`: the units before C move under it, `moveUnitsUnder`.)
                let isUnder =
                    i + 1 < s.tokens.count && s.tokens[i + 1].isText(in: Self.underWordsWithParticle)
                    && !s.tokens[i + 1].isText(in: Self.underDirectionWords)
                if let u = units.firstIndex(where: {
                    ($0.fact.code != nil && $0.fact.code == code) || $0.fact.name == name
                }) {
                    // `'AX혁신부문' 신설` in the headline, `'AX혁신부문(AXI)'` in the body: the code
                    // and the parent the body gives join it.
                    if units[u].fact.code == nil, let code { updateUnit(u) { $0.code = code } }
                    if !isUnder, let under = underParent, under != name, units[u].fact.parent != under {
                        updateUnit(u) { $0.parent = under }
                    }
                    if isUnder { underParent = name }
                    continue
                }
                // `저장대학과 체화지능 공동연구소 설립 협약`: a joint lab or venture with another body is
                // no unit of either.
                if Self.jointMarks.contains(where: { Scalars.find($0, in: Array(name.unicodeScalars)) != nil }) {
                    continue
                }
                var established: PartialDate?
                if isUnder { underParent = name }
                // `데이터플랫폼본부 직속으로는 AI연구소(KAIL)를 두고`: a unit named right before `직속으로는`
                // (`산하에`) is the parent of the units after it, where the walk over the unit heads did not
                // read it (a sentence that creates nothing reads only heads with a code).
                if parent == nil, !isUnder, underParent == nil, first >= 2,
                    s.tokens[first - 1].isText(in: Self.underWordsWithParticle),
                    !s.tokens[first - 1].isText(in: Self.underDirectionWords),
                    let (name, _) = unitNamed(endingAt: s.tokens, first - 2)
                {
                    parent = name
                    underParent = name
                }
                // `기존 모바일생태그룹(MEG)과 …을 유지하되`: a unit that already exists is not made.
                // (`기존 A와 B를`: both, the word opening the list.)
                // (Not `기존 연구소를 ‘로봇AI연구소’로 확대 개편`: the old one is the object, the new one
                // another phrase.)
                let existing = (max(0, first - 4)..<first).contains { k in
                    s.tokens[k].isText(in: Self.existingWords)
                        && s.tokens[(k + 1)..<first].allSatisfy {
                            !$0.comma && !$0.period && !$0.quoteAfter
                                && ($0.isBare || $0.hasParticle(in: Self.joiningParticles))
                        }
                }
                // (`모바일사업부(MBG)에 최고기술책임자(CTO)를 새로 뒀다`: the unit where a post is made is not made.)
                if establishes, !isUnder, !existing, t.particle != "에", !createsALaterUnit(s, after: t.end) {
                    established = creationDate(s, index, start: t.start, end: t.end, effective: &effective)
                }
                // A coded group named with its own possessive (`지능형주행그룹(IDG)의`) is no parent of itself.
                // Nor is a product (`'뤄보콰이파오' 사업을 맡은 지능형주행사업그룹`).
                let subject = subjectOrg(s, near: t.start).flatMap {
                    $0 == name || (!productNames.isEmpty && productNames.contains($0)) ? nil : $0
                }
                let fact = OrgUnitFact(
                    name: name,
                    code: code,
                    parent: parent ?? (isUnder ? nil : underParent) ?? subject ?? mainOrg,
                    established: established
                )
                units.append((fact, s.number))
                emit(fact, sentence: s)
            }
        }
        // A count (`6개`) needs a digit; `Sentence.digitFrom` is the count only when there is none.
        for s in sentences where !s.isDateLine && s.sentence.digitFrom < s.sentence.scalars.count {
            findCountedUnitLists(in: s)
        }
        // English sentences only (their first word Latin).
        for (index, s) in sentences.enumerated() where !s.isDateLine && s.tokens.first?.unicodeIsLatin == true {
            findEnglishLowerCaseUnits(in: s)
            findEnglishOwnedUnits(in: s)
            findEnglishCodedAndAppositionUnits(in: s, index, effective: &effective)
        }
        // Sentences that create units, or place them under one (`산하에`): a scalar search, not a
        // lookup of every word.
        for (index, s) in sentences.enumerated()
        where !s.isDateLine
            && (s.verbs.establishes
                || (!units.isEmpty && Scalars.find(Self.underScalars, in: s.sentence.scalars) != nil))
        {
            findQuotedOrganisations(in: s, index, effective: &effective)
        }
        findUnitsOfTitles()
        fillUnitsOfPeople()
        // (Each unit in charge carries its code in a parenthesis: `TokenSummary.hasParen`.)
        for s in sentences where !s.isDateLine && s.summary.hasParen { findChargeUnits(in: s) }
        dateUnitsNamedAgain()
        dateMergeTargets()
        moveUnitsUnder()
        findEnglishUnitsMovedUnder()
        // (After the units moved under one: the teams those leave, with the units their sentences name.)
        for s in sentences where !s.isDateLine && s.tokens.first?.unicodeIsLatin == true { findEnglishTeams(in: s) }
        findScrappedUnits()
    }

    /// `A와 B는 C 산하로 들어가고`, `D는 C에 흡수된다`, `E는 C 아래로 옮긴다`: units named before C in its
    /// clause move under C.
    /// Only sentences with such a word are read (a scalar search).
    private mutating func moveUnitsUnder() {
        // (Read only in reports of two units or more: a reorganisation, which the sentence search below
        // would cost every report.)
        guard units.count >= 2 else { return }
        for s in sentences where !s.isDateLine {
            let sc = s.sentence.scalars
            guard
                Self.underDirectionScalars.contains(where: { Scalars.find($0, in: sc) != nil })
                    || Self.absorbedWords.contains(where: { Scalars.find($0, in: sc) != nil })
            else { continue }
            let tokens = s.tokens
            // The target before: the walk back stops at it (`… C 산하로 들어가고 D는 E에 흡수된다`).
            var previousTarget = -1
            for i in tokens.indices where movesUnder(tokens, i) {
                guard let (parent, first) = unitNamed(endingAt: tokens, i) ?? unitPointedAt(s, i) else { continue }
                var k = first - 1
                while k > previousTarget, !Self.endsClause(tokens[k]) {
                    // Only the clause's subjects, listed or marked (`A와 B는`), move; not a unit
                    // named in passing (`콘텐츠사업부가 맡던 웹툰 사업은`).
                    // (`광고부문이 맡던 … 업무는`: a unit followed by its own verb is no subject here.)
                    let ownVerb = k + 1 < first && tokens[k + 1].scalars.last.map(Token.verbEndings.contains) == true
                    if !ownVerb, tokens[k].hasParticle(in: Self.movingParticles) || tokens[k].comma {
                        if let u = units.firstIndex(where: { $0.fact.name == tokens[k].base }) {
                            if units[u].fact.name != parent, units[u].fact.parent != parent {
                                updateUnit(u) { $0.parent = parent }
                            }
                        } else if isNamedUnitWord(tokens[k]) || Self.isShortTeamWord(tokens, k),
                            // (`김하늘 주임연구원은`: a title the lexicon lacks, after a name.)
                            !followsAName(tokens, k)
                        {
                            // `기존 금융사업부와 보험사업부는 스마트금융사업군 산하로`: a unit named only as
                            // it moves (`2023년 세운 충칭연구원은`: dated by the attributive before it).
                            let fact = OrgUnitFact(
                                name: tokens[k].base,
                                code: nil,
                                parent: parent,
                                established: dateOfAttributive(s, before: k)
                            )
                            units.append((fact, s.number))
                            emit(fact, sentence: s)
                        }
                    }
                    k -= 1
                }
                previousTarget = i
            }
        }
    }

    /// `… 제작팀은 이 사업군 아래로 옮기고`: the unit `이` and a unit noun at `i` point back to (the one named
    /// with that noun last before it in the sentence, else in the sentences before), and the index of `이`.
    func unitPointedAt(_ s: AnalyzedSentence, _ i: Int) -> (String, Int)? {
        let tokens = s.tokens
        guard i > 0, tokens[i - 1].textScalars.isScalars(Self.thisScalars),
            lexicon.unitNounWords.contains(tokens[i].baseScalars)
        else { return nil }
        // (`글로벌퍼블리싱사업군장에는 …, 기존 해외운영팀은 이 사업군으로 흡수된다`: not the team that moves,
        // whose noun is another.)
        guard let unit = unitNamed(withNoun: tokens[i].base, in: s, before: tokens[i - 1].start) else { return nil }
        return (unit, i - 1)
    }

    /// The unit a noun points back to (`이 사업군`, `the division`): the one whose name ends with the noun
    /// (case aside) named last before `offset` in the sentence (inside a longer word too: `…사업군장에는`),
    /// else in the sentences before.
    func unitNamed(withNoun noun: String, in s: AnalyzedSentence, before offset: Int) -> String? {
        let key = Scalars.lower(noun)
        let before = Array(s.sentence.scalars[..<offset])
        // (By where the name ends, the longer on a tie: `생성AI본부` over the `AI본부` inside it.)
        var best: (end: Int, length: Int, unit: String)?
        for u in units {
            guard let name = u.fact.name, Scalars.lower(name).hasSuffix(key) else { continue }
            let w = Array(name.unicodeScalars)
            guard let at = Scalars.find(w, in: before) else { continue }
            let end = at + w.count
            if let b = best, end < b.end || (end == b.end && w.count <= b.length) { continue }
            best = (end, w.count, name)
        }
        return best?.unit ?? unitNamedLast(before: s).flatMap { Scalars.lower($0).hasSuffix(key) ? $0 : nil }
    }

    /// `기존 추천팀과 검색팀은 … 아래로 옮기고`: a team named by one word of three syllables (two before
    /// `팀`), in a clause that moves it; not the last word of a longer name (`원신 제작팀`: a bare word
    /// before it other than `기존`).
    static func isShortTeamWord(_ tokens: [Token], _ k: Int) -> Bool {
        let t = tokens[k]
        let w = t.baseScalars
        guard w.count == 3, w.last == "팀", w.allSatisfy(Scalars.isHangul), t.orgIndex == nil, !t.hasParen else {
            return false
        }
        guard k > 0 else { return true }
        let p = tokens[k - 1]
        return p.comma || p.hasParticle || p.isText(in: existingWords)
    }

    /// Whether a word names a unit by itself: a unit's head glued to a name (`보험사업부`, four
    /// syllables or more), not a unit noun alone (`사업부`), a title or a known org.
    func isNamedUnitWord(_ t: Token) -> Bool {
        let w = t.baseScalars
        return w.count >= 4 && w.allSatisfy({ Scalars.isHangul($0) || Scalars.isLatin($0) || Scalars.isDigit($0) })
            && isUnitHead(w) && !lexicon.unitNounWords.contains(w) && !isTitleBase(t) && t.orgIndex == nil
            && !t.hasParen
    }

    /// Whether the word at `k` follows a person's name: one found, or a bare word of three syllables
    /// shaped like one before a word ending like a post (`김하늘 주임연구원은`: a title the lexicon
    /// lacks; not `부산 물류센터는`).
    func followsAName(_ tokens: [Token], _ k: Int) -> Bool {
        guard k > 0 else { return false }
        let p = tokens[k - 1]
        if person(p) != nil { return true }
        return p.isBare && !p.comma && p.baseScalars.count == 3 && looksLikeHangulName(p.baseScalars)
            && Self.postEndings.contains { tokens[k].baseScalars.hasSuffix($0) }
    }

    /// Endings of unit words that are also posts (`주임연구원`, `전문위원`).
    static let postEndings: [[Unicode.Scalar]] = ["연구원", "위원"].map { Array($0.unicodeScalars) }

    /// `2023년 세운 충칭연구원은`: the date right before an attributive verb of founding (`세운`, `만든`,
    /// `신설된`) right before the word at `k`.
    func dateOfAttributive(_ s: AnalyzedSentence, before k: Int) -> PartialDate? {
        guard k >= 2,
            s.tokens[k - 1].isText(in: Self.foundingAttributives)
                || s.verbs.establishRange.map({ r in
                    r.lowerBound >= s.tokens[k - 1].start && r.upperBound <= s.tokens[k - 1].end
                }) == true
        else { return nil }
        return Self.dateRightBefore(s, s.tokens[k - 1].start)
    }

    /// The date that ends at most two scalars before offset `verb` (`2023년 세운`, `2023년 신설된`).
    static func dateRightBefore(_ s: AnalyzedSentence, _ verb: Int) -> PartialDate? {
        s.dates.last { $0.range.upperBound <= verb && verb - $0.range.upperBound <= 2 }?.start
    }

    /// Attributive verbs of founding the lexicon's establishing words leave out (`세운` is also
    /// `계획을 세운`: read only right before a unit's name).
    static let foundingAttributives: TextSet = ["세운", "만든", "꾸린"]

    /// `해외사업부는 폐지되고`: a unit the report names only as it is closed is a unit of the report's
    /// org all the same.
    private mutating func findScrappedUnits() {
        for s in sentences where !s.isDateLine {
            let tokens = s.tokens
            // (The next word's first scalar first: this runs for every word of every sentence.)
            for k in tokens.indices.dropLast()
            where Self.scrappingFirsts.contains(tokens[k + 1].scalars.first ?? " ")
                && Self.scrappingStems.contains(where: { tokens[k + 1].scalars.starts(with: $0) })
                && tokens[k].hasParticle(in: Self.movingParticles) && isNamedUnitWord(tokens[k])
                && !followsAName(tokens, k)
                && !units.contains(where: { $0.fact.name == tokens[k].base })
            {
                let fact = OrgUnitFact(
                    name: tokens[k].base,
                    code: nil,
                    parent: subjectOrg(s, near: tokens[k].start) ?? mainOrg
                )
                units.append((fact, s.number))
                emit(fact, sentence: s)
            }
        }
    }

    /// The first scalars of `scrappingStems`.
    static let scrappingFirsts: [Unicode.Scalar] = ["폐", "해", "없"]
    /// Stems of Korean verbs that close a unit (`폐지되고`, `해체된다`, `없어진다`).
    static let scrappingStems: [[Unicode.Scalar]] = ["폐지", "해체", "없어진", "없어졌", "없어지", "없앤", "없애"].map {
        Array($0.unicodeScalars)
    }

    /// The name of a unit found in the report whose name ends with the word at `i` (one word, or
    /// the words before it too: `AI 솔루션 부문`), and the index of its first word.
    func unitNamed(endingAt tokens: [Token], _ i: Int) -> (name: String, first: Int)? {
        var name = tokens[i].base
        var k = i
        while true {
            if units.contains(where: { $0.fact.name == name }) { return (name, k) }
            guard k > 0, i - k < 3, tokens[k - 1].isBare, !tokens[k - 1].hasParen else { return nil }
            k -= 1
            name = tokens[k].text + " " + name
        }
    }

    /// `A와 B는 오는 7월 1일 ‘상업화 사업군(CMG)’으로 합쳐진다`, `As of July 1, X merged A and B into a
    /// single Global Travel Tech Group (GTTG)`: the unit others are merged into starts on the
    /// sentence's date (the units merged into it keep theirs). Only sentences with a merge word and
    /// a date are read.
    private mutating func dateMergeTargets() {
        guard units.contains(where: { $0.fact.established == nil }) else { return }
        for s in sentences where !s.isDateLine && s.verbs.mergeWord && !s.dates.isEmpty {
            let tokens = s.tokens
            let dates = s.dates.filter { $0.start.month != nil || $0.start.day != nil }
            guard let date = dates.first else { continue }
            for (k, t) in tokens.enumerated() where k + 1 < tokens.count && t.hasParticle(in: Self.towardParticles) {
                guard Self.mergedIntoWords.contains(where: { tokens[k + 1].scalars.starts(with: $0) }),
                    let u = units.firstIndex(where: { u in
                        u.fact.established == nil
                            && ((u.fact.code.map { t.paren == $0 } ?? false)
                                || (u.fact.name.map { Self.endsWith(tokens, before: k + 1, name: $0) } ?? false))
                    })
                else { continue }
                updateUnit(u) { $0.established = date.start }
            }
            // English: the unit named after `into a single` / `into a new` / `into one`.
            for k in tokens.indices.dropLast(2) where tokens[k].base == "into" {
                let n = tokens[k + 1].base
                guard n == "a" || n == "one" || n == "an" else { continue }
                var m = k + 2
                if m < tokens.count,
                    tokens[m].base == "single" || tokens[m].base == "new" || tokens[m].base == "unified"
                {
                    m += 1
                }
                // The unit's name runs from `m` to the word with its code or the unit noun.
                for e in m..<min(tokens.count, m + 6) {
                    guard
                        let u = units.firstIndex(where: { u in
                            u.fact.established == nil
                                && ((u.fact.code.map { tokens[e].paren == $0 } ?? false)
                                    || (u.fact.name.map { Self.endsWith(tokens, before: e + 1, name: $0) } ?? false))
                        })
                    else {
                        if tokens[e].comma || tokens[e].period { break }
                        continue
                    }
                    updateUnit(u) { $0.established = date.start }
                    break
                }
            }
        }
    }

    /// A Hangul syllable closed by `ㄴ` (`연`, `낸`, `둔`): a verb's adnominal form when it stands alone.
    static func isAdnominalSyllable(_ c: Unicode.Scalar) -> Bool {
        Scalars.isHangul(c) && (c.value - 0xAC00) % 28 == 4
    }

    static let towardParticles: TextSet = ["으로", "로"]
    /// Nouns whose last syllable is a verb ending (`광고 사업부`): words of a unit's name all the same.
    static let nounsEndingLikeVerbs = WordSet(["광고", "재고", "창고", "물류창고", "보고", "여고", "공고", "홍보광고"])
    /// Verbs after `X(으)로` that say others are merged into X.
    static let mergedIntoWords: [[Unicode.Scalar]] = ["합쳐", "합친", "합치", "통합", "합병", "통폐합", "흡수"].map {
        Array($0.unicodeScalars)
    }

    /// `글로벌세일즈앤마케팅(GSM) 담당`, `'패키지&테스트(P&T)' 담당 조직`: a name with its code before
    /// `담당` (the word some groups use for a unit) names a unit of the org the sentence is about.
    private mutating func findChargeUnits(in s: AnalyzedSentence) {
        let tokens = s.tokens
        for k in tokens.indices.dropLast() where tokens[k].hasParen {
            guard tokens[k + 1].scalars.starts(with: Self.chargeScalars), !tokens[k].hasParticle,
                let code = tokens[k].paren, Scalars.isCode(code.unicodeScalars),
                Scalars.isHangul(tokens[k].baseScalars.first ?? " "),
                !units.contains(where: { $0.fact.code == code })
            else { continue }
            // The words of the name within the quotation marks, or the word alone.
            var a = k
            if !tokens[k].quoteBefore, tokens[k].quoteAfter {
                while a > 0, k - a < 4, !tokens[a].quoteBefore { a -= 1 }
                if !tokens[a].quoteBefore { a = k }
            }
            let name = (a...k).map { $0 == k ? tokens[$0].base : tokens[$0].text }.joined(separator: " ")
            guard !isTitleBase(tokens[k]), orgToken(tokens[k]) == nil else { continue }
            let fact = OrgUnitFact(name: name, code: code, parent: subjectOrg(s, near: tokens[a].start) ?? mainOrg)
            units.append((fact, s.number))
            emit(fact, sentence: s)
        }
    }

    static let chargeScalars = Array("담당".unicodeScalars)

    /// `SCBG와 ESBG, CHBG는 3월 1일자로 새로 만들어졌다`, `IBG는 2023년 11월 출범한 조직으로`: units
    /// found undated, named again (by code or name) in a sentence that says they were created and
    /// when, take that date: the first after their name (a date before it is the announcement's:
    /// `징둥은 2일 … X를 신설한다고 발표했다`). Not a unit named as the place of another (`DS부문
    /// 산하에`, `파운드리사업부의`).
    private mutating func dateUnitsNamedAgain() {
        guard units.contains(where: { $0.fact.established == nil }) else { return }
        for s in sentences where !s.isDateLine && s.verbs.establishes && !s.dates.isEmpty {
            for (i, t) in s.tokens.enumerated() where !s.inQuote(t) && !t.hasParticle(in: Self.placeParticles) {
                if i + 1 < s.tokens.count, s.tokens[i + 1].isText(in: Self.underWordsWithParticle) { continue }
                guard
                    let u = units.firstIndex(where: { u in
                        u.fact.established == nil
                            && ((u.fact.code.map { Text.same($0, t.base) } ?? false)
                                || (u.fact.name.map {
                                    Text.same($0, t.base) || Self.endsWith(s.tokens, before: i + 1, name: $0)
                                } ?? false))
                    })
                else { continue }
                let dates = s.dates.filter { $0.start.month != nil || $0.start.day != nil || $0.start.hasYear }
                guard let d = dates.first(where: { $0.range.lowerBound >= t.end }) else { continue }
                // (`기존 공급망사업부와 …은 …, 2024년 신설된 AI연구원(MRI)은`: the date of a unit named later.)
                if createsALaterUnit(s, after: t.end) { continue }
                updateUnit(u) { $0.established = d.start }
            }
        }
    }

    /// Takes back the org facts that name a unit of the report (`클라우드인텔리전스그룹`, the last
    /// word of `타오바오·티몰 커머스그룹`, `조직` coded `ASO`): found as orgs by their shape before the
    /// units were known.
    mutating func dropOrgsNamingUnits() {
        guard !units.isEmpty else { return }
        // A unit named as a company the report describes (`AI 스타트업 스캐터랩`) is that company.
        if !describedCompanies.isEmpty {
            let companies = describedCompanies
            func isCompany(_ u: OrgUnitFact) -> Bool {
                u.code == nil && companies.contains { $0.utf8.elementsEqual((u.name ?? "").utf8) }
            }
            units.removeAll { isCompany($0.fact) }
            for k in facts.indices.reversed() {
                guard case .orgUnit(let u) = facts[k], isCompany(u) else { continue }
                facts.remove(at: k)
                factSentences.remove(at: k)
            }
        }
        // Few names: compared by their bytes, not hashed (a `Set<String>` normalises Hangul to hash it).
        var names: [String] = []
        for (u, _) in units {
            if let name = u.name {
                names.append(name)
                if let last = name.split(separator: " ").last, last.count >= 4, last.count < name.count {
                    names.append(String(last))
                }
            }
            if let code = u.code { names.append(code) }
        }
        func named(_ s: String) -> Bool { names.contains { $0.utf8.elementsEqual(s.utf8) } }
        var dropped: [Int] = []
        for k in facts.indices {
            switch facts[k] {
            case .org(let o):
                if o.name != mainOrg, named(o.name) || (o.aliases ?? []).contains(where: named) { dropped.append(k) }
            case .person(var p):
                // `지능형주행사업그룹 총재`: a person of a unit belongs to the unit's parent.
                guard let o = p.org, named(o),
                    let unit = units.first(where: { $0.fact.name == o || $0.fact.code == o })?.fact,
                    let parent = unit.parent, parent != o
                else { continue }
                p.org = parent
                p.unit = p.unit ?? unit.code
                facts[k] = .person(p)
            default:
                continue
            }
        }
        for k in dropped.reversed() {
            facts.remove(at: k)
            factSentences.remove(at: k)
        }
    }

    /// Lower-case English unit nouns after a Title-case name: `the former Search & Retrieval unit`,
    /// `its Smart Home division` (the name without the noun, as the report capitalises it).
    static let englishUnitNouns = WordSet(["unit", "division"])
    static let divisionScalars = Array("division".unicodeScalars)
    static let groupWordScalars = Array("group".unicodeScalars)
    static let businessScalars = Array("business".unicodeScalars)
    static let englishLowerUnitNouns = WordSet(["unit", "division", "group", "segment", "arm", "subsidiary"])

    /// A word of a lower-case English unit's name: lower-case letters (a hyphen allowed) or a short
    /// capital abbreviation (`TV`, `LCD`), naming no org (`a new TV display division`).
    static func isLowerUnitWord(_ t: Token) -> Bool {
        let w = t.baseScalars
        return t.orgIndex == nil
            && (w.allSatisfy({ (0x61...0x7A).contains($0.value) || $0 == "-" }) || (Scalars.isCode(w) && w.count <= 5))
    }

    /// The index of the last token of a name an apposition calls the company's unit (`X, the
    /// company's AI research arm`, `X, its chip unit`): the unit noun at `k`, up to three words
    /// before it, `its` or `the company's`, and a comma closing the name before them.
    static func appositionOwnerEnd(_ tokens: [Token], before k: Int) -> Int? {
        var j = k - 1
        while j >= 0, k - 1 - j < 3, !tokens[j].comma, !tokens[j].period, tokens[j].paren == nil,
            tokens[j].particle == nil, !tokens[j].isBase(in: Self.ownerWords)
        {
            j -= 1
        }
        guard j >= 1 else { return nil }
        if tokens[j].base == "its" {
            return tokens[j - 1].comma ? j - 1 : nil
        }
        guard tokens[j].isBase(in: Self.ownerWords), tokens[j].particle == "'s", j >= 2, tokens[j - 1].base == "the"
        else { return nil }
        return tokens[j - 2].comma ? j - 2 : nil
    }

    static let ownerWords: TextSet = ["company", "group", "firm", "its"]
    static let unitDeterminerWords: TextSet = ["the", "its", "a", "an", "new", "separate", "former", "of"]

    /// `president of the consumer business group (CBG)`: a lower-case unit with its code; and
    /// `creating a separate healthcare unit, iFlytek Healthcare, and an automotive unit, iFlytek Auto`:
    /// the name in apposition to a lower-case unit noun.
    private mutating func findEnglishCodedAndAppositionUnits(
        in s: AnalyzedSentence,
        _ index: Int,
        effective: inout PartialDate??
    ) {
        let tokens = s.tokens
        for k in tokens.indices
        where tokens[k].baseScalars.first.map({ (0x61...0x7A).contains($0.value) }) ?? false
            && Self.englishLowerUnitNouns.contains(tokens[k].baseScalars)
        {
            if let code = tokens[k].paren, Scalars.isCode(code) {
                // The lower-case words before the noun, after a determiner.
                // (`a new TV display division (TVD)`: a short capital abbreviation among them.)
                var a = k
                while a > 0, k - a < 4, !tokens[a - 1].comma, !tokens[a - 1].period, tokens[a - 1].paren == nil,
                    Self.isLowerUnitWord(tokens[a - 1]), !tokens[a - 1].isBase(in: Self.unitDeterminerWords)
                {
                    a -= 1
                }
                guard a < k, a > 0, tokens[a - 1].isBase(in: Self.unitDeterminerWords),
                    tokens[a..<k].contains(where: {
                        $0.baseScalars.first.map { (0x61...0x7A).contains($0.value) } ?? false
                    })
                else { continue }
                let name = tokens[a...k].map(\.base).joined(separator: " ")
                guard !units.contains(where: { $0.fact.code == code || $0.fact.name == name }) else { continue }
                let established =
                    s.verbs.establishes
                    ? creationDate(s, index, start: tokens[a].start, end: tokens[k].end, effective: &effective)
                    : nil
                let fact = OrgUnitFact(
                    name: name,
                    code: code,
                    parent: subjectOrg(s, near: tokens[a].start) ?? mainOrg,
                    established: established
                )
                units.append((fact, s.number))
                emit(fact, sentence: s)
                continue
            }
            // `the large-size OLED business unit and the LCD business unit were merged`: lower-case
            // words (a short abbreviation among them) before `business unit`, after `the` or `its`.
            if tokens[k].paren == nil, k >= 3, tokens[k - 1].base == "business" {
                var a = k - 1
                while a > 0, k - a < 5, !tokens[a - 1].comma, !tokens[a - 1].period, tokens[a - 1].paren == nil,
                    Self.isLowerUnitWord(tokens[a - 1]), !tokens[a - 1].isBase(in: Self.unitDeterminerWords)
                {
                    a -= 1
                }
                if a < k - 1, a > 0, tokens[a - 1].base == "the" || tokens[a - 1].base == "its",
                    !tokens[a..<(k - 1)].contains(where: { Self.notUnitWords.contains($0.baseScalars) })
                {
                    let name = tokens[a...k].map(\.base).joined(separator: " ")
                    if !units.contains(where: { $0.fact.name == name }) {
                        let fact = OrgUnitFact(name: name, parent: subjectOrg(s, near: tokens[a].start) ?? mainOrg)
                        units.append((fact, s.number))
                        emit(fact, sentence: s)
                    }
                    continue
                }
            }
            // `MediaTek Research (聯發創新基地), the company's AI research arm established in 2019`: a
            // name the apposition after it calls the company's unit.
            // (A subsidiary, `Coupang Corp., its main Korean subsidiary`, is an org of its own.)
            if tokens[k].paren == nil, tokens[k].base != "subsidiary",
                let end = Self.appositionOwnerEnd(tokens, before: k)
            {
                var a = end
                while a > 0, end - a < 4, Self.isTitleCase(tokens[a - 1].baseScalars), !tokens[a - 1].comma,
                    !tokens[a - 1].period, tokens[a - 1].paren == nil
                {
                    a -= 1
                }
                if Self.isTitleCase(tokens[a].baseScalars), a < end || tokens[a].orgIndex == nil {
                    let name = tokens[a...end].map(\.base).joined(separator: " ")
                    if !units.contains(where: { $0.fact.name == name }), knownOrg(name) == nil {
                        let established =
                            s.verbs.establishes
                            ? creationDate(s, index, start: tokens[k].start, end: tokens[k].end, effective: &effective)
                            : nil
                        let fact = OrgUnitFact(name: name, code: nil, parent: mainOrg, established: established)
                        units.append((fact, s.number))
                        emit(fact, sentence: s)
                        continue
                    }
                }
            }
            // `unit, iFlytek Healthcare,`: a name of capitalised words (the first may be a known org
            // written in its own case) between commas, or before `and` or a full stop.
            guard tokens[k].comma, k > 0,
                tokens[k - 1].isBase(in: Self.unitDeterminerWords)
                    || (k > 1 && tokens[k - 2].isBase(in: Self.unitDeterminerWords))
            else { continue }
            var b = k + 1
            while b < tokens.count, b - k <= 4,
                Self.isTitleCase(tokens[b].baseScalars) || (b == k + 1 && tokens[b].orgIndex != nil)
            {
                b += 1
                if tokens[b - 1].comma || tokens[b - 1].period { break }
            }
            guard b - k >= 3, tokens[b - 1].comma || tokens[b - 1].period else { continue }
            let name = tokens[(k + 1)..<b].map(\.base).joined(separator: " ")
            guard knownOrg(name) == nil, !units.contains(where: { $0.fact.name == name }) else { continue }
            let established =
                s.verbs.establishes
                ? creationDate(s, index, start: tokens[k + 1].start, end: tokens[b - 1].end, effective: &effective)
                : nil
            let fact = OrgUnitFact(
                name: name,
                code: nil,
                parent: subjectOrg(s, near: tokens[k].start) ?? mainOrg,
                established: established
            )
            units.append((fact, s.number))
            emit(fact, sentence: s)
        }
    }

    /// `its payment services division and platform division`, `360's government and enterprise
    /// security group (GESG)`: a unit named in lower-case words after `its` or an org's possessive
    /// (or after `and` and a unit so named), its noun kept in the name.
    private mutating func findEnglishOwnedUnits(in s: AnalyzedSentence) {
        let tokens = s.tokens
        var previousEnd = -1
        // (`division`, `group`, `unit`: their first scalar tested before the lookup.)
        for k in tokens.indices
        where k > 1 && Self.ownedUnitFirsts.contains(tokens[k].scalars.first ?? " ")
            && tokens[k].isBase(in: Self.ownedUnitNouns)
        {
            var a = k
            while a > 0, k - a < 6, Self.isLowerCaseWord(tokens[a - 1]), !tokens[a - 1].comma,
                !tokens[a - 1].isBase(in: Self.ownedUnitStops), !tokens[a - 1].isBase(in: Self.ownedUnitNouns)
            {
                a -= 1
            }
            // (`and` inside a name only between two of its words: `government and enterprise`.)
            while a < k, tokens[a].base == "and" { a += 1 }
            guard a < k, a > 0, !tokens[a..<k].contains(where: { Self.notUnitWords.contains($0.baseScalars) }) else {
                continue
            }
            let owner = tokens[a - 1]
            var parent: String?
            if owner.base == "its" {
                parent = subjectOrg(s, near: owner.start) ?? mainOrg
            } else if owner.isEnglishPossessive, let o = anyOrg(owner) {
                parent = o
            } else if owner.base == "and", a - 2 == previousEnd {
                parent = units.last?.fact.parent
            } else {
                continue
            }
            let name = tokens[a...k].map(\.base).joined(separator: " ")
            previousEnd = k
            guard !units.contains(where: { $0.fact.name == name }) else { continue }
            let code = tokens[k].paren.flatMap { Scalars.isCode($0.unicodeScalars) ? $0 : nil }
            let fact = OrgUnitFact(name: name, code: code, parent: parent)
            units.append((fact, s.number))
            emit(fact, sentence: s)
        }
    }

    static let ownedUnitNouns: TextSet = ["division", "group", "unit"]
    static let ownedUnitFirsts: [Unicode.Scalar] = ["d", "g", "u"]
    /// Words that end the walk back from the noun: determiners and verbs' particles.
    static let ownedUnitStops: TextSet = [
        "its", "the", "a", "an", "of", "to", "into", "in", "by", "with", "from", "for",
    ]
    /// Words that make the noun no unit (`its parent group`, `its own unit`, `its biggest division`).
    static let notUnitWords = WordSet([
        "parent", "own", "whole", "entire", "biggest", "largest", "smallest", "new", "former", "main",
        "core", "same", "other", "first", "second", "third",
    ])

    /// A word of lower-case ASCII letters (a hyphen allowed): `payment`, `prompt-injection`.
    static func isLowerCaseWord(_ t: Token) -> Bool {
        let u = t.textScalars
        guard let f = u.first, (0x61...0x7A).contains(f.value), !t.hasParen, t.particle == nil else { return false }
        return u.allSatisfy { (0x61...0x7A).contains($0.value) || $0 == "-" }
    }

    /// `The existing trust and safety team will move under ASD`, `its overseas sales team`: a team named in
    /// lower case (an acronym or a country's name among its words) after `the`, `its` or `their`; its
    /// parent the unit it moves under, else the org the sentence is about.
    private mutating func findEnglishTeams(in s: AnalyzedSentence) {
        let tokens = s.tokens
        // (`team`: its first scalar tested before the comparison.)
        for k in tokens.indices.dropFirst()
        where tokens[k].scalars.first == "t" && tokens[k].scalars.count <= 5
            && tokens[k].baseScalars.isScalars(Self.teamScalars)
        {
            var a = k
            // (Not past a function word or a verb: `The company sent a team`, `The CEO and his team`.)
            while a > 0, k - a < 4, !tokens[a - 1].comma, !tokens[a - 1].period, !tokens[a - 1].hasParen,
                !tokens[a - 1].isBase(in: Self.teamStops),
                Self.isLowerCaseWord(tokens[a - 1]) && !tokens[a - 1].isBase(in: Self.englishArticleWords)
                    || (Scalars.isCode(tokens[a - 1].baseScalars) && tokens[a - 1].orgIndex == nil)
                    || lexicon.countryWordSet.contains(tokens[a - 1].baseScalars)
            {
                a -= 1
            }
            // (`the existing … team`, `its new … team`: words of time are no part of the name.)
            var first = a
            while first < k, tokens[first].isBase(in: Self.teamQualifiers) { first += 1 }
            guard first < k, a > 0,
                tokens[a - 1].isBase(in: Self.englishArticleWords) || tokens[a - 1].isBase(in: Self.teamQualifiers)
            else { continue }
            let words = tokens[first..<k]
            // (`its own board and management team`, `the new management team`: a company's leaders, no unit.)
            guard
                !words.contains(where: {
                    $0.orgIndex != nil || slotOrg($0) != nil || person($0) != nil || $0.isBase(in: Self.leadershipWords)
                })
            else { continue }
            let name = (words.map(\.base) + ["team"]).joined(separator: " ")
            guard !units.contains(where: { $0.fact.name == name }) else { continue }
            // `will move under ASD`: the unit the team moves under is its parent.
            var parent: String?
            if let u = (k + 1..<min(tokens.count, k + 6)).first(where: {
                tokens[$0].baseScalars.isScalars(Self.underWord) || tokens[$0].baseScalars.isScalars(Self.intoWord)
            }),
                u + 1 < tokens.count
            {
                parent =
                    unitWritten(tokens[u + 1].baseScalars) ?? unitNamed(startingAt: tokens, u + 1)
                    ?? (u + 2 < tokens.count ? unitNamed(startingAt: tokens, u + 2) : nil)
            }
            let org = subjectOrg(s, near: tokens[a].start) ?? mainOrg ?? orgs.first?.fact.name
            let fact = OrgUnitFact(name: name, code: nil, parent: parent ?? org)
            units.append((fact, s.number))
            emit(fact, sentence: s)
        }
    }
    /// `team`, a unit's noun in lower case.
    static let teamScalars = Array("team".unicodeScalars)
    /// Words a team's name never holds: articles, pronouns, prepositions, common verbs.
    static let teamStops: TextSet = [
        "a", "an", "his", "her", "our", "my", "your", "of", "to", "for", "with", "in", "on", "at", "by", "as", "is",
        "was", "has", "had", "have", "sent", "led", "built", "hired", "said", "says", "will", "would", "new-look",
    ]
    /// Words of a company's leadership (`management team`), no unit's.
    static let leadershipWords: TextSet = ["management", "leadership", "executive", "board", "own"]
    /// Words of time before a team's name (`the existing …`, `its new …`).
    static let teamQualifiers: TextSet = ["existing", "new", "former", "current", "whole", "entire"]

    private mutating func findEnglishLowerCaseUnits(in s: AnalyzedSentence) {
        let tokens = s.tokens
        // `unit` and `division`: their first scalar tested before the lookup.
        for k in tokens.indices
        where k > 0
            && (((tokens[k].scalars.first == "u" || tokens[k].scalars.first == "d")
                && Self.englishUnitNouns.contains(tokens[k].baseScalars))
                || (tokens[k].scalars.first == "g" && tokens[k].baseScalars.isScalars(Self.groupWordScalars)
                    && k > 1 && tokens[k - 1].textScalars.isScalars(Self.businessScalars)))
        {
            // `the Cloud Enterprise Solutions business group`: the two words name the unit's kind.
            let head = tokens[k].scalars.first == "g" ? k - 1 : k
            var a = head
            while a > 0, k - a < 5, !tokens[a - 1].comma, !tokens[a - 1].period, !tokens[a - 1].hasParticle,
                Self.isTitleCase(tokens[a - 1].baseScalars) || Scalars.isCode(tokens[a - 1].baseScalars)
                    || (tokens[a - 1].isText(in: Self.connectorWords) && a - 1 > 0
                        && Self.isTitleCase(tokens[a - 2].baseScalars))
            {
                a -= 1
            }
            guard a < head, ["the", "its", "a", "former", "new", "their"].contains(tokens[a - 1 < 0 ? 0 : a - 1].base)
            else { continue }
            let words = tokens[a..<head]
            // No org, person or month: `the Alibaba unit` names the org.
            guard !words.contains(where: { $0.orgIndex != nil || slotOrg($0) != nil || person($0) != nil }),
                words.first.map({ DateParsing.monthWords.index(of: $0.baseScalars) == nil }) ?? false
            else { continue }
            // `its AI division, Kanana Lab,`: a common word alone before the noun describes the unit
            // named after it; it is no name.
            if words.count == 1, let w = words.first, isNotOrg(w.baseScalars) { continue }
            // `a Manufacturing Solutions division`, `… business group`: the kind written in lower case
            // after a name belongs to it; `unit` does not (`the Search & Retrieval unit`).
            var name = words.map(\.base).joined(separator: " ")
            if head < k || tokens[k].baseScalars.isScalars(Self.divisionScalars) {
                name += " " + tokens[head...k].map(\.base).joined(separator: " ")
            }
            guard !units.contains(where: { $0.fact.name == name }) else { continue }
            let fact = OrgUnitFact(name: name, code: nil, parent: subjectOrg(s, near: tokens[a].start) ?? mainOrg)
            units.append((fact, s.number))
            emit(fact, sentence: s)
        }
    }

    /// The date a unit named at `start..<end` of sentence `index` was created: a date with a day
    /// before it, or a month (`지난해 10월 출범한 ‘카나나 태스크포스’`, `지난달 … 조직(ASO)을 신설하고`),
    /// else the reorganisation's effective date, else a date after it or the last of the sentence
    /// before.
    func creationDate(
        _ s: AnalyzedSentence,
        _ index: Int,
        start: Int,
        end: Int,
        effective: inout PartialDate??
    ) -> PartialDate? {
        var before = s.dates.last {
            $0.range.upperBound <= start && ($0.start.day != nil || $0.start.month != nil)
        }
        // `Under the plan, approved by the board on Thursday, SOOP will create …`, `…, the platform it
        // launched in October 2024, and an AI Content Group`: in English, a date a comma sets apart
        // from the unit tells of another clause; the reorganisation's effective date, when the report
        // gives one, dates the unit.
        if let b = before, s.tokens.first?.unicodeIsLatin == true, b.range.upperBound < start,
            s.sentence.scalars[b.range.upperBound..<start].contains(",")
        {
            if effective == nil { effective = .some(effectiveDate()) }
            if case .some(.some) = effective { before = nil }
        }
        // `지난 20일 이사회에서 … 신설하는 안을 의결했다`: the day of the board's vote, not of the units;
        // the reorganisation's effective date, when the report gives one, dates them.
        if let b = before, Self.opensWithBoard(s.sentence.scalars, at: b.range.upperBound) {
            if effective == nil { effective = .some(effectiveDate()) }
            if case .some(.some) = effective { before = nil }
        }
        // `2023년 신설된 쇼핑몰지원본부는`: the date right before the attributive verb right before the
        // unit dates it, a year alone too.
        if let r = s.verbs.establishRange, r.upperBound <= start, start - r.upperBound <= 3,
            let d = Self.dateRightBefore(s, r.lowerBound)
        {
            return d
        }
        // `지난 3일 사내 공지를 통해 … AI혁신원을 내년 1월 1일부로 신설한다`: the sentence's own effective
        // date after the unit, over the day the plan was announced.
        // (After the unit, so after `before` too.)
        if before != nil, s.verbs.establishes, s.dates.count > 1, let e = effectiveDate(in: s),
            e.range.lowerBound >= end
        {
            return e.start
        }
        let after = s.dates.first { $0.range.lowerBound >= end }
        // The sentence before: its day (`7일 2024년도 조직개편` is the 7th, not the year it names).
        let previous =
            index > 0
            ? sentences[index - 1].dates.last { $0.start.day != nil } ?? sentences[index - 1].dates.last : nil
        // `… into a new Large Model Business Department (LMBD), effective March 1`: the date the unit
        // takes effect, over one written before it (a dateline's).
        if let after, after.range.lowerBound >= Self.effectiveScalars.count,
            s.sentence.scalars[(after.range.lowerBound - Self.effectiveScalars.count)..<after.range.lowerBound]
                .elementsEqual(Self.effectiveScalars)
        {
            return after.start
        }
        // `set up a Robotruck Business Unit (RTBU) on Sept. 1`: an English sentence dates what it
        // creates right after it, over the reorganisation's effective date found elsewhere (not a
        // date further on: `… according to a memo sent on Tuesday`).
        if before == nil, let after, s.tokens.first?.unicodeIsLatin == true, after.range.lowerBound - end <= 12,
            after.start.day != nil || after.start.month != nil
        {
            return after.start
        }
        // `…, while a new AI Game Lab (AGL) was created on Monday`: a date right after the unit in
        // its own clause, over one of an earlier clause.
        // (`위믹스사업본부(WXB)를 내년 1월 1일 출범시킨다`, after `이날`: in Korean, the date right after the
        // unit's particle.)
        if let after,
            after.range.lowerBound - end <= (s.tokens.first?.unicodeIsLatin == true ? 24 : 3),
            after.start.day != nil || after.start.month != nil,
            !s.sentence.scalars[end..<after.range.lowerBound].contains(","), s.verbs.establishes
        {
            return after.start
        }
        // `AI테크센터(ATC)를 같은 날 새로 만들어`, `launch a separate group the same day`: the day the
        // unit created before this one was created.
        if before?.start.day == nil, let day = sameDayAsLastUnit(s) { return day }
        if before == nil, effective == nil { effective = .some(effectiveDate()) }
        return before?.start ?? effective?.flatMap { $0 } ?? unitsStartNext(index) ?? (after ?? previous)?.start
    }

    /// `… 헬스케어로봇사업부(HRD)를 만드는 안도 통과시켰다. 두 사업부는 다음 달 2일 출범한다.`: the next
    /// sentence, opening with the units named together (`두 사업부는`, `새 본부는`), dates their start by
    /// the date last before its verb (`두 사업부는 지난 3월 발표된 계획에 따라 7월 1일 출범한다`: July), else
    /// its first (`두 사업부는 출범일을 7월 1일로 정했다`).
    func unitsStartNext(_ index: Int) -> PartialDate? {
        guard index + 1 < sentences.count else { return nil }
        let next = sentences[index + 1]
        let tokens = next.tokens
        // (`두 연구원은`: two researchers, not institutes.)
        guard tokens.count >= 3, next.verbs.establishes, let verb = next.verbs.establishRange,
            Self.unitDeterminers.contains(tokens[0].scalars), tokens[1].hasParticle(in: Self.topicParticles),
            isUnitHead(tokens[1].baseScalars), !tokens[1].isBase(in: Self.ownInstituteWords)
        else { return nil }
        let dated = next.dates.filter { $0.start.day != nil || $0.start.month != nil }
        return (dated.last { $0.range.upperBound <= verb.lowerBound } ?? dated.first)?.start
    }

    /// `시큐리티대응센터(ASEC)의 박수린 센터장이 …, 지난 7월 신설된 AI보안연구소(AISL)를`: a passive
    /// attributive (`신설된`) after a unit tells of the unit it comes before, not of this one.
    func createsALaterUnit(_ s: AnalyzedSentence, after end: Int) -> Bool {
        guard let r = s.verbs.establishRange, r.lowerBound >= end else { return false }
        let sc = s.sentence.scalars
        var k = r.upperBound
        while k < sc.count, Scalars.isHangul(sc[k]) { k += 1 }
        // (`신설된`, `세워진`: a passive attributive.)
        guard sc[k - 1] == "된" || sc[k - 1] == "진", k < sc.count, Scalars.isSpace(sc[k]) else { return false }
        // (`AI전략센터는 올해 1월 신설된 조직으로`: a noun describing the unit before, which it created.)
        var a = k + 1
        while a < sc.count, Scalars.isSpace(sc[a]) { a += 1 }
        var b = a
        while b < sc.count, Scalars.isHangul(sc[b]) { b += 1 }
        let next = Tokenizer.stripParticle(sc[a..<b], particles: lexicon.particleWords).0
        return !Self.describingNouns.contains(sc[a..<(a + next)])
    }

    /// The day the last unit with a day was created, when the sentence says `같은 날` or `the same day`.
    func sameDayAsLastUnit(_ s: AnalyzedSentence) -> PartialDate? {
        guard
            Scalars.find(Self.sameDayScalars, in: s.sentence.scalars) != nil
                || Scalars.find(Self.sameDayEnglishScalars, in: s.sentence.scalars) != nil
        else { return nil }
        return units.last(where: { $0.fact.established?.day != nil })?.fact.established
    }

    static let sameDayScalars = Array("같은 날".unicodeScalars)
    static let sameDayEnglishScalars = Array("the same day".unicodeScalars)

    static let effectiveScalars = Array("effective ".unicodeScalars)

    /// Whether the words from `at` (spaces skipped) open with the board (`이사회에서`).
    static func opensWithBoard(_ sc: [Unicode.Scalar], at: Int) -> Bool {
        var k = at
        while k < sc.count, Scalars.isSpace(sc[k]) { k += 1 }
        return boardWords.contains { KoreanNumbers.matches(sc, at: k, $0) }
    }

    /// (`동사회`: a Chinese company's board, as Korean reports write it.)
    static let boardWords: [[Unicode.Scalar]] = ["이사회", "동사회"].map { Array($0.unicodeScalars) }

    /// `'AI 인프라(AI Infra)' 조직의 신설`, `산하에는 'HBM 비즈니스' 조직과 'AI&R 전략' 조직을 두고`: a
    /// quoted name followed by `조직`, in a sentence that creates units, is a unit; one named before
    /// `산하에` is the parent of those after it.
    private mutating func findQuotedOrganisations(
        in s: AnalyzedSentence,
        _ index: Int,
        effective: inout PartialDate??
    ) {
        let tokens = s.tokens
        var under: String?
        for k in tokens.indices where k > 0 {
            let t = tokens[k]
            if t.isText(in: Self.underWordsWithParticle) {
                under =
                    units.first { u in
                        u.fact.name.map { n in Self.endsWith(tokens, before: k, name: n) } ?? false
                    }?.fact.name
                continue
            }
            guard t.baseScalars.elementsEqual(Self.organisationScalars), tokens[k - 1].quoteAfter else { continue }
            var a = k - 1
            while a > 0, k - 1 - a < 5, !tokens[a].quoteBefore { a -= 1 }
            guard tokens[a].quoteBefore else { continue }
            let name = tokens[a..<k].enumerated().map { m, tok in a + m == k - 1 ? tok.base : tok.text }
                .joined(separator: " ")
            guard name.count >= 2 else { continue }
            let established =
                s.verbs.establishes
                ? creationDate(s, index, start: tokens[a].start, end: t.end, effective: &effective) : nil
            if let u = units.firstIndex(where: { $0.fact.name == name }) {
                // Named in the headline: the body dates it.
                if units[u].fact.established == nil, let established { updateUnit(u) { $0.established = established } }
                continue
            }
            let fact = OrgUnitFact(
                name: name,
                code: nil,
                parent: under ?? subjectOrg(s, near: tokens[a].start) ?? mainOrg,
                established: established
            )
            units.append((fact, s.number))
            emit(fact, sentence: s)
        }
    }

    /// Whether the words before token `k` are `name` (`AI 인프라` before `산하에는`).
    static func endsWith(_ tokens: [Token], before k: Int, name: String) -> Bool {
        let words = name.split(separator: " ")
        guard words.count <= k else { return false }
        for (m, w) in words.reversed().enumerated() where tokens[k - 1 - m].base != w { return false }
        return true
    }

    /// `에이전트 서비스 조직(ASO)`: words before `조직` with a code in parenthesis name a unit (the
    /// bare noun `조직` is too common to be a unit head of its own).
    func isCodedOrganisation(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 0, tokens[i].baseScalars.elementsEqual(Self.organisationScalars), let code = tokens[i].paren,
            Scalars.isCode(code), !tokens[i - 1].comma, tokens[i - 1].isBare
        else { return false }
        return true
    }

    static let organisationScalars = Array("조직".unicodeScalars)

    /// `그룹을 A그룹, B 커머스그룹, C그룹(AIDC) 등 6개 사업그룹으로 나누는`: the names listed before
    /// `N개` and a unit head are units, whatever their own heads (a `…그룹` here is no company).
    private mutating func findCountedUnitLists(in s: AnalyzedSentence) {
        let tokens = s.tokens
        for k in 1..<max(1, tokens.count - 1) {
            let n = tokens[k].baseScalars
            // `6개`: digits and the counter 개, then a unit head (`사업그룹으로`, `부문`).
            guard n.count >= 2, n.last == "개", n.dropLast().allSatisfy(Scalars.isDigit),
                isUnitHead(tokens[k + 1].baseScalars)
            else { continue }
            var end = k - 1
            if tokens[end].text == "등" { end -= 1 }
            var items: [(name: String, code: String?)] = []
            var j = end
            while j >= 0, items.count < 12 {
                // One item: up to three bare words, the last of them with the comma (or none, last).
                // Each a name with a head or a code (`클라우드, 전자상거래, 물류 등`: fields, not names).
                // (`개발1본부와 개발2본부, 라이브운영본부 등`: the first joined by 와 or 과.)
                let joined = tokens[j].hasParticle(in: Self.joiningParticles)
                guard j == end || tokens[j].comma || joined, !tokens[j].hasParticle || joined,
                    tokens[j].paren.flatMap(Self.unitCode) != nil || isUnitHead(tokens[j].baseScalars)
                        || (tokens[j].baseScalars.count >= 4 && tokens[j].baseScalars.hasSuffix(Self.groupScalars))
                else { break }
                var first = j
                // (`같은 날 개발1본부와`: a day is no word of the name.)
                while first > 0, j - first < 2, !tokens[first - 1].comma, tokens[first - 1].isBare,
                    !tokens[first - 1].hasParen, !tokens[first - 1].isBase(in: Self.dayWords),
                    !s.dates.contains(where: { $0.range.contains(tokens[first - 1].start) })
                {
                    first -= 1
                }
                let name = tokens[first...j].enumerated().map { m, tok in first + m == j ? tok.base : tok.text }
                    .joined(separator: " ")
                items.append((name, tokens[j].paren.flatMap(Self.unitCode)))
                j = first - 1
            }
            guard items.count >= 2 else { continue }
            let parent = subjectOrg(s, near: tokens[0].start) ?? mainOrg
            let creates = s.verbs.establishes || Scalars.find(Self.reorganisationScalars, in: s.sentence.scalars) != nil
            var established =
                creates
                ? s.dates.last(where: { $0.range.upperBound <= tokens[j + 1].start && $0.start.day != nil })?.start
                : nil
            // `같은 날 개발1본부와 … 3개 본부를 새로 만든다`: the day the unit created before them was.
            if established == nil, creates { established = sameDayAsLastUnit(s) }
            for item in items.reversed() {
                if let u = units.firstIndex(where: { $0.fact.name == item.name }) {
                    // Found before by its code, undated: the list dates it.
                    if units[u].fact.established == nil, let established {
                        updateUnit(u) { $0.established = established }
                    }
                    continue
                }
                let fact = OrgUnitFact(name: item.name, code: item.code, parent: parent, established: established)
                units.append((fact, s.number))
                emit(fact, sentence: s)
            }
        }
    }

    static let reorganisationScalars = Array("개편".unicodeScalars)
    /// Words for a day, never a word of a unit's name (`같은 날 개발1본부와`).
    static let dayWords: TextSet = ["날", "이날", "당일", "오늘", "내일"]
    /// Particles of a unit named as the place or owner of another.
    static let placeParticles: TextSet = ["에", "에서", "의", "에는", "로", "으로"]

    /// Completes a unit found earlier (its code, its date), in `units` and in the fact already emitted.
    private mutating func updateUnit(_ u: Int, _ change: (inout OrgUnitFact) -> Void) {
        let name = units[u].fact.name
        change(&units[u].fact)
        for k in facts.indices.reversed() {
            guard case .orgUnit(var fact) = facts[k], fact.name == name else { continue }
            change(&fact)
            facts[k] = .orgUnit(fact)
            return
        }
    }

    /// A unit's name without what a headline glues to it: `임원인사…AI 서비스 부문` is `AI 서비스
    /// 부문`, `신설·카나나랩` is `카나나랩` (a middle dot after an establishing word joins two
    /// headline phrases; inside a name, `이차전지·소재사업부`, it stays).
    /// Bullets that open a subheading or a listed item (`◇ …`, `▲스마트홈 사업그룹`).
    static let bulletScalars: [Unicode.Scalar] = ["▲", "△", "■", "□", "●", "○", "◆", "◇", "▶", "▷", "•", "※"]

    func trimmingHeadlineJoins(_ name: String) -> String {
        // `·` is C2 B7 in UTF-8 and `…` is E2 80 A6: no lead byte C2 or E2 (Hangul's are EA–ED), no mark.
        guard name.utf8.contains(where: { $0 == 0xC2 || $0 == 0xE2 }) else { return name }
        var name = name
        // `▲스마트홈 사업그룹`: a bullet glued to the name (▲ ■ ● ◆ are E2 96/97 …).
        while let f = name.unicodeScalars.first, Self.bulletScalars.contains(f) {
            name = String(name.unicodeScalars.dropFirst())
        }
        if let e = name.lastIndex(of: "…"), name.index(after: e) < name.endIndex {
            name = String(name[name.index(after: e)...])
        }
        var cut = name.startIndex
        for d in name.indices where name[d] == "·" && name.index(after: d) < name.endIndex {
            let wordStart = name[..<d].lastIndex(of: " ").map { name.index(after: $0) } ?? name.startIndex
            if lexicon.establishVerbScalars.contains(Array(name[wordStart..<d].unicodeScalars)) {
                cut = name.index(after: d)
            }
        }
        // (`◇ … 클러스터 사업부 신설`: no space left before the name.)
        return (cut == name.startIndex ? name : String(name[cut...])).trimmed()
    }

    /// The date the report's reorganisation takes effect: the date with a month closest to an
    /// effective word (`조직개편은 내년 1월 1일자로 시행된다`, `effective January 1`), within a few
    /// scalars of it. Looked for only when a unit is created, so most reports never scan for it.
    func effectiveDate() -> PartialDate? {
        for s in sentences where !s.isDateLine && !s.dates.isEmpty {
            if let d = effectiveDate(in: s) { return d.start }
        }
        return nil
    }

    /// The first date of a sentence that says when a reorganisation takes effect (`effectiveDate()`).
    func effectiveDate(in s: AnalyzedSentence) -> DateMention? {
        // Only the few scalars beside each date are tried, not the whole sentence.
        func word(in sc: [Unicode.Scalar], at p: Int) -> Bool {
            p >= 0
                && lexicon.effectiveScalars.contains { w in
                    p + w.count <= sc.count && sc[p..<(p + w.count)].elementsEqual(w)
                }
        }
        let sc = s.sentence.scalars
        for d in s.dates where d.start.month != nil {
            // After the date (`1월 1일자로`: the word may begin at the date's last scalar), or
            // before it (`effective January 1`), with at most three scalars between.
            if (d.range.upperBound - 1...d.range.upperBound + 3).contains(where: { word(in: sc, at: $0) }) {
                return d
            }
            // `reorganize itself into three business groups from April 1`: `from` and a day, in a
            // sentence that reorganises.
            // (Not `from Jan. 1 to March 31`: a span.)
            if d.start.day != nil, d.end == nil, d.range.lowerBound >= 5,
                sc[(d.range.lowerBound - 5)..<d.range.lowerBound].elementsEqual(Self.fromScalars),
                !KoreanNumbers.matches(sc, at: d.range.upperBound, " to "),
                !KoreanNumbers.matches(sc, at: d.range.upperBound, " through "),
                s.verbs.establishes || Self.reorganisingStems.contains(where: { Scalars.find($0, in: sc) != nil })
            {
                return d
            }
            // `will reorganize into three business divisions on April 1`: `on` and a day after a
            // reorganisation to come, in its clause (not `completed a restructuring on Jan. 5`,
            // nor a sentence that only creates: its day is the unit's own).
            if d.start.day != nil, d.end == nil, d.range.lowerBound >= 4,
                sc[(d.range.lowerBound - 3)..<d.range.lowerBound].elementsEqual(Self.onSpaceScalars),
                !Scalars.isLatin(sc[d.range.lowerBound - 4]),
                Self.reorganisesLater(sc, before: d.range.lowerBound)
            {
                return d
            }
            for w in lexicon.effectiveScalars {
                let latest = d.range.lowerBound - w.count
                if (max(0, latest - 3)...max(0, latest)).contains(where: { p in
                    p + w.count <= d.range.lowerBound && sc[p..<(p + w.count)].elementsEqual(w)
                }) {
                    return d
                }
            }
        }
        return nil
    }

    /// `The existing urban mobility team and the mapping team will move under the Data Platform
    /// Division, while the AI research center, set up in 2023, will be folded into the Autonomous
    /// Driving Division`: teams named in lower case, as the subjects of a clause that moves them under
    /// or into a unit the report created, are units of that unit (the year of `set up in` beside one
    /// dates it). Only English sentences with `under` or `into` and a unit's name after it are read.
    private mutating func findEnglishUnitsMovedUnder() {
        guard !units.isEmpty else { return }
        for s in sentences where !s.isDateLine && s.tokens.first?.unicodeIsLatin == true {
            let tokens = s.tokens
            var clauseStart = 0
            for k in tokens.indices where k + 2 < tokens.count {
                if tokens[k].comma, k + 1 < tokens.count, tokens[k + 1].isBase(in: Self.englishClauseOpeners) {
                    clauseStart = k + 2
                    continue
                }
                // (`under` and `into` compared by their scalars: this runs at every word of an English report.)
                let w = tokens[k].scalars
                guard w.count == 4 || w.count == 5, w.isScalars(Self.underWord) || w.isScalars(Self.intoWord),
                    k > clauseStart,
                    tokens[k - 1].isBase(in: Self.moveVerbs), tokens[k + 1].isBase(in: Self.englishArticleWords),
                    let target = unitNamed(startingAt: tokens, k + 2)
                else { continue }
                // The clause's noun phrases ending in a team noun, before its verb.
                var m = clauseStart
                while m < k - 1 {
                    guard tokens[m].isBase(in: Self.englishArticleWords) else {
                        m += 1
                        continue
                    }
                    var e = m + 1
                    if e < tokens.count, tokens[e].isBase(in: Self.existingEnglishWords) { e += 1 }
                    let first = e
                    while e < k - 1, e - first < 4, !tokens[e].comma, !tokens[e].isBase(in: Self.teamNouns),
                        tokens[e].baseScalars.allSatisfy({ Scalars.isLatin($0) || Scalars.isDigit($0) })
                    {
                        e += 1
                    }
                    guard e < k - 1, e > first, tokens[e].isBase(in: Self.teamNouns),
                        tokens[first..<e].allSatisfy({ !$0.comma && $0.orgIndex == nil })
                    else {
                        m = max(e, m + 1)
                        continue
                    }
                    let name = tokens[first...e].map(\.base).joined(separator: " ")
                    // `, set up in 2023,`: the year the apposition after the name gives.
                    var established: PartialDate?
                    if tokens[e].comma,
                        let d = s.dates.first(where: {
                            $0.range.lowerBound > tokens[e].end && $0.range.lowerBound < tokens[k].start
                        })
                    {
                        established = d.start
                    }
                    if !units.contains(where: { $0.fact.name == name }) {
                        let fact = OrgUnitFact(name: name, code: nil, parent: target, established: established)
                        units.append((fact, s.number))
                        emit(fact, sentence: s)
                    }
                    m = e + 1
                }
            }
        }
    }

    /// The name of the report's unit whose words start at token `i` (`Data Platform Division`): the
    /// name's words against the tokens', by scalars (only the last token may carry a particle).
    func unitNamed(startingAt tokens: [Token], _ i: Int) -> String? {
        guard i < tokens.count, let f = tokens[i].scalars.first else { return nil }
        for u in units {
            guard let name = u.fact.name, name.unicodeScalars.first == f else { continue }
            var k = i
            var ok = true
            for word in name.unicodeScalars.split(separator: " ") {
                guard k < tokens.count, k == i || !tokens[k - 1].hasParticle,
                    (tokens[k].hasParticle ? tokens[k].baseScalars : tokens[k].scalars).elementsEqual(word)
                else {
                    ok = false
                    break
                }
                k += 1
            }
            if ok { return name }
        }
        return nil
    }

    static let underWord = Array("under".unicodeScalars)
    static let intoWord = Array("into".unicodeScalars)
    static let moveVerbs: TextSet = [
        "move", "moves", "moved", "folded", "merged", "absorbed", "transferred", "placed", "moving", "brought",
    ]
    static let englishArticleWords: TextSet = ["the", "its", "their", "The", "Its", "Their"]
    static let existingEnglishWords: TextSet = ["existing", "current", "former"]
    static let teamNouns: TextSet = ["team", "teams", "center", "centre", "lab", "laboratory", "office"]
    static let englishClauseOpeners: TextSet = ["while", "and", "whereas", "but"]

    /// Whether the unit at `i` is the one others move under: `C 산하로 들어가고`, `C에 흡수된다`,
    /// `C로 편입된다`.
    func movesUnder(_ tokens: [Token], _ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        // (`아래로` with a verb of moving only: not `로봇사업군 아래로 떨어졌다`.)
        if tokens[i + 1].isText(in: Self.underDirectionWords) { return true }
        if tokens[i + 1].isText(in: Self.belowDirectionWords) {
            return i + 2 < tokens.count && Self.movingStems.contains { tokens[i + 2].scalars.starts(with: $0) }
        }
        return tokens[i].hasParticle(in: Self.intoParticles)
            && Self.absorbedStems.contains { tokens[i + 1].scalars.starts(with: $0) }
    }

    /// Whether a word ends a clause: a verb's connective ending (`들어가고`, `바뀌며`, `신설하고`),
    /// a Hangul word of two syllables or more ending in `고`, `며` or `서` with no particle (a noun that
    /// ends so, `광고`, only ends the walk early).
    static func endsClause(_ t: Token) -> Bool {
        let w = t.scalars
        guard w.count >= 2, let last = w.last, last == "고" || last == "며" || last == "서" || last == "돼",
            !t.hasParticle
        else { return false }
        return w.allSatisfy(Scalars.isHangul)
    }

    /// Particles of the units that move (`A와 B는`, `D가`).
    static let movingParticles: TextSet = ["은", "는", "이", "가", "와", "과"]

    /// `3대`, `5개`: digits and a counter.
    static func isCountOfUnits(_ w: some ScalarWord) -> Bool {
        guard w.count >= 2, let last = w.last, last == "대" || last == "개" else { return false }
        return w.dropLast().allSatisfy(Scalars.isDigit)
    }

    static let underDirectionWords: TextSet = ["산하로"]
    /// `아래로`, which moves a unit only before a verb of moving (`movingStems`).
    static let belowDirectionWords: TextSet = ["아래로"]
    static let underDirectionScalars: [[Unicode.Scalar]] = ["산하로", "아래로"].map { Array($0.unicodeScalars) }
    static let intoParticles: TextSet = ["에", "로", "으로"]
    /// Verbs of moving after `C 아래로` (`옮긴다`, `들어간다`, `배치된다`, `이관된다`).
    static let movingStems: [[Unicode.Scalar]] = ["옮", "들어가", "들어간", "들어갔", "배치", "이관", "편입", "재배치", "이동", "편제"].map {
        Array($0.unicodeScalars)
    }
    static let absorbedStems: [[Unicode.Scalar]] = ["흡수되", "흡수된", "흡수돼", "편입되", "편입된", "편입돼"].map {
        Array($0.unicodeScalars)
    }
    /// The words `absorbedStems` start with: a sentence is searched for these two only.
    static let absorbedWords: [[Unicode.Scalar]] = ["흡수", "편입"].map { Array($0.unicodeScalars) }

    static let fromScalars = Array("from ".unicodeScalars)
    static let onSpaceScalars = Array("on ".unicodeScalars)
    /// ` will `, ` would `, ` to `: the words before a reorganisation still to come.
    static let futureWords: [[Unicode.Scalar]] = [" will ", " would ", " to "].map { Array($0.unicodeScalars) }

    /// Whether a reorganising word comes before `end` in its clause (no comma between), with a word
    /// of what is to come in the 20 scalars before it (`will reorganize into`, `would restructure`,
    /// `plans to reorganize`).
    static func reorganisesLater(_ sc: [Unicode.Scalar], before end: Int) -> Bool {
        for stem in reorganisingStems {
            guard let p = Scalars.find(stem, in: sc), p < end, !sc[p..<end].contains(",") else { continue }
            let before = Array(sc[max(0, p - 20)..<p])
            if futureWords.contains(where: { Scalars.find($0, in: before) != nil }) { return true }
        }
        return false
    }
    /// Stems of English words that say a company reorganises (`reorganize itself`, `restructuring`).
    static let reorganisingStems: [[Unicode.Scalar]] = ["reorganiz", "reorganis", "restructur"].map {
        Array($0.unicodeScalars)
    }

    /// Whether the word at `i` is the last of a known org of three or four words.
    func endsKnownOrgRun(_ tokens: [Token], _ i: Int) -> Bool {
        var a = max(0, i - 3)
        while a <= i - 2 {
            if let (_, n) = knownOrgRun(tokens, at: a), a + n - 1 == i { return true }
            a += 1
        }
        return false
    }

    /// `문지호 AI사업본부장`, `최유나 AI에이전트추진그룹장`: a title that heads a named unit names
    /// the unit, in the person's org.
    private mutating func findUnitsOfTitles() {
        for p in people {
            if let title = p.fact.title { addUnitOfTitle(title, of: p) }
            for title in p.formerTitles { addUnitOfTitle(title, of: p) }
            // `김경훈 자동차전지사업부 상무`, `가오환(高焕) 승용차사업부 CTO`: the unit named with the person.
            if let name = p.namedUnit, isUnitHead(name.unicodeScalars.split(separator: " ").last ?? []),
                !units.contains(where: { $0.fact.name == name || ($0.fact.name ?? "").hasSuffix(name) }),
                let s = sentence(numbered: p.sentence)
            {
                let fact = OrgUnitFact(name: name, code: nil, parent: p.fact.org, established: nil)
                units.append((fact, s.number))
                emit(fact, sentence: s)
            }
        }
    }

    /// `김경훈 자동차전지사업부 상무`, `LG이노텍 전장부품사업부장 오세진 전무`: a person named with a unit,
    /// or whose title heads one, is in it (`PersonFact.unit`: the unit's code when it has one, else its
    /// name), unless a rule already placed them.
    private mutating func fillUnitsOfPeople() {
        guard !units.isEmpty else { return }
        // The people to place, from their records (few), and their unit; names and units compared by
        // scalars and bytes: `String` equality and `hasSuffix` normalise Hangul first.
        var placed: [(name: String, unit: String)] = []
        for p in people {
            var named = p.namedUnit.map { Array($0.unicodeScalars) }
            if named == nil, let title = p.fact.title?.unicodeScalars, title.last == "장", !title.contains(" ") {
                named = Array(title.dropLast())
            }
            guard let named else { continue }
            func name(_ u: OrgUnitFact) -> [Unicode.Scalar] { u.name.map { Array($0.unicodeScalars) } ?? [] }
            guard
                let unit = units.first(where: { name($0.fact) == named })?.fact
                    ?? units.first(where: { name($0.fact).reversed().starts(with: named.reversed()) })?.fact,
                let value = unit.code ?? unit.name
            else { continue }
            placed.append((p.fact.name, value))
        }
        guard !placed.isEmpty else { return }
        for k in facts.indices where facts[k].kind == .person {
            guard case .person(var p) = facts[k], p.unit == nil,
                let u = placed.first(where: { $0.name.utf8.elementsEqual(p.name.utf8) })
            else { continue }
            p.unit = u.unit
            facts[k] = .person(p)
        }
    }

    /// The unit a title heads (`AI사업본부장` → `AI사업본부`), in the person's org.
    private mutating func addUnitOfTitle(_ title: String, of p: PersonRecord) {
        guard title.unicodeScalars.last == "장", !title.unicodeScalars.contains(" ") else { return }
        let head = Array(title.unicodeScalars.dropLast())
        guard head.count >= 4, !isTitle(head[...]),
            isUnitHead(head[...]) || head.suffix(2).elementsEqual(Self.groupScalars)
        else { return }
        let name = Scalars.string(head)
        if units.contains(where: { $0.fact.name == name }) { return }
        guard let s = sentence(numbered: p.sentence) else { return }
        let fact = OrgUnitFact(name: name, code: nil, parent: p.fact.org, established: nil)
        units.append((fact, s.number))
        emit(fact, sentence: s)
    }
}

extension ExtractionRun {
    static let listingParticleFirsts: [Unicode.Scalar] = ["을", "를", "과", "와", "에", "은", "는", "이", "가", "로", "으"]

    /// Whether a word's particle can mark a unit merged (`A와 B에 나뉘어`, `B를 통합`, `C로 통합`) or led
    /// (`A를 이끌고`): a scalar test, so that unit heads are looked up for few words.
    static func mayBeListedOrLed(_ t: Token) -> Bool {
        guard t.baseLength < t.scalars.count else { return false }
        return listingParticleFirsts.contains(t.scalars[t.scalars.startIndex + t.baseLength])
    }

    static let unitDeterminers = WordSet(["두", "세", "네", "각", "새", "이", "그", "해당", "전", "모든", "여러", "우리", "저희"])
    static let unitAdverbs = WordSet([
        "그동안", "기존", "이번", "현재", "현", "당시", "또한", "특히", "기존의", "한편", "신설", "신규", "새", "신설된", "세워진",
    ])
    /// Tested on the tokens' scalars (`Token.isText(in:)`, `hasParticle(in:)`), not as `String`s.
    static let connectorWords: TextSet = ["및", "&", "and", "of"]
    /// Words that say the org before them is the unit's parent (`네이버클라우드 산하 … 조직`).
    static let underWords: TextSet = ["산하", "산하의", "직속", "직속의"]
    static let underScalars = Array("산하".unicodeScalars)
    /// `X 산하에 Y를 신설`: the word after a unit that makes it the parent of the units after it.
    static let underWordsWithParticle: TextSet = [
        "산하에", "산하에는", "산하로", "아래", "아래에", "아래에는", "밑에", "직속으로는", "직속에", "직속에는",
    ]
    static let objectParticles: TextSet = ["을", "를"]
    static let continuingWords: TextSet = ["계속", "새로", "각각"]
    static let leadStems: [[Unicode.Scalar]] = ["이끄", "이끌", "이끈", "총괄하", "맡고", "맡은", "맡아"].map {
        Array($0.unicodeScalars)
    }

    /// `Sovereign AI Task Force`, `Cloud Business Unit`: a head of two words in the lexicon
    /// (`unit_nouns`), the token at `i` being its second.
    func isTwoWordUnitHead(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 0, tokens[i].unicodeIsLatin, !tokens[i - 1].comma else { return false }
        let a = tokens[i - 1].baseScalars
        let b = tokens[i].baseScalars
        // The set's own masks (length, last scalar, first two), tested before the pair is built
        // (three arrays): the lookup would stop at them for nearly every pair.
        let words = lexicon.unitNounWords
        guard let first = a.first, let last = b.last, words.hasLength(a.count + 1 + b.count),
            words.mayEnd(with: last), words.mayStart(with: first, a.count > 1 ? a[a.startIndex + 1] : " ")
        else { return false }
        let pair = Array(a) + [" "] + Array(b)
        return words.contains(pair[...])
    }

    static let theScalars: [Unicode.Scalar] = ["t", "h", "e"]
    static let ofScalars: [Unicode.Scalar] = ["o", "f"]

    static let englishLeadWords = WordSet(["head", "heads", "leads", "led", "runs", "chief", "oversees"])

    /// `head of the Hyperscale AI Division`, `who heads the ICBU`: a unit someone heads, named in
    /// Title case (at most five words) after the lead word, `of` and `the`.
    func englishLed(_ tokens: [Token], _ i: Int) -> Bool {
        // The capital first: `unicodeIsLatin` holds whenever it does, but costs more.
        guard tokens[i].baseScalars.first.map(Scalars.isUpper) ?? false, tokens[i].unicodeIsLatin else { return false }
        var k = i
        while k > 0, i - k < 5, tokens[k - 1].baseScalars.first.map(Scalars.isUpper) ?? false, !tokens[k - 1].comma {
            k -= 1
        }
        // By scalars (ASCII words: the same as `base ==`), without making the base's `String`.
        if k > 0, tokens[k - 1].baseScalars.elementsEqual(Self.theScalars) { k -= 1 }
        if k > 0, tokens[k - 1].baseScalars.elementsEqual(Self.ofScalars) { k -= 1 }
        return k > 0 && Self.englishLeadWords.contains(tokens[k - 1].baseScalars)
    }

    /// `국제사업부를 이끌고`, `엑사원랩을 이끄는`: a unit someone leads.
    func isLed(_ tokens: [Token], _ i: Int) -> Bool {
        guard i + 1 < tokens.count, tokens[i].hasParticle(in: Self.objectParticles) else { return false }
        var k = i + 1
        if tokens[k].isText(in: Self.continuingWords), k + 1 < tokens.count { k += 1 }
        if Self.leadStems.contains(where: { tokens[k].scalars.starts(with: $0) }) { return true }
        // `A는 재무그룹을, B는 톡비즈니스실을, C는 인프라기술실을 각각 이끈다`: the verb shared at the end.
        guard tokens[i].comma else { return false }
        for m in (i + 1)..<(tokens.count - 1) where tokens[m].isText(in: Self.eachWords) {
            return Self.leadStems.contains { tokens[m + 1].scalars.starts(with: $0) }
        }
        return false
    }

}

extension Token {
    /// Whether the word is a number or a date part (`2018년`, `30일`).
    var dateLike: Bool { scalars.first.map(Scalars.isDigit) ?? false }
}
