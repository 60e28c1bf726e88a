import DossierModel

/// A date written in a sentence.
struct DateMention: Sendable, Hashable {
    var range: Range<Int>
    var start: PartialDate
    var end: PartialDate?
    /// Whether the year was filled in from the publication date.
    var yearInferred: Bool
}

/// Finds dates: `2018년 9월 30일`, `2018.9.30`, `2018-09-30`, `2010년`, `5월 21-23일`, `지난해 9월`,
/// `May 21-23, 2019`, `21 May 2019`, `in 2010`.
enum DateParsing {
    static let months: [String: Int] = [
        "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
        "September": 9, "October": 10, "November": 11, "December": 12, "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4,
        "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
    ]
    static let relative: [(String, Int)] = [
        ("지난해", -1), ("작년", -1), ("전년", -1), ("올해", 0), ("금년", 0), ("내년", 1), ("last year", -1),
        ("this year", 0), ("next year", 1), ("Last year", -1), ("This year", 0), ("Next year", 1),
        // `by the end of the year`: this year.
        ("the end of the year", 0),
    ]
    /// The first scalars of the relative words, and the words as scalars.
    static let relativeFirst: [Unicode.Scalar] = Array(Set(relative.compactMap { $0.0.unicodeScalars.first }))
    static let relativeScalars: [([Unicode.Scalar], Int)] = relative.map { (Array($0.0.unicodeScalars), $0.1) }
    /// Bit `v mod 4096` for every scalar `v` a date can start with (digits, capitals, `t`, the
    /// first scalars of the relative words): a filter, `find` tests the scalar itself after it.
    /// Words 64..<128: bit `pairBit(a, b)` for the first two scalars `a b` of every Hangul
    /// relative year or month word; words 128..<192: bit `v mod 4096` for the first scalar of such
    /// a word of one scalar (`hangulWordStarts`, as masks).
    static let startMask: [UInt64] = {
        var mask = [UInt64](repeating: 0, count: 192)
        let starts =
            Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZt".unicodeScalars) + relativeFirst
            + RelativeDates.monthWordFirst
        for c in starts { mask[Int((c.value >> 6) & 63)] |= 1 << UInt64(c.value & 63) }
        for (a, b) in hangulWordStarts {
            if let b {
                let k = pairBit(a, b)
                mask[64 + (k >> 6)] |= 1 << UInt64(k & 63)
            } else {
                mask[128 + Int((a.value >> 6) & 63)] |= 1 << UInt64(a.value & 63)
            }
        }
        return mask
    }()

    /// Where the pair `a`, `b` is noted in `startMask` (a bit of 4096).
    @inline(__always)
    static func pairBit(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        Int(truncatingIfNeeded: ((a.value &* 0x9E37_79B1) ^ b.value &* 0x85EB_CA77) >> 20) & 4095
    }
    /// The first two scalars of every Hangul relative year and month word (the second nil for a
    /// word of one scalar): where `find` tries a date at a Hangul scalar.
    static let hangulWordStarts: [(Unicode.Scalar, Unicode.Scalar?)] =
        (relativeScalars.map(\.0) + RelativeDates.monthWords.map(\.0)).compactMap { w in
            guard let f = w.first, Scalars.isHangul(f) else { return nil }
            return (f, w.count > 1 ? w[1] : nil)
        }

    /// Whether a Hangul relative year or month word may start at `i`, by the masks of its first
    /// two scalars in `startMask` (false only when none does).
    @inline(__always)
    static func mayStartHangulWord(
        _ s: UnsafeBufferPointer<Unicode.Scalar>,
        at i: Int,
        mask: UnsafeBufferPointer<UInt64>
    ) -> Bool {
        let c = s[i]
        if i + 1 < s.count {
            let k = pairBit(c, s[i + 1])
            if mask[64 + (k >> 6)] & (1 << UInt64(k & 63)) != 0 { return true }
        }
        return mask[128 + Int((c.value >> 6) & 63)] & (1 << UInt64(c.value & 63)) != 0
    }

    /// `by the end of `, a target's year after it (`By the end of ` opening a sentence too).
    static let byTheEndOf = Array("by the end of ".unicodeScalars)

