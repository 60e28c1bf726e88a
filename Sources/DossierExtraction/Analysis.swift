import DossierModel

/// A sentence with its tokens and dates. A class, so that the rules' loops over the sentences
/// copy a reference, not every field.
final class AnalyzedSentence {
    let sentence: Sentence
    let tokens: [Token]
    /// What the tokens hold (`TokenSummary`), for rules that pass over sentences that cannot match.
    private(set) var summary: TokenSummary
    /// Owns the fields `tokens` point at.
    private let tokenStore: TokenStore
    let dates: [DateMention]
    /// Whether the sentence is a date line (the report's publication date), not a fact.
    let isDateLine: Bool
    /// Its presentation verb, establishing verb and merge word, found in one scan.
    let verbs: SentenceVerbs
    /// The report text the sentence was split from.
    private let body: String
    /// The sentence as a `String`, made when first needed (for excerpts): its bytes copied from
    /// the report text (encoding the scalars and validating the result cost three times as much).
    private(set) lazy var text: String = {
        let utf8 = body.utf8
        let r = sentence.utf8
        guard r.upperBound <= utf8.count else { return sentence.text }
        let slice = utf8[
            utf8.index(utf8.startIndex, offsetBy: r.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: r.upperBound)
        ]
        let t = String(slice) ?? sentence.text
        assert(t.utf8.elementsEqual(sentence.text.utf8), "sentence bytes")
        return t
    }()

    /// The sentence's text as a fact's excerpt: at most 200 characters (a text of at most 200
    /// UTF-8 bytes has no more), made once for all the sentence's facts.
    private(set) lazy var excerpt: String = {
        let t = text
        return t.utf8.count <= 200 ? t : String(t.prefix(200))
    }()

    init(
        sentence: Sentence,
        body: String,
        tokens: TokenList,
        dates: [DateMention],
        isDateLine: Bool,
        verbs: SentenceVerbs
    ) {
        self.sentence = sentence
        self.body = body
        self.tokens = tokens.tokens
        summary = tokens.summary
        tokenStore = tokens.store
        self.dates = dates
        self.isDateLine = isDateLine
        self.verbs = verbs
    }

    var number: Int { sentence.number }

    /// Notes that a token now names a lexicon org (`ExtractionRun.rebaseGlossedNames`).
    func noteOrg() { summary.hasOrg = true }

    /// The index of the token that covers a scalar offset.
    func tokenIndex(at offset: Int) -> Int? {
        tokens.firstIndex { $0.start <= offset && offset < $0.end }
    }

    /// Whether the token lies inside a quotation.
    func inQuote(_ token: Token) -> Bool { sentence.inQuote(token.start) || sentence.inQuote(token.end - 1) }
}

/// A person gathered over a report.
struct PersonRecord: Sendable {
    var fact: PersonFact
    var sentence: Int
    /// Whether the headline's title was replaced by the body's already (once only).
    var titleFromBody = false
    /// Titles held together with the first (`상무이사 겸 … CEO`): one becomes the title when the
    /// report refers back to the person by it (`위 CEO는`).
    var jointTitles: [String] = []
    /// Titles held before a promotion the report names (`미래성장실장이 … 사장으로 승진`): the
    /// units they head are still units of the org.
    var formerTitles: [String] = []
    /// A unit named between the person and their title, without a code (`자동차전지사업부`).
    var namedUnit: String?
}

/// The state of one extraction: the sentences and the facts found so far.
struct ExtractionRun {
    let box: LexiconBox
    var lexicon: Lexicon {
        _read { yield box.lexicon }
    }
    var sentences: [AnalyzedSentence] = []
    /// The publication date (front matter, else a date line or an English dateline).
    var published: PartialDate?
    /// The publication date's year, when it has one.
    var publishedYear: Int? { published?.year }
    var people: [PersonRecord] = []
    var personIndex = TextDictionary<Int>()
    /// The same keys by scalars.
    var personKeys = ScalarTable()
    /// Each person's number of name words and first word (`indexNameParts`).
    var nameShapes: [(parts: Int, first: String)] = []
    /// Each word of the people's names → the one person whose name has it, or -1 when several
    /// have it; built once the people are known (`findQuotesAndPresentations`).
    var namePartOwner: ScalarTable?
    var orgs: [(fact: OrgFact, sentence: Int)] = [] {
        didSet { orgNamesVersion = orgNames.nextVersion() }
    }
    var orgByName = TextDictionary<Int>() {
        didSet { orgNamesVersion = orgNames.nextVersion() }
    }
    /// `orgName`'s answers, good while `orgNamesVersion` stays: a new version is drawn whenever
    /// `orgs` or `orgByName` change (`didSet`), so a cached name is never stale.
    let orgNames = OrgNameCache()
    private(set) var orgNamesVersion = 0
    var units: [(fact: OrgUnitFact, sentence: Int)] = []
    var events: [(fact: EventFact, sentence: Int)] = []
    /// The facts in the order found, and the number of the sentence of each.
    var facts: [Fact] = []
    var factSentences: [Int] = []
    var mainOrg: String?
    /// How often each word (particle off) occurs in the report.
    var baseCounts: ScalarTable?
    /// How often each organisation found by `findFrequentOrgs` was named.
    var discoveredCounts = TextDictionary<Int>()
    /// Unknown organisations the report calls companies (`AI 스타트업 스캐터랩(Scatter Lab)`, `Bambu Lab
    /// (拓竹科技), the Shenzhen-based maker of …`): a unit of the same name (`랩`, `Lab`) is no unit.
    var describedCompanies: [String] = []
    /// The keys of `orgByName` that lead to those organisations (fixed once they are found:
    /// later orgs never take their names).
    var discoveredKeys = ScalarTable()
    /// The forms each known org (by lexicon index) is written in, with their counts.
    var formCounts: [Int: [(form: String, count: Int)]] = [:]
    /// The form each lexicon org was introduced by, with an alias for the rest of the report
    /// (`중신궈지(中芯国际, 이하 SMIC)`): its name, however often the alias is used.
    var introducedForms: [Int: String] = [:]
    /// Unknown organisations found by the slot they fill (`SlotOrgs.swift`), and their keys
    /// (lower-cased names and aliases).
    var slotOrgNames: Set<String> = []
    /// Slot orgs named in quotation marks (`'퉁이첸원(通义千问) 2.0'`): products that may own figures
    /// but are not emitted as organisations.
    var productNames: Set<String> = []
    /// Short names in single quotation marks that are not events (`'엑사원 3.5'`): products.
    var quotedProducts: [[Unicode.Scalar]] = []
    var slotOrgKeys = ScalarTable()
    /// How often the lexicon org chosen as main org was named.
    var mainOrgCount = 0
    /// Hangul names of several words the report glosses in Latin somewhere (`마이클 첸(Michael Chen)이`),
    /// with their gloss: the same words unglossed elsewhere (`마이클 첸 CFO는`) name that person.
    var glossedNames: [String: String] = [:]

    init(box: LexiconBox, document: ReportDocument) {
        self.box = box
        let split = SentenceSplitter.split(document.body)
        published = document.published ?? Self.dateLine(split)
        let dateline = Self.englishDateline(split) ?? Self.bylineDate(split)
        if published == nil, let d = dateline?.date {
            // `SHENZHEN, July 17 (TechWire) -` … `© 2025 TechWire.`: the closing copyright line's year.
            published = d.year == nil ? Self.withClosingCopyrightYear(d, of: split) : d
        }
        var scratch = Tokenizer.Scratch()
        // The last year the text wrote out: `같은 해 9월 1일` is in it.
        var lastYear: Int?
        // The last date with a day: what `이날` refers to.
        var thatDay: DateMention?
        sentences.reserveCapacity(split.count)
        for s in split {
            var dates = DateParsing.find(s.scalars, publishedYear: publishedYear, published: published)
            if let dateline, dateline.sentence == s.number {
                dates.removeAll { $0.range == dateline.range }
            }
            for k in dates.indices {
                if dates[k].yearInferred, let lastYear, Self.followsSameYear(s.scalars, dates[k].range.lowerBound),
                    let d = PartialDate(year: lastYear, month: dates[k].start.month, day: dates[k].start.day)
                {
                    dates[k].start = d
                    dates[k].yearInferred = false
                    if let e = dates[k].end { dates[k].end = PartialDate(year: lastYear, month: e.month, day: e.day) }
                } else if !dates[k].yearInferred, let y = dates[k].start.year {
                    lastYear = y
                }
            }
            Self.settleInferredYears(&dates, in: s.scalars, published: published)
            // `회사는 이날 조직 개편도 발표했다`: `이날` is the day the report named last; in English, `The company will
            // reorganize into two divisions that day`.
            if let thatDay {
                var words: Range<Int>?
                if let k = Self.thatDayOffset(s.scalars), k == 0 || Scalars.isSpace(s.scalars[k - 1]),
                    k + 2 == s.scalars.count || !Scalars.isHangul(s.scalars[k + 2])
                        || Self.thatDayParticles.contains(s.scalars[k + 2])
                {
                    words = k..<(k + 2)
                } else if let f = s.scalars.first, Scalars.isLatin(f), let k = Self.englishThatDayOffset(s.scalars) {
                    words = (k + 1)..<(k + 9)
                }
                if let words {
                    var mention = thatDay
                    mention.range = words
                    mention.end = nil
                    let at = dates.firstIndex { $0.range.lowerBound >= words.lowerBound } ?? dates.endIndex
                    dates.insert(mention, at: at)
                }
            }
            // `▶ 관련기사` then `· …` lines: links to other reports (`SentenceSplitter.split`).
            let related = s.isRelatedLink
            // A date line, a copyright line or a byline: rules skip it.
            let isDateLine =
                (s.isWholeLine && !dates.isEmpty && s.scalars.count <= 40
                    && dates.contains { $0.start.hasYear && !$0.yearInferred }
                    && Self.hangulOutsideDateWords(s.scalars) <= 8)
                || SentenceSplitter.isCopyright(s.scalars) || (s.opensLine && Self.isReportNote(s.scalars))
                // `2025.11.27 06:00 ⓒ 디지털보안뉴스, 무단 전재 …`: the filing time, then the copyright.
                || SentenceSplitter.isDatedCopyrightLine(s)
                // `April 30, 2025 7:45 AM UTC | Updated 2 hours ago`: a line that opens with a date
                // and goes on with page furniture.
                || (s.isWholeLine && dates.first.map { $0.range.lowerBound <= 2 && $0.start.hasYear } == true
                    && s.scalars.count <= 120 && s.scalars.contains("|"))
                || (s.isWholeLine && SentenceSplitter.isReporterLine(s.scalars))
                // `등록일 2025.12.22 08:15 | 이 기사는 …`: the posting date, then furniture.
                || (dates.first.map {
                    $0.range.lowerBound <= 6 + Self.bracketedSourceEnd(s.scalars) && $0.start.hasYear
                        && !$0.yearInferred
                } == true && Self.opensWithPostedDate(s.scalars))
                || related || SentenceSplitter.isPhotoCredit(s.scalars)
                // `Seoul | Wednesday, May 20, 2026 | Consumer Tech`, `First published on September 19, 2025.`.
                || Self.barredLineDate(s, dates: dates) != nil
                || (s.opensLine
                    && Self.englishPostedDateStart(s.scalars).map { at in
                        dates.contains { $0.range.lowerBound == at && $0.start.hasYear && !$0.yearInferred }
                    } == true)
                // `Tech · Dec 2 · 4 min read`: a section, the day and the reading time.
                || (s.isWholeLine && s.scalars.count <= 60 && Scalars.find(Self.minutesToRead, in: s.scalars) != nil)
                || Self.monthDayAfterSeparatedPostedWord(s) != nil || Self.dateBeforePostedWord(s, dates: dates) != nil
                || Self.monthDayTimeAfterSeparator(s) != nil
            if !isDateLine, let d = dates.last(where: { $0.start.day != nil }) { thatDay = d }
            sentences.append(
                AnalyzedSentence(
                    sentence: s,
                    body: document.body,
                    tokens: Tokenizer.tokens(s.scalars, lexicon: box.lexicon, scratch: &scratch),
                    dates: dates,
                    isDateLine: isDateLine,
                    verbs: SentenceVerbs(s.scalars[...], lexicon: box.lexicon)
                )
            )
        }
        // Reports give about one and a half facts a sentence, some twice as many: room for two up
        // front, rather than the lists regrown (and every fact moved) as they fill.
        facts.reserveCapacity(split.count * 2)
        factSentences.reserveCapacity(split.count * 2)
        rebaseGlossedNames()
    }

