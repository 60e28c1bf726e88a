import DossierModel

/// Organisations: known ones from the lexicon, and names with a native spelling in a list of
/// companies (`광치(广汽), 창안(长安) 등 19개 양산차 업체`).
extension ExtractionRun {
    static let orgNouns = [
        "업체", "기업", "회사", "제조사", "브랜드", "스타트업", "파트너사", "계열사", "automakers", "companies", "firms",
        "partners", "brands",
    ]
    static let orgNounWords = WordSet(orgNouns)

    /// A known org of three or four words starting at `i` (`Korea Aerospace Research Institute`),
    /// and how many words it takes.
    func knownOrgRun(_ tokens: [Token], at i: Int) -> (Int, Int)? {
        guard i + 3 <= tokens.count, lexicon.orgRunFirsts.index(lowercasingASCII: tokens[i].scalars) != nil else {
            return nil
        }
        // The words as one run of scalars, built once: `A B C` (then `A B C D`), the last word
        // without its particle.
        func breaks(_ t: Token) -> Bool { t.comma || t.period || t.paren != nil }
        guard !breaks(tokens[i]), !breaks(tokens[i + 1]) else { return nil }
        var run = Array(tokens[i].scalars)
        run.append(" ")
        run += tokens[i + 1].scalars
        run.append(" ")
        let third = run.count
        if i + 4 <= tokens.count, !breaks(tokens[i + 2]) {
            run += tokens[i + 2].scalars
            run.append(" ")
            run += tokens[i + 3].baseScalars
            if let k = knownOrg(run[...]) { return (k, 4) }
            run.removeSubrange(third...)
        }
        run += tokens[i + 2].baseScalars
        if let k = knownOrg(run[...]) { return (k, 3) }
        return nil
    }

    mutating func addOrg(_ fact: OrgFact, sentence: AnalyzedSentence) {
        let keys = ([fact.name] + (fact.native.map { [$0] } ?? [])).map { Scalars.lower($0) }
        if keys.contains(where: { orgByName[$0] != nil }) { return }
        for k in keys { orgByName[k] = orgs.count }
        orgs.append((fact, sentence.number))
    }

    /// Finds known organisations (and counts them to settle the main one), then unknown ones.
    mutating func findOrgs() {
        // How often each lexicon org (by index) is named, and the orgs in the order of their first
        // mention: ties of count go to the one named first (not to the order of a `Dictionary`,
        // which differs from one process to the next). An array by index, not a dictionary:
        // `note` runs for every mention.
        var counts = [Int](repeating: 0, count: lexicon.orgs.count)
        // Known orgs (by lexicon index) one of whose names is a key of `orgByName` (`note`): by
        // index too, where a `Set<Int>` cost a hash at every mention.
        var noted = [Bool](repeating: false, count: lexicon.orgs.count)
        var firstSeen: [Int] = []
        for s in sentences where !s.isDateLine {
            var i = 0
            // Whether the sentence has a middle dot at all: one scan, not one per word.
            let dotted = s.sentence.scalars.contains(Self.middleDot)
            while i < s.tokens.count {
                let t = s.tokens[i]
                // Two-word English names first (`Samsung Electronics`).
                // A plain word (`isPlainWord`) needs no scan for scalars to case-map first.
                if i + 1 < s.tokens.count, !t.comma,
                    t.isPlainWord
                        ? lexicon.orgPairFirsts.index(lowercasingASCII: t.scalars) != nil
                        : lexicon.mayStartOrgPair(t.scalars)
                {
                    // `Korea Aerospace Research Institute`: four or three words before two.
                    if let (k, n) = knownOrgRun(s.tokens, at: i) {
                        let form =
                            s.tokens[i..<(i + n - 1)].map(\.text).joined(separator: " ") + " "
                            + s.tokens[i + n - 1].base
                        note(
                            k,
                            form: form,
                            paren: s.tokens[i + n - 1].paren,
                            s: s,
                            counts: &counts,
                            noted: &noted,
                            first: &firstSeen
                        )
                        i += n
                        continue
                    }
                    var pairScalars = Array(t.scalars)
                    pairScalars.append(" ")
                    pairScalars += s.tokens[i + 1].baseScalars
                    if let k = knownOrg(pairScalars[...]) {
                        let pair = t.text + " " + s.tokens[i + 1].base
                        note(
                            k,
                            form: pair,
                            paren: s.tokens[i + 1].paren,
                            s: s,
                            counts: &counts,
                            noted: &noted,
                            first: &firstSeen
                        )
                        i += 2
                        continue
                    }
                }
                if let k = knownOrg(t) {
                    // `lexicon.isOrgName`, its plain-word case on the org names' set alone: the
                    // method, inlined here, had the whole `Lexicon` copied (960 bytes) first.
                    let w = t.textScalars
                    let needsCaseMapping =
                        !t.isPlainWord
                        && w.contains {
                            $0.value >= 0x80 && !Scalars.isHangul($0) && !Scalars.isHan($0) && $0.value != 0xB7
                        }
                    let isName =
                        needsCaseMapping ? lexicon.isOrgName(w) : lexicon.orgWords.index(lowercasingASCII: w) != nil
                    let form = isName ? t.text : t.base
                    note(k, form: form, paren: t.paren, s: s, counts: &counts, noted: &noted, first: &firstSeen)
                } else if dotted, t.scalars.count >= 5, t.scalars.contains(Self.middleDot) {
                    // `토스뱅크·토스증권·토스페이먼츠 등`: known orgs joined by middle dots.
                    for part in t.baseScalars.split(separator: Self.middleDot) where part.count >= 2 {
                        if let k = knownOrg(part) {
                            note(
                                k,
                                form: Scalars.string(part),
                                paren: nil,
                                s: s,
                                counts: &counts,
                                noted: &noted,
                                first: &firstSeen
                            )
                        } else if isSuffixedOrg(part) {
                            addSlotOrg(OrgFact(name: Scalars.string(part)), sentence: s)
                        }
                    }
                }
                i += 1
            }
        }
        preferCommonForms()
        findFrequentOrgs()
        findSlotOrgs()
        keepWrittenGroupForms()
        // The most named, the first named of those.
        var top: (key: Int, value: Int)?
        for k in firstSeen where counts[k] > top?.value ?? 0 { top = (k, counts[k]) }
        mainOrg = top.map { orgName($0.key) }
        mainOrgCount = top?.value ?? 0
        // (Each such org carries its native spelling in a parenthesis: `TokenSummary.hasParen`.)
        for s in sentences where !s.isDateLine && s.summary.hasParen {
            findUnknownOrgs(in: s)
        }
    }