    /// Whether `by the end of ` (or `By …`) ends right before `start`.
    static func followsByTheEndOf(_ s: [Unicode.Scalar], _ start: Int) -> Bool {
        let w = byTheEndOf
        guard start >= w.count else { return false }
        let a = start - w.count
        return (s[a] == "b" || s[a] == "B") && s[(a + 1)..<start].elementsEqual(w.dropFirst())
    }
    static let yearPrepositions: Set<String> = [
        "in", "since", "from", "by", "until", "In", "Since", "From", "By", "through", "Through", "before", "Before",
        "early", "Early", "late", "Late",
    ]
    /// Words before a month name with no day or year that make it a month of the publication year.
    static let monthPrepositions: Set<String> = [
        "in", "since", "by", "until", "In", "Since", "By", "Until", "from", "From", "through", "Through", "before",
        "Before",
    ]

    /// Every date of a sentence, left to right. `year` is the publication year, if known.
    /// `published` (a day) settles `지난 5일`, `on Tuesday` and `today`.
    static func find(_ s: [Unicode.Scalar], publishedYear: Int?, published: PartialDate? = nil) -> [DateMention] {
        var out: [DateMention] = []
        let n = s.count
        let year = publishedYear ?? published?.year
        let relativeFirst = Self.relativeFirst
        s.withUnsafeBufferPointer { p in
            Self.startMask.withUnsafeBufferPointer { mask in
                // `match` and `relative` only start at a digit, a Latin letter or a relative word,
                // not right after a digit, a letter or a full stop: `nextStart` skips every other
                // offset.
                var i = nextStart(p, from: 0, mask: mask)
                while i < n {
                    let c = p[i]
                    if !Scalars.isDigit(c), !Scalars.isUpper(c), c != "t", !relativeFirst.contains(c),
                        !RelativeDates.monthWordFirst.contains(c)
                    {
                        i = nextStart(p, from: i + 1, mask: mask)
                        continue
                    }
                    if let m = match(s, at: i, publishedYear: year) ?? relative(s, at: i, published: published),
                        // `1974년생`: a birth year, no date of anything the report tells.
                        m.start.month != nil || m.range.upperBound >= n || p[m.range.upperBound] != "생"
                    {
                        // `2월 28일부터 3월 1일까지`, `6월 30일~7월 2일`: two days of a span.
                        if let last = out.last, last.end == nil, last.start.day != nil, m.end == nil,
                            m.start.day != nil, m.start.month != nil, joinsSpan(s, from: last.range.upperBound, to: i),
                            let a = last.start.month, let b = m.start.month,
                            a < b || (a == b && (m.start.day ?? 0) > (last.start.day ?? 0)),
                            last.start.year == m.start.year || m.start.year == nil || m.yearInferred
                        {
                            out[out.count - 1].end = PartialDate(year: last.start.year, month: b, day: m.start.day)
                            out[out.count - 1].range = last.range.lowerBound..<m.range.upperBound
                            i = nextStart(p, from: max(m.range.upperBound, i + 1), mask: mask)
                            continue
                        }
                        var m = m
                        // `4일부터 이틀간`, `9월 2일부터 사흘간`: a span given by its length.
                        if m.end == nil, let day = m.start.day, let month = m.start.month,
                            let (days, end) = lengthAfter(s, m.range.upperBound), days >= 2,
                            let last = dayAfter(m.start.year, month, day, adding: days - 1)
                        {
                            m.end = last
                            m.range = m.range.lowerBound..<end
                        }
                        // `Yoon will take over on Jan. 1`, in a report of November: the next year's day (a
                        // day a quarter or more before the report's, not `which runs from July 4-6` on the 5th).
                        if m.yearInferred, let day = m.start.day, let month = m.start.month, let pub = published,
                            let pm = pub.month, pm - month >= 3,
                            Scalars.isLatin(c), RelativeDates.saysComing(s, before: m.range.lowerBound),
                            let y = m.start.year, y == pub.year,
                            let next = PartialDate(year: y + 1, month: month, day: day)
                        {
                            m.start = next
                            m.end = m.end.flatMap { PartialDate(year: y + 1, month: $0.month, day: $0.day) }
                        }
                        // `Yang, who took over in December`, in a report of January: a month after the
                        // report's, told in the past tense, is last year's (not `in August last year`: its
                        // year is named).
                        if m.yearInferred, m.start.day == nil, let month = m.start.month, let pub = published,
                            let pm = pub.month, month > pm, Scalars.isLatin(c),
                            RelativeDates.saysPast(s, before: m.range.lowerBound),
                            let y = m.start.year, y == pub.year, let last = PartialDate(year: y - 1, month: month)
                        {
                            m.start = last
                        }
                        out.append(m)
                        i = nextStart(p, from: max(m.range.upperBound, i + 1), mask: mask)
                    } else {
                        i = nextStart(p, from: i + 1, mask: mask)
                    }
                }
            }
        }
        return out
    }

