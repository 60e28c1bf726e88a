import DossierModel

/// Dated facts: every explicit date of the report (not the date line), a day or a month once, a year
/// each time it is written, with the clause around it as summary. An event's dates come with the event's name.
extension ExtractionRun {
    mutating func findDated() {
        var seen: Set<String> = []
        /// Days dated a second time for a deal (once only).
        var dealKeys: Set<String> = []
        // The events' names as scalars, made once (`isInEventName`); only those with a digit can hold
        // a date.
        let eventNames = events.map { Array($0.fact.name.unicodeScalars) }.filter {
            $0.contains(where: Scalars.isDigit)
        }
        for s in sentences
        where !s.isDateLine && !s.sentence.isFurniture
            && !(s.number == 1 && Self.isHeadline(s.sentence) && sentences.count > 1)
        {
            // (Whether the sentence names a deal signed: looked for once, for a day seen before.)
            var signsADeal: Bool?
            for d in s.dates {
                // `이날` names a day already named.
                if d.range.count == 2, s.sentence.scalars[d.range].elementsEqual(Self.thatDayScalars) { continue }
                // `지난해` alone is the time of a figure, not an event of its own.
                // `내년 상반기 출시`, `by the end of next year`: a plan for next year is an event.
                // (`올해 안에 5천 곳까지 늘리겠다`, `올해 … 늘릴 계획`: a plan for this year is one too.)
                if d.yearInferred && d.start.month == nil && d.start.year != publishedYear.map({ $0 + 1 })
                    && !(d.start.year == publishedYear
                        && (Self.plansAfter(s.sentence.scalars, d.range.upperBound)
                            || Self.plansBefore(s.sentence.scalars, d.range.lowerBound)))
                {
                    continue
                }
                // `내년 테크월드를 2026년 11월 선전에서`: the month the sentence writes dates the plan.
                // (Written after it: `루 총재는 21일 사내 공지에서 “올해 안에 … 늘리겠다”`, a day before, is when the plan
                // was told.)
                if d.yearInferred, d.start.month == nil,
                    s.dates.contains(where: {
                        $0.start.year == d.start.year && $0.start.month != nil
                            && $0.range.lowerBound >= d.range.upperBound
                    })
                {
                    continue
                }
                // `‘2025년 4분기 실적 콘퍼런스콜’에서`: the period an event's quoted name reports is not
                // when something happened.
                if !eventNames.isEmpty,
                    d.start.month != nil || Self.periodOfYear(s.sentence.scalars, around: d.range) != nil,
                    Self.isInEventName(s, d.range, eventNames)
                {
                    continue
                }
                // `posted an operating loss of 412 billion won in 2024`: in English, a year right after a
                // figure is the figure's time, not a happening's (a target still is one: `aims to reach
                // 300 billion won in 2027`).
                if d.start.month == nil, !d.yearInferred, Self.followsAFigure(s.sentence.scalars, d.range.lowerBound),
                    !Self.englishTargetWords.contains(where: { Scalars.find($0, in: s.sentence.scalars) != nil })
                {
                    continue
                }
                // `지난 10월 기준 600만 명`: the time of a figure. `2025년 정기 임원인사`: the name of a
                // personnel round, not a date.
                if Self.isReferenceDate(s.sentence.scalars, after: d.range.upperBound, yearOnly: d.start.month == nil) {
                    continue
                }
                // `내년 상반기 출시`, `2025년 4분기`, `the first half of next year`: a year's half or
                // quarter dates the happening by its first and last month.
                var d = d
                if d.start.month == nil, let year = d.start.year,
                    let (first, last) = Self.periodOfYear(s.sentence.scalars, around: d.range),
                    let a = PartialDate(year: year, month: first), let b = PartialDate(year: year, month: last)
                {
                    d.start = a
                    d.end = b
                }
                let key = d.start.iso + "/" + (d.end?.iso ?? "")
                // A year alone may date several happenings (`2025년 흑자전환`, `2025년 상장`); a month
                // or a day is one happening's, named once, unless another sentence names a deal made on it
                // (`개막일인 18일에는 … 공급 계약을 맺었다`: the event's day and the deal's).
                // (`… told employees at a town hall later on Tuesday`, `같은 날 오후 전 직원 타운홀 미팅에서`: staff
                // addressed on the day, as a deal.)
                // (`The company will reorganize into two divisions that day`: a reorganisation on the day, as a
                // deal.)
                if seen.contains(key) || Self.isEnglishThatDay(s.sentence.scalars, d.range), d.start.month != nil {
                    if signsADeal == nil {
                        signsADeal = Self.namesADeal(s) || Self.addressesStaff(s) || Self.reorganizes(s)
                    }
                    guard signsADeal == true, dealKeys.insert(key).inserted else { continue }
                }
                seen.insert(key)
                let event = events.first { $0.fact.start == d.start }
                let summary = event.map(\.fact.name) ?? clause(s, around: d.range)
                let fact = DatedFact(
                    date: d.start,
                    end: d.end ?? event?.fact.end,
                    subject: subjectOrg(s, near: d.range.lowerBound),
                    summary: summary,
                    yearInferred: d.yearInferred ? true : nil
                )
                emit(fact, sentence: s)
            }
        }
    }

