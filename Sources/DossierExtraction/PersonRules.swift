import DossierModel

/// People: a name beside a title and maybe an organisation, in either order, alone or as a list
/// sharing one title; English `Vice President Qiu Yuepeng` and `Qiu Yuepeng, vice president of X`.
extension ExtractionRun {
    mutating func findPeople() {
        for s in sentences where !s.isDateLine {
            findKoreanPeople(in: s)
            findKoreanPromotions(in: s)
            // The moves name their people with a native spelling in a parenthesis (`hasPersonNative`):
            // a sentence without one is passed over (`TokenSummary.hasParen`).
            if s.summary.hasParen {
                findKoreanMoves(in: s)
                findKoreanListMoves(in: s)
            }
            findHeadsOfUnits(in: s)
            // The English rules (and the byline test that gates them) find nothing in a sentence
            // without two capitalised words side by side: every person they find is named by
            // `englishName`, two such words at least (`TokenSummary.hasCapitalPair`, which implies
            // `hasLatinEdge`).
            guard s.summary.hasCapitalPair, !Self.isByline(s.tokens) else { continue }
            findEnglishPeople(in: s)
            findEnglishAppointments(in: s)
            findEnglishJoiners(in: s)
            findEnglishHeadsOfUnits(in: s)
            findEnglishPossessedTitles(in: s)
        }
    }

    /// `Lin Shuyao (林书瑶), a vice president who heads …`: the person an apposition (`a`, `an` and a few
    /// words) right before `who` at `k` describes, named before its comma.
    func appositionHolder(_ tokens: [Token], before k: Int) -> Int? {
        for j in stride(from: k - 2, through: max(1, k - 9), by: -1) where tokens[j].comma {
            // (Not past another person, an org or a preposition: `Lin Yao, a deputy to Park Ji-hoon who runs …`.)
            guard tokens[j + 1].isText(in: Self.appositionArticles),
                !tokens[(j + 1)..<k].contains(where: {
                    $0.comma || $0.period || $0.orgIndex != nil || person($0) != nil
                        || $0.isText(in: Self.appositionStops)
                })
            else { return nil }
            return personNamedEnding(at: j, in: tokens)
        }
        return nil
    }
    /// Articles opening an apposition (`, a vice president who …`, `, the vice president who …`).
    static let appositionArticles: TextSet = ["a", "an", "the"]
    /// Prepositions that make the apposition about someone or something else (`a deputy to …`).
    static let appositionStops: TextSet = ["of", "to", "at", "under", "for", "with"]

    /// `Sungrow Korea (…) will open a center. Its managing director, Ahn Mi-rae, said …`: `Its` and a
    /// title set off by commas before a person found give the person that title, in the org the
    /// sentence before opens with (`Its head, country manager Park Seo-woo, said`: the title after `head`).
    mutating func findEnglishPossessedTitles(in s: AnalyzedSentence) {
        let tokens = s.tokens
        // `Lumex Korea (…) will open 25 service points, said its country manager, Yoon Chae-rin.`: the title
        // of the org the sentence opens with.
        // (A comma before, a scalar test next: a set's lookup at every word cost more than the rest.)
        for k in tokens.indices.dropFirst() where tokens[k - 1].comma && tokens[k].textScalars.first == "s" {
            guard k + 3 < tokens.count, tokens[k].isText(in: Self.saidOrSays),
                tokens[k + 1].isText(in: Self.englishLowerPossessives),
                let (title, next) = englishTitle(tokens, at: k + 2), tokens[next - 1].comma, next < tokens.count
            else { continue }
            // (Only an org glossed or set off by a comma, in apposition: not `SK Telecom partner Lumex Korea will
            // open …, said its …`, whose first words name another company.)
            guard let p = personNamed(at: next, in: tokens), people[p].fact.title == nil,
                let (org, end) = openingOrgSpan(of: s), tokens[end - 1].hasParen || tokens[end - 1].comma
            else { continue }
            people[p].fact.title = title
            people[p].fact.org = org
        }
        guard tokens.count >= 4, tokens[0].isText(in: Self.englishPossessivePronouns) else { return }
        var at = 1
        // (`Its head, country manager …`: a head's word, then the title.)
        if tokens[1].comma, tokens[1].isBase(in: Self.headWords) { at = 2 }
        guard let (title, next) = englishTitle(tokens, at: at), next < tokens.count, tokens[next - 1].comma || at == 2
        else { return }
        guard let p = personNamed(at: next, in: tokens), people[p].fact.title == nil,
            let previous = sentences.last(where: { $0.number < s.number && !$0.isDateLine }),
            let org = openingOrg(of: previous)
        else { return }
        people[p].fact.title = title
        people[p].fact.org = org
    }

    /// The person found whose English name ends at token `k`: by its last word, else by its two last.
    func personNamedEnding(at k: Int, in tokens: [Token]) -> Int? {
        person(tokens[k]) ?? (k >= 1 ? personIndex[tokens[k - 1].text + " " + tokens[k].base] : nil)
    }

    /// The person found whose English name starts at token `k`: by its two words, else by the one.
    func personNamed(at k: Int, in tokens: [Token]) -> Int? {
        guard k < tokens.count else { return nil }
        if k + 1 < tokens.count, let p = personIndex[tokens[k].text + " " + tokens[k + 1].base] { return p }
        return person(tokens[k])
    }

    /// The org an English sentence opens with: its first one, two or three words (`Sungrow Korea (…),`).
    func openingOrg(of s: AnalyzedSentence) -> String? { openingOrgSpan(of: s)?.org }

    /// The org an English sentence opens with, and the token after its words.
    func openingOrgSpan(of s: AnalyzedSentence) -> (org: String, end: Int)? {
        let tokens = s.tokens
        for n in stride(from: min(3, tokens.count), through: 1, by: -1) {
            guard tokens[0..<(n - 1)].allSatisfy({ $0.isBare }) else { continue }
            let name = tokens[0..<n].enumerated().map { $0.offset == n - 1 ? $0.element.base : $0.element.text }
                .joined(separator: " ")
            if let o = orgNamed(name) { return (o, n) }
        }
        return nil
    }

    static let englishPossessivePronouns: TextSet = ["Its", "Their"]
    /// `its`, `their` in lower case (`said its country manager`).
    static let englishLowerPossessives: TextSet = ["its", "their"]
    /// The verb of saying before `its` and a title (`…, said its country manager, …`).
    static let saidOrSays: TextSet = ["said", "says"]
    static let headWords: TextSet = ["head", "chief", "boss"]

    /// `Luo Hanqing (罗汉卿), who heads its Energy Storage Business Group (ESBG),`: the unit a person
    /// found before `who heads` (or `runs`, `leads`) names, of Title-case words ending with a unit noun,
    /// is the person's (`"Our group shipped …," Luo said`: the figures are that unit's).
    mutating func findEnglishHeadsOfUnits(in s: AnalyzedSentence) {
        let tokens = s.tokens
        for k in tokens.indices.dropFirst() where tokens[k].textScalars.isScalars(Self.whoScalars) {
            guard k >= 2, k + 3 < tokens.count, tokens[k + 1].isBase(in: Self.unitHeadingVerbs),
                tokens[k + 2].isBase(in: Self.englishUnitOwnerWords),
                let p = tokens[k - 1].comma
                    ? personNamedEnding(at: k - 1, in: tokens) : appositionHolder(tokens, before: k)
            else { continue }
            var words: [String] = []
            var m = k + 3
            while m < tokens.count, words.count < 6, Self.isTitleCase(tokens[m].baseScalars) {
                words.append(tokens[m].base)
                if !tokens[m].isBare { break }
                m += 1
            }
            // (Not a company's group or an institute outside: `who leads the Hyundai Motor Group`, `who heads
            // the Korea Development Institute`.)
            let name = words.joined(separator: " ")
            guard words.count >= 2, lexicon.unitNounWords.hasSuffix(Array(name.unicodeScalars)[...]),
                knownOrg(name) == nil, anyOrg(tokens[k + 3]) == nil, !isPlaceOrCountry(tokens[k + 3].baseScalars)
            else { continue }
            noteUnit(name, of: people[p].fact.name)
        }
    }

    static let whoScalars = Array("who".unicodeScalars)
    static let unitHeadingVerbs: TextSet = ["heads", "runs", "leads"]
    static let englishUnitOwnerWords: TextSet = ["its", "the", "their"]

    /// Whether a Han name opens with the Han name of a lexicon org (two scalars or more) and goes on.
    func opensWithKnownHanOrg(_ native: String) -> Bool {
        let sc = Array(native.unicodeScalars)
        guard sc.count > 2, sc.allSatisfy(Scalars.isHan) else { return false }
        for n in 2..<sc.count {
            if let k = knownOrg(sc[..<n]),
                lexicon.orgs[k].native.map({ $0.unicodeScalars.elementsEqual(sc[..<n]) }) == true
            {
                return true
            }
        }
        return false
    }

    /// Whether the report's first sentence is a headline (`isHeadline`).
    var isHeadlineFirst: Bool {
        guard let first = sentences.first, first.number == 1 else { return false }
        return Self.isHeadline(first.sentence)
    }

    mutating func addPerson(
        name: String,
        native: String?,
        title: String?,
        org: String?,
        unit: String? = nil,
        sentence: Int
    ) {
        // `China Pacific Insurance (中国太保)`: a native that names a known org is no person's.
        if let native, Scalars.hasHan(native), knownOrg(native) != nil { return }
        // `LG전자 출신 천지우 전무가`: an org the sentence names only as where people come from is no
        // one's org there; the report's org, settled after the people are found, is.
        // (The word looked for first, by a static test: the orgs of the words only where it is.)
        var org = org
        if let o = org, let s = self.sentence(numbered: sentence), s.tokens.contains(where: Self.isFormerlyOf),
            Self.namesOnlyAsFormer(o, in: s, orgToken)
        {
            org = nil
        }
        // `Haier Smart Home (海尔智家)`: a gloss of four Han or more opening with a known org's Han
        // name is a subsidiary's (personal names have two to four, none opening with a company's).
        if let native, native.unicodeScalars.count >= 4, opensWithKnownHanOrg(native) { return }
        if let i = personIndex[name] {
            // In place: a copy of the fact, set back, retained and released its six strings.
            if people[i].fact.native == nil { people[i].fact.native = native }
            // `송정민 CTO` in a heading, `송정민 최고기술책임자(CTO)` later: the fuller title.
            // (`… names product chief Yeon Ha-ram as CEO` in the headline, `chief product officer Yeon Ha-ram`
            // in the body: the body's title, as the headline shortens it.)
            if let old = people[i].fact.title, let title,
                Text.containsLonger(title, old)
                    || (people[i].sentence == 1 && sentence > 1 && !people[i].titleFromBody && isHeadlineFirst)
            {
                if people[i].sentence == 1, sentence > 1 { people[i].titleFromBody = true }
                people[i].fact.title = title
            } else if people[i].fact.title == nil {
                people[i].fact.title = title
            }
            if people[i].fact.org == nil { people[i].fact.org = org }
            if people[i].fact.unit == nil { people[i].fact.unit = unit }
            return
        }
        // Room for a report's people at the first (their names and natives), rather than the
        // dictionary regrown and rehashed four times as they come; it is only looked up.
        if personIndex.isEmpty { personIndex.reserveCapacity(24) }
        personIndex[name] = people.count
        // The name's scalars made once, for both keys.
        let scalars = Array(name.unicodeScalars)
        personKeys.set(scalars[...], people.count)
        // `리사 첸`: a Hangul name of several words is found by its first word (`mentions`).
        if let f = scalars.first, Scalars.isHangul(f), let space = scalars.firstIndex(of: " ") {
            let first = scalars[..<space]
            if personKeys[first] == nil { personKeys.set(first, people.count) }
        }
        if let native {
            personIndex[native] = people.count
            personKeys.set(Array(native.unicodeScalars)[...], people.count)
        }
        people.append(
            PersonRecord(
                fact: PersonFact(name: name, native: native, title: title, org: org, unit: unit),
                sentence: sentence
            )
        )
    }

    /// A chief's title as written, with its English code in parentheses (`최고기술책임자(CTO)`,
    /// `대표(CEO)`); a rank's code names a role beside it (`부사장(CFO)`: the title is `부사장`).
    /// A post with its rank in parentheses is the title as written: `AI사업본부장(전무)`.
    func titleText(_ t: Token) -> String {
        if let rank = t.paren, t.baseScalars.last == "장", t.baseScalars.count >= 3,
            Self.bracketedRanks.contains(rank)
        {
            return t.base + "(" + rank + ")"
        }
        guard let code = Self.chiefCode(t.paren, of: t.baseScalars) else { return t.base }
        return t.base + "(" + code + ")"
    }

    /// A chief's code glossing a chief's title (`최고경영자(CEO)`, `최고기술책임자(CTO)`), or nil.
    static func chiefCode(_ paren: String?, of title: some BidirectionalCollection<Unicode.Scalar>) -> String? {
        guard let code = paren, code.unicodeScalars.count == 3, code.unicodeScalars.first == "C",
            code.unicodeScalars.last == "O", Scalars.isCode(code),
            chiefTitleEnds.contains(where: { title.reversed().starts(with: $0.reversed()) })
        else { return nil }
        return code
    }

    /// `알리바바클라우드 부총재인 류웨이광(刘伟光)`: whether the word at `i` is a title made an adjective by
    /// 인, followed by names with their native spellings (and no title of their own after them).
    /// (Inlined: called from the mutating `findKoreanPeople`, a call copied the run.)
    @inline(__always)
    func isTitleMadeAdjective(_ tokens: [Token], _ i: Int) -> Bool {
        let t = tokens[i]
        return t.baseScalars.count >= 3 && t.baseScalars.last == "인" && i + 1 < tokens.count && !t.comma
            && (hasPersonNative(tokens[i + 1]) || glossedNameAfter(tokens, from: i + 1) != nil)
            && isTitle(t.baseScalars.dropLast()) && !titleFollowsName(tokens, i + 1, orgBetween: true)
    }

    static let inChargeScalars: [Unicode.Scalar] = ["담", "당"]
    /// `체제`, a system (`공동대표 체제`, `각자대표 체제`): the title before it names no one.
    static let regimeScalars: [Unicode.Scalar] = ["체", "제"]
    /// Fields a title may be scoped to, ending the word before it (`제품기획 부총재`, `해외마케팅 부사장`).
    static let portfolioEndings: [[Unicode.Scalar]] = [
        "기획", "전략", "마케팅", "영업", "재무", "기술", "개발", "운영", "홍보", "인사", "구매", "생산", "품질", "디자인",
    ].map { Array($0.unicodeScalars) }

    /// Whether a word names a field a title is scoped to: Hangul only, two to six syllables, ending in
    /// one of `portfolioEndings`.
    static func isPortfolio(_ w: some ScalarWord) -> Bool {
        guard (2...6).contains(w.count), w.allSatisfy(Scalars.isHangul) else { return false }
        return portfolioEndings.contains { w.count >= $0.count && w.hasSuffix($0) }
    }

    /// Countries written before the org of someone from abroad (`캐나다 몬트리올대 교수`).
    static let countryNames = WordSet([
        "미국", "중국", "일본", "영국", "독일", "프랑스", "캐나다", "호주", "인도", "대만", "러시아", "이스라엘", "스위스",
        "네덜란드", "스웨덴", "핀란드", "이탈리아", "스페인", "덴마크", "노르웨이", "벨기에", "오스트리아",
    ])

    /// Ranks written in parentheses after a post (`인사실장(상무)`).
    static let bracketedRanks = WordSet(["사장", "부사장", "수석부사장", "전무", "상무", "상무보", "전무이사", "상무이사", "부행장", "이사"])

    static let chiefTitleEnds: [[Unicode.Scalar]] = ["책임자", "경영자", "총감", "대표"].map { Array($0.unicodeScalars) }

    /// Whether a token names an organisation in a person pattern: known, with an org suffix, or a
    /// Latin code such as `LG`.
    func orgToken(_ t: Token) -> String? {
        if let k = knownOrg(t) { return lexicon.orgs[k].name == t.base ? t.base : orgName(k) }
        if let o = slotOrg(t) { return o }
        if hasOrgSuffix(t.baseScalars) && !t.hasParticle { return t.base }
        return nil
    }

    /// `프로덕트 리드`: a word that is no title alone (`유효 리드 1만 건` is sales leads) ends a title of
    /// the lexicon with the word before it.
    /// (An inlined call of the static test with the titles alone: called as a method from the
    /// mutating `findKoreanPeople`, the whole run was copied first.)
    @inline(__always)
    func endsATwoWordTitle(_ tokens: [Token], _ i: Int) -> Bool {
        Self.endsATwoWordTitle(tokens, i, titles: lexicon.titleWords)
    }

    static func endsATwoWordTitle(_ tokens: [Token], _ i: Int, titles: WordSet) -> Bool {
        // (Compared by scalars first: this runs for every word that is no title.)
        guard i > 0, tokens[i].baseScalars.count == 2, titleTailScalars.contains(tokens[i].baseScalars.first ?? " "),
            tokens[i].isBase(in: titleTails), !tokens[i - 1].comma, !tokens[i - 1].hasParticle
        else {
            return false
        }
        return isTitle(tokens[i - 1].scalars, space: tokens[i].base, titles: titles)
    }

    /// Last words of titles of two words that are no titles alone (`프로덕트 리드`, `테크 리드`).
    static let titleTails: TextSet = ["리드"]
    /// The first scalars of `titleTails`.
    static let titleTailScalars: [Unicode.Scalar] = ["리"]