    /// `푸리에(傅利叶·Fourier)가` … `푸리에는`, `푸리에 휴머노이드`: a Hangul name the report glosses in Han
    /// or Latin letters, whose last syllable the tokenizer would take for a particle (`에`, `에는`),
    /// keeps that syllable wherever the report writes it again; its particle is what follows (`는`),
    /// or none. (Not a gloss of words, `점유율은(출하량 기준)`, nor one with digits.) The word's
    /// lexicon org is looked up again, and the sentence's summary told of it.
    private func rebaseGlossedNames() {
        var names: [[Unicode.Scalar]] = []
        for s in sentences where s.summary.hasParen {
            for t in s.tokens where t.hasParen {
                let b = t.baseScalars
                guard b.count >= 2, b.allSatisfy(Scalars.isHangul), Tokenizer.particle(b, lexicon: lexicon).0 < b.count,
                    let gloss = t.paren, Self.isNameGloss(gloss), !lexicon.notNameWords.contains(b),
                    !names.contains(where: { $0.elementsEqual(b) })
                else { continue }
                names.append(Array(b))
            }
        }
        guard !names.isEmpty else { return }
        for s in sentences {
            for t in s.tokens where t.baseLength < t.scalars.count {
                let w = t.scalars
                for name in names where name.count > t.baseLength && w.count >= name.count && w.starts(with: name) {
                    let rest = w.suffix(from: w.startIndex + name.count)
                    guard rest.isEmpty || lexicon.particleWords.index(of: rest) != nil else { continue }
                    t.rebase(length: name.count, particle: rest.isEmpty ? nil : Scalars.string(rest))
                    let org = lexicon.knownOrg(w) ?? lexicon.knownOrg(t.baseScalars)
                    t.setOrgIndex(org)
                    if org != nil { s.noteOrg() }
                    break
                }
            }
        }
    }

    /// A gloss that spells a name: Han characters or Latin letters (a middle dot, a space, `.`, `-`, `'`
    /// or `&` between Latin words allowed: `Choi Ji-eun`, `AT&T`), no digits and no Hangul.
    static func isNameGloss(_ gloss: String) -> Bool {
        let u = gloss.unicodeScalars
        return u.contains { Scalars.isHan($0) || Scalars.isLatin($0) }
            && u.allSatisfy {
                Scalars.isHan($0) || Scalars.isLatin($0) || $0 == "·" || $0 == " " || $0 == "." || $0 == "-"
                    || $0 == "'" || $0 == "&"
            }
    }

    /// The date of a short date line near the top or the bottom (`2019.05.24`, `입력 2019-05-24 10:21`,
    /// `May 24, 2019`).
    static func dateLine(_ sentences: [Sentence]) -> PartialDate? {
        let candidates = sentences.prefix(6) + sentences.suffix(3)
        // Furniture lines (`기사입력 2024-10-30 10:15 | 최종수정 …`) may be longer.
        // A photo caption's date (`Photo: … taken January 10, 2024`) is the photo's, not the report's.
        for s in candidates where !SentenceSplitter.opensCaption(s.scalars) {
            // A closing note about the report itself: `<저작권자 ⓒ …> | 2025년 09월 18일 14:05 송고`,
            // `※ 이 기사는 2025년 10월 21일 … 먼저 발송됐습니다.`, `This article was first published on …`.
            if Self.isClosingNote(s) {
                guard s.isWholeLine || s.scalars.count <= 160 else { continue }
                if let d = DateParsing.find(s.scalars, publishedYear: nil).first(where: {
                    $0.start.hasYear && $0.start.day != nil
                }) {
                    return d.start
                }
                continue
            }
            // `[칩포커스 2026년 04월 30일 17:20 등록 · 무단전재 및 재배포 금지]`: a day, its time, then the word
            // for posting.
            // (The line's shape tested before its dates are read.)
            if s.isWholeLine, s.scalars.count <= 80,
                let d = Self.dateBeforePostedWord(s, dates: DateParsing.find(s.scalars, publishedYear: nil))
            {
                return d.start
            }
            // `Seoul | Wednesday, May 20, 2026 | Consumer Tech`: a line cut by bars, one part a day.
            // (The line's dates read only for a line of that shape.)
            if Self.hasBarredShape(s),
                let d = Self.barredLineDate(s, dates: DateParsing.find(s.scalars, publishedYear: nil))
            {
                return d.start
            }
            // (`First published on September 19, 2025.`: a line of one sentence, its full stop cut off, read
            // only for the date right after the verb, not `Updated Exynos chips ship in January 2026.`'s.)
            let postedAt = s.opensLine ? Self.englishPostedDateStart(s.scalars) : nil
            let onlyPostedDate = postedAt != nil && !s.isWholeLine && !Self.opensWithPostedWord(s.scalars)
            guard
                s.isWholeLine || Self.opensWithPostedWord(s.scalars) || postedAt != nil,
                s.scalars.count <= 80 || s.isFurniture
            else {
                continue
            }
            // A reporter's line (`산업부 정다은 기자 / 입력 2023-12-07 11:20`) or one opened by the word
            // for posting (`입력 2025.05.28 09:12  수정 … 글자크기 가 가`) may have more Hangul.
            // (`베이징=이준호 특파원 | 입력 2024.10.29 06:00`: the posting word after a bar; `Reported by
            // …; published 22 November 2024`.)
            // (Counted and matched without building arrays: the filtered copy and the patterns made
            // per word and line cost about 10 000 instructions a report.)
            // (The words of a date, a weekday and a time are not counted: `모빌리티 · 2025년 10월 23일
            // 목요일 오후 6시 12분`.)
            // `에듀테크리포트 | 입력 : 2025-11-07 11:00:00 | 수정 : …`: the date after the word for posting.
            let barPostedAt = Self.postedDateAfterBar(s.scalars)
            let hangul = Self.hangulOutsideDateWords(s.scalars)
            guard
                hangul <= 8 || SentenceSplitter.isReporterLine(s.scalars) || Self.opensWithPostedDate(s.scalars)
                    || Self.postedWords.indices.contains(where: { k in
                        KoreanNumbers.matches(s.scalars, at: 0, Self.postedWords[k])
                            || Scalars.find(Self.postedWordsAfterSpacedBar[k], in: s.scalars) != nil
                            || Scalars.find(Self.postedWordsAfterBar[k], in: s.scalars) != nil
                    })
            else { continue }
            if s.scalars.count > 40, !s.isFurniture, !SentenceSplitter.isReporterLine(s.scalars),
                !Self.opensWithPostedDate(s.scalars), !Self.opensWithFullDate(s.scalars), barPostedAt == nil,
                !Self.englishPostedWords.contains(where: { Scalars.find($0, in: s.scalars) != nil })
            {
                continue
            }
            for d in DateParsing.find(s.scalars, publishedYear: nil)
            where d.start.hasYear && d.start.month != nil && (!onlyPostedDate || d.range.lowerBound == postedAt)
                && (barPostedAt.map { d.range.lowerBound == $0 } ?? true)
            {
                return d.start
            }
        }
        // `입력 10.13 08:10 | 수정 10.13 09:25`: a posting line that gives the month and day alone.
        // (`게임 | 11.07 18:22 | 윤가람 기자`: a byline's month, day and time.)
        for s in candidates {
            let found =
                Self.opensWithPostedWord(s.scalars)
                ? Self.monthDayAfterPostedWord(s.scalars)
                : Self.monthDayAfterSeparatedPostedWord(s) ?? Self.monthDayTimeAfterSeparator(s)
                    ?? (s.isWholeLine && s.scalars.count <= 60 && s.scalars.contains("|")
                        && SentenceSplitter.isReporterLine(s.scalars) ? Self.monthDayBeforeTime(s.scalars) : nil)
            guard let d = found else { continue }
            // `ⓒ 2025 게임포커스 All rights reserved.`: the closing copyright line's year.
            return Self.withClosingCopyrightYear(d, of: sentences)
        }
        return nil
    }

    /// The year of a copyright line among the report's last three lines (`ⓒ 2025 게임포커스`).
    static func closingCopyrightYear(_ sentences: [Sentence]) -> Int? {
        sentences.suffix(3).lazy.compactMap { Self.copyrightYear($0.scalars) }.first
    }

    /// A month and day with the year of the report's closing copyright line, when it has one.
    static func withClosingCopyrightYear(_ d: PartialDate, of sentences: [Sentence]) -> PartialDate {
        guard let year = closingCopyrightYear(sentences) else { return d }
        return PartialDate(year: year, month: d.month, day: d.day) ?? d
    }

    /// `11.07 18:22`: a month and day (one or two digits each, a full stop between), a space, then
    /// a time (`HH:MM`), each number standing alone.
    static func monthDayBeforeTime(_ sc: [Unicode.Scalar]) -> PartialDate? {
        for a in sc.indices where Scalars.isDigit(sc[a]) && (a == 0 || Scalars.isSpace(sc[a - 1])) {
            if let (d, _) = monthDayTime(sc, at: a, slash: false) { return d }
        }
        return nil
    }

