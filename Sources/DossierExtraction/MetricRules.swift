import DossierModel

/// Figures: a number with a counter, unit or currency, its qualifier, the thing counted and the
/// organisation it belongs to. Years, dates, ranks and bare numbers are not figures.
extension ExtractionRun {
    static let notCounters = [
        "개월", "개년", "대학", "대비", "건물", "종합", "종류", "회사", "회장", "회원", "회의", "회계", "회복",
        "회차", "세대", "세기", "세계", "장기", "장비", "장관", "장애", "장소", "장점", "장악",
    ]
    static let prefixQualifiers: [(String, MetricQualifier)] = [
        ("약", .approximately), ("대략", .approximately), ("최소", .atLeast), ("more than", .greater),
        ("over", .greater), ("at least", .atLeast), ("about", .approximately), ("around", .approximately),
        ("approximately", .approximately), ("nearly", .approximately), ("roughly", .approximately),
        ("some", .approximately), ("almost", .approximately), ("less than", .less), ("fewer than", .less),
        ("under", .less), ("up to", .atMost), ("over", .greater), ("최대", .atMost), ("starts at", .atLeast),
        ("starting at", .atLeast), ("start at", .atLeast), ("priced from", .atLeast), ("passed", .greater),
        ("topped", .greater), ("surpassed", .greater), ("exceeded", .greater), ("below", .less),
        ("between", .atLeast), ("pass", .greater), ("exceed", .greater), ("surpass", .greater), ("above", .greater),
    ]
    static let andWordScalars = Array("and".unicodeScalars)
    static let betweenScalars = Array("between ".unicodeScalars)
    static let suffixQualifiers: [(String, MetricQualifier)] = [
        ("이상", .atLeast), ("이하", .atMost), ("초과", .greater), ("미만", .less), ("가량", .approximately),
        ("정도", .approximately), ("남짓", .approximately), ("넘는", .greater), ("넘게", .greater),
        ("or more", .atLeast), ("or less", .atMost), ("안팎", .approximately), ("가까이", .approximately),
        ("내외", .approximately), ("수준", .approximately), ("부터", .atLeast), ("이내", .atMost),
        ("가까운", .approximately), ("아래로", .less),
    ]

    static let suffixQualifierScalars = suffixQualifiers.map { Array($0.0.unicodeScalars) }

    /// Whether `text` ends with `word` whose first (ASCII) letter is written as a capital.
    static func hasCapitalisedSuffix(_ text: some ScalarWord, _ word: [Unicode.Scalar]) -> Bool {
        guard let f = word.first, (0x61...0x7A).contains(f.value), text.count >= word.count else { return false }
        let start = text.endIndex - word.count
        guard text[start].value == f.value - 0x20 else { return false }
        return text[(start + 1)...].elementsEqual(word.dropFirst())
    }
    static let notCounterScalars = notCounters.map { Array($0.unicodeScalars) }
    /// `대로`: the counter 대 and the particle 로 (`1,200대로`).
    static let daeRoScalars: [Unicode.Scalar] = ["대", "로"]

    /// Whether the digits right before `end` are a round ten from 10 to 90 (`30대`), or two of them
    /// (`2030대`): an age group.
    static func endsWithRoundTens(_ sc: [Unicode.Scalar], before end: Int) -> Bool {
        var a = end
        while a > 0, Scalars.isDigit(sc[a - 1]) { a -= 1 }
        guard end - a == 2 || end - a == 4,
            a == 0 || !(Scalars.isDigit(sc[a - 1]) || sc[a - 1] == "," || sc[a - 1] == ".")
        else { return false }
        if end - a == 4 {
            return sc[a] != "0" && sc[a + 1] == "0" && sc[a + 3] == "0" && sc[a].value < sc[a + 2].value
        }
        return sc[a] != "0" && sc[a + 1] == "0"
    }
    static let prefixQualifierScalars = prefixQualifiers.map { (Array($0.0.unicodeScalars), $0.1) }
    /// The scalars the prefix qualifiers end with, and those the suffix qualifiers start with.
    /// Arrays: a dozen comparisons cost less than hashing a scalar.
    static let prefixQualifierLasts = prefixQualifiers.compactMap { $0.0.unicodeScalars.last }
    static let suffixQualifierFirsts = suffixQualifiers.compactMap { $0.0.unicodeScalars.first }

    /// The unit written at `i`: (unit as reported or ISO code, end offset). The longest of the
    /// currencies, counters and units that start with the scalar there (on a tie, the first of
    /// that order).
    func unit(_ sc: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var i = start
        if i < sc.count, Scalars.isSpace(sc[i]) { i += 1 }
        guard i < sc.count else { return nil }
        var best: (String, Int)?
        for c in lexicon.unitWords[Int(sc[i].value & 63)] where KoreanNumbers.matches(sc, at: i, c.scalars) {
            let end = i + c.scalars.count
            // A Latin unit must end the word; `%` and Hangul counters may take a particle.
            if c.latinLast, end < sc.count, Scalars.isLatin(sc[end]) { continue }
            if i > start, c.isPercentSign { continue }
            if best == nil || end > best?.1 ?? 0 { best = (c.value, end) }
        }
        guard let found = best else { return nil }
        // Minutes, seconds or degrees: a unit of one syllable that opens common words too (compared
        // on the scalar: a `String` test here cost about 1 000 instructions a figure).
        let bounded = found.1 - i == 1 && Self.boundedUnitScalars.contains(sc[i])
        // (`아이폰16도 출시`: a number glued to a word is a model's name, and `도` a particle.)
        if bounded {
            var d = start
            while d > 0, Scalars.isDigit(sc[d - 1]) || sc[d - 1] == "." || sc[d - 1] == "," { d -= 1 }
            // (Not `영하40도`, `섭씨150도`.)
            if d > 0, Scalars.isHangul(sc[d - 1]) || Scalars.isLatin(sc[d - 1]),
                !sc[..<d].hasSuffix(Self.belowZeroScalars), !sc[..<d].hasSuffix(Self.celsiusScalars)
            {
                return nil
            }
        }
        // `10분의 1`: a fraction; `밤 10시 30분`: a time of day.
        if bounded, sc[i] == "분" {
            if KoreanNumbers.matches(sc, at: found.1, "의 "), found.1 + 2 < sc.count, Scalars.isDigit(sc[found.1 + 2]) {
                return nil
            }
            var d = start
            while d > 0, Scalars.isDigit(sc[d - 1]) { d -= 1 }
            if d >= 2, sc[d - 1] == " ", sc[d - 2] == "시" { return nil }
        }
        for bad in Self.notCounterScalars where KoreanNumbers.matches(sc, at: i, bad) { return nil }
        // `2만 1천 대로 늘었다`: machines counted, and the particle 로; not an age group (`30대로 낮아졌다`).
        if KoreanNumbers.matches(sc, at: i, Self.daeRoScalars), Self.endsWithRoundTens(sc, before: start) { return nil }
        // `3개 분기 연속 흑자`: how many in a row is a run, not a figure.
        if found.1 + 1 < sc.count, Scalars.isSpace(sc[found.1]) {
            let k = found.1 + 1
            if KoreanNumbers.matches(sc, at: k, "분기 연속") || KoreanNumbers.matches(sc, at: k, "연속") { return nil }
        }
        // After a space the counter is a word of its own, perhaps with a particle (`1200여 곳을`):
        // not the first syllable of another word (`2025 호라이즌`, `파도2 기반`). Minutes, seconds
        // and degrees, even right after the number (`1분기`, `3초점`, `2도시`, not `3분 이내`).
        if i > start || bounded, found.1 < sc.count, Scalars.isHangul(sc[found.1]) {
            var e = found.1
            while e < sc.count, Scalars.isHangul(sc[e]) { e += 1 }
            let opensWithEnding = (1...min(3, e - found.1)).contains { n in
                let head = sc[found.1..<(found.1 + n)]
                return lexicon.particleWords.index(of: head) != nil || Self.counterEndings.index(of: head) != nil
            }
            if !opensWithEnding { return nil }
        }
        // Counters are Hangul and follow the number directly (`100만대`, `45개`), or after one space.
        return found
    }

    static let belowZeroScalars = Array("영하".unicodeScalars)
    static let celsiusScalars = Array("섭씨".unicodeScalars)

    /// Units of one syllable that also open common words (`분기`, `도시`, `초기`).
    static let boundedUnitScalars: [Unicode.Scalar] = ["분", "초", "도"]

    /// The org a sentence is about: a known or found org marked as its topic (`하이란정밀은`; not
    /// `미래에셋벤처투자가 투자를 주도했다`, an actor of one event).
    func subjectOfSentence(_ s: AnalyzedSentence) -> String? {
        for t in s.tokens where t.hasParticle && !s.inQuote(t) && t.hasParticle(in: Self.topicParticles) {
            if let name = t.orgIndex.map({ orgName($0) }) ?? slotOrg(t) { return name }
        }
        return nil
    }

    static let topicParticles: TextSet = ["은", "는"]
    static let speakerParticles: TextSet = ["은", "는", "이", "가"]

    /// The org of the person a sentence names as its subject (`쉬리는 “…”`, `장펑(张鹏) 즈푸AI CEO는`);
    /// not a unit given as their org.
    func speakerOrg(_ s: AnalyzedSentence) -> String? {
        // (`"…," Tang said.`: an English speaker before `said`, or after it.)
        for m in mentions(in: s)
        where s.tokens[m.last].hasParticle(in: Self.speakerParticles)
            || (m.last + 1 < s.tokens.count && Self.englishSaidWords.contains(s.tokens[m.last + 1].base))
            || (m.first > 0 && Self.englishSaidWords.contains(s.tokens[m.first - 1].base))
        {
            if let o = people[m.person].fact.org, !units.contains(where: { $0.fact.name == o }) { return o }
        }
        return nil
    }

    static let englishSaidWords: Set<String> = ["said", "says", "told", "added", "noted", "explained"]

    /// The first offset from `i` on holding an ASCII digit, or the count. A tight scan over a
    /// buffer pointer, one comparison a scalar.
    static func nextDigit(_ sc: [Unicode.Scalar], from i: Int) -> Int {
        sc.withUnsafeBufferPointer { p in
            var k = i
            let n = p.count
            while k < n, p[k].value &- 0x30 > 9 { k &+= 1 }
            return k
        }
    }