    private mutating func note(
        _ k: Int,
        form: String,
        paren: String?,
        s: AnalyzedSentence,
        counts: inout [Int],
        noted: inout [Bool],
        first: inout [Int]
    ) {
        if counts[k] == 0 { first.append(k) }
        counts[k] += 1
        Self.count(form, in: &formCounts[k, default: []])
        if let paren, introducedForms[k] == nil, Self.introducesAlias(paren) { introducedForms[k] = form }
        // Once one of its names is taken it stays taken (`orgByName` only grows).
        if noted[k] { return }
        // The org's names and their keys as the box made them once (`allNames` built the array and
        // `Scalars.lower` made each key, three times per new org).
        let names = box.orgNames[k]
        let keys = box.orgNameKeys[k]
        if keys.contains(where: { orgByName[$0] != nil }) {
            noted[k] = true
            return
        }
        let entry = lexicon.orgs[k]
        // Name the org as the report writes it, stripped of a group suffix.
        var name = form
        for suffix in ["그룹", " Group"]
        where Text.hasSuffix(name, suffix) && knownOrg(String(name.dropLast(suffix.count))) == k {
            name = String(name.dropLast(suffix.count))
        }
        // (`中国工商银行, ICBC`: the Han part before a comma.)
        let native = paren.flatMap { Scalars.hasHan($0) ? Self.hanPart(of: $0) : nil } ?? entry.native
        // `Text.same`: `==` without normalising plain text.
        let aliases = names.filter { n in !Text.same(n, name) && !(native.map { Text.same(n, $0) } ?? false) }
        let fact = OrgFact(name: name, native: native, aliases: aliases.isEmpty ? nil : aliases)
        // Room for this org's keys at once (and for a few orgs' at the first), rather than the
        // dictionary regrown as they come: lookups do not depend on its capacity, and its one
        // iteration (`findFrequentOrgs`) fills a table whose lookups do not depend on order.
        orgByName.reserveCapacity(Swift.max(32, orgByName.count + keys.count + 1))
        for key in keys { orgByName[key] = orgs.count }
        orgByName[Scalars.lower(name)] = orgs.count
        orgs.append((fact, s.number))
        // Its names are taken now: the test above would say so at its next mention.
        noted[k] = true
    }

    /// The part of a parenthesis before its first comma, when it holds Han characters (`中国工商银行,
    /// ICBC` gives `中国工商银行`); else the whole.
    static func hanPart(of paren: String) -> String {
        guard let comma = paren.firstIndex(where: { $0 == "," || $0 == "，" }) else { return paren }
        let head = String(paren[..<comma]).trimmed()
        return Scalars.hasHan(head) ? head : paren
    }

    /// Adds one to the count of `form` (compared as `String`s are) in an org's forms: a list, not a
    /// dictionary, as an org is written in one to three forms (hashing the form cost more).
    private static func count(_ form: String, in forms: inout [(form: String, count: Int)]) {
        for i in forms.indices where Text.same(forms[i].form, form) {
            forms[i].count += 1
            return
        }
        forms.append((form, 1))
    }

    /// Whether a parenthesis after a name gives the alias used from then on (`中芯国际, 이하 SMIC`,
    /// `이하 SMIC`, `hereafter SMIC`).
    static func introducesAlias(_ paren: String) -> Bool {
        // Scalars, not Foundation's `contains` (about 5,000 instructions a call, for every
        // parenthesis after an org); most parentheses hold neither mark's first scalar.
        let u = paren.unicodeScalars
        guard u.contains("하") || u.contains("h") else { return false }
        let sc = Array(u)
        return KoreanNumbers.matches(sc, at: 0, aliasMark) || Scalars.find(listedAliasMark, in: sc) != nil
            || Scalars.find(dottedAliasMark, in: sc) != nil || Scalars.find(englishAliasMark, in: sc) != nil
    }

    /// `中芯国际, 이하 SMIC`: the native before `, 이하 ` and the alias after it.
    static func nativeAndAlias(_ paren: String) -> (native: String, alias: String)? {
        let u = paren.unicodeScalars
        guard u.contains("하") else { return nil }
        let sc = Array(u)
        // (`普渡机器人·이하 푸두`: a middle dot before `이하` too.)
        for mark in [listedAliasMark, dottedAliasMark] {
            if let k = Scalars.find(mark, in: sc) {
                return (Scalars.string(sc[..<k]), Scalars.string(sc[(k + mark.count)...]))
            }
        }
        return nil
    }

    static let aliasMark = Array("이하 ".unicodeScalars)
    static let listedAliasMark = Array(", 이하 ".unicodeScalars)
    static let dottedAliasMark = Array("·이하 ".unicodeScalars)
    static let englishAliasMark = Array("hereafter ".unicodeScalars)

    /// Names each known org by the form the report introduces it by with an alias for the rest
    /// (`중신궈지(中芯国际, 이하 SMIC)`), else by the form it uses most (`SK텔레콤` over a
    /// headline's `SKT`).
    private mutating func preferCommonForms() {
        for (k, forms) in formCounts {
            guard forms.count > 1, let i = orgByName[Scalars.lower(lexicon.orgs[k].name)] else { continue }
            let current = orgs[i].fact.name
            let top: (form: String, count: Int)
            if let introduced = introducedForms[k] {
                guard !Text.same(introduced, current) else { continue }
                top = (introduced, 0)
            } else {
                guard
                    let most = forms.max(by: { a, b in a.count != b.count ? a.count < b.count : a.form > b.form }),
                    most.count > (forms.first { Text.same($0.form, current) }?.count ?? 0)
                else { continue }
                top = most
            }
            var name = top.form
            for suffix in ["그룹", " Group"]
            where Text.hasSuffix(name, suffix) && knownOrg(String(name.dropLast(suffix.count))) == k {
                name = String(name.dropLast(suffix.count))
            }
            var fact = orgs[i].fact
            let entry = lexicon.orgs[k]
            fact.name = name
            let aliases = entry.allNames.filter { n in
                !Text.same(n, name) && !(fact.native.map { Text.same(n, $0) } ?? false)
            }
            fact.aliases = aliases.isEmpty ? nil : aliases
            orgs[i].fact = fact
            orgByName[Scalars.lower(name)] = i
        }
    }