    /// The days a span lasts, written after its first day: `부터 이틀간`, `부터 사흘 동안`, `부터 5일간`;
    /// and the offset after it.
    static func lengthAfter(_ s: [Unicode.Scalar], _ i: Int) -> (Int, Int)? {
        var k = i
        guard KoreanNumbers.matches(s, at: k, "부터") else { return nil }
        k += 2
        skipSpace(s, &k)
        if let (n, _) = int(s, &k, maxDigits: 2), KoreanNumbers.matches(s, at: k, "일간") {
            return (n, k + 2)
        }
        for (word, n) in lengthWords where KoreanNumbers.matches(s, at: k, word) {
            let e = k + word.count
            // `이틀간`, `사흘 동안`, `이틀 일정으로`: the word itself, not the start of another.
            if e == s.count || !Scalars.isHangul(s[e]) || s[e] == "간" {
                return (n, e < s.count && s[e] == "간" ? e + 1 : e)
            }
        }
        return nil
    }

    static let lengthWords: [(String, Int)] = [("이틀", 2), ("사흘", 3), ("나흘", 4), ("닷새", 5), ("엿새", 6), ("이레", 7)]

    /// The day `n` days after a day (into the next month, or year, when it runs past the end).
    static func dayAfter(_ year: Int?, _ month: Int, _ day: Int, adding n: Int) -> PartialDate? {
        var (y, m, d) = (year, month, day + n)
        while d > PartialDate.daysIn(month: m, year: y) {
            d -= PartialDate.daysIn(month: m, year: y)
            m += 1
            if m > 12 {
                m = 1
                y = y.map { $0 + 1 }
            }
        }
        return PartialDate(year: y, month: m, day: d)
    }

    /// (`from May 31 to June 18`, `through`: the English joins, as whole words.)
    static let spanJoins = ["부터", "~", "-", "–", "〜", "to ", "through ", "until "].map { Array($0.unicodeScalars) }

    /// Whether the words between two dates join them into a span: `부터` (the second then closed by
    /// `까지`, not checked) or a dash or tilde, with spaces around.
    static func joinsSpan(_ s: [Unicode.Scalar], from a: Int, to b: Int) -> Bool {
        guard b > a, b - a <= 9 else { return false }
        var k = a
        while k < b, Scalars.isSpace(s[k]) { k += 1 }
        guard let w = spanJoins.first(where: { KoreanNumbers.matches(s, at: k, $0) }) else { return false }
        k += w.count
        while k < b, Scalars.isSpace(s[k]) { k += 1 }
        return k == b
    }

    /// The first offset from `i` on where `find` may try a date: a scalar that passes `mask`
    /// (most scalars can start no date: not a digit, a capital, `t` or a relative word's first),
    /// not right after a digit, a letter or a full stop, and, when Hangul, the start of a relative
    /// year or month word (`match` and `relative` read nothing else there; common syllables such
    /// as `이`, `전`, `지` pass the mask). Written for speed, as a function of its own over buffer
    /// pointers: the same tests in `find`'s loop cost about twice as much a scalar.
    @inline(never)
    static func nextStart(_ s: UnsafeBufferPointer<Unicode.Scalar>, from i: Int, mask: UnsafeBufferPointer<UInt64>)
        -> Int
    {
        var i = i
        let n = s.count
        while i < n {
            let c = s[i]
            if mask[Int((c.value >> 6) & 63)] & (1 << UInt64(c.value & 63)) != 0,
                i == 0 || !(Scalars.isDigit(s[i - 1]) || Scalars.isLatin(s[i - 1]) || s[i - 1] == "."),
                !Scalars.isHangul(c) || mayStartHangulWord(s, at: i, mask: mask)
            {
                return i
            }
            i += 1
        }
        return n
    }

    static func int(_ s: [Unicode.Scalar], _ i: inout Int, maxDigits: Int = 4) -> (Int, Int)? {
        var v = 0
        var count = 0
        while i < s.count, Scalars.isDigit(s[i]), count < maxDigits + 1 {
            v = v * 10 + Scalars.digitValue(s[i])
            i += 1
            count += 1
        }
        return count == 0 || count > maxDigits ? nil : (v, count)
    }

