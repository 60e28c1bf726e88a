import DossierModel

/// Dates that only make sense against the publication day: `지난 5일`, `4일부터 이틀간`,
/// `on Tuesday`, `said Friday`, `Lenovo today opened`.
enum RelativeDates {
    static let weekdays: [String: Int] = [
        "Sunday": 0, "Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5, "Saturday": 6,
    ]
    /// The weekdays by scalars, valued by number.
    static let weekdayWords = WordSet(scalars: weekdays.map { (Array($0.key.unicodeScalars), $0.value) })

    /// Korean spans of days after a start day: `이틀간` is the start and the next day.
    static let koreanSpans: [(String, Int)] = [("이틀", 2), ("사흘", 3), ("나흘", 4), ("닷새", 5), ("엿새", 6)]

    /// Days since 1970-01-01 of a civil date (`CivilCalendar`).
    static func days(year: Int, month: Int, day: Int) -> Int { CivilCalendar.days(year: year, month: month, day: day) }

    /// The civil date of a day count since 1970-01-01.
    static func civil(_ days: Int) -> PartialDate? {
        let (y, m, d) = CivilCalendar.date(daysSinceEpoch: days)
        return PartialDate(year: y, month: m, day: d)
    }

    /// The publication day as a day count, when the publication date has a day.
    static func dayCount(_ d: PartialDate?) -> Int? {
        guard let d, let y = d.year, let m = d.month, let day = d.day else { return nil }
        return days(year: y, month: m, day: day)
    }

    /// `지난 4월`, `오는 12월` with no day: the month in the year of publication, the year before
    /// when `지난` names a month after the publication month, the year after when `오는` names one
    /// before it.
    static func relativeMonth(_ s: [Unicode.Scalar], at start: Int, published: PartialDate?) -> DateMention? {
        guard let pub = published, let year = pub.year, let pubMonth = pub.month else { return nil }
        if start > 0, !Scalars.isSpace(s[start - 1]) { return nil }
        var i = start
        guard let (m, _) = DateParsing.int(s, &i, maxDigits: 2), i < s.count, s[i] == "월", (1...12).contains(m) else {
            return nil
        }
        i += 1
        // A day after the month is `DateParsing.match`'s (`오는 12월 1단계` has none).
        var k = i
        DateParsing.skipSpace(s, &k)
        if k < s.count, Scalars.isDigit(s[k]) {
            var d = k
            if DateParsing.int(s, &d, maxDigits: 2) != nil, d < s.count, s[d] == "일" { return nil }
        }
        let before = DateParsing.previousHangulWord(s, before: start)
        var y = year
        switch before {
        case "지난": if m > pubMonth { y -= 1 }
        case "오는": if m < pubMonth { y += 1 }
        // `2023년 3월 설립된 X는 같은 해 10월`: the year written before (`Analysis`, `followsSameYear`).
        case "해", "그해", "같은해":
            guard
                before != "해" || DateParsing.previousHangulWord(s, before: max(0, start - 2)) == "같은"
                    || DateParsing.previousHangulWord(s, before: max(0, start - 2)) == "그"
            else { return nil }
        default: return nil
        }
        guard let date = PartialDate(year: y, month: m) else { return nil }
        return DateMention(range: start..<i, start: date, end: nil, yearInferred: true)
    }

    /// Words before a day that make it no date (`매월 10일`): a list made once, compared by bytes.
    static let notDayWords = ["매월", "매달", "최근", "하루", "평균"]