    /// A known org named as a group (`하이얼그룹(海尔集团)`) is named without the suffix (`하이얼`); the
    /// group's form as written stays among its names, unless it names another org of the report
    /// (`지리홀딩그룹(吉利控股集团, 이하 지리그룹)`). Run once the slot orgs are known.
    mutating func keepWrittenGroupForms() {
        for (k, forms) in formCounts
        where forms.contains(where: { Text.hasSuffix($0.form, "그룹") || Text.hasSuffix($0.form, " Group") }) {
            guard let i = orgByName[Scalars.lower(lexicon.orgs[k].name)] else { continue }
            for f in forms where Text.hasSuffix(f.form, "그룹") || Text.hasSuffix(f.form, " Group") {
                let key = Scalars.lower(f.form)
                let fact = orgs[i].fact
                guard !Text.same(f.form, fact.name), orgByName[key].map({ $0 == i }) ?? true,
                    !(fact.aliases ?? []).contains(where: { Text.same($0, f.form) })
                else { continue }
                orgs[i].fact.aliases = (fact.aliases ?? []) + [f.form]
                orgByName[key] = i
            }
        }
    }

    /// Nouns after a glossed name that make it a product's (`HyperCLOVA (하이퍼클로바) model`).
    static let productNouns: TextSet = [
        "model", "models", "chip", "chips", "app", "apps", "tool", "tools", "platform", "service", "services",
        "series", "phone", "phones", "processor", "processors", "software", "engine", "robot", "robots", "device",
        "devices", "brand", "brands", "line", "lineup", "console", "game", "games", "chatbot", "assistant",
    ]
    /// Words before a glossed name that make it a product's (`its latest HyperCLOVA (하이퍼클로바)`).
    static let productOpeners: TextSet = ["its", "their", "latest", "new", "flagship"]

    /// Whether a gloss opens with a name of the known org that token `t` names, and goes on past it
    /// (`롯데렌탈` after `Lotte`).
    func opensWithOwnName(_ gloss: String, of t: Token) -> Bool {
        guard let k = knownOrg(t) else { return false }
        let u = Array(gloss.unicodeScalars)
        guard u.count >= 3 else { return false }
        return (2..<u.count).contains { n in knownOrg(u[..<n]) == k }
    }