    mutating func findMetrics() {
        var seen: [(value: Double, unit: String, subject: String?, what: String?)] = []
        /// The values of `seen`, in the same order.
        var seenValues: [Double] = []
        // A headline's figures (`카카오뱅크, 1분기 순이익 1112억 원 ‘분기 최대’…`) are held back: the
        // body states them again, in a full clause that says whose and what they are.
        let headline = sentences.first { !$0.isDateLine && !$0.sentence.isFurniture }.flatMap { first in
            Self.isHeadline(first.sentence) ? first.number : nil
        }
        var held: [(MetricFact, AnalyzedSentence)] = []
        // The sentence before, whose topic org may own figures (`하이란정밀은 …` then `지난해 매출은
        // 18억 위안`): looked at only when a figure names no org.
        var previousSentence: AnalyzedSentence?
        var currentSentence: AnalyzedSentence?
        // The first scalars of the units' names and codes: a figure's thing is looked up as a unit
        // only when it opens with one of them.
        var unitFirsts: [Unicode.Scalar] = []
        for u in units {
            for w in [u.fact.name, u.fact.code] { if let f = w?.unicodeScalars.first { unitFirsts.append(f) } }
        }
        for s in sentences where !s.isDateLine {
            previousSentence = currentSentence
            currentSentence = s
            // Whose the figures of a sentence naming no org are: the org of the person speaking in
            // it (`쉬리는 “현재 3000곳 …”`), else that of the sentence before, else the report's.
            var contextOrg: String??
            let sc = s.sentence.scalars
            // From the first digit the splitter saw (`Sentence.digitFrom`): none before it.
            var i = s.sentence.digitFrom
            var carried: (what: String, end: Int)?
            /// What the sentence's last figure counted.
            var previousWhat: String?
            // `현장 참관객이 5만여 명`: counts of people at the report's event are the event's (the
            // sentence is searched for an attendance word once it holds such a count).
            var attendedEvent: String??
            var mentionsMarket: Bool?
            var openingUnit: String??
            // `80여 명 규모인 이 본부는`: the unit a demonstrative points back to (looked for once).
            var pointedUnit: (token: Int, unit: String)??
            var mentionsSharePrice: Bool?
            while i < sc.count {
                // Straight to the next digit (`nextDigit`): the test below, scalar by scalar on the
                // array, read every scalar of the report at about 15 instructions each.
                i = Self.nextDigit(sc, from: i)
                guard i < sc.count else { break }
                guard Scalars.isDigit(sc[i]),
                    i == 0
                        || !(Scalars.isDigit(sc[i - 1]) || Scalars.isLatin(sc[i - 1])
                            || sc[i - 1] == "." || sc[i - 1] == ","
                            // `Gen-9`, `Step-R2`: the version of a model's name.
                            || (sc[i - 1] == "-" && i >= 2 && Scalars.isLatin(sc[i - 2]))
                            // `제1개발실`, `제3공장`: an ordinal opening a name.
                            || (sc[i - 1] == "제" && (i == 1 || !Scalars.isHangul(sc[i - 2]))))
                else {
                    i += 1
                    continue
                }
                if let d = s.dates.first(where: { $0.range.contains(i) }) {
                    i = d.range.upperBound
                    continue
                }
                guard let number = KoreanNumbers.read(sc, at: i) else {
                    i += 1
                    continue
                }
                // `360 reported revenue`: a company the lexicon names by a number is no figure.
                if s.summary.hasOrg, let k = s.tokenIndex(at: i), s.tokens[k].start == i, s.tokens[k].orgIndex != nil {
                    i = max(number.range.upperBound, s.tokens[k].end)
                    continue
                }
                i = number.range.upperBound
                var unitName: String?
                var end = number.range.upperBound
                if let code = Self.currencySign(sc, before: number.range.lowerBound) {
                    unitName = code
                } else if let (u, e) = unit(sc, at: end) {
                    unitName = u
                    end = e
                } else {
                    let before = DateParsing.previousWord(sc, before: number.range.lowerBound)
                    if let code = lexicon.currencies[before] { unitName = code }
                }
                var countedOnly = false
                if unitName == nil {
                    // `14,000 people`: the noun counted is the figure's unit, as a counter is (`명`).
                    // (`the second-quarter 2025 earnings call`: a year before a noun counts nothing.)
                    if !Self.isBareYear(sc, number.range), !Self.isModelNumber(sc, number.range),
                        let noun = englishCount(sc, after: number.range.upperBound)
                    {
                        countedOnly = true
                        unitName = Scalars.string(noun)
                    } else if Self.numberOfBefore(sc, number.range.lowerBound) {
                        countedOnly = true
                    } else if Self.endsWithScaleWord(sc, number.range) {
                        // `downloads … passed 1.2 million last year`: a count whose thing came before.
                        countedOnly = true
                    }
                }
                guard unitName != nil || countedOnly else { continue }
                // `11회째`: an ordinal. `40대 임원`, `30대 초반`: an age, not a count of machines.
                if end < sc.count, sc[end] == "째" { continue }
                // (The offsets first: `unitName == "대"` compares `String`s of Hangul, about 260
                // instructions a figure; a `d` after the figure is needed for `dollars` anyway.)
                if end == number.range.upperBound + 1, unitName == "대",
                    Self.isAgeGroup(sc, number.value, after: end)
                {
                    continue
                }
                if end + 1 < sc.count, sc[end + 1] == "d", unitName == "USD",
                    KoreanNumbers.matches(sc, at: end + 1, "dollars")
                {
                    end += 8
                }
                var qualifier: MetricQualifier = number.approximate ? .approximately : .equal
                // The 16 scalars before the number, trimmed of white space and `$`.
                var a = max(0, number.range.lowerBound - 16)
                var b = number.range.lowerBound
                while a < b, Scalars.isSpace(sc[a]) || sc[a] == "\n" || sc[a] == "$" { a += 1 }
                while b > a, Scalars.isSpace(sc[b - 1]) || sc[b - 1] == "\n" || sc[b - 1] == "$" { b -= 1 }
                // `about RMB 6.6 billion`, `around US$2 billion`: the currency's letters too.
                if b > a, Scalars.isUpper(sc[b - 1]) {
                    var c = b
                    while c > a, Scalars.isUpper(sc[c - 1]) { c -= 1 }
                    if b - c <= 3, c > a, Scalars.isSpace(sc[c - 1]) || sc[c - 1] == "$" {
                        b = c
                        while b > a, Scalars.isSpace(sc[b - 1]) { b -= 1 }
                    }
                }
                // The list walked only when the scalar before the number ends some qualifier:
                // walking it retained and released each word, for every figure. `More than 500
                // companies` opening a sentence: the first letter compared in lower case.
                if b > a, Self.prefixQualifierLasts.contains(sc[b - 1]) {
                    for (word, q) in Self.prefixQualifierScalars
                    where sc[a..<b].hasSuffix(word)
                        || (b - a >= word.count && Scalars.isUpper(sc[b - word.count])
                            && Self.hasCapitalisedSuffix(sc[a..<b], word))
                    {
                        let head = b - word.count
                        if head == a || sc[head - 1] == " " || sc[head - 1] == "," || sc[head - 1] == "\u{201C}"
                            || sc[head - 1] == "\"" || sc[head - 1] == "\u{2018}"
                        {
                            qualifier = q
                            break
                        }
                    }
                }
                // `between RMB 1.0 billion and RMB 1.2 billion`: the second figure is the upper bound.
                if qualifier == .equal, b - a >= 3, sc[a..<b].hasSuffix(Self.andWordScalars),
                    b - 3 == a || sc[b - 4] == " ",
                    (Scalars.find(Self.betweenScalars, in: sc, from: max(0, b - 48)).map({ $0 < b - 3 }) ?? false)
                {
                    qualifier = .atMost
                }
                var j = end
                while j < sc.count, Scalars.isSpace(sc[j]) { j += 1 }
                // Likewise only when the scalar at `j` starts some qualifier.
                if j < sc.count, Self.suffixQualifierFirsts.contains(sc[j]) {
                    for (word, q) in Self.suffixQualifiers where KoreanNumbers.matches(sc, at: j, word) {
                        qualifier = q
                        break
                    }
                }
                // `1200억 개를 넘었다`, `1억 km를 돌파했다`, `60%를 웃돈다`.
                var k = j
                while k < sc.count, k - j < 2, sc[k] == "을" || sc[k] == "를" || sc[k] == "이" || sc[k] == "가" { k += 1 }
                while k < sc.count, Scalars.isSpace(sc[k]) { k += 1 }
                if k > j,
                    KoreanNumbers.matches(sc, at: k, "넘") || KoreanNumbers.matches(sc, at: k, "돌파")
                        || KoreanNumbers.matches(sc, at: k, "상회") || KoreanNumbers.matches(sc, at: k, "웃돌")
                        || KoreanNumbers.matches(sc, at: k, "웃돈") || KoreanNumbers.matches(sc, at: k, "웃도")
                {
                    qualifier = .greater
                }
                var what = thingCounted(s, number: number.range, unitEnd: end)
                if let w = what { what = Self.withoutComparison(w) }
                // (The sentence is searched for `주가` once, at its first figure.)
                if mentionsSharePrice == nil {
                    mentionsSharePrice = Scalars.find(Self.sharePriceScalars, in: sc) != nil
                }
                if mentionsSharePrice == true,
                    let stock = koreanSharePrice(s, number: number.range, unitEnd: end, after: j, unit: unitName)
                {
                    what = stock
                }
                // `영업이익이 1천484억 원으로 … 8.9% 늘었다`: the change is about the same thing.
                if what == nil, let c = carried, c.end <= number.range.lowerBound,
                    !sc[c.end..<number.range.lowerBound].contains(",")
                {
                    what = c.what
                }
                carried = nil
                if let earlier = previousWhat {
                    if let rise = change(sc, number: number.range, after: j) {
                        // `전년 대비 9% 늘었다`, `up 22.4 percent`: the change of what the clause
                        // counted before; the change noun unless the thing already says it.
                        if what == nil || what == earlier {
                            what = Self.changeName(of: earlier, rise: rise, unit: unitName)
                        }
                    } else if Self.inParentheses(sc, before: number.range.lowerBound) {
                        // `251억 위안(약 4조 6천억 원)`, `1년 전(5천만 회)보다`: the same thing, converted
                        // or at another time.
                        what = earlier
                    }
                }
                // `The company employs 1,200 people`: its employees.
                // (`employs about 1,400 people`, `a combined workforce of about 1,100 people`.)
                if what == "people", let k = s.tokenIndex(at: number.range.lowerBound),
                    s.tokens[max(0, k - 3)..<k].contains(where: { $0.isBase(in: Self.employingWords) })
                {
                    what = "employees"
                }
                if let w = what { previousWhat = w }
                if let w = what {
                    var k = end
                    if k < sc.count, sc[k] == "으" { k += 1 }
                    if k < sc.count, sc[k] == "로" { carried = (w, k + 1) }
                }
                var subject = subjectOrg(s, near: number.range.lowerBound, fallback: false)
                if !units.isEmpty, let unit = unitTopic(s, before: number.range.lowerBound) { subject = unit }
                // `“우리 센터가 … 412건으로 … 27% 늘었다”`: in the speaker's words, their own unit's.
                if !units.isEmpty, !s.sentence.quotes.isEmpty,
                    let unit = ownUnitInQuotation(s, before: number.range.lowerBound)
                {
                    subject = unit
                }
                // (The sentence is searched for `시장` once, at its first figure.)
                if mentionsMarket == nil { mentionsMarket = Scalars.find(Self.marketScalars, in: sc) != nil }
                if mentionsMarket == true, let market = marketTopic(s, before: number.range.lowerBound) {
                    subject = market
                }
                // `The Global Business Group will start with 240 staff`, `The division … now has 85
                // employees`: an English sentence opened by a unit is about the unit.
                // (Not past another owner: `the company's roughly 140 employees`, `Sinotrans, which plans …`.)
                // (The sentence's opening unit is looked for once, at its first figure.)
                if openingUnit == nil {
                    openingUnit = .some(
                        !units.isEmpty && s.tokens.first?.unicodeIsLatin == true ? englishUnitSubject(s) : nil
                    )
                }
                if let unit = openingUnit ?? nil {
                    // (A loop, not `contains(where:)`: its closure had the whole run copied.)
                    var owned = false
                    // (`The Mobility Data Division (MDD), set up … with 45 engineers`: the unit's own code
                    // is no other owner.)
                    let code = units.first { $0.fact.name == unit }?.fact.code
                    // (`The Smart Home Division (SHD), built on the business Zigbang bought from Samsung SDS
                    // in 2022, will start with 420 employees`: an org in an aside between two commas, opened
                    // by a word in lower case, owns none of it.)
                    let aside = Self.englishAside(s.tokens, before: number.range.lowerBound)
                    for (k, t) in s.tokens.enumerated() {
                        if t.start >= number.range.lowerBound { break }
                        if let aside, aside.contains(k) { continue }
                        if t.orgIndex != nil
                            || (t.hasParen && !isPersonsLastWord(t) && (code == nil || t.paren != code))
                            || t.isBase(in: Self.otherOwnerWords)
                        {
                            owned = true
                            break
                        }
                    }
                    if !owned { subject = unit }
                }
                // `the Matter Solutions Group (MSG), which was created in June with 70 engineers`: the unit's own
                // people at its start.
                if !units.isEmpty, s.tokens.first?.unicodeIsLatin == true,
                    let unit = unitCreatedWith(s, before: number.range.lowerBound)
                {
                    subject = unit
                }
                if !units.isEmpty, subject == nil {
                    if pointedUnit == nil { pointedUnit = .some(unitPointedBack(s)) }
                    // (In the figure's clause only: no comma between them.)
                    if let (at, unit) = pointedUnit ?? nil, let n = s.tokenIndex(at: number.range.lowerBound),
                        !s.tokens[min(n, at)..<max(n, at)].contains(where: \.comma)
                    {
                        subject = unit
                    }
                }
                // `쿠팡은 유통플랫폼부문 인력을 500명으로`: a figure whose thing opens with a unit's name is
                // the unit's. (Only a word shaped like a unit's name or code is looked up.)
                if !units.isEmpty, let w = what, let f = w.unicodeScalars.first, unitFirsts.contains(f),
                    let space = w.utf8.firstIndex(of: 0x20)
                {
                    let head = Array(w[..<space].unicodeScalars)
                    if isUnitHead(head[...]) || Scalars.isCode(head), let unit = unitWritten(head) { subject = unit }
                }
                // `IPG, GPG, 엔진기술센터(ETC)의 3개 부문 체제로`: a count of units the company is organised
                // in (`체제`) is the company's, not the unit's named before it. (Not `AI혁신원은 3개 센터로
                // 구성된다`: a unit's own units.)
                // (Bytes compared: `String` equality of Hangul costs the runtime's normalising comparison.)
                if !units.isEmpty, let w = what, w.utf8.count > 7, w.utf8.suffix(7).elementsEqual(Self.systemSuffix),
                    unitName?.utf8.elementsEqual(Self.countWordUTF8) == true, let sub = subject,
                    let space = w.firstIndex(of: " "), lexicon.unitNounWords.contains(String(w[..<space])),
                    units.contains(where: { $0.fact.name == sub })
                {
                    subject = subjectOrg(s, near: number.range.lowerBound, fallback: true)
                }
                // `삼성전자(27%), LG전자(18%) 등에 이어`: a figure in the parenthesis of an org's name is
                // that org's.
                if number.range.lowerBound > 0, sc[number.range.lowerBound - 1] == "(",
                    let k = s.tokenIndex(at: number.range.lowerBound), s.tokens[k].start < number.range.lowerBound - 1,
                    let owner = ownerOfParenthesis(s.tokens[k])
                {
                    subject = owner
                }
                if subject == nil {
                    if contextOrg == nil {
                        contextOrg = .some(
                            speakerOrg(s) ?? previousSentence.flatMap { subjectOfSentence($0) } ?? mainOrg
                        )
                    }
                    subject = contextOrg ?? mainOrg
                }
                // (Not in a speaker's words: `“KT클라우드는 … 3곳으로 늘릴 계획”이라고` at a signing they attend.)
                if !events.isEmpty,
                    countedOnly || unitName.map({ Self.attendanceUnits.contains(TextKey($0)) }) ?? false,
                    !s.sentence.inQuote(number.range.lowerBound)
                {
                    if attendedEvent == nil {
                        attendedEvent =
                            lexicon.attendanceTable.first(in: sc[...]) == nil ? .some(nil) : eventNamed(in: s)
                    }
                    if let e = attendedEvent ?? nil { subject = e }
                }
                // A figure about a product belongs to the org that makes it (the issue: "the thing
                // counted and the organisation it belongs to"); the product is named in what is
                // counted (`어니봇 사용자`), as the seed's annotation does (`위챗 … 의료기관`).
                var product: String?
                if !quotedProducts.isEmpty, let p = productOwner(s, before: number.range.lowerBound) { product = p }
                if let p = nounProduct(s, before: number.range.lowerBound) { product = p }
                if let product {
                    if let sub = subject, sub == product || (!productNames.isEmpty && productNames.contains(sub)) {
                        subject = mainOrg
                    }
                    if let w = what, !w.contains(product) {
                        what = product + " " + w
                    } else if what == nil {
                        what = product
                    }
                }
                let value = number.value
                // `seen.contains(where:)`, with the values compared first from their own list:
                // each element the search copied out of `seen` retained and released its three
                // strings, for every figure against every one before it.
                var repeated = false
                for k in seenValues.indices where seenValues[k] == value {
                    let m = seen[k]
                    if m.unit == (unitName ?? "") && m.subject == subject
                        && (m.what == nil || what == nil || (m.what ?? "").contains(what ?? "")
                            || (what ?? "").contains(m.what ?? ""))
                    {
                        repeated = true
                        break
                    }
                }
                if repeated { continue }
                // (`전년 동기 대비 12.3% 늘었고`: the year a figure is compared with is not its date.)
                let date = s.dates.first(where: {
                    $0.start.hasYear && $0.range.upperBound <= number.range.lowerBound
                        && !Self.isComparisonBase(sc, after: $0.range.upperBound)
                })?
                .start
                // `영하 40도`: a temperature below zero.
                // (The scalars before the figure first: most figures have no `하` there.)
                let belowZero =
                    number.range.lowerBound >= 2
                    && (sc[..<number.range.lowerBound].hasSuffix(Self.belowZeroScalars)
                        || (number.range.lowerBound >= 3
                            && sc[..<(number.range.lowerBound - 1)].hasSuffix(Self.belowZeroScalars)))
                    && (unitName == "도" || unitName == "℃")
                // `“수율이 80%를 넘어야 …”`, `“단가가 3만 위안 밑으로 내려가면 …”`: a condition, not a figure claimed.
                if Self.statesACondition(sc, after: end) { continue }
                let fact = MetricFact(
                    subject: subject,
                    what: what,
                    value: belowZero ? -value : value,
                    unit: unitName,
                    qualifier: qualifier,
                    date: date
                )
                if s.number == headline {
                    held.append((fact, s))
                    continue
                }
                // A subheading's figures (`◇ 부총경리 2명 신규 선임… 시총 3천억 위안`) sum up the body's:
                // they are the body's to give.
                if Self.isSubheading(s.sentence) { continue }
                seen.append((value, unitName ?? "", subject, what))
                seenValues.append(value)
                emit(fact, sentence: s)
            }
        }
        // (`4만 2천대` in the headline, `4만 2,013대` in the body: a headline rounds.)
        // (`5,000 enterprise users` in the headline, `5,000 enterprises` in the body: counts of the same.)
        for (fact, s) in held
        where !seen.contains(where: {
            ($0.unit == (fact.unit ?? "") || (Self.isCountUnit($0.unit) && Self.isCountUnit(fact.unit ?? "")))
                && abs($0.value - fact.value) <= 0.01 * Swift.max(abs($0.value), 1)
        }) {
            seen.append((fact.value, fact.unit ?? "", fact.subject, fact.what))
            seenValues.append(fact.value)
            emit(fact, sentence: s)
        }
    }