    /// `. 11. 3.` after a year at `i` (the year's full stop): a month and a day, each followed by a
    /// full stop and the first two by one space, as Korean portals print a date (`2025. 11. 3. 16:45`).
    /// Returns the month, the day and the offset after the day's full stop.
    static func spacedDotted(_ s: [Unicode.Scalar], afterYear i: Int) -> (month: Int, day: Int, end: Int)? {
        var j = i
        guard j + 1 < s.count, s[j] == ".", s[j + 1] == " " else { return nil }
        j += 2
        guard let (m, _) = int(s, &j, maxDigits: 2), (1...12).contains(m), j + 1 < s.count, s[j] == ".",
            s[j + 1] == " "
        else { return nil }
        j += 2
        guard let (d, _) = int(s, &j, maxDigits: 2), (1...31).contains(d), j < s.count, s[j] == "." else {
            return nil
        }
        return (m, d, j + 1)
    }

    static func skipSpace(_ s: [Unicode.Scalar], _ i: inout Int) {
        while i < s.count, Scalars.isSpace(s[i]) { i += 1 }
    }

    /// `D일`, `D-D일`, `D~D일`, `D일~D일`, `D일부터 D일까지` at `i`; returns the days.
    static func koreanDays(_ s: [Unicode.Scalar], _ i: inout Int) -> (Int, Int?)? {
        var j = i
        guard let (d1, _) = int(s, &j, maxDigits: 2) else { return nil }
        var d2: Int?
        var k = j
        if k < s.count, s[k] == "일" { k += 1 }
        var since = false
        if KoreanNumbers.matches(s, at: k, "부터") {
            k += 2
            since = true
        }
        if !since, let (last, end) = consecutiveDays(s, after: d1, at: j) {
            // `22·23일`, `2, 3일`: consecutive days written as a list.
            i = end + 1
            return (d1, last)
        }
        // `18일과 19일`: two days in a row joined by `과` are a span (not `5일과 12일`, two days, nor `18일과
        // 19일 각각`, one thing each day).
        if !since, k > j, k + 2 < s.count, s[k] == "과", s[k + 1] == " " {
            var m = k + 2
            if let (d, _) = int(s, &m, maxDigits: 2), d == d1 + 1, m < s.count, s[m] == "일",
                !KoreanNumbers.matches(s, at: m + 1, Self.spacedEachWord)
            {
                i = m + 1
                return (d1, d)
            }
        }
        skipSpace(s, &k)
        if since, let (d, _) = int(s, &k, maxDigits: 2), k < s.count, s[k] == "일", d > d1 {
            // `24일부터 26일까지`.
            d2 = d
            j = k
        } else if k < s.count, s[k] == "-" || s[k] == "~" || s[k] == "–" || s[k] == "〜" {
            k += 1
            skipSpace(s, &k)
            if let (d, _) = int(s, &k, maxDigits: 2), k < s.count, s[k] == "일" {
                d2 = d
                j = k
            }
        }
        guard j < s.count, s[j] == "일" else { return nil }
        i = j + 1
        return (d1, d2)
    }

    /// ` 각각`, each: days listed before it are separate days.
    static let spacedEachWord = Array(" 각각".unicodeScalars)

    /// The last of consecutive days listed after `first` (`22·23일`, `2, 3일`, `4·5·6일`), the
    /// list starting right after `first`'s digits at `i`; and the offset of the closing `일`. Days
    /// that do not follow one another (`5·12일`) are two days, not a span: nil.
    static func consecutiveDays(_ s: [Unicode.Scalar], after first: Int, at i: Int) -> (Int, Int)? {
        var k = i
        var last = first
        while k < s.count, s[k] == "·" || (s[k] == "," && k + 1 < s.count && s[k + 1] == " ") {
            k += s[k] == "," ? 2 : 1
            guard let (d, _) = int(s, &k, maxDigits: 2), d == last + 1 else { return nil }
            last = d
        }
        guard last > first, k < s.count, s[k] == "일" else { return nil }
        // `2, 3일 뒤`, `4·5일 정도`: a length of time, not days of the month.
        // (Whole words only: not `22·23일 후쿠오카에서`, `12·13일 내년 전략회의`.)
        for w in durationAfterDays where KoreanNumbers.matches(s, at: k + 1, w) {
            let e = k + 1 + w.count
            if e >= s.count || !Scalars.isHangul(s[e]) || Self.durationParticles.contains(s[e]) { return nil }
        }
        return (last, k)
    }