    /// Whether a sentence tells of units set up or an org reorganised (a verb of the lexicon's `establish_verbs`,
    /// a Latin one opening a word: not `outperforming` for `forming`).
    /// (The sentence's first such verb, found once already: `SentenceVerbs.establishRange`.)
    static func reorganizes(_ s: AnalyzedSentence) -> Bool {
        guard let at = s.verbs.establishRange?.lowerBound else { return false }
        let sc = s.sentence.scalars
        return at == 0 || !Scalars.isLatin(sc[at]) || !Scalars.isLatin(sc[at - 1])
    }

    /// Whether the date at `range` is English `that day` or `same day` (`Analysis.englishThatDayWords`): a day
    /// named before, dated again only for a deal, staff addressed or a reorganisation, as a day seen.
    static func isEnglishThatDay(_ sc: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        range.count == 8 && range.upperBound <= sc.count
            && englishThatDayWords.contains { $0.dropFirst().elementsEqual(sc[range]) }
    }

    /// Whether a sentence names a deal signed (`협약`, `계약`, `MOU`, `agreement`, `deal`).
    /// (A deal's word and a verb of signing it: `계약을 맺었다`, `협약을 체결했다`, `signed a deal`; not `계약직
    /// 직원`, `dealers`, nor `지난해 맺은 계약이 늘었다`, a deal signed before.)
    static func namesADeal(_ s: AnalyzedSentence) -> Bool {
        let sc = s.sentence.scalars
        for w in dealWords {
            var from = 0
            while let at = Scalars.find(w, in: sc, from: from) {
                from = at + 1
                let e = at + w.count
                if Scalars.isHangul(w[0]) {
                    // `계약을 맺었다`: the object, its particle, then the verb.
                    guard e < sc.count, sc[e] != "직" else { continue }
                    if Self.hasSigningWord(sc, in: e..<min(sc.count, e + 6)) { return true }
                } else {
                    // `signed a three-year deal`, `The agreement was signed`: the verb a few words before or after.
                    guard e == sc.count || !Scalars.isLatin(sc[e]) else { continue }
                    if Self.hasSigningWord(sc, in: max(0, at - 30)..<min(sc.count, e + 12)) { return true }
                }
            }
        }
        return false
    }
    /// Whether a verb of signing starts within `range` (compared in place: no copy of the window).
    static func hasSigningWord(_ sc: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        let words = signingWords
        let firsts = signingFirsts
        for k in range where firsts.contains(sc[k]) {
            if words.contains(where: { sc[k] == $0[0] && KoreanNumbers.matches(sc, at: k, $0) }) { return true }
        }
        return false
    }