    /// `지난 5일`, `5일`, `오는 10일` with no month: the month (and year) of publication, the month
    /// before when the day lies after the publication day and the text does not say `오는`.
    static func koreanDay(_ s: [Unicode.Scalar], at start: Int, published: PartialDate?) -> DateMention? {
        // (A date line without a year, `입력 10.13 08:10`, settles the month and day only.)
        guard let pub = published, let month = pub.month, let pubDay = pub.day else { return nil }
        let year = pub.year
        if start > 0, !Scalars.isSpace(s[start - 1]), s[start - 1] != "(" { return nil }
        var i = start
        guard let (d1, d2) = DateParsing.koreanDays(s, &i) else { return nil }
        // `3일간`, `5일째`, `3일 만에` are durations, not days.
        if i < s.count, s[i] == "간" || s[i] == "째" { return nil }
        if KoreanNumbers.matches(s, at: i, " 만에") || KoreanNumbers.matches(s, at: i, " 동안") { return nil }
        // `30일이 지나면`, `14일 이내`: a span of days.
        if KoreanNumbers.matches(s, at: i, "이 지나") || KoreanNumbers.matches(s, at: i, " 이내") { return nil }
        let before = DateParsing.previousHangulWord(s, before: start)
        if Text.isOne(of: Self.notDayWords, before) { return nil }
        let coming = Text.same(before, "오는")
        var m = month
        var y = year
        // `둘째 날인 17일에는 … 발표한다`: a day after publication in a sentence in the present or
        // future tense is later this month, not last month.
        // `10일부터 다음 달 9일까지`: a span reaching into next month starts this month.
        var f = i
        if KoreanNumbers.matches(s, at: f, "부터") { f += 2 }
        DateParsing.skipSpace(s, &f)
        let untilNextMonth = f > i + 1 && KoreanNumbers.matches(s, at: f, "다음 달")
        // (`지난 25일부터 다음 달 5일까지 진행 중이다`: `지난` says the day has passed, whatever the tense.)
        let past = untilNextMonth && Text.same(before, "지난")
        // (`13일까지 이어지는 행사에는 … 신청했다`: a span still running, whatever the last verb's tense.)
        if !coming, d1 > pubDay, past || (!untilNextMonth && !Self.endsInPresentTense(s) && !Self.runsUntil(s, i)) {
            m -= 1
            if m == 0 {
                m = 12
                y = y.map { $0 - 1 }
            }
        } else if coming, d1 < pubDay {
            m += 1
            if m == 13 {
                m = 1
                y = y.map { $0 + 1 }
            }
        }
        guard let date = PartialDate(year: y, month: m, day: d1) else { return nil }
        var end = d2.flatMap { PartialDate(year: y, month: m, day: $0) }
        // (After `부터` and the spaces: `f`, above.)
        let k = f
        if end == nil {
            for (word, n) in koreanSpans where KoreanNumbers.matches(s, at: k, word + "간") {
                // Without the year, a span within the month (every month has 28 days).
                if let y {
                    end = civil(days(year: y, month: m, day: d1) + n - 1)
                } else if d1 + n - 1 <= 28 {
                    end = PartialDate(year: nil, month: m, day: d1 + n - 1)
                }
                i = k + word.unicodeScalars.count + 1
                break
            }
        }
        return DateMention(range: start..<i, start: date, end: end, yearInferred: y != nil)
    }

    /// Whether `까지` and a verb saying something still runs follow the day ending at `i` (`13일까지
    /// 이어지는 행사`, `20일까지 열리는 전시`).
    static func runsUntil(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard KoreanNumbers.matches(s, at: i, "까지 ") else { return false }
        return runningWords.contains { KoreanNumbers.matches(s, at: i + 3, $0) }
    }

    static let runningWords = ["이어지는", "열리는", "계속되는", "진행되는", "이어진다", "열린다", "계속된다", "진행된다"]

    /// Whether the sentence's last verb is in the present or future tense: it ends with `다` after
    /// a syllable closed by ㄴ (`한다`, `연다`, `선보인다`) or after `는` (`맡는다`), or with
    /// `예정이다`, `계획이다`.
    static func endsInPresentTense(_ s: [Unicode.Scalar]) -> Bool {
        var i = s.count
        while i > 0, !Scalars.isHangul(s[i - 1]) { i -= 1 }
        guard i >= 2, s[i - 1] == "다" else { return false }
        let before = s[i - 2]
        if before == "는" { return true }
        if before == "이", i >= 4, KoreanNumbers.matches(s, at: i - 4, "예정") || KoreanNumbers.matches(s, at: i - 4, "계획")
        {
            return true
        }
        let v = before.value
        return (0xAC00...0xD7A3).contains(v) && (v - 0xAC00) % 28 == 4
    }

    /// Month words before a day, by months from the publication month: `지난달 18일`,
    /// `이달 5일`, `다음 달 1일자`.
    static let monthWords: [([Unicode.Scalar], Int)] = [
        ("지난달", -1), ("지난 달", -1), ("전달", -1), ("이달", 0), ("이번 달", 0), ("이번달", 0), ("다음 달", 1),
        ("다음달", 1), ("내달", 1),
    ].map { (Array($0.0.unicodeScalars), $0.1) }
    static let monthWordFirst: [Unicode.Scalar] = Array(Set(monthWords.compactMap(\.0.first)))

    /// Particles a month word may carry (`지난달에`, `이달부터`, `다음 달까지`).
    static let monthWordParticles: [[Unicode.Scalar]] = ["에는", "에", "부터", "까지", "중", "말", "초"].map {
        Array($0.unicodeScalars)
    }

    static func monthWordParticle(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        monthWordParticles.contains { KoreanNumbers.matches(s, at: i, $0) }
    }