    /// Words after a number of days that make it a length of time (`2, 3일 뒤`, `간`).
    static let durationAfterDays: [[Unicode.Scalar]] = [" 뒤", " 후", " 내", " 정도", " 만에", " 걸려", " 걸리", "간", "째"]
        .map { Array($0.unicodeScalars) }
    /// Particles that may close a word of `durationAfterDays` (`2, 3일 뒤에`, `이틀 정도로`).
    static let durationParticles: [Unicode.Scalar] = ["에", "로", "도", "의", "은", "는", "이", "가", "면", "나"]

    /// The offset after `말` at `j` when it closes a year (`내년 말`, `2024년 말까지`), not a word that
    /// begins with it (`말레이시아`).
    static func yearEnd(_ s: [Unicode.Scalar], at j: Int) -> Int? {
        guard j < s.count, s[j] == "말" else { return nil }
        let k = j + 1
        guard k == s.count || !Scalars.isHangul(s[k]) || yearEndParticles.contains(s[k]) else { return nil }
        return k
    }

    static let yearEndParticles: [Unicode.Scalar] = ["에", "까", "께", "로", "부", "의", "은", "이", "을", "과"]

    /// Whether `Last`, `This` or `Next` opens at `i` (by the two scalars after the capital).
    static func opensCapitalRelativeYear(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 2 < s.count else { return false }
        let (a, b) = (s[i + 1], s[i + 2])
        return (a == "a" && b == "s") || (a == "h" && b == "i") || (a == "e" && b == "x")
    }