    /// A word with a Han native spelling in a list of companies, or ending with an org suffix
    /// and given a native spelling.
    private mutating func findUnknownOrgs(in s: AnalyzedSentence) {
        for (i, t) in s.tokens.enumerated() {
            guard let gloss = t.paren else { continue }
            // `추먼원원(出门问问, 영문명 Mobvoi)`: the native, then the name the company goes by in English.
            let (paren, latin) = Self.nativeAndLatinName(gloss)
            // (`Nine2One (나인투원), SOCAR's e-bike subsidiary`: an English name glossed in Hangul, when
            // an appositive calls it a company.)
            // (The appositive walked once: it decides both.)
            // (A Han or Hangul gloss first: not `Division (MDD)`, `최고경영자(CEO)`.)
            let hangulParen = paren.unicodeScalars.allSatisfy(Scalars.isHangul)
            // `Sungrow Korea (선그로우코리아), the company's Seoul subsidiary`: an org of the report and a
            // country, glossed, name its subsidiary there (the gloss its native). (`Lotte Rental (롯데렌탈)`: a
            // known org and a word, glossed by a name that opens with the org's own, name a company of the group.)
            if i > 0, hangulParen || Scalars.hasHan(paren),
                t.scalars.allSatisfy(Scalars.isLatin), s.tokens[i - 1].isBare, !s.tokens[i - 1].hasParen,
                s.tokens[i - 1].scalars.allSatisfy({ Scalars.isLatin($0) || $0 == "-" }),
                anyOrg(s.tokens[i - 1]) != nil,
                lexicon.countryWordSet.contains(t.baseScalars)
                    || (hangulParen && Self.isTitleCase(t.baseScalars)
                        && !lexicon.eventNounWords.contains(t.baseScalars)
                        && !lexicon.unitNounWords.contains(t.baseScalars)
                        && opensWithOwnName(paren, of: s.tokens[i - 1]))
            {
                let name = s.tokens[i - 1].text + " " + t.base
                // (Not when the gloss is another org's name: `Tesla Korea (테슬라)`.)
                if knownOrg(name) == nil, orgByName[Scalars.lower(name)] == nil, orgByName[Scalars.lower(paren)] == nil,
                    knownOrg(paren) == nil
                {
                    addOrg(OrgFact(name: name, native: paren), sentence: s)
                } else if let k = orgByName[Scalars.lower(name)] {
                    attachNative(paren, toOrg: k)
                }
                continue
            }
            let calledACompany =
                t.baseScalars.first.map(Scalars.isUpper) == true && (hangulParen || Scalars.hasHan(paren))
                && Self.appositiveNamesACompany(s.tokens, after: i)
            // (`Kyobo Life Insurance (교보생명)`: a Hangul gloss that names a company by its own ending, `생명`.)
            // (Not a unit's gloss: `its Global Strategy Group (글로벌전략그룹)`.)
            let glossScalars = hangulParen ? Array(paren.unicodeScalars)[...] : []
            let unitGloss =
                hangulParen
                && (lexicon.unitNounWords.hasSuffix(glossScalars) || glossScalars.hasSuffix(Self.groupScalars))
            let suffixedGloss =
                hangulParen && !unitGloss && t.baseScalars.first.map(Scalars.isUpper) == true
                && isSuffixedOrg(glossScalars)
            // (`Kyungdong Navien (경동나비엔)`, `Devicemart (디바이스마트)`: a Hangul gloss of five syllables or
            // more spells a company's name out, where a person's name has two to four; not a product's or a
            // place's, `its latest HyperCLOVA (하이퍼클로바) model`, `Qualcomm's Snapdragon (스냅드래곤) chips`, `moved to
            // Indianapolis (인디애나폴리스)`.)
            let spelledGloss =
                hangulParen && !unitGloss && !suffixedGloss && glossScalars.count >= 5
                && t.baseScalars.first.map(Scalars.isUpper) == true
                && !isPlaceOrCountry(t.baseScalars)
                && (i + 1 == s.tokens.count || !s.tokens[i + 1].isBase(in: Self.productNouns))
                && (i == 0
                    || (!s.tokens[i - 1].isEnglishPossessive && !s.tokens[i - 1].isBase(in: Self.productOpeners)
                        && !s.tokens[i - 1].isBase(in: Self.placePrepositions)))
            let hangulGloss = hangulParen && (calledACompany || suffixedGloss || spelledGloss)
            guard Scalars.hasHan(paren) || hangulGloss, !paren.unicodeScalars.contains(" "), knownOrg(t) == nil,
                person(t) == nil
            else { continue }
            // `GAC Group (广汽集团)`, `Didi Autonomous Driving (滴滴自动驾驶)`: Title-case words glossed in
            // Han, ending with a company word or opening with a known org's name.
            if let f = t.baseScalars.first, Scalars.isUpper(f) {
                // (No event, `DJI Agriculture Forum (大疆农业论坛)`, and no unit, `… Business Group (…)`.)
                // (A single word too when an appositive calls it a company: `Nine2One (나인투원), SOCAR's …`.)
                // (`Geek+ (极智嘉), the warehouse robot maker that …`: a Han gloss too, and a `+` at the end.)
                if let (name, first) = englishGlossedName(s.tokens, endingAt: i)
                    ?? ((calledACompany || spelledGloss) && Self.isOneWordCompanyName(t.baseScalars)
                        ? (t.base, i) : nil),
                    !isTitleBase(t),
                    !lexicon.eventNounWords.contains(t.baseScalars),
                    !s.tokens[first..<i].contains(where: { Self.unitWordsInEnglishNames.contains($0.baseScalars) }),
                    knownOrg(name) == nil, person(s.tokens[first]) == nil
                {
                    // (`XGIMI Technology Co. (极米科技)` … `XGIMI`: the running form is the name, the legal
                    // one its alias.)
                    // (`Anker Innovations Technology Co. (安克创新), the … maker better known as Anker`: the name
                    // it is known by, found already by its frequency, takes the native and the long form.)
                    // (Not a place's or a country's name: `known as China's Tesla` is refused already.)
                    // (`Hyosung Heavy Industries (효성중공업)` after `Hyosung`, a known org: the gloss of the known org's
                    // company, not a new one.)
                    // (`Hyundai Home Shopping (현대홈쇼핑)`, spelled out and written whole each time: a company of
                    // its own.)
                    if suffixedGloss || spelledGloss, !calledACompany, s.tokens[first].orgIndex != nil,
                        suffixedGloss || baseCount(s.tokens[first].baseScalars) > baseCount(t.baseScalars)
                    {
                        continue
                    }
                    // (Its first word, the known org's name, was never the known org: not the report's main org
                    // for that; the orgs found are weighed again, `settleMainOrgFromDiscovered`.)
                    if spelledGloss, let k = s.tokens[first].orgIndex, mainOrg == orgName(k) {
                        mainOrg = nil
                        mainOrgCount = 0
                    }
                    let knownAs = Self.knownAsName(s.tokens, after: i).flatMap { n -> String? in
                        let u = Array(n.unicodeScalars)[...]
                        return isPlaceOrCountry(u) || lexicon.notNameWords.contains(u) ? nil : n
                    }
                    if let short = knownAs ?? runningForm(ofGlossedName: name, first: s.tokens[first], in: s),
                        short != name, knownOrg(short) == nil,
                        calledACompany || suffixedGloss || spelledGloss
                            || Self.englishOrgSuffixWordSet.contains(t.baseScalars)
                    {
                        if let k = orgByName[Scalars.lower(short)] {
                            attachNative(paren, toOrg: k)
                            if !(orgs[k].fact.aliases ?? []).contains(name) {
                                orgs[k].fact.aliases = (orgs[k].fact.aliases ?? []) + [name]
                            }
                        } else {
                            addOrg(OrgFact(name: short, native: paren, aliases: [name]), sentence: s)
                        }
                        if calledACompany, !describedCompanies.contains(short) { describedCompanies.append(short) }
                        if let k = orgByName[Scalars.lower(short)], discoveredCounts[orgs[k].fact.name] == nil {
                            markDiscovered(
                                orgs[k].fact.name,
                                count: baseCount(s.tokens[first].baseScalars),
                                names: [orgs[k].fact.name, paren, name]
                            )
                        }
                        continue
                    }
                    if calledACompany {
                        // (Found already by its slot, `Quanta Lab president …`: the native is added.)
                        if let k = orgByName[Scalars.lower(name)] { attachNative(paren, toOrg: k) }
                        addOrg(OrgFact(name: name, native: paren), sentence: s)
                        if !describedCompanies.contains(name) { describedCompanies.append(name) }
                        // Called a company, it may own the figures of its clauses (`discoveredOrg`).
                        if let k = orgByName[Scalars.lower(name)], discoveredCounts[orgs[k].fact.name] == nil {
                            markDiscovered(
                                orgs[k].fact.name,
                                count: baseCount(s.tokens[first].baseScalars),
                                names: [orgs[k].fact.name, paren]
                            )
                            // (`Bambu Lab` is read word by word: its first word leads to it too, unless
                            // the report writes that word without the name's last, as a place's or
                            // people's: `China Merchants Port` … `China's exports`.)
                            if first < i, let w = name.split(separator: " ").first,
                                orgByName[Scalars.lower(String(w))] == nil,
                                !lexicon.countryWordSet.contains(s.tokens[first].baseScalars),
                                !Self.nationalityWords.contains(s.tokens[first].baseScalars),
                                baseCount(s.tokens[first].baseScalars) <= baseCount(t.baseScalars)
                            {
                                orgByName[Scalars.lower(String(w))] = k
                                markDiscovered(names: [String(w)])
                            }
                        }
                    } else if Self.englishOrgSuffixWordSet.contains(t.baseScalars) || s.tokens[first].orgIndex != nil
                        || suffixedGloss || spelledGloss
                    {
                        addOrg(OrgFact(name: name, native: paren), sentence: s)
                    }
                }
                continue
            }
            let name = t.base
            guard !name.isEmpty, !isTitleBase(t), t.particle != "에서" else { continue }
            if lexicon.eventNounWords.hasSuffix(t.baseScalars) { continue }
            if lexicon.unitNounWords.hasSuffix(t.baseScalars) { continue }
            if i + 1 < s.tokens.count, isTitleBase(s.tokens[i + 1]) { continue }
            // (`중국 AI 기업 추먼원원(出门问问)이`: a company noun right before the name says so too.)
            let described =
                latin != nil
                || (i > 0 && !s.tokens[i - 1].hasParticle
                    && Self.isCompanyNounBeforeGloss(s.tokens[i - 1].baseScalars))
            if described, !describedCompanies.contains(name) { describedCompanies.append(name) }
            var companyContext = described || hasOrgSuffix(t.baseScalars)
            if !companyContext {
                var j = i + 1
                while j < min(s.tokens.count, i + 6) {
                    if Self.orgNounWords.hasSuffix(s.tokens[j].baseScalars) {
                        companyContext = true
                        break
                    }
                    j += 1
                }
            }
            guard companyContext else { continue }
            addOrg(OrgFact(name: name, native: paren, aliases: latin.map { [$0] }), sentence: s)
            if let latin, orgByName[Scalars.lower(latin)] == nil {
                orgByName[Scalars.lower(latin)] = orgByName[Scalars.lower(name)]
            }
            // Called a company and named three times or more, it is one of the report's own orgs, as a
            // frequent one is (`findFrequentOrgs`): it may own figures and be the report's main org.
            // (Not a word in a list of partners, nor a product: `'훙루즈싱(红路智行)' 사업을 맡은`.)
            guard described else { continue }
            let count = baseCount(t.baseScalars)
            if count >= 3, discoveredCounts[name] == nil, orgByName[Scalars.lower(name)] != nil {
                markDiscovered(name, count: count, names: [name, paren] + (latin.map { [$0] } ?? []))
            }
        }
    }