    /// Particles that make a unit the topic of a figure's clause (`IDG에는 약 5000명의 엔지니어가`).
    static let unitTopicParticles: TextSet = ["은", "는", "이", "가", "에는", "의"]
    /// What a figure measures, marked 의 before it (`매출의 38%`): no owner of it.
    static let measureNouns = WordSet([
        "매출", "매출액", "영업이익", "순이익", "영업손실", "순손실", "거래액", "출하량", "판매량", "수주액", "인력",
    ])
    /// Words whose possessive says when, not whose (`지금의`, `현재의`, `기존의`).
    static let nonTopicPossessives: TextSet = ["지금", "현재", "기존", "당시"]

    /// The unit a figure's clause is about: the nearest marked word before the figure, in the same
    /// clause, when it names one of the report's units (by code or name), not an org. The unit is
    /// given by its name, its code when it has none (`unitNamed(by:)`).
    func unitTopic(_ s: AnalyzedSentence, before offset: Int) -> String? {
        guard var k = s.tokenIndex(at: offset) else { return nil }
        // (`로봇칩사업부(RCBU)는 지난 6월 신설됐으며, 현재 … 27곳과 협력하고 있다`: the topic goes on past one
        // clause closed by a verb's connective ending, 며 or 고, and its comma.)
        var crossed = false
        while k > 0 {
            k -= 1
            let t = s.tokens[k]
            if t.comma, !crossed, !t.hasParticle, !t.quoteAfter, let last = t.textScalars.last,
                last == "며" || last == "고", t.textScalars.count >= 3
            {
                crossed = true
                continue
            }
            if t.comma || t.period || t.quoteAfter { return nil }
            // `SABG now supplies software to more than 30 carmakers`, `DCU revenue of about …`: an
            // English clause names its unit unmarked.
            if !t.hasParticle, t.scalars.first.map(Scalars.isUpper) ?? false, let unit = unitNamed(by: t) {
                return unit
            }
            guard t.hasParticle(in: Self.unitTopicParticles) else { continue }
            // (`로봇사업군의 연구 인력을 지금의 320명에서`: a time's possessive is no topic.)
            if t.isBase(in: Self.nonTopicPossessives) { continue }
            if t.orgIndex != nil || slotOrg(t) != nil { return nil }
            if let unit = unitNamed(by: t) { return unit }
            // (`AI클러스터사업군(ACG)은 지난해 매출의 38%를`: the figure's own measure, marked 의, owns nothing.)
            if t.hasParticle(in: Self.possessiveParticles), Self.measureNouns.contains(t.baseScalars) { continue }
            // `IAG 매출은`: the unit right before the marked noun.
            if k > 0, let unit = unitNamed(by: s.tokens[k - 1]), !s.tokens[k - 1].hasParticle,
                !s.tokens[k - 1].comma
            {
                return unit
            }
            // `사업부 수주잔고는`: a unit noun alone points back to the unit the sentence before named.
            // (`상업서비스사업부(CSBU)를 맡은 쉬 부총재는 사업부 인력이`: to the unit named before it in the same
            // sentence first.)
            if k > 0, !s.tokens[k - 1].hasParticle, !s.tokens[k - 1].comma,
                lexicon.unitNounWords.contains(s.tokens[k - 1].baseScalars)
            {
                if let unit = s.tokens[..<(k - 1)].reversed().lazy.compactMap({ self.unitNamed(by: $0) }).first {
                    return unit
                }
                guard let previous = sentence(numbered: s.number - 1) else { return nil }
                return previous.tokens.reversed().lazy.compactMap { self.unitNamed(by: $0) }.first
            }
            return nil
        }
        return nil
    }

    /// The market a figure's clause is about (`중국 휴머노이드 로봇 시장 규모는 2030년 870억 위안`,
    /// `… 시장의 올해 출하량은 4천 대`): a word ending in `시장` marked as the topic or owner, with
    /// the bare words before it that say which market, before the figure in the same clause, with no
    /// org between. Not for a share of it (`시장 점유율`, `비중`), which is a company's.
    func marketTopic(_ s: AnalyzedSentence, before offset: Int) -> String? {
        guard var k = s.tokenIndex(at: offset) else { return nil }
        let tokens = s.tokens
        while k > 0 {
            k -= 1
            let t = tokens[k]
            if t.comma || t.period || t.quoteAfter || t.orgIndex != nil || slotOrg(t) != nil { return nil }
            if t.baseScalars.hasSuffix(Self.shareScalars) || t.baseScalars.hasSuffix(Self.portionScalars) {
                return nil
            }
            let w = t.baseScalars
            guard w.count >= 2, w.hasSuffix(Self.marketScalars) else {
                if t.quoteBefore { return nil }
                continue
            }
            // `시장 규모는`: the market's size; else the market word itself is marked.
            let sized = k + 1 < tokens.count && tokens[k + 1].baseScalars.isScalars(Self.sizeScalars)
            guard sized || t.hasParticle(in: Self.marketParticles) else { return nil }
            guard !sized || !t.hasParticle else { return nil }
            var first = k
            while first > 0, k - first < 4, !t.quoteBefore || first < k, tokens[first - 1].isBare,
                !tokens[first - 1].quoteAfter, tokens[first - 1].orgIndex == nil, !tokens[first].quoteBefore
            {
                first -= 1
            }
            // A bare `시장은` (the market) says not which.
            guard first < k || w.count > 2 else { return nil }
            return (first..<k).map { tokens[$0].text }.joined(separator: " ") + (first < k ? " " : "") + t.base
        }
        return nil
    }

    /// ` 체제` (a system of units) and the counter `개`, as UTF-8.
    static let systemSuffix = Array(" 체제".utf8)
    static let countWordUTF8 = Array("개".utf8)
    static let marketScalars = Array("시장".unicodeScalars)
    static let shareScalars = Array("점유율".unicodeScalars)
    static let portionScalars = Array("비중".unicodeScalars)
    static let sizeScalars = Array("규모".unicodeScalars)
    static let marketParticles: TextSet = ["은", "는", "의", "이", "가"]