    static func match(_ s: [Unicode.Scalar], at start: Int, publishedYear: Int?) -> DateMention? {
        let n = s.count
        let c = s[start]
        if start > 0, Scalars.isDigit(s[start - 1]) || Scalars.isLatin(s[start - 1]) || s[start - 1] == "." {
            return nil
        }
        // Relative years, only when one can start here: the loop retains and releases every
        // word of the list, and this runs at every digit, capital and common syllable.
        // (A capital only when the next two scalars are those of `Last`, `This` or `Next`: not every `The`.)
        if relativeFirst.contains(c), !Scalars.isUpper(c) || Self.opensCapitalRelativeYear(s, at: start) {
            for (word, offset) in relativeScalars where KoreanNumbers.matches(s, at: start, word) {
                guard let year = publishedYear else { return nil }
                var i = start + word.count
                var j = i
                skipSpace(s, &j)
                var month: Int?
                var day: Int?
                if let (m, _) = int(s, &j, maxDigits: 2), j < n, s[j] == "월", (1...12).contains(m) {
                    month = m
                    i = j + 1
                    var k = i
                    skipSpace(s, &k)
                    if let (d1, _) = koreanDays(s, &k) {
                        day = d1
                        i = k
                    }
                } else if let end = yearEnd(s, at: j) {
                    // `내년 말`: December of that year.
                    month = 12
                    i = end
                }
                guard let date = PartialDate(year: year + offset, month: month, day: day) else { return nil }
                return DateMention(range: start..<i, start: date, end: nil, yearInferred: true)
            }
        }
        if Scalars.isLatin(c) { return english(s, at: start, publishedYear: publishedYear) }
        guard Scalars.isDigit(c) else { return nil }
        var i = start
        guard let (first, count) = int(s, &i) else { return nil }
        if count == 4, (1900...2100).contains(first) {
            let sep: Unicode.Scalar = i < n ? s[i] : " "
            if sep == "년" {
                i += 1
                var j = i
                skipSpace(s, &j)
                if let (m, _) = int(s, &j, maxDigits: 2), j < n, s[j] == "월", (1...12).contains(m) {
                    i = j + 1
                    var k = i
                    skipSpace(s, &k)
                    if let (d1, d2) = koreanDays(s, &k), let date = PartialDate(year: first, month: m, day: d1) {
                        let end = d2.flatMap { PartialDate(year: first, month: m, day: $0) }
                        return DateMention(range: start..<k, start: date, end: end, yearInferred: false)
                    }
                    guard let date = PartialDate(year: first, month: m) else { return nil }
                    return DateMention(range: start..<i, start: date, end: nil, yearInferred: false)
                }
                if let end = yearEnd(s, at: j), let date = PartialDate(year: first, month: 12) {
                    // `2024년 말`: December.
                    return DateMention(range: start..<end, start: date, end: nil, yearInferred: false)
                }
                guard let date = PartialDate(year: first) else { return nil }
                return DateMention(range: start..<i, start: date, end: nil, yearInferred: false)
            }
            // `2025. 11. 3.` (a date line as portals print it): a space after each full stop.
            if sep == ".", let (m, d, end) = spacedDotted(s, afterYear: i),
                let date = PartialDate(year: first, month: m, day: d)
            {
                return DateMention(range: start..<end, start: date, end: nil, yearInferred: false)
            }
            // `signed in 2021.`: a full stop, not a separator.
            let endsSentence = sep == "." && (i + 1 >= n || !Scalars.isDigit(s[i + 1]))
            if !endsSentence, sep == "." || sep == "-" || sep == "/" {
                var j = i + 1
                guard let (m, _) = int(s, &j, maxDigits: 2), (1...12).contains(m) else { return nil }
                if j < n, s[j] == sep {
                    var k = j + 1
                    if let (d, _) = int(s, &k, maxDigits: 2), let date = PartialDate(year: first, month: m, day: d) {
                        // `2024.9.19~21`: the last day of a span after a tilde or dash (not another date).
                        var end: PartialDate?
                        if k + 1 < n, s[k] == "~" || s[k] == "〜" || (sep != "-" && s[k] == "-") {
                            var e = k + 1
                            if let (d2, _) = int(s, &e, maxDigits: 2), d2 > d,
                                e >= n || !(Scalars.isDigit(s[e]) || s[e] == "." || s[e] == sep),
                                let last = PartialDate(year: first, month: m, day: d2)
                            {
                                end = last
                                k = e
                            }
                        }
                        if k < n, s[k] == "." { k += 1 }
                        return DateMention(range: start..<k, start: date, end: end, yearInferred: false)
                    }
                }
                if sep != ".", j >= n || !Scalars.isDigit(s[j]), let date = PartialDate(year: first, month: m) {
                    return DateMention(range: start..<j, start: date, end: nil, yearInferred: false)
                }
                return nil
            }
            // `in 2010`, `since 2010`.
            if !Scalars.isDigit(sep), !Scalars.isLatin(sep), !Scalars.isHangul(sep) || sep == "에" || sep == "부" {
                let before = previousWord(s, before: start)
                // `in the third quarter of 2026`, `the second half of 2025`, `by the end of 2027` (a target;
                // not `at the end of 2024`, the time of a figure).
                let period =
                    before == "of"
                    && (["quarter", "half"].contains(previousWord(s, before: max(0, start - 4)))
                        || (followsByTheEndOf(s, start)
                            // (`had shipped 1 million robots by the end of 2024`: a past year is a figure's time.)
                            && publishedYear.map { first >= $0 } ?? true))
                if yearPrepositions.contains(before) || period, let date = PartialDate(year: first) {
                    return DateMention(range: start..<i, start: date, end: nil, yearInferred: false)
                }
            }
            return nil
        }
        // `28/08/2025`, `08/28/2025`, `28.08.2025`: day and month in the order a site writes them,
        // then the year. Read only when one of the two is past 12, so that the order is certain.
        if count <= 2, i + 1 < n, s[i] == "/" || s[i] == ".", Scalars.isDigit(s[i + 1]) {
            let sep = s[i]
            var j = i + 1
            if let (second, secondCount) = int(s, &j, maxDigits: 2), secondCount <= 2, j + 1 < n, s[j] == sep {
                var k = j + 1
                if let (year, yearCount) = int(s, &k), yearCount == 4, (1900...2100).contains(year),
                    k >= n || !Scalars.isDigit(s[k]),
                    let (day, month) = first > 12 ? (first, second) : second > 12 ? (second, first) : nil,
                    let date = PartialDate(year: year, month: month, day: day)
                {
                    return DateMention(range: start..<k, start: date, end: nil, yearInferred: false)
                }
            }
        }
        // `5월 21-23일`, `9월 30일`, `9월`.
        if count <= 2, i < n, s[i] == "월", (1...12).contains(first) {
            i += 1
            var k = i
            skipSpace(s, &k)
            guard let (d1, d2) = koreanDays(s, &k) else { return nil }
            return dayMonth(
                month: first,
                d1: d1,
                d2: d2,
                range: start..<k,
                publishedYear: publishedYear
            )
        }
        return nil
    }