    /// `11.07 18:22` (or `05/14 08:10` with `slash`) at `a`: the month and day, a space and a time, each number
    /// of one or two digits standing alone; the date and the index after the time.
    static func monthDayTime(_ sc: [Unicode.Scalar], at a: Int, slash: Bool) -> (PartialDate, Int)? {
        // (A number standing alone: no third digit after the two read.)
        func number(_ i: inout Int) -> Int? {
            guard let n = leadingNumber(sc, &i, digits: 2), i == sc.count || !Scalars.isDigit(sc[i]) else {
                return nil
            }
            return n
        }
        var i = a
        guard let month = number(&i), i < sc.count, sc[i] == "." || (slash && sc[i] == "/") else { return nil }
        i += 1
        guard let day = number(&i), i < sc.count, Scalars.isSpace(sc[i]) else { return nil }
        i += 1
        guard number(&i) != nil, i < sc.count, sc[i] == ":" else { return nil }
        i += 1
        guard number(&i) != nil, (1...12).contains(month), (1...31).contains(day),
            let d = PartialDate(year: nil, month: month, day: day)
        else { return nil }
        return (d, i)
    }

    /// The year of a copyright line (`ⓒ 2025 게임포커스`, `© 2024 …`, `Copyright 2025 …`): four digits
    /// right after the mark.
    static func copyrightYear(_ sc: [Unicode.Scalar]) -> Int? {
        var i = 0
        while i < sc.count, Scalars.isSpace(sc[i]) { i += 1 }
        if i < sc.count, sc[i] == "ⓒ" || sc[i] == "©" {
            i += 1
        } else if KoreanNumbers.matches(sc, at: i, "Copyright") {
            i += 9
            if i + 1 < sc.count, sc[i] == " ", sc[i + 1] == "©" || sc[i + 1] == "ⓒ" { i += 2 }
        } else {
            return nil
        }
        while i < sc.count, Scalars.isSpace(sc[i]) { i += 1 }
        func year(at i: Int) -> Int? {
            guard i + 4 <= sc.count, sc[i..<(i + 4)].allSatisfy(Scalars.isDigit),
                i + 4 == sc.count || !Scalars.isDigit(sc[i + 4])
            else { return nil }
            let y = sc[i..<(i + 4)].reduce(0) { $0 * 10 + Int($1.value - 0x30) }
            return (1990...2100).contains(y) ? y : nil
        }
        guard let first = year(at: i) else { return nil }
        // `© 2003-2025 ZDNet Korea`: the last year of a span.
        if i + 5 < sc.count, sc[i + 4] == "-" || sc[i + 4] == "–" || sc[i + 4] == "~", let last = year(at: i + 5) {
            return last
        }
        return first
    }

    /// Whether a sentence opening its line is a note about the report itself, where a date is the
    /// day it was filed: a copyright line, `※ 이 기사는 …`, `This article was first published on …`.
    static func isClosingNote(_ s: Sentence) -> Bool {
        s.opensLine
            && (SentenceSplitter.isCopyright(s.scalars) || isReportNote(s.scalars)
                || SentenceSplitter.isDatedCopyrightLine(s))
    }

    /// `※ 이 기사는 … 발송됐습니다`, `This article was first published on …`: a sentence that opens with
    /// words for this report and has a word for its filing or publishing.
    static func isReportNote(_ sc: [Unicode.Scalar]) -> Bool {
        var a = 0
        // (`■ 이 기사는 …`, `[이 기사는 …]`: a mark may open the note.)
        while a < sc.count, Self.noteMarks.contains(sc[a]) || Scalars.isSpace(sc[a]) { a += 1 }
        return Self.thisReportWords.contains { KoreanNumbers.matches(sc, at: a, $0) }
            && (Self.englishPostedWords.contains { Scalars.find($0, in: sc) != nil }
                || Self.koreanSentWords.contains { Scalars.find($0, in: sc) != nil })
    }
    /// The reading time of a page's furniture line (`Tech · Dec 2 · 4 min read`).
    static let minutesToRead = Array(" min read".unicodeScalars)
    /// Words opening a note about the report (`이 기사는`, `This article`).
    static let thisReportWords: [[Unicode.Scalar]] = ["이 기사는", "본 기사는", "This article", "This story"].map {
        Array($0.unicodeScalars)
    }
    /// Marks that may open a note about the report.
    static let noteMarks: [Unicode.Scalar] = ["※", "■", "□", "▶", "◆", "*", "["]
    /// Korean verbs for a report being filed or sent out (`먼저 발송됐습니다`, `게재됐습니다`; `이 기사는
    /// 2025년 8월 13일자 국제면에 실렸습니다`: the print edition's page).
    static let koreanSentWords: [[Unicode.Scalar]] = ["발송", "게재", "송고", "출고", "보도", "실렸", "실린", "지면"].map {
        Array($0.unicodeScalars)
    }

    /// The month and day right after the word for posting (`입력 10.13 08:10`): one or two digits, a
    /// full stop, one or two digits, then a space or the end.
    static func monthDayAfterPostedWord(_ sc: [Unicode.Scalar], at start: Int = 0) -> PartialDate? {
        guard let word = postedWords.first(where: { KoreanNumbers.matches(sc, at: start, $0) }) else { return nil }
        var i = start + word.count
        while i < sc.count, Scalars.isSpace(sc[i]) || sc[i] == ":" { i += 1 }
        guard let month = leadingNumber(sc, &i, digits: 2), i < sc.count, sc[i] == "." else { return nil }
        i += 1
        guard let day = leadingNumber(sc, &i, digits: 2), i == sc.count || Scalars.isSpace(sc[i]) else { return nil }
        return PartialDate(year: nil, month: month, day: day)
    }

    /// `[칩포커스 2026년 04월 30일 17:20 등록 · 무단전재 및 재배포 금지]`, `2025.11.07 11:00 입력`: a date with its
    /// year and day in a line of its own (at most 80 scalars, no full stop closing it) that opens the line, or
    /// follows a bracket opening it or a separator, and that a time (or nothing) and a word for posting follow,
    /// the word ending the line or followed by a separator or a closing bracket (not a headline's `2026년 3월
    /// 2일 발행 채권`, nor a timeline's `▲2021년 6월 1일 등록 ▲…`). A day's edition, `자`, and its page, a word
    /// ending in `면`, may come between the day and the word (`(로봇인사이드 2026년 2월 6일자 산업면 게재 · …)`).
    static func dateBeforePostedWord(_ s: Sentence, dates: [DateMention]) -> DateMention? {
        let sc = s.scalars
        guard s.isWholeLine, sc.count <= 80, sc.last != ".", !dates.isEmpty else { return nil }
        let bracketed = sc.first == "[" || sc.first == "("
        for d in dates where d.start.hasYear && d.start.day != nil && !d.yearInferred {
            var a = d.range.lowerBound
            while a > 0, Scalars.isSpace(sc[a - 1]) { a -= 1 }
            guard a == 0 || bracketed || sc[a - 1] == "|" || sc[a - 1] == "·" else { continue }
            var i = d.range.upperBound
            // (`2026년 2월 6일자 산업면 게재`: the day's edition, then its page.)
            if i < sc.count, sc[i] == "자" {
                i += 1
                var k = i
                while k < sc.count, Scalars.isSpace(sc[k]) { k += 1 }
                var e = k
                while e < sc.count, !Scalars.isSpace(sc[e]) { e += 1 }
                if e > k, e - k <= 6, sc[e - 1] == "면" { i = e }
            }
            while i < sc.count, Scalars.isSpace(sc[i]) { i += 1 }
            // (A time: `17:20`, `17:20:05`.)
            var j = i
            while j < sc.count, Scalars.isDigit(sc[j]) || sc[j] == ":" { j += 1 }
            if j > i, sc[i..<j].contains(":") {
                i = j
                while i < sc.count, Scalars.isSpace(sc[i]) { i += 1 }
            }
            for w in alwaysPostingWords where KoreanNumbers.matches(sc, at: i, w) {
                var e = i + w.count
                while e < sc.count, Scalars.isSpace(sc[e]) { e += 1 }
                if e == sc.count || "·|])".unicodeScalars.contains(sc[e]) { return d }
            }
        }
        return nil
    }

    /// `크라우드이코노미 · 입력 03.26 06:40`: a short line of its own where an outlet's name and a middle dot
    /// or a bar come before the word for posting and the month and day.
    /// (Only the words that always tell of posting, and a time after the day: not `출력 45W · 입력 12.5 V`.)
    static func monthDayAfterSeparatedPostedWord(_ s: Sentence) -> PartialDate? {
        let sc = s.scalars
        guard s.isWholeLine, sc.count <= 60 else { return nil }
        for k in 2..<max(2, sc.count) where sc[k - 1] == " " && (sc[k - 2] == "·" || sc[k - 2] == "|") {
            guard alwaysPostingWords.contains(where: { KoreanNumbers.matches(sc, at: k, $0) })
            else { continue }
            if let d = monthDayBeforeTime(Array(sc[k...])) { return d }
        }
        return nil
    }

    /// `리커머스타임즈 · 05/14 08:10`: a short line near the top (among the report's first four) where one word, an
    /// outlet's name, and a middle dot or a bar come right before the month and day (a slash or a full stop
    /// between) and a time, and nothing but another part cut off the same way follows (not a schedule's `발표회
    /// 일정 | 11.20 14:00`).
    static func monthDayTimeAfterSeparator(_ s: Sentence) -> PartialDate? {
        let sc = s.scalars
        guard s.isWholeLine, s.number <= 4, sc.count <= 40, let space = sc.firstIndex(of: " "), space + 3 < sc.count,
            isPartSeparator(sc, space + 1), sc[space + 2] == " ", !sc[..<space].contains(where: Scalars.isDigit),
            let (d, i) = monthDayTime(sc, at: space + 3, slash: true),
            i == sc.count || (sc[i] == " " && i + 1 < sc.count && isPartSeparator(sc, i + 1))
        else { return nil }
        return d
    }

    /// The number of at most `digits` digits at `i` (moved past them), or nil when none is there.
    static func leadingNumber(_ sc: [Unicode.Scalar], _ i: inout Int, digits: Int) -> Int? {
        var n = 0
        let a = i
        while i < sc.count, i - a < digits, Scalars.isDigit(sc[i]) {
            n = n * 10 + Int(sc[i].value - 0x30)
            i += 1
        }
        return i > a ? n : nil
    }

    /// Words before a date without a year that give it the year written last (`같은 해 9월 1일`,
    /// `later that year`).
    static let sameYearWords = ["같은 해", "같은해", "그해", "그 해", "that year", "the same year"].map {
        Array($0.unicodeScalars)
    }

    /// Words that open a line giving the time a report was posted.
    static let postedWords: [[Unicode.Scalar]] = ["입력", "기사입력", "등록", "송고", "게재", "발행", "작성", "승인"].map {
        Array($0.unicodeScalars)
    }
    /// The same after a bar: ` | 입력`, `| 입력`.
    static let postedWordsAfterSpacedBar: [[Unicode.Scalar]] = postedWords.map { [" ", "|", " "] + $0 }
    static let postedWordsAfterBar: [[Unicode.Scalar]] = postedWords.map { ["|", " "] + $0 }