    /// The speaker's own unit (`우리 센터`, `우리 사업부의`, `우리 연구원이`) named in the quotation that
    /// holds a figure, before it.
    func ownUnitInQuotation(_ s: AnalyzedSentence, before offset: Int) -> String? {
        guard let q = s.sentence.quotes.first(where: { $0.range.contains(offset) }), let first = s.sentence.quotes.first
        else { return nil }
        let tokens = s.tokens
        // (From the sentence's first quotation: `“우리 센터는 …”이라며 “… 95% 이상으로 높이는 것이 목표”`,
        // the speaker's words go on about their unit; not past another person named between, whose words
        // the later quotation may be.)
        let anotherSpeaker = tokens.contains {
            $0.start > first.range.upperBound && $0.start < q.range.lowerBound && person($0) != nil
        }
        let from = anotherSpeaker ? q.range.lowerBound : first.range.lowerBound
        for k in tokens.indices.dropFirst() where tokens[k].start >= from {
            if tokens[k].end > offset { break }
            guard tokens[k - 1].isText(in: Self.ourWords) else { continue }
            if lexicon.unitNounWords.contains(tokens[k].baseScalars) {
                return speakersUnit(noun: tokens[k].baseScalars, in: s) ?? ownUnit(noun: tokens[k].baseScalars, in: s)
            }
            // (`우리 연구원이 만든`: an institute's word, which is also a researcher's title, so no unit noun.)
            if tokens[k].isBase(in: Self.ownInstituteWords), let unit = ownUnit(noun: tokens[k].baseScalars, in: s) {
                return unit
            }
            // `"Our division's pricing model lifted …," she said`: the speaker's unit, else the unit named
            // last before when its name ends with the noun (`… Division`).
            // (`"Our group shipped …," Luo told reporters`: a group only as the speaker's own unit; a
            // company calls itself a group too.)
            if tokens[k].baseScalars.isScalars(Self.groupWordScalars) {
                return speakersUnit(noun: Self.groupWordScalars[...], in: s)
            }
            if Self.englishUnitNouns.contains(tokens[k].baseScalars) {
                let noun = tokens[k].baseScalars
                if let unit = speakersUnit(noun: noun, in: s) { return unit }
                guard let unit = unitNamedLast(before: s), let last = unit.split(separator: " ").last,
                    Scalars.lower(String(last)).unicodeScalars.elementsEqual(noun)
                else { return nil }
                return unit
            }
        }
        return nil
    }

    /// `탁 상무는 “우리 사업부는 25명으로 출발해 …”`: the unit the sentence's speaker was named to or with
    /// (`푸드테크사업부장에는 … 탁은비 상무가`), when its name ends with `noun`.
    func speakersUnit(noun: some ScalarWord, in s: AnalyzedSentence) -> String? {
        let noun = Array(noun)
        for k in facts.indices where factSentences[k] == s.number {
            guard case .quote(let q) = facts[k], let p = personIndex[q.speaker], let named = people[p].namedUnit
            else { continue }
            // (English names by their lower case: `Division` for `division`.)
            let w = Array(named.unicodeScalars)
            guard w.count > noun.count,
                w.suffix(noun.count).elementsEqual(noun)
                    || Scalars.lower(named).unicodeScalars.suffix(noun.count).elementsEqual(noun),
                let u = units.first(where: { $0.fact.name.map { $0.unicodeScalars.elementsEqual(w) } ?? false })
            else { continue }
            return u.fact.name
        }
        return nil
    }

    /// The unit last named, in this sentence or the three before it, whose name ends with `noun` (a unit
    /// noun, or `연구원`)
    /// (`센터` of `시큐리티대응센터`), by its name.
    func ownUnit(noun: some ScalarWord, in s: AnalyzedSentence) -> String? {
        let noun = Array(noun)
        var n = s.number
        while n > 0, s.number - n <= 3 {
            if let earlier = sentence(numbered: n) {
                for t in earlier.tokens.reversed() {
                    let w = t.baseScalars
                    guard w.count > noun.count, w.hasSuffix(noun) else { continue }
                    if let u = units.first(where: { $0.fact.name.map { $0.unicodeScalars.elementsEqual(w) } ?? false })
                    {
                        return u.fact.name
                    }
                }
            }
            n -= 1
        }
        return nil
    }

    /// Words for an institute that end a unit's name (`산업대모델연구원`) but are no unit nouns.
    static let ownInstituteWords: TextSet = ["연구원"]

    /// `우리`, `our`, before a unit noun in a speaker's words.
    static let ourWords: TextSet = ["우리", "Our", "our"]

    /// The unit an English sentence opens with: its name or code (`The Global Business Group will`,
    /// `AISBU has`), or a noun for a unit pointing back to the last one found (`The division, headed
    /// by …,`; not `The group`, mostly the company).
    func englishUnitSubject(_ s: AnalyzedSentence) -> String? {
        let tokens = s.tokens
        var a = 0
        if a < tokens.count, tokens[a].isBase(in: Self.englishArticles) { a += 1 }
        guard a < tokens.count, let f = tokens[a].baseScalars.first, Scalars.isLatin(f) else { return nil }
        if a == 1, tokens[a].isBase(in: Self.unitBackNouns) { return unitNamedLast(before: s) }
        // `Seong said the division sells into 140 countries`: the speaker's `the division` after `said`.
        if let k = tokens.prefix(4).firstIndex(where: { $0.isText(in: Self.saidOrSays) }), k >= 1,
            !tokens[k - 1].comma
        {
            var b = k + 1
            if b < tokens.count, tokens[b].isText(in: Self.thatWords) { b += 1 }
            // (Not `the division of labour`, `the unit costs $400`: words after the noun that make it no unit.)
            if b + 1 < tokens.count, tokens[b].isText(in: Self.lowerArticles),
                tokens[b + 1].isBase(in: Self.unitBackNouns),
                b + 2 >= tokens.count || !tokens[b + 2].isText(in: Self.notAfterPointedUnit)
            {
                // The unit the speaker was named to, when its name ends with the noun; else the one named last.
                let noun = Scalars.lower(tokens[b + 1].base)
                if let p = personNamedEnding(at: k - 1, in: tokens),
                    let named = people[p].namedUnit ?? people[p].fact.unit.flatMap({ unitWritten($0.unicodeScalars) }),
                    Scalars.lower(named).hasSuffix(noun), units.contains(where: { $0.fact.name == named })
                {
                    return named
                }
                // (Else the last unit the report named before with that noun, however far back.)
                return unitNamed(withNoun: tokens[b + 1].base, in: s, before: tokens[b].start)
                    ?? units.last(where: {
                        $0.sentence < s.number && ($0.fact.name.map { Scalars.lower($0).hasSuffix(noun) } ?? false)
                    })?.fact.name
            }
        }
        guard Scalars.isUpper(f) else { return nil }
        return unitWritten(tokens[a].baseScalars) ?? unitNamed(startingAt: tokens, a)
    }

    /// `80여 명 규모인 이 본부는`, `이 사업부의 매출은`: a demonstrative and a unit noun marked as the
    /// topic or owner point back to the unit named last before the sentence; the demonstrative's
    /// token and that unit.
    func unitPointedBack(_ s: AnalyzedSentence) -> (token: Int, unit: String)? {
        let tokens = s.tokens
        // (The demonstratives compared by their scalars: this runs for every sentence with a figure.)
        for k in tokens.indices.dropLast()
        where tokens[k].textScalars.isScalars(Self.thisScalars) || tokens[k].textScalars.isScalars(Self.thatOneScalars)
        {
            let t = tokens[k + 1]
            if t.hasParticle(in: Self.unitTopicParticles), lexicon.unitNounWords.contains(t.baseScalars) {
                return unitNamedLast(before: s).map { (k, $0) }
            }
        }
        // `he said the division now serves about 310 customers`: `the` and a unit's noun in lower case.
        if s.tokens.first?.unicodeIsLatin == true {
            for k in tokens.indices.dropLast() where tokens[k].textScalars.isScalars(Self.theScalars) {
                let t = tokens[k + 1]
                // (Not `At the center of the plan`, `the unit price`.)
                guard t.isBase(in: Self.pointedEnglishUnitNouns),
                    k + 2 >= tokens.count || !tokens[k + 2].isText(in: Self.notAfterPointedUnit),
                    let unit = unitNamed(withNoun: t.base, in: s, before: t.start)
                else { continue }
                return (k, unit)
            }
        }
        return nil
    }

    /// The tokens of the first aside between two commas before `offset`, when a word in lower case opens
    /// it (`, built on …, `, `, which …, `): from the word after the first comma to the word with the second.
    static func englishAside(_ tokens: [Token], before offset: Int) -> ClosedRange<Int>? {
        var first: Int?
        for (k, t) in tokens.enumerated() where t.comma {
            if t.start >= offset { return nil }
            guard let a = first else {
                // (Not a clause of its own: `…, and LG Uplus, its partner, will invest`.)
                guard k + 1 < tokens.count, let f = tokens[k + 1].scalars.first, (0x61...0x7A).contains(f.value),
                    !tokens[k + 1].isText(in: englishClauseOpeners)
                else { return nil }
                first = k
                continue
            }
            return (a + 1)...k
        }
        return nil
    }
    /// Nouns of units in lower case (`the division`); not `the group`, mostly the company's group.
    static let pointedEnglishUnitNouns: TextSet = ["division", "unit", "lab", "center", "centre", "institute"]
    /// Words after such a noun that make it no unit (`the center of`, `the unit price`).
    static let notAfterPointedUnit: TextSet = [
        "of", "price", "prices", "cost", "costs", "sales", "volume", "economics",
    ]

    /// `이` and `해당` before a unit noun (`이 본부는`, `해당 사업부의`).
    static let thisScalars = Array("이".unicodeScalars)
    static let thatOneScalars = Array("해당".unicodeScalars)

    /// The unit whose name or code comes last in the nearest of the three sentences before `s`.
    func unitNamedLast(before s: AnalyzedSentence) -> String? {
        var n = s.number - 1
        while n > 0, s.number - n <= 3 {
            if let earlier = sentence(numbered: n) {
                var best: (at: Int, unit: String)?
                for u in units {
                    for w in [u.fact.name, u.fact.code].compactMap({ $0 }) {
                        if let at = Scalars.find(Array(w.unicodeScalars), in: earlier.sentence.scalars),
                            at >= best?.at ?? -1
                        {
                            best = (at, u.fact.name ?? w)
                        }
                    }
                }
                if let best { return best.unit }
            }
            n -= 1
        }
        return nil
    }

    /// Whether a word ends a person's name found so far (`Mei (唐梅)` of `Tang Mei`).
    func isPersonsLastWord(_ t: Token) -> Bool {
        people.contains { p in
            let u = p.fact.name.unicodeScalars
            let start = u.lastIndex(of: " ").map { u.index(after: $0) } ?? u.startIndex
            return u[start...].elementsEqual(t.baseScalars)
        }
    }

    /// Words before a figure that name an owner other than the unit a sentence opens with.
    static let otherOwnerWords: TextSet = ["company's", "company", "which", "group's", "firm's"]