    /// A day with no month or a weekday, against the publication day.
    static func relative(_ s: [Unicode.Scalar], at start: Int, published: PartialDate?) -> DateMention? {
        let c = s[start]
        if start > 0, Scalars.isDigit(s[start - 1]) || Scalars.isLatin(s[start - 1]) || s[start - 1] == "." {
            return nil
        }
        if Scalars.isHangul(c) { return RelativeDates.monthWordDay(s, at: start, published: published) }
        if Scalars.isDigit(c), let m = RelativeDates.relativeMonth(s, at: start, published: published) { return m }
        guard published?.day != nil else { return nil }
        if Scalars.isDigit(c) { return RelativeDates.koreanDay(s, at: start, published: published) }
        if Scalars.isLatin(c) { return RelativeDates.english(s, at: start, published: published) }
        return nil
    }

    static func dayMonth(month: Int, d1: Int, d2: Int?, range: Range<Int>, publishedYear: Int?) -> DateMention? {
        guard let date = PartialDate(year: publishedYear, month: month, day: d1) else { return nil }
        let end = d2.flatMap { PartialDate(year: publishedYear, month: month, day: $0) }
        return DateMention(range: range, start: date, end: end, yearInferred: publishedYear != nil)
    }

    static func previousWord(_ s: [Unicode.Scalar], before i: Int) -> String {
        var b = i
        while b > 0, Scalars.isSpace(s[b - 1]) { b -= 1 }
        var a = b
        while a > 0, Scalars.isLatin(s[a - 1]) { a -= 1 }
        let view = Scalars.string(s[a..<b])
        return view
    }

    static func previousHangulWord(_ s: [Unicode.Scalar], before i: Int) -> String {
        Scalars.string(s[previousHangulWordRange(s, before: i)])
    }

    /// Where `previousHangulWord` lies in `s`.
    static func previousHangulWordRange(_ s: [Unicode.Scalar], before i: Int) -> Range<Int> {
        var b = i
        while b > 0, Scalars.isSpace(s[b - 1]) { b -= 1 }
        var a = b
        while a > 0, Scalars.isHangul(s[a - 1]) { a -= 1 }
        return a..<b
    }

    /// Years named after a month (`January last year`), as an offset from the year of publication.
    static let relativeYearWords: [([Unicode.Scalar], Int)] = [("last year", -1), ("next year", 1), ("this year", 0)]
        .map { (Array($0.0.unicodeScalars), $0.1) }

    /// The month names by scalars, valued by month number.
    static let monthWords: WordSet = WordSet(scalars: months.map { (Array($0.key.unicodeScalars), $0.value) })

    /// The month a word names (`months` by scalars).
    static func month(_ w: some ScalarWord) -> Int? {
        monthWords.index(of: w).map { monthWords.values[$0] }
    }

    /// The end of the Latin word at `i`.
    static func wordEnd(_ s: [Unicode.Scalar], at i: Int) -> Int {
        var j = i
        while j < s.count, Scalars.isLatin(s[j]) { j += 1 }
        return j
    }

    static func word(_ s: [Unicode.Scalar], at i: Int) -> (String, Int) {
        var j = i
        while j < s.count, Scalars.isLatin(s[j]) { j += 1 }
        let view = Scalars.string(s[i..<j])
        return (view, j)
    }