    /// `기사입력 2025.09.05. 오후 3:40`: a line opened by the word for posting, even when a full stop
    /// after the date split it.
    static func opensWithPostedWord(_ sc: [Unicode.Scalar]) -> Bool {
        let b = bracketedSourceEnd(sc)
        guard let k = postedWords.firstIndex(where: { KoreanNumbers.matches(sc, at: b, $0) }) else { return false }
        // `작성`, `승인` open body sentences too (`승인 시점은 …`): only with a date right after them.
        return k < postedWordsAlwaysPosting || opensWithPostedDate(sc)
    }
    /// How many of `postedWords`, from the first, open only posting lines.
    static let postedWordsAlwaysPosting = 6
    /// Those words (`입력`, `등록`, `송고`, …; not `작성`, `승인`).
    static let alwaysPostingWords = Array(postedWords.prefix(postedWordsAlwaysPosting))

    /// Years the publication date filled in that the sentence itself settles otherwise: a month a
    /// few words after a relative year (`내년 … 9월 중`, `next year's … in November`), and the days of an
    /// event named with its year (`CES 2026 … Jan. 6 to Jan. 9`).
    static func settleInferredYears(
        _ dates: inout [DateMention],
        in sc: [Unicode.Scalar],
        published: PartialDate?
    ) {
        guard dates.contains(where: \.yearInferred) else { return }
        let publishedYear = published?.year
        // `내년 외탄대회는 9월 중 다시 … 열린다`: a month a few words after a relative year is in it.
        for k in dates.indices where dates[k].yearInferred && dates[k].start.month == nil {
            guard let y = dates[k].start.year,
                let m = Self.monthAfter(sc, from: dates[k].range.upperBound, limit: 16),
                !dates.contains(where: { $0.range.contains(m.offset) }),
                let d = PartialDate(year: y, month: m.month)
            else { continue }
            dates[k].start = d
        }
        // `next year's Tech Day would again be held in Taipei in November`: a month given alone later
        // in the sentence is in the year named before it.
        // (`내년 대회를 6월 10-12일 상하이에서 열 계획이다`: in Korean, a month written out, with its day,
        // a few words on, when that day of this year has passed; not `지난해 같은 기간보다 … 지난 5월
        // 발표`, nor `내년 출시할 신제품을 12일 공개했다`.)
        if let py = publishedYear,
            let r = dates.firstIndex(where: { $0.yearInferred && $0.start.month == nil && $0.start.year == py + 1 }),
            let y = dates[r].start.year
        {
            let english = Scalars.isLatin(sc[dates[r].range.lowerBound])
            for k in dates.indices
            where k > r && dates[k].yearInferred && dates[k].start.year == py && dates[k].start.month != nil
                && (english
                    ? dates[k].start.day == nil && dates[k].range.lowerBound - dates[r].range.upperBound <= 80
                    : dates[k].range.lowerBound - dates[r].range.upperBound <= 30
                        && Self.isPassedDayOfAPlan(sc, dates[k], published: published))
            {
                guard let d = PartialDate(year: y, month: dates[k].start.month, day: dates[k].start.day) else {
                    continue
                }
                dates[k].start = d
                if let e = dates[k].end { dates[k].end = PartialDate(year: y, month: e.month, day: e.day) }
            }
        }
        // `at CES 2026 in Las Vegas, which runs from Jan. 6 to Jan. 9`: a day of an event named with
        // its year is in that year, not the publication's.
        if let py = publishedYear, dates.contains(where: { $0.yearInferred && $0.start.month != nil }),
            !dates.contains(where: { !$0.yearInferred }),
            let y = Self.namedYear(sc, outside: dates), abs(y - py) == 1
        {
            for k in dates.indices where dates[k].yearInferred {
                guard let d = PartialDate(year: y, month: dates[k].start.month, day: dates[k].start.day) else {
                    continue
                }
                dates[k].start = d
                if let e = dates[k].end { dates[k].end = PartialDate(year: y, month: e.month, day: e.day) }
            }
        }
    }

    /// Whether a Korean date writes its month out (`6월 10-12일`, not `12일`), with no `지난` before it,
    /// falls before the publication day (`published`), and the sentence tells of what is to come
    /// (`열 계획이다`, `연다`; not `3월 10일 처음 공개했다`).
    static func isPassedDayOfAPlan(_ sc: [Unicode.Scalar], _ d: DateMention, published: PartialDate?) -> Bool {
        guard sc[d.range].contains("월"), Scalars.isDigit(sc[d.range.lowerBound]),
            RelativeDates.endsInPresentTense(sc),
            !Text.same(DateParsing.previousHangulWord(sc, before: d.range.lowerBound), "지난"),
            let pm = published?.month, let m = d.start.month
        else { return false }
        return m < pm || (m == pm && (d.start.day ?? 0) < (published?.day ?? 0))
    }

    /// A month written alone (`9월`, not `9월 1일`, not `9월까지`'s span) within `limit` scalars after
    /// `from`, before any stop or comma: its number and offset.
    static func monthAfter(_ sc: [Unicode.Scalar], from: Int, limit: Int) -> (month: Int, offset: Int)? {
        var i = from
        while i < min(sc.count, from + limit) {
            let c = sc[i]
            if c == "," || c == "." || c == "“" || c == "\"" { return nil }
            if Scalars.isDigit(c), i == 0 || !Scalars.isDigit(sc[i - 1]) {
                var j = i
                guard let (m, _) = DateParsing.int(sc, &j, maxDigits: 2) else { return nil }
                guard j < sc.count, sc[j] == "월", (1...12).contains(m) else { return nil }
                var k = j + 1
                while k < sc.count, Scalars.isSpace(sc[k]) { k += 1 }
                // A day after it makes a full date, which the parser has read.
                if k < sc.count, Scalars.isDigit(sc[k]) { return nil }
                return (m, i)
            }
            i += 1
        }
        return nil
    }

    /// The one year that ends a name in `sc` (`CES 2026`, `'MWC 2026'`): four digits after a word (a
    /// capitalised one if Latin) and a space, with no digit, `년` or `.` after them, outside every date
    /// of the sentence. `nil` when there is none or more than one.
    static func namedYear(_ sc: [Unicode.Scalar], outside dates: [DateMention]) -> Int? {
        var found: Int?
        var i = 2
        while i + 4 <= sc.count {
            defer { i += 1 }
            guard Scalars.isDigit(sc[i]), sc[i - 1] == " ", Scalars.isLatin(sc[i - 2]) || Scalars.isHangul(sc[i - 2])
            else { continue }
            guard (i..<(i + 4)).allSatisfy({ Scalars.isDigit(sc[$0]) }) else { continue }
            if i + 4 < sc.count, Scalars.isDigit(sc[i + 4]) || sc[i + 4] == "년" || sc[i + 4] == "." { continue }
            guard !dates.contains(where: { $0.range.contains(i) }) else { continue }
            let y = (i..<(i + 4)).reduce(0) { $0 * 10 + Scalars.digitValue(sc[$1]) }
            guard (1900...2100).contains(y) else { continue }
            // A Latin word before it starts with a capital (`CES 2026`, not `that 2026 would be`).
            var w = i - 2
            while w > 0, Scalars.isLatin(sc[w - 1]) { w -= 1 }
            if Scalars.isLatin(sc[w]), !Scalars.isUpper(sc[w]) { continue }
            if found != nil, found != y { return nil }
            found = y
        }
        return found
    }

    /// A line that opens with a date's four-digit year and a separator (`2025.11.12(수) 14:03 | 최종수정 …`,
    /// `2025-03-04 09:30`): a posting line, whatever follows it.
    static func opensWithFullDate(_ sc: [Unicode.Scalar]) -> Bool {
        guard sc.count > 5, sc.prefix(4).allSatisfy(Scalars.isDigit), sc[4] == "." || sc[4] == "-" else { return false }
        return Scalars.isDigit(sc[5])
    }

    /// The Hangul syllables of a line outside the words of a date, a weekday and a time (`2025년`,
    /// `10월`, `23일`, `목요일`, `오후`, `6시`, `12분`), when it gives a weekday or a time (`10:40` too, when
    /// no Hangul follows it); else all of them (a headline's `2026년 3월 … 출시` counts its date's syllables).
    static func hangulOutsideDateWords(_ sc: [Unicode.Scalar]) -> Int {
        var all = 0
        var outside = 0
        var clock = false
        var i = 0
        while i < sc.count {
            let c = sc[i]
            guard Scalars.isHangul(c) else {
                // (`기자 · 2025년 12월 3일 10:40`: a time of day in digits that ends the line; not a
                // headline's `2025년 3월 20일 14:00 개최`.)
                if c == ":", i > 0, i + 2 < sc.count, Scalars.isDigit(sc[i - 1]), Scalars.isDigit(sc[i + 1]),
                    Scalars.isDigit(sc[i + 2]), !sc[(i + 3)...].contains(where: Scalars.isHangul)
                {
                    clock = true
                }
                i += 1
                continue
            }
            var skip = 0
            if i > 0, Scalars.isDigit(sc[i - 1]), Self.dateUnitSyllables.contains(c) {
                skip = 1
                // (`6시 12분`, not `48시간` or `1분기`.)
                let next: Unicode.Scalar = i + 1 < sc.count ? sc[i + 1] : " "
                if c == "시", next == " " || next == "분" || Scalars.isDigit(next) { clock = true }
                if c == "분", next != "기" { clock = true }
            } else if i + 2 < sc.count, Self.weekdaySyllables.contains(c), sc[i + 1] == "요", sc[i + 2] == "일" {
                skip = 3
                clock = true
            } else if i + 1 < sc.count, c == "오", sc[i + 1] == "전" || sc[i + 1] == "후" {
                skip = 2
                clock = true
            }
            if skip > 0 {
                all += skip
                i += skip
                continue
            }
            all += 1
            outside += 1
            i += 1
        }
        return clock ? outside : all
    }

    /// The syllables after a date's or a time's number (`2025년`, `10월`, `23일`, `6시`, `12분`).
    static let dateUnitSyllables: [Unicode.Scalar] = ["년", "월", "일", "시", "분"]
    /// The first syllables of the weekdays (`목요일`).
    static let weekdaySyllables: [Unicode.Scalar] = ["월", "화", "수", "목", "금", "토", "일"]

    /// `게재 2025-11-05 14:02:10 · 최종수정 …`, `등록일 2025.12.22 08:15 | …`: a line opened by the word for
    /// posting (with `일` or `시간` after it, and a colon) and a digit right after. Such a line dates the
    /// report however long the rest of it is. (`최초 입력 2026.01.06 08:40 | 최종 수정 …`: `최초`, `최종` or
    /// `기사` may come first.)
    static func opensWithPostedDate(_ sc: [Unicode.Scalar]) -> Bool {
        var a = bracketedSourceEnd(sc)
        if let w = postingQualifiers.first(where: { KoreanNumbers.matches(sc, at: a, $0) }) { a += w.count }
        guard let word = postedWords.first(where: { KoreanNumbers.matches(sc, at: a, $0) }) else { return false }
        var i = a + word.count
        if i < sc.count, sc[i] == "일" { i += 1 } else if KoreanNumbers.matches(sc, at: i, Self.timeWord) { i += 2 }
        return dateStart(sc, afterLabelAt: i) != nil
    }