    /// Whether a verb of condition follows a figure within three words (`80%를 넘어야`, `3만 위안 밑으로
    /// 내려가면`): the figure is what must happen, not what is. Only verbs of passing, falling, rising and
    /// reaching (not `이르면`, `따르면`, `환산하면`, nor `감수해야 했다`, a past).
    static func statesACondition(_ sc: [Unicode.Scalar], after end: Int) -> Bool {
        // (Hangul after the figure first: an English figure has none of these.)
        guard end < sc.count, sc[end..<min(sc.count, end + 3)].contains(where: Scalars.isHangul) else { return false }
        var k = end
        var words = 0
        while k < sc.count, k - end < 20, words < 3 {
            var e = k
            while e < sc.count, !Scalars.isSpace(sc[e]) { e += 1 }
            // (Not past another figure: `지금의 12%에서 30%까지 올라가면`, the condition is the 30%'s.)
            if k > end, Scalars.isDigit(sc[k]) { return false }
            // The word without the marks closing it (`넘으면,`, `내려가면”`).
            var w = e
            while w > k, sc[w - 1] == "," || sc[w - 1] == "." || Scalars.isQuote(sc[w - 1]) { w -= 1 }
            if w - k >= 2, sc[w - 1] == "야" || sc[w - 1] == "면",
                conditionVerbs.contains(where: { w - k >= $0.count && sc[(w - $0.count)..<w].elementsEqual($0) })
            {
                // (`감수해야 했다`: a past, not a condition.)
                return !(e + 1 < sc.count && sc[e + 1] == "했")
            }
            if w < e { return false }
            words += 1
            k = e + 1
        }
        return false
    }
    /// Verbs of condition after a figure (`넘어야`, `내려와야`, `넘으면`, `밑돌면`).
    static let conditionVerbs: [[Unicode.Scalar]] = [
        "넘어야", "넘겨야", "넘어서야", "넘어야만", "넘으면", "넘기면", "넘어서면", "내려가야", "내려와야", "내려가면", "내려오면",
        "떨어져야", "떨어지면", "올라가야", "올라가면", "올라서면", "오르면", "밑돌면", "웃돌면", "줄여야", "낮춰야", "높여야",
        "늘려야", "늘리면", "높이면", "낮추면", "줄이면", "달성해야", "달성하면", "돌파해야", "돌파하면",
    ].map { Array($0.unicodeScalars) }

    static let englishArticles: TextSet = ["The", "Its"]
    static let unitBackNouns: TextSet = ["division", "unit", "department", "lab"]
    /// `that` after a verb of saying; `the`, `its` in lower case.
    static let thatWords: TextSet = ["that"]
    static let lowerArticles: TextSet = ["the", "its"]

    /// The unit some scalars name, by its code or its name: its name (its code when it has none).
    /// (Compared by scalars, without a `String`: this runs for words before every figure.)
    func unitWritten(_ w: some Collection<Unicode.Scalar>) -> String? {
        for u in units {
            if let code = u.fact.code, code.unicodeScalars.elementsEqual(w) { return u.fact.name ?? code }
            if let name = u.fact.name, name.unicodeScalars.elementsEqual(w) { return name }
        }
        return nil
    }

    /// The org a word names, for a figure in its parenthesis: a lexicon org, or one found in the report.
    func ownerOfParenthesis(_ t: Token) -> String? {
        if let k = t.orgIndex { return orgName(k) }
        return discoveredCounts.isEmpty ? nil : discoveredOrg(t)
    }

    /// The unit a word names, by its code (`IAG 매출은`) or by its name (`AI솔루션부문 인력을`): the
    /// unit's name (as an org is named by its name, not the alias a sentence uses; annotators do the
    /// same, 278 figures and dated facts of the tuning sets against 17; a person's `unit` is the
    /// code, `fillUnitsOfPeople`).
    /// (Compared by scalars, without the word's `String`: this runs for words before every figure.)
    func unitNamed(by t: Token) -> String? { unitWritten(t.baseScalars) }

    /// The unit of an English figure right after `with`, when a unit glossed by its code stands a few words
    /// before it and a verb of setting up between them (`Overseas Merchant Services Division (OMSD), set up
    /// in Hangzhou in January with 80 staff`); not past a full stop or another org.
    func unitCreatedWith(_ s: AnalyzedSentence, before offset: Int) -> String? {
        // (No verb of setting up in the sentence, `SentenceVerbs.establishes` found once: no search.)
        guard s.verbs.establishes, let n = s.tokenIndex(at: offset), n >= 2, s.tokens[n - 1].isBase(in: Self.withWord)
        else { return nil }
        var k = n - 1
        while k > 0, n - k < 14 {
            k -= 1
            let t = s.tokens[k]
            if t.period || t.orgIndex != nil { return nil }
            guard let code = t.paren, let unit = unitWritten(code.unicodeScalars) else { continue }
            let between = s.sentence.scalars[t.end..<s.tokens[n - 1].start]
            return lexicon.establishVerbTable.first(in: between) != nil ? unit : nil
        }
        return nil
    }
    static let withWord: TextSet = ["with"]

    /// A line of its own opened by a bullet and ending like a headline (`◇ 부총경리 2명 신규 선임…`,
    /// `■ “라이더 10만 명의 안전이 곧 기술”`).
    static func isSubheading(_ s: Sentence) -> Bool {
        guard let f = s.scalars.first(where: { !Scalars.isSpace($0) }), bulletScalars.contains(f) else {
            return false
        }
        return isHeadline(s)
    }

    /// Whether the report's first sentence is a headline: alone on its line, with no full stop or
    /// Korean sentence ending (`다`) at its end.
    static func isHeadline(_ s: Sentence) -> Bool {
        guard s.isWholeLine else { return false }
        var i = s.scalars.count
        while i > 0, Scalars.isSpace(s.scalars[i - 1]) { i -= 1 }
        guard i > 0 else { return false }
        let last = s.scalars[i - 1]
        return last != "." && last != "다" && last != "。"
    }

