import DossierModel

/// Events: a name in quotation marks or before `(native, 이하 alias)`, ending with an event noun;
/// its dates, place and the events it merged.
extension ExtractionRun {
    /// ` 등` (`… 등을 통합`): a list, not a name (a scalar search: `String.contains` goes through
    /// Foundation).
    static let deungScalars: [Unicode.Scalar] = [" ", "등"]

    func endsWithEventNoun(_ name: String) -> Bool {
        lexicon.eventNounWords.hasSuffix(Array(name.unicodeScalars)[...], keep: 2)
    }

    /// What a parenthesis after an event name gives: the native name and aliases.
    func parseEventParen(_ paren: String) -> (native: String?, aliases: [String]) {
        var native: String?
        var aliases: [String] = []
        var parts = paren.split(whereSeparator: { $0 == "," || $0 == "，" }).map { String($0) }
        // `世界机器人大会·WRC 2025`: a middle dot between the Han name and a Latin one.
        parts = parts.flatMap { part -> [String] in
            guard part.contains("·"), Scalars.hasHan(part), part.unicodeScalars.contains(where: Scalars.isLatin) else {
                return [part]
            }
            return part.split(separator: "·").map { String($0) }
        }
        for part in parts {
            var p = part.trimmed()
            for marker in ["이하 ", "이하", "약칭 ", "hereafter ", "or "] where p.hasPrefix(marker) {
                p = String(p.dropFirst(marker.count)).trimmed()
                aliases.append(p)
                p = ""
            }
            guard !p.isEmpty else { continue }
            if Scalars.hasHan(p), native == nil {
                native = p
            } else if Scalars.isCode(p) || p.unicodeScalars.contains(where: Scalars.isLatin) {
                aliases.append(p)
            }
        }
        return (native, aliases)
    }

    mutating func addEvent(name: String, paren: String?, sentence s: AnalyzedSentence) {
        let name = name.trimmed()
        guard !name.isEmpty else { return }
        let (native, aliases) = paren.map(parseEventParen) ?? (nil, [])
        // `압사라 컨퍼런스` in a headline, `2024 압사라 컨퍼런스` in the text: one event.
        if let i = events.firstIndex(where: { $0.fact.name != name && name.contains($0.fact.name) }) {
            var f = events[i].fact
            f.aliases = (f.aliases ?? []) + [f.name]
            f.name = name
            events[i].fact = f
        }
        if let i = events.firstIndex(where: { $0.fact.name == name || ($0.fact.aliases ?? []).contains(name) }) {
            var f = events[i].fact
            f.native = f.native ?? native
            let merged = (f.aliases ?? []) + aliases.filter { !(f.aliases ?? []).contains($0) }
            f.aliases = merged.isEmpty ? nil : merged
            events[i].fact = f
            if f.start == nil || f.place == nil { fillDetails(i, from: s) }
            return
        }
        // `‘미르 서밋’` in a headline, then `‘미르 IP 글로벌 파트너 서밋 2025(…, 이하 미르 서밋)’`: the
        // event named first by the alias the body gives it.
        if !aliases.isEmpty, let i = events.firstIndex(where: { aliases.contains($0.fact.name) }) {
            var f = events[i].fact
            let old = (f.aliases ?? []).filter { !aliases.contains($0) }
            f.name = name
            f.native = native ?? f.native
            f.aliases = aliases + old
            events[i].fact = f
            fillDetails(i, from: s)
            return
        }
        events.append((EventFact(name: name, native: native, aliases: aliases.isEmpty ? nil : aliases), s.number))
        fillDetails(events.count - 1, from: s)
    }

    static let closedEventScalars = Array("폐막".unicodeScalars)

    /// Lower-case words after a venue's name (`the Atlantis Sanya resort`).
    static let lodgingNouns: TextSet = ["resort", "hotel", "campus"]