    /// `지난달 18일`, `다음 달 1일`: the day in the month before or after the publication month;
    /// `지난달`, `이달부터` with no day: that month.
    static func monthWordDay(_ s: [Unicode.Scalar], at start: Int, published: PartialDate?) -> DateMention? {
        guard let pub = published, let year = pub.year, let month = pub.month else { return nil }
        // A word of its own: not the end of a longer word (`이달` in `...이달성`).
        if start > 0, Scalars.isHangul(s[start - 1]) { return nil }
        // Only when a month word can start here: the loop retains and releases every word.
        guard monthWordFirst.contains(s[start]) else { return nil }
        for (word, offset) in monthWords where KoreanNumbers.matches(s, at: start, word) {
            var i = start + word.count
            var m = month + offset
            var y = year
            if m == 0 {
                m = 12
                y -= 1
            } else if m == 13 {
                m = 1
                y += 1
            }
            DateParsing.skipSpace(s, &i)
            guard i < s.count, Scalars.isDigit(s[i]), let (d1, d2) = DateParsing.koreanDays(s, &i) else {
                // `지난달 시리즈C에서 … 유치했다`: the month itself.
                let wordEnd = start + word.count
                guard wordEnd >= s.count || !Scalars.isHangul(s[wordEnd]) || Self.monthWordParticle(s, at: wordEnd),
                    let date = PartialDate(year: y, month: m)
                else { return nil }
                return DateMention(range: start..<wordEnd, start: date, end: nil, yearInferred: true)
            }
            guard let date = PartialDate(year: y, month: m, day: d1) else { return nil }
            let end = d2.flatMap { PartialDate(year: y, month: m, day: $0) }
            return DateMention(range: start..<i, start: date, end: end, yearInferred: true)
        }
        return nil
    }

    /// `Tuesday`, `Friday`: the latest such day on or before publication; `today` after a
    /// name or `said`: the publication day.
    /// Whether the words before a weekday say it is still to come: `next`, or within the four words
    /// before, `will` or a verb of an event's course in the present (`ends`, `runs`, `opens`).
    static func saysComing(_ s: [Unicode.Scalar], before start: Int) -> Bool {
        for (k, word) in latinWords(s, before: start, count: 4).enumerated() {
            if k == 0, word == "next" { return true }
            if comingWords.contains(word) { return true }
        }
        return false
    }

    /// The Latin words right before `start`, nearest first (at most `count`; fewer when another
    /// kind of word comes first).
    static func latinWords(_ s: [Unicode.Scalar], before start: Int, count: Int) -> [String] {
        var words: [String] = []
        var b = start
        while words.count < count {
            while b > 0, Scalars.isSpace(s[b - 1]) { b -= 1 }
            var a = b
            while a > 0, Scalars.isLatin(s[a - 1]) { a -= 1 }
            guard a < b else { break }
            words.append(Scalars.string(s[a..<b]))
            b = a
        }
        return words
    }

    /// Whether `in` and, within the three words before it, a verb in the past tense stand before a
    /// month at `start` (`who took over in December`, `was set up in November`); not when a word
    /// there speaks of what is to come (`will be held in December`, `is expected to close in December`).
    /// (Up to seven words back, within the clause: `set up in Singapore in September`.)
    static func saysPast(_ s: [Unicode.Scalar], before start: Int) -> Bool {
        let words = latinWords(s, before: start, count: 8)
        guard words.first == "in" else { return opensWithPastMonth(s, at: start) }
        // Nearest first: the first word that tells decides (`was promoted to CEO in`: `promoted`); a
        // past form after `be` is a passive still to come (`will be held in`).
        let verbs = Array(words.dropFirst())
        for (k, w) in verbs.enumerated() {
            if comingWords.contains(w) || notPastWords.contains(w) { return false }
            if isPastForm(w) { return k + 1 >= verbs.count || verbs[k + 1] != "be" }
        }
        return false
    }

    /// `In August, UGREEN reported …`: a sentence opened by `In` and the month, a comma, then a past verb
    /// within four words.
    static func opensWithPastMonth(_ s: [Unicode.Scalar], at start: Int) -> Bool {
        guard start == 3, KoreanNumbers.matches(s, at: 0, "In ") else { return false }
        var k = start
        while k < s.count, Scalars.isLatin(s[k]) || s[k] == "." { k += 1 }
        guard k < s.count, s[k] == "," else { return false }
        var words: [String] = []
        var i = k + 1
        while words.count < 4, i < s.count {
            while i < s.count, Scalars.isSpace(s[i]) { i += 1 }
            var e = i
            while e < s.count, Scalars.isLatin(s[e]) || s[e] == "-" { e += 1 }
            guard e > i else { break }
            words.append(Scalars.string(s[i..<e]))
            i = e
        }
        for w in words {
            if comingWords.contains(w) || notPastWords.contains(w) { return false }
            if isPastForm(w) { return true }
        }
        return false
    }