    /// Where a date's first digit comes after spaces and a colon from `i` (`입력 : 2025-11-07`, `입력: …`), or nil.
    static func dateStart(_ sc: [Unicode.Scalar], afterLabelAt i: Int) -> Int? {
        var i = i
        while i < sc.count, Scalars.isSpace(sc[i]) { i += 1 }
        if i < sc.count, sc[i] == ":" { i += 1 }
        while i < sc.count, Scalars.isSpace(sc[i]) { i += 1 }
        return i < sc.count && Scalars.isDigit(sc[i]) ? i : nil
    }

    /// `에듀테크리포트 | 입력 : 2025-11-07 11:00:00 | 수정 : …`: where the date starts after a word that only
    /// ever means posting (`입력`, `송고`; not `등록 :` of a masthead's registration) after a bar, or nil.
    static func postedDateAfterBar(_ sc: [Unicode.Scalar]) -> Int? {
        guard sc.contains("|") else { return nil }
        for w in postedWordsAfterBar.prefix(postedWordsAlwaysPosting) {
            var from = 0
            while let at = Scalars.find(w, in: sc, from: from) {
                if let d = dateStart(sc, afterLabelAt: at + w.count) { return d }
                from = at + 1
            }
        }
        return nil
    }
    private static let timeWord = Array("시간".unicodeScalars)

    /// `[차이나비즈=선전] 기사입력 2025-11-21 오후 5:45`: where a line goes on after a source and a place in
    /// square brackets opening it (at most 24 scalars), or 0.
    static func bracketedSourceEnd(_ sc: [Unicode.Scalar]) -> Int {
        guard sc.first == "[", let close = sc.prefix(24).firstIndex(of: "]") else { return 0 }
        var i = close + 1
        while i < sc.count, Scalars.isSpace(sc[i]) { i += 1 }
        return i
    }
    /// Words before the word for posting (`최초 입력`), with their space.
    static let postingQualifiers: [[Unicode.Scalar]] = ["최초 ", "최종 ", "기사 "].map { Array($0.unicodeScalars) }

    /// `First published on September 19, 2025`, `Originally posted: …`, `Updated 3 March 2026`: where the
    /// date starts after an English word for posting opening the sentence (after `First`, `Originally`
    /// or `Last`), when a date's first word (a digit or a capital) comes next; nil otherwise.
    static func englishPostedDateStart(_ sc: [Unicode.Scalar]) -> Int? {
        // (Most sentences open with none of the words' first letters.)
        guard let f = sc.first, f == "F" || f == "O" || f == "L" || f == "P" || f == "p" || f == "U" || f == "u"
        else { return nil }
        var i = englishPostingQualifiers.first { KoreanNumbers.matches(sc, at: 0, $0) }?.count ?? 0
        guard let w = englishPostingVerbs.first(where: { KoreanNumbers.matches(sc, at: i, $0) }) else { return nil }
        i += w.count
        // (` on ` as a word: not `Published online`.)
        if KoreanNumbers.matches(sc, at: i, Self.spaceOnSpace) { i += Self.spaceOnSpace.count - 1 }
        if i < sc.count, sc[i] == ":" { i += 1 }
        guard i < sc.count, sc[i] == " " else { return nil }
        while i < sc.count, sc[i] == " " { i += 1 }
        return i < sc.count && (Scalars.isDigit(sc[i]) || Scalars.isUpper(sc[i])) ? i : nil
    }
    static let englishPostingQualifiers: [[Unicode.Scalar]] = ["First ", "Originally ", "Last "].map {
        Array($0.unicodeScalars)
    }
    static let englishPostingVerbs: [[Unicode.Scalar]] = [
        "published", "Published", "posted", "Posted", "updated", "Updated",
    ].map { Array($0.unicodeScalars) }
    static let spaceOnSpace = Array(" on ".unicodeScalars)

    /// `Seoul | Wednesday, May 20, 2026 | Consumer Tech`, `로봇테크 | 노하진 기자 | 송고 2025.10.24.`: a line of
    /// at most 80 scalars cut by bars into short parts (at most 40 scalars each), one of them a day with its
    /// year and little else (a weekday, a word for posting): page furniture whose day dates the report.
    /// (Not a headline with its outlet, `LG전자, 2026년 조직개편 … | 뉴스1`, nor an event's box, `일시 | 2025년
    /// 11월 13~15일`: a span.)
    static func barredLineDate(_ s: Sentence, dates: [DateMention]) -> DateMention? {
        // (Most sentences have no date: that test first.)
        guard !dates.isEmpty, hasBarredShape(s) else { return nil }
        let sc = s.scalars
        for d in dates where d.start.hasYear && !d.yearInferred && d.start.day != nil && d.end == nil {
            let a = sc.indices[..<d.range.lowerBound].last { isPartSeparator(sc, $0) }.map { $0 + 1 } ?? 0
            let b = sc.indices[d.range.upperBound...].first { isPartSeparator(sc, $0) } ?? sc.count
            // Little else beside the day: a weekday, a time, a word for posting (`게재 일자 :`, `송고`), not a
            // headline's words (`카카오, 2026년 1월 1일부 조직개편 | 연합뉴스`), nor a box's label (`일시 |`).
            let rest = sc[a..<d.range.lowerBound] + sc[d.range.upperBound..<b]
            guard rest.count <= 14 || rest.count - Self.clockAndWeekdayLength(rest) <= 14 else { continue }
            guard rest.lazy.filter(Scalars.isHangul).count <= 6, !Self.followsABoxLabel(sc, partStart: a) else {
                continue
            }
            return d
        }
        return nil
    }

    /// How many scalars of a date line's part beside its day are an English weekday, a time of day or a
    /// time zone (`Wednesday 7 January 2026, 06:45 KST`: `Wednesday`, `06:45`, `KST`).
    static func clockAndWeekdayLength(_ rest: ArraySlice<Unicode.Scalar>) -> Int {
        var total = 0
        var clock = false
        var i = rest.startIndex
        while i < rest.endIndex {
            guard !Scalars.isSpace(rest[i]), rest[i] != "," else {
                i += 1
                continue
            }
            var e = i
            while e < rest.endIndex, !Scalars.isSpace(rest[e]), rest[e] != "," { e += 1 }
            let word = rest[i..<e]
            let isClock = word.contains(":") && word.allSatisfy { Scalars.isDigit($0) || $0 == ":" }
            // (A time zone only beside a time of day: `KST` after `06:45`, not `AI` or `CES`.)
            let isZone = clock && clockWords.contains { word.elementsEqual($0) }
            if isClock { clock = true }
            if isClock || isZone || RelativeDates.weekdayWords.contains(word) { total += word.count }
            i = e
        }
        return total
    }
    /// Words after a time of day: its half of the day and time zones (`a.m.`, `pm`, `KST`).
    static let clockWords: [[Unicode.Scalar]] = [
        "a.m.", "p.m.", "am", "pm", "AM", "PM", "KST", "UTC", "GMT", "CST", "JST", "HKT", "SGT", "EST", "PST", "EDT",
        "PDT", "BST", "CET", "ET", "PT",
    ].map { Array($0.unicodeScalars) }

    /// Whether the part before the one starting at `partStart` is a label of an event's box (`일시 | 2025년
    /// 11월 13일`): the day is the event's.
    static func followsABoxLabel(_ sc: [Unicode.Scalar], partStart: Int) -> Bool {
        guard partStart > 0 else { return false }
        let end = partStart - 1
        let start = sc[..<end].lastIndex(of: "|").map { $0 + 1 } ?? 0
        let part = Array(sc[start..<end])
        let label = part[Scalars.trimmedRange(part)]
        return boxLabels.contains { label.elementsEqual($0) }
    }
    /// Labels of an event's box (`일시`, `Date`).
    static let boxLabels: [[Unicode.Scalar]] = ["일시", "날짜", "기간", "일자", "Date", "When"].map {
        Array($0.unicodeScalars)
    }

    /// Whether a sentence opening its line is at most 80 scalars cut by bars into parts of at most 40.
    static func hasBarredShape(_ s: Sentence) -> Bool {
        let sc = s.scalars
        guard s.isWholeLine || s.opensLine, sc.count <= 80 else { return false }
        var partStart = 0
        var parts = 0
        for k in 0...sc.count where k == sc.count || ((sc[k] == "|" || sc[k] == "·") && isPartSeparator(sc, k)) {
            guard k - partStart <= 40 else { return false }
            partStart = k + 1
            parts += 1
        }
        return parts > 1
    }

    /// A bar, or a middle dot with a space on each side (`Wednesday, January 28, 2026 · 6:30 AM KST · Fintech`),
    /// between the parts of a date line.
    @inline(__always)
    static func isPartSeparator(_ sc: [Unicode.Scalar], _ k: Int) -> Bool {
        sc[k] == "|" || (sc[k] == "·" && k > 0 && k + 1 < sc.count && sc[k - 1] == " " && sc[k + 1] == " ")
    }

    /// English words that give the time a report was posted (`Reported by …; published 22 November 2024`).
    static let englishPostedWords: [[Unicode.Scalar]] = ["published ", "Published ", "Posted ", "posted "].map {
        Array($0.unicodeScalars)
    }

    static let thatDayScalars = Array("이날".unicodeScalars)
    /// `that day` and `the same day` in English, a space before (the range taken is `that day`'s eight scalars
    /// after it, or `same day`'s).
    static let englishThatDayWords = [" that day", " same day"].map { Array($0.unicodeScalars) }

    /// Where ` that day` or ` same day` (`englishThatDayWords`) starts in a sentence: a scan for `y` alone (one
    /// comparison a scalar), then a look at the words before it (two substring searches cost 4 M instructions
    /// over the benchmark's reports).
    static func englishThatDayOffset(_ sc: [Unicode.Scalar]) -> Int? {
        sc.withUnsafeBufferPointer { p in
            var i = 8
            while i < p.count {
                if p[i] == "y", p[i - 1] == "a", p[i - 2] == "d", p[i - 3] == " ",
                    i + 1 == p.count || !Scalars.isLatin(p[i + 1])
                {
                    let a = i - 8
                    if englishThatDayWords.contains(where: { w in w.indices.allSatisfy { p[a + $0] == w[$0] } }) {
                        return a
                    }
                }
                i += 1
            }
            return nil
        }
    }