    /// Words of a deal (`협약`, `계약`, `MOU`, `agreement`).
    static let dealWords: [[Unicode.Scalar]] = [
        "협약", "계약", "MOU", "MoU", "agreement", "deal", "memorandum", "contract",
    ]
    .map { Array($0.unicodeScalars) }
    /// Whether a sentence tells of the staff addressed (`사내 타운홀 미팅에서`, `전 직원에게 보낸 공지에서`,
    /// `told employees at a town hall`, `an all-hands meeting`).
    static func addressesStaff(_ s: AnalyzedSentence) -> Bool {
        // One pass over the sentence, each word tried only where its first scalar stands.
        let sc = s.sentence.scalars
        for k in sc.indices {
            // (A switch on the words' first scalars: compared in place, where a lookup in a list or a set of
            // them cost more than the eight searches it replaced. A word added to the list needs its first
            // scalar here: `staffAddressWordsAreEachFound` checks every one.)
            switch sc[k] {
            case "타", "사", "전", "임", "t", "a":
                if staffAddressWords.contains(where: { sc[k] == $0[0] && KoreanNumbers.matches(sc, at: k, $0) }) {
                    return true
                }
            default: continue
            }
        }
        return false
    }
    static let staffAddressWords: [[Unicode.Scalar]] = [
        "타운홀", "사내 공지", "전 직원에게", "임직원에게", "town hall", "all-hands", "told employees", "told staff",
    ]
    .map { Array($0.unicodeScalars) }

    /// Verbs of signing one (`맺었다`, `체결했다`, `signed`).
    static let signingWords: [[Unicode.Scalar]] = ["맺", "체결", "signed", "signs", "inked"].map {
        Array($0.unicodeScalars)
    }
    /// The first scalars of `signingWords`, tested before the words.
    static let signingFirsts: [Unicode.Scalar] = signingWords.map { $0[0] }

    /// Whether a plan follows a date within sixty scalars and the date's own sentence (`늘릴 계획`, `늘리겠다`,
    /// `plans to`): `계획`
    /// after a verb's future form (a syllable closed by ㄹ, then a space), not a plan as a noun
    /// (`당초 계획을 웃돌았다`). (Not a target figure: `올해 목표는 60만 대`, `올해 매출 목표를 …로 잡았다`.)
    static func plansAfter(_ sc: [Unicode.Scalar], _ from: Int) -> Bool {
        guard Scalars.find(targetScalars, in: sc) == nil else { return false }
        // (In the date's own quoted sentence: not past a closing quotation mark or a sentence's full stop,
        // `“올해는 아픈 한 해였다. … 내년에는 반등하겠다”`; a decimal point or an abbreviation's stop, `1.5배`, `Inc.`,
        // ends nothing.)
        var end = min(sc.count, from + 60)
        var k = from
        while k < end {
            if sc[k] == "”"
                || (sc[k] == "." && k + 1 < sc.count && Scalars.isSpace(sc[k + 1]) && k > 0
                    && Scalars.isHangul(sc[k - 1]))
            {
                end = k
                break
            }
            k += 1
        }
        for w in planWords {
            var k = from
            while let at = Scalars.find(w, in: sc, from: k), at + w.count <= end {
                if w != planScalars { return true }
                // `늘릴 계획`: the syllable two before `계획` is closed by ㄹ (final consonant 8).
                if at >= 2, sc[at - 1] == " ", Scalars.isHangul(sc[at - 2]), (sc[at - 2].value - 0xAC00) % 28 == 8 {
                    return true
                }
                k = at + 1
            }
        }
        return false
    }