    /// `May 21-23, 2019`, `May 21, 2019`, `May 2019`, `21 May 2019` (the last via the digit branch
    /// is not handled), `May 21`.
    static func english(_ s: [Unicode.Scalar], at start: Int, publishedYear: Int?) -> DateMention? {
        let after = wordEnd(s, at: start)
        guard let month = month(s[start..<after]) else { return nil }
        let n = s.count
        var i = after
        if i < n, s[i] == "." { i += 1 }
        skipSpace(s, &i)
        var year: Int?
        var d1: Int?
        var d2: Int?
        var end = after
        var j = i
        if let (d, count) = int(s, &j, maxDigits: 4) {
            if count == 4 {
                year = d
                end = j
            } else if count <= 2 {
                d1 = d
                end = j
                if j < n, s[j] == "-" || s[j] == "–" {
                    var k = j + 1
                    if let (e, c2) = int(s, &k, maxDigits: 2), c2 <= 2 {
                        d2 = e
                        end = k
                        j = k
                    }
                }
                var k = j
                if k < n, s[k] == "," { k += 1 }
                skipSpace(s, &k)
                if let (y, c3) = int(s, &k, maxDigits: 4), c3 == 4 {
                    year = y
                    end = k
                }
            }
        }
        // `in January last year`, `in March next year`: the month of the year named after it.
        if year == nil, d1 == nil, let publishedYear, after - start >= 3 {
            var k = after
            skipSpace(s, &k)
            for (words, offset) in relativeYearWords where KoreanNumbers.matches(s, at: k, words) {
                let e = k + words.count
                guard e == n || !Scalars.isLatin(s[e]),
                    let date = PartialDate(year: publishedYear + offset, month: month)
                else { continue }
                return DateMention(range: start..<e, start: date, end: nil, yearInferred: true)
            }
        }
        // `in May`, `since March`: the month in the year of publication.
        if year == nil, d1 == nil, let publishedYear, (after - start) >= 3,
            monthPrepositions.contains(previousWord(s, before: start)),
            let date = PartialDate(year: publishedYear, month: month)
        {
            return DateMention(range: start..<after, start: date, end: nil, yearInferred: true)
        }
        // `from 4 to 6 August`, `4-6 August`, `on 5 August`: days written before the month, with no
        // year after it; the year is the publication's.
        if year == nil, d1 == nil, let (day, dayStart) = dayBefore(s, start) {
            if let (first, from) = rangeStart(s, before: dayStart), first < day {
                return dayMonth(month: month, d1: first, d2: day, range: from..<after, publishedYear: publishedYear)
            }
            return dayMonth(month: month, d1: day, d2: nil, range: dayStart..<after, publishedYear: publishedYear)
        }
        guard year != nil || d1 != nil else { return nil }
        if let d1 {
            if year == nil {
                return dayMonth(month: month, d1: d1, d2: d2, range: start..<end, publishedYear: publishedYear)
            }
            guard let date = PartialDate(year: year, month: month, day: d1) else { return nil }
            return DateMention(
                range: start..<end,
                start: date,
                end: d2.flatMap { PartialDate(year: year, month: month, day: $0) },
                yearInferred: false
            )
        }
        // `22 November 2024`: the day written before the month.
        if let year, let (day, dayStart) = dayBefore(s, start),
            let date = PartialDate(year: year, month: month, day: day)
        {
            return DateMention(range: dayStart..<end, start: date, end: nil, yearInferred: false)
        }
        guard let date = PartialDate(year: year, month: month) else { return nil }
        return DateMention(range: start..<end, start: date, end: nil, yearInferred: false)
    }

    /// The first day of a range whose last day starts at `i` (`4` of `4-6 August`, `4 to 6 August`),
    /// and where it starts.
    static func rangeStart(_ s: [Unicode.Scalar], before i: Int) -> (Int, Int)? {
        if i >= 1, s[i - 1] == "-" || s[i - 1] == "–" { return day(s, endingAt: i - 1) }
        if i >= 4, s[i - 1] == " ", s[i - 2] == "o", s[i - 3] == "t", s[i - 4] == " " {
            return day(s, endingAt: i - 4)
        }
        return nil
    }

    /// The day of one or two digits written right before a month's name (`22 November`), and where
    /// it starts.
    static func dayBefore(_ s: [Unicode.Scalar], _ start: Int) -> (Int, Int)? {
        guard start >= 2, s[start - 1] == " " else { return nil }
        return day(s, endingAt: start - 1)
    }

    /// A day of one or two digits ending right before `e` (no digit, `.` or `,` before it), and
    /// where it starts.
    static func day(_ s: [Unicode.Scalar], endingAt e: Int) -> (Int, Int)? {
        guard e >= 1, Scalars.isDigit(s[e - 1]) else { return nil }
        var a = e - 1
        if a > 0, Scalars.isDigit(s[a - 1]) { a -= 1 }
        guard a == 0 || !(Scalars.isDigit(s[a - 1]) || s[a - 1] == "." || s[a - 1] == ",") else { return nil }
        var k = a
        guard let (day, _) = int(s, &k, maxDigits: 2), (1...31).contains(day) else { return nil }
        return (day, a)
    }
}