    /// Where `이날` starts in a sentence: a scan for `날` alone (one comparison a scalar), then a look
    /// at the scalar before it.
    static func thatDayOffset(_ sc: [Unicode.Scalar]) -> Int? {
        sc.withUnsafeBufferPointer { p in
            var i = 1
            while i < p.count {
                if p[i] == "날", p[i - 1] == "이" { return i - 1 }
                i += 1
            }
            return nil
        }
    }
    static let thatDayParticles: Set<Unicode.Scalar> = ["은", "도", "에", "의", "부"]

    static func followsSameYear(_ sc: [Unicode.Scalar], _ start: Int) -> Bool {
        var e = start
        while e > 0, Scalars.isSpace(sc[e - 1]) || sc[e - 1] == "," { e -= 1 }
        return sameYearWords.contains { w in e >= w.count && sc[(e - w.count)..<e].elementsEqual(w) }
    }

    /// A news agency's byline opening a lead, with the date after it: `(서울=테크W) 정윤아 기자 = 2025년 4월
    /// 29일 | 중국 …`. It dates the report, not a fact.
    static func bylineDate(_ sentences: [Sentence]) -> (sentence: Int, range: Range<Int>, date: PartialDate)? {
        for s in sentences.prefix(5) {
            let sc = s.scalars
            guard let eq = sc.prefix(60).firstIndex(of: "=") else { continue }
            // The reporter's word before the last `=` of the byline (`(서울=테크W) 정윤아 기자 =`), or an
            // agency's tag alone (`(베이징=연합) 2025년 1월 18일 — …`).
            let last = sc.prefix(60).lastIndex(of: "=") ?? eq
            var b = last
            while b > 0, Scalars.isSpace(sc[b - 1]) { b -= 1 }
            var starts: [Int] = []
            if SentenceSplitter.reporterWords.contains(where: { w in
                b >= w.count && sc[(b - w.count)..<b].elementsEqual(w)
            }) {
                starts.append(last + 1)
            }
            if sc.first == "(", let close = sc.prefix(24).firstIndex(of: ")"), close > eq { starts.append(close + 1) }
            guard !starts.isEmpty else { continue }
            for var k in starts {
                while k < sc.count, Scalars.isSpace(sc[k]) { k += 1 }
                for d in DateParsing.find(sc, publishedYear: nil)
                where d.range.lowerBound == k && d.start.hasYear && d.start.month != nil {
                    return (s.number, d.range, d.start)
                }
            }
        }
        return nil
    }

    static let datelineMarks: [[Unicode.Scalar]] = ["--", " - ", "/PRNewswire/", "(Reuters)", " — "].map {
        Array($0.unicodeScalars)
    }

    /// An English dateline opening one of the first sentences: `AUSTIN, Texas, Oct. 24, 2023
    /// /PRNewswire/ --`, `SHANGHAI, July 4 (Reuters) -`. It dates the report, not a fact.
    static func englishDateline(_ sentences: [Sentence]) -> (sentence: Int, range: Range<Int>, date: PartialDate)? {
        // The first five: a headline, a byline and a date line may come first.
        for s in sentences.prefix(5) {
            for d in DateParsing.find(s.scalars, publishedYear: nil) where d.range.lowerBound < 40 {
                let rest = s.scalars[d.range.upperBound..<min(s.scalars.count, d.range.upperBound + 40)]
                guard Self.datelineMarks.contains(where: { Scalars.contains(rest, $0) }) else { continue }
                return (s.number, d.range, d.start)
            }
        }
        return nil
    }

    /// The sentence numbered `number` (`sentences.first { $0.number == number }`). The splitter
    /// numbers sentences 1, 2, 3, … in order, so the sentence is found at `number - 1`; the walk
    /// remains for a list numbered otherwise. (The walk, once per fact emitted, cost about 5 M
    /// instructions a measured run.)
    func sentence(numbered number: Int) -> AnalyzedSentence? {
        let k = number - 1
        if k >= 0, k < sentences.count, sentences[k].number == number { return sentences[k] }
        return sentences.first { $0.number == number }
    }

    /// Adds a fact found in `sentence`, with its source (the sentence's number and excerpt) set on
    /// the fact's own type before it is wrapped: set on the `Fact` (`Fact.source`'s setter, in
    /// another module), the payload was copied out, changed and wrapped again, and the old one
    /// destroyed, about 470 instructions a fact.
    mutating func emit(_ fact: consuming some SourcedFact, sentence: AnalyzedSentence) {
        var f = fact
        f.source = FactSource(sentence: sentence.number, excerpt: sentence.excerpt)
        facts.append(f.wrapped())
        factSentences.append(sentence.number)
    }

    // MARK: - Lookups

    /// The known organisation a word names (`텐센트`, `텐센트그룹`, `Tencent`), as its index.
    func knownOrg(_ word: String) -> Int? { lexicon.knownOrg(word) }

    /// The same, from the word's scalars. `Lexicon.knownOrg(_:)` written out: called on
    /// `lexicon` (the run's accessor), the method had the whole `Lexicon` copied first, on every
    /// call; the plain-word lookup needs only the org names' set.
    func knownOrg(_ w: some ScalarWord) -> Int? {
        // Words that need Unicode case mapping take the `String` path.
        for c in w where c.value >= 0x80 && !Scalars.isHangul(c) && !Scalars.isHan(c) && c.value != 0xB7 {
            return lexicon.knownOrg(w)
        }
        return Lexicon.knownOrg(plainWord: w, in: lexicon.orgWords)
    }

    /// The same for a static test that has the lexicon's reference only.
    static func knownOrg(_ w: some ScalarWord, box: LexiconBox) -> Int? {
        for c in w where c.value >= 0x80 && !Scalars.isHangul(c) && !Scalars.isHan(c) && c.value != 0xB7 {
            return box.lexicon.knownOrg(w)
        }
        return Lexicon.knownOrg(plainWord: w, in: box.lexicon.orgWords)
    }

    func knownOrg(_ token: Token) -> Int? { token.orgIndex }

    /// `knownOrg(w)` of a token's word or base (`w`), without the lookup when the token names no org:
    /// the tokenizer looked up the word, then its base, to set `orgIndex`, so a token whose
    /// `orgIndex` is nil names no org by either (`orgIndex` is only ever changed by
    /// `joinTwoWordOrgs`, which also clears it on the second word of a pair such as `HD Hyundai`:
    /// that word names no org there). Rules asked this again of thousands of words that name none.
    @inline(__always)
    func knownOrg(_ w: some ScalarWord, of t: Token) -> Int? { t.orgIndex == nil ? nil : knownOrg(w) }

    /// `knownOrg(pair: a, b)`, the org two words name, without building the pair when
    /// both words are plain (`Token.isPlainWord`) and no org name of several words starts with
    /// the first, lower-cased (`Lexicon.orgPairFirsts`): such a pair is looked up as it is
    /// written, and names nothing then. Rules asked it of thousands of word pairs, each making
    /// the two `String`s, their concatenation and its scalars.
    func knownOrg(pair a: Token, _ b: Token) -> Int? {
        if a.isPlainWord, b.isPlainWord, !a.scalars.isEmpty,
            lexicon.orgPairFirsts.index(lowercasingASCII: a.scalars) == nil
        {
            return nil
        }
        return knownOrg(a.text + " " + b.base)
    }

    /// The same for a static test that has the lexicon's reference only.
    @inline(__always)
    static func knownOrg(_ w: some ScalarWord, of t: Token, box: LexiconBox) -> Int? {
        t.orgIndex == nil ? nil : knownOrg(w, box: box)
    }

    /// Whether a word ends with an organisation suffix (`삼성전자`, `Acme Inc`).
    func hasOrgSuffix(_ word: String) -> Bool { hasOrgSuffix(Array(word.unicodeScalars)[...]) }

    func hasOrgSuffix(_ w: some ScalarWord) -> Bool { lexicon.orgSuffixWords.hasSuffix(w, keep: 2) }

    /// Whether a word is a title.
    @inline(__always)
    func isTitle(_ word: String) -> Bool {
        Self.isTitle(Array(word.unicodeScalars)[...], titles: lexicon.titleWords)
    }