    /// Whether `in` and a figure's last word (a digit, `%`, or a word for money, a scale or a count)
    /// stand right before a year at `start` (`412 billion won in 2024`, `rose 40.3% in 2024`).
    static func followsAFigure(_ sc: [Unicode.Scalar], _ start: Int) -> Bool {
        let inWord: [Unicode.Scalar] = ["i", "n", " "]
        guard start >= 5, sc[(start - 3)..<start].elementsEqual(inWord), sc[start - 4] == " " else { return false }
        let last = sc[start - 5]
        if Scalars.isDigit(last) || last == "%" { return true }
        let words = RelativeDates.latinWords(sc, before: start - 4, count: 1)
        return words.first.map { figureWords.contains($0) } ?? false
    }

    /// Words that make an English figure a target (`aims to reach 300 billion won in 2027`).
    static let englishTargetWords: [[Unicode.Scalar]] = [
        "aims to", "plans to", "expects to", "targets", "hopes to", "wants to", "will ",
    ].map { Array($0.unicodeScalars) }

    /// Words that end an English figure (`won`, `yuan`, `billion`, `units`).
    static let figureWords: Set<String> = [
        "won", "yuan", "dollars", "euros", "yen", "percent", "million", "billion", "trillion", "units", "people",
        "employees", "users", "customers", "vehicles", "cars", "chips",
    ]

    static let planScalars = Array("계획".unicodeScalars)
    /// `will run 12 service centers by the end of the year`, `aims to … this year`: in English, a verb of
    /// what is to come before this year's mention, in its clause (after the last comma before it), makes it
    /// a plan (not `The deal, which would have doubled capacity, was scrapped this year`).
    static func plansBefore(_ sc: [Unicode.Scalar], _ start: Int) -> Bool {
        guard start > 0, Scalars.isLatin(sc[0]) || sc[0] == "\"" || sc[0] == "“" else { return false }
        let clause = sc[..<start].lastIndex(of: ",").map { $0 + 1 } ?? 0
        return englishPlanWords.contains { w in
            Scalars.find(w, in: sc, from: clause).map { $0 + w.count <= start } ?? false
        }
    }
    /// `planWords`' English ones (`plans to`, `aims to`) and the verbs of what is to come before a date.
    static let englishPlanWords: [[Unicode.Scalar]] =
        [" will ", "expects to", "intends to"].map { Array($0.unicodeScalars) }
        + planWords.filter { Scalars.isLatin($0[0]) }

    static let planWords: [[Unicode.Scalar]] = ["계획", "겠다", "plans to", "aims to"].map { Array($0.unicodeScalars) }
    static let targetScalars = Array("목표".unicodeScalars)

    /// Whether a date is written inside the name of one of the report's events (their names' scalars),
    /// where the sentence names it.
    static func isInEventName(_ s: AnalyzedSentence, _ range: Range<Int>, _ names: [[Unicode.Scalar]]) -> Bool {
        names.contains { name in
            guard name.count > range.count, let at = Scalars.find(name, in: s.sentence.scalars) else { return false }
            return at <= range.lowerBound && range.upperBound <= at + name.count
        }
    }

    /// The first and last month of a half or quarter written with a year: after it in Korean
    /// (`내년 상반기`, `2025년 4분기`), before it in English (`the second half of 2025`).
    static func periodOfYear(_ sc: [Unicode.Scalar], around range: Range<Int>) -> (Int, Int)? {
        var k = range.upperBound
        while k < sc.count, Scalars.isSpace(sc[k]) { k += 1 }
        if KoreanNumbers.matches(sc, at: k, "상반기") { return (1, 6) }
        if KoreanNumbers.matches(sc, at: k, "하반기") { return (7, 12) }
        if k + 2 < sc.count, let q = Int(String(sc[k])), (1...4).contains(q), KoreanNumbers.matches(sc, at: k + 1, "분기")
        {
            return (3 * q - 2, 3 * q)
        }
        // The three words before the year: an ordinal, `half` or `quarter`, and `of`.
        var words: [String] = []
        var b = range.lowerBound
        while words.count < 3 {
            while b > 0, Scalars.isSpace(sc[b - 1]) { b -= 1 }
            var a = b
            while a > 0, Scalars.isLatin(sc[a - 1]) { a -= 1 }
            guard a < b else { return nil }
            words.append(Scalars.string(sc[a..<b]))
            b = a
        }
        guard words[0] == "of", let n = englishOrdinals[words[2]] else { return nil }
        let period = words[1]
        if period == "half", n <= 2 { return n == 1 ? (1, 6) : (7, 12) }
        if period == "quarter", n <= 4 { return (3 * n - 2, 3 * n) }
        return nil
    }