    /// Currency signs written before a number (`$1.2 billion`, `US$1.2 billion`, `HK$10 billion`,
    /// `€3 billion`, `¥100 billion`, `£2 million`, `₩1조`), longest first.
    static let currencySigns: [([Unicode.Scalar], String)] = [
        ("US$", "USD"), ("HK$", "HKD"), ("NT$", "TWD"), ("S$", "SGD"), ("A$", "AUD"), ("C$", "CAD"), ("$", "USD"),
        ("€", "EUR"), ("¥", "JPY"), ("￥", "JPY"), ("£", "GBP"), ("₩", "KRW"),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    /// The ISO code of a currency sign right before `i`.
    static func currencySign(_ sc: [Unicode.Scalar], before i: Int) -> String? {
        guard i > 0, !Scalars.isLatin(sc[i - 1]) || sc[i - 1] == "$" else { return nil }
        for (sign, code) in currencySigns where i >= sign.count && sc[(i - sign.count)..<i].elementsEqual(sign) {
            // `US$`: the letters are the sign's own, not the end of a word (`plus$1`).
            let start = i - sign.count
            if sign.count > 1, start > 0, Scalars.isLatin(sc[start - 1]) { continue }
            return code
        }
        return nil
    }

    static let attendanceUnits: Set<TextKey> = ["명", "곳", "개사", "개", "개국", "%"]
    static let ownerMarks: [Unicode.Scalar] = ["의", "은", "는", "이", "가"]

    /// A product named in quotation marks earlier that owns a figure: written right before it as
    /// the clause's topic or owner (`엑사원 3.5는 … 3만 2천 토큰`, `아토 3의 국내 판매 가격은`,
    /// `"에이닷 누적 가입자는`), with no org marked as subject between it and the figure.
    func productOwner(_ s: AnalyzedSentence, before offset: Int) -> String? {
        let sc = s.sentence.scalars
        var best: (end: Int, name: [Unicode.Scalar])?
        for p in quotedProducts {
            var from = 0
            while let at = Scalars.find(p, in: sc, from: from), at + p.count < offset {
                from = at + 1
                let end = at + p.count
                // A whole word: nothing glued before it.
                if at > 0, Scalars.isHangul(sc[at - 1]) || Scalars.isLatin(sc[at - 1]) || Scalars.isDigit(sc[at - 1]) {
                    continue
                }
                var k = end
                while k < sc.count, Scalars.isQuote(sc[k]) || sc[k] == ")" { k += 1 }
                let marked =
                    k < sc.count && Self.ownerMarks.contains(sc[k]) && (k + 1 >= sc.count || Scalars.isSpace(sc[k + 1]))
                let opensClause = at == 0 || Scalars.isQuote(sc[at - 1]) || (at >= 2 && sc[at - 2] == ",")
                guard marked || (opensClause && k < sc.count && Scalars.isSpace(sc[k])) else { continue }
                if best == nil || end > best?.end ?? 0 { best = (end, p) }
            }
        }
        guard let best else { return nil }
        // An org marked as the owner anywhere before the figure (`SK텔레콤의 … ‘에이닷’ 가입자는`)
        // keeps it.
        for t in s.tokens where t.end <= offset {
            guard t.hasParticle(in: Self.ownerParticles) else { continue }
            if t.orgIndex != nil || (slotOrg(t).map { productNames.isEmpty || !productNames.contains($0) } ?? false) {
                return nil
            }
        }
        return Scalars.string(best.name)
    }

    /// A product named by a product noun at the head of the sentence or of a quotation, before the
    /// figure (`원신 대모델의 하루 호출량은 15억 회로`, `"판구(盘古) 대모델 5.0을 쓰는 기업 고객이 1만
    /// 곳을`): the name, the noun and a version after it. Only the first two words of the sentence
    /// and of each quotation are looked at.
    func nounProduct(_ s: AnalyzedSentence, before offset: Int) -> String? {
        let tokens = s.tokens
        var i = 0
        while i + 1 < tokens.count, tokens[i + 1].end <= offset {
            let t = tokens[i]
            defer { i += 1 }
            guard i == 0 || t.quoteBefore, !t.hasParticle, !t.comma, !t.period, !t.quoteAfter, t.orgIndex == nil,
                let f = t.baseScalars.first, Scalars.isHangul(f)
            else { continue }
            let n = tokens[i + 1]
            guard lexicon.productNounWords.contains(n.baseScalars), !n.comma, !n.period else { continue }
            var name = t.base + " " + n.base
            var last = n
            // `5.0을`: a version.
            if !n.hasParticle, i + 2 < tokens.count, let v = tokens[i + 2].baseScalars.first, Scalars.isDigit(v),
                tokens[i + 2].baseScalars.allSatisfy({ Scalars.isDigit($0) || $0 == "." }), tokens[i + 2].end <= offset
            {
                name += " " + tokens[i + 2].base
                last = tokens[i + 2]
            }
            // The product is marked as the clause's topic, owner or object.
            guard last.hasParticle(in: Self.productMarks) else { continue }
            // A later quotation with a topic of its own (`"… 모델의 …"며 "가격은 …"`) is not about it;
            // one going on about it (`"내년에는 이 숫자를 …"`) is.
            if let q = s.sentence.scalars[last.end..<offset].lastIndex(where: Scalars.isQuote),
                tokens.contains(where: { u in
                    u.start >= q && u.end <= offset && u.hasParticle(in: Self.subjectParticleSet)
                })
            {
                continue
            }
            // An org marked as the owner before the figure (`"징둥은 …"며 "옌시 모델은 …"`) keeps it.
            for u in tokens where u.end <= offset {
                guard u.hasParticle(in: Self.ownerParticles) else { continue }
                if u.orgIndex != nil || slotOrg(u) != nil { return nil }
            }
            return name
        }
        return nil
    }

    static let productMarks: TextSet = ["의", "은", "는", "이", "가", "을", "를"]

    /// The event a sentence names (as written there: a name or an alias), else the report's first.
    func eventNamed(in s: AnalyzedSentence) -> String? {
        // An undated event named beside the report's dated one is a predecessor (`그동안 열던 ‘…
        // 설명회’를 확대 개편한 행사로, … 6천여 명이 참석했다`): the count is the dated one's.
        let dated = events.first?.fact.start != nil
        for e in events where !dated || e.fact.start != nil {
            // By its full name, also when the sentence uses an alias (`수보회`).
            for name in [e.fact.name] + (e.fact.aliases ?? [])
            where Scalars.find(Array(name.unicodeScalars), in: s.sentence.scalars) != nil {
                return e.fact.name
            }
        }
        return events.first?.fact.name
    }

    /// `The flagship Horizon S Max 2 starts at …`, `ColorOS 15 rolls out`: one or two digits right after
    /// a Title-case word (not a month's, `May 2 and`) are a product's model number, no count.
    static func isModelNumber(_ sc: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.count <= 2, range.lowerBound >= 3, sc[range].allSatisfy(Scalars.isDigit),
            sc[range.lowerBound - 1] == " ", Scalars.isLatin(sc[range.lowerBound - 2])
        else { return false }
        var a = range.lowerBound - 2
        while a > 0, Scalars.isLatin(sc[a - 1]) { a -= 1 }
        let w = sc[a..<(range.lowerBound - 1)]
        return ExtractionRun.isTitleCase(w) && DateParsing.monthWords.index(of: w) == nil
    }

    /// Whether a number is written as a year (four digits from 1900 to 2099, no separator). Narrower
    /// than `isYearWord` (1000–2999) on purpose: `1500 vehicles` without its comma is still a count.
    static func isBareYear(_ sc: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.count == 4, sc[range].allSatisfy(Scalars.isDigit) else { return false }
        let first = sc[range.lowerBound]
        let second = sc[range.lowerBound + 1]
        return (first == "1" && second == "9") || (first == "2" && second == "0")
    }

    /// Whether an English plural noun follows a bare number (`1 million servers`), maybe after one
    /// or two modifiers (`12,000 client companies`, `60 million monthly active users`), or an
    /// acronym in the plural (`2,000 GPUs`).
    /// The plural noun an English number counts (`1 million servers`, `18,000 people`, `about 300
    /// GPUs`), past up to two modifiers (`1.2 million mobile downloads`); nil when it counts none.
    /// The words from the first after the scale (`million`) through the noun, with `and` and a
    /// second plural (`customers and partners`) when one follows.
    func englishCount(_ sc: [Unicode.Scalar], after end: Int) -> ArraySlice<Unicode.Scalar>? {
        var i = end
        var start: Int?
        // `300,000 of its agricultural drones`: the noun after `of` and a possessive.
        for w in Self.ofPossessives where KoreanNumbers.matches(sc, at: i, w) {
            i += w.count - 1
            break
        }
        for _ in 0..<3 {
            guard i < sc.count, Scalars.isSpace(sc[i]) else { return nil }
            i += 1
            var j = i
            while j < sc.count, Scalars.isLatin(sc[j]) || (sc[j] == "-" && j > i) { j += 1 }
            let w = sc[i..<j]
            guard w.count >= 2, let f = w.first else { return nil }
            if start == nil, !Self.scaleWords.contains(w) { start = i }
            let from = start ?? i
            // `GPUs`: capitals and a plural `s`.
            if w.count >= 3, w.last == "s", w.dropLast().allSatisfy(Scalars.isUpper) { return sc[from..<j] }
            guard !Scalars.isUpper(f) else { return nil }
            if w.count >= 4, w.last == "s", w[w.endIndex - 2] != "s" {
                return Self.notCountedWords.contains(w) ? nil : sc[from..<Self.pairedPlural(sc, after: j)]
            }
            // Plurals without `s`: `18,000 people`, `90 staff`.
            if Self.irregularPlurals.contains(w) { return sc[from..<j] }
            // A modifier: a plain lower-case word that is no function word.
            if Self.notModifierWords.contains(w) { return nil }
            i = j
        }
        return nil
    }

    /// Whether an English number ends with a scale word (`1.2 million`) and no noun or unit follows.
    static func endsWithScaleWord(_ sc: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var a = r.upperBound
        while a > r.lowerBound, Scalars.isLatin(sc[a - 1]) { a -= 1 }
        return a < r.upperBound && scaleWords.contains(sc[a..<r.upperBound])
    }

    static let scaleWords = WordSet(["hundred", "thousand", "million", "billion", "trillion"])
    static let ofPossessives = [" of its ", " of their ", " of the "].map { Array($0.unicodeScalars) }
    static let andScalars = Array(" and ".unicodeScalars)

    /// Where a plural ends, or a second one joined by `and` (`countries and regions`).
    static func pairedPlural(_ sc: [Unicode.Scalar], after j: Int) -> Int {
        guard j + andScalars.count < sc.count, sc[j..<(j + andScalars.count)].elementsEqual(andScalars) else {
            return j
        }
        var e = j + andScalars.count
        let a = e
        while e < sc.count, Scalars.isLatin(sc[e]), !Scalars.isUpper(sc[e]) { e += 1 }
        guard e - a >= 4, sc[e - 1] == "s" else { return j }
        // (`460 exhibitors and expects about 46,000 visitors`, `140 countries and aims to pass …`: a verb
        // in `s`, followed by a number or a word that opens its object, pairs with nothing; `dealers and
        // reporters attended` still pairs.)
        if e + 1 < sc.count, Scalars.isSpace(sc[e]) {
            var f = e + 1
            while f < sc.count, Scalars.isLatin(sc[f]) { f += 1 }
            if Scalars.isDigit(sc[e + 1]) || verbObjectOpeners.contains(sc[(e + 1)..<f]) { return j }
        }
        return e
    }

    /// Words that follow a verb rather than a noun (`expects about`, `aims to`, `plans a`).
    static let verbObjectOpeners = WordSet([
        "about", "to", "a", "an", "the", "its", "their", "more", "nearly", "around", "roughly", "up", "some",
    ])

    static let irregularPlurals = WordSet(["people", "staff", "personnel", "children", "men", "women"])
    static let numberOfScalars = Array("number of ".unicodeScalars)

    /// `the number of developers on its open platform had passed 7 million`: the thing counted is
    /// named before the number, in the same clause (no full stop, comma or digit between).
    static func numberOfBefore(_ sc: [Unicode.Scalar], _ start: Int) -> Bool {
        // After an English word only (`had passed 7 million`): most numbers end the test here.
        guard start > 12, Scalars.isSpace(sc[start - 1]), Scalars.isLatin(sc[start - 2]) else { return false }
        var a = start - 1
        while a > 0, start - a < 90 {
            let c = sc[a - 1]
            if c == "." || c == "," || c == ";" || Scalars.isDigit(c) { return false }
            if c == "n", a - 1 + numberOfScalars.count <= start,
                sc[(a - 1)..<(a - 1 + numberOfScalars.count)].elementsEqual(numberOfScalars)
            {
                return true
            }
            a -= 1
        }
        return false
    }

    static let notCountedWords = WordSet(["years", "days", "months", "weeks", "hours", "times", "minutes", "seconds"])
    static let notModifierWords = WordSet([
        "to", "in", "of", "and", "or", "from", "per", "percent", "more", "less", "than", "year", "a", "the", "by",
        "on", "at", "for", "with", "was", "is", "were", "are", "has", "have", "had", "will", "this", "that", "last",
        "next", "up", "down", "over", "under", "about", "yuan", "won", "dollars", "euros", "yen", "point", "points",
    ])

    /// The thing counted: the noun phrase after the counter (`19개 양산차 업체들과`, `3만 8천개의
    /// 의료기관이`), else the one before the number (`서버 수는 100만대`, `revenue of $2.5 billion`).
    /// Past-tense and clause-joining syllables of a Korean predicate (`늘었다`, `하락했고`,
    /// `줄었지만`, `높아졌다`).
    static let predicateMarks: [Unicode.Scalar] = ["었", "았", "였", "했", "겠", "졌", "됐"]

    /// Whether a Korean word is a predicate rather than a noun.
    static func isPredicate(_ w: some ScalarWord) -> Bool {
        guard let last = w.last else { return false }
        if last == "다" || w.contains(where: { predicateMarks.contains($0) }) { return true }
        return w.count >= 3 && last == "만" && w[w.endIndex - 2] == "지"
    }

    /// English words before a figure that name no thing: verbs of change, prepositions,
    /// currency words (`rose 8%`, `up 61 percent`, `by 30%`, `RMB 10.7`).
    static let notEnglishThings: Set<String> = [
        "rose", "up", "down", "fell", "grew", "jumped", "gained", "dropped", "climbed", "declined", "by", "for",
        "used", "owns", "own", "roughly", "nearly", "around", "almost", "over", "under", "miss", "said", "says",
        "RMB", "US", "USD", "CNY", "HK", "KRW", "EUR", "Q1", "Q2", "Q3", "Q4", "plus", "and", "with", "including",
        "from", "of", "to", "earlier", "ago", "before", "later", "or", "than", "on-year", "year-on-year",
        "year-over-year", "yoy", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    static func notEnglishThing(_ w: String) -> Bool {
        notEnglishThings.contains(w) || (w.count > 3 && w.hasSuffix("ed") && w.first?.isLowercase == true)
    }

    /// Words that compare a figure with another time (`전년 대비`, `같은 기간`): no thing counted.
    static let comparisonWords = WordSet(["대비", "전년", "전년도", "동기", "같은", "기간", "작년"])

    /// `what` without the comparison words it opens with (`같은 기간 고객 수` → `고객 수`); nil when
    /// it ends with one (`전년 대비`, `팔아 전년 대비`). Scalars only, and a new `String` only when
    /// words are taken off: this runs for every figure.
    static func withoutComparison(_ what: String) -> String? {
        let sc = Array(what.unicodeScalars)
        var lastStart = sc.count
        while lastStart > 0, sc[lastStart - 1] != " " { lastStart -= 1 }
        if comparisonWords.contains(sc[lastStart...]) { return nil }
        var start = 0
        while start < sc.count {
            var wordEnd = start
            while wordEnd < sc.count, sc[wordEnd] != " " { wordEnd += 1 }
            guard comparisonWords.contains(sc[start..<wordEnd]) else { break }
            start = wordEnd + 1
        }
        if start == 0 { return what }
        return start < sc.count ? Scalars.string(sc[start...]) : nil
    }

    /// Qualifiers and particles that may stand between a Korean figure and its change word
    /// (`30% 이상 늘었다`, `20%가량 증가했다`).
    static let changeGaps: [[Unicode.Scalar]] = ["이상", "가량", "넘게", "가까이", "정도", "남짓", "씩", "이나", "나", "가", "이"]
        .map { Array($0.unicodeScalars) }

    /// Whether the figure at `number` is a rise (true) or a fall (false): a change word of the
    /// lexicon right after a Korean figure (from `after`, past the unit), or right before an
    /// English one (`up 22.4 percent`, `increased by 20%`). Nil when it is no change.
    func change(_ sc: [Unicode.Scalar], number: Range<Int>, after start: Int) -> Bool? {
        var k = start
        if k < sc.count, Scalars.isHangul(sc[k]) || (k > 0 && !Scalars.isSpace(sc[k - 1])) {
            for gap in Self.changeGaps where KoreanNumbers.matches(sc, at: k, gap) {
                k += gap.count
                break
            }
            while k < sc.count, Scalars.isSpace(sc[k]) { k += 1 }
        }
        if k < sc.count, Scalars.isHangul(sc[k]) {
            if lexicon.increaseScalars.contains(where: { KoreanNumbers.matches(sc, at: k, $0) }) { return true }
            if lexicon.decreaseScalars.contains(where: { KoreanNumbers.matches(sc, at: k, $0) }) { return false }
            return nil
        }
        var before = DateParsing.previousWord(sc, before: number.lowerBound)
        if before == "by" {
            var b = number.lowerBound
            while b > 0, Scalars.isSpace(sc[b - 1]) { b -= 1 }
            before = DateParsing.previousWord(sc, before: b - 2)
        }
        guard !before.isEmpty else { return nil }
        let scalars = Array(before.unicodeScalars)[...]
        guard lexicon.changeWordSet.contains(scalars) else { return nil }
        return lexicon.increaseWordSet.contains(scalars)
    }

    /// `주가는 전 거래일보다 3.1% 오른 4만 8,150원에 장을 마쳤다`: in a sentence about a share price
    /// (`주가` before the figure), a percentage that changes is the price's move (`주가 상승률`,
    /// `주가 하락률`) and an amount of money the market closed at (`…원에 장을 마쳤다`, `…에
    /// 마감했다`) is the closing price (`종가`), as the sets name them. Nil for any other figure.
    func koreanSharePrice(
        _ s: AnalyzedSentence,
        number: Range<Int>,
        unitEnd: Int,
        after j: Int,
        unit: String?
    ) -> String? {
        let sc = s.sentence.scalars
        guard unitEnd < sc.count, let ti = s.tokenIndex(at: number.lowerBound), ti > 0,
            s.tokens[..<ti].contains(where: { $0.baseScalars.isScalars(Self.sharePriceScalars) })
        else { return nil }
        if unit == "%" {
            guard let rise = change(sc, number: number, after: j) else { return nil }
            return rise ? "주가 상승률" : "주가 하락률"
        }
        // An amount of money (a currency's code) followed by `에` and the close within a few words.
        guard let unit, sc[unitEnd] == "에", lexicon.currencies.values.contains(unit) else { return nil }
        let near = { (word: [Unicode.Scalar]) in
            Scalars.find(word, in: sc, from: unitEnd + 1).map { $0 < unitEnd + 12 } ?? false
        }
        return near(Self.closedScalars) || near(Self.closingScalars) ? "종가" : nil
    }

    static let sharePriceScalars = Array("주가".unicodeScalars)
    static let closedScalars = Array("마쳤".unicodeScalars)
    static let closingScalars = Array("마감".unicodeScalars)

    /// The name of a change of `thing`: `매출 증가율`, `하루 호출량 증가`, `revenue growth`.
    static func changeName(of thing: String, rise: Bool, unit: String?) -> String {
        guard thing.unicodeScalars.contains(where: Scalars.isHangul) else {
            return thing + (rise ? " growth" : " decline")
        }
        let rate = unit == "%" || unit == "%포인트" || unit == "%p"
        return thing + (rise ? (rate ? " 증가율" : " 증가") : (rate ? " 감소율" : " 감소"))
    }

    /// Whether a figure opens a parenthesis (`(약 4조 6천억 원)`, `(5천만 회)`, `($12.9 billion)`).
    static func inParentheses(_ sc: [Unicode.Scalar], before i: Int) -> Bool {
        var b = i
        while b > 0, i - b < 8 {
            let c = sc[b - 1]
            if c == "(" { return true }
            guard Scalars.isSpace(c) || c == "$" || c == "약" || Scalars.isLatin(c) else { return false }
            b -= 1
        }
        return false
    }

    /// Words that end an English thing after the figure (`4.2 million vehicles globally last year`).
    static let englishThingEnds = WordSet([
        "of", "in", "and", "to", "from", "for", "at", "on", "by", "with", "or", "more", "less", "than", "last",
        "this", "next", "per", "each", "a", "the", "year", "while", "over", "after", "during", "since", "within",
        "before", "now", "across", "as", "on-year", "year-on-year", "year-over-year", "its", "their", "his", "her",
        "our", "earlier", "later", "ago", "yesterday", "today", "tomorrow",
    ])
    static let lyScalars: [Unicode.Scalar] = ["l", "y"]
    /// Base forms of change verbs before a figure (`order volume grow 20 percent`).
    static let changeBaseForms = WordSet(["grow", "rise", "fall"])

    // Lists made once, not at every call.
    static let approximateWords: TextSet = ["약", "대략", "최소"]
    static let subjectParticleSet: TextSet = ["은", "는", "이", "가"]
    static let notThingWords: TextSet = ["현재", "총", "모두", "가운데"]
    /// Words before a head count of `people` that make them employees (`employs`, `workforce`).
    static let employingWords: TextSet = [
        "employs", "employ", "employed", "employing", "hires", "hired", "workforce", "headcount", "staff",
    ]
    /// `가운데`, `중`: the whole a part is counted among (`7,600명 가운데 2,100명`).
    static let amongWords: TextSet = ["가운데", "중"]

    /// Words after `N0대` that make it an age (`40대 임원`, `30대 초반`, `60대 이상 임원`).
    static let ageWords = WordSet([
        "임원", "임원을", "임원이", "임원의", "경영진", "직원", "사원", "남성", "여성", "초반", "중반", "후반", "젊은", "리더",
        "CEO", "사장", "대표", "부사장", "전무", "상무", "이상", "이하", "인재", "세대",
    ])

    /// Whether `N0대` (written glued) before `end` is an age group.
    static func isAgeGroup(_ sc: [Unicode.Scalar], _ value: Double, after end: Int) -> Bool {
        guard (20...90).contains(value), value.truncatingRemainder(dividingBy: 10) == 0 else { return false }
        var a = end
        while a < sc.count, Scalars.isSpace(sc[a]) { a += 1 }
        var b = a
        while b < sc.count, !Scalars.isSpace(sc[b]), sc[b] != ",", sc[b] != "." { b += 1 }
        return a < b && ageWords.index(of: sc[a..<b]) != nil
    }

    /// Endings a counter may take besides particles (`4만 건이다`, `320억 개짜리`, `100개씩`).
    static let counterEndings = WordSet([
        "이다", "이었", "이라", "이며", "이고", "짜리", "씩", "가량", "여", "째", "당", "에", "다", "만", "쯤", "였", "대",
    ])

    /// Words before an English figure that name no thing (`revenue of RMB …`). A `WordSet`: by
    /// scalars, the same as `String` equality for these ASCII words, without making the base's
    /// `String`; the list was an array literal built on every test.
    /// Verbs that end an English clause's subject (`Overseas sales made up about 41%`), besides the
    /// lexicon's change words and past participles.
    static let englishClauseVerbs = WordSet([
        "is", "was", "were", "are", "has", "have", "had", "will", "would", "made", "make", "makes", "brought",
        "reached", "hit", "topped", "passed", "stood", "totaled", "totalled", "accounted", "spent", "employs",
        "raised", "returning", "raising", "said", "says", "came", "amounted", "exceeded", "surpassed", "pass",
        "should", "could", "can", "may", "might", "must",
    ])
    /// Words before a figure that only say how much (`at least`, `some`).
    static let englishQuantifiers = WordSet(["least", "most", "some", "roughly", "nearly", "around", "almost"])
    /// Words that refer to an owner, not a thing measured (`It rose`, `The company said`).
    static let englishSubjectPronouns = WordSet([
        "it", "they", "he", "she", "we", "its", "our", "their", "company", "group", "firm", "who", "which",
        "analysts",
    ])

    /// The subject of the English clause a figure stands in (`Revenue for 2024 rose 9.5%` →
    /// `Revenue`): the words from the clause's start (the sentence's, or after a comma) to its first
    /// verb, one to six of them, without a trailing `for 2024`; nil when it names an org, a person
    /// or an owner (`it`, `the company`).
    func englishClauseSubject(_ s: AnalyzedSentence, before n: Int) -> String? {
        let tokens = s.tokens
        guard n > 0, n <= tokens.count else { return nil }
        var c = n - 1
        while c > 0, !tokens[c - 1].comma, !tokens[c - 1].period, !tokens[c - 1].quoteAfter,
            !tokens[c - 1].isBase(in: Self.clauseOpenerWords), !Self.speechVerbs.contains(tokens[c - 1].baseScalars)
        {
            c -= 1
        }
        // `said on Monday its net profit rose`: a day, then the owner's determiner, before the thing.
        while c + 1 < n {
            if tokens[c].base == "on", RelativeDates.weekdayWords.index(of: tokens[c + 1].baseScalars) != nil {
                c += 2
            } else if Self.ownerDeterminers.contains(tokens[c].baseScalars), !tokens[c].comma {
                c += 1
            } else if tokens[c].isEnglishPossessive, tokens[c].orgIndex != nil || slotOrg(tokens[c]) != nil {
                // `Alibaba's revenue rose …`: the owner, then the thing.
                c += 1
            } else {
                break
            }
        }
        var v = c
        while v < n {
            let w = tokens[v].baseScalars
            // `Fang said the group had spent …`: a speaker, no thing.
            if Self.speechVerbs.contains(w) { return nil }
            if Self.dashes.contains(w) { return nil }
            if lexicon.changeWordSet.contains(w) || Self.englishClauseVerbs.contains(w)
                || (w.count > 3 && w.hasSuffix(Self.edScalars) && v > c)
            {
                break
            }
            v += 1
        }
        guard v < n, v > c, v - c <= 9 else { return nil }
        var e = v
        // `Revenue for 2024`: the period is the figure's date, not its thing.
        // (`revenue for Q3 2024`, `Revenue for the fiscal year`; `Total revenue for the three months to
        // June`: up to six words back.)
        if e - c >= 3,
            tokens[e - 1].dateLike || tokens[e - 1].base == "year" || tokens[e - 1].base == "quarter"
                || DateParsing.months[tokens[e - 1].base] != nil,
            let p = (max(c + 1, e - 6)..<(e - 1)).last(where: { tokens[$0].base == "for" || tokens[$0].base == "in" })
        {
            e = p
        }
        // `operating profit more than doubled`: the comparison words before the verb are no thing's.
        while e > c + 1, tokens[e - 1].isBase(in: Self.comparisonTail) { e -= 1 }
        guard e - c <= 6 else { return nil }
        for k in c..<e {
            let t = tokens[k]
            // (`downloads of DJI's SDKs`: an org's possessive inside the thing is part of it.)
            if !t.isEnglishPossessive || k == c, t.orgIndex != nil || person(t) != nil || slotOrg(t) != nil {
                return nil
            }
            if Self.englishSubjectPronouns.index(lowercasingASCII: t.baseScalars) != nil { return nil }
        }
        guard let f = tokens[c].baseScalars.first, Scalars.isLatin(f) else { return nil }
        return tokens[c..<e].map(\.text).joined(separator: " ")
    }

    static let shareWords: TextSet = ["shares", "Shares", "stock", "Stock"]
    /// Words after a share price's move (`closed 2.4% higher`), rising first.
    static let closeMoveWords: TextSet = ["higher", "up", "lower", "down"]

    /// `Shares of X closed 2.4% higher at 11,870 won`: the percentage is the share price's move, the
    /// amount after `higher at` the share price.
    static func shareCloseMove(_ s: AnalyzedSentence, at ti: Int, number: Range<Int>) -> String? {
        let tokens = s.tokens
        guard (max(0, ti - 8)..<ti).contains(where: { tokens[$0].isBase(in: shareWords) }) else { return nil }
        let sc = s.sentence.scalars
        let percentWord = KoreanNumbers.matches(sc, at: number.upperBound, Self.percentWord)
        let percent = percentWord || (number.upperBound < sc.count && sc[number.upperBound] == "%")
        // (`2.4% higher`, `2.4 percent higher`: the move word after the sign or the word, whose
        // token `ti` is.)
        let move = ti + 1
        if percent, move < tokens.count, tokens[move].isBase(in: closeMoveWords) {
            let rise = tokens[move].base == "higher" || tokens[move].base == "up"
            return rise ? "share price rise" : "share price decline"
        }
        // The number's first token, then `at` and the move word before it (a currency word between).
        guard !percent, var b = s.tokenIndex(at: number.lowerBound) else { return nil }
        b -= 1
        if b >= 0, !tokens[b].base.unicodeScalars.contains(where: Scalars.isLatin) || tokens[b].base == "HK" {
            b -= 1
        }
        guard b >= 1, tokens[b].base == "at", tokens[b - 1].isBase(in: closeMoveWords) else { return nil }
        return "share price"
    }
    static let comparisonTail: TextSet = ["more", "than", "less", "nearly", "almost", "roughly", "about", "over"]

    /// Whether a figure's unit counts things (not money, a share or a measure written as a code).
    static func isCountUnit(_ unit: String) -> Bool {
        guard let f = unit.unicodeScalars.first else { return true }
        return unit != "%" && !(unit.unicodeScalars.count == 3 && unit.unicodeScalars.allSatisfy(Scalars.isUpper))
            && (Scalars.isHangul(f) || Scalars.isLatin(f))
    }

    /// Whether the words after a date make it what a figure is compared with (`전년 동기 대비`, `지난해보다`,
    /// `전년 대비`).
    static func isComparisonBase(_ sc: [Unicode.Scalar], after end: Int) -> Bool {
        var k = end
        while k < sc.count, Scalars.isSpace(sc[k]) { k += 1 }
        // (`지난해(21만 5천 명)보다`: past what the parenthesis says of it.)
        if k < sc.count, sc[k] == "(", let close = sc[k...].firstIndex(of: ")"), close - k < 24 { k = close + 1 }
        return comparisonFollowers.contains { KoreanNumbers.matches(sc, at: k, $0) }
    }
    static let comparisonFollowers: [[Unicode.Scalar]] = [
        "대비", "동기", "보다", "같은 기간", "같은 달", "같은 분기", "말 대비", "말보다",
    ].map {
        Array($0.unicodeScalars)
    }
    static let percentWord = Array(" percent".unicodeScalars)

    /// Determiners naming the owner before a thing (`its net profit`): the thing is what follows.
    static let ownerDeterminers = WordSet(["its", "their", "Its", "Their"])
    /// `rose 41.5 percent last year to 312 million yuan`: a time between a figure and the change.
    static let periodNouns = WordSet(["year", "quarter", "month", "half"])
    static let periodDeterminers = WordSet(["last", "this", "the", "a", "first", "second", "third", "fourth"])

    static let edScalars: [Unicode.Scalar] = ["e", "d"]
    static let clauseOpenerWords: TextSet = ["that", "and", "while", "but", "as", "where", "which"]
    static let speechVerbs = WordSet(["said", "says", "told", "added", "noted"])
    static let dashes = WordSet(["—", "–", "-", "--"])

    static let englishThingSkips = WordSet([
        "of", "at", "to", "reached", "hit", "was", "were", "is", "totaled", "than", "more", "about",
    ])

    func thingCounted(_ s: AnalyzedSentence, number: Range<Int>, unitEnd: Int) -> String? {
        guard let ti = s.tokenIndex(at: max(number.lowerBound, unitEnd - 1)) else { return nil }
        let t = s.tokens[ti]
        // On the scalars (those of `text`): making the two words' `String`s cost more than the test.
        let english =
            s.tokens[ti].scalars.allSatisfy { !Scalars.isHangul($0) }
            && !(s.tokens.indices.contains(ti + 1)
                && s.tokens[ti + 1].scalars.contains(where: Scalars.isHangul))
        var words: [String] = []
        if english, let move = Self.shareCloseMove(s, at: ti, number: number) { return move }
        if english {
            // `4.2 million vehicles globally last year`: adverbs and time words end the thing; a
            // comma after the figure (`RMB 24.98 billion, up 61 percent`) ends the clause.
            var k = t.comma || t.period ? s.tokens.count : ti + 1
            // `22.9 billion yuan in revenue`: the thing after `in`, in lower case.
            if k + 1 < s.tokens.count, s.tokens[k].base == "in", !s.tokens[k].comma,
                let f = s.tokens[k + 1].baseScalars.first, Scalars.isLatin(f), !Scalars.isUpper(f),
                !Self.englishThingEnds.contains(s.tokens[k + 1].baseScalars)
            {
                k += 1
            }
            while k < s.tokens.count, words.count < 3 {
                let w = s.tokens[k]
                if w.baseScalars.first.map(Scalars.isDigit) ?? false || Self.englishThingEnds.contains(w.baseScalars)
                    || (!words.isEmpty && w.baseScalars.count > 4 && w.baseScalars.hasSuffix(Self.lyScalars))
                    || lexicon.changeWordSet.contains(w.baseScalars)
                {
                    break
                }
                words.append(w.base)
                if w.comma || w.period { break }
                k += 1
            }
            if !words.isEmpty { return words.joined(separator: " ") }
            var b = number.lowerBound > 0 ? (s.tokenIndex(at: number.lowerBound) ?? ti) - 1 : -1
            let first = b
            // `revenue of RMB 124.25 billion`: the currency word names no thing either.
            while b >= 0,
                Self.englishThingSkips.contains(s.tokens[b].baseScalars)
                    || (b == first && lexicon.currencies[s.tokens[b].base] != nil)
            { b -= 1 }
            // `… 41.5 percent last year to 312 million yuan`: the time, then the other figure's unit.
            // (`… in the fourth quarter to 7.1 billion yuan`: the ordinal, `the` and `in` too.)
            if b >= 1, Self.periodNouns.contains(s.tokens[b].baseScalars),
                Self.periodDeterminers.contains(s.tokens[b - 1].baseScalars)
            {
                b -= 2
                while b >= 0, b >= first - 5,
                    Self.periodDeterminers.contains(s.tokens[b].baseScalars)
                        || s.tokens[b].base == "in"
                {
                    b -= 1
                }
            }
            // `order volume grow 20 percent`, `shares rose 2.1%`, `market share in Europe rose to
            // 23%`: the thing is the noun before the change word (and before `in PLACE`).
            var rise: Bool?
            if b > 0,
                lexicon.changeWordSet.contains(s.tokens[b].baseScalars)
                    || Self.changeBaseForms.contains(s.tokens[b].baseScalars)
            {
                rise = lexicon.increaseWordSet.contains(s.tokens[b].baseScalars)
                b -= 1
                if b > 1, s.tokens[b - 1].base == "in" { b -= 2 }
            }
            // `Revenue for 2024 rose 9.5% to 409.1 billion yuan`: the percentage is the change of
            // the clause's subject, the amount the subject itself.
            let percent = number.upperBound < s.sentence.scalars.count && s.sentence.scalars[number.upperBound] == "%"
            func subject() -> String? {
                guard let noun = englishClauseSubject(s, before: first + 1) else { return nil }
                guard let rise, percent else { return noun }
                return noun + (rise ? " growth" : " decline")
            }
            guard b >= 0 else { return subject() }
            let w = s.tokens[b]
            // `valued at 3.5 trillion won`: a valuation.
            if w.base == "valued" || w.base == "valuation" { return "valuation" }
            // `Shares of Kakao Pay rose 4.7% to 38,650 won`: the price the shares moved to.
            if !percent, w.scalars.last == "%" || w.base == "percent",
                (max(0, b - 6)..<b).contains(where: { s.tokens[$0].isBase(in: Self.shareWords) })
            {
                return "share price"
            }
            // A figure, unit or currency word before it (`rose 24 percent to RMB 49.35 billion`) is
            // another figure's.
            if w.baseScalars.first.map(Scalars.isDigit) ?? false || lexicon.units.contains(w.base)
                || lexicon.counters.contains(w.base) || lexicon.currencies[w.base] != nil
            {
                return subject()
            }
            // (`Shares of Kakao Pay jumped 7.4 percent`: a word of an org's name is no thing.)
            // `Shares of Kakao Pay jumped 7.4 percent`: a share price's move.
            if let rise, percent || KoreanNumbers.matches(s.sentence.scalars, at: number.upperBound, Self.percentWord),
                (max(0, b - 4)...b).contains(where: { s.tokens[$0].isBase(in: Self.shareWords) })
            {
                return rise ? "share price rise" : "share price decline"
            }
            // (`… of Kakao Pay jumped`: a word of an org's name is no thing.)
            let orgWord =
                w.orgIndex != nil || slotOrg(w) != nil
                || (b > 0 && (w.baseScalars.first.map(Scalars.isUpper) ?? false)
                    && (s.tokens[b - 1].orgIndex != nil || slotOrg(s.tokens[b - 1]) != nil)
                    && !s.tokens[b - 1].isEnglishPossessive)
            if !w.comma, !Self.notEnglishThing(w.base), !Self.englishClauseVerbs.contains(w.baseScalars),
                !Self.englishQuantifiers.contains(w.baseScalars), !orgWord
            {
                // `Net profit attributable to shareholders climbed 14.3%`: the whole subject.
                if rise != nil, let whole = subject() { return whole }
                return w.base
            }
            return subject()
        }
        // Korean words compared through `Text` (by bytes, no normalisation: the same results).
        if t.hasPossessiveParticle || (!t.hasParticle && !t.comma && !t.period) {
            var k = ti + 1
            if !t.hasParticle, k < s.tokens.count, Text.same(s.tokens[k].text, "의") { k += 1 }
            while k < s.tokens.count, words.count < 4 {
                let w = s.tokens[k]
                let qualifierWord = Self.suffixQualifierScalars.contains(where: { w.scalars.hasPrefix($0) })
                // `20편 이상의 작품을`: the qualifier joined to the thing by `의` stands between them.
                if qualifierWord, words.isEmpty, k == ti + 1, w.hasPossessiveParticle {
                    k += 1
                    continue
                }
                if qualifierWord || w.dateLike { break }
                // `전체 직원 약 7,600명 가운데 2,100여 명이`: `among` is no thing; the noun before is.
                if words.isEmpty, w.isText(in: Self.amongWords) { break }
                guard Scalars.isHangul(w.scalars.first ?? " ") || Scalars.isCode(w.baseScalars) else { break }
                // `8.9% 늘었다`, `0.1%포인트 하락했고,`: a predicate names no thing.
                if Self.isPredicate(w.scalars) { break }
                words.append(!w.hasParticle ? w.text : w.base)
                if w.hasParticle || w.comma { break }
                if let last = w.scalars.last, Token.verbEndings.contains(last) { return nil }
                k += 1
            }
            if !words.isEmpty { return words.joined(separator: " ") }
        }
        // Before the number: bare nouns, the last may carry a subject particle.
        var b = (s.tokenIndex(at: number.lowerBound) ?? ti) - 1
        if b >= 0, s.tokens[b].isText(in: Self.approximateWords) { b -= 1 }
        let nearest = b
        while b >= 0, words.count < 3 {
            let w = s.tokens[b]
            if w.comma || w.period || w.quoteAfter || w.dateLike || w.hasParen { break }
            if words.isEmpty, w.hasParticle(in: Self.subjectParticleSet) {
                words.insert(w.base, at: 0)
            } else if w.isBare, !w.isText(in: Self.notThingWords), !w.isText(in: Self.adverbialHeads) {
                words.insert(w.text, at: 0)
            } else {
                break
            }
            if w.quoteBefore { break }
            b -= 1
        }
        if words.isEmpty { return clauseThing(s, before: nearest) }
        return words.joined(separator: " ")
    }

    /// Particles closing an adverbial phrase between a figure and the noun it measures (`지난해보다`,
    /// `2027년까지`, `시간외 거래에서`).
    static let adverbialParticles: TextSet = ["보다", "까지", "부터", "에서", "에", "만", "에만"]
    /// Words heading an adverbial without a particle (`지난달 말 기준`, `진출 초기 대비`, `현재`, `이미`).
    static let adverbialHeads: TextSet = [
        "기준", "대비", "현재", "이미", "올해", "지난해", "내년", "매년", "모두", "총", "같은", "동기",
    ]
    /// Particles marking the noun a clause's figure measures: its subject, topic or object (not
    /// `도`, which ends too many nouns: `정확도`, `밀도`).
    static let thingParticles: TextSet = ["은", "는", "이", "가", "을", "를"]
    /// Words opening a clause or pointing back, not part of the noun after them (`한편 쿠팡Inc
    /// 주가는`, `이 비중은`).
    static let clauseOpeners: TextSet = ["한편", "이어", "또", "또한", "특히", "다만", "이에", "이날", "이", "그", "해당"]

    /// The noun a Korean clause's figure measures when adverbials stand between them (`해외 매출
    /// 비중을 2027년까지 50%`, `주문 건수는 지난해보다 2배`, `누적 운행 건수는 지난달 말 기준 800만 건`):
    /// walking back from token `start` over adverbials (and the bare words that modify them) to a
    /// noun marked as subject, topic or object, with up to two bare nouns before it. Nil when
    /// anything else stands between, or no such noun is near.
    func clauseThing(_ s: AnalyzedSentence, before start: Int) -> String? {
        var b = start
        var inAdverbial = false
        while b >= 0, start - b < 8 {
            let w = s.tokens[b]
            if w.comma || w.period || w.quoteAfter || w.hasParen { return nil }
            let adverbial =
                w.dateLike || w.hasParticle(in: Self.adverbialParticles) || w.isText(in: Self.adverbialHeads)
            if !adverbial, w.hasParticle(in: Self.thingParticles) {
                // An org is whose the figure is, a counter (`427만 대를`) another figure's: neither is
                // what it measures.
                if w.orgIndex != nil || lexicon.counters.contains(w.base) || lexicon.units.contains(w.base)
                    || slotOrg(w) != nil || (!discoveredCounts.isEmpty && discoveredOrg(w) != nil)
                {
                    return nil
                }
                var words = [w.base]
                var c = b - 1
                while c >= 0, words.count < 3 {
                    let u = s.tokens[c]
                    guard u.isBare, !u.dateLike, !u.hasParen, !u.quoteAfter, !u.isText(in: Self.notThingWords),
                        !u.isText(in: Self.adverbialHeads), !u.isText(in: Self.clauseOpeners)
                    else { break }
                    words.insert(u.text, at: 0)
                    if u.quoteBefore { break }
                    c -= 1
                }
                return words.joined(separator: " ")
            }
            if adverbial {
                inAdverbial = true
            } else if !(inAdverbial && w.isBare) {
                return nil
            }
            if w.quoteBefore { return nil }
            b -= 1
        }
        return nil
    }
}