    /// Whether a word, a space and `rest` (`이사회 의장`) make a title: `isTitle(w's text + " " +
    /// rest)` on the scalars, without the two `String`s made and decoded again. Static, with the
    /// titles' set alone: called from `findKoreanPeople` as a method taking a `String`, the whole
    /// run was copied and destroyed at every call (about 2 000 instructions).
    static func isTitle(_ w: Word, space rest: String, titles: WordSet) -> Bool {
        // The scalars written into a buffer on the stack and read as a `Word` (valid inside the
        // closure only): an array for them cost an allocation and its growth at every call.
        let capacity = w.count + 1 + rest.utf8.count
        return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: capacity) { buffer in
            guard let p = buffer.baseAddress else { return false }
            var n = 0
            for c in w {
                p[n] = c
                n += 1
            }
            p[n] = " "
            n += 1
            // A scalar takes one UTF-8 byte at least: `capacity` is room enough.
            for c in rest.unicodeScalars {
                p[n] = c
                n += 1
            }
            return isTitle(Word(base: UnsafePointer(p), range: 0..<n), titles: titles)
        }
    }

    /// Inlined into a call of the static test with the titles' set alone: called as a method from
    /// a `mutating` rule (`findKoreanPeople`, 71 000 times a measured run), it had the whole run
    /// (480 bytes) copied first.
    @inline(__always)
    func isTitle(_ w: some ScalarWord) -> Bool { Self.isTitle(w, titles: lexicon.titleWords) }

    /// Whether a token's base is a title, asked of the token (which keeps the answer).
    @inline(__always)
    func isTitleBase(_ t: Token) -> Bool { t.isTitleBase(titles: lexicon.titleWords) }

    /// Whether a word is a title: one of `titles`, or a code or a field before one (`isTitle(_:)`).
    /// Kept out of line: inlined into the rules, it crowded out their own inlining (the token's
    /// `baseScalars` became a call, 645 000 times in `findKoreanPeople`).
    @inline(never)
    static func isTitle(_ w: some ScalarWord, titles: WordSet) -> Bool {
        if titles.contains(w) { return true }
        let n = w.count
        guard n > 2, let first = w.first, let last = w.last else { return false }
        // The suffix search below finds a title only after a code (whose first scalar is a capital,
        // a digit or `&`) or as a title ending in `장` or `총괄`: other words (most English words,
        // most Hangul words) skip its hashes, which were most of this test's cost.
        // (Or after a rank's prefix: `고급부총재`.)
        guard
            Scalars.isUpper(first) || Scalars.isDigit(first) || first == "&" || last == "장" || last == "괄"
                || (rankPrefixFirsts.contains(first) && rankPrefixes.contains(where: { w.starts(with: $0) }))
        else { return false }
        var found = false
        titles.suffixes(of: w, from: 2, upTo: n - 1) { k, _ in
            let prefix = w[w.startIndex..<(w.endIndex - k)]
            // `DX부문장`: a code and a title.
            if Scalars.isCode(prefix) {
                found = true
                return true
            }
            // `고급부총재`, `집행부총재`: a rank's prefix and a title.
            if rankPrefixes.contains(where: { prefix.elementsEqual($0) }) {
                found = true
                return true
            }
            // `개발총괄`, `ES사업본부장`: a field or unit and a title that heads it.
            let t = w[(w.endIndex - k)...]
            if (t.last == "장" || t.hasSuffix(Self.chongGwal)) && (1...8).contains(prefix.count)
                && !prefix.contains(where: { Scalars.isSpace($0) })
            {
                found = true
                return true
            }
            return false
        }
        return found
    }

    static let chongGwal: [Unicode.Scalar] = ["총", "괄"]
    /// Words glued before a title to rank it (`고급부총재`, senior; `집행부총재`, executive).
    static let rankPrefixes: [[Unicode.Scalar]] = ["고급", "집행", "수석", "선임", "상임", "상근", "책임"].map {
        Array($0.unicodeScalars)
    }
    /// Their first scalars: most words start with none (`isTitle`'s fast path). An array: the
    /// `Set`'s hashing cost about 180 instructions a test, 67 000 tests a measured run.
    static let rankPrefixFirsts: [Unicode.Scalar] = rankPrefixes.compactMap(\.first)
    static let nameEndings: [Unicode.Scalar] = ["는", "인", "적", "어"]

    /// Whether a Hangul word can be a person's name.
    func isKoreanName(_ token: Token, allowParticle: Bool = false) -> Bool {
        let w = allowParticle ? token.baseScalars : token.textScalars
        guard (2...6).contains(w.count), w.allSatisfy(Scalars.isHangul) else { return false }
        if !allowParticle, token.hasParticle, personKeys[token.textScalars] == nil {
            // A name right before a title or organisation takes no particle.
            if token.hasPossessiveParticle || token.hasParticle(in: Self.topicParticles) { return false }
        }
        // `총괄사장이`: a title with a particle is no name either.
        if lexicon.notNameWords.contains(w) || isTitle(w) || knownOrg(w, of: token) != nil || hasOrgSuffix(w)
            || (token.baseLength < token.scalars.count && isTitleBase(token))
        {
            return false
        }
        // A word already known as an organisation of the report is never a name.
        if !slotOrgNames.isEmpty, slotOrgKeys.contains(lowercasingASCII: token.baseScalars) { return false }
        if lexicon.unitNounWords.hasSuffix(w, from: 2) { return false }
        if lexicon.eventNounWords.hasSuffix(w) { return false }
        // `‘메이플스토리’ 개발실장`: a word in quotation marks is a title's product; `베트남 법인장`: a
        // country is where the post is.
        if token.quoteBefore && token.quoteAfter { return false }
        if lexicon.countryWordSet.contains(w) { return false }
        // (`저우밍한(周明翰)`: a word glossed with a Han name may end like a verb.)
        if let last = w.last, Token.verbEndings.contains(last) || Self.nameEndings.contains(last),
            !Self.hasHanNameGloss(token)
        {
            return false
        }
        // `조직으로`: a common noun with its particle; `전산학과`: a university department.
        if token.baseLength < token.scalars.count, lexicon.notNameWords.contains(token.baseScalars) { return false }
        if w.count >= 3, w.suffix(2).elementsEqual(Self.departmentEnding) { return false }
        return true
    }

    static let departmentEnding: [Unicode.Scalar] = ["학", "과"]

    /// Whether a word is glossed with two to four Han characters, as a person's name is (`(周明翰)`).
    static func hasHanNameGloss(_ t: Token) -> Bool {
        guard let p = t.paren else { return false }
        let u = p.unicodeScalars
        return (2...4).contains(u.count) && u.allSatisfy(Scalars.isHan)
    }

    /// `lexicon.notNames.contains(t.base)` (of `t.text` with `text`), by scalars when the word and
    /// the list are plain: the `Set<String>`'s hashing and comparing of Hangul cost about 1 600
    /// instructions a test.
    func isNotName(_ t: Token, text: Bool = false) -> Bool {
        let w = text ? t.scalars : t.baseScalars
        if lexicon.notNamesPlain, t.isPlainWord || TextSet.isPlain(w) {
            return lexicon.notNameWords.index(of: w) != nil
        }
        return lexicon.notNames.contains(text ? t.text : t.base)
    }

    /// The person a token names, if already known.
    func person(_ token: Token) -> Int? {
        if let i = personKeys[token.textScalars] { return i }
        guard token.baseLength < token.scalars.count else { return nil }
        return personKeys[token.baseScalars]
    }

    /// The organisation that owns a fact in this sentence: the nearest organisation before
    /// `offset` that is the subject of its clause (`ORG의`, `ORG은/는/이/가`, `ORG's`, `ORG said`, or
    /// the sentence's first word), else the nearest before it, else the nearest after it, else the
    /// report's main organisation.
    ///
    /// With `fallback` the report's main org stands when the sentence names none.
    func subjectOrg(_ s: AnalyzedSentence, near offset: Int, fallback: Bool = true) -> String? {
        // Without an org in its tokens (`TokenSummary.hasOrg`), nor discovered or slot orgs in the
        // report, no token can own the figure: the walk below finds none.
        guard s.summary.hasOrg || !discoveredCounts.isEmpty || !slotOrgNames.isEmpty else {
            return fallback ? mainOrg : nil
        }
        // A lexicon org's name is looked up only for the token that wins (`name` is nil for it).
        var best: (distance: Int, token: Int, name: String?)?
        var marked: (distance: Int, token: Int, name: String?)?
        let tokens = s.tokens
        // `The company's innovative businesses — which include … Hikrobot … — generated …`: an org
        // inside an aside between dashes that closes before the figure owns none of it.
        let asideDashes = s.sentence.scalars.contains("—") ? tokens.indices.filter { tokens[$0].text == "—" } : []
        for (i, t) in tokens.enumerated() {
            // Orgs met only in a list of partners do not own figures; frequent unknown ones and
            // ones found by their slot do.
            var name: String?
            if t.orgIndex == nil {
                name = (discoveredCounts.isEmpty ? nil : discoveredOrg(t)) ?? slotOrg(t)
                if name == nil { continue }
            }
            if Self.isNonOwnerMention(tokens, i) { continue }
            // `Its shares on Nasdaq rose 6.3%`: the market a share trades on owns none of its figures.
            if Self.isAfterOn(tokens, i) { continue }
            // `the home IoT business Zigbang bought from Samsung SDS in 2022`: the seller owns none of it.
            if Self.isSellerMention(tokens, i) { continue }
            // `하나증권은 … 영업이익을 1조 원으로 내다봤다`: a broker's forecast is of the company it covers.
            if Self.isBrokerMention(tokens, i) { continue }
            if asideDashes.count >= 2,
                asideDashes.contains(where: { $0 < i }),
                asideDashes.contains(where: { $0 > i && tokens[$0].start < offset })
            {
                continue
            }
            let d = t.start <= offset ? offset - t.start : (t.start - offset) * 4
            // An org after the figure owns it only as its clause's subject (`…, driven by Temu` does not).
            if t.start > offset, !isSubjectMention(tokens, i) { continue }
            if best == nil || d < best?.distance ?? Int.max {
                best = (d, i, name)
            }
            guard t.start <= offset else { continue }
            if isSubjectMention(tokens, i), marked == nil || d < marked?.distance ?? Int.max {
                marked = (d, i, name)
            }
        }
        guard let winner = marked ?? best else { return fallback ? mainOrg : nil }
        if let name = winner.name {
            // `TME's users` for `Tencent Music Entertainment Group (NYSE: TME)`: the code as written.
            let w = tokens[winner.token].baseScalars
            if Scalars.isCode(w), w.count < name.unicodeScalars.count { return tokens[winner.token].base }
            return name
        }
        guard let k = tokens[winner.token].orgIndex else { return nil }
        return orgName(k)
    }

    /// `TextKey`s: Hangul `String`s hash with normalisation.
    static let ownerParticles: TextSet = ["은", "는", "이", "가", "의", "'s", "에서는"]
    static let englishSubjectVerbs: TextSet = [
        "said", "reported", "posted", "announced", "recorded", "says", "expects", "reports", "opened", "hosted",
        "held", "launched", "unveiled", "named", "appointed", "introduced", "released", "plans", "unveils", "opens",
        "launches", "hosts",
    ]

    /// Particles closing a phrase whose org is compared with, a place or a counterpart, not the
    /// owner of a figure (`테슬라 모델3보다`, `뉴욕증권거래소 시간외 거래에서`, `애플에`).
    static let nonOwnerParticles: TextSet = ["보다", "에서", "에게", "에", "로부터", "으로부터"]
    /// Words after an org's phrase that make it an example or a channel (`서울아산병원 등 6곳`, `ICBC를 포함한`,
    /// `웨이보 계정을 통해`).
    static let nonOwnerFollowers: TextSet = ["등", "통해", "통한", "포함한", "포함해", "비롯한", "비롯해"]
    /// `이끈`, `주도한`: an investor leading a round (`… 투자에서`).
    static let leadingInvestorVerbList = ["이끈", "주도한", "주관한"]
    static let leadingInvestorVerbs = TextSet(leadingInvestorVerbList)
    /// The first scalars of `leadingInvestorVerbs`, tested before the set.
    static let leadingInvestorFirsts: [Unicode.Scalar] = leadingInvestorVerbList.compactMap { $0.unicodeScalars.first }
    /// Whether a word names an investment round: `투자` (`투자에서`), `시리즈D`, `라운드`, `펀딩`; not `투자자`.
    static func isInvestmentWord(_ t: Token) -> Bool {
        let w = t.baseScalars
        return w.elementsEqual(investmentScalars) || w.starts(with: seriesScalars) || w.elementsEqual(roundScalars)
            || w.elementsEqual(fundingScalars)
    }
    static let investmentScalars = Array("투자".unicodeScalars)
    static let seriesScalars = Array("시리즈".unicodeScalars)
    static let roundScalars = Array("라운드".unicodeScalars)
    static let fundingScalars = Array("펀딩".unicodeScalars)
    /// `삼성전자 출신으로`: an org someone came from.
    static let formerEmployerWords: TextSet = ["출신"]

    /// Whether the org at token `i` heads a phrase that cannot own a figure: the phrase (the org
    /// and up to two bare words after it) closes with a particle of comparison or place, or is
    /// followed by `등` or `통해`.
    static func isNonOwnerMention(_ tokens: [Token], _ i: Int) -> Bool {
        // `Nine2One (나인투원), SOCAR's e-bike subsidiary, now runs …`: an org's possessive in an
        // appositive describes the name before it, which owns the clause.
        // (Not `Kim Min-jun (김민준), SK Hynix's CFO, said …`: the appositive must call the name a company.)
        if tokens[i].isEnglishPossessive {
            // (The name's first word when it has two: `Hanbit Mobility's`.)
            let a = i > 1 && tokens[i - 1].isBare ? i - 1 : i
            if a > 0, tokens[a - 1].comma, tokens[a - 1].hasParen,
                tokens[a - 1].scalars.first.map(Scalars.isUpper) == true, appositiveNamesACompany(tokens, after: a - 1)
            {
                return true
            }
        }
        // `한빛파트너스가 이끈 시리즈C 투자에서 500억 원을 유치했다`: the investor leading a round owns none of it.
        // (The verb's first scalar first: this runs for every org mention before a figure.)
        if i + 2 < tokens.count, let v = tokens[i + 1].textScalars.first, leadingInvestorFirsts.contains(v),
            tokens[i + 1].isText(in: leadingInvestorVerbs), tokens[i].hasParticle(in: subjectCaseParticles),
            tokens[(i + 2)..<min(tokens.count, i + 4)].contains(where: isInvestmentWord)
        {
            return true
        }
        var j = i
        // (`징둥물류(京东物流) 등 고객사 40여 곳`: the walk stops at `등`.)
        while j < tokens.count, j - i < 3, tokens[j].isBare, !tokens[j].quoteAfter,
            j == i || !tokens[j].isText(in: nonOwnerFollowers)
        {
            j += 1
        }
        guard j < tokens.count else { return false }
        if tokens[j].hasParticle(in: nonOwnerParticles) { return true }
        if j > i, tokens[j].isBase(in: formerEmployerWords) { return true }
        if tokens[j].period { return false }
        if tokens[j].comma {
            // `서울아산병원, 분당서울대병원 등`: the first of a list that ends in `등`.
            var k = j + 1
            while k < tokens.count, k - j < 6, tokens[k].isBare || tokens[k].comma {
                if tokens[k].isText(in: nonOwnerFollowers) { return true }
                k += 1
            }
            return k < tokens.count && k - j < 6 && tokens[k].isText(in: nonOwnerFollowers)
        }
        let next = tokens[j].hasParticle ? j + 1 : j
        return next < tokens.count && next > i && tokens[next].isText(in: nonOwnerFollowers)
    }

    /// Whether the word at `i` follows `on` or `on the` (`shares on Nasdaq`, `listed on the Kosdaq`).
    static func isAfterOn(_ tokens: [Token], _ i: Int) -> Bool {
        indexOfWord(onScalars, before: i, in: tokens) != nil
    }

    /// Where `word` stands right before the word at `i`, or before `the` right before it (`on the
    /// Kosdaq`, `from Samsung SDS`), with no comma between; nil otherwise.
    static func indexOfWord(_ word: [Unicode.Scalar], before i: Int, in tokens: [Token]) -> Int? {
        guard i > 0, !tokens[i - 1].comma else { return nil }
        if tokens[i - 1].textScalars.isScalars(word) { return i - 1 }
        guard i > 1, tokens[i - 1].textScalars.isScalars(theScalars), tokens[i - 2].textScalars.isScalars(word)
        else { return nil }
        return i - 2
    }
    static let onScalars: [Unicode.Scalar] = ["o", "n"]

    /// Whether the word at `i` follows `bought from`, `acquired from` (`the`): the org that sold a
    /// business, not the one that runs it now.
    static func isSellerMention(_ tokens: [Token], _ i: Int) -> Bool {
        guard let k = indexOfWord(fromWordScalars, before: i, in: tokens), k > 0 else { return false }
        return tokens[k - 1].isText(in: acquiringVerbs)
    }
    static let fromWordScalars: [Unicode.Scalar] = ["f", "r", "o", "m"]
    /// (`off` for `spun off from`.)
    static let acquiringVerbs: TextSet = ["bought", "acquired", "purchased", "licensed", "off"]

    /// Whether the org at token `i` is a securities house or research firm (`하나증권`, `Huatai
    /// Securities`, `궈타이쥔안증권`): its figures are forecasts of the company it covers.
    static func isBrokerMention(_ tokens: [Token], _ i: Int) -> Bool {
        let w = tokens[i].baseScalars
        // (The last scalar first: `권` and `치` end every suffix.)
        if w.count > 2, let last = w.last, last == "권" || last == "치",
            brokerSuffixes.contains(where: { w.hasSuffix($0) })
        {
            return true
        }
        guard i + 1 < tokens.count, !tokens[i].hasParticle, let f = tokens[i + 1].firstScalar, f == "S" || f == "증"
        else { return false }
        return tokens[i + 1].isBase(in: brokerWords)
    }

    static let brokerSuffixes: [[Unicode.Scalar]] = ["증권", "투자증권", "리서치"].map { Array($0.unicodeScalars) }
    static let brokerWords: TextSet = ["Securities", "증권"]

    /// Whether the org at token `i` is its clause's subject or owner.
    func isSubjectMention(_ tokens: [Token], _ i: Int) -> Bool {
        let t = tokens[i]
        // `about 4% cheaper than Tesla's Model Y`: an org after a comparison or a preposition is
        // what the figure is set against, not its owner.
        if i > 0, tokens[i - 1].scalars.first.map({ (0x61...0x7A).contains($0.value) }) == true,
            Self.notOwnerPrepositions.contains(tokens[i - 1].text)
        {
            return false
        }
        // (`푸두는 … 아워홈이 운영하는 사업장에`: the subject of a relative clause owns none of the
        // figures of a main clause whose topic is another org; not `현대차가 만든 아이오닉5는 …`.)
        if t.hasParticle, i + 1 < tokens.count, let last = tokens[i + 1].scalars.last,
            last == "는" || last == "던" || last == "온" || last == "은",
            t.hasParticle(in: Self.subjectCaseParticles),
            Self.attributiveEndings.contains(where: { tokens[i + 1].scalars.hasSuffix($0) }),
            tokens[..<i].contains(where: { $0.hasParticle(in: Self.topicParticles) && anyOrg($0) != nil })
        {
            return false
        }
        if t.hasParticle { return t.hasParticle(in: Self.ownerParticles) }
        // In the sentence's opening capitalised words (`SHANGHAI -- PDD Holdings, …`).
        if let f = t.scalars.first, Scalars.isUpper(f),
            tokens[..<i].allSatisfy({ u in
                !u.comma
                    && u.scalars.allSatisfy { !Scalars.isHangul($0) && !(Scalars.isLatin($0) && !Scalars.isUpper($0)) }
            })
        {
            return true
        }
        // The last word of a run (`PDD Holdings said`, `Tencent Music Entertainment Group's`).
        var j = i + 1
        while j < tokens.count, j - i < 5, let f = tokens[j - 1].scalars.first, Scalars.isUpper(f),
            !tokens[j - 1].comma, !tokens[j - 1].hasParticle
        {
            if tokens[j].isBase(in: Self.englishSubjectVerbs) { return true }
            if tokens[j].particle == "'s" { return true }
            j += 1
        }
        return false
    }

    /// The particles of a clause's subject (`아워홈이`); its topic's are `topicParticles`.
    static let subjectCaseParticles: TextSet = ["이", "가"]
    /// Endings of a verb that describes the noun after it (`운영하는`, `하던`, `해온`).
    static let attributiveEndings: [[Unicode.Scalar]] = ["하는", "되는", "있는", "없는", "하던", "해온"].map {
        Array($0.unicodeScalars)
    }

    static let notOwnerPrepositions: Set<String> = ["than", "against", "versus", "vs.", "like", "to", "with", "from"]

    /// The organisation found by `findFrequentOrgs` that a token names (`anyOrg`, when its name
    /// is one of `discoveredCounts`).
    func discoveredOrg(_ t: Token) -> String? {
        let w = t.baseScalars
        // Words with ASCII case only: `Scalars.lower` of the base is `w` lower-cased (a plain
        // word needs no scan to know it).
        if t.isPlainWord
            || !w.contains(where: {
                $0.value >= 0x80 && !Scalars.isHangul($0) && !Scalars.isHan($0) && $0.value != 0xB7
            }),
            !discoveredKeys.contains(lowercasingASCII: w)
        {
            return nil
        }
        return anyOrg(t).flatMap { discoveredCounts[$0] != nil ? $0 : nil }
    }

    /// The name an org is reported under: the form of the report when it was met.
    ///
    /// Kept per lexicon org until the orgs change (`orgNames`): figures ask it for the org of every
    /// sentence, and each answer took up to three lower-cased `TextDictionary` lookups (about
    /// 1 300 instructions).
    func orgName(_ known: Int) -> String {
        if let name = orgNames.name(known, version: orgNamesVersion) { return name }
        let name = findOrgName(known)
        orgNames.set(known, name, version: orgNamesVersion)
        return name
    }

    /// `orgName`, looked up.
    private func findOrgName(_ known: Int) -> String {
        let entry = lexicon.orgs[known]
        // `entry.allNames` in order, without building that array on every call.
        if let i = orgByName[Scalars.lower(entry.name)] { return orgs[i].fact.name }
        if let native = entry.native, let i = orgByName[Scalars.lower(native)] { return orgs[i].fact.name }
        for name in entry.aliases {
            if let i = orgByName[Scalars.lower(name)] { return orgs[i].fact.name }
        }
        return entry.name
    }
}