    static let englishOrdinals = ["first": 1, "second": 2, "third": 3, "fourth": 4]

    static let referenceWords: [[Unicode.Scalar]] = ["기준", "말 기준", "말기준"].map { Array($0.unicodeScalars) }
    static let roundWords: [[Unicode.Scalar]] = ["정기", "임원인사", "조직개편", "인사"].map { Array($0.unicodeScalars) }

    /// Whether the words after a date make it a figure's reference time or a round's name.
    static func isReferenceDate(_ sc: [Unicode.Scalar], after end: Int, yearOnly: Bool) -> Bool {
        var k = end
        // `2024년도 조직개편`: the year's round, written with `도`.
        if yearOnly, k < sc.count, sc[k] == "도" { k += 1 }
        while k < sc.count, Scalars.isSpace(sc[k]) { k += 1 }
        if referenceWords.contains(where: { KoreanNumbers.matches(sc, at: k, $0) }) { return true }
        return yearOnly && roundWords.contains(where: { KoreanNumbers.matches(sc, at: k, $0) })
    }

    /// The words around a date, up to the nearest sentence end.
    func clause(_ s: AnalyzedSentence, around range: Range<Int>) -> String {
        let sc = s.sentence.scalars
        var a = range.lowerBound
        while a > 0, !(sc[a - 1] == "." && (a >= sc.count || Scalars.isSpace(sc[a]))), !Scalars.isQuote(sc[a - 1]),
            range.lowerBound - a < 60
        {
            a -= 1
        }
        // Cut at the limit, the clause starts at a word (not `s 2025 electric-vehicle …`).
        if a > 0, range.lowerBound - a >= 60, !Scalars.isSpace(sc[a - 1]) {
            while a < range.lowerBound, !Scalars.isSpace(sc[a]) { a += 1 }
        }
        var b = range.upperBound
        // A full stop between digits (`1.4나노`) is a decimal point.
        while b < sc.count,
            sc[b] != "." || (b > 0 && b + 1 < sc.count && Scalars.isDigit(sc[b - 1]) && Scalars.isDigit(sc[b + 1])),
            !Scalars.isQuote(sc[b]), b - range.upperBound < 80
        {
            b += 1
        }
        if b < sc.count, b - range.upperBound >= 80, !Scalars.isSpace(sc[b]) {
            while b > range.upperBound, !Scalars.isSpace(sc[b - 1]) { b -= 1 }
        }
        return Self.trimmedClause(sc, a..<b)
    }

    /// `Sentence.slice(r).trimmed(", ")` of the sentence's scalars `sc`, trimmed on the scalars and
    /// the `String` made once (it was made, then trimmed into a copy).
    static func trimmedClause(_ sc: [Unicode.Scalar], _ r: Range<Int>) -> String {
        var a = max(0, r.lowerBound)
        var b = min(sc.count, r.upperBound)
        while a < b, isClauseEdge(sc[a]) { a += 1 }
        while b > a, isClauseEdge(sc[b - 1]) { b -= 1 }
        return a < b ? Scalars.string(sc[a..<b]) : ""
    }

    /// What `trimmed(", ")` takes off a clause's ends: white space, line feeds and commas.
    @inline(__always)
    static func isClauseEdge(_ c: Unicode.Scalar) -> Bool { Scalars.isSpace(c) || c == "\n" || c == "," }
}