    /// Whether a word is a place's (`places`) or a country's (`country_words`) name.
    func isPlaceOrCountry(_ w: some ScalarWord) -> Bool {
        lexicon.placeWords.contains(w) || lexicon.countryWordSet.contains(w)
    }

    /// Gives org `k` the native `paren` when it has none and no org takes that name yet.
    mutating func attachNative(_ paren: String, toOrg k: Int) {
        guard orgs[k].fact.native == nil, orgByName[Scalars.lower(paren)] == nil else { return }
        orgs[k].fact.native = paren
        orgByName[Scalars.lower(paren)] = k
    }

    /// A Title-case word, or one with a `+` after it (`Geek+`): a company's name of one word.
    static func isOneWordCompanyName<W: BidirectionalCollection<Unicode.Scalar>>(_ u: W) -> Bool {
        isTitleCase(u) || (u.count >= 4 && u.last == "+" && isTitleCase(u.dropLast()))
    }

    /// Makes an org found here one of the report's own, as `findFrequentOrgs` does: `name` counted in
    /// `discoveredCounts` (when given), and each of `names` a key of `discoveredKeys` that leads to it.
    mutating func markDiscovered(_ name: String? = nil, count: Int = 0, names: [String]) {
        if let name { discoveredCounts[name] = count }
        for n in names { discoveredKeys.set(Array(Scalars.lower(n).unicodeScalars)[...], 1) }
    }

    /// Words that say the name after them is the company's name in English (`영문명 Mobvoi`).
    /// (Longest first: `영문` would take `영문 사명 Mobvoi`.)
    static let latinNameMarkers = ["English name", "영문 사명", "영문사명", "영문명", "영어명", "영문"]

    /// A gloss of a native spelling, then the name in English after a word that says so
    /// (`出门问问, 영문명 Mobvoi`): the native and the English name. Any other gloss is returned whole.
    static func nativeAndLatinName(_ gloss: String) -> (native: String, latin: String?) {
        // Most glosses hold one name: no comma, nothing to split.
        guard gloss.utf8.contains(0x2C), let comma = gloss.firstIndex(of: ",") else { return (gloss, nil) }
        let rest = gloss[gloss.index(after: comma)...].drop { $0 == " " }
        guard let marker = latinNameMarkers.first(where: { rest.hasPrefix($0 + " ") }) else { return (gloss, nil) }
        let latin = rest.dropFirst(marker.count + 1).drop { $0 == " " }
        guard latin.unicodeScalars.first.map(Scalars.isUpper) == true,
            latin.unicodeScalars.allSatisfy({ Scalars.isLatin($0) || Scalars.isDigit($0) || $0 == " " })
        else { return (gloss, nil) }
        return (String(gloss[..<comma]), String(latin))
    }

    /// Whether the name ending at `i` is followed by `, the … maker of` (or `company that`, `firm,`, or
    /// `, SOCAR's e-bike subsidiary,`): an appositive whose head noun is a company's, not `the company's
    /// model` (a noun after `'s`).
    static func appositiveNamesACompany(_ tokens: [Token], after i: Int) -> Bool {
        // (`, the …`, or an org's possessive of one or two words: `, SOCAR's e-bike subsidiary,`.)
        guard tokens[i].comma, i + 2 < tokens.count else { return false }
        var k = i + 2
        if !tokens[i + 1].isBase(in: articleTexts) {
            let capital = { (t: Token) in t.scalars.first.map(Scalars.isUpper) == true }
            if tokens[i + 1].isEnglishPossessive, capital(tokens[i + 1]) {
                k = i + 2
            } else if i + 3 < tokens.count, capital(tokens[i + 1]), tokens[i + 1].isBare,
                tokens[i + 2].isEnglishPossessive, capital(tokens[i + 2])
            {
                k = i + 3
            } else {
                return false
            }
        }
        while k < min(tokens.count, i + 8) {
            let t = tokens[k]
            if t.hasParticle { return false }
            if englishCompanyNouns.contains(t.baseScalars) {
                return t.comma || t.period || k + 1 == tokens.count || tokens[k + 1].isBase(in: appositiveFollowers)
            }
            // (`Wang Chuanfu (王传福), the chairman of the automaker`, `a former executive at the chipmaker`,
            // `the founder who built the maker`: the head is a person's, the company comes later.)
            if t.comma || t.period || t.isBase(in: appositiveStops) { return false }
            k += 1
        }
        return false
    }