    private mutating func findKoreanPeople(in s: AnalyzedSentence) {
        let tokens = s.tokens
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            // `알리바바클라우드 부총재인 류웨이광(刘伟光), 리페이페이(李飞飞)가`: a title made an adjective
            // by 인, then the names with their native spellings.
            // (Not when the name has a title of its own after it: `최고기술책임자(CTO)인 량쯔한(梁子涵) 메그비
            // 부총재가` holds 부총재, read at that title.)
            if t.baseScalars.last == "인", isTitleMadeAdjective(tokens, i) {
                var title = Scalars.string(t.baseScalars.dropLast())
                // (`최고경영자(CEO)인`: the chief's code kept, as `titleText` keeps it.)
                if let code = Self.chiefCode(t.paren, of: t.baseScalars.dropLast()) { title += "(" + code + ")" }
                // `하이퍼그리프 창업자 겸 동사장인 옌자오밍(阎兆明)은`: the title before `겸` is held too, and the
                // org is the word before it.
                let (held, before) = jointTitleAndOrg(tokens, i, title: title)
                i = namesAfterTitle(tokens, from: i + 1, title: held, org: before ?? personOrg(s, near: t.start), s)
                continue
            }
            // (`창업자 겸 동사장인 옌자오밍`: the first title is read with the second, above.)
            // (The scalar tests first: this runs at every word.)
            if i + 2 < tokens.count, tokens[i + 2].baseScalars.last == "인", tokens[i + 1].textScalars.count == 1,
                tokens[i + 1].textScalars.first == "겸", !t.comma, !t.hasParticle, isTitleBase(t),
                isTitleMadeAdjective(tokens, i + 2)
            {
                i += 1
                continue
            }
            // `AI사업본부장`: a Latin code may open a Korean title (unless it is an org's name and a
            // title written as one word, `LG AI연구원장`, below). The cheap scalar tests first.
            let first = t.baseScalars.first ?? " "
            let hangulFirst = Scalars.isHangul(first)
            guard
                hangulFirst || Scalars.isCode(t.baseScalars)
                    || (Scalars.isLatin(first) && Scalars.isHangul(t.baseScalars.last ?? " ")
                        && isTitleBase(t) && orgTitleCompound(tokens, i) == nil),
                isTitleBase(t) || (t.scalars.first == "연" && isAnalystTitle(tokens, i)) || endsATwoWordTitle(tokens, i)
            else {
                // `서민재 LG AI연구원장`: an org's name and a title written as one word.
                if t.baseScalars.last == "장", let (o, title, k) = orgTitleCompound(tokens, i) {
                    addPerson(name: tokens[k].text, native: nil, title: title, org: o, sentence: s.number)
                }
                i += 1
                continue
            }
            // `위청둥(余承东) 화웨이 상무이사 겸 단말 사업그룹(CBG) CEO`: a second title after `겸` is
            // held by the person of the first; the words between are no name.
            if let joint = jointTitleHolder(tokens, i, sentence: s.number) {
                // `리샹(李想) 회장 겸 CEO`: two titles side by side are one title.
                let title = titleText(t)
                let first = tokens[i - 2]
                if tokens[i - 1].isText(in: Self.jointWords), !first.comma, !first.hasParticle,
                    let held = people[joint].fact.title, held.hasSuffix(first.base) || held == title
                {
                    people[joint].fact.title = (held == title ? titleText(first) : held) + " 겸 " + title
                } else {
                    people[joint].jointTitles.append(title)
                }
                i += 1
                continue
            }
            // `기조연설자로 나선 창업자 겸 최고경영자(CEO) 염태균은`: a title, then a name of three syllables marked
            // as the topic, with no title after it (the title before `겸` held too).
            if let name = titleBeforeName(s, i) {
                let (title, before) = jointTitleAndOrg(tokens, i, title: titleText(t))
                addPerson(
                    name: name,
                    native: nil,
                    title: title,
                    org: before ?? personOrg(s, near: t.start),
                    sentence: s.number
                )
                i += 2
                continue
            }
            if let list = titledList(tokens, after: i) {
                let org = personOrg(s, near: t.start)
                for k in list {
                    let native = tokens[k].paren.flatMap { Scalars.hasHan($0) ? $0 : nil }
                    addPerson(name: tokens[k].base, native: native, title: titleText(t), org: org, sentence: s.number)
                }
                i = (list.last ?? i) + 1
                continue
            }
            if i + 1 < tokens.count, !t.comma, !t.hasParticle, isTitleBase(tokens[i + 1]) {
                i += 1
                continue
            }
            // `사업 조직을 하나로 묶고 공동대표 체제로 전환한다`: a system of leadership, no one's title.
            // (`정민재 대표 체제를 유지한다`: with a name before it, the post is that person's.)
            if i + 1 < tokens.count, !t.comma, !t.hasParticle, tokens[i + 1].baseScalars.isScalars(Self.regimeScalars),
                i == 0 || !isNameWord(tokens[i - 1]) || tokens[i - 1].hasParticle || tokens[i - 1].comma
            {
                i += 1
                continue
            }
            // `최고재무책임자(CFO)에 한지원 전 외국계 투자은행 전무를 … 선임했다`, `재무총감(CFO)에는
            // 예춘(叶淳) 이사회 비서가 겸직 발령을 받았다`: the post, then the person named to it; the
            // words up to their particle describe them (a former post is no title of theirs).
            if t.hasParticle(in: Self.postParticles), let (name, native, end) = appointee(tokens, after: i),
                appointsSomeone(s)
            {
                // (`연구소장에는 A 전 KAIST 교수를, 센터장에는 B 전 두나무 준법감시인을 선임했다`: an org
                // named after `전`, a former employer, before the post is not the post's org; the
                // report's org, settled after the people are found (`emitPeople`), is.)
                var org = personOrg(s, near: t.start)
                if i >= 2, let o = org, tokens[..<i].contains(where: { $0.base == o || orgToken($0) == o }),
                    let at = tokens[..<i].lastIndex(where: { orgToken($0) == o }), at >= 1,
                    Self.formerWords.contains(tokens[at - 1].textScalars)
                {
                    org = nil
                }
                addPerson(name: name, native: native, title: titleText(t), org: org, sentence: s.number)
                i = end + 1
                continue
            }
            // `신세계디에프 대표에는 이석구 …`: a post being filled; the word before it is the org, not
            // the holder.
            if t.hasParticle(in: Self.eneunParticle) {
                i += 1
                continue
            }
            // `동사장 겸 총재를 맡아 온 쑨웨이(孙伟)는`: a title held (`맡은`, `맡아 온`, `맡고 있는`), then
            // its holder with their native spelling.
            if i + 2 < tokens.count, tokens[i + 1].scalars.first == "맡", t.hasParticle(in: Self.objectParticles) {
                var n = i + 2
                if n + 1 < tokens.count, !tokens[i + 1].scalars.isScalars(Self.heldScalars),
                    !hasPersonNative(tokens[n])
                {
                    n += 1
                }
                if hasPersonNative(tokens[n]), isKoreanName(tokens[n], allowParticle: true) {
                    var title = titleText(t)
                    if i >= 2, tokens[i - 1].isText(in: Self.jointWords), !tokens[i - 2].comma,
                        isTitleBase(tokens[i - 2])
                    {
                        title = titleText(tokens[i - 2]) + " 겸 " + title
                    }
                    addPerson(
                        name: tokens[n].base,
                        native: tokens[n].paren,
                        title: title,
                        org: personOrg(s, near: t.start),
                        sentence: s.number
                    )
                    i = n + 1
                    continue
                }
            }
            // `한화에어로스페이스 대표이사 최정훈은`: an org, its title, then a Korean name of three
            // syllables as the clause's subject.
            if i >= 1, i + 1 < tokens.count, !t.comma, !t.hasParticle, !t.hasParen, !tokens[i - 1].comma,
                !tokens[i - 1].hasParticle, tokens[i + 1].paren == nil,
                tokens[i + 1].hasParticle(in: Self.subjectParticles), tokens[i + 1].baseScalars.count == 3,
                looksLikeHangulName(tokens[i + 1].baseScalars), isKoreanName(tokens[i + 1], allowParticle: true),
                person(tokens[i + 1]) == nil,
                // (Not after a name: `정의선 현대차그룹 회장 신년사는` is his.)
                i < 2 || tokens[i - 2].comma || tokens[i - 2].hasParticle || !isNameWord(tokens[i - 2]),
                let o = orgToken(tokens[i - 1])
            {
                addPerson(name: tokens[i + 1].base, native: nil, title: titleText(t), org: o, sentence: s.number)
                i += 2
                continue
            }
            // `연사로 나선 바이두 부총재 천이난(陈一楠)은`: a name with its native spelling right after
            // the title holds it (the org, if any, comes before the title).
            // (`최고재무책임자(CFO) 마쓰다 겐이치(松田健一)는`: a title may carry its code.)
            if i + 1 < tokens.count, !t.comma, !t.hasParticle, t.paren.map(Scalars.isCode) ?? true,
                (hasPersonNative(tokens[i + 1]) && isKoreanName(tokens[i + 1], allowParticle: true))
                    || glossedNameAfter(tokens, from: i + 1) != nil,
                i == 0 || !hasPersonNative(tokens[i - 1]),
                // `메이투 창업자 차이원제(蔡文杰) 회장은`: a title right after the name is theirs; the word
                // before only describes them.
                !Self.isFounderWord(t) || !titleFollowsName(tokens, i + 1)
            {
                let before =
                    i > 0 && !tokens[i - 1].comma && !tokens[i - 1].hasParticle ? orgToken(tokens[i - 1]) : nil
                i = namesAfterTitle(
                    tokens,
                    from: i + 1,
                    title: titleText(t),
                    org: before ?? personOrg(s, near: t.start),
                    s
                )
                continue
            }
            // `신임 CEO에 천루이`: the post someone is named to; the word before it holds nothing.
            if t.hasParticle(in: Self.postParticles), i >= 1, Self.newlyWords.contains(tokens[i - 1].textScalars) {
                i += 1
                continue
            }
            var title = titleText(t)
            var j = i - 1
            if j >= 0, isTitle(tokens[j].textScalars), !tokens[j].comma {
                title = titleText(tokens[j]) + " " + title
                j -= 1
            } else if j >= 0, !tokens[j].comma, !tokens[j].hasParticle,
                Self.isTitle(tokens[j].scalars, space: title, titles: lexicon.titleWords)
            {
                // `이사회 의장`: a title of two words whose first is no title alone.
                title = tokens[j].text + " " + title
                j -= 1
            } else if j >= 1, !tokens[j].comma, tokens[j].particle == nil, tokens[j].scalars.count >= 3,
                tokens[j].scalars.hasSuffix(Self.inChargeScalars), tokens[j].orgIndex == nil
            {
                // `판신이(范欣怡) 재무담당 부사장`: what the holder is in charge of belongs to the title.
                title = tokens[j].text + " " + title
                j -= 1
            } else if j >= 1, tokens[j].isBare, !tokens[j].hasParen, tokens[j].orgIndex == nil, !tokens[j - 1].comma,
                Self.isPortfolio(tokens[j].scalars), hasPersonNative(tokens[j - 1])
            {
                // `차오리(曹力) 제품기획 부총재`: the field the holder answers for belongs to the title.
                title = tokens[j].text + " " + title
                j -= 1
            }
            // `황룽(黄蓉)·장웨이(张伟) 두 부총재`: the count of the names listed before the title.
            if j >= 1, tokens[j].isBare, tokens[j].isText(in: Self.countWords), !tokens[j - 1].comma,
                tokens[j - 1].scalars.contains(Self.middleDot) || tokens[j - 1].hasParen
            {
                j -= 1
            }
            // `마르쿠스 베버(Markus Weber) 아시아 CTO`: a region right after the name scopes the title.
            if j >= 1, !tokens[j].comma, !tokens[j].hasParticle, !tokens[j - 1].comma,
                lexicon.titleScopeSet.contains(tokens[j].textScalars),
                latinNamedSpan(tokens, endingAt: j - 1) != nil || hasPersonNative(tokens[j - 1])
                    || isKoreanName(tokens[j - 1])
            {
                title = tokens[j].text + " " + title
                j -= 1
            }
            // `김경호 롯데이노베이트 신임 대표`: newly named; the title is `대표`. (`송민우를 신임 대표로`: the
            // person named to it is the object; the name is written without its particle.)
            var newly = false
            if j >= 1, !tokens[j].comma, Self.newlyWords.contains(tokens[j].textScalars) {
                j -= 1
                newly = true
            }
            // `장융(张勇) 전 회장`: a former holder.
            if j >= 1, !tokens[j].comma, Self.formerWords.contains(tokens[j].textScalars),
                hasPersonNative(tokens[j - 1])
                    || isKoreanName(tokens[j - 1])
            {
                title = tokens[j].text + " " + title
                j -= 1
            }
            var org: String?
            var unit: String?
            // A unit named between the person and the title, without a code (`김경훈 자동차전지사업부 상무`).
            var namedUnit: String?
            // `아르준 메타 크래프톤 인디아 대표`: a known org and a country name its subsidiary there.
            // (`코리아` ends like the particle 아, `화웨이` like 이: the words as written are looked up.)
            // (`손현일 크래프톤 인도법인 대표`: the country glued to 법인, `entity`, or 지사, `branch`.)
            if j >= 1, !tokens[j].comma, !tokens[j - 1].comma,
                lexicon.countryWordSet.contains(tokens[j].textScalars)
                    || (tokens[j].particle == nil
                        && Self.isCountryEntity(tokens[j].scalars, countries: lexicon.countryWordSet)),
                let k = tokens[j - 1].orgIndex,
                !tokens[j - 1].hasParticle || knownOrg(tokens[j - 1].textScalars) == k
            {
                let name = orgName(k) + " " + tokens[j].text
                addSlotOrg(OrgFact(name: name), sentence: s)
                org = name
                j -= 2
            }
            // `리창(李强) 중국 국무원 총리`: a known org of two words.
            if org == nil, j >= 1, !tokens[j].comma, !tokens[j - 1].comma, tokens[j].particle == nil,
                tokens[j - 1].particle == nil, let k = knownOrg(pair: tokens[j - 1], tokens[j])
            {
                org = orgName(k)
                j -= 2
            }
            // `다니엘 호(Daniel Ho) 싱가포르 통화청(MAS) 핀테크국장`: a country and a body glossed with its
            // code name an org.
            if org == nil, j >= 2, !tokens[j].comma, tokens[j].particle == nil, let code = tokens[j].paren,
                Scalars.isCode(code), tokens[j - 1].isBare, !tokens[j - 1].hasParen,
                lexicon.countryWordSet.contains(tokens[j - 1].textScalars), Self.isOrgShaped(tokens[j].baseScalars),
                !isUnitHead(tokens[j].baseScalars), knownOrg(tokens[j]) == nil
            {
                let name = tokens[j - 1].text + " " + tokens[j].base
                addSlotOrg(OrgFact(name: name, aliases: [code]), sentence: s)
                org = name
                j -= 2
            }
            // `요슈아 벤지오(Yoshua Bengio) 캐나다 몬트리올대 교수`: a name glossed in Latin, a country, then
            // the org the person is with.
            if org == nil, j >= 2, !tokens[j].comma, tokens[j].particle == nil, !tokens[j].hasParen,
                !tokens[j - 1].comma, tokens[j - 1].particle == nil, !tokens[j - 1].hasParen,
                Self.countryNames.contains(tokens[j - 1].textScalars)
                    || lexicon.countryWordSet.contains(tokens[j - 1].textScalars),
                Self.isOrgShaped(tokens[j].baseScalars), !isTitleBase(tokens[j]),
                latinNamedSpan(tokens, endingAt: j - 2) != nil || hasPersonNative(tokens[j - 2])
            {
                let name = orgToken(tokens[j]) ?? tokens[j].base
                if orgToken(tokens[j]) == nil { addSlotOrg(OrgFact(name: name), sentence: s) }
                org = name
                j -= 2
            }
            // `왕위안칭(王远清) 바이두 AI클라우드그룹(ACG) 총재`: a unit with its code after the org.
            if j >= 1, !tokens[j].comma, !tokens[j].hasParticle, let code = tokens[j].paren, Scalars.isCode(code),
                !tokens[j - 1].comma, isWholeWord(tokens[j - 1]),
                tokens[j - 1].orgIndex != nil || slotOrg(tokens[j - 1]) != nil,
                let o = orgToken(tokens[j - 1])
            {
                unit = code
                org = o
                j -= 2
            }
            if org == nil, j >= 0, !tokens[j].comma, isWholeWord(tokens[j]) {
                if let o = orgToken(tokens[j]) {
                    org = o
                    j -= 1
                } else if Scalars.isCode(tokens[j].textScalars) {
                    unit = tokens[j].text
                    j -= 1
                    if j >= 0, let o = orgToken(tokens[j]) {
                        org = o
                        j -= 1
                    }
                }
            }
            // `양샤오란(杨晓岚) 어센드 컴퓨팅 사업부(ACBU) 총재`: a unit, and words of its name, between
            // a name given with its native spelling and the title.
            if org == nil, unit == nil, j >= 1, !tokens[j].hasParticle, !tokens[j].comma,
                lexicon.unitNounWords.hasSuffix(tokens[j].baseScalars, from: 2)
                    || lexicon.unitNounWords.contains(tokens[j].baseScalars)
            {
                var k = j - 1
                var between: String?
                // `윤상현 CJ ENM 엔터테인먼트 부문 대표`: a name without a native, once the org is passed.
                while k >= 0, j - k <= 5, isWholeWord(tokens[k]), !tokens[k].comma, !hasPersonNative(tokens[k]),
                    !(between != nil && isPlainName(tokens[k])), !tokens[k].hasParen || orgToken(tokens[k]) != nil
                {
                    // `류쉐량(刘学亮) BYD 아시아태평양 자동차 영업사업부 총경리`: the org among the words.
                    if between == nil, let o = orgToken(tokens[k]) { between = o }
                    if between == nil, k >= 1, let o = knownOrg(pair: tokens[k - 1], tokens[k]) {
                        between = orgName(o)
                        k -= 1
                    }
                    k -= 1
                }
                if k >= 0, j - k <= 5, hasPersonNative(tokens[k]) || (between != nil && isPlainName(tokens[k])),
                    !tokens[k].comma
                {
                    unit = tokens[j].paren.flatMap { Scalars.isCode($0) ? $0 : nil }
                    // `가오환(高焕) 승용차사업부 CTO`: the words of the unit's name after the org.
                    if unit == nil {
                        // After the org's last word (`CJ ENM`, an org of two words, included).
                        var first = k + 1
                        for m in (k + 1)...j
                        where orgToken(tokens[m]) != nil || knownOrg(tokens[m]) != nil
                            || (m > k + 1 && knownOrg(pair: tokens[m - 1], tokens[m]) != nil)
                        {
                            first = m + 1
                        }
                        // (`좡런(庄仁) 현 로봇사업부 총경리`: `현`, the present one, is no word of the name.)
                        while first < j, Self.presentWords.contains(tokens[first].scalars) { first += 1 }
                        if first <= j {
                            namedUnit = (first...j).map { $0 == j ? tokens[$0].base : tokens[$0].text }
                                .joined(separator: " ")
                        }
                    }
                    org = between
                    j = k
                }
            }
            // `정세라 인조이스튜디오 총괄 프로듀서`: a unit of one word right after a name, before the
            // title.
            if org == nil, unit == nil, j >= 1, !tokens[j].hasParticle, !tokens[j].comma, !tokens[j - 1].comma,
                tokens[j].baseScalars.count >= 4, lexicon.unitNounWords.hasSuffix(tokens[j].baseScalars, from: 2),
                !tokens[j - 1].hasParticle, looksLikeHangulName(tokens[j - 1].textScalars),
                isKoreanName(tokens[j - 1]),
                // The name opens its phrase (`이끄는 정세라 …`), not a noun run (`아시아태평양 자동차 영업사업부`).
                j < 2 || tokens[j - 2].hasParticle || tokens[j - 2].comma || tokens[j - 2].quoteAfter
            {
                namedUnit = tokens[j].base
                j -= 1
            }
            // `이형석 토스뱅크 코어뱅킹팀 리더`: a unit between the org and the title.
            if org == nil, unit == nil, j >= 2, !tokens[j].hasParticle, !tokens[j].comma, !tokens[j - 1].comma,
                lexicon.unitNounWords.hasSuffix(tokens[j].baseScalars, from: 2), !tokens[j - 1].hasParticle,
                isKoreanName(tokens[j - 2]), looksLikeHangulName(tokens[j - 2].baseScalars)
            {
                namedUnit = tokens[j].base
                j -= 1
                if let o = orgToken(tokens[j]) {
                    org = o
                    j -= 1
                }
            }
            // `강민호(Minho Kang) 토스증권 데이터플랫폼 헤드`, `이형석 토스뱅크 코어뱅킹팀 리더`: a
            // department (one or two words) between the org and the title.
            if org == nil, unit == nil, j >= 2, isDepartmentWord(tokens[j]) {
                var k = j - 1
                if orgToken(tokens[k]) == nil, k >= 2, isDepartmentWord(tokens[k]) { k -= 1 }
                if isWholeWord(tokens[k]), !tokens[k].comma, !tokens[k].hasParen, let o = orgToken(tokens[k]),
                    !tokens[k - 1].comma,
                    hasPersonNative(tokens[k - 1])
                        || (isKoreanName(tokens[k - 1]) && looksLikeHangulName(tokens[k - 1].textScalars))
                {
                    org = o
                    j = k - 1
                }
            }
            // `탄다이(谭待) 화산엔진 총재`, `김유원 네이버클라우드 대표`, `이승건 토스 대표`: an unknown org
            // between name and title; the name is the word that looks like one.
            // A word of four syllables or more right before the title keeps an ending that only
            // looks like the particle 이 (`서지원 도담에이아이 대표`): no particle stands there.
            // (Not a title with its rank, `엔터프라이즈부문장(부사장)이 사장으로 승진`.)
            let glued =
                j >= 1 && tokens[j].hasParticle(in: Self.iParticle) && tokens[j].scalars.count >= 4
                && !isTitleBase(tokens[j])
            if org == nil, unit == nil, j >= 1, !tokens[j].hasParticle || glued, !tokens[j].comma,
                !tokens[j - 1].comma, !Self.isGlossedJapaneseGivenName(tokens[j]),
                // `이반 람(Ivan Lam) 수석연구원`: a name of two words, as many as its Latin native.
                tokens[j].paren == nil || latinNamedSpan(tokens, endingAt: j) == nil,
                isKoreanName(tokens[j - 1]), person(tokens[j]) == nil, !isSurnameWord(tokens[j]),
                !hasPersonNative(tokens[j]),
                tokens[j - 1].paren.map(Scalars.hasHan) ?? false || startsWithKnownOrg(tokens[j].baseScalars)
                    || slotOrg(tokens[j]) != nil
                    || (looksLikeHangulName(tokens[j - 1].textScalars)
                        && Self.isOrgShaped(glued ? tokens[j].textScalars : tokens[j].baseScalars)
                        && !(looksLikeHangulName(tokens[j].baseScalars) && tokens[j].baseLength == 3
                            && !isNamedMoreOften(tokens[j].baseScalars, than: tokens[j - 1].baseScalars))
                        && !isNotOrg(glued ? tokens[j].textScalars : tokens[j].baseScalars))
            {
                let word = glued ? tokens[j].text : tokens[j].base
                org = slotOrg(tokens[j]) ?? word
                if slotOrg(tokens[j]) == nil { addSlotOrg(OrgFact(name: word), sentence: s) }
                j -= 1
            }
            // `리사 첸(Lisa Chen) 엔비디아 부사장`: a name of several words, as many as its Latin native;
            // `오카다 유키(岡田由紀) 사운드 디렉터`: a Japanese name of two words (`japaneseName`).
            let latinSpan = j >= 1 ? latinNamedSpan(tokens, endingAt: j) : nil
            if j >= 1,
                let name = latinSpan.map({ tokens[$0].map(\.text).joined(separator: " ") })
                    ?? japaneseName(tokens, endingAt: j)
            {
                let resolvedOrg = org ?? personOrg(s, near: tokens[j].start)
                // `천하오위(陈浩宇), 류징(刘静), 아르준 메타(Arjun Mehta) 수석부사장`: the names listed before
                // share the title.
                var first = latinSpan?.lowerBound ?? j
                // (`송정아, 마크 헤드리치(Mark Hedrich) 부사장`: a Korean name listed without a native.)
                while first > 0, tokens[first - 1].comma, isKoreanName(tokens[first - 1]),
                    !tokens[first - 1].hasParticle(in: Self.clauseParticles),
                    hasPersonNative(tokens[first - 1])
                        || (!tokens[first - 1].hasParen && !tokens[first - 1].hasParticle
                            && looksLikeHangulName(tokens[first - 1].textScalars))
                {
                    first -= 1
                }
                for first in first..<(latinSpan?.lowerBound ?? j) {
                    addPerson(
                        name: tokens[first].text,
                        native: tokens[first].paren,
                        title: title,
                        org: resolvedOrg,
                        unit: unit,
                        sentence: s.number
                    )
                }
                addPerson(
                    name: name,
                    native: tokens[j].paren,
                    title: title,
                    org: resolvedOrg,
                    unit: unit,
                    sentence: s.number
                )
                noteUnit(namedUnit, of: name)
                i += 1
                continue
            }
            // `마이클 첸 CFO는`: two words the report glosses as a name elsewhere (`마이클 첸(Michael Chen)이`).
            if j >= 1, !glossedNames.isEmpty, !tokens[j - 1].comma, tokens[j].particle == nil, !tokens[j].comma,
                let native = glossedNames[tokens[j - 1].text + " " + tokens[j].text]
            {
                let name = tokens[j - 1].text + " " + tokens[j].text
                addPerson(
                    name: name,
                    native: native,
                    title: title,
                    org: org ?? personOrg(s, near: tokens[j].start),
                    unit: unit,
                    sentence: s.number
                )
                noteUnit(namedUnit, of: name)
                i += 1
                continue
            }
            // `발리안 왕 화웨이 코리아 대표`: a given name then a family name, written as two Hangul words
            // at the start of the phrase.
            if org != nil, j >= 1, isSurnameWord(tokens[j]), tokens[j].particle == nil, !tokens[j].comma,
                tokens[j - 1].isBare, !tokens[j - 1].comma, (2...4).contains(tokens[j - 1].scalars.count),
                tokens[j - 1].scalars.allSatisfy(Scalars.isHangul), !isTitle(tokens[j - 1].scalars),
                tokens[j - 1].orgIndex == nil, !lexicon.notNameWords.contains(tokens[j - 1].scalars),
                j == 1 || tokens[j - 2].particle != nil || tokens[j - 2].comma || tokens[j - 2].quoteAfter
            {
                addPerson(
                    name: tokens[j - 1].text + " " + tokens[j].text,
                    native: nil,
                    title: title,
                    org: org,
                    unit: unit,
                    sentence: s.number
                )
                i += 1
                continue
            }
            // `박성훈·정다은·최민규 경영리더가`: names joined by middle dots share the title.
            if j >= 0, tokens[j].particle == nil, !tokens[j].comma, tokens[j].paren == nil,
                tokens[j].scalars.contains(Self.middleDot)
            {
                let parts = tokens[j].scalars.split(separator: Self.middleDot)
                if parts.count >= 2, parts.allSatisfy({ (2...4).contains($0.count) && looksLikeHangulName($0) }) {
                    let o = org ?? personOrg(s, near: tokens[j].start)
                    for part in parts {
                        addPerson(
                            name: Scalars.string(part),
                            native: nil,
                            title: title,
                            org: o,
                            unit: unit,
                            sentence: s.number
                        )
                    }
                    i += 1
                    continue
                }
            }
            // `천 CEO는`: a family name alone refers back to a person (`QuoteRules.mentions`).
            // (`아너(荣耀)가 최고경영자(CEO)를 교체했다`: a known org is no name.)
            guard j >= 0, isKoreanName(tokens[j]) || endsLikeParticle(tokens[j]) || nameEndingLikeAVerb(tokens[j]),
                tokens[j].orgIndex == nil,
                // `국내외 투자자와 애널리스트 300여 명`: a word joined to the title by `와`/`과` holds none.
                !tokens[j].hasParticle(in: Self.joiningParticles),
                // `…바꾼다”…배동근 넥스트플레이 CTO`: an org the report names by its gloss elsewhere is no name.
                discoveredCounts.isEmpty
                    || (discoveredOrg(tokens[j]) == nil && discoveredCounts[tokens[j].text] == nil),
                !isSurnameWord(tokens[j]), !endsATwoWordName(tokens[j].baseScalars),
                // `미야모토 사장은`: the family name of a Japanese name the report gave in full.
                !startsAJapaneseName(tokens[j].baseScalars),
                // `신유열 사장은 미래성장실장과`: a title is no name.
                !isTitleBase(tokens[j]),
                // `한 증권사 애널리스트는`: someone brought in with the determiner 한 is unnamed.
                !(j >= 1 && tokens[j - 1].textScalars.isScalars(Self.determinerScalars)),
                !tokens[j].comma || j == i - 1
            else {
                i += 1
                continue
            }
            var names = [j]
            // Names of several words glossed in Latin in the list (`배민경, 에밀리 박(Emily Park), 정태호
            // 전무가`), by their last word's index: the index of their first.
            var spans: [Int: Int] = [:]
            // A name listed before a comma carries no object or adverb particle (`… AI 기능을, 왕청루
            // 부총재는`: the clause before is no list).
            while let last = names.first, case let first = spans[last] ?? last, first > 0, tokens[first - 1].comma {
                if let span = latinNamedSpan(tokens, endingAt: first - 1), span.count > 1 {
                    names.insert(first - 1, at: 0)
                    spans[first - 1] = span.lowerBound
                    continue
                }
                guard isKoreanName(tokens[first - 1]), !tokens[first - 1].hasParticle(in: Self.clauseParticles) else {
                    break
                }
                // `상황을 묻자, 문상훈 대표는`, `도입을 강조하며, 김민수 대표는`: a verb's connective ending
                // before the comma, not a name (a name of three syllables or fewer may end so, `김민서`,
                // unless an object comes right before it).
                let w = tokens[first - 1].textScalars
                if !tokens[first - 1].hasParen, let end = w.last, Self.connectiveEndings.contains(end),
                    w.count > 3 || !looksLikeHangulName(w)
                        || (first >= 2 && tokens[first - 2].hasParticle(in: Self.objectParticles))
                {
                    break
                }
                names.insert(first - 1, at: 0)
            }
            if org == nil, let first = names.first, first > 0, let o = orgToken(tokens[first - 1]) {
                org = o
            } else if org == nil, namedUnit == nil, unit == nil, names.count == 1, let first = names.first, first >= 2,
                tokens[first - 1].isBare, !tokens[first - 1].hasParen, !tokens[first - 2].comma,
                !tokens[first - 2].hasParticle, isUnitHead(tokens[first - 1].baseScalars),
                orgToken(tokens[first - 1]) == nil, knownOrg(pair: tokens[first - 2], tokens[first - 1]) == nil,
                let o = orgToken(tokens[first - 2])
            {
                // `크래프톤 딥러닝본부 박소연 본부장`: the org, its unit, then the person.
                org = o
                namedUnit = tokens[first - 1].base
            } else if org == nil, names.count == 1, let first = names.first, first > 0,
                tokens[first].paren.map(Scalars.hasHan) == true, !tokens[first - 1].comma,
                !tokens[first - 1].hasParticle, !tokens[first - 1].quoteAfter, person(tokens[first - 1]) == nil,
                let native = tokens[first - 1].paren, Scalars.hasHan(native),
                Self.isOrgShaped(tokens[first - 1].baseScalars)
            {
                // `지커(极氪) 안충후이(安聪慧) CEO`: a word glossed in Han right before a person glossed in
                // Han and their title is the person's org (two people are never written so).
                let name = tokens[first - 1].base
                addSlotOrg(OrgFact(name: name, native: native), sentence: s)
                org = name
            }
            let resolvedOrg = org ?? personOrg(s, near: tokens[j].start)
            for k in names {
                let native = tokens[k].paren.flatMap { Scalars.hasHan($0) || $0.contains(" ") ? $0 : nil }
                var name = newly && tokens[k].hasParticle(in: Self.objectParticles) ? tokens[k].base : tokens[k].text
                if let first = spans[k] { name = tokens[first...k].map(\.text).joined(separator: " ") }
                addPerson(
                    name: name,
                    native: native,
                    title: title,
                    org: resolvedOrg,
                    unit: unit,
                    sentence: s.number
                )
                noteUnit(namedUnit, of: name)
            }
            i += 1
        }
    }

    /// `윤서진 엔터프라이즈부문장(부사장)이 사장으로 승진해`: the title before `으로 승진` is the one the
    /// person named before it now holds (the last person named before the title, in the sentence).
    private mutating func findKoreanPromotions(in s: AnalyzedSentence) {
        let tokens = s.tokens
        // The cheap test first: every rule below needs the next word to start with 승 (승진, 승진자) or
        // with an appointment's verb.
        for k in tokens.indices.dropLast() {
            guard let f = tokens[k + 1].firstScalar, Self.moveFirstScalars.contains(f), isTitleBase(tokens[k]) else {
                continue
            }
            let next = tokens[k + 1].scalars
            // `사장 승진자는 LS일렉트릭 김종우 부사장과 LS전선 구본규 부사장`, `부사장 승진자 명단에는 A, B, C
            // 전무가`: the people named after are promoted to the title before `승진자`.
            if next.first == "승", tokens[k].isBare, next.starts(with: Self.promotedScalars) {
                let title = tokens[k].base
                for m in (k + 2)..<max(k + 2, tokens.count) {
                    guard let p = person(tokens[m]) else { continue }
                    if let old = people[p].fact.title, old != title { people[p].formerTitles.append(old) }
                    people[p].fact.title = title
                }
                continue
            }
            guard k > 0, tokens[k].hasParticle(in: Self.toParticles) else { continue }
            if next.starts(with: Self.promotionScalars) {
                promote(tokens, from: k - 1, to: k)
            } else if Self.appointmentStems.contains(where: { next.starts(with: $0) }) {
                appointObject(tokens, to: k)
            }
        }
    }

    /// The first scalars of `승진` and of `appointmentStems`.
    static let moveFirstScalars: [Unicode.Scalar] = ["승", "선", "임", "내", "발", "겸", "영"]

    /// `이민호 상무가 전무로 승진했다`: the person named within five words before the title takes it.
    private mutating func promote(_ tokens: [Token], from start: Int, to k: Int) {
        // (`한승우 전무와 문채린 전무가 부사장으로 승진했다`: people joined by 와/과 before it too.)
        var promoted = false
        for j in stride(from: start, through: max(0, k - 12), by: -1) {
            if promoted, tokens[j].comma || (tokens[j].hasParticle && !tokens[j].hasParticle(in: Self.joiningParticles))
            {
                break
            }
            if !promoted, j < k - 5 { break }
            if let p = person(tokens[j]) {
                if let old = people[p].fact.title, old != tokens[k].base { people[p].formerTitles.append(old) }
                people[p].fact.title = tokens[k].base
                promoted = true
                continue
            }
            if promoted { continue }
            // `이민호·박지수·최우진 상무가 전무로 승진했다`
            if tokens[j].scalars.contains(Self.middleDot) {
                let named = tokens[j].baseScalars.split(separator: Self.middleDot).compactMap {
                    personIndex[Scalars.string($0)]
                }
                for p in named { people[p].fact.title = tokens[k].base }
                if !named.isEmpty { break }
            }
        }
    }

    /// `오세진(吳世振) 최고운영책임자(COO)를 신임 대표이사로 선임했다`: the person named as the object,
    /// right before the title (after `신임`), takes the title they are named to; the one held before
    /// is a former title.
    private mutating func appointObject(_ tokens: [Token], to k: Int) {
        var j = k - 1
        if j >= 1, Self.newlyWords.contains(tokens[j].textScalars) { j -= 1 }
        guard j >= 0, j < k, tokens[j].hasParticle(in: Self.objectParticles) else { return }
        // The name, or the name then an org and the title held (at most three words before).
        for m in stride(from: j, through: max(0, j - 3), by: -1) {
            if m < j, tokens[m].comma || tokens[m].hasParticle { return }
            guard let p = person(tokens[m]) else { continue }
            let title = titleText(tokens[k])
            if let old = people[p].fact.title, old != title { people[p].formerTitles.append(old) }
            people[p].fact.title = title
            return
        }
    }

    static let toParticles: TextSet = ["으로", "로"]
    static let countWords: TextSet = ["두", "세", "네", "다섯", "2명이", "3명이", "4명이", "5명이"]
    static let personCountWords: TextSet = ["사람이", "사람은", "명이", "명은"]

    /// `왕자오(王昭)·류톈(刘恬) 두 사람이 부총경리로 새로 선임됐고`: names with their Han natives, listed,
    /// maybe counted (`두 사람이`), then the title they are named to.
    private mutating func findKoreanListMoves(in s: AnalyzedSentence) {
        let tokens = s.tokens
        for k in tokens.indices.dropLast() where k >= 2 && tokens[k].hasParticle(in: Self.toParticles) {
            guard isTitleBase(tokens[k]) || isTitle(tokens[k].baseScalars) else { continue }
            let next = (k + 1)..<min(tokens.count, k + 3)
            guard next.contains(where: { m in Self.moveStems.contains { tokens[m].scalars.starts(with: $0) } }) else {
                continue
            }
            var j = k - 1
            // `두 사람이`, `3명이`.
            if j >= 1, tokens[j].isText(in: Self.personCountWords), tokens[j - 1].isText(in: Self.countWords) {
                j -= 2
            } else if tokens[j].isText(in: Self.countWords) {
                j -= 1
            }
            guard j >= 0, j < k - 1 || tokens[j].hasParticle(in: Self.subjectParticles) else { continue }
            var names: [Int] = []
            while j >= 0, hasPersonNative(tokens[j]), names.isEmpty || tokens[j].comma {
                names.insert(j, at: 0)
                j -= 1
            }
            guard names.count >= 2 else { continue }
            for n in names {
                addPerson(
                    name: tokens[n].base,
                    native: tokens[n].paren,
                    title: titleText(tokens[k]),
                    org: personOrg(s, near: tokens[n].start),
                    sentence: s.number
                )
            }
        }
    }
    static let appointeeEndParticles: TextSet = ["을", "를", "이", "가"]
    /// `최고재무책임자(CFO)에`, `재무총감(CFO)에는`: a post someone is named to.
    static let postParticles: TextSet = ["에", "에는"]
    static let appointmentStems: [[Unicode.Scalar]] = ["선임", "임명", "내정", "발탁", "발령", "겸직", "영입"].map {
        Array($0.unicodeScalars)
    }

    /// The person right after a post (`…에 한지원 전 … 전무를`): a Korean name, or one with its Han
    /// native, and the index of the word whose object or subject particle ends their description
    /// (at most seven words on, no comma before it).
    func appointee(_ tokens: [Token], after i: Int) -> (String, String?, Int)? {
        guard i + 1 < tokens.count else { return nil }
        // `사업부장에는 구글 딥마인드 출신 제임스 윤(James Yoon)이 선임됐다`: where they come from, then a
        // name of two words glossed in Latin.
        // (`신임 CTO에는 미국 자율주행 스타트업 웨이브릿지(Wavebridge) 출신의 제이슨 박(Jason Park)이`.)
        if let from = (i + 1..<min(tokens.count, i + 7)).first(where: {
            tokens[$0].baseScalars.isScalars(Self.formerlyOfScalars)
                && (tokens[$0].particle == nil || tokens[$0].hasPossessiveParticle)
        }), !tokens[(i + 1)..<from].contains(where: { $0.comma || $0.hasParticle }),
            let (name, native, end) = glossedNameAfter(tokens, from: from + 1),
            tokens[end].hasParticle(in: Self.appointeeEndParticles)
        {
            return (name, native, end)
        }
        let n = tokens[i + 1]
        guard !n.comma, hasPersonNative(n) || (isKoreanName(n) && looksLikeHangulName(n.textScalars)) else {
            return nil
        }
        var e = i + 1
        while e < tokens.count, e - i <= 7, !tokens[e].hasParticle(in: Self.appointeeEndParticles) {
            if tokens[e].comma || tokens[e].period { return nil }
            e += 1
        }
        guard e < tokens.count, e - i <= 7 else { return nil }
        // `파운드리사업부장에 한진만 사장을`: a rank held now is their title (the post is their unit's);
        // only a former post (`전 … 전무`) or none gives them the post's title.
        let former = i + 2 < e && Self.formerWords.contains(tokens[i + 2].textScalars)
        if !former, ((i + 2)...e).contains(where: { isTitle(tokens[$0].baseScalars) }) { return nil }
        let native = n.paren.flatMap { Scalars.hasHan($0) ? $0 : nil }
        return (e == i + 1 ? n.base : n.text, native, e)
    }

    /// Whether a sentence names someone to a post (`선임했다`, `발령을 받았다`).
    func appointsSomeone(_ s: AnalyzedSentence) -> Bool {
        s.tokens.contains { t in Self.appointmentStems.contains { t.scalars.starts(with: $0) } }
    }

    /// `저우판(周帆)은 그룹 최고인사책임자(CHO)로 자리를 옮기고`: a name with its Han native, as the
    /// clause's subject, takes the title it moves to or is named to (`TITLE(으)로 자리를 옮기다`,
    /// `선임됐다`, `임명됐다`, `내정됐다`), when no title was found beside it.
    private mutating func findKoreanMoves(in s: AnalyzedSentence) {
        let tokens = s.tokens
        for n in tokens.indices
        where tokens[n].hasParen && tokens[n].hasParticle(in: Self.subjectParticles) && hasPersonNative(tokens[n]) {
            let name = tokens[n].base
            guard personIndex[name] == nil else { continue }
            var k = n + 1
            var org: String?
            while k + 1 < tokens.count, k - n <= 4, !tokens[k].comma, !tokens[k].period {
                if tokens[k].hasParticle(in: Self.toParticles) {
                    guard isTitleBase(tokens[k]),
                        tokens[k + 1].isText(in: Self.moveWords)
                            || Self.moveStems.contains(where: { tokens[k + 1].scalars.starts(with: $0) })
                    else { break }
                    addPerson(
                        name: name,
                        native: tokens[n].paren,
                        title: titleText(tokens[k]),
                        org: org ?? personOrg(s, near: tokens[n].start),
                        sentence: s.number
                    )
                    break
                }
                if tokens[k].hasParticle { break }
                if org == nil { org = orgToken(tokens[k]) }
                k += 1
            }
        }
    }

    static let moveWords: TextSet = ["자리를", "자리를 옮겼다", "옮겼다", "옮긴다"]
    static let moveStems: [[Unicode.Scalar]] = ["선임", "임명", "내정", "발탁", "승진", "취임", "영전", "옮"].map {
        Array($0.unicodeScalars)
    }
    static let middleDot: Unicode.Scalar = "·"
    static let promotionScalars = Array("승진".unicodeScalars)
    static let promotedScalars = Array("승진자".unicodeScalars)

    /// The person who holds a title written after `겸` and a first title (at most three words
    /// between, no comma): the person named just before the first title.
    func jointTitleHolder(_ tokens: [Token], _ i: Int, sentence: Int) -> Int? {
        guard i >= 3, !people.isEmpty else { return nil }
        var g = i - 1
        // (`최고경영자(CEO)와 최영훈 아워홈 대표이사가`: a word with a particle ends the first holder's
        // phrase; the title after it is another person's.)
        while g > 1, i - g <= 4, !tokens[g].comma, !tokens[g].hasParticle {
            if tokens[g].isText(in: Self.jointWords) {
                guard !tokens[g - 1].comma, isTitleBase(tokens[g - 1]) else { return nil }
                // The name, then perhaps the org (and a unit) before the first title.
                for k in stride(from: g - 2, through: max(0, g - 4), by: -1) {
                    if let p = person(tokens[k]) { return p }
                    if tokens[k].comma { break }
                }
                return nil
            }
            g -= 1
        }
        return nil
    }

    static let jointWords: TextSet = ["겸"]
    /// Particles the rules test a token for one by one, as sets: `t.hasParticle(in:)` compares
    /// scalars, where `t.particle == "에는"` compared `String`s of Hangul (about 350 instructions
    /// a test, through the runtime's comparison of text not known to be normalised).
    static let eneunParticle: TextSet = ["에는"]
    static let iParticle: TextSet = ["이"]
    static let eunParticle: TextSet = ["은"]
    /// Particles that end a clause's object or adverb, never a listed name.
    /// Endings of a verb that joins its clause to the next (`묻자`, `듣고`, `보며`).
    static let connectiveEndings: [Unicode.Scalar] = ["자", "고", "며", "서", "면", "니", "데"]
    static let clauseParticles: TextSet = ["을", "를", "에", "에서", "로", "으로", "와", "과", "도", "만", "에게"]

    /// Gives people who hold joint titles the one the report refers back to them by (`위 CEO는`).
    mutating func settleJointTitles() {
        for p in people.indices where !people[p].jointTitles.isEmpty {
            let name = Array(people[p].fact.name.unicodeScalars)
            search: for s in sentences where s.number > people[p].sentence {
                let tokens = s.tokens
                for k in tokens.indices.dropLast()
                where isSurnameWord(tokens[k]) && name.starts(with: tokens[k].baseScalars) {
                    let title = tokens[k + 1].base
                    if people[p].jointTitles.contains(title), surnameReference(tokens, k) == p {
                        people[p].fact.title = title
                        break search
                    }
                }
            }
        }
    }

    /// The org of a person named with no org beside the name: the clause's subject org, but never a
    /// product (`'뤄보콰이파오(萝卜快跑)' 사업을 맡은 천루이 부총재`), for which the main org stands.
    ///
    /// Nil when the sentence names no org: ``emitPeople()`` then gives the report's main org, which
    /// is settled only after the people are found.
    func personOrg(_ s: AnalyzedSentence, near offset: Int) -> String? {
        // `쿠팡 풀필먼트 출신 임소라 상무`: the org a person came from is not theirs now.
        // (Nil, not the main org: it is settled only after the people are found.)
        if let k = s.tokens.lastIndex(where: { $0.end <= offset }), k >= 0,
            s.tokens[k].textScalars.isScalars(Self.formerlyOfScalars)
        {
            return nil
        }
        let o = subjectOrg(s, near: offset, fallback: false)
        guard let o, !productNames.isEmpty, productNames.contains(o) else { return o }
        return mainOrg
    }

    /// Whether a word carries no particle, or only seems to: `화웨이` is an org's whole name.
    func isWholeWord(_ t: Token) -> Bool {
        !t.hasParticle || (t.orgIndex != nil && lexicon.isOrgName(t.textScalars))
    }

    /// `한지은 랩장`: a name right before a title or org whose last syllable only looks like a
    /// particle (은).
    func endsLikeParticle(_ t: Token) -> Bool {
        let w = t.textScalars
        return t.hasParticle(in: Self.eunParticle) && w.count == 3 && looksLikeHangulName(w) && !isTitle(w)
            && knownOrg(w, of: t) == nil
            && !lexicon.notNameWords.contains(w) && !lexicon.notNameWords.contains(t.baseScalars)
    }

    /// A bare word that can name a department: no particle, comma, parenthesis, title or org.
    func isDepartmentWord(_ t: Token) -> Bool {
        !t.hasParticle && !t.comma && !t.hasParen && !t.quoteBefore && !t.quoteAfter
            && Self.isOrgShaped(t.scalars) && !isTitle(t.scalars) && t.orgIndex == nil
            && !looksLikeHangulName(t.scalars)
    }

    /// `LG AI연구원장` = the org `LG AI연구원` + `원장`, `카카오뱅크대표`: the org, the title and the
    /// name before them.
    func orgTitleCompound(_ tokens: [Token], _ i: Int) -> (String, String, Int)? {
        let w = tokens[i].baseScalars
        guard w.count >= 4, !tokens[i].hasParen else { return nil }
        var cuts: [(org: Word, title: Word)] = []
        // `연구원` + `원장` share a syllable.
        if isTitle(w.suffix(2)) { cuts.append((w.dropLast(), w.suffix(2))) }
        if let n = lexicon.titleWords.longestSuffix(of: w, from: 2, upTo: w.count - 2) {
            cuts.append((w.dropLast(n), w.suffix(n)))
        }
        for cut in cuts {
            if i >= 2, !tokens[i - 1].comma, !tokens[i - 1].hasParticle {
                let pair = Array(tokens[i - 1].scalars) + [" "] + Array(cut.org)
                if let k = knownOrg(pair[...]), isNameWord(tokens[i - 2]) {
                    return (orgName(k), Scalars.string(cut.title), i - 2)
                }
            }
            if i >= 1, let k = knownOrg(cut.org), isNameWord(tokens[i - 1]) {
                return (orgName(k), Scalars.string(cut.title), i - 1)
            }
        }
        return nil
    }

    /// Adds the people named with their native spellings from `k` on (one, or a list joined by
    /// commas) as holders of `title`; the index after them.
    private mutating func namesAfterTitle(
        _ tokens: [Token],
        from k: Int,
        title: String,
        org: String?,
        _ s: AnalyzedSentence
    ) -> Int {
        var k = k
        // `CTO인 엘레나 박(Elena Park)이`: a name of two or three words glossed in Latin.
        if let (name, native, end) = glossedNameAfter(tokens, from: k) {
            addPerson(name: name, native: native, title: title, org: org, sentence: s.number)
            return end + 1
        }
        // The first name looks like one (`hasPersonNative`); the next ones may be longer
        // transliterations (`리페이페이(李飞飞)`): a Han native of two to four characters does.
        while k < tokens.count, isKoreanName(tokens[k], allowParticle: true),
            hasPersonNative(tokens[k])
                || (tokens[k].paren.map {
                    (2...4).contains($0.unicodeScalars.count) && $0.unicodeScalars.allSatisfy(Scalars.isHan)
                }
                    ?? false)
        {
            let native = tokens[k].paren.flatMap { Scalars.hasHan($0) || $0.contains(" ") ? $0 : nil }
            addPerson(name: tokens[k].base, native: native, title: title, org: org, sentence: s.number)
            k += 1
            // (`부총재인 쑤만(苏曼)과 허둥(何东)은`: the names joined by `과`/`와` too.)
            if !tokens[k - 1].comma, !tokens[k - 1].hasParticle(in: Self.joiningParticles) { break }
        }
        return k
    }

    /// The title at `i` (read with a title before it and `겸`) and the org named right before them
    /// (`하이퍼그리프 창업자 겸 동사장인`: `창업자 겸 동사장`, `하이퍼그리프`).
    func jointTitleAndOrg(_ tokens: [Token], _ i: Int, title: String) -> (title: String, org: String?) {
        var title = title
        var orgAt = i - 1
        if i >= 2, tokens[i - 1].isText(in: Self.jointWords), !tokens[i - 2].comma, !tokens[i - 2].hasParticle,
            isTitleBase(tokens[i - 2])
        {
            title = titleText(tokens[i - 2]) + " 겸 " + title
            orgAt = i - 3
        }
        let org =
            orgAt >= 0 && !tokens[orgAt].comma && !tokens[orgAt].hasParticle ? orgToken(tokens[orgAt]) : nil
        return (title, org)
    }

    /// The name after a chief's title glossed by its code at `i` (`창업자 겸 최고경영자(CEO) 염태균은`): a Hangul
    /// word of three syllables whose first is a family name of one syllable, marked as the topic (은/는), with no
    /// title after it, in a sentence where someone speaks or presents (a quotation, a verb of presenting); not
    /// a common noun (`최고경영자(CEO) 연임안은 부결됐다`). (An org's title with no code before such a name is read
    /// below: `한화에어로스페이스 대표이사 최정훈은`.)
    func titleBeforeName(_ s: AnalyzedSentence, _ i: Int) -> String? {
        let tokens = s.tokens
        guard i + 1 < tokens.count, !tokens[i].comma, !tokens[i].hasParticle, !tokens[i].quoteAfter,
            Self.chiefCode(tokens[i].paren, of: tokens[i].baseScalars) != nil,
            s.verbs.presentation != nil || !s.sentence.quotes.isEmpty
        else { return nil }
        let n = tokens[i + 1]
        let w = n.baseScalars
        guard w.count == 3, n.hasParticle(in: Self.topicParticles), n.paren == nil, !n.comma, !n.quoteBefore,
            lexicon.hangulSurnameScalars.contains(w[w.startIndex]), looksLikeHangulName(w),
            !isTitle(w), !lexicon.notNameWords.contains(w), knownOrg(w, of: n) == nil, anyOrg(n) == nil,
            !isUnitHead(w), i + 2 >= tokens.count || !isTitleBase(tokens[i + 2]),
            i == 0 || tokens[i - 1].comma || tokens[i - 1].hasParticle || !isNameWord(tokens[i - 1])
        else { return nil }
        return n.base
    }

    /// `창업자`, `공동창업자`, `founder`: a description before a name, not a post, when a title
    /// follows the name.
    static func isFounderWord(_ t: Token) -> Bool {
        t.baseScalars.isScalars(founderScalars) || t.baseScalars.isScalars(coFounderScalars)
    }
    static let founderScalars = Array("창업자".unicodeScalars)
    static let coFounderScalars = Array("공동창업자".unicodeScalars)

    /// Whether the name at `n` (with its native, no particle or comma) is followed by a title; with
    /// `orgBetween`, also by an org and a title (`량쯔한(梁子涵) 메그비 부총재가`), the name read with no
    /// particle or comma only (it may end like a verb, `량쯔한`).
    func titleFollowsName(_ tokens: [Token], _ n: Int, orgBetween: Bool = false) -> Bool {
        guard n + 1 < tokens.count, !tokens[n].comma else { return false }
        guard orgBetween else { return tokens[n].isBare && isTitleBase(tokens[n + 1]) }
        guard !tokens[n].hasParticle, !tokens[n].period else { return false }
        if isTitleBase(tokens[n + 1]) { return true }
        return n + 2 < tokens.count && tokens[n + 1].isBare && orgToken(tokens[n + 1]) != nil
            && isTitleBase(tokens[n + 2])
    }

    static let formerWords = WordSet(["전", "前"])
    static let newlyWords = WordSet(["신임", "새"])
    static let formerlyOfScalars = Array("출신".unicodeScalars)
    static let formerlyOfAdjectiveScalars = Array("출신인".unicodeScalars)

    /// `출신`, `출신인`: where someone comes from.
    static func isFormerlyOf(_ t: Token) -> Bool {
        t.baseScalars.isScalars(formerlyOfScalars) || t.textScalars.isScalars(formerlyOfAdjectiveScalars)
    }

    /// Whether every word of a sentence that names `org` is followed by `출신` (`LG전자 출신`, `출신인`).
    /// (`addPerson` asks only of a sentence with such a word: each word's org is looked up here.)
    static func namesOnlyAsFormer(_ org: String, in s: AnalyzedSentence, _ orgOf: (Token) -> String?) -> Bool {
        var named = false
        for (k, t) in s.tokens.enumerated() where t.isBare && orgOf(t) == org {
            guard k + 1 < s.tokens.count, isFormerlyOf(s.tokens[k + 1]) else { return false }
            named = true
        }
        return named
    }

    /// `최민서 상무`, `최다인 최고운영책임자(COO)`: a full name whose last syllable is also a verb
    /// ending (`서`, `한`, `인`), right before a title, with no particle; common verb forms and nouns
    /// of people of that shape (`공개한`, `기업인`) are not names.
    func nameEndingLikeAVerb(_ t: Token) -> Bool {
        let w = t.textScalars
        guard !t.hasParticle, !t.comma, !t.hasParen || hasPersonNative(t), w.count == 3,
            let last = w.last, last == "서" || last == "한" || last == "인", looksLikeHangulName(w),
            !Self.verbFormsLikeNames.contains(w), knownOrg(w, of: t) == nil, !isTitle(w),
            !lexicon.notNameWords.contains(w)
        else { return false }
        return true
    }

    static let verbFormsLikeNames = WordSet([
        "위해서", "나와서", "대해서", "통해서", "의해서", "나서서", "공개한", "주최한", "추진한", "제공한", "선정한",
        "개최한", "발표한", "설립한", "진행한", "출시한", "도입한", "확보한", "지원한", "전환한", "신설한", "인수한",
        // (`최다인`, `한지인`: a name may end in 인; these nouns of people do too.)
        "한국인", "중국인", "일본인", "미국인", "외국인", "연예인", "유명인", "기업인", "경제인", "방송인", "예술인",
        "정치인", "금융인", "언론인", "법조인", "문화인", "체육인", "직장인", "대리인", "관계인", "주인공",
    ])

    /// A Hangul word shaped like a full name (`서민재`, `정다은`).
    func isNameWord(_ t: Token) -> Bool {
        (isKoreanName(t) || endsLikeParticle(t)) && looksLikeHangulName(t.textScalars)
    }

    /// `재경본부장인 김승준 부사장`, `유럽권역본부장인 헤드리치 부사장은`, `LG이노텍 전장부품사업부장 오세진
    /// 전무`: the head of a unit (`…장인`, `being the head of`, or `…장` alone) named before the person,
    /// or their family name and title, is in that unit.
    private mutating func findHeadsOfUnits(in s: AnalyzedSentence) {
        let tokens = s.tokens
        for k in tokens.indices.dropLast() {
            let w = tokens[k].textScalars
            guard w.count >= 4, !tokens[k].comma else { continue }
            let head: Word.SubSequence
            if w.count >= 5, w.last == "인", w[w.endIndex - 2] == "장" {
                head = w.dropLast(2)
            } else if w.last == "장", tokens[k].particle == nil, !tokens[k].hasParen {
                head = w.dropLast()
            } else {
                // (In the same pass: a second walk over every word cost more than the rule.)
                if w.count >= 5, w.last == "에" || w.last == "는", tokens[k].hasParticle(in: Self.postParticles) {
                    noteUnitOfPost(s, at: k)
                }
                continue
            }
            guard isUnitHead(head), !isTitle(head) else { continue }
            guard let p = person(tokens[k + 1]) ?? surnameReference(tokens, k + 1, sentence: s.number) else {
                continue
            }
            noteUnit(Scalars.string(head), of: people[p].fact.name)
        }
    }

    /// `푸드테크사업부장에는 CJ프레시웨이 출신 탁은비 상무가, …`: the person named to the head's post at `k`
    /// (within six words, no comma before them) is in the unit.
    private mutating func noteUnitOfPost(_ s: AnalyzedSentence, at k: Int) {
        let tokens = s.tokens
        let b = tokens[k].baseScalars
        guard b.count >= 4, b.last == "장" else { return }
        let head = b.dropLast()
        guard isUnitHead(head), !isTitle(head), appointsSomeone(s) else { return }
        // (Not a person marked `의`: `모바일사업부장에는 노태문 사장의 후임으로 최원준 부사장이`, the
        // predecessor.)
        // (The name or its title: `노태문의 후임`, `노태문 사장의 후임`.)
        func isPredecessor(_ n: Int) -> Bool {
            tokens[n].hasPossessiveParticle || (n + 1 < tokens.count && tokens[n + 1].hasPossessiveParticle)
        }
        var n = k + 1
        while n < min(tokens.count, k + 7), !tokens[n].comma, !tokens[n].period,
            person(tokens[n]) == nil || isPredecessor(n)
        {
            n += 1
        }
        guard n < min(tokens.count, k + 7), !isPredecessor(n), let p = person(tokens[n]) else { return }
        noteUnit(Scalars.string(head), of: people[p].fact.name)
    }

    /// Notes the unit a person was named with (`김경훈 자동차전지사업부 상무`): `findUnits` makes it a
    /// unit of the person's org.
    mutating func noteUnit(_ unit: String?, of name: String) {
        guard let unit, !unit.isEmpty, let p = personIndex[name], people[p].namedUnit == nil else { return }
        people[p].namedUnit = unit
    }

    /// A Hangul name with no particle that looks like one (`윤상현`).
    func isPlainName(_ t: Token) -> Bool {
        t.particle == nil && isKoreanName(t) && looksLikeHangulName(t.textScalars)
    }

    /// `김명주 한국투자증권 연구원은`: `연구원` after a securities firm is an analyst's title (elsewhere
    /// it is mostly an institute, `연구원 안에`, and no title).
    func isAnalystTitle(_ tokens: [Token], _ i: Int) -> Bool {
        // (`LS증권 마하은 연구원의`: a name whose last syllable only looks like a particle, as bare, when the title
        // ends the phrase: not `한빛증권 진단은 연구원 개인 의견`.)
        guard i > 0, tokens[i].baseScalars.isScalars(Self.researcherScalars), !tokens[i - 1].comma,
            tokens[i - 1].particle == nil
                || (endsLikeParticle(tokens[i - 1])
                    && (tokens[i].hasParticle || tokens[i].comma || tokens[i].period || i + 1 == tokens.count))
        else { return false }
        if tokens[i - 1].baseScalars.hasSuffix(Self.securitiesScalars) { return true }
        // `중신증권(中信证券) 반도체 담당 쑨위(孙宇) 연구원`: a named researcher of a brokerage.
        guard hasPersonNative(tokens[i - 1]) || looksLikeHangulName(tokens[i - 1].textScalars) else { return false }
        // (`궈타이쥔안증권(国泰君安证券)의 천징(陈静) 연구원`: the brokerage's, before the name; for a name
        // glossed in Han, any org's: `중진공사(中金公司)의 왕쓰위안(王思远) 연구원`.)
        // (Read back from the name, up to a comma or a word with another particle: not `애플 아이폰 17 출하량은
        // 궈밍치(郭明錤) 연구원의 추정치보다`.)
        let glossed = hasPersonNative(tokens[i - 1])
        var k = i - 2
        while k >= max(0, i - 6) {
            let t = tokens[k]
            if t.comma || (t.particle != nil && !t.hasParticle(in: Self.possessiveParticles)) { return false }
            if t.baseScalars.hasSuffix(Self.securitiesScalars) { return true }
            // (Any org only right before the name or marked `의`.)
            if glossed, k == i - 2 || t.hasPossessiveParticle, anyOrg(t) != nil { return true }
            k -= 1
        }
        return false
    }

    static let possessiveParticles: TextSet = ["의"]
    static let heldScalars = Array("맡은".unicodeScalars)

    static let researcherScalars = Array("연구원".unicodeScalars)
    static let securitiesScalars = Array("증권".unicodeScalars)

    /// `피서연 전무` … `피 전무는`: one syllable that opens a Korean name of three syllables found before (a
    /// family name the lexicon's list may lack).
    func opensAKoreanNameFound(_ w: Word) -> Bool {
        guard w.count == 1, let f = w.first, Scalars.isHangul(f) else { return false }
        for p in people {
            let name = p.fact.name.unicodeScalars
            if name.first == f, name.count == 3, name.allSatisfy(Scalars.isHangul) { return true }
        }
        return false
    }

    /// Whether a word is a family name standing alone (`쉬`, `저우`, `강`).
    func isSurnameWord(_ t: Token) -> Bool {
        let w = t.baseScalars
        if (1...2).contains(w.count) && lexicon.hangulSurnameWords.contains(w) { return true }
        // `레이 회장은`: a surname whose last syllable only looks like the particle 이.
        let text = t.textScalars
        return text.count == 2 && w.count == 1 && lexicon.hangulSurnameWords.contains(text)
    }

    /// `오카다 유키(岡田由紀)`, `하야시 겐타(林健太)`: a Japanese name, two Hangul words ending at `j`
    /// glossed in three to five Han characters, more than the glossed word's syllables (a Chinese
    /// name's reading has as many syllables as characters), opening its phrase.
    func japaneseName(_ tokens: [Token], endingAt j: Int) -> String? {
        guard j >= 1, Self.isGlossedJapaneseGivenName(tokens[j]) else { return nil }
        let g = tokens[j - 1]
        guard g.particle == nil, !g.period, !g.hasParen, !g.comma, (2...4).contains(g.scalars.count),
            g.scalars.allSatisfy(Scalars.isHangul), !isTitle(g.scalars), g.orgIndex == nil,
            !lexicon.notNameWords.contains(g.scalars),
            j == 1 || tokens[j - 2].particle != nil || tokens[j - 2].comma || tokens[j - 2].quoteAfter
                // (`기조연설자로 나선 미야모토 준(宮本純)`: after a verb's modifying form too.)
                || Self.isAdnominalVerb(tokens[j - 2])
        else { return nil }
        return g.text + " " + tokens[j].base
    }

    /// `나선`, `맡은`, `이끌`: a bare word whose last syllable closes on ㄴ or ㄹ, the form a verb takes
    /// before the noun it describes.
    static func isAdnominalVerb(_ t: Token) -> Bool {
        // (Not `isBare`: `등장한` ends like a verb, which is the point.)
        guard !t.hasParticle, !t.comma, !t.period, !t.hasParen, t.scalars.count >= 2, let last = t.scalars.last,
            Scalars.isHangul(last)
        else {
            return false
        }
        let final = (last.value - 0xAC00) % 28
        return final == 4 || final == 8
    }

    /// `겐타(林健太)`, `유키(岡田由紀)`: a word glossed in three to five Han characters, more than its
    /// syllables: the given name of a Japanese name whose family name is the word before.
    static func isGlossedJapaneseGivenName(_ t: Token) -> Bool {
        guard let p = t.paren else { return false }
        let u = p.unicodeScalars
        return (3...5).contains(u.count) && t.baseScalars.count < u.count && u.allSatisfy(Scalars.isHan)
    }

    /// `오재훈 두나무 대표`: two words that both look like names before a title; the second is the
    /// org when the report names it at least three times and more often than the first (a person
    /// is named in full once or twice, then by family name and title; a company again and again).
    /// Asked only of such pairs, so the walk over the report is rare.
    func isNamedMoreOften(_ w: some ScalarWord, than other: some ScalarWord) -> Bool {
        var a = 0
        var b = 0
        for s in sentences where !s.isDateLine {
            for t in s.tokens {
                if t.baseScalars.elementsEqual(w) { a += 1 } else if t.baseScalars.elementsEqual(other) { b += 1 }
            }
        }
        return a >= 3 && a > b
    }

    /// Whether a Hangul word that looks like a name carries a short Han native (`저우이판(周一帆)`):
    /// it is a person, never an organisation.
    func hasPersonNative(_ t: Token) -> Bool {
        guard let p = t.paren, looksLikeHangulName(t.textScalars, longest: 6) else { return false }
        let scalars = p.unicodeScalars
        if (2...4).contains(scalars.count) && scalars.allSatisfy(Scalars.isHan) { return true }
        // Longer Hangul spellings only of a Han name (`자오밍쉬안(赵明轩)`).
        guard t.textScalars.count <= 4 else { return false }
        // `강민호(Minho Kang)`.
        let words = p.split(separator: " ")
        return words.count == 2 && scalars.allSatisfy { Scalars.isLatin($0) || $0 == " " || $0 == "-" }
            && words.allSatisfy { $0.first?.isUppercase ?? false }
    }

    /// The tokens of a Hangul name written in as many words as the Latin native after its last
    /// word (`라파엘 모레노(Rafael Moreno)`), when the last word alone is no full name.
    func latinNamedSpan(_ tokens: [Token], endingAt j: Int) -> ClosedRange<Int>? {
        // (Latin letters with accents too: `스테판 드블레즈(Stéphane Deblaise)`.)
        guard let p = tokens[j].paren,
            p.unicodeScalars.allSatisfy({
                Scalars.isLatin($0) || $0 == " " || $0 == "-" || Scalars.isAccentedLatin($0)
            })
        else { return nil }
        let words = p.split(separator: " ")
        let n = words.count
        guard (2...3).contains(n), j - n + 1 >= 0,
            words.allSatisfy({ $0.first.map { $0.isUppercase } ?? false })
        else { return nil }
        let span = (j - n + 1)...j
        for k in span {
            let w = tokens[k].textScalars
            // (A comma may close the name: `배민경, 에밀리 박(Emily Park), 정태호 전무가`. A word before the
            // last may end like the particle 이: `카이 뮐러(Kai Müller)`.)
            guard (1...4).contains(w.count), w.allSatisfy(Scalars.isHangul),
                !tokens[k].hasParticle || (k < j && tokens[k].hasParticle(in: Self.iParticle)),
                !tokens[k].comma || k == j, !tokens[k].quoteBefore || k == span.lowerBound,
                !isTitle(w), !lexicon.notNameWords.contains(w)
            else { return nil }
            // `아르준 메타(Arjun Mehta)`: a word that names an org is part of the name when its word of
            // the gloss does not name that org too (`삼성 전자(Samsung Electronics)` is the org).
            if let o = knownOrg(tokens[k]), knownOrg(String(words[k - span.lowerBound])) == o { return nil }
            if k < j, tokens[k].hasParen { return nil }
        }
        // `강민호(Minho Kang)`: one word that is a whole name.
        let last = tokens[j].textScalars
        if last.count >= 3, looksLikeHangulName(last), looksLikeHangulName(tokens[j - 1].textScalars) { return nil }
        return span
    }

    /// A name of two or three Hangul words starting at `k` and glossed on its last word, which may
    /// carry a particle, in Latin (`엘레나 박(Elena Park)이` after a title) or, for two words, in four
    /// or five Han characters (`마쓰다 겐이치(松田健一)는`): the name, its native and the index of its
    /// last word.
    func glossedNameAfter(_ tokens: [Token], from k: Int) -> (String, String, Int)? {
        // (`마쓰다`: a word of a name may end like a verb; only particles and punctuation end it.)
        guard k + 1 < tokens.count, !tokens[k].hasParticle, !tokens[k].comma, !tokens[k].period,
            tokens[k].paren == nil
        else { return nil }
        for e in (k + 1)...min(k + 2, tokens.count - 1) {
            guard var native = tokens[e].paren else {
                if !tokens[e].hasParticle, !tokens[e].comma, !tokens[e].period { continue }
                return nil
            }
            // `에릭 왕(Eric Wang·王一鸣)`: the Latin spelling, then the Han one; the Latin is the native.
            if let latin = Self.latinBeforeHan(native) { native = latin }
            let words = native.split(separator: " ")
            let latin =
                words.count == e - k + 1 && words.allSatisfy({ $0.first.map { $0.isUppercase } ?? false })
                && native.unicodeScalars.allSatisfy({ Scalars.isLatin($0) || $0 == " " || $0 == "-" })
            // `마쓰다 겐이치(松田健一)`: a Japanese name, two words glossed in four or five Han characters.
            let japanese =
                e == k + 1 && (4...5).contains(native.unicodeScalars.count)
                && native.unicodeScalars.allSatisfy(Scalars.isHan)
            guard latin || japanese else { return nil }
            for m in k...e {
                let w = m == e ? tokens[m].baseScalars : tokens[m].textScalars
                // (`왕(…)이`: the word with its particle may spell an org, `왕이`; the name is the base.)
                guard (1...4).contains(w.count), w.allSatisfy(Scalars.isHangul), knownOrg(w, of: tokens[m]) == nil,
                    !isTitle(w), !lexicon.notNameWords.contains(w)
                else { return nil }
            }
            let name = (k..<e).map { tokens[$0].text }.joined(separator: " ") + " " + tokens[e].base
            return (name, native, e)
        }
        return nil
    }

    /// `Eric Wang·王一鸣`: the Latin part of a gloss that gives a Latin spelling, a middle dot, then a
    /// Han one.
    static func latinBeforeHan(_ gloss: String) -> String? {
        let u = gloss.unicodeScalars
        guard let dot = u.firstIndex(of: middleDot) else { return nil }
        let latin = u[..<dot]
        let han = u[u.index(after: dot)...]
        guard let f = latin.first, Scalars.isUpper(f), !han.isEmpty, han.allSatisfy(Scalars.isHan),
            latin.allSatisfy({ Scalars.isLatin($0) || $0 == " " || $0 == "-" })
        else { return nil }
        return String(String.UnicodeScalarView(latin))
    }

    /// `부사장 승진자는 A, B, C 등`, `신임 부총재로는 A(甲), B(乙), C(丙) 3명이`: the names after a
    /// title that introduces a list (at least two).
    func titledList(_ tokens: [Token], after i: Int) -> [Int]? {
        let t = tokens[i]
        var k = i + 1
        if t.hasParticle(in: Self.listParticles) {
            // the list follows the title itself
        } else if !t.hasParticle, !t.comma, k < tokens.count,
            Self.listHeads.contains(where: { tokens[k].baseScalars.starts(with: $0) }), !tokens[k].comma
        {
            k += 1
        } else {
            return nil
        }
        var names: [Int] = []
        while k < tokens.count, isKoreanName(tokens[k]), looksLikeHangulName(tokens[k].baseScalars),
            !tokens[k].hasParticle
        {
            names.append(k)
            guard tokens[k].comma else { break }
            k += 1
        }
        return names.count >= 2 ? names : nil
    }

    static let listParticles: TextSet = ["로는", "으로는", "에는"]
    static let listHeads: [[Unicode.Scalar]] = ["승진자", "선임자", "내정자", "영입자"].map { Array($0.unicodeScalars) }

    /// The person a family name before a title refers to (`천 CEO는` → 천웨이둥): one whose Hangul
    /// name starts with it, preferring one who holds that title (`김 CTO는` → the 최고기술책임자(CTO)),
    /// then one named before the sentence the reference is in (`sentence`, when known), then the one
    /// named last. `오 신임 대표는`: the title may follow `신임`.
    ///
    /// The cheap tests inline (`mentions` asks this of nearly every word, and most fail at the
    /// title, which the token keeps); the rest out of line.
    @inline(__always)
    func surnameReference(_ tokens: [Token], _ k: Int, sentence: Int? = nil) -> Int? {
        // The title first: it fails for most words, and the names' test walks the people.
        guard k + 1 < tokens.count, !tokens[k].hasParticle, !tokens[k].comma else { return nil }
        if isTitleBase(tokens[k + 1]) {
            return surnameReferenceBeforeTitle(tokens, k, title: k + 1, sentence: sentence)
        }
        guard k + 2 < tokens.count, Self.isNewlyAppointed(tokens[k + 1]), isTitleBase(tokens[k + 2]) else {
            return nil
        }
        return surnameReferenceBeforeTitle(tokens, k, title: k + 2, sentence: sentence)
    }

    /// `신임` (newly appointed) with no particle, by its two scalars.
    static func isNewlyAppointed(_ t: Token) -> Bool {
        let w = t.textScalars
        return w.count == 2 && w.first == "신" && w.last == "임"
    }

    /// `surnameReference` once the word is followed by a title (at `title`).
    @inline(never)
    func surnameReferenceBeforeTitle(_ tokens: [Token], _ k: Int, title at: Int, sentence: Int?) -> Int? {
        // (`짐 로완(Jim Rowan) CEO` … `로완 CEO는`: the last word of a name of two words is a family
        // name too.)
        guard
            isSurnameWord(tokens[k]) || endsATwoWordName(tokens[k].baseScalars)
                || startsAJapaneseName(tokens[k].baseScalars) || opensAKoreanNameFound(tokens[k].baseScalars)
        else { return nil }
        let surname = tokens[k].baseScalars
        let title = tokens[at].baseScalars
        var any: Int?
        var anyBefore: Int?
        var titled: Int?
        var titledBefore: Int?
        for (i, p) in people.enumerated() {
            let name = p.fact.name.unicodeScalars
            // `발리안 왕` … `왕 대표는`: a family name written last, after a space.
            guard (name.starts(with: surname) && name.count > surname.count) || Self.lastWord(of: name, is: surname)
            else { continue }
            let before = sentence.map { p.sentence <= $0 } ?? true
            any = i
            if before { anyBefore = i }
            if let t = p.fact.title, Self.titleAnswers(t.unicodeScalars, to: title) {
                titled = i
                if before { titledBefore = i }
            }
        }
        return titledBefore ?? titled ?? anyBefore ?? any
    }

    /// Whether a person's title answers a short reference's title: the same title, its code
    /// (`CTO` of `최고기술책임자(CTO)`), or the title it begins with (`대표` of `대표이사`).
    static func titleAnswers(_ held: String.UnicodeScalarView, to ref: some ScalarWord) -> Bool {
        if held.elementsEqual(ref) { return true }
        guard !ref.isEmpty, held.count > ref.count else { return false }
        if held.starts(with: ref) { return true }
        // `…(CTO)`: the code in parentheses at the end.
        guard held.last == ")" else { return false }
        let scalars = Array(held)
        let end = scalars.count - 1
        let start = end - ref.count
        return start >= 1 && scalars[start - 1] == "(" && scalars[start..<end].elementsEqual(ref)
    }

    /// Whether a Hangul word is the first word of a Japanese name of two words, its family name
    /// (`미야모토` of `미야모토 준(宮本純)`): a person glossed in Han or kana.
    func startsAJapaneseName(_ w: some ScalarWord) -> Bool {
        // (`addPerson` keys a Hangul name of several words by its first word too: one lookup.)
        guard w.count >= 2, let i = personKeys[w] else { return false }
        let name = people[i].fact.name.unicodeScalars
        guard let space = name.index(name.startIndex, offsetBy: w.count, limitedBy: name.endIndex),
            space < name.endIndex, name[space] == " ", let native = people[i].fact.native
        else { return false }
        return native.unicodeScalars.allSatisfy(Scalars.isHanOrKana)
    }

    /// Whether a Hangul word is the last word of a person's name of two words (`로완` of `짐 로완`).
    func endsATwoWordName(_ w: some ScalarWord) -> Bool {
        guard w.count >= 2, w.allSatisfy(Scalars.isHangul) else { return false }
        return people.indices.contains { Self.lastWord(of: people[$0].fact.name.unicodeScalars, is: w) }
    }

    /// Whether a name of several words ends with the word `w` after a space (`왕` of `발리안 왕`),
    /// compared from the end scalar by scalar, without reversed copies.
    static func lastWord(of name: String.UnicodeScalarView, is w: some ScalarWord) -> Bool {
        var n = name.endIndex
        for c in w.reversed() {
            guard n > name.startIndex else { return false }
            n = name.index(before: n)
            if name[n] != c { return false }
        }
        return n > name.startIndex && name[name.index(before: n)] == " "
    }

    /// Whether a word begins with a known org's name (`네이버클라우드`).
    /// One lookup for each prefix that leaves at least two scalars, however many orgs the lexicon
    /// knows.
    func startsWithKnownOrg(_ w: some ScalarWord) -> Bool {
        guard w.count >= 3 else { return false }
        for k in 1...(w.count - 2) where knownOrg(w.prefix(k)) != nil { return true }
        return false
    }

    /// Capitalised words that can form a person's name, starting at `i` (at most three).
    ///
    /// Inlined into a call of the static test with the lexicon's reference alone: called as a
    /// method from the `mutating` `findEnglishPeople` (15 000 times a measured run), it had the
    /// whole run (480 bytes) copied first.
    @inline(__always)
    private func englishName(_ tokens: [Token], from i: Int) -> (String, Int)? {
        Self.englishName(tokens, from: i, box: box)
    }

    /// `englishName(_:from:)`, over the lexicon it reads. Out of line: inlined into the rules, it
    /// would crowd out their own inlining.
    @inline(never)
    private static func englishName(_ tokens: [Token], from i: Int, box: LexiconBox) -> (String, Int)? {
        // The first word must be capitalised.
        guard i < tokens.count, tokens[i].baseLength > 0, let f = tokens[i].scalars.first, Scalars.isUpper(f) else {
            return nil
        }
        // The words are counted first and their `String`s made only for a name of two or three:
        // most calls stop at the first or second word, and the list reserved for them up front was
        // allocated on each (14 000 times a measured run).
        var count = 0
        var j = i
        // `An Conghui (安聪慧)`: a family name that is also a common word opens a name glossed in Han.
        let hanGlossed =
            i + 1 < tokens.count && !tokens[i].comma && !tokens[i].hasParen
            && tokens[i + 1].paren.map { p in
                (2...4).contains(p.unicodeScalars.count) && p.unicodeScalars.allSatisfy(Scalars.isHan)
            } ?? false
        while j < tokens.count, count < 3 {
            // Scalar tests first: the word is ASCII once they pass.
            let w = tokens[j].baseScalars
            // Latin letters with accents too (`José Muñoz`); no event noun (`CEO Investor Day`).
            // (`S.Y. Hsu`: initials open a name.)
            let initials = j == i && Self.isInitials(w)
            guard let f = w.first, Scalars.isUpper(f), w.count >= 2,
                initials
                    || w.allSatisfy({ Scalars.isLatin($0) || $0 == "-" || $0 == "'" || Scalars.isAccentedLatin($0) }),
                !Self.isHyphenatedAdjective(w),
                (hanGlossed && j == i) || !box.lexicon.notNameWords.contains(w),
                knownOrg(w, of: tokens[j], box: box) == nil,
                !box.lexicon.eventNounWords.contains(w),
                box.lexicon.englishTitleWordSet.index(lowercasingASCII: w) == nil
                    // `Cao Wen`: a family name written like a title's code (`CAO`) in other case.
                    || (w.dropFirst().contains(where: { (0x61...0x7A).contains($0.value) })
                        && box.lexicon.surnameWords.contains(w)),
                // The month names by scalars: `w` is ASCII here, where that is `String` equality.
                // (`Lei Jun.` closing a sentence: a month's short name as a name's later word.)
                DateParsing.monthWords.index(of: w) == nil || (j + 1 < tokens.count && !tokens[j + 1].dateLike)
                    || (count > 0 && j + 1 == tokens.count)
            else { break }
            count += 1
            j += 1
            if tokens[j - 1].comma || (tokens[j - 1].period && !initials) || tokens[j - 1].hasParticle { break }
        }
        guard count >= 2 else { return nil }
        // Initials keep the full stop the tokenizer took as a sentence mark (`S.Y.`).
        return (
            tokens[i..<j].map { Self.isInitials($0.baseScalars) && $0.period ? $0.base + "." : $0.base }
                .joined(separator: " "), j
        )
    }

    /// `S.Y`, `J.P`: capitals joined by full stops (the last one taken off by the tokenizer).
    static func isInitials(_ w: some ScalarWord) -> Bool {
        guard (3...5).contains(w.count), w.contains(".") else { return false }
        var letter = true
        for c in w {
            if letter ? !Scalars.isUpper(c) : c != "." { return false }
            letter.toggle()
        }
        return true
    }

    /// The people of an English list sharing one title (`vice presidents A and B`), each with the
    /// Han native after their name's last word.
    mutating func addListedPeople(
        _ names: [(String, Int)],
        _ tokens: [Token],
        title: String,
        org: String?,
        _ s: AnalyzedSentence
    ) {
        for (name, nameEnd) in names {
            addPerson(name: name, native: hanNative(tokens[nameEnd - 1]), title: title, org: org, sentence: s.number)
        }
    }

    /// The names of a list starting at token `i` (`Zhang Xin and Luo Yue`, `A, B and C`), each with
    /// the index after it, and the index after the list.
    /// `three vice presidents who took up new posts this month: Xu Ming (徐明), Priya Nair and Ahmed
    /// Al-Mansoori.`: a list of names after a colon a few words on, ending the sentence.
    func englishNameListAfterColon(_ s: AnalyzedSentence, from i: Int) -> (names: [(String, Int)], end: Int)? {
        let tokens = s.tokens
        let sc = s.sentence.scalars
        guard i < tokens.count - 1 else { return nil }
        // `Three senior vice presidents — A, B and C — followed him`: the names between dashes.
        if Self.dashTexts.contains(tokens[i].text) {
            guard let list = englishNameList(tokens, from: i + 1), list.names.count >= 2, list.end < tokens.count,
                Self.dashTexts.contains(tokens[list.end].text)
            else { return nil }
            return list
        }
        for m in i..<min(i + 12, tokens.count - 1) {
            if tokens[m].comma { return nil }
            guard tokens[m].period else { continue }
            var c = tokens[m].end
            while c < sc.count, Scalars.isSpace(sc[c]) { c += 1 }
            guard c < sc.count, sc[c] == ":" || (tokens[m].end > 0 && sc[tokens[m].end - 1] == ":") else {
                return nil
            }
            guard let list = englishNameList(tokens, from: m + 1), list.names.count >= 2,
                list.end == tokens.count || tokens[list.end - 1].period
            else { return nil }
            return list
        }
        return nil
    }

    static let dashTexts: Set<String> = ["—", "–", "--"]

    /// Whether a word is a country's name glued to `법인` or `지사` (`인도법인`, `미국지사`).
    static func isCountryEntity(_ w: some ScalarWord, countries: WordSet) -> Bool {
        guard w.count >= 4, let last = w.last, last == "인" || last == "사" else { return false }
        let head = w.dropLast(2)
        let tail = w.suffix(2)
        guard tail.elementsEqual("법인".unicodeScalars) || tail.elementsEqual("지사".unicodeScalars) else { return false }
        return countries.contains(head) || countryNames.contains(head)
    }
    static let numberWords: Set<String> = ["Two", "Three", "Four", "Five", "Six", "Both", "All"]

    func englishNameList(_ tokens: [Token], from i: Int) -> (names: [(String, Int)], end: Int)? {
        var names: [(String, Int)] = []
        var j = i
        while let (name, end) = englishName(tokens, from: j) {
            names.append((name, end))
            j = end
            if tokens[end - 1].comma, end < tokens.count {
                if tokens[end].base == "and" { j = end + 1 }
                continue
            }
            if end + 1 < tokens.count, tokens[end].base == "and" {
                j = end + 1
                continue
            }
            break
        }
        guard !names.isEmpty else { return nil }
        // A list that ran into a word that is no name ends at its last name.
        return (names, names[names.count - 1].1)
    }

    /// The English title starting at token `i`, as written, and the index after it.
    ///
    /// Inlined into a call of the static test with the lexicon's reference alone: called as a
    /// method from the `mutating` `findEnglishPeople` (16 000 times a measured run), it had the
    /// whole run (480 bytes) copied first.
    @inline(__always)
    func englishTitle(_ tokens: [Token], at i: Int, plural: Bool = false) -> (String, Int)? {
        Self.englishTitle(tokens, at: i, plural: plural, box: box)
    }

    /// `englishTitle(_:at:plural:)`, over the lexicon it reads; out of line, as `englishName`.
    @inline(never)
    static func englishTitle(_ tokens: [Token], at i: Int, plural: Bool, box: LexiconBox) -> (String, Int)? {
        guard i < tokens.count else { return nil }
        // Most words cannot start a title: their first scalar (lower-cased) starts none.
        if let f = tokens[i].scalars.first, f.value < 0x80 || Scalars.isHangul(f) || Scalars.isHan(f),
            f.value < 0x80
                ? !box.lexicon.englishTitleFirstsASCII[Int(WordSet.lowerASCII(f).value)]
                : !box.lexicon.englishTitleFirsts.contains(f)
        {
            return nil
        }
        // Most words that pass are no key either. With every key of ASCII and Hangul syllables, such
        // a word (the scalars `base` is made of) is a key exactly when its scalars, ASCII lower-cased
        // as `Scalars.lower` does, are one: tested on the keys' `WordSet` before the lower-cased
        // `String` is made and hashed (9 300 lookups a measured run, about 1 300 instructions each).
        let head = tokens[i].hasParticle ? tokens[i].baseScalars : tokens[i].scalars
        // `Co-CEOs S.Y. Hsu and Samson Hu`: a title of one word in the plural.
        let singular = plural && head.count > 2 && head.last == "s" ? head.dropLast() : head
        if box.lexicon.englishTitleKeysPlain, !head.isEmpty, TextSet.isPlain(head),
            box.lexicon.englishTitleFirstWords.index(lowercasingASCII: head) == nil,
            singular.count == head.count || box.lexicon.englishTitleFirstWords.index(lowercasingASCII: singular) == nil
        {
            return nil
        }
        let lowered = Scalars.lower(tokens[i].base)
        guard
            let candidates = box.lexicon.englishTitlesByFirst[lowered]
                ?? (singular.count < head.count
                    ? box.lexicon.englishTitlesByFirst[String(lowered.dropLast())]?.filter { $0.count == 1 } : nil)
        else {
            return nil
        }
        for words in candidates where i + words.count <= tokens.count {
            var ok = true
            var pluralLast = false
            for (k, w) in words.enumerated() {
                let t = tokens[i + k]
                let word = Scalars.lower(t.base)
                // `were named vice presidents`: the last word may be plural.
                if plural, k == words.count - 1, word == w + "s" {
                    pluralLast = true
                    continue
                }
                if word != w || (k < words.count - 1 && t.comma) {
                    ok = false
                    break
                }
            }
            if ok {
                var text = tokens[i..<(i + words.count)].map(\.base).joined(separator: " ")
                if pluralLast { text.removeLast() }
                var next = i + words.count
                // `chairman and chief executive officer`, `Chairman and CEO`.
                // Not `president and head of AVP`: the head of a unit is what the unit records.
                if next + 1 < tokens.count, tokens[next].base == "and", !tokens[next - 1].comma,
                    let (more, after) = englishTitle(tokens, at: next + 1, plural: false, box: box),
                    !(more.lowercased() == "head" && after < tokens.count && tokens[after].base == "of")
                {
                    text += " and " + more
                    next = after
                }
                return (text, next)
            }
        }
        // `Chief Ecosystem Officer Wen Shuya`: any `Chief … Officer` the lexicon does not list.
        if i + 2 < tokens.count, tokens[i].scalars.count == 5, tokens[i + 2].scalars.count == 7,
            tokens[i].isBase(in: Self.chiefWords), tokens[i + 2].isBase(in: Self.officerWords), !tokens[i].comma,
            !tokens[i + 1].comma, !tokens[i + 1].hasParen,
            ExtractionRun.isTitleCase(tokens[i + 1].baseScalars)
                || tokens[i + 1].baseScalars.allSatisfy({ (0x61...0x7A).contains($0.value) })
        {
            return (tokens[i...(i + 2)].map(\.base).joined(separator: " "), i + 3)
        }
        return nil
    }

    /// The organisation named by the capitalised words at `i` (`Ant Group`, `Lenovo's`), known
    /// or not; an unknown one is added.
    mutating func orgAt(_ tokens: [Token], _ i: Int, sentence s: AnalyzedSentence) -> String? {
        guard i < tokens.count else { return nil }
        if i + 1 < tokens.count, let k = knownOrg(pair: tokens[i], tokens[i + 1]) { return orgName(k) }
        // `a researcher at Germany's Fraunhofer Institute`: the country owning the org is not it.
        if tokens[i].isEnglishPossessive, lexicon.countryWordSet.contains(tokens[i].baseScalars), i + 1 < tokens.count {
            return orgAt(tokens, i + 1, sentence: s)
        }
        var words: [String] = []
        var j = i
        while j < tokens.count, words.count < 7,
            Self.isTitleCase(tokens[j].base) || Scalars.isCode(tokens[j].baseScalars)
        {
            words.append(tokens[j].base)
            if tokens[j].comma || tokens[j].period || tokens[j].hasParticle { break }
            j += 1
            // `Fraunhofer Institute for Secure Information Technology`: `for` or `of` inside a
            // name, between Title-case words. (`Hanwha Investment & Securities`: an ampersand too.)
            if j + 1 < tokens.count, words.count >= 2 || Self.isAmpersand(tokens[j]),
                tokens[j].isBase(in: Self.nameJoiningWords) || Self.isAmpersand(tokens[j]),
                Self.isTitleCase(tokens[j + 1].base)
            {
                words.append(tokens[j].base)
                j += 1
            }
        }
        // (`NH Investment & Securities`: an org's whole name before the org its first word leads to.)
        if words.count >= 3, let o = orgNamed(words.joined(separator: " ")) { return o }
        if let o = anyOrg(tokens[i]) { return o }
        // (`an analyst at China International Capital Corp.`: a country opens a company's name of three
        // words or more, not an event's, `Korea Electronics Show 2025`.)
        guard !words.isEmpty,
            !lexicon.notNames.contains(words[0])
                || (words.count >= 3 && lexicon.countryWordSet.contains(tokens[i].baseScalars)
                    && Self.firmEndings.contains(words[words.count - 1]))
        else { return nil }
        let name = words.joined(separator: " ")
        if lexicon.unitNounWords.hasSuffix(Array(name.unicodeScalars)[...]) { return nil }
        if words.count == 1, isUnitCode(tokens[i].baseScalars) { return nil }
        addOrg(OrgFact(name: name), sentence: s)
        return name
    }

    /// An org of three or two words at `j`, written bare, that the report found, with a title right after
    /// it (`a Hyundai Home Shopping senior vice president`): its name and its number of words.
    func orgOfWordsBeforeTitle(_ tokens: [Token], at j: Int) -> (String, Int)? {
        for n in [3, 2] where j + n < tokens.count {
            guard tokens[j..<(j + n)].allSatisfy({ $0.isBare && !$0.hasParen && !$0.isEnglishPossessive }),
                tokens[j].baseScalars.first.map(Scalars.isUpper) == true,
                let o = orgNamed(tokens[j..<(j + n)].map(\.base).joined(separator: " ")),
                englishTitle(tokens, at: j + n) != nil
            else { continue }
            return (o, n)
        }
        return nil
    }

    /// Last words of a firm's name (`China International Capital Corp`, `Korea Investment Securities`).
    static let firmEndings: Set<String> = [
        "Corp", "Corporation", "Co", "Inc", "Ltd", "Group", "Holdings", "Securities", "Capital", "Bank", "Investment",
        "Institute", "Partners", "Research", "Technology", "Technologies", "Association", "Agency", "Council",
        "Federation",
    ]

    /// Lower-case words inside an English org's name (`Institute for …`, `Academy of …`).
    static let nameJoiningWords: TextSet = ["for", "of"]
    /// Whether a token is `&` alone (its scalars compared: the token's `text` is a `String` made on demand).
    static func isAmpersand(_ t: Token) -> Bool { t.textScalars.count == 1 && t.textScalars.first == "&" }

    /// Whether a code is given in the report as a unit's (`AI Platform Group (APG)`,
    /// `클라우드사업그룹(CSIG)`): `general manager of APG` names a unit, not an org.
    func isUnitCode(_ code: some ScalarWord) -> Bool {
        guard Scalars.isCode(code) else { return false }
        let text = Scalars.string(code)
        for s in sentences {
            for t in s.tokens where t.paren == text && lexicon.unitNounWords.hasSuffix(t.baseScalars) {
                return true
            }
        }
        return false
    }

    /// Nouns a report uses for the company it is about (`the company's chief financial officer`).
    static let companyNouns: Set<String> = ["company", "firm", "group"]

    private mutating func findEnglishPeople(in s: AnalyzedSentence) {
        let tokens = s.tokens
        var i = 0
        while i < tokens.count {
            // `Corvane's chief scientist, Dr. Helen Okafor,`: an org's title, then the name.
            // (`The company's chief financial officer, Wang Min,`: the company the report is about.)
            if tokens[i].isEnglishPossessive, i + 1 < tokens.count,
                let (title, after) = englishTitle(tokens, at: i + 1), tokens[after - 1].comma,
                let o = anyOrg(tokens[i])
                    ?? (Self.companyNouns.contains(tokens[i].base.lowercased())
                        ? personOrg(s, near: tokens[i].start) ?? mainOrg ?? orgs.first?.fact.name : nil)
            {
                var n = after
                if n < tokens.count, tokens[n].isBase(in: Self.honorifics) { n += 1 }
                if let (name, nameEnd) = englishName(tokens, from: n),
                    nameEnd == tokens.count || tokens[nameEnd - 1].comma
                        || tokens[nameEnd - 1].period
                        || !(tokens[nameEnd].baseScalars.first.map(Scalars.isUpper) ?? false)
                {
                    addPerson(
                        name: name,
                        native: hanNative(tokens[nameEnd - 1]),
                        title: title,
                        org: o,
                        sentence: s.number
                    )
                    i = nameEnd
                    continue
                }
            }
            // `Orbix president Tom Hale`, `Orbix co-founder and chief technology officer Sam Ortiz`: a
            // lower-case title right after an org, then the name.
            // (The cheap tests first: this is tried at every lower-case word.)
            if i > 0, let f = tokens[i].baseScalars.first, (0x61...0x7A).contains(f.value), !tokens[i - 1].comma,
                tokens[i - 1].baseScalars.first.map(Scalars.isUpper) ?? false,
                lexicon.englishTitleWordSet.index(lowercasingASCII: tokens[i].baseScalars) != nil,
                // `Volcano Engine president Tan Dai`: a two-word org too.
                let o = anyOrg(tokens[i - 1])
                    ?? (i > 1 ? knownOrg(pair: tokens[i - 2], tokens[i - 1]).map { orgName($0) } : nil)
                        // `Qingshan Robotics vice president`: a two-word org the report introduced.
                        ?? (i > 1
                            ? orgByName[Scalars.lower(tokens[i - 2].text + " " + tokens[i - 1].base)].map {
                                orgs[$0].fact.name
                            } : nil),
                let (title, after) = englishTitle(tokens, at: i), !tokens[after - 1].comma,
                let (name, nameEnd) = englishName(tokens, from: after)
            {
                addPerson(name: name, native: hanNative(tokens[nameEnd - 1]), title: title, org: o, sentence: s.number)
                i = nameEnd
                continue
            }
            // `co-CEO Chen Lei`, `vice presidents Zhang Xin and Luo Yue`: a lower-case title, no org
            // before it, then one name, or a plural title and a list of names.
            // (`Vice Presidents Lin Qiao, Gao Yuan and Shen Lu`: a capitalised title, when plural.)
            if let f = tokens[i].baseScalars.first, (0x61...0x7A).contains(f.value) || (0x41...0x5A).contains(f.value),
                lexicon.englishTitleFirstsASCII[Int(WordSet.lowerASCII(f).value)],
                i == 0 || tokens[i - 1].comma || !(tokens[i - 1].baseScalars.first.map(Scalars.isUpper) ?? false)
                    // `Three senior vice presidents — …`: a number word opening the sentence.
                    || (i == 1 && Self.numberWords.contains(tokens[0].base)),
                lexicon.englishTitleWordSet.index(lowercasingASCII: tokens[i].baseScalars) != nil
                    || (tokens[i].baseScalars.last == "s"
                        && lexicon.englishTitleWordSet.index(lowercasingASCII: tokens[i].baseScalars.dropLast()) != nil),
                let (title, after) = englishTitle(tokens, at: i, plural: true), !tokens[after - 1].comma,
                let names = englishNameList(tokens, from: after) ?? englishNameListAfterColon(s, from: after)
            {
                // The plural was taken off the title's last word.
                let plural = !tokens[after - 1].base.lowercased().hasSuffix(title.lowercased().suffix(3))
                if plural ? names.names.count >= 2 : names.names.count == 1 && (0x61...0x7A).contains(f.value) {
                    addListedPeople(names.names, tokens, title: title, org: personOrg(s, near: tokens[i].start), s)
                    i = names.end
                    continue
                }
            }
            // Every pattern starts with a capital (the title's first word, or the name's).
            guard let first = tokens[i].baseScalars.first, Scalars.isUpper(first) else {
                i += 1
                continue
            }
            // `[Org] Vice President Qiu Yuepeng`, `Founder and CEO Dr. Fang Qiming`
            if let (title, titleEnd) = englishTitle(tokens, at: i), !tokens[titleEnd - 1].comma,
                let first = tokens[i].baseScalars.first, Scalars.isUpper(first),
                case let after = titleEnd < tokens.count && tokens[titleEnd].isBase(in: Self.honorifics)
                    ? titleEnd + 1 : titleEnd,
                let (name, nameEnd) = englishName(tokens, from: after)
            {
                var org: String?
                if i > 0, let o = anyOrg(tokens[i - 1]) {
                    org = o
                } else if i > 1, let k = knownOrg(pair: tokens[i - 2], tokens[i - 1]) {
                    org = orgName(k)
                }
                // `Analyst Priya Natarajan of Redfield Research`: the org after the name.
                if org == nil, nameEnd + 1 < tokens.count, !tokens[nameEnd - 1].comma,
                    tokens[nameEnd].base == "of" || tokens[nameEnd].base == "at"
                {
                    org = orgAt(tokens, nameEnd + 1, sentence: s)
                }
                addPerson(
                    name: name,
                    native: hanNative(tokens[nameEnd - 1]),
                    title: title,
                    org: org ?? personOrg(s, near: tokens[i].start),
                    sentence: s.number
                )
                i = after
                continue
            }
            // `Qiu Yuepeng, vice president of Tencent` / `Qiu Yuepeng, Tencent's vice president` /
            // `Daniel Zhang, who will remain chairman of Alibaba`
            let nameHere = englishName(tokens, from: i)
            // `Lee Yu-na and Oh Sang-min, both vice presidents,`: the title of the two names.
            if let (name, after) = nameHere, tokens[after - 1].comma, after + 1 < tokens.count,
                tokens[after].isBase(in: Self.bothWords), i >= 2, tokens[i - 1].isBase(in: Self.andWords),
                let (title, next) = englishTitle(tokens, at: after + 1, plural: true)
            {
                let org = personOrg(s, near: tokens[i].start)
                // The name that ends right before `and` (read once for each start tried).
                var before: (String, Int)?
                for k in max(0, i - 4)...(i - 2) {
                    if let n = englishName(tokens, from: k), n.1 == i - 1 {
                        before = n
                        break
                    }
                }
                if let (first, firstEnd) = before {
                    addPerson(
                        name: first,
                        native: hanNative(tokens[firstEnd - 1]),
                        title: title,
                        org: org,
                        sentence: s.number
                    )
                }
                addPerson(name: name, native: hanNative(tokens[after - 1]), title: title, org: org, sentence: s.number)
                i = next
                continue
            }
            if let (name, after) = nameHere, tokens[after - 1].comma, after < tokens.count {
                var j = after
                while j < tokens.count, j - after < 6, Self.appositionWords.contains(tokens[j].base.lowercased()) {
                    j += 1
                }
                var org: String?
                if j + 1 < tokens.count, tokens[j + 1].isEnglishPossessive,
                    let k = knownOrg(pair: tokens[j], tokens[j + 1])
                {
                    // `Tencent Cloud's head of product`: two words before one.
                    org = orgName(k)
                    j += 2
                } else if j + 2 < tokens.count, tokens[j + 2].isEnglishPossessive, !tokens[j].comma,
                    !tokens[j + 1].comma, let o = orgNamed(tokens[j...(j + 2)].map(\.base).joined(separator: " "))
                {
                    // `Haier Smart Home's vice president`: a found org of three words.
                    org = o
                    j += 3
                } else if j + 1 < tokens.count, tokens[j + 1].isEnglishPossessive, !tokens[j].comma,
                    let k = orgByName[Scalars.lower(tokens[j].text + " " + tokens[j + 1].base)]
                {
                    // `Min Ye-seul, HL Klemove's executive vice president`: a two-word org the report introduced.
                    org = orgs[k].fact.name
                    j += 2
                } else if let (o, n) = orgOfWordsBeforeTitle(tokens, at: j) {
                    // `a Hyundai Home Shopping senior vice president`: a found org of two or three words, then
                    // the title.
                    org = o
                    j += n
                } else if j < tokens.count, let o = anyOrg(tokens[j]) {
                    org = o
                    j += 1
                }
                // `Li Wen, who heads the ICBU,`: the verb gives the title.
                let headsVerb = j < tokens.count && tokens[j].isBase(in: Self.headingVerbs)
                // `Choi Eun-ji, an internet analyst at Hanbit Securities`: an analyst's field before the title
                // (`a consumer electronics analyst`: up to three words).
                var fieldOfAnalyst: String?
                if !headsVerb {
                    var m = j
                    // (Not past an article or an adverb: `formerly a chip analyst`.)
                    while m + 1 < tokens.count, m - j < 3, !tokens[m].comma, englishTitle(tokens, at: m) == nil,
                        tokens[m].baseScalars.allSatisfy({ (0x61...0x7A).contains($0.value) }),
                        !tokens[m].isBase(in: Self.fieldStopWords), !tokens[m].isBase(in: Self.tenseAdverbs)
                    {
                        m += 1
                    }
                    if m > j, m < tokens.count, tokens[m].base.lowercased() == "analyst" {
                        fieldOfAnalyst = tokens[j..<m].map(\.base).joined(separator: " ")
                        j = m
                    }
                }
                if j < tokens.count, var (title, next) = headsVerb ? ("head", j + 1) : englishTitle(tokens, at: j) {
                    if let field = fieldOfAnalyst { title = field + " " + title }
                    // `head of developer relations at Corvane`, `vice president of finance,`,
                    // `head of product for Doubao`: a field in lower case belongs to the title.
                    // (`vice president for overseas markets`: a field after `for` too.)
                    let joiner = next < tokens.count ? tokens[next].base : ""
                    if !headsVerb, !tokens[next - 1].comma, next + 1 < tokens.count, joiner == "of" || joiner == "for" {
                        var m = next + 1
                        var field: [String] = []
                        // (`vice president for ADAS platforms`: an acronym in capitals too, before a field's
                        // word in lower case, not closing the field: `senior vice president of KGM,` is its org.)
                        while m < tokens.count, field.count < 4, tokens[m].base != "at", tokens[m].base != "for",
                            let f = tokens[m].baseScalars.first,
                            (0x61...0x7A).contains(f.value)
                                || (tokens[m].baseScalars.count >= 2
                                    && tokens[m].baseScalars.allSatisfy(Scalars.isUpper)
                                    && !tokens[m].comma && !tokens[m].period && m + 1 < tokens.count
                                    && tokens[m + 1].baseScalars.first.map { (0x61...0x7A).contains($0.value) } == true
                                    && anyOrg(tokens[m]) == nil),
                            !tokens[m].isBase(in: Self.fieldStopWords)
                        {
                            field.append(tokens[m].base)
                            m += 1
                            if tokens[m - 1].comma || tokens[m - 1].period { break }
                        }
                        let closed =
                            m == tokens.count || tokens[m - 1].comma || tokens[m - 1].period
                            || tokens[m].base == "at" || tokens[m].base == "for"
                        if !field.isEmpty, closed,
                            org == nil || tokens[m - 1].comma || (m < tokens.count && tokens[m].base == "for")
                                || (joiner == "for" && tokens[m - 1].period)
                        {
                            title += " " + joiner + " " + field.joined(separator: " ")
                            next = m
                        }
                    }
                    if org == nil, next + 1 < tokens.count, tokens[next].base == "of" || tokens[next].base == "at" {
                        org = orgAt(tokens, next + 1, sentence: s)
                    }
                    addPerson(
                        name: name,
                        native: hanNative(tokens[after - 1]),
                        title: title,
                        org: org ?? personOrg(s, near: tokens[i].start),
                        sentence: s.number
                    )
                    i = next
                    continue
                }
            }
            // `Jack Ma co-founded`, `led by Daniel Zhang`: two capitalised words, one a family name.
            if let (name, after) = nameHere, after - i == 2, personIndex[name] == nil,
                lexicon.surnames.contains(tokens[i].base) || lexicon.surnames.contains(tokens[i + 1].base)
                    || (hanNative(tokens[i + 1]) != nil && knownOrg(pair: tokens[i], tokens[i + 1]) == nil
                        && slotOrg(tokens[i + 1]) == nil),
                after >= tokens.count || !(tokens[after].baseScalars.first.map(Scalars.isUpper) ?? false)
                    || tokens[after - 1].comma,
                !tokens[i + 1].isBase(in: Self.englishOrgSuffixTexts), anyOrg(tokens[i]) == nil,
                // (`BAIC Motor (北汽)`: a name ending in a company's word names no person.)
                !lexicon.orgSuffixWords.contains(tokens[i + 1].baseScalars),
                // (`Suzhou Industrial Park (苏州工业园区)`: glossed as a place or company, no person.)
                tokens[i + 1].paren.map({ !Scalars.hasHan($0) || hanNative(tokens[i + 1]) != nil }) ?? true
            {
                addPerson(
                    name: name,
                    native: hanNative(tokens[after - 1]),
                    title: nil,
                    org: personOrg(s, near: tokens[i].start),
                    sentence: s.number
                )
                i = after
                continue
            }
            i += 1
        }
    }

    /// The words around a title the lexicon does not list (`Chief Ecosystem Officer`).
    static let chiefWords: TextSet = ["Chief", "chief"]
    static let officerWords: TextSet = ["Officer", "officer"]
    /// The present holder's word before a unit and title (`현 로봇사업부 총경리`), no word of the unit's name.
    static let presentWords = WordSet(["현", "현재"])

    /// Words before a name that are not part of it.
    static let honorifics: TextSet = ["Dr", "Dr.", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Prof", "Prof."]

    /// The Han spelling in parentheses after a name's last word (`Gu Xiaoming (顾晓明)`).
    func hanNative(_ t: Token) -> String? {
        // (`Great Wall Motor (长城汽车)`: a Han name ending like a company's is no person's.)
        t.paren.flatMap { p in
            // (`Jang Ye-rin (장예린)`: a Korean's name in Hangul after its Latin spelling is the native too; a
            // hyphenated given name and a family name first, not `Danggeun Market (당근마켓)`.)
            // (`Ye-rin`: lower case after the hyphen, not `Q-Cells`; not a place, `Seongnam-si`.)
            if (2...4).contains(p.unicodeScalars.count), p.unicodeScalars.allSatisfy(Scalars.isHangul),
                let f = p.unicodeScalars.first, lexicon.hangulSurnameScalars.contains(f)
            {
                let w = Array(t.scalars)
                if let h = w.firstIndex(of: "-"), h + 1 < w.count, (0x61...0x7A).contains(w[h + 1].value),
                    let l = w.last, Scalars.isLatin(l),
                    !Self.romanisedPlaceEndings.contains(where: {
                        w.count > $0.count && w.suffix($0.count).elementsEqual($0)
                    })
                {
                    return p
                }
            }
            guard Scalars.hasHan(p), p.unicodeScalars.count <= 4 else { return nil }
            let u = Array(p.unicodeScalars)
            // (Nor a place's: `Suzhou Industrial Park (苏州工业园区)`.)
            return (Self.hanOrgEndings + Self.hanPlaceEndings).contains {
                u.count > $0.count && u.suffix($0.count).elementsEqual($0)
            } ? nil : p
        }
    }

    /// Endings of romanised Korean places (`Seongnam-si`, `Gangnam-gu`).
    static let romanisedPlaceEndings: [[Unicode.Scalar]] = ["-si", "-gu", "-do", "-dong", "-ro", "-gun", "-eup"].map {
        Array($0.unicodeScalars)
    }

    static let hanPlaceEndings: [[Unicode.Scalar]] = ["园区", "新区", "区", "市", "省", "县", "镇", "中心"].map {
        Array($0.unicodeScalars)
    }

    /// A byline or credit line (`By Lin Qiao | Shanghai`, `Reporting by …; Editing by …`): no people.
    static func isByline(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first, let f = first.scalars.first, Scalars.isUpper(f) else { return false }
        if first.scalars.isScalars(Self.capitalByScalars) { return true }
        // Scalars only: no `String` is made for the words of ordinary sentences.
        for k in 0..<(tokens.count - 1) where tokens[k + 1].scalars.isScalars(Self.lowerByScalars) {
            if Self.creditWords.contains(tokens[k].scalars) { return true }
        }
        // `Apr. 9, 2026 - 11:05 | By Kang Min-seo`: `By` after a bar.
        for k in 1..<tokens.count where tokens[k].scalars.isScalars(Self.capitalByScalars) {
            if tokens[k - 1].scalars.isScalars(Self.barScalars) { return true }
        }
        // `Kang Eun-ji in Seoul`: a reporter's name of two or three words and where they file from,
        // the whole sentence.
        // (Two words and the place: `Tim Cook Arrives in Beijing` has more, a headline.)
        if tokens.count == 4, tokens[2].scalars.isScalars(Self.bylineInScalars),
            tokens.allSatisfy({ t in
                t.scalars.isScalars(Self.bylineInScalars) || (t.scalars.first.map(Scalars.isUpper) ?? false)
            }),
            !tokens.contains(where: { $0.comma || $0.hasParen })
        {
            return true
        }
        return false
    }

    static let bylineInScalars: [Unicode.Scalar] = ["i", "n"]

    /// `by` then `By`.
    static let byScalars: [Unicode.Scalar] = ["b", "y", " ", "B", "y"]
    /// `by` (`byScalars.prefix(2)`) and `By` (`byScalars.dropFirst(3)`), as arrays of their own.
    static let lowerByScalars = Array(byScalars.prefix(2))
    static let capitalByScalars = Array(byScalars.dropFirst(3))
    /// `|`, the bar a byline is set after.
    static let barScalars: [Unicode.Scalar] = ["|"]
    static let creditWords = WordSet([
        "Reporting", "Editing", "Writing", "Additional", "reporting", "editing", "Reported", "Written", "Edited",
    ])
    static let appointmentVerbs = WordSet(["named", "appointed", "promoted", "elevated", "elected"])
    static let promotionVerbs = WordSet(["promoted", "elevated"])

    /// After `promoted`: an optional title held, a name, `to` and the title they are promoted to.
    func englishPromotion(_ tokens: [Token], after k: Int) -> (name: String, native: String?, title: String)? {
        var m = k + 1
        if let (_, end) = englishTitle(tokens, at: m), end < tokens.count, !tokens[end - 1].comma { m = end }
        if m < tokens.count, tokens[m].isBase(in: Self.honorifics) { m += 1 }
        guard let (name, nameEnd) = englishName(tokens, from: m), nameEnd + 1 < tokens.count,
            tokens[nameEnd].text == "to", !tokens[nameEnd - 1].comma
        else { return nil }
        var t = nameEnd + 1
        while t < tokens.count, ["a", "the", "its", "new"].contains(tokens[t].text) { t += 1 }
        guard let (title, _) = englishTitle(tokens, at: t) else { return nil }
        return (name, hanNative(tokens[nameEnd - 1]), title)
    }
    static let passiveAuxiliaries: TextSet = ["was", "were", "been", "be", "is", "are", "being"]

    /// `A, B and C were named vice presidents`, `X … was promoted to vice president`: the title of
    /// the people named before the verb; `appointed X as chief executive officer`: the title of X.
    private mutating func findEnglishAppointments(in s: AnalyzedSentence) {
        let tokens = s.tokens
        for k in tokens.indices
        where tokens[k].scalars.count >= 5 && tokens[k].scalars.last == "d"
            && Self.appointmentVerbs.contains(tokens[k].scalars)
        {
            let passive = k > 0 && tokens[k - 1].isText(in: Self.passiveAuxiliaries)
            if passive {
                var m = k + 1
                while m < tokens.count, ["to", "as", "a", "the", "its", "new"].contains(tokens[m].text) { m += 1 }
                guard let (title, _) = englishTitle(tokens, at: m, plural: true) else { continue }
                // The people named before the verb in this sentence.
                var j = 0
                while j < k {
                    if let (name, after) = englishName(tokens, from: j), after <= k, let p = personIndex[name] {
                        // The title the person now holds replaces one written before (`President and
                        // CEO Jaehoon Chang, who was promoted to vice chairman`).
                        people[p].fact.title = title
                        j = after
                    } else {
                        j += 1
                    }
                }
            } else if Self.promotionVerbs.contains(tokens[k].scalars), let promoted = englishPromotion(tokens, after: k)
            {
                // `promoted senior vice president Gao Peng (高鹏) to president`: the new title; the old one
                // is a former title.
                if let p = personIndex[promoted.name] {
                    if let old = people[p].fact.title, old != promoted.title { people[p].formerTitles.append(old) }
                    people[p].fact.title = promoted.title
                } else {
                    addPerson(
                        name: promoted.name,
                        native: promoted.native,
                        title: promoted.title,
                        org: personOrg(s, near: tokens[k].start),
                        sentence: s.number
                    )
                }
            } else if let list = englishNameList(tokens, from: k + 1), list.names.count >= 2, list.end < tokens.count,
                tokens[list.end].text == "as"
            {
                // `appointed A, B and C as new vice presidents`
                var m = list.end + 1
                while m < tokens.count, ["a", "the", "its", "new"].contains(tokens[m].text) { m += 1 }
                guard let (title, _) = englishTitle(tokens, at: m, plural: true) else { continue }
                addListedPeople(list.names, tokens, title: title, org: personOrg(s, near: tokens[k].start), s)
            } else if case let first = k + 1 < tokens.count && Self.honorifics.contains(tokens[k + 1].base)
                ? k + 2 : k + 1,
                let (name, nameEnd) = englishName(tokens, from: first), nameEnd < tokens.count,
                let after = Self.asAfterApposition(tokens, nameEnd)
            {
                // (`named Dr. Fang Lei (方磊) as chief technology officer`: an honorific first.)
                var m = after + 1
                while m < tokens.count, ["a", "the", "its", "new"].contains(tokens[m].text) { m += 1 }
                guard let (title, _) = englishTitle(tokens, at: m) else { continue }
                // `named Jun Young-hyun, head of its chip business, as co-chief executive`: the title
                // named to replaces the one in the apposition.
                if let p = personIndex[name] {
                    if let old = people[p].fact.title, old != title { people[p].formerTitles.append(old) }
                    people[p].fact.title = title
                    continue
                }
                addPerson(
                    name: name,
                    native: hanNative(tokens[nameEnd - 1]),
                    title: title,
                    org: personOrg(s, near: tokens[k].start),
                    sentence: s.number
                )
            }
        }
    }

    /// `Wang Kai (王凯), a veteran cloud-computing executive, would join as Chief Technology Officer`:
    /// the person named first in the sentence takes the title they join as.
    private mutating func findEnglishJoiners(in s: AnalyzedSentence) {
        let tokens = s.tokens
        // (`Jennifer Oh, a former Expedia executive, will become chief financial officer`: a title
        // become, too.)
        for k in tokens.indices.dropLast()
        where (tokens[k].scalars.first == "j" && Self.joinVerbs.contains(tokens[k].text) && tokens[k + 1].text == "as")
            || (tokens[k].scalars.first == "b" && Self.becomeVerbs.contains(tokens[k].text))
        {
            let at = tokens[k + 1].text == "as" ? k + 2 : k + 1
            guard let (title, _) = englishTitle(tokens, at: at) else { continue }
            var j = 0
            while j < k {
                if let (name, after) = englishName(tokens, from: j), after <= k {
                    let native = hanNative(tokens[after - 1])
                    if let p = personIndex[name] {
                        if people[p].fact.title == nil { people[p].fact.title = title }
                    } else if native != nil {
                        addPerson(
                            name: name,
                            native: native,
                            title: title,
                            org: personOrg(s, near: tokens[k].start),
                            sentence: s.number
                        )
                    }
                    break
                }
                j += 1
            }
        }
    }

    static let joinVerbs: Set<String> = ["join", "joins", "joined"]
    static let becomeVerbs: Set<String> = ["become", "becomes", "became"]

    /// The index of `as` after an appointed name: right after it, or after an apposition between
    /// commas (`named José Muñoz, its global chief operating officer, as president`).
    static func asAfterApposition(_ tokens: [Token], _ nameEnd: Int) -> Int? {
        if tokens[nameEnd].text == "as" { return nameEnd }
        guard tokens[nameEnd - 1].comma else { return nil }
        var m = nameEnd
        while m < tokens.count, m - nameEnd < 8, !tokens[m].period {
            if tokens[m].comma { return m + 1 < tokens.count && tokens[m + 1].text == "as" ? m + 1 : nil }
            m += 1
        }
        return nil
    }

    /// Words between a name's comma and its title: `, who will remain chairman`, `, the CEO`,
    /// `, the other co-CEO`, `, who will stay on as executive chairman`.
    static let appositionWords: Set<String> = [
        "the", "a", "an", "who", "will", "remain", "remains", "become", "becomes", "is", "was", "now", "also",
        "currently", "its", "be", "company", "firm", "group", "their", "his", "her", "other", "stay", "stays",
        "on", "as",
    ]

    static let bothWords: TextSet = ["both"]
    static let andWords: TextSet = ["and"]

    /// `X, who heads the ICBU`: verbs that make X its head (not `leads`: who leads research holds no title by it).
    static let headingVerbs: TextSet = ["heads"]

    /// Words that do not go on a title's field after `of`: `president of the company` is a title and its org.
    /// Adverbs of time before an apposition's noun (`formerly a chip analyst`).
    static let tenseAdverbs: TextSet = ["formerly", "previously", "currently", "now", "once", "recently", "later"]
    static let fieldStopWords: TextSet = ["the", "its", "a", "an", "their", "his", "her", "this"]

    /// Emits people at the sentence where each was first named.
    mutating func emitPeople() {
        settleJointTitles()
        // `Fang` of `Fang Qiming`, taken for a company, is no person's org: the words of the English
        // names, gathered once (most reports have none), that no lexicon org has.
        var nameWords: Set<Substring> = []
        // The people read in place (`for p in people` copied each record, its strings retained).
        for i in people.indices where people[i].fact.name.unicodeScalars.first.map({ $0.value < 0x80 }) ?? false {
            // Room for a few names' words at the first, rather than the set regrown word by word.
            if nameWords.isEmpty { nameWords.reserveCapacity(8) }
            // The static lookup: `lexicon.knownOrg` copied the whole `Lexicon` for every word.
            for w in people[i].fact.name.split(separator: " ")
            where Self.knownOrg(Array(w.unicodeScalars)[...], box: box) == nil {
                nameWords.insert(w)
            }
        }
        let fallback = mainOrg.flatMap { nameWords.contains(Substring($0)) ? nil : $0 }
        for i in people.indices {
            if !nameWords.isEmpty, let o = people[i].fact.org, nameWords.contains(Substring(o)) {
                people[i].fact.org = nil
            }
            if people[i].fact.org == nil { people[i].fact.org = fallback }
        }
        for i in people.indices {
            let number = people[i].sentence
            guard let s = sentence(numbered: number) else { continue }
            // `Beijing Electronics Holding (北京电控)`: a "person" of English words whose own org's name ends
            // with theirs is the org, glossed; it is that org.
            let fact = people[i].fact
            if let org = fact.org, let first = fact.name.unicodeScalars.first, first.value < 0x80,
                org.utf8.count > fact.name.utf8.count, org.hasSuffix(" " + fact.name)
            {
                personIndex[fact.name] = nil
                if let native = fact.native {
                    personIndex[native] = nil
                    if let k = orgByName[Scalars.lower(org)] { attachNative(native, toOrg: k) }
                }
                addOrg(OrgFact(name: org, native: fact.native), sentence: s)
                continue
            }
            emit(fact, sentence: s)
        }
    }

    /// Fills `namePartOwner` from the people found so far.
    mutating func indexNameParts() {
        // Written for speed: the people read in place (a `PersonRecord` was copied per person),
        // the words found by one scan of the name (`split` and the list of its distinct words
        // allocated two arrays per person), and the table sized for about three words a name.
        var owners = ScalarTable(capacity: people.count * 3)
        var family: [ArraySlice<Unicode.Scalar>?] = []
        family.reserveCapacity(people.count)
        nameShapes = []
        nameShapes.reserveCapacity(people.count)
        let surnames = lexicon.surnames
        // The distinct words of one name, in order (one list, reused).
        var words: [ArraySlice<Unicode.Scalar>] = []
        for i in people.indices {
            // The words of the name by scalars, each once.
            let name = Array(people[i].fact.name.unicodeScalars)
            words.removeAll(keepingCapacity: true)
            // `name.split(separator: " ")`: its count and first element.
            var parts = 0
            var first: ArraySlice<Unicode.Scalar>?
            var a = 0
            while a < name.count {
                if name[a] == " " {
                    a += 1
                    continue
                }
                var b = a + 1
                while b < name.count, name[b] != " " { b += 1 }
                let word = name[a..<b]
                parts += 1
                if first == nil { first = word }
                if !words.contains(where: { $0.elementsEqual(word) }) { words.append(word) }
                a = b
            }
            // When every scalar is a `Character`, the `Character` split is the scalar split (it
            // compared every `Character` with " " as a `String`).
            if Scalars.charactersAreScalars(name) {
                nameShapes.append((parts, first.map { Scalars.string($0) } ?? ""))
            } else {
                let split = people[i].fact.name.split(separator: " ")
                nameShapes.append((split.count, split.first.map(String.init) ?? ""))
            }
            family.append(Self.familyName(words, surnames: surnames))
            for word in words { owners.set(word, owners[word] == nil ? i : -1) }
        }
        // `Liang said` with `Ross Liang` and `Zhu Liang`: the one whose family name it is.
        var families = ScalarTable()
        for (i, f) in family.enumerated() {
            guard let f else { continue }
            families.set(f, families[f] == nil ? i : -1)
        }
        for (i, f) in family.enumerated() {
            guard let f, families[f] == i else { continue }
            owners.set(f, i)
        }
        namePartOwner = owners
    }

    /// The family name of an English name of two words: the first when it is a listed family name
    /// (`Zhu Liang`, `Lee Soo-jin`), else the last (`Ross Liang`). Static, with the surnames passed:
    /// as a method called from the `mutating` `indexNameParts` it had the run copied first.
    static func familyName(_ words: [ArraySlice<Unicode.Scalar>], surnames: Set<String>) -> ArraySlice<Unicode.Scalar>?
    {
        guard words.count == 2, words.allSatisfy({ $0.first.map(Scalars.isUpper) ?? false }) else { return nil }
        return surnames.contains(Scalars.string(words[0])) ? words[0] : words[1]
    }

    /// The person a token names: the full name, a native spelling, or (in English) one part of a
    /// name met before, when only one person has it.
    ///
    /// The word's first scalar tested inline first: `mentions` asks this of nearly every word
    /// (130 000 calls a measured run), and a word whose first scalar starts no person's key (its
    /// base starts with the same scalar) and is no capital names no one.
    @inline(__always)
    func personMention(_ t: Token) -> Int? {
        if t.baseLength > 0, let f = t.scalars.first, !Scalars.isUpper(f), !personKeys.mayHold(startingWith: f) {
            return nil
        }
        return personMentionPastFirst(t)
    }

    /// `personMention` once the first scalar may start a key or is a capital.
    @inline(never)
    func personMentionPastFirst(_ t: Token) -> Int? {
        if let i = person(t) { return i }
        guard let f = t.baseScalars.first, Scalars.isUpper(f) else { return nil }
        if let owners = namePartOwner {
            guard let owner = owners[t.baseScalars], owner >= 0 else { return nil }
            return owner
        }
        let w = t.base
        var found: Int?
        for (i, p) in people.enumerated() where p.fact.name.split(separator: " ").contains(Substring(w)) {
            if found != nil { return nil }
            found = i
        }
        return found
    }
}