/// The names `ExtractionRun.orgName` gave, by lexicon index, for one version of the run's orgs. A
/// class, so that `orgName` (not `mutating`) can fill it. Versions are drawn from the cache itself,
/// so that two copies of a run that share it never hold the same version for different orgs.
final class OrgNameCache {
    private var names: [Int: String] = [:]
    private var version = 0
    private var lastVersion = 0

    /// A version no run sharing this cache has had.
    func nextVersion() -> Int {
        lastVersion &+= 1
        return lastVersion
    }

    /// The name cached for `known` at `version`.
    func name(_ known: Int, version v: Int) -> String? {
        guard v == version else { return nil }
        return names[known]
    }

    /// Caches `name` for `known` at `version`, dropping names cached at another version.
    func set(_ known: Int, _ name: String, version v: Int) {
        if v != version {
            names.removeAll(keepingCapacity: true)
            version = v
        }
        names[known] = name
    }
}

/// A fact of one kind (`MetricFact`, `PersonFact`, …) that `ExtractionRun.emit` gives its source,
/// then wraps as a `Fact`.
protocol SourcedFact {
    var source: FactSource? { get set }
    /// The fact as a `Fact` of its kind.
    consuming func wrapped() -> Fact
}

extension EventFact: SourcedFact { consuming func wrapped() -> Fact { .event(self) } }
extension PersonFact: SourcedFact { consuming func wrapped() -> Fact { .person(self) } }
extension OrgFact: SourcedFact { consuming func wrapped() -> Fact { .org(self) } }
extension OrgUnitFact: SourcedFact { consuming func wrapped() -> Fact { .orgUnit(self) } }
extension PresentationFact: SourcedFact { consuming func wrapped() -> Fact { .presentation(self) } }
extension QuoteFact: SourcedFact { consuming func wrapped() -> Fact { .quote(self) } }
extension MetricFact: SourcedFact { consuming func wrapped() -> Fact { .metric(self) } }
extension DatedFact: SourcedFact { consuming func wrapped() -> Fact { .dated(self) } }