    static let articleTexts: TextSet = ["the", "a", "an"]
    static let appositiveFollowers: TextSet = ["of", "that", "which", "based", "in", "behind", "with", "for"]
    /// Words before an appositive's company noun that make the noun another's (a preposition, or a
    /// person's word).
    static let appositiveStops: TextSet = [
        "of", "that", "which", "in", "behind", "with", "for", "at", "from", "to", "who", "whose", "former",
        "founder", "co-founder", "chairman", "chairwoman", "chief", "executive", "president", "head", "director",
        "analyst", "officer", "partner", "manager", "engineer",
    ]

    static let unitWordsInEnglishNames = WordSet(["Business", "Division", "Unit", "Lab", "Institute"])

    /// Two to four Title-case words or codes ending at `end` (no comma, stop or particle between):
    /// the name and the index of its first word.
    func englishGlossedName(_ tokens: [Token], endingAt end: Int) -> (String, Int)? {
        // (`XGIMI Technology Co. (极米科技)`: a company's legal form, its abbreviation last, may take
        // one word more, `Zhejiang Geely Holding Group Co.`.)
        let legal = tokens[end].isBase(in: Self.companySuffixTexts)
        var a = end
        while a > 0, end - a < (legal ? 4 : 3), !tokens[a - 1].comma, !tokens[a - 1].period,
            tokens[a - 1].particle == nil,
            !tokens[a - 1].hasParen, !tokens[a - 1].quoteAfter,
            Self.isTitleCase(tokens[a - 1].baseScalars) || Scalars.isCode(tokens[a - 1].baseScalars)
        {
            a -= 1
        }
        guard a < end, Self.isTitleCase(tokens[end].baseScalars) || Scalars.isCode(tokens[end].baseScalars) || legal
        else {
            return nil
        }
        // (`The`, `On`: a sentence's first word is no part of a name.)
        if Self.leadingWords.contains(tokens[a].base) { a += 1 }
        guard a < end else { return nil }
        return ((a..<end).map { tokens[$0].text }.joined(separator: " ") + " " + tokens[end].base, a)
    }

    /// `…, the Shenzhen-based chipmaker better known as Goodix`: the name after `better known as` (or
    /// `also`, `simply`, `known simply as`) in the clause after a glossed name: its Title-case words,
    /// or a code. Not `known as China's Tesla` (a possessive), nor after `formerly` or in another
    /// clause (`whose chatbot is known as Kimi`: a comma or a full stop ends the search).
    static func knownAsName(_ tokens: [Token], after i: Int) -> String? {
        guard tokens[i].comma else { return nil }
        var k = i + 1
        while k + 2 < min(tokens.count, i + 24) {
            if tokens[k].period || tokens[k].isBase(in: relativeClauseWords) { return nil }
            if tokens[k].text == "known", tokens[k + 1].text == "as" || tokens[k + 1].text == "simply" {
                // (`Geely Holding Group Co. (…), known as Geely,`: right after the gloss too.)
                let qualified = k == i + 1 || (k > i + 1 && tokens[k - 1].isText(in: knownAsQualifiers))
                let simply = tokens[k + 1].text == "simply"
                let at = simply ? k + 3 : k + 2
                guard qualified || simply, !simply || tokens[k + 2].text == "as", at < tokens.count else { return nil }
                var words: [String] = []
                var m = at
                while m < tokens.count, words.count < 3 {
                    let w = tokens[m].baseScalars
                    guard !tokens[m].isEnglishPossessive, isTitleCase(w) || Scalars.isCode(w) else { break }
                    words.append(tokens[m].base)
                    if !tokens[m].isBare { break }
                    m += 1
                }
                return words.isEmpty ? nil : words.joined(separator: " ")
            }
            // (A comma ends the clause, unless the qualifier and `known` follow it: `…, better known as`.)
            if tokens[k].comma,
                !(k + 2 < tokens.count && tokens[k + 1].isText(in: knownAsQualifiers) && tokens[k + 2].text == "known")
            {
                return nil
            }
            k += 1
        }
        return nil
    }

    static let knownAsQualifiers: TextSet = ["better", "also", "simply", "widely", "commonly", "popularly", "locally"]
    static let relativeClauseWords: TextSet = ["whose", "which", "who", "formerly"]

    /// `XGIMI Technology Co` glossed, `XGIMI` written alone elsewhere in the report: the name the
    /// report goes on with, when the words after it are a company's long form (`longFormWords`:
    /// `Technology`, `Co`), or, after a legal form's abbreviation, any words (`Sungrow Power Supply Co`
    /// … `Sungrow`). The name without its long-form words is preferred when written again
    /// (`Hengtai Technology Group`); a first word counts only where no second word of the name follows
    /// it (`Li Auto Inc.` … `Li Auto` names no `Li`), and a place's or a country's never does.
    mutating func runningForm(ofGlossedName name: String, first: Token, in s: AnalyzedSentence) -> String? {
        // (The abbreviation as a token's base has no full stop: `Co`.)
        func isLongFormWord(_ w: Substring) -> Bool {
            Self.longFormWords.contains(String(w)) || Self.longFormWords.contains(w + ".")
        }
        let all = name.split(separator: " ")
        guard all.count >= 2, isLongFormWord(all[all.count - 1]) else { return nil }
        let legal = Self.companySuffixTexts.contains(String(all[all.count - 1]))
        var words = all
        while words.count > 1, isLongFormWord(words[words.count - 1]) { words.removeLast() }
        guard first.isBare, !isLongFormWord(words[0]) else { return nil }
        if words.count > 1, isWrittenElsewhere(words, not: first, in: s) { return words.joined(separator: " ") }
        guard words.count == 1 || legal, !isNotName(first), !isPlaceOrCountry(first.baseScalars),
            isWrittenElsewhere([words[0]], not: first, in: s, without: all[1]), !isWrittenAsAPlaceOrAParent(first)
        else { return nil }
        return String(words[0])
    }

    /// Whether the report writes the word as a place's (`Ningbo city`, `Zhejiang province`) or as a
    /// group's first word (`Hisense Group`): then it is not a subsidiary's running form. (Not after `in`
    /// or `at`: `at XGIMI Horizon Night`, `invested in Bucketplace`.)
    func isWrittenAsAPlaceOrAParent(_ word: Token) -> Bool {
        let w = word.baseScalars
        for s in sentences where !s.isDateLine {
            let tokens = s.tokens
            for (k, t) in tokens.enumerated() where k + 1 < tokens.count && t.baseScalars.elementsEqual(w) {
                if t.isBare, tokens[k + 1].isBase(in: Self.placeOrParentFollowers) { return true }
            }
        }
        return false
    }