    /// A verb in the past tense: one of `pastWords`, or a lower-case word in `-ed` (not `United`, `need`).
    static func isPastForm(_ w: String) -> Bool {
        pastWords.contains(w)
            || (w.utf8.count > 4 && w.hasSuffix("ed") && !w.hasSuffix("eed")
                && w.utf8.first.map { (0x61...0x7A).contains($0) } == true)
    }

    /// Verbs in the past tense that do not end in `-ed` (`took over in`, `was set up in`).
    static let pastWords: Set<String> = [
        "took", "was", "were", "set", "began", "made", "became", "left", "won", "held", "went", "came",
    ]
    /// Words before a month that speak of what is to come (`expected in December`, `will be held in`,
    /// `to close in`).
    static let notPastWords: Set<String> = [
        "expected", "scheduled", "planned", "slated", "targeted", "aimed", "anticipated", "will", "would", "be",
        "is", "are", "shall", "may", "could",
    ]

    static let comingWords: Set<String> = [
        "will", "ends", "runs", "opens", "closes", "begins", "starts", "wraps", "kicks", "continues",
    ]

    /// `last`, `this`, `next` (or capitalised) before `month`: months from the publication's.
    static func englishMonthOffset(_ w: ArraySlice<Unicode.Scalar>) -> Int? {
        guard let f = w.first else { return nil }
        let rest = w.dropFirst()
        switch f {
        case "l", "L": return rest.elementsEqual("ast".unicodeScalars) ? -1 : nil
        case "t", "T": return rest.elementsEqual("his".unicodeScalars) ? 0 : nil
        case "n", "N": return rest.elementsEqual("ext".unicodeScalars) ? 1 : nil
        default: return nil
        }
    }

    static func english(_ s: [Unicode.Scalar], at start: Int, published: PartialDate?) -> DateMention? {
        // The publication day first: without one there is nothing to count from.
        guard published?.day != nil else { return nil }
        let end = DateParsing.wordEnd(s, at: start)
        if end < s.count, Scalars.isLatin(s[end]) || s[end] == "'" || s[end] == "\u{2019}" { return nil }
        let word = s[start..<end]
        // `created last month`, `this month`, `next month`: the month before, of or after publication.
        if word.count == 4, let offset = Self.englishMonthOffset(word), let pub = published, let month = pub.month {
            var k = end
            DateParsing.skipSpace(s, &k)
            guard KoreanNumbers.matches(s, at: k, "month"), k + 5 >= s.count || !Scalars.isLatin(s[k + 5]) else {
                return nil
            }
            var m = month + offset
            var y = pub.year
            if m == 0 {
                m = 12
                y = y.map { $0 - 1 }
            } else if m == 13 {
                m = 1
                y = y.map { $0 + 1 }
            }
            guard let date = PartialDate(year: y, month: m) else { return nil }
            return DateMention(range: start..<(k + 5), start: date, end: nil, yearInferred: y != nil)
        }
        // Only a weekday or `today` is read here (most capitalised words are neither): the word is
        // tested before the day count is made.
        guard weekdayWords.hasLength(word.count) || word.count == 5, let pubCount = dayCount(published) else {
            return nil
        }
        if let k = weekdayWords.index(of: word) {
            let wd = weekdayWords.values[k]
            // 1970-01-01 was a Thursday (4).
            let pubWeekday = ((pubCount % 7) + 7 + 4) % 7
            // `The conference, which ends on Friday`, `will open on Tuesday`, `next Monday`: a day to
            // come, counted forward.
            if Self.saysComing(s, before: start) {
                let ahead = (wd - pubWeekday + 7) % 7
                guard let date = civil(pubCount + (ahead == 0 ? 7 : ahead)) else { return nil }
                return DateMention(range: start..<end, start: date, end: nil, yearInferred: false)
            }
            let back = (pubWeekday - wd + 7) % 7
            guard let date = civil(pubCount - back) else { return nil }
            return DateMention(range: start..<end, start: date, end: nil, yearInferred: false)
        }
        if word.elementsEqual("today".unicodeScalars) {
            let before = DateParsing.previousWord(s, before: start)
            guard let f = before.unicodeScalars.first, Scalars.isUpper(f) || before == "said" || before == "announced"
            else { return nil }
            guard let date = published else { return nil }
            return DateMention(range: start..<end, start: date, end: nil, yearInferred: false)
        }
        return nil
    }
}