    /// English spans around the event's one date: `held on Tuesday and Wednesday` (the next day after
    /// `and`), `a two-day gathering that ended Tuesday` (the date is the last day), `a three-day
    /// conference that opened on May 4` (the first).
    static func englishDaySpan(_ s: AnalyzedSentence, at k: Int, into f: inout EventFact) {
        let sc = s.sentence.scalars
        let d = s.dates[k]
        guard let day = RelativeDates.dayCount(d.start), d.range.lowerBound > 0, Scalars.isLatin(sc[d.range.lowerBound])
        else { return }
        if k + 1 < s.dates.count, s.dates[k + 1].end == nil, d.range.upperBound <= s.dates[k + 1].range.lowerBound,
            sc[d.range.upperBound..<s.dates[k + 1].range.lowerBound].elementsEqual(" and ".unicodeScalars),
            let next = RelativeDates.dayCount(s.dates[k + 1].start), next > day, next - day <= 3
        {
            f.end = s.dates[k + 1].start
            return
        }
        guard let n = Self.englishSpanLength(sc), n > 1 else { return }
        let before = DateParsing.previousWord(sc, before: d.range.lowerBound)
        // (The word before `on`: from where `on` starts.)
        var onStart = d.range.lowerBound
        while onStart > 0, Scalars.isSpace(sc[onStart - 1]) { onStart -= 1 }
        let word = before == "on" ? DateParsing.previousWord(sc, before: max(0, onStart - 2)) : before
        if Self.endedWords.contains(word) || before == "through" {
            f.end = d.start
            f.start = RelativeDates.civil(day - (n - 1))
        } else if Self.openedWords.contains(word) {
            f.end = RelativeDates.civil(day + (n - 1))
        }
    }
    static let endedWords: Set<String> = ["ended", "ends", "closed", "closes", "concluded", "wrapped", "finished"]
    static let openedWords: Set<String> = ["opened", "opens", "began", "begins", "started", "starts", "kicked"]
    static let spanNumbers: [([Unicode.Scalar], Int)] = [
        ("two-day", 2), ("three-day", 3), ("four-day", 4), ("five-day", 5), ("2-day", 2), ("3-day", 3), ("4-day", 4),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    /// The number of days of an English `two-day` (… `five-day`) in a sentence (not `12-day`).
    static func englishSpanLength(_ sc: [Unicode.Scalar]) -> Int? {
        for (w, n) in spanNumbers {
            if let k = Scalars.find(w, in: sc),
                k == 0 || !(Scalars.isLatin(sc[k - 1]) || Scalars.isDigit(sc[k - 1]) || sc[k - 1] == "-")
            {
                return n
            }
        }
        return nil
    }

    /// Dates and place from the sentence that names the event.
    private mutating func fillDetails(_ i: Int, from s: AnalyzedSentence) {
        guard
            s.tokens.contains(where: { t in
                lexicon.placeMarkerWords.contains(t.baseScalars) || t.baseScalars.last == "간"
            })
                || s.dates.contains(where: { $0.start.day != nil || $0.start.month != nil })
        else {
            // `is hosting Corvane Summit 2025 this week at the Moscone Center`: an English venue.
            if events[i].fact.place == nil, s.tokens.contains(where: { $0.unicodeIsLatin }) {
                var f = events[i].fact
                englishVenue(s, into: &f, venueOnly: true)
                events[i].fact = f
            }
            return
        }
        var f = events[i].fact
        // A later sentence (a caption: `15일 선전에서 열린 하이란 대회에서`) only fills what is missing.
        let hadPlace = f.place != nil
        // A span of days (`on Wednesday, … the two-day event on December 18-19`) before a single day.
        // (A month alone found first gives way to a day of that month found later.)
        if f.start == nil || (f.start?.day == nil && f.start?.month != nil),
            let d = s.dates.first(where: { $0.start.day != nil && $0.end != nil })
                // `6일 … 공시한 데 이어 7일 ‘2025년 3분기 실적 콘퍼런스콜’을 열었다`: the day right before
                // the event's name, over one earlier in the sentence.
                ?? dayRightBefore(name: f.name, in: s)
                ?? s.dates.first(where: { $0.start.day != nil })
                // `오는 11월 부산에서 … ‘업비트 빌더스 데이’를 연다`: a month alone.
                ?? (f.start == nil ? s.dates.first(where: { $0.start.month != nil }) : nil),
            f.start == nil || d.start.month == f.start?.month
        {
            f.start = d.start
            f.end = d.end
            if d.yearInferred { f.yearInferred = true }
        } else if f.end == nil, let start = f.start,
            let d = s.dates.first(where: { $0.start == start && $0.end != nil })
        {
            // `26일 상하이에서 개막한 ‘WAIC’` … `WAIC는 7월 26일부터 28일까지`: the end given later.
            f.end = d.end
        }
        // `'…'를 27일 개막해 29일 폐막했다`: the day before the word for closing ends the event.
        if f.end == nil, let start = f.start, start.day != nil,
            let close = Scalars.find(Self.closedEventScalars, in: s.sentence.scalars),
            let first = s.dates.firstIndex(where: { $0.start == start }),
            let d = s.dates[(first + 1)...].last(where: {
                $0.range.upperBound <= close && close - $0.range.upperBound <= 2 && $0.start.day != nil
            }),
            d.start.month == start.month, (d.start.day ?? 0) > (start.day ?? 0)
        {
            f.end = d.start
        }
        if f.end == nil, let start = f.start, start.day != nil,
            let k = s.dates.firstIndex(where: { $0.start == start && $0.end == nil })
        {
            Self.englishDaySpan(s, at: k, into: &f)
        }
        for (k, t) in s.tokens.enumerated() where t.particle == "에서" || (t.base == "in" && k > 0) {
            let next = k + 1 < s.tokens.count ? s.tokens[k + 1] : nil
            // `코엑스에서 'SK AI 서밋 2024'를 열고`: the place where the quoted event is held.
            // (`송도컨벤시아에서 첫 고객 행사 ‘딥웨이브 런치 2025’를 열고`: a few words may describe it first.)
            let heldHere =
                (k + 1..<min(k + 5, s.tokens.count)).contains { s.tokens[$0].quoteBefore }
                && (k + 1..<min(k + 12, s.tokens.count)).contains {
                    lexicon.eventVerbWords.contains(s.tokens[$0].textScalars) || Self.raisesCurtain(s.tokens, at: $0)
                }
            // `… 'X'를 9월 19~21일 … 윈치타운에서 열었다`: a verb that says the event was held, too.
            guard let next,
                heldHere || lexicon.placeMarkerWords.contains(next.baseScalars)
                    || lexicon.placeMarkerWords.contains(next.textScalars)
                    || lexicon.eventVerbWords.contains(next.textScalars)
            else {
                continue
            }
            if hadPlace { break }
            // `저장성 항저우(杭州) 윈치타운에서`, `경기 성남시 판교 기업지원허브에서`: a venue after its city;
            // the city is the place, as in `윈난성 쿤밍(昆明)에서`.
            var p = k
            let venue = Self.venueSuffixes.first { t.baseScalars.count >= $0.count && t.baseScalars.hasSuffix($0) }
            if k > 0, let venue,
                s.tokens[k - 1].isBare || s.tokens[k - 1].paren.map(Scalars.hasHan) == true,
                !s.tokens[k - 1].comma, s.tokens[k - 1].baseScalars.allSatisfy(Scalars.isHangul),
                s.tokens[k - 1].paren.map(Scalars.hasHan) == true
                    // `닝더(宁德) 본사에서`: the venue word alone needs a city with its native before it.
                    || (k > 1 && t.baseScalars.count > venue.count
                        && lexicon.regionSuffixWords.hasSuffix(s.tokens[k - 2].baseScalars))
            {
                p = k - 1
            } else if venue != nil,
                // `캘리포니아주 새너제이(San Jose) 삼성전자 미주 반도체 캠퍼스에서`: a city with its native
                // after a region, a few words before the venue.
                let m = stride(from: k - 2, through: max(1, k - 5), by: -1).first(where: { m in
                    let c = s.tokens[m]
                    return c.paren != nil && c.particle == nil && !c.comma
                        && c.baseScalars.allSatisfy(Scalars.isHangul)
                        && (c.paren.map { Scalars.hasHan($0) || Self.isTitleCaseGloss($0) } ?? false)
                        && s.tokens[m - 1].isBare && lexicon.regionSuffixWords.hasSuffix(s.tokens[m - 1].baseScalars)
                })
            {
                p = m
            }
            let place = s.tokens[p]
            f.place = place.base
            // `코엑스 그랜드볼룸에서`: a hall of a named venue keeps the venue's name.
            if p > 0, Self.hallWords.contains(where: { place.baseScalars.hasSuffix($0) }), s.tokens[p - 1].isBare,
                !s.tokens[p - 1].hasParen, s.tokens[p - 1].orgIndex == nil,
                let last = s.tokens[p - 1].scalars.last, !Self.addressEndings.contains(last),
                !lexicon.regionSuffixWords.hasSuffix(s.tokens[p - 1].baseScalars),
                !lexicon.placeMarkerWords.contains(s.tokens[p - 1].textScalars)
            {
                f.place = s.tokens[p - 1].text + " " + place.base
            }
            f.placeNative = place.paren.flatMap { Scalars.hasHan($0) || Self.isTitleCaseGloss($0) ? $0 : nil }
            if p > 0, s.tokens[p - 1].isBare,
                lexicon.regionSuffixWords.hasSuffix(s.tokens[p - 1].baseScalars)
            {
                f.region = s.tokens[p - 1].base
            }
            break
        }
        // English: `at the Moscone Center in San Francisco`, `… conference (…) in Beijing on Wednesday`:
        // a Title-case venue after `at (the)`, or a city after `in` right after the event's name.
        if f.place == nil, s.tokens.contains(where: { $0.unicodeIsLatin }) {
            englishVenue(s, into: &f)
        }
        // English: `held in Kunming, Yunnan province`.
        if f.place == nil {
            for (k, t) in s.tokens.enumerated()
            where t.base == "in" && k > 0 && lexicon.placeMarkerWords.contains(s.tokens[k - 1].baseScalars) {
                guard k + 1 < s.tokens.count else { break }
                let p = s.tokens[k + 1]
                guard let c = p.baseScalars.first, Scalars.isUpper(c) else { break }
                f.place = p.base
                if p.comma, k + 2 < s.tokens.count, let r = s.tokens[k + 2].baseScalars.first,
                    Scalars.isUpper(r)
                {
                    f.region = s.tokens[k + 2].base
                }
                break
            }
        }
        events[i].fact = f
    }

    /// `막을 올렸다`, `막을 올리고`: the curtain raised on an event (at token `m`, `막을`).
    static func raisesCurtain(_ tokens: [Token], at m: Int) -> Bool {
        guard m + 1 < tokens.count else { return false }
        let w = tokens[m].scalars
        guard w.count == 2, w[w.startIndex] == "막", w[w.startIndex + 1] == "을" else { return false }
        let verb = tokens[m + 1].scalars
        return verb.count >= 2 && verb[verb.startIndex] == "올"
            && (verb[verb.startIndex + 1] == "렸" || verb[verb.startIndex + 1] == "리")
    }

    /// Endings of a venue's name: a city right before such a venue is the event's place.
    static let venueSuffixes: [[Unicode.Scalar]] = [
        "타운", "허브", "캠퍼스", "센터", "박람회장", "전시관", "전람관", "전시장", "호텔", "홀", "파크", "광장", "컨벤션",
        "경기장", "아레나", "사옥", "본사", "회관", "컨벤시아",
    ].map { Array($0.unicodeScalars) }

    /// Words ending a hall's name (`그랜드볼룸`, `아트홀`): the venue's name before it belongs to the place.
    static let hallWords: [[Unicode.Scalar]] = ["볼룸", "홀", "룸"].map { Array($0.unicodeScalars) }
    /// Last syllables of an address's parts (`삼성동`, `강남구`, `테헤란로`): no venue's name.
    static let addressEndings: Set<Unicode.Scalar> = ["동", "구", "시", "군", "읍", "면", "로", "길", "리"]

    /// Venue words that end a Title-case place after `at` (`the Moscone Center`, `the Grand Hyatt`).
    static let venueHeads = WordSet([
        "Center", "Centre", "Hall", "Hotel", "Arena", "Stadium", "Park", "Campus", "Convention", "Expo",
        "Exhibition", "Hyatt", "Plaza", "Palace", "Dome", "Forum", "Town", "Complex", "Auditorium", "Headquarters",
    ])

    /// The date with a day that ends at most three scalars before the event's name in the sentence
    /// (a space and a quotation mark between).
    func dayRightBefore(name: String, in s: AnalyzedSentence) -> DateMention? {
        guard s.dates.count >= 2, let at = Scalars.find(Array(name.unicodeScalars), in: s.sentence.scalars) else {
            return nil
        }
        return s.dates.last { $0.start.day != nil && $0.range.upperBound <= at && at - $0.range.upperBound <= 3 }
    }

    /// `at the Moscone Center in San Francisco` (`drew 3,000 people to the Shenzhen Bay Sports Center`):
    /// the venue and its city; or `(…) in Beijing`: the city right after the event's name, from the
    /// sentence that names it.
    private func englishVenue(_ s: AnalyzedSentence, into f: inout EventFact, venueOnly: Bool = false) {
        let tokens = s.tokens
        for (k, t) in tokens.enumerated()
        where k + 1 < tokens.count
            && (t.baseScalars.isScalars(Self.atScalars)
                || (t.baseScalars.isScalars(Self.toScalars) && tokens[k + 1].baseScalars.isScalars(Self.theScalars)
                    && tokens[max(0, k - 8)..<k].contains { $0.isBase(in: Self.drawingVerbs) }))
        {
            var a = k + 1
            if tokens[a].base == "the", a + 1 < tokens.count { a += 1 }
            var b = a
            // `Convention and Exhibition Center`: a joining word between Title-case words belongs to it.
            // (`the Global R&D Center`: capitals joined by `&` inside.)
            // (`the HD Hyundai Global R&D Center`: a short capital code among them.)
            while b < tokens.count, b - a < 8,
                Self.isTitleCase(tokens[b].baseScalars) || (b > a && Self.isAmpersandCode(tokens[b].baseScalars))
                    || (Scalars.isCode(tokens[b].baseScalars) && tokens[b].baseScalars.count <= 5)
                    || (b > a && tokens[b].isText(in: Self.connectorWords) && b + 1 < tokens.count
                        && Self.isTitleCase(tokens[b + 1].baseScalars))
            {
                b += 1
                if tokens[b - 1].comma || tokens[b - 1].period || tokens[b - 1].hasParticle { break }
            }
            guard b > a else { continue }
            // `at the Atlantis Sanya resort in Hainan province`: the name before a lower-case word for
            // a place to stay.
            if !Self.venueHeads.contains(tokens[b - 1].baseScalars), b < tokens.count,
                !tokens[b - 1].comma, !tokens[b - 1].period, tokens[b].isBase(in: Self.lodgingNouns),
                tokens[a..<b].allSatisfy({ Self.isTitleCase($0.baseScalars) && $0.orgIndex == nil })
            {
                f.place = tokens[a..<b].map(\.base).joined(separator: " ")
                b += 1
            } else {
                // (`at the Four Seasons Hotel Seoul in Gwanghwamun`, `at COEX in Gangnam, Seoul`: a venue word
                // inside the name, or a name that is no org followed by `in` and its district or city.)
                // (Only after the event's name: not `Kim, who spoke at Davos in January, opened …`; and no month
                // for a district.)
                let followedByIn =
                    !tokens[b - 1].comma && !tokens[b - 1].period && b + 1 < tokens.count && tokens[b].base == "in"
                    && Self.isTitleCase(tokens[b + 1].baseScalars)
                    && DateParsing.monthWords.index(of: tokens[b + 1].baseScalars) == nil
                    && (Scalars.find(Array(f.name.unicodeScalars), in: s.sentence.scalars).map { $0 < t.start } ?? false)
                guard
                    Self.venueHeads.contains(tokens[b - 1].baseScalars)
                        || (followedByIn
                            && (tokens[a..<b].contains { Self.venueHeads.contains($0.baseScalars) }
                                || tokens[a..<b].allSatisfy {
                                    $0.orgIndex == nil && anyOrg($0) == nil && person($0) == nil
                                        && !lexicon.eventNounWords.contains($0.baseScalars)
                                }))
                else { continue }
                f.place = tokens[a..<b].map(\.base).joined(separator: " ")
            }
            if !tokens[b - 1].comma, !tokens[b - 1].period, b + 1 < tokens.count, tokens[b].base == "in",
                Self.isTitleCase(tokens[b + 1].baseScalars)
            {
                var c = b + 2
                while c < tokens.count, c - b < 4, !tokens[c - 1].comma, !tokens[c - 1].period,
                    Self.isTitleCase(tokens[c].baseScalars)
                {
                    c += 1
                }
                // `in Hainan province`: the lower-case word for a province belongs to the region.
                let province =
                    c < tokens.count && !tokens[c - 1].comma && !tokens[c - 1].period && tokens[c].base == "province"
                f.region = tokens[(b + 1)..<(province ? c + 1 : c)].map(\.base).joined(separator: " ")
                // `in Seongnam, Gyeonggi.`: a city and its province closing the sentence.
                if c - b == 2, tokens[c - 1].comma, c + 1 == tokens.count, Self.isTitleCase(tokens[c].baseScalars),
                    tokens[c].orgIndex == nil
                {
                    f.region = tokens[c - 1].base + ", " + tokens[c].base
                }
            }
            return
        }
        if venueOnly { return }
        for (k, t) in tokens.enumerated() where t.base == "in" && k > 0 && k + 1 < tokens.count {
            let p = tokens[k - 1]
            // (`CES 2026 in Las Vegas`: after the edition's year that ends the event's name.)
            guard
                p.hasParen || lexicon.eventNounWords.contains(p.baseScalars)
                    || Self.englishEventNouns.contains(p.baseScalars) || Self.siteNouns.contains(p.base)
                    || (Self.isYearWord(p.baseScalars) && f.name.hasSuffix(" " + p.base))
                    // (`scheduled for Sept. 18-19 in Hangzhou`: after the days it is held.)
                    || (f.start != nil && Self.isDaySpan(p.baseScalars)),
                !p.comma, Self.isTitleCase(tokens[k + 1].baseScalars),
                DateParsing.monthWords.index(of: tokens[k + 1].baseScalars) == nil
            else { continue }
            f.place = tokens[k + 1].base
            // `in Las Vegas`, `in San Francisco`: a city of two words, the first of which is a short
            // one (`Las`, `San`, `New`, `Los`, `Hong`).
            if !tokens[k + 1].comma, !tokens[k + 1].period, k + 2 < tokens.count,
                tokens[k + 1].baseScalars.count <= 4, Self.isTitleCase(tokens[k + 2].baseScalars),
                tokens[k + 2].orgIndex == nil, DateParsing.monthWords.index(of: tokens[k + 2].baseScalars) == nil,
                RelativeDates.weekdayWords.index(of: tokens[k + 2].baseScalars) == nil
            {
                f.place = tokens[k + 1].base + " " + tokens[k + 2].base
            }
            // `in Guangzhou, Guangdong province`
            if tokens[k + 1].comma, k + 3 < tokens.count, Self.isTitleCase(tokens[k + 2].baseScalars),
                Self.regionNouns.contains(tokens[k + 3].base), f.region == nil
            {
                f.region = tokens[k + 2].base + " " + tokens[k + 3].base
            }
            return
        }
    }

    /// The first offset from `i` on holding a scalar that may open a quoted name, or the count:
    /// every opening mark is `"`, `'` or lies in U+2018...U+300C. Written for speed, over a buffer
    /// pointer with one range test a scalar: `findEvents` reads every scalar of the report here,
    /// and the same tests on the array (its bounds checked at each read) cost about 20
    /// instructions a scalar.
    static func nextOpeningMark(_ sc: [Unicode.Scalar], from i: Int) -> Int {
        sc.withUnsafeBufferPointer { p in
            var k = i
            let n = p.count
            while k < n {
                let v = p[k].value
                if v == 0x22 || v == 0x27 || v &- 0x2018 <= 0x300C - 0x2018 { return k }
                k &+= 1
            }
            return n
        }
    }

    mutating func findEvents() {
        for s in sentences where !s.isDateLine {
            // Names in single or double quotation marks.
            let sc = s.sentence.scalars
            // From the first opening mark the splitter saw (`Sentence.openingMarkFrom`): before it
            // every scalar would be passed over.
            var i = Self.nextOpeningMark(sc, from: s.sentence.openingMarkFrom)
            while i < sc.count {
                let open = sc[i]
                let close: Unicode.Scalar? =
                    switch open {
                    case "\u{2018}": "\u{2019}"
                    case "\u{201C}": "\u{201D}"
                    case "「": "」"
                    case "《": "》"
                    case "\"": "\""
                    // `'SK AI 서밋 2024'`: a straight single mark opens after a space or a sign,
                    // not after a letter (`Baidu's`).
                    case "'": i == 0 || !(Scalars.isLatin(sc[i - 1]) || Scalars.isHangul(sc[i - 1])) ? "'" : nil
                    default: nil
                    }
                guard let close, let end = sc[(i + 1)...].firstIndex(of: close), end - i < 80 else {
                    i = Self.nextOpeningMark(sc, from: i + 1)
                    continue
                }
                var inner = Array(sc[(i + 1)..<end])
                var paren: String?
                if let p = inner.firstIndex(of: "("), let q = inner.lastIndex(of: ")"), p < q {
                    paren = Scalars.string(inner[(p + 1)..<q])
                    inner = Array(inner[..<p])
                }
                // The name's scalars trimmed as `trimmed()` trims its `String` (spaces and line feeds
                // at either end), the `String` made once of them and the tests below run on them: the
                // name was made, trimmed into a copy, then decoded again for the event nouns.
                let nameScalars = inner[Scalars.trimmedRange(inner)]
                let name = Scalars.string(nameScalars)
                // `열린 ‘DAN 24’에서`: a name after a word that says something was held.
                // Its scalars in place: as a `String` it was made, then decoded again for each test.
                let before = sc[DateParsing.previousHangulWordRange(sc, before: i)]
                let held =
                    lexicon.placeMarkerWords.contains(before) && name.count >= 3
                    && Scalars.find(Self.deungScalars, in: Array(nameScalars)) == nil
                // `국내 최대 게임전시회 ‘지스타 2024(G-STAR 2024)’에`: a name in apposition to an event noun,
                // with its edition's year.
                // (`기술 발표회 ‘콴다 테크톡’과 … 행사 ‘…’를 합친`: without a year, one of the names a sentence
                // merges: joined to the next by 와/과 or a comma, or the object of the merging word.)
                let merged =
                    s.verbs.mergeWord && Self.isMergedName(sc, closingAt: end, mergeWords: lexicon.mergeWordScalars)
                let described =
                    (inner.last.map(Scalars.isDigit) == true || merged)
                    && i >= 1 && Scalars.isSpace(sc[i - 1])
                    && before.count >= 2
                    && (lexicon.eventNounWords.hasSuffix(before)
                        || (merged && before.elementsEqual(Self.eventWordScalars)))
                if lexicon.eventNounWords.hasSuffix(nameScalars, keep: 2) || held || described
                    || isHeldEvent(inner, paren: paren, sc, after: end)
                {
                    // `지난해까지 ‘TCL 생태 파트너 서밋’으로 불리던 행사로`: the report's event by its former
                    // name, an alias of it.
                    // (The event this sentence named before, else the report's.)
                    if Self.formerNameEndings.contains(where: { KoreanNumbers.matches(sc, at: end + 1, $0) }),
                        let main = events.lastIndex(where: { $0.sentence == s.number }) ?? mainEventIndex(),
                        events[main].fact.name != name
                    {
                        addEventAlias(name, to: main)
                    } else {
                        addEvent(name: name, paren: paren, sentence: s)
                    }
                    i = Self.nextOpeningMark(sc, from: end + 1)
                } else {
                    // `'엑사원 3.5'`, `‘던전앤파이터 모바일’`: a short name in single marks is a product that
                    // may own figures (`MetricRules.productOwner`).
                    if open == "\u{2018}" || open == "'", inner.count <= 24, inner.count >= 2,
                        inner.lazy.filter({ $0 == " " }).count <= 2
                    {
                        let w = Array(nameScalars)
                        if !quotedProducts.contains(where: { $0 == w }), knownOrg(w[...]) == nil,
                            !lexicon.eventNounWords.hasSuffix(w[...]),
                            w.contains(where: { Scalars.isHangul($0) || Scalars.isLatin($0) })
                        {
                            quotedProducts.append(w)
                        }
                    }
                    i = Self.nextOpeningMark(sc, from: i + 1)
                }
            }
            // Unquoted names before a parenthesis: `텐센트 클라우드 서밋(腾讯云+未来峰会)`.
            // (Walked only when some token has a parenthesis, `TokenSummary`.)
            for (k, t) in (s.summary.hasParen ? s.tokens : []).enumerated() where !t.quoteBefore && !t.quoteAfter {
                // `winter Force conference (FORCE原动力大会, hereafter Force)`: a lower-case English
                // event noun after a capitalised name counts too.
                // `미국 샌프란시스코에서 열리는 국제고체회로학회(ISSCC 2025)에`: a name right after a word
                // saying something is held.
                guard let paren = t.paren,
                    lexicon.eventNounWords.hasSuffix(t.baseScalars)
                        || (Self.englishEventNouns.contains(t.baseScalars) && k > 0
                            && s.tokens[k - 1].baseScalars.first.map(Scalars.isUpper) ?? false)
                        || (k > 0 && t.baseScalars.count >= 3 && t.baseScalars.allSatisfy(Scalars.isHangul)
                            && lexicon.placeMarkerWords.contains(s.tokens[k - 1].text))
                else {
                    continue
                }
                let (native, aliases) = parseEventParen(paren)
                guard native != nil || !aliases.isEmpty else { continue }
                var first = k
                while first > 0, k - first < 6 {
                    let p = s.tokens[first - 1]
                    // `열리는 상하이 모터쇼(上海车展)에서`: a word that only ends like the particle 이, opening
                    // the phrase, is the name's first.
                    if p.particle == "이", !p.hasParen, !p.quoteAfter, !p.comma, p.scalars.allSatisfy(Scalars.isHangul),
                        first < 2 || !s.tokens[first - 2].isBare
                    {
                        first -= 1
                        break
                    }
                    guard p.isBare, !p.hasParen, !p.quoteAfter, !p.dateLike else { break }
                    // `별도 행사로 치러 온 비보 AI 개발자 포럼`: a verb's one-syllable ending (`온`) or
                    // a past form in `던` opens no name.
                    if p.scalars.count == 1 && Scalars.isHangul(p.scalars[p.scalars.startIndex])
                        || p.scalars.last == "던"
                    {
                        break
                    }
                    // `another round of price cuts at its Force Conference (原动力大会)`.
                    if let f = p.scalars.first, Scalars.isLatin(f), !Scalars.isUpper(f) { break }
                    first -= 1
                    if p.quoteBefore { break }
                }
                let name = s.tokens[first...k].enumerated().map { j, tok in first + j == k ? tok.base : tok.text }
                    .joined(separator: " ")
                guard first < k || t.base.count > 3 else { continue }
                addEvent(name: name, paren: paren, sentence: s)
            }
            // `부산 벡스코에서 열리는 지스타 2025에`: an unquoted name with its edition's year right after
            // a word saying something is held.
            for k in s.tokens.indices.dropFirst()
            where Self.heldWordFirsts.contains(s.tokens[k - 1].firstScalar ?? " ")
                && lexicon.placeMarkerWords.contains(s.tokens[k - 1].textScalars) && !s.tokens[k].quoteBefore
                && (s.tokens[k].scalars.first.map { Scalars.isHangul($0) || Scalars.isUpper($0) } ?? false)
            {
                var e = k
                while e < s.tokens.count, e - k < 3, s.tokens[e].isBare || Self.isYearWord(s.tokens[e].baseScalars),
                    !s.tokens[e].hasParen, !s.tokens[e].quoteAfter, !Self.isYearWord(s.tokens[e].baseScalars)
                {
                    e += 1
                }
                guard e > k, e < s.tokens.count, Self.isYearWord(s.tokens[e].baseScalars), !s.tokens[e].hasParen,
                    s.tokens[k..<e].allSatisfy({ $0.orgIndex == nil && !$0.dateLike })
                else { continue }
                let name = s.tokens[k..<e].map(\.text).joined(separator: " ") + " " + s.tokens[e].base
                addEvent(name: name, paren: nil, sentence: s)
            }
            findEarningsCalls(in: s)
            // (Every pattern there opens with a capital or an English event noun.)
            if s.summary.hasLatinEdge {
                findEnglishEvents(in: s)
                findEnglishEventsBeforeNouns(in: s)
                findEnglishEventsAfterAt(in: s)
            }
        }
        findMerges()
        // `화웨이(华为)가 19일 … ‘화웨이 커넥트 2024’를 개막했다. 행사는 2024.9.19~21 사흘간 이어지며`: a span
        // starting on an event's first day, written later without its name, gives its last day.
        for i in events.indices where events[i].fact.end == nil {
            guard let start = events[i].fact.start, start.day != nil else { continue }
            // (The event's own sentence too: `… opened Huawei Connect 2025, which runs through Sept. 20`.)
            for s in sentences where s.number >= events[i].sentence && !s.isDateLine {
                // (A week at most, unless the sentence names the event or calls it by its noun: `Pre-orders run
                // from Oct. 14 to Oct. 26` is a sale's span, not the launch's; `The show … runs from April 23 to
                // May 2` is the show's.)
                if s.number > events[i].sentence,
                    let d = s.dates.first(where: {
                        $0.end != nil && $0.start.month == start.month && $0.start.day == start.day
                    }),
                    Self.spansAWeekAtMost(d) || refersToEvent(s, i) || opensWithTheEventNoun(s.tokens, i)
                {
                    events[i].fact.end = d.end
                    break
                }
                // `wrapped up its summit on Thursday` … `The summit, held Sept. 16-18`: a span a sentence
                // soon after gives, that holds the day found first (its last), is the event's.
                // (Named, or its noun the sentence's subject: `The summit, held …`.)
                if s.number > events[i].sentence, s.number <= events[i].sentence + 3,
                    let d = s.dates.first(where: { $0.start.day != nil && $0.end != nil }), let end = d.end,
                    d.start < start, start <= end,
                    !events.contains(where: { $0.sentence > events[i].sentence && $0.sentence <= s.number }),
                    namesEvent(s, i) || namesEventByItsNoun(s, i) || namesEventByThisNoun(s)
                        || opensWithTheEventNoun(s.tokens, i)
                {
                    events[i].fact.start = d.start
                    events[i].fact.end = end
                    break
                }
                // `행사는 13일까지 사흘간 열린다`: the event, named or called `행사`, runs until a later day.
                // (The event named last before the sentence, not an earlier one.)
                // (Further on only when the sentence names it: `지스타는 16일까지 이어진다`.)
                if s.number <= events[i].sentence + 3 || (events.count == 1 && namesEvent(s, i)),
                    !events.contains(where: { $0.sentence > events[i].sentence && $0.sentence <= s.number }),
                    let d = s.dates.first(where: {
                        $0.end == nil && $0.start.month == start.month && ($0.start.day ?? 0) > (start.day ?? 0)
                            && (KoreanNumbers.matches(s.sentence.scalars, at: $0.range.upperBound, "까지")
                                || Self.followsUntil(s.sentence.scalars, $0.range.lowerBound))
                    }), refersToEvent(s, i)
                {
                    events[i].fact.end = d.start
                    break
                }
            }
        }
        foldEditionNames()
        dateEnglishEventsByTheLead()
        for e in events {
            guard let s = sentence(numbered: e.sentence) else { continue }
            emit(e.fact, sentence: s)
        }
    }

    /// `LG Display said Thursday it stayed in the black …` then `… said on the company's third-quarter
    /// earnings call`: an English event the text gives no date, named in the headline or within five
    /// sentences after the lead, is on the day the lead's news was made (a weekday or date with a day, in the
    /// week before publication).
    private mutating func dateEnglishEventsByTheLead() {
        guard events.contains(where: { $0.fact.start == nil }), let pub = RelativeDates.dayCount(published),
            let lead = sentences.first(where: {
                !$0.isDateLine && !$0.sentence.isWholeLine && !$0.sentence.isFurniture && $0.sentence.opensLine
                    && $0.tokens.first?.unicodeIsLatin == true
            }),
            let day = lead.dates.first(where: { $0.start.day != nil && $0.end == nil }),
            let count = RelativeDates.dayCount(day.start), count <= pub, pub - count <= 7
        else { return }
        for i in events.indices where events[i].fact.start == nil {
            let n = events[i].sentence
            guard n - lead.number <= 5,
                let s = sentence(numbered: n), s.tokens.first?.unicodeIsLatin == true,
                !s.dates.contains(where: { $0.start.month != nil || $0.start.day != nil })
            else { continue }
            events[i].fact.start = day.start
        }
    }

    /// `at WAIC 2024` in a headline, `the World Artificial Intelligence Conference (WAIC)` in the text:
    /// an event named as another's name or alias and its year is that event; the name becomes one of
    /// its aliases.
    private mutating func foldEditionNames() {
        guard events.count >= 2 else { return }
        var k = 0
        while k < events.count {
            let name = events[k].fact.name.unicodeScalars
            guard name.count > 5, events[k].fact.start == nil, events[k].fact.place == nil,
                let space = name.lastIndex(of: " "),
                Self.isYearWord(Array(name[name.index(after: space)...])[...])
            else {
                k += 1
                continue
            }
            let base = String(String.UnicodeScalarView(name[..<space]))
            guard
                let into = events.indices.first(where: {
                    $0 != k && ($0 < k || events[$0].fact.name != events[k].fact.name)
                        && (events[$0].fact.name == base || (events[$0].fact.aliases ?? []).contains(base))
                })
            else {
                k += 1
                continue
            }
            let alias = events[k].fact.name
            addEventAlias(alias, to: into)
            events.remove(at: k)
        }
    }

    /// The first scalars of the Korean words saying something is held (`열리는`, `개최된`, `진행된`):
    /// the lexicon's place markers are looked up only for words starting so.
    static let heldWordFirsts: [Unicode.Scalar] = ["열", "개", "진"]

    /// Whether a sentence refers to an event: by its name or an alias, or as `행사` (the event).
    /// (Or by the noun that ends its name, `namesEventByItsNoun`.)
    func refersToEvent(_ s: AnalyzedSentence, _ i: Int) -> Bool {
        let sc = s.sentence.scalars
        if Scalars.find(Self.eventWordScalars, in: sc) != nil { return true }
        if Self.englishEventWordScalars.contains(where: { Scalars.find($0, in: sc) != nil }) { return true }
        return namesEvent(s, i) || namesEventByItsNoun(s, i) || namesEventByThisNoun(s)
    }

    /// `The summit, held Sept. 16-18 …`: an English sentence opened by `The` and the noun that ends event
    /// `i`'s name (before an edition's year, case aside).
    func opensWithTheEventNoun(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens.count >= 2, tokens[0].textScalars.isScalars(Self.theCapitalScalars),
            let noun = Self.lastNoun(ofEventNamed: events[i].fact.name)
        else { return false }
        return Scalars.lower(tokens[1].base) == Scalars.lower(Scalars.string(noun))
    }

    /// The last word of an event's name, before an edition's year (`Summit` of `Geek+ Global Partner
    /// Summit 2025`, `엑스포` of `2026 부산 UAM 엑스포`), or nil for a name of one word.
    static func lastNoun(ofEventNamed name: String) -> ArraySlice<Unicode.Scalar>? {
        let u = Array(name.unicodeScalars)
        let words = withoutEditionYear(u) ?? u[...]
        guard let space = words.lastIndex(of: " ") else { return nil }
        return words[(space + 1)...]
    }
    /// `The`, opening a sentence.
    static let theCapitalScalars: [Unicode.Scalar] = ["T", "h", "e"]

    /// `… 함께 여는 이 전시회는 25일까지 이어진다`: `이` and an event noun, a topic, call back the event.
    func namesEventByThisNoun(_ s: AnalyzedSentence) -> Bool {
        let tokens = s.tokens
        for k in tokens.indices.dropFirst() where tokens[k].hasParticle(in: Self.eventTopicParticles) {
            if tokens[k - 1].textScalars.isScalars(Self.thisScalars),
                lexicon.eventNounWords.contains(tokens[k].baseScalars)
            {
                return true
            }
        }
        return false
    }

    /// `엑스포는 29일까지 이어진다` for `2026 부산 UAM 엑스포`: the sentence opens with the event noun that
    /// ends the event's name (before an edition's year), as its topic.
    func namesEventByItsNoun(_ s: AnalyzedSentence, _ i: Int) -> Bool {
        guard let first = s.tokens.first, first.hasParticle(in: Self.eventTopicParticles),
            let noun = Self.lastNoun(ofEventNamed: events[i].fact.name)
        else { return false }
        return lexicon.eventNounWords.contains(noun) && first.baseScalars.elementsEqual(noun)
    }

    /// An event's name before the edition's year that ends it (`지스타` of `지스타 2025`), or nil.
    static func withoutEditionYear(_ u: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar>? {
        guard let space = u.lastIndex(of: " "), space >= 2, isYearWord(u[(space + 1)...]) else { return nil }
        return u[..<space]
    }

    /// Whether a sentence names event `i`: by its name, an alias, or its name without the edition's year.
    func namesEvent(_ s: AnalyzedSentence, _ i: Int) -> Bool {
        let sc = s.sentence.scalars
        let f = events[i].fact
        if ([f.name] + (f.aliases ?? [])).contains(where: { Scalars.find(Array($0.unicodeScalars), in: sc) != nil }) {
            return true
        }
        // `지스타는 16일까지 이어진다` for `지스타 2025`: the name without its edition's year.
        guard let name = Self.withoutEditionYear(Array(f.name.unicodeScalars)) else { return false }
        return Scalars.find(Array(name), in: sc) != nil
    }

    static let eventWordScalars = Array("행사".unicodeScalars)
    static let eventTopicParticles: TextSet = ["은", "는", "이", "가"]
    /// Words for a gathering that a quoted name before them names (`‘…’ 행사를 열고`).
    static let gatheringWords = WordSet(["행사", "간담회", "기자간담회", "발표회", "시연회", "출시 행사", "론칭 행사"])
    /// English words for the report's event (`The two-day event, which runs through April 26`).
    static let englishEventWordScalars = [
        "event", "conference", "summit", "forum", "expo", "The show ", "the show ", "The show,", "the show,",
    ].map {
        Array($0.unicodeScalars)
    }
    static let untilWords = ["through ", "until ", "till "].map { Array($0.unicodeScalars) }

    /// Event nouns that end an event's name only before its edition's year.
    static let eventNounsWithYearOnly: TextSet = ["Launch"]

    /// Whether a span of days lasts a week at most (its last day within six of its first; a span whose last
    /// day is not given does not).
    static func spansAWeekAtMost(_ d: DateMention) -> Bool {
        guard let end = d.end, end.day != nil, let a = RelativeDates.dayCount(d.start),
            let b = RelativeDates.dayCount(end)
        else { return false }
        return b - a <= 6
    }

    /// Whether `through`, `until` or `till` stands right before a date at `start`.
    static func followsUntil(_ sc: [Unicode.Scalar], _ start: Int) -> Bool {
        untilWords.contains { w in start >= w.count && sc[(start - w.count)..<start].elementsEqual(w) }
    }

    /// A quoted name that is an event although it does not end with an event noun: an event noun
    /// before a year (`엑사원 데이 2024`), a Han native ending with one (`华为全联接大会2024`), or
    /// a name followed by a word that says it is held (`'바이두 월드 2024'를 열고`).
    func isHeldEvent(_ inner: [Unicode.Scalar], paren: String?, _ sc: [Unicode.Scalar], after end: Int) -> Bool {
        // Scalars only: this runs for every quotation, speech included.
        var lo = 0
        var hi = inner.count
        while lo < hi, Scalars.isSpace(inner[lo]) { lo += 1 }
        while hi > lo, Scalars.isSpace(inner[hi - 1]) { hi -= 1 }
        let scalars = inner[lo..<hi]
        guard scalars.count >= 3, scalars.count <= 40 else { return false }
        // Without a trailing year or edition number.
        if let last = scalars.last, Scalars.isDigit(last) {
            var core = scalars
            while let l = core.last, Scalars.isDigit(l) { core = core.dropLast() }
            if core.last == " ", core.count > 1, lexicon.eventNounWords.hasSuffix(core.dropLast(), keep: 1) {
                return !Self.hasEtc(scalars)
            }
        }
        if let paren, Scalars.hasHan(paren) {
            var p = Array(paren.unicodeScalars)[...]
            while let last = p.last, Scalars.isDigit(last) || last == " " { p = p.dropLast() }
            if lexicon.eventNounWords.hasSuffix(p, keep: 1) { return !Self.hasEtc(scalars) }
        }
        // The word after the closing mark and its particle.
        var k = end + 1
        while k < sc.count, !Scalars.isSpace(sc[k]) { k += 1 }
        while k < sc.count, Scalars.isSpace(sc[k]) { k += 1 }
        var e = k
        while e < sc.count, !Scalars.isSpace(sc[e]), sc[e] != ",", sc[e] != "." { e += 1 }
        guard e > k else { return false }
        // `‘2025 창청 기술의 날’ 행사를 열고`, `‘한컴 AI 비전 2025’ 기자간담회를 열고`: the quotation, then
        // a word for the gathering it names, with its particle.
        if k == end + 2, e - k <= 7,
            (0...2).contains(where: { cut in
                e - cut > k + 1
                    && (Self.gatheringWords.contains(sc[k..<(e - cut)])
                        || lexicon.eventNounWords.contains(sc[k..<(e - cut)]))
            })
        {
            return !Self.hasEtc(scalars)
        }
        guard lexicon.eventVerbWords.contains(sc[k..<e]) else { return false }
        return !Self.hasEtc(scalars)
    }

    /// Whether a name holds ` 등` (a list, not a name).
    static func hasEtc(_ w: some ScalarWord) -> Bool {
        var i = w.startIndex
        while i + 1 < w.endIndex {
            if w[i] == " ", w[i + 1] == "등" { return true }
            i += 1
        }
        return false
    }

    /// `the Tencent Global Digital Ecosystem Summit`: capitalised words ending with an event noun.
    private mutating func findEnglishEvents(in s: AnalyzedSentence) {
        for (k, t) in s.tokens.enumerated()
        where t.baseScalars.first.map(Scalars.isUpper) ?? false && lexicon.eventNounWords.contains(t.baseScalars) {
            guard let c = t.baseScalars.first, Scalars.isUpper(c) else { continue }
            // `UGREEN Korea Launch 2025`: a launch is an event's name only with its edition's year (not a
            // headline's `Samsung Delays Galaxy Ring Launch To July`).
            if t.isBase(in: Self.eventNounsWithYearOnly),
                t.hasParen || t.comma || t.period || k + 1 >= s.tokens.count
                    || !Self.isYearWord(s.tokens[k + 1].baseScalars)
            {
                continue
            }
            // `at the World Expo Center`: a venue named after an event noun.
            if !t.comma, !t.period, !t.hasParen, k + 1 < s.tokens.count,
                Self.venueHeads.contains(s.tokens[k + 1].baseScalars), s.tokens[k + 1].base != t.base
            {
                continue
            }
            var first = k
            while first > 0, k - first < 7 {
                let p = s.tokens[first - 1]
                guard !p.comma, !p.period, !p.hasParticle || p.particle == "'s" else { break }
                let upper = p.baseScalars.first.map { Scalars.isUpper($0) || Scalars.isDigit($0) } ?? false
                guard upper || p.base == "of" || p.base == "and" || p.base == "&" else { break }
                first -= 1
            }
            // `At XPeng AI Day 2024`: a preposition opening the sentence is no part of the name.
            while first < k,
                ["of", "and", "&"].contains(s.tokens[first].base) || Self.leadingWords.contains(s.tokens[first].base)
            {
                first += 1
            }
            guard first < k, s.tokens[first].particle != "'s" else { continue }
            if DateParsing.months[s.tokens[first].base] != nil { continue }
            var name = s.tokens[first...k].map(\.base).joined(separator: " ")
            var paren = t.paren
            // `REAL Summit 2024`: the edition's year belongs to the name.
            if !t.hasParen, !t.comma, !t.period, k + 1 < s.tokens.count, Self.isYearWord(s.tokens[k + 1].baseScalars) {
                name += " " + s.tokens[k + 1].base
                paren = s.tokens[k + 1].paren
            }
            addEvent(name: name, paren: paren, sentence: s)
        }
        // `its annual developer conference, Orbix Connect 2024, in San Francisco`: a name in
        // apposition to an event noun.
        for (k, t) in s.tokens.enumerated()
        where t.comma && k + 2 < s.tokens.count && Self.englishEventNouns.contains(t.baseScalars) {
            var end = k + 1
            var words: [String] = []
            while end < s.tokens.count, words.count < 5 {
                let w = s.tokens[end]
                guard Self.isTitleCase(w.baseScalars) || Scalars.isCode(w.baseScalars) || Self.isYearWord(w.baseScalars)
                else { break }
                words.append(w.base)
                end += 1
                if w.comma || w.period { break }
            }
            // Two words or more, all Title-case or codes (a year may close them), then a comma or stop.
            guard words.count >= 2, s.tokens[end - 1].comma || s.tokens[end - 1].period,
                !Self.isYearWord(Array(words[0].unicodeScalars)[...])
            else { continue }
            addEvent(name: words.joined(separator: " "), paren: nil, sentence: s)
        }
    }

    /// `its annual Huawei Connect 2025 conference`: Title-case words closed by an edition's year,
    /// then a lower-case event noun, name the event.
    private mutating func findEnglishEventsBeforeNouns(in s: AnalyzedSentence) {
        let tokens = s.tokens
        // (The year first: four digits are tested without a lookup.)
        for k in tokens.indices.dropFirst(2)
        where Self.isYearWord(tokens[k - 1].baseScalars) && Self.englishEventNouns.contains(tokens[k].baseScalars) {
            let year = tokens[k - 1]
            guard !year.comma, !year.period, !year.hasParen else { continue }
            var first = k - 1
            while first > 0, k - 1 - first < 4 {
                let p = tokens[first - 1]
                guard !p.comma, !p.period, !p.hasParen, p.particle == nil,
                    Self.isTitleCase(p.baseScalars)
                        || Scalars.isCode(p.baseScalars)
                else { break }
                first -= 1
            }
            while first < k - 1,
                Self.leadingWords.contains(tokens[first].base)
                    || DateParsing.monthWords.index(of: tokens[first].baseScalars) != nil
            {
                first += 1
            }
            guard first < k - 1 else { continue }
            let name = tokens[first..<k].map(\.base).joined(separator: " ")
            addEvent(name: name, paren: nil, sentence: s)
        }
    }

    /// `at CES 2026 in Las Vegas`, `at Daon Open Lab 2025, its first developer event`: after `at`,
    /// Title-case words or codes (one to four) closed by the year of this edition (the publication's
    /// year, the one before or the one after) and by a comma, a stop or a preposition name an event,
    /// with no event noun in its name.
    private mutating func findEnglishEventsAfterAt(in s: AnalyzedSentence) {
        guard let py = publishedYear else { return }
        let tokens = s.tokens
        for a in tokens.indices.dropLast(2)
        where tokens[a].textScalars.isScalars(Self.atScalars) || tokens[a].textScalars.isScalars(Self.ofScalars) {
            var k = a + 1
            while k < tokens.count, k - a <= 4, !tokens[k].comma, !tokens[k].period, !tokens[k].hasParen,
                tokens[k].particle == nil,
                Self.isTitleCase(tokens[k].baseScalars) || Scalars.isCode(tokens[k].baseScalars)
            {
                k += 1
            }
            guard k > a + 1, k < tokens.count, Self.isYearWord(tokens[k].baseScalars),
                abs(Int(tokens[k].base).map { $0 - py } ?? 9) <= 1
            else { continue }
            // `of Auto Shanghai 2025 (上海国际汽车工业展览会)`: after `of`, and with a gloss, only a Han
            // gloss ending in an event noun says the words name an event.
            let glossedEvent = tokens[k].paren.map { lexicon.eventNounWords.hasSuffix(Array($0.unicodeScalars)[...]) }
            // (`on the opening day of Energy Storage Korea 2026 (ESK 2026), a trade show held …`: an
            // appositive calls the words an event, and the gloss is its alias.)
            let calledAnEvent = tokens[k].comma && Self.appositiveNamesAnEvent(tokens, after: k)
            if !calledAnEvent,
                glossedEvent == false || (glossedEvent == nil && tokens[a].textScalars.isScalars(Self.ofScalars))
            {
                continue
            }
            let closed =
                calledAnEvent || glossedEvent == true || tokens[k].comma || tokens[k].period || k + 1 == tokens.count
                || Self.afterNamePrepositions.contains(tokens[k + 1].textScalars)
            guard closed, !lexicon.eventNounWords.contains(tokens[k - 1].baseScalars) else { continue }
            // (An org or a month opening the words is no event: `at Samsung 2025`, `at May 2025`.)
            guard tokens[a + 1].orgIndex == nil || k - a > 2,
                DateParsing.monthWords.index(of: tokens[a + 1].baseScalars) == nil
            else { continue }
            addEvent(
                name: tokens[(a + 1)...k].map(\.base).joined(separator: " "),
                paren: glossedEvent == true || calledAnEvent ? tokens[k].paren : nil,
                sentence: s
            )
        }
    }

    /// Whether `, a trade show`, `, an annual conference`, `, the exhibition` follows token `k`: an article,
    /// up to two words, then an event's noun.
    static func appositiveNamesAnEvent(_ tokens: [Token], after k: Int) -> Bool {
        guard k + 2 < tokens.count, tokens[k + 1].isBase(in: articleTexts) else { return false }
        for m in (k + 2)..<min(tokens.count, k + 5) {
            if englishEventNouns.contains(tokens[m].baseScalars) || tokens[m].isBase(in: showNouns) { return true }
            if tokens[m].comma || tokens[m].period { return false }
        }
        return false
    }

    static let showNouns: TextSet = ["show", "exhibition", "fair", "convention"]

    static let atScalars: [Unicode.Scalar] = ["a", "t"]
    static let toScalars: [Unicode.Scalar] = ["t", "o"]
    /// Verbs that bring people to a venue (`drew 3,000 creators to the … Center`).
    static let drawingVerbs: TextSet = ["drew", "draws", "drawing", "attracted", "brought", "welcomed"]

    /// `18-19`, `18`: a day or a span of days, as written after a month.
    static func isDaySpan(_ w: some ScalarWord) -> Bool {
        (1...5).contains(w.count) && w.allSatisfy { Scalars.isDigit($0) || $0 == "-" }
            && w.first.map(Scalars.isDigit) == true
    }

    /// `R&D`: capitals joined by an ampersand, inside a venue's name.
    static func isAmpersandCode(_ w: some ScalarWord) -> Bool {
        w.count >= 3 && w.contains("&") && w.allSatisfy { Scalars.isUpper($0) || $0 == "&" }
    }
    static let afterNamePrepositions = WordSet(["in", "on", "from", "this", "next", "last", "which", "where", "and"])

    /// An earnings call named with the period it reports (`2분기 실적 콘퍼런스콜`, `1분기 실적 발표
    /// 컨퍼런스콜`, `2024년도 실적 설명회`, `the second-quarter 2025 earnings call`): an event. A call
    /// named without its period (`실적 발표 컨퍼런스콜`, `the earnings call`) is only described.
    private mutating func findEarningsCalls(in s: AnalyzedSentence) {
        let tokens = s.tokens
        for k in tokens.indices.dropFirst(2) {
            let w = tokens[k].baseScalars
            guard let last = w.last, last == "콜" || last == "회" || last == "l" || last == "g" else { continue }
            var j = k - 1
            if Self.callWords.contains(w) {
                if tokens[j].isText(in: Self.announcingWords) { j -= 1 }
                guard j >= 1, tokens[j].isText(in: Self.resultsWords) else { continue }
                j -= 1
            } else if w.elementsEqual(Self.callScalars) || w.elementsEqual(Self.briefingScalars),
                tokens[j].isText(in: Self.englishResultsWords)
            {
                j -= 1
                if Self.isYearWord(tokens[j].textScalars), j >= 1 { j -= 1 }
            } else {
                continue
            }
            let period = tokens[j]
            guard period.isBare || period.particle == nil, !period.comma, !period.hasParen,
                Self.isReportingPeriod(period.textScalars)
            else { continue }
            // `the company's 2025 interim results briefing` (or `call`): the year before the period is the
            // name's.
            if j >= 1, last == "g" || last == "l", Self.isYearWord(tokens[j - 1].textScalars), tokens[j - 1].isBare {
                j -= 1
            }
            // `2025년 4분기 실적 콘퍼런스콜`: so is a Korean year before the quarter.
            if j >= 1, last != "g", last != "l", tokens[j - 1].isBare, !tokens[j - 1].comma,
                Self.isKoreanYearWord(tokens[j - 1].textScalars)
            {
                j -= 1
            }
            let name = tokens[j...k].enumerated().map { m, t in j + m == k ? t.base : t.text }.joined(separator: " ")
            addEvent(name: name, paren: nil, sentence: s)
        }
    }

    /// Adds a name to an event's aliases, unless it is one already.
    mutating func addEventAlias(_ alias: String, to e: Int) {
        if !(events[e].fact.aliases ?? []).contains(alias) {
            events[e].fact.aliases = (events[e].fact.aliases ?? []) + [alias]
        }
    }

    /// Words after a quoted name that make it an event's former name (`‘…’으로 불리던`).
    static let formerNameEndings: [[Unicode.Scalar]] = ["으로 불리던", "로 불리던", "이라는 이름으로 열리던", "라는 이름으로 열리던"]
        .map { Array($0.unicodeScalars) }

    static let callWords = WordSet(["콘퍼런스콜", "컨퍼런스콜", "설명회"])
    static let callScalars = Array("call".unicodeScalars)
    static let briefingScalars = Array("briefing".unicodeScalars)
    static let announcingWords: TextSet = ["발표"]
    static let resultsWords: TextSet = ["실적"]
    static let englishResultsWords: TextSet = ["earnings", "results"]

    /// `2분기`, `상반기`, `2024년도`, `second-quarter`, `full-year`, `Q3`: the period an earnings
    /// call reports.
    static func isReportingPeriod(_ w: some ScalarWord) -> Bool {
        let a = Array(w)
        if a.count == 3, Scalars.isDigit(a[0]), a[1] == "분", a[2] == "기" { return true }
        if a.elementsEqual("상반기".unicodeScalars) || a.elementsEqual("하반기".unicodeScalars) { return true }
        if a.count >= 5, a[..<4].allSatisfy(Scalars.isDigit), a[4] == "년" { return a.count == 5 || a[5...] == ["도"] }
        if a.count == 2, a[0] == "Q", Scalars.isDigit(a[1]) { return true }
        let text = Scalars.string(a[...]).lowercased()
        return englishPeriods.contains(text)
    }

    static let englishPeriods: Set<String> = [
        "first-quarter", "second-quarter", "third-quarter", "fourth-quarter", "full-year", "first-half",
        "second-half", "annual", "quarterly", "interim", "half-year",
    ]

    static let regionNouns: Set<String> = ["province", "Province", "state", "prefecture"]
    static let leadingWords: Set<String> = ["At", "In", "During", "On", "After", "Before", "Ahead", "The", "This"]

    /// Nouns for the place an event is held before `in` and its city: `at the company's headquarters in
    /// Guangzhou`.
    static let siteNouns: Set<String> = ["headquarters", "campus", "hall", "venue", "offices", "office"]

    /// Lower-case English nouns for events, before a name in apposition.
    static let englishEventNouns = WordSet([
        "conference", "summit", "forum", "expo", "festival", "event", "showcase", "briefing",
    ])

    /// `2025년`: a year written in Korean.
    static func isKoreanYearWord(_ w: some ScalarWord) -> Bool {
        w.count == 5 && w.last == "년" && isYearWord(w.dropLast())
    }

    static func isYearWord(_ w: some ScalarWord) -> Bool {
        w.count == 4 && w.allSatisfy(Scalars.isDigit) && (w.first == "2" || w.first == "1")
    }

    /// Whether a name ending at `end` is its clause's topic or subject: a particle 은/는/이/가 after it
    /// (past a closing quotation mark).
    static func isTopic(_ sc: [Unicode.Scalar], after end: Int) -> Bool {
        var k = end
        while k < sc.count, Self.closingMarks.contains(sc[k]) { k += 1 }
        guard k < sc.count else { return false }
        return Self.topicParticleScalars.contains(sc[k])
            && (k + 1 == sc.count || !Scalars.isHangul(sc[k + 1]) || sc[k] == "은" || sc[k] == "는")
    }

    static let closingMarks: [Unicode.Scalar] = ["’", "'", "”", "\"", "」", "』", ")"]
    static let topicParticleScalars: [Unicode.Scalar] = ["은", "는", "이", "가"]

    /// The report's event: the first one with a date, else the first one found.
    /// Whether `에` (not `에서`), `으로` or `로` follows a name: what something is merged into.
    static func isInto(_ sc: [Unicode.Scalar], after end: Int) -> Bool {
        guard end < sc.count else { return false }
        if sc[end] == "에" { return end + 1 >= sc.count || sc[end + 1] != "서" }
        return sc[end] == "로" || (sc[end] == "으" && end + 1 < sc.count && sc[end + 1] == "로")
    }

    func mainEventIndex() -> Int? {
        events.firstIndex { $0.fact.start != nil } ?? (events.isEmpty ? nil : 0)
    }

    /// Whether a quoted name closing at `end` is one a sentence merges: joined to the next by 와/과 or a
    /// comma (`‘A’과 ‘B’를`), or the object of a merging word (the lexicon's `merge_words`) a few words on
    /// (`‘B’를 합친`, `‘B’를 … 흡수해`).
    static func isMergedName(_ sc: [Unicode.Scalar], closingAt end: Int, mergeWords: [[Unicode.Scalar]]) -> Bool {
        var k = end + 1
        // (A gloss after the mark: `‘콴다 티처스데이(QANDA Teachers Day)’를`.)
        if k < sc.count, sc[k] == "(", let close = sc[k...].firstIndex(of: ")") { k = close + 1 }
        guard k < sc.count else { return false }
        if sc[k] == "," || ((sc[k] == "과" || sc[k] == "와") && k + 1 < sc.count && sc[k + 1] == " ") { return true }
        guard sc[k] == "을" || sc[k] == "를", k + 2 < sc.count, sc[k + 1] == " " else { return false }
        // (`‘코드 온’을 올해 처음 하나로 합친`: a few words may come before the merging word.)
        let end = min(sc.count, k + 20)
        return (k + 2..<end).contains { m in
            (m == k + 2 || sc[m - 1] == " ") && mergeWords.contains { KoreanNumbers.matches(sc, at: m, $0) }
        }
    }

    /// `A는 … B, C 등을 통합한 것`: B and C were merged into A.
    private mutating func findMerges() {
        for s in sentences where s.verbs.mergeWord {
            var mentioned: [(position: Int, end: Int, event: Int)] = []
            for (i, e) in events.enumerated() {
                let names = [e.fact.name] + (e.fact.aliases ?? [])
                // Scalar offsets: in the same order as `Character` offsets.
                let positions = names.compactMap { name in
                    Scalars.find(Array(name.unicodeScalars), in: s.sentence.scalars).map {
                        ($0, $0 + name.unicodeScalars.count)
                    }
                }
                if let p = positions.min(by: { $0.0 < $1.0 }) { mentioned.append((p.0, p.1, i)) }
            }
            mentioned.sort { $0.position < $1.position }
            guard let first = mentioned.first else { continue }
            // `이번 행사는 기존 ‘A’와 ‘B’를 통합한 것`: the first event named is itself merged (no topic
            // particle after it): the report's event merged them all.
            if !Self.isTopic(s.sentence.scalars, after: first.end), let main = mainEventIndex(),
                !mentioned.contains(where: { $0.event == main }), !mentioned.isEmpty
            {
                var f = events[main].fact
                f.merges = mentioned.map { events[$0.event].fact.name }
                events[main].fact = f
                continue
            }
            guard mentioned.count >= 2 else { continue }
            // `A를 올해부터 B에 통합했다`: the event merged into is the topic or the one `에`/`으로` follows.
            let sc = s.sentence.scalars
            let target =
                Self.isTopic(sc, after: first.end)
                ? first
                : mentioned.first(where: { Self.isTopic(sc, after: $0.end) || Self.isInto(sc, after: $0.end) }) ?? first
            var f = events[target.event].fact
            f.merges = mentioned.filter { $0.event != target.event }.map { events[$0.event].fact.name }
            events[target.event].fact = f
        }
    }
}