    static let placeOrParentFollowers: TextSet = ["province", "city", "Group", "Holdings"]

    /// Whether `words` are written as consecutive words somewhere else than at `first` (in sentence
    /// `s`), the last one not followed by `without`.
    func isWrittenElsewhere(
        _ words: [Substring],
        not first: Token,
        in s: AnalyzedSentence,
        without: Substring? = nil
    ) -> Bool {
        for other in sentences where !other.isDateLine {
            let tokens = other.tokens
            var k = 0
            while k + words.count <= tokens.count {
                defer { k += 1 }
                if other.number == s.number, tokens[k].start == first.start { continue }
                guard
                    (0..<words.count).allSatisfy({ j in
                        (j == words.count - 1 ? tokens[k + j].base : tokens[k + j].text) == words[j]
                            && (j == words.count - 1 || tokens[k + j].isBare)
                    })
                else { continue }
                let next = k + words.count
                if let without, next < tokens.count, tokens[next - 1].isBare, tokens[next].base == without {
                    continue
                }
                return true
            }
        }
        return false
    }

    /// Emits the org facts at the sentences where they were first met.
    mutating func emitOrgs() {
        // `Baichuan Intelligence (百川智能), known simply as Baichuan`: a name of the report's org and
        // a company word is that org's long form, an alias of it (with its native) rather than an org.
        var longForms: [String: (name: String, native: String?)] = [:]
        // The names of several words, and the orgs' names, looked at only when some org has such a
        // name (most reports' orgs have one word each: no pair is compared).
        let longNames = orgs.lazy.map(\.fact.name).filter { $0.utf8.contains(0x20) }
        let names: Set<String> = longNames.isEmpty ? [] : Set(orgs.map(\.fact.name))
        // The first words of the names of several words: `킹소프트` of `킹소프트 클라우드`.
        var firstWords: Set<Substring> = []
        for name in longNames {
            guard let space = name.lastIndex(of: " ") else { continue }
            if let w = name.split(separator: " ", maxSplits: 1).first { firstWords.insert(w) }
            let last = String(name[name.index(after: space)...])
            let short = String(name[..<space])
            guard
                Self.longFormWords.contains(last)
                    || (Self.unknownLongFormWords.contains(last) && knownOrg(short) == nil)
            else { continue }
            if names.contains(short), longForms[short] == nil {
                longForms[short] = (name, orgs.first { $0.fact.name == name }?.fact.native)
            }
        }
        // `Sony Semiconductor Solutions Corp. (SSS)` and `SSS` counted by frequency: an unknown org named
        // by another's alias is that org.
        var aliasesOfOthers: Set<String> = []
        for (fact, _) in orgs { for a in fact.aliases ?? [] where Scalars.isCode(a) { aliasesOfOthers.insert(a) } }
        for (fact, number) in orgs where productNames.isEmpty || !productNames.contains(fact.name) {
            guard let s = sentence(numbered: number) else { continue }
            if !longForms.isEmpty, longForms.values.contains(where: { $0.name == fact.name }) { continue }
            if !aliasesOfOthers.isEmpty, aliasesOfOthers.contains(fact.name), knownOrg(fact.name) == nil,
                fact.aliases?.contains(fact.name) != true
            {
                continue
            }
            // `킹소프트 클라우드` found, `킹소프트` never written alone: only the longer org is named.
            if firstWords.contains(Substring(fact.name)), !isWrittenAlone(fact.name) { continue }
            // `Hengtai Technology` and `Hengtai Technology Group Co., Ltd.`: a name of several words that
            // opens a longer org's is that org's (not a lexicon org: `Kakao Pay` and its subsidiary
            // `Kakao Pay Securities` are two).
            // (`HL Mando` and `HL Mando Corp.`: the long form is the short name's alias, as above.)
            if fact.name.utf8.contains(0x20), longForms[fact.name] == nil,
                longNames.contains(where: { $0.hasPrefix(fact.name + " ") }), knownOrg(fact.name) == nil
            {
                continue
            }
            // `류웨이광(刘伟光)`: a person found after the org rules ran (not a lexicon org); `Fang` of
            // `Fang Qiming`, named alone often enough to look like a company.
            // `겐이치(松田健一)`: the last word of a person's name, glossed with the person's native.
            if knownOrg(fact.name) == nil,
                personIndex[fact.name] != nil || isPartOfAPersonsName(fact.name)
                    || fact.native.map({ personIndex[$0] != nil }) ?? false
            {
                continue
            }
            // `长城汽车·Great Wall Motor`: a Han native and a Latin name joined by a middle dot are the
            // native and an alias.
            var fact = fact
            if let native = fact.native, native.unicodeScalars.contains(Self.middleDot),
                let (han, latin) = Self.hanAndLatinGloss(native)
            {
                fact.native = han
                if !(fact.aliases ?? []).contains(latin) { fact.aliases = [latin] + (fact.aliases ?? []) }
            }
            if let long = longForms[fact.name] {
                if !(fact.aliases ?? []).contains(long.name) { fact.aliases = (fact.aliases ?? []) + [long.name] }
                if fact.native == nil { fact.native = long.native }
            }
            emit(fact, sentence: s)
        }
    }

    /// Whether an org's name is written as a word not followed by the next word of a longer org's
    /// name that starts with it (`킹소프트` alone, not in `킹소프트 클라우드`).
    func isWrittenAlone(_ name: String) -> Bool {
        let longer = orgs.compactMap { o -> String? in
            guard o.fact.name.hasPrefix(name + " ") else { return nil }
            return o.fact.name.dropFirst(name.count + 1).split(separator: " ").first.map(String.init)
        }
        let w = Array(name.unicodeScalars)
        for s in sentences where !s.isDateLine {
            let tokens = s.tokens
            for k in tokens.indices
            where tokens[k].baseScalars.elementsEqual(w) || tokens[k].textScalars.elementsEqual(w) {
                let alone =
                    k + 1 == tokens.count || tokens[k].hasParticle || tokens[k].comma
                    || !longer.contains(where: { tokens[k + 1].baseScalars.elementsEqual($0.unicodeScalars) })
                if alone { return true }
            }
        }
        return false
    }

    /// Words that follow a company's short name in its long form (`Baichuan Intelligence`).
    static let longFormWords: Set<String> = [
        "Intelligence", "Technology", "Technologies", "Tech", "Holdings", "Group", "Inc", "Inc.", "Corp", "Corp.",
        "Corporation", "Co.", "Ltd", "Ltd.", "Limited",
    ]
    /// Words after an unknown company's short name in its long form (`Hanmi Semiconductor` … `Hanmi`):
    /// after a lexicon org they name its subsidiary (`HD Hyundai Robotics`, `Hanwha Systems`).
    static let unknownLongFormWords: Set<String> = ["Semiconductor", "Electronics", "Robotics", "Software", "Systems"]

    /// Whether a word of one Latin word is a word of a person's name (`Fang`, `Ziyang`).
    func isPartOfAPersonsName(_ name: String) -> Bool {
        guard !name.contains(" "), name.unicodeScalars.first.map(Scalars.isLatin) ?? false else { return false }
        // ASCII names compared by bytes (`hasASCIIWord`): splitting every person's name into
        // `Substring`s for each org cost about 40 000 instructions a call.
        let ascii = name.utf8.allSatisfy { $0 < 0x80 }
        return people.contains { p in
            if ascii, let found = Self.hasASCIIWord(p.fact.name, name) { return found }
            return p.fact.name.split(separator: " ").contains { $0 == name }
        }
    }

    /// Whether `word` (ASCII, without a space) is one of the words of `text` between spaces: for
    /// ASCII text, what `text.split(separator: " ").contains { $0 == word }` says (equal ASCII
    /// strings are equal bytes, and a space stands alone as a character). Nil when `text` is not
    /// all ASCII.
    static func hasASCIIWord(_ text: String, _ word: String) -> Bool? {
        var text = text
        var word = word
        return text.withUTF8 { t in
            word.withUTF8 { w in
                var found = false
                var start = 0
                for i in 0...t.count {
                    if i < t.count {
                        let b = t[i]
                        if b >= 0x80 { return nil }
                        if b != 0x20 { continue }
                    }
                    if !found, i - start == w.count, w.count > 0,
                        UnsafeBufferPointer(rebasing: t[start..<i]).elementsEqual(w)
                    {
                        found = true
                    }
                    start = i + 1
                }
                return found
            }
        }
    }

    /// `Hanwha Aerospace`, `Tencent Cloud`, `LG CNS`, `LG Energy Solution`: a known org of two to four
    /// words whose first word names another known org (`Hanwha`) is the org the words name; the first
    /// word takes its index. And `HD Hyundai`: a known pair whose first word names no org and whose
    /// second names another (`Hyundai`, Hyundai Motor's alias) is the pair's org; its second word then
    /// names none. Only pairs with a word that names an org are tried, so most words cost two tests.
    mutating func joinTwoWordOrgs() {
        noteGlossedNames()
        for s in sentences where !s.isDateLine {
            let tokens = s.tokens
            for i in tokens.indices.dropLast() {
                // `HD Hyundai`: a pair whose first word names no org, whose second names another
                // (`Hyundai`, Hyundai Motor's alias), is the pair's org, and its second word is no org.
                if tokens[i].orgIndex == nil, tokens[i + 1].orgIndex != nil, let f = tokens[i].scalars.first,
                    Scalars.isUpper(f), tokens[i].isBare, !tokens[i].hasParen, !tokens[i].quoteAfter,
                    lexicon.mayStartOrgPair(tokens[i].scalars)
                {
                    if let k = pairOrg(tokens, i), k != tokens[i + 1].orgIndex {
                        tokens[i].setOrgIndex(k)
                        tokens[i + 1].setOrgIndex(nil)
                    }
                    continue
                }
                guard let first = tokens[i].orgIndex, tokens[i].particle == nil, !tokens[i].comma, !tokens[i].period,
                    tokens[i].paren == nil, !tokens[i].quoteAfter
                else { continue }
                // `LG Energy Solution`: a known org of three or four words whose first word names
                // another (`LG`).
                if let (k, _) = knownOrgRun(tokens, at: i), k != first {
                    tokens[i].setOrgIndex(k)
                    continue
                }
                guard lexicon.mayStartOrgPair(tokens[i].scalars), let k = pairOrg(tokens, i), k != first else {
                    continue
                }
                tokens[i].setOrgIndex(k)
            }
        }
    }

    /// The lexicon org a word and the next one's base name together (`HD Hyundai`, `Tencent Cloud`).
    func pairOrg(_ tokens: [Token], _ i: Int) -> Int? {
        var pair = Array(tokens[i].scalars)
        pair.append(" ")
        pair += tokens[i + 1].baseScalars
        return knownOrg(pair[...])
    }

    /// `아르준 메타(Arjun Mehta) 수석부사장`: a word that names a known org (`메타`) but ends a Hangul
    /// name glossed in as many Latin words, none naming that org, is a word of the name, here and
    /// wherever the name is written again (`아르준 메타 수석부사장은`). And every Hangul name glossed in Latin
    /// (`마이클 첸(Michael Chen)이`) is noted in `glossedNames`, for the same words unglossed elsewhere.
    mutating func noteGlossedNames() {
        var names: [String] = []
        for s in sentences where !s.isDateLine && s.summary.hasParen {
            let tokens = s.tokens
            for j in tokens.indices.dropFirst() where tokens[j].paren != nil {
                if tokens[j].orgIndex != nil, let span = latinNamedSpan(tokens, endingAt: j) {
                    names.append(span.map { tokens[$0].text }.joined(separator: " "))
                    tokens[j].setOrgIndex(nil)
                }
                // `마이클 첸(Michael Chen)이`: the name and its gloss, for the same words unglossed.
                if let paren = tokens[j].paren, paren.utf8.contains(0x20),
                    let (name, native, e) = glossedNameAfter(tokens, from: j - 1), e == j,
                    native.unicodeScalars.allSatisfy({ Scalars.isLatin($0) || $0 == " " || $0 == "-" })
                {
                    glossedNames[name] = native
                }
            }
        }
        guard !names.isEmpty else { return }
        for s in sentences where !s.isDateLine && s.summary.hasOrg {
            let tokens = s.tokens
            for j in tokens.indices.dropFirst() where tokens[j].orgIndex != nil && !tokens[j - 1].comma {
                let name = tokens[j - 1].text + " " + tokens[j].base
                if names.contains(name) { tokens[j].setOrgIndex(nil) }
            }
        }
    }
}
