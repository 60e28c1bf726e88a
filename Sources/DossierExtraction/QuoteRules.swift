import DossierModel

/// Quotations with their speaker and reporting verb, and who presented what. Both follow the
/// person in focus: `그는` / `he` is the person last named as a subject or speaker.
extension ExtractionRun {
    /// `TextKey`s: Hangul `String`s hash with normalisation.
    static let subjectParticles: TextSet = ["은", "는", "이", "가", "께서", "께서는"]
    /// Adverbs that open a sentence, not its topic (`이날 금융 분야 사례는`).
    static let sentenceAdverbs: TextSet = ["이날", "한편", "또", "또한", "특히", "이어", "앞서", "당일"]
    /// A presenter's particles in a sentence of several (`A 부총재가, B 부총재가 각각`).
    static let presenterParticles: TextSet = ["이", "가", "께서"]
    /// Particles tested one by one before, as sets (see `ExtractionRun.eneunParticle`).
    static let alsoParticle: TextSet = ["도"]
    static let joiningParticles: TextSet = ["와", "과"]

    /// The people named in a sentence, with the token where each mention ends (the title or
    /// org after the name, which carries the particle).
    func mentions(in s: AnalyzedSentence) -> [(person: Int, first: Int, last: Int)] {
        var out: [(person: Int, first: Int, last: Int)] = []
        var k = 0
        let tokens = s.tokens
        // Inside quotation marks (`‘차 안의 AI 비서, 리샹 퉁쉐’를 주제로`): a name there is part of what is
        // quoted, not someone the sentence is about.
        while k < tokens.count {
            // (Only a span that closes within a few words: a quotation running on names no one.)
            if tokens[k].quoteBefore, !s.inQuote(tokens[k]),
                let close = tokens[k..<min(tokens.count, k + 12)].firstIndex(where: \.quoteAfter)
            {
                k = close + 1
                continue
            }
            guard
                let p = personMention(tokens[k]) ?? surnameReference(tokens, k, sentence: s.number)
                    ?? (tokens[k].baseScalars.count >= 5 && Scalars.isHangul(tokens[k].baseScalars.first ?? " ")
                        ? dottedMention(tokens[k]) : nil)
            else {
                k += 1
                continue
            }
            // English names take two tokens; skip the rest of the name.
            var last = k
            let shape =
                p < nameShapes.count
                ? nameShapes[p]
                : (
                    people[p].fact.name.split(separator: " ").count,
                    people[p].fact.name.split(separator: " ").first.map(String.init) ?? ""
                )
            let parts = shape.parts
            // (`Hsu outlined …` for `Hsu Kuan-yu`: the family name alone is the whole mention.)
            if parts > 1, tokens[k].base == shape.first, k + 1 < tokens.count,
                Self.secondWord(of: people[p].fact.name, is: tokens[k + 1].baseScalars)
            {
                last = min(tokens.count - 1, k + parts - 1)
            }
            var j = last + 1
            while j < tokens.count, j - last <= 3, !tokens[j - 1].comma,
                isWholeWord(tokens[j - 1])
                    || (j - 1 == k && personKeys[tokens[k].textScalars] != nil),
                orgToken(tokens[j]) != nil || isTitleBase(tokens[j]) || Scalars.isCode(tokens[j].baseScalars)
                    // `이형석 토스뱅크 코어뱅킹팀 리더가`: a department before the title.
                    || (j + 1 < tokens.count && isDepartmentWord(tokens[j]) && isTitleBase(tokens[j + 1]))
                    // `양샤오란(杨晓岚) 어센드 컴퓨팅 사업부(ACBU) 총재는`: a unit before the title.
                    || (tokens[j].particle == nil && isUnitHead(tokens[j].baseScalars))
                    || (j + 2 < tokens.count && tokens[j].isBare && tokens[j].paren == nil
                        && (isUnitHead(tokens[j + 1].baseScalars)
                            || (tokens[j + 1].isBare && isUnitHead(tokens[j + 2].baseScalars))))
                    || tokens[j].base == people[p].fact.org
                    // `요슈아 벤지오(Yoshua Bengio) 캐나다 몬트리올대 교수는`: a country before the org.
                    || (j + 1 < tokens.count && tokens[j].particle == nil && !tokens[j].comma
                        && (Self.countryNames.contains(tokens[j].textScalars)
                            || lexicon.countryWordSet.contains(tokens[j].textScalars))
                        && orgToken(tokens[j + 1]) != nil)
                    // `정민아 아트 디렉터,`: a title of two words.
                    || (j + 1 < tokens.count && tokens[j].isBare
                        && (isTitleBase(tokens[j + 1]) || tokens[j + 1].isBase(in: Self.titleTails))
                        && Self.isTitle(tokens[j].scalars, space: tokens[j + 1].base, titles: lexicon.titleWords))
                    // (`프로덕트 리드가`: the word that ends it.)
                    || endsATwoWordTitle(tokens, j)
            {
                last = j
                j += 1
            }
            out.append((p, k, last))
            k = last + 1
        }
        return out
    }

    /// Whether the second word of a name is `w` (scalars compared in place: no words split off).
    static func secondWord(of name: String, is w: some ScalarWord) -> Bool {
        let u = name.unicodeScalars
        guard let space = u.firstIndex(of: " ") else { return false }
        var i = u.index(after: space)
        var k = w.startIndex
        while i < u.endIndex, u[i] != " " {
            guard k < w.endIndex, w[k] == u[i] else { return false }
            i = u.index(after: i)
            k = w.index(after: k)
        }
        return k == w.endIndex
    }

    /// `한서윤·오태경·임재혁 테크 리더가`: names joined by middle dots, found by the first.
    /// The text of a quotation that opens sentence `index`'s paragraph when the paragraph before
    /// opened with a quotation mark it never closed (English style for a quotation running over
    /// paragraphs): that paragraph's text, without its mark.
    func continuedQuotationText(_ index: Int, _ q: QuoteSpan) -> String? {
        let s = sentences[index].sentence
        guard q.range.lowerBound <= 1, s.opensLine, index > 0 else { return nil }
        var k = index - 1
        while k > 0, !sentences[k].sentence.opensLine { k -= 1 }
        let opening = sentences[k].sentence.scalars
        guard let mark = opening.first, mark == "\u{201C}" || mark == "\"" else { return nil }
        var marks = 0
        for m in k..<index {
            for c in sentences[m].sentence.scalars where c == "\u{201D}" || c == "\"" || c == "\u{201C}" {
                marks += 1
            }
        }
        guard marks == 1 else { return nil }
        let text = (k..<index).map { sentences[$0].sentence.text }.joined(separator: " ")
        return String(text.unicodeScalars.dropFirst()).trimmed(".")
    }

    func dottedMention(_ t: Token) -> Int? {
        // A name's first part has two to five syllables: the dot is looked for there only (this
        // runs for nearly every word).
        let w = t.baseScalars
        guard w.count >= 5 else { return nil }
        let a = w.startIndex
        for k in (a + 2)...min(a + 5, w.endIndex - 3) where w[k] == Self.middleDot {
            return personKeys[w[a..<k]]
        }
        return nil
    }

    func isPronoun(_ t: Token) -> Bool { lexicon.pronounWords.contains(t.textScalars) }

    mutating func findQuotesAndPresentations() {
        indexNameParts()
        var focus: Int?
        var presented: [Int: (fact: PresentationFact, shared: Bool, s: AnalyzedSentence)] = [:]
        var order: [Int] = []
        // The last quotation's speaker and verb, and its sentence.
        var previous: (speaker: Int, verb: String, sentence: Int)?
        // The person interviewed (`X는 … 인터뷰에서`, `서 원장과 일문일답을 나눴다`), and whether the
        // last line was an interviewer's question (`―사업화 계획은.`).
        var interviewee: Int?
        var afterQuestion = false
        for (index, s) in sentences.enumerated() where !s.isDateLine {
            let ms = mentions(in: s).filter { !s.inQuote(s.tokens[$0.first]) }
            let answersQuestion = afterQuestion
            afterQuestion = Self.isQuestionLine(s)
            // One search for keynote and interview words, only in sentences that name someone.
            let pronoun = s.tokens.firstIndex { isPronoun($0) && !s.inQuote($0) }
            let talk =
                ms.isEmpty && (pronoun == nil || focus == nil)
                ? nil : lexicon.talkTable.first(in: s.sentence.scalars[...])?.verb
            let interviewWord = talk.map { lexicon.interviewWordSet.contains(TextKey($0)) } ?? false
            if interviewee == nil, interviewWord {
                interviewee =
                    (ms.first { s.tokens[$0.last].hasParticle(in: Self.subjectParticles) } ?? ms[0])
                    .person
            }
            var lastSpeaker: Int?
            var lastOrgSpeaker: (String, Int)?
            // Where the last quotation of someone unnamed ended (`한 업계 관계자는 "…"며 "…"고`).
            var unnamedEnd: Int?
            for var q in s.sentence.quotes {
                // `“A. B.` then, in the next paragraph, `“C,” Zhao said.`: one quotation over the
                // paragraphs, whose text starts in the first.
                if let text = continuedQuotationText(index, q) { q.text = text }
                // At least 6 `Character`s, and not an event's name.
                let qs = s.sentence.scalars[q.range]
                // (`an assistant called "Route Forge"`: a name given right after `called` is no quotation.)
                guard Scalars.charactersAreScalars(qs) ? qs.count >= 6 : q.text.count >= 6,
                    !lexicon.eventNounWords.hasSuffix(qs, keep: 2), !Self.isTitled(s, q.range),
                    !Self.followsCalled(s.sentence.scalars, openingMarkAt: q.range.lowerBound - 1)
                else { continue }
                // `“…” 이시다 고헤이 부사장의 말이다.`: the person named with `의` before the closing noun.
                if q.range.lowerBound <= 1, let (who, v) = possessiveSpeaker(s, ms, after: q.range.upperBound) {
                    emit(QuoteFact(speaker: people[who].fact.name, text: q.text, verb: v), sentence: s)
                    lastSpeaker = who
                    focus = who
                    previous = (who, v, s.number)
                    continue
                }
                let afterOutside = outsideQuotes(s, from: q.range.upperBound)
                var verb = lexicon.quoteVerbTable.first(in: afterOutside[...])?.verb
                // `“…”는 질문에 하 대표는 웃었다`: a reaction (`웃었다`, `반겼다`) reports the words only when a
                // quoting ending closes them (`…”며 웃었다`, `…”라고 반겼다`).
                if let v = verb, Self.reactionVerbs.contains(v),
                    !Self.quotingEndingFollows(s.sentence.scalars, at: q.range.upperBound + 1)
                {
                    verb = nil
                }
                // (`so-called "AI tigers"`: a verb after a hyphen is part of a compound word. `Gu called the
                // handover "…"`: `called` quotes only after the person or pronoun calling, `analysts once
                // called the "Apple of robots"` does not.)
                if verb == nil,
                    let v = lexicon.quoteVerbTable.first(in: s.sentence.scalars[0..<q.range.lowerBound]),
                    v.offset == 0 || s.sentence.scalars[v.offset - 1] != "-",
                    v.verb != Self.calledWord || callerBefore(s, offset: v.offset, mentions: ms)
                {
                    verb = v.verb
                }
                // `"…," Lee noted. "We will add …"`: a quotation opening a sentence on the same line
                // as the last one, with no verb of its own, goes on with its speaker.
                if verb == nil, let prev = previous, prev.sentence == s.number - 1, !s.sentence.isWholeLine,
                    q.range.lowerBound <= 1
                {
                    emit(
                        QuoteFact(speaker: people[prev.speaker].fact.name, text: q.text, verb: prev.verb),
                        sentence: s
                    )
                    continue
                }
                // `―사업화 계획은.` then `"…"`: the answer of the person interviewed.
                if verb == nil, answersQuestion, let who = interviewee, q.range.lowerBound <= 1 {
                    emit(QuoteFact(speaker: people[who].fact.name, text: q.text, verb: nil), sentence: s)
                    continue
                }
                // `"…"` then `X는 … 이같이 말했다`: the quotation is X's.
                if verb == nil, q.range.lowerBound <= 1 || s.sentence.quotes.count == 1,
                    let (who, v) = speakerOfNextSentence(index)
                {
                    emit(QuoteFact(speaker: people[who].fact.name, text: q.text, verb: v), sentence: s)
                    continue
                }
                // `X는 … 이렇게 말했다.` then `“…”`: the quotation is X's.
                if verb == nil, q.range.lowerBound <= 1, let (who, v) = speakerOfPreviousSentence(index, focus: focus) {
                    emit(QuoteFact(speaker: people[who].fact.name, text: q.text, verb: v), sentence: s)
                    lastSpeaker = who
                    focus = who
                    previous = (who, v, s.number)
                    continue
                }
                guard let verb else { continue }
                // `KT는 "…"고 설명했다`: an organisation right before the quotation speaks.
                if let org = orgSpeaker(s, before: q.range.lowerBound) {
                    emit(QuoteFact(speaker: org, text: q.text, verb: verb), sentence: s)
                    lastOrgSpeaker = (org, q.range.upperBound)
                    continue
                }
                // `X 관계자는 "…"이라며 "…"이라고 설명했다`: the second quotation is the same speaker's,
                // unless someone is named between them.
                if let (org, end) = lastOrgSpeaker,
                    !ms.contains(where: {
                        s.tokens[$0.first].start >= end && s.tokens[$0.last].end <= q.range.lowerBound
                    })
                {
                    emit(QuoteFact(speaker: org, text: q.text, verb: verb), sentence: s)
                    lastOrgSpeaker = (org, q.range.upperBound)
                    continue
                }
                var speaker: Int?
                if let m = ms.last(where: { s.tokens[$0.last].end <= q.range.lowerBound }),
                    unnamedEnd.map({ s.tokens[m.first].start >= $0 }) ?? true
                {
                    speaker = m.person
                } else if unnamedEnd != nil || isUnnamedSubject(s, before: q.range.lowerBound) {
                    // `한 증권사 연구원은 "…"`: words of someone the report does not name, not of the
                    // person named last; their next quotation too, unless someone is named between.
                    unnamedEnd = q.range.upperBound
                    continue
                }
                if let p = pronoun, s.tokens[p].end <= q.range.lowerBound,
                    speaker == nil || (ms.last.map { s.tokens[$0.last].end < s.tokens[p].start } ?? true)
                {
                    speaker = focus
                }
                if speaker == nil, let m = ms.first(where: { s.tokens[$0.first].start >= q.range.upperBound }) {
                    speaker = m.person
                }
                if speaker == nil, let p = pronoun, s.tokens[p].start >= q.range.upperBound { speaker = focus }
                speaker = speaker ?? lastSpeaker ?? focus
                guard let who = speaker else { continue }
                lastSpeaker = who
                focus = who
                previous = (who, verb, s.number)
                emit(
                    QuoteFact(speaker: people[who].fact.name, text: q.text, verb: verb),
                    sentence: s
                )
            }
            // `‘토큰증권과 제도화’ 세션에는 A, B, C가 패널로 참여했다`: the panelists of a named session
            // each present its title.
            // (A panel seats two people or more: the sentence is searched only then.)
            if ms.count >= 2, let title = Self.panelSession(s) {
                for m in ms where presented[m.person] == nil {
                    order.append(m.person)
                    presented[m.person] = (
                        PresentationFact(person: people[m.person].fact.name, topic: title), false, s
                    )
                }
            }
            // A sentence with words said only when the talk comes first (`'…'을 주제로 발표하며 “…”고 말했다`).
            // (`… with a keynote on "the agent era"`: an English talk's quoted title right after its verb.)
            if let v = s.verbs.presentation,
                s.sentence.quotes.isEmpty
                    || (v.offset < (s.sentence.quotes.first?.range.lowerBound ?? 0) - 1
                        && Self.presentationFirstEndings.contains { e in
                            KoreanNumbers.matches(s.sentence.scalars, at: v.offset + v.verb.unicodeScalars.count - 1, e)
                        })
                    || Self.quotedTitleFollows(s, verbOffset: v.offset, verbLength: v.verb.unicodeScalars.count)
                    // `who outlined the new "Dock 3 and FlightHub" developer stack`: a quoted name in
                    // an English topic, in a sentence that reports no speech (`a tool called "…"` names it).
                    || (v.offset < s.sentence.scalars.count && Scalars.isLatin(s.sentence.scalars[v.offset])
                        && (lexicon.quoteVerbTable.first(in: s.sentence.scalars[...]).map { $0.verb == Self.calledWord }
                            ?? true))
                    // `"…," Choi said in her presentation on the company's strategy`: an English talk
                    // named after the quotation closes.
                    || (v.offset < s.sentence.scalars.count && Scalars.isLatin(s.sentence.scalars[v.offset])
                        && v.offset > (s.sentence.quotes.last?.range.upperBound ?? 0))
            {
                presentation(
                    s,
                    verbOffset: v.offset,
                    verbLength: v.verb.unicodeScalars.count,
                    mentions: ms,
                    presented: &presented,
                    order: &order
                )
                // `Zhou spoke on "A", Tang on "B", and Park on "C"`: the verb left out after the first.
                for m in ms where m.last + 2 < s.tokens.count && s.tokens[m.last + 1].base == "on" {
                    guard s.tokens[m.last + 2].quoteBefore,
                        let q = s.sentence.quotes.first(where: { $0.range.lowerBound + 1 >= s.tokens[m.last + 2].start }
                        )
                    else { continue }
                    if presented[m.person] == nil { order.append(m.person) }
                    let topic = q.text.trimmed(",.")
                    presented[m.person] = (PresentationFact(person: people[m.person].fact.name, topic: topic), false, s)
                }
            }
            // `기조연설에 나선 X는`, `X said in his keynote`: X presented, topic or not (a talk with a
            // topic named later replaces this one).
            // `그는 ‘…’를 주제로 기조연설을 했다`: the person last in focus.
            if talk != nil, !interviewWord,
                let speaker = ms.first(where: { s.tokens[$0.last].hasParticle(in: Self.subjectParticles) })?.person
                    ?? ms.first?.person ?? (pronoun != nil ? focus : nil)
            {
                let topic = Self.namedTopic(s)
                // `A 대표와 B CTO가 기조연설자로 나섰다`: the people joined to the subject by 와/과 too.
                let subjectStart = ms.first { $0.person == speaker }?.first ?? Int.max
                let partners = ms.filter {
                    $0.first < subjectStart && $0.person != speaker
                        && s.tokens[$0.last].hasParticle(in: Self.joiningParticles)
                }.map(\.person)
                for who in [speaker] + partners {
                    if presented[who] == nil {
                        order.append(who)
                        // Replaceable unless its topic is named (`그는 ‘…’를 주제로`).
                        presented[who] = (
                            PresentationFact(person: people[who].fact.name, topic: topic), topic == nil, s
                        )
                    } else if let topic, presented[who]?.fact.topic == nil {
                        presented[who]?.fact.topic = topic
                        presented[who]?.shared = false
                    }
                }
            }
            // (`Asked by Yoo, …, Kim said …` then `He called …`: the one who spoke is the focus.)
            if let who = lastSpeaker {
                focus = who
            } else if let m = ms.first(where: { s.tokens[$0.last].hasParticle(in: Self.subjectParticles) })
                ?? ms.first
            {
                focus = m.person
            }
        }
        for p in order {
            guard let entry = presented[p] else { continue }
            emit(entry.fact, sentence: entry.s)
        }
    }

    /// Scalar lookups: a `Set<String>` hashed (and normalised) the text of every token.
    static let topicWords = WordSet(["주제로", "주제로는", "제목으로"])
    /// How someone took part before the topic (`연사로 나서`, `무대에 올라`, `화상으로 참여해`), in the
    /// order `presentation` tests them.
    static let takingPartEndings = Text.Endings(["나서", "올라", "참여해", "참석해"])
    /// Endings of reported speech (`…했다고 설명했다`), not a talk's topic.
    static let reportedSpeechEndings = Text.Endings(["다고", "라고"])
    static let englishOccasionWords: Set<String> = ["in", "at", "during", "to", "after", "before"]
    static let orderWords = WordSet(["차례로", "차례대로", "순서대로", "연이어", "잇따라", "잇달아", "나란히", "나눠", "나누어", "번갈아"])
    static let occasionWords = WordSet(["이날", "이번", "오전", "오후", "현장에서", "직접"])
    static let atParticles: TextSet = ["에서", "에서는"]
    /// `'X'를 주제로`, `X에 대해`: words that close a topic. Compared with `Text.isOne(of:)`
    /// (bytes for plain text), not `==`, which normalised the Hangul on every test.
    static let topicMarkers = ["주제로", "주제로는", "제목으로"]
    /// A presentation verb going on to another clause (`발표하며`, `소개하며`): its sentence may then quote.
    /// Whether an English verb of talking is followed by a quotation that is the talk's title
    /// (`a keynote on "Cloud and AI for Every Industry"`, `keynote, titled "…"`).
    static func quotedTitleFollows(_ s: AnalyzedSentence, verbOffset: Int, verbLength: Int) -> Bool {
        let sc = s.sentence.scalars
        guard verbOffset < sc.count, Scalars.isLatin(sc[verbOffset]),
            let q = s.sentence.quotes.first(where: { $0.range.lowerBound >= verbOffset + verbLength })
        else { return false }
        return q.range.lowerBound - (verbOffset + verbLength) <= 2
    }

    static let presentationFirstEndings = ["며 ", "고 ", "면서 ", "서 "].map { Array($0.unicodeScalars) }
    static let aboutWords = ["대해", "대한", "관해", "관한"]

    /// Whether `word` is one of `list`.
    static func isOne(_ word: String?, of list: [String]) -> Bool {
        word.map { Text.isOne(of: list, $0) } ?? false
    }

    /// `‘대형모델 이후의 AI 클라우드’를 주제로 기조연설을 했다`: the words in quotation marks
    /// before `주제로`.
    static func namedTopic(_ s: AnalyzedSentence) -> String? {
        // `a keynote titled "Spark 4.0 Turbo and the road to general AI."`
        if !s.sentence.quotes.isEmpty, let q = s.sentence.quotes.first(where: { isTitled(s, $0.range) }) {
            return q.text.trimmed(",.")
        }
        guard let k = s.tokens.firstIndex(where: { topicWords.contains($0.textScalars) }), k > 0 else { return nil }
        // The words from the one after an opening mark to the one before `주제로`, which closes it.
        guard s.tokens[k - 1].quoteAfter else { return nil }
        var a = k - 1
        while a >= 0, k - 1 - a < 12, !s.tokens[a].quoteBefore { a -= 1 }
        guard a >= 0, s.tokens[a].quoteBefore else { return nil }
        var last = s.tokens[k - 1].base
        // `‘X’라는 제목으로`: the title is X.
        if Text.hasSuffix(s.tokens[k - 1].text, "라는") {
            last = String(last.dropLast(Text.hasSuffix(s.tokens[k - 1].text, "이라는") ? 2 : 1))
        }
        let words = s.tokens[a..<(k - 1)].map { $0.comma ? $0.text + "," : $0.text } + [last]
        return words.joined(separator: " ")
    }

    /// Whether a quotation is the title of a talk (`a keynote titled "…"`), not words said.
    static func isTitled(_ s: AnalyzedSentence, _ range: Range<Int>) -> Bool {
        // The scalars before the opening mark, not a search of the tokens (this runs for every quotation).
        let sc = s.sentence.scalars
        var e = range.lowerBound - 1
        while e > 0, Scalars.isSpace(sc[e - 1]) { e -= 1 }
        return titledScalars.contains { w in
            e >= w.count && sc[(e - w.count)..<e].elementsEqual(w)
                && (e == w.count || Scalars.isSpace(sc[e - w.count - 1]))
        }
    }

    static let titledScalars = [
        "titled", "entitled", "dubbed", "keynote on", "talk on", "speech on", "presentation on", "spoke on",
    ].map { Array($0.unicodeScalars) }

    /// A line with an interviewer's question: `―흥행 비결을 꼽는다면.`, `Q. …`, `- …?`.
    static func isQuestionLine(_ s: AnalyzedSentence) -> Bool {
        guard s.sentence.quotes.isEmpty, let f = s.sentence.scalars.first else { return false }
        if f == "\u{2015}" || f == "\u{2014}" || f == "\u{2013}" { return true }
        let sc = s.sentence.scalars
        return (f == "Q" && sc.count > 1 && (sc[1] == "." || sc[1] == ":" || sc[1] == " "))
            || (f == "-" && sc.last == "?")
    }

    /// `“…” 특별 연사로 등장한 이시다 고헤이 부사장의 말이다.`: a sentence that closes, after its
    /// quotation, with a noun of saying (`말이다`, `설명이다`, `얘기다`) whose owner (`…의`) is the last
    /// person named: that person and the noun, the quotation's verb.
    func possessiveSpeaker(
        _ s: AnalyzedSentence,
        _ ms: [(person: Int, first: Int, last: Int)],
        after offset: Int
    ) -> (Int, String)? {
        let tokens = s.tokens
        guard tokens.count >= 2, let verb = tokens.last, verb.start >= offset,
            Self.sayingNouns.contains(verb.textScalars) || Self.judgingNouns.contains(verb.textScalars),
            tokens[tokens.count - 2].particle == "의",
            let m = ms.last, tokens[m.first].start >= offset, m.last >= tokens.count - 4
        else { return nil }
        // (`“…”는 게 X 연구원의 판단이다`: a noun of judging owns the words only when `는 게` binds them to it,
        // not `“…”이라는 누리칩 발표에도 … 밀릴 수 있다는 게 X의 판단이다`.)
        if Self.judgingNouns.contains(verb.textScalars),
            !Self.bindingEndings.contains(where: { KoreanNumbers.matches(s.sentence.scalars, at: offset + 1, $0) })
        {
            return nil
        }
        return (m.person, verb.text)
    }

    /// `called`: a quote verb after the person or pronoun calling (`Gu called the handover "…"`).
    static let calledWord = "called"
    static let spacedCalledScalars = Array("called ".unicodeScalars)

    /// Whether `called ` stands right before the opening mark at `mark` (`an assistant called "Route Forge"`).
    static func followsCalled(_ sc: [Unicode.Scalar], openingMarkAt mark: Int) -> Bool {
        let w = spacedCalledScalars
        return mark >= w.count && sc[(mark - w.count)..<mark].elementsEqual(w)
    }

    /// Whether the word before `called` at `offset` closes a mention of a person (`Gu called`, `vice
    /// president Go A-ra called`) or an apposition after one, or is a pronoun for one.
    func callerBefore(
        _ s: AnalyzedSentence,
        offset: Int,
        mentions ms: [(person: Int, first: Int, last: Int)]
    ) -> Bool {
        guard let k = s.tokens.lastIndex(where: { $0.end <= offset }) else { return false }
        // (`Joyce Tan, an analyst at Morgan Stanley, called …`: the person, then an apposition between commas.)
        if s.tokens[k].comma {
            return ms.contains { s.tokens[$0.last].comma && $0.last < k && k - $0.last <= 12 }
        }
        return ms.contains { $0.last == k } || isPronoun(s.tokens[k])
    }

    /// Verbs of a reaction that report words only right after a quoting ending (`…”며 웃었다`).
    static let reactionVerbs: Set<String> = ["반겼다", "웃었다", "내비쳤다", "자신감을 내비쳤다", "포부를 내비쳤다"]
    /// Endings that close quoted words (`…”고`, `…”라며`, `…”이라고`).
    static let quotingEndings: [[Unicode.Scalar]] = ["고", "라고", "이라고", "며", "라며", "이라며", "면서", "라면서", "이라면서"]
        .map { Array($0.unicodeScalars) }
    /// Whether a quoting ending starts at `k`.
    static func quotingEndingFollows(_ sc: [Unicode.Scalar], at k: Int) -> Bool {
        quotingEndings.contains { KoreanNumbers.matches(sc, at: k, $0) }
    }

    /// Nouns of saying that close `X의 말이다`.
    static let sayingNouns = WordSet(["말이다", "설명이다", "얘기다", "이야기다", "전언이다", "주장이다", "분석이다", "평가다"])
    /// Nouns of judging that close `“…”는 게 X의 진단이다` (only after `는 게`; the nouns of saying above close a
    /// quotation without it).
    static let judgingNouns = WordSet([
        "진단이다", "판단이다", "전망이다", "지적이다", "관측이다", "견해다", "생각이다", "시각이다", "입장이다", "의견이다",
        "예상이다",
    ])
    /// What binds quoted words to the noun closing the sentence (`”는 게`, `”라는 게`, `”는 것이`).
    static let bindingEndings: [[Unicode.Scalar]] = ["는 게", "라는 게", "이라는 게", "는 것이", "라는 것이"].map {
        Array($0.unicodeScalars)
    }

    /// `X는 … 이같이 말했다`: the person the next sentence says spoke the words before it.
    func speakerOfNextSentence(_ index: Int) -> (Int, String)? {
        guard index + 1 < sentences.count else { return nil }
        return thisWaySpeaker(sentences[index + 1])
    }

    /// `X는 기조연설 말미에 이렇게 말했다.` then `“…”`: the person the sentence before says spoke the
    /// words after it (a sentence of the same paragraph, with no quotation of its own).
    /// (`그는 … 이렇게 말했다.`: a pronoun as the subject is the person in focus.)
    func speakerOfPreviousSentence(_ index: Int, focus: Int? = nil) -> (Int, String)? {
        guard index >= 1, sentences[index - 1].sentence.number == sentences[index].sentence.number - 1 else {
            return nil
        }
        let previous = sentences[index - 1]
        // `Jang wrote in an email to staff on Tuesday:` then `"…"`: an English sentence opened by the
        // speaker, with a verb of saying, that ends with a colon (only before the quotation).
        let sc = previous.sentence.scalars
        if sc.last == ":", previous.sentence.quotes.isEmpty, previous.tokens.first?.unicodeIsLatin == true,
            let v = lexicon.quoteVerbTable.first(in: sc[...]),
            let m = mentions(in: previous).first, m.first == 0
        {
            return (m.person, v.verb)
        }
        return thisWaySpeaker(previous, focus: focus)
    }

    /// The person who `next` says spoke `이같이` or `이렇게`, and the verb it says it with; a pronoun
    /// marked as the subject (`그는`) is `focus`, the person spoken of last.
    private func thisWaySpeaker(_ next: AnalyzedSentence, focus: Int? = nil) -> (Int, String)? {
        let sc = next.sentence.scalars
        guard next.sentence.quotes.isEmpty,
            Scalars.find(Self.likeThis, in: sc) != nil || Scalars.find(Self.thisWay, in: sc) != nil,
            let v = lexicon.quoteVerbTable.first(in: sc[...])
        else { return nil }
        let ms = mentions(in: next)
        guard let m = ms.first(where: { next.tokens[$0.last].hasParticle(in: Self.subjectParticles) })
        else {
            if ms.isEmpty, let focus, let first = next.tokens.first, isPronoun(first) { return (focus, v.verb) }
            return nil
        }
        return (m.person, v.verb)
    }

    static let likeThis: [Unicode.Scalar] = Array("이같이".unicodeScalars)
    static let thisWay: [Unicode.Scalar] = Array("이렇게".unicodeScalars)

    /// An organisation marked as subject right before a quotation (`KT는 "…`).
    func orgSpeaker(_ s: AnalyzedSentence, before offset: Int) -> String? {
        guard let k = s.tokens.lastIndex(where: { $0.end <= offset }) else { return nil }
        let t = s.tokens[k]
        guard offset - t.end <= 2, t.hasParticle(in: Self.subjectParticles), !s.inQuote(t) else {
            return nil
        }
        if let i = t.orgIndex { return orgName(i) }
        // `텐센트 측은 "…"`: the org's side speaks, the org is the speaker.
        if t.baseScalars.isScalars(Self.sideScalars), k > 0, !s.tokens[k - 1].comma, !s.tokens[k - 1].hasParticle {
            if let i = s.tokens[k - 1].orgIndex { return orgName(i) }
            if let slot = slotOrg(s.tokens[k - 1]) { return slot }
        }
        // `징둥 관계자는 "…"`, `회사 대변인은 "…"`: an unnamed speaker, written as the report writes it.
        if Self.unnamedSpeakers.contains(t.baseScalars), k > 0, !s.tokens[k - 1].comma, !s.tokens[k - 1].hasParticle {
            let o = s.tokens[k - 1]
            if let i = o.orgIndex { return orgName(i) + " " + t.base }
            // `CJ ENM 관계자는`: an org of two words.
            if k > 1, let i = knownOrg(pair: s.tokens[k - 2], o) { return orgName(i) + " " + t.base }
            if let slot = slotOrg(o) { return slot + " " + t.base }
            if Text.isOne(of: Self.companyWords, o.text) { return o.text + " " + t.base }
        }
        return slotOrg(t)
    }

    /// Whether the subject right before a quotation is someone unnamed: `한 증권사 연구원은`,
    /// `업계 전문가는`, `관계자는`.
    func isUnnamedSubject(_ s: AnalyzedSentence, before offset: Int) -> Bool {
        guard let k = s.tokens.lastIndex(where: { $0.end <= offset }) else { return false }
        if Self.isAnonymousEnglishSpeaker(s, upTo: k) { return true }
        let t = s.tokens[k]
        guard offset - t.end <= 2, t.hasParticle(in: Self.subjectParticles) else { return false }
        if Self.unnamedSpeakers.contains(t.baseScalars) || Self.unnamedExperts.contains(t.baseScalars) { return true }
        // `한 참석자는`, `한 현지 딜러는`: someone brought in with the determiner 한 (`a`, `one`); not a
        // family name before a title (`한 대표는`).
        if let d = (max(0, k - 2)..<k).last(where: { s.tokens[$0].textScalars.elementsEqual(Self.determinerScalars) }),
            d == 0 || s.tokens[d - 1].hasParticle || s.tokens[d - 1].comma || s.tokens[d - 1].quoteAfter,
            !isTitleBase(s.tokens[d + 1]), s.tokens[(d + 1)..<k].allSatisfy({ $0.particle == nil && !$0.comma })
        {
            return true
        }
        // `회사 측은 "…"`: the company's side, no one named.
        return t.baseScalars.isScalars(Self.sideScalars) && k > 0
            && Text.isOne(of: Self.companyWords, s.tokens[k - 1].text)
    }

    static let determinerScalars: [Unicode.Scalar] = ["한"]

    /// `One analyst, who declined to be named, said: "…"`, `An engineer from a phone maker, who asked
    /// not to be named, said`: an English speaker the report does not name (the words before the
    /// quotation, up to token `k`).
    static func isAnonymousEnglishSpeaker(_ s: AnalyzedSentence, upTo k: Int) -> Bool {
        let tokens = s.tokens
        guard let first = tokens.first, first.scalars.allSatisfy(Scalars.isLatin) else { return false }
        if k >= 1, anonymousOpeners.contains(first.textScalars), !first.comma,
            let f = tokens[1].scalars.first, (0x61...0x7A).contains(f.value)
        {
            return true
        }
        // `Analysts at China Galaxy Securities said …`: a group, not a person.
        if k >= 2, anonymousGroups.contains(first.textScalars), !first.comma,
            Self.groupPrepositions.contains(tokens[1].textScalars)
        {
            return true
        }
        for m in 0..<min(k, tokens.count - 2) where tokens[m].text == "to" || tokens[m].text == "declined" {
            if tokens[m + 1].text == "be", tokens[m + 2].base == "named" || tokens[m + 2].base == "identified" {
                return true
            }
        }
        return false
    }

    static let anonymousOpeners = WordSet(["One", "An", "A", "Another"])
    static let anonymousGroups = WordSet([
        "Analysts", "Executives", "Officials", "Sources", "Engineers", "People", "Insiders", "Investors", "Economists",
        "Researchers", "Employees", "Developers",
    ])
    static let groupPrepositions = WordSet(["at", "from", "of", "with", "close", "familiar", "inside"])

    static let unnamedExperts = WordSet(["연구원", "애널리스트", "전문가", "관계자들", "소식통"])

    static let sideScalars = Array("측".unicodeScalars)

    /// Words for a speaker the report does not name.
    static let unnamedSpeakers = WordSet(["관계자", "대변인", "임원"])
    // Not `업계`: an industry source is no one's speaker.
    static let companyWords = ["회사", "그룹", "정부", "당국"]

    /// The text after `offset` with quotations left out.
    private func outsideQuotes(_ s: AnalyzedSentence, from offset: Int) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        // Room for the rest of the sentence at once: appended scalar by scalar, the list was
        // regrown several times a call.
        out.reserveCapacity(Swift.max(0, s.sentence.scalars.count - offset))
        for i in offset..<s.sentence.scalars.count where !s.sentence.inQuote(i) {
            out.append(s.sentence.scalars[i])
        }
        return out
    }

    /// `X 부총재는 텐센트 클라우드 사업 현황을 발표했다`: X presented the words between the subject
    /// and the verb.
    private mutating func presentation(
        _ s: AnalyzedSentence,
        verbOffset: Int,
        verbLength: Int,
        mentions ms: [(person: Int, first: Int, last: Int)],
        presented: inout [Int: (fact: PresentationFact, shared: Bool, s: AnalyzedSentence)],
        order: inout [Int]
    ) {
        // The word right before the verb, for English appositions.
        let beforeVerb = s.tokens.lastIndex { $0.start < verbOffset }
        let subjects = ms.filter { m in
            let t = s.tokens[m.last]
            // `…, Dr. Helen Okafor, presented`: an English name closing an apposition right before the verb.
            let appositive =
                t.comma && t.unicodeIsLatin && m.last + 1 < s.tokens.count
                && s.tokens[m.last + 1].start >= verbOffset && s.tokens[m.last + 1].start <= verbOffset + 1
            // `Jiang Tao (江涛), senior vice president of …, presented`: the name, then an apposition
            // between commas that ends right before the verb.
            let apposed =
                t.comma && t.unicodeIsLatin && !appositive
                && beforeVerb.map { b in
                    b > m.last && s.tokens[b].comma && b - m.last <= 16
                        && !s.tokens[(m.last + 1)...b].contains { $0.period || $0.quoteBefore }
                } ?? false
            // `senior vice president Zhang Yue (张越), who outlined …`: the person a relative clause
            // describes.
            let relative =
                t.comma && t.unicodeIsLatin && m.last + 1 < s.tokens.count && s.tokens[m.last + 1].base == "who"
                && s.tokens[m.last + 1].start < verbOffset
            // (`천팅 부총재도 연단에 올라`: 도, `too`, marks a subject as well.)
            return t.hasParticle(in: Self.subjectParticles) || t.hasParticle(in: Self.alsoParticle)
                || (!t.hasParticle && !t.comma && t.unicodeIsLatin) || appositive || apposed || relative
        }
        guard let subject = subjects.first else { return }
        // `금융 사례는 A 부총재가, 제조 사례는 B 부총재가 각각 소개했다`: each topic with its presenter,
        // when every presenter follows a topic marked by 은/는 and all but the last close with a comma
        // (not `A가 X를, B가 Y를 각각 발표했다`, whose topics follow, `topicsBeforeEach`).
        if subjects.count >= 2, let each = beforeVerb, s.tokens[each].isText(in: Self.eachWords) {
            var pairs: [(mention: (person: Int, first: Int, last: Int), topic: String)] = []
            for (n, m) in subjects.enumerated() {
                guard m.first > 0, s.tokens[m.last].hasParticle(in: Self.presenterParticles),
                    n == subjects.count - 1 || s.tokens[m.last].comma,
                    s.tokens[m.first - 1].hasParticle(in: Self.topicParticles)
                else { break }
                var a = m.first - 1
                // (Not past a sentence adverb: `이날 금융 분야 사례는`.)
                while a > 0, m.first - a < 6, !s.tokens[a - 1].comma, !s.tokens[a - 1].period,
                    s.tokens[a - 1].isBare, !s.tokens[a - 1].isText(in: Self.sentenceAdverbs)
                {
                    a -= 1
                }
                let words = (a..<(m.first - 1)).map { s.tokens[$0].text + " " }.joined()
                pairs.append((mention: m, topic: words + s.tokens[m.first - 1].base))
            }
            if pairs.count == subjects.count {
                for (m, topic) in pairs {
                    record(subject: m, ms: ms, s: s, topic: topic, presented: &presented, order: &order)
                }
                return
            }
        }
        // `verbOffset` counts scalars but is taken as `Character`s here (as it always was); the
        // same thing when every scalar is a `Character`.
        let sc = s.sentence.scalars
        let verbScalar: Int
        let verbFirst: Unicode.Scalar?
        if Scalars.charactersAreScalars(sc) {
            verbScalar = min(verbOffset, sc.count)
            verbFirst = verbScalar < sc.count ? sc[verbScalar] : nil
        } else {
            let verbText = s.text.dropFirst(verbOffset)
            verbScalar = s.text.unicodeScalars.count - verbText.unicodeScalars.count
            verbFirst = verbText.unicodeScalars.first
        }
        var words: [String] = []
        if verbFirst.map(Scalars.isLatin) ?? false {
            // An English talk's speaker is named before its verb (`WeRide used the call to introduce
            // three vice presidents: Xu Ming, …` is no talk of Xu Ming's).
            guard let subject = subjects.first(where: { s.tokens[$0.last].start < verbScalar }) else { return }
            // A quoted title right after the verb is the whole topic (`keynote, titled "AI cloud
            // native: building the infrastructure for the agent era."`).
            if Self.quotedTitleFollows(s, verbOffset: verbScalar, verbLength: verbLength),
                let q = s.sentence.quotes.first(where: { $0.range.lowerBound >= verbScalar + verbLength })
            {
                let topic = q.text.trimmed(",.")
                record(subject: subject, ms: ms, s: s, topic: topic, presented: &presented, order: &order)
                return
            }
            // `Vice presidents A and B presented X and Y, respectively`: one topic each, in order.
            if let each = Self.englishRespectiveTopics(s, after: verbScalar + verbLength) {
                let listed = ms.filter { s.tokens[$0.last].end <= verbScalar }.map(\.person)
                if listed.count == each.count, Set(listed).count == listed.count {
                    for (who, topic) in zip(listed, each) {
                        if presented[who] == nil { order.append(who) }
                        presented[who] = (PresentationFact(person: people[who].fact.name, topic: topic), false, s)
                    }
                    return
                }
            }
            // English: the topic follows the verb (of one word or several: `walked the audience
            // through`), up to a comma or `at`.
            var k =
                s.tokens.firstIndex { $0.start > verbScalar + 1 && $0.start >= verbScalar + verbLength }
                ?? s.tokens.count
            while k < s.tokens.count, !["at", "during", "in", "on", "to"].contains(s.tokens[k].text) || words.isEmpty {
                words.append(s.tokens[k].text)
                if s.tokens[k].comma || s.tokens[k].period { break }
                k += 1
            }
            if words.first == "on" || words.first == "about" { words.removeFirst() }
            // `each presented in the afternoon`: when and where, no topic.
            if let w = words.first, Self.englishOccasionWords.contains(w) { return }
            let topic = words.joined(separator: " ").trimmed(",.")
            record(subject: subject, ms: ms, s: s, topic: topic, presented: &presented, order: &order)
            return
        }
        // `이승준, 박은영, 최재원 수석이 각각 A, B, C를 주제로 발표했다`: one topic each, in order.
        if let each = Self.eachTopics(s, after: subject.last, before: verbScalar) {
            let listed = listedPeople(s, subject: subject, ms: ms)
            if listed.count == each.count {
                for (who, topic) in zip(listed, each) {
                    if presented[who] == nil { order.append(who) }
                    presented[who] = (PresentationFact(person: people[who].fact.name, topic: topic), false, s)
                }
                return
            }
        }
        // `A 부총재와 B 부총재도 연단에 올라 X와 Y를 각각 발표했다`: the topics before `각각`, joined by
        // 와/과, one for each person named before them, in order.
        if let each = Self.topicsBeforeEach(s, after: ms.last?.last ?? subject.last, before: verbScalar) {
            let listed = ms.map(\.person)
            if listed.count == each.count, Set(listed).count == listed.count {
                for (who, topic) in zip(listed, each) {
                    if presented[who] == nil { order.append(who) }
                    presented[who] = (PresentationFact(person: people[who].fact.name, topic: topic), false, s)
                }
                return
            }
        }
        // `궁티 부총재는 A를, 왕청루 부총재는 B를 소개했다`: a second subject after a comma presented
        // the words after it; the first, those before the comma.
        // (`박 센터장이 A 동향을, 지난 7월 신설된 AI보안연구소를 이끄는 이 CTO가 B를 각각 발표했다`: the
        // first clause ends at its object and a comma, before the words that describe the second
        // subject.)
        func clauseEnd(before m: (person: Int, first: Int, last: Int)) -> Int? {
            if s.tokens[m.first - 1].comma { return m.first }
            return (subject.last + 1..<m.first).first {
                s.tokens[$0].comma && s.tokens[$0].hasParticle(in: Self.objectParticles)
            }.map { $0 + 1 }
        }
        let second = subjects.first {
            $0.first > subject.last && $0.person != subject.person && s.tokens[$0.first].start < verbScalar
                && clauseEnd(before: $0) != nil
        }
        // `… 'SU7, 드림카를 만드는 일'을 주제로 제품을 소개했다`: a quoted topic before `주제로` is the topic.
        if second == nil, let at = s.tokens.firstIndex(where: { Self.topicWords.contains($0.textScalars) }),
            at > subject.last, let named = Self.namedTopic(s)
        {
            record(subject: subject, ms: ms, s: s, topic: named, presented: &presented, order: &order)
            return
        }
        var k = subject.last + 1
        let limit = second.flatMap(clauseEnd(before:)) ?? s.tokens.count
        // `기조연설에서`, `이날`, `연사로 나서`, `무대에 올라`: the occasion before the topic is not
        // part of it.
        var leading = true
        while k < limit, s.tokens[k].start < verbScalar {
            let t = s.tokens[k]
            k += 1
            // `A, B, C 부총재가 차례로 발표했다`: the order they spoke in is no topic.
            if leading, Self.orderWords.contains(t.textScalars) { continue }
            if leading, k < s.tokens.count, s.tokens[k].start < verbScalar {
                if Self.occasionWords.contains(t.textScalars) || t.hasParticle(in: Self.atParticles) {
                    continue
                }
            }
            leading = false
            words.append(t.text)
        }
        // `B를 각각 발표했다`: `each` closes the last topic, and is no part of it.
        if words.count >= 2, let last = words.last, Self.eachWords.contains(last) { words.removeLast() }
        // `사례를 나눠 발표했다`, `… 함께 소개했다`: how they presented it is no part of it either.
        if words.count >= 2, let last = words.last,
            Self.waysOfPresenting.contains(last) || Self.orderWords.contains(Array(last.unicodeScalars)[...])
        {
            words.removeLast()
        }
        if words.count >= 2,
            // (`화상으로 참여해 AI 안전성에 대해`: how they took part is no topic either.)
            let cut = words.prefix(3).firstIndex(where: { Text.hasSuffix($0, anyOf: Self.takingPartEndings) }),
            cut < words.count - 1
        {
            words.removeFirst(cut + 1)
        }
        // `'X'를 주제로 발표했다`: the topic is X.
        if words.count >= 2, Self.isOne(words.last, of: Self.topicMarkers) {
            words.removeLast()
            // `‘X’라는 제목으로`: the title is X.
            if let last = words.last, Text.hasSuffix(last, "라는") {
                words[words.count - 1] = String(last.dropLast(Text.hasSuffix(last, "이라는") ? 3 : 2))
                if let w = words.last, w.isEmpty { words.removeLast() }
            }
        }
        if Self.isOne(words.last, of: Self.aboutWords) {
            words.removeLast()
            if let last = words.popLast() { words.append(String(last.dropLast(Text.hasSuffix(last, "에") ? 1 : 0))) }
        } else if let last = words.popLast() {
            words.append(Tokenizer.stripParticle(last, particles: lexicon.particleWords).0)
        }
        // `해외 전략은 레이하이펑 부총재가 발표했다`: the topic comes first, as the clause's topic
        // (은/는), and the person is the subject (이/가).
        // (`해외 권역 전략은 A, B 부사장이 나눠 발표했다`: the subject may be a list, its particle on the last.)
        let subjectEnd = s.tokens[subject.last].comma ? (ms.last.map(\.last) ?? subject.last) : subject.last
        var listStart = subject.first
        while listStart > 0, s.tokens[listStart - 1].comma,
            let m = ms.first(where: { $0.last == listStart - 1 })
        {
            listStart = m.first
        }
        if words.isEmpty, listStart > 0, let p = s.tokens[subjectEnd].particle, p == "이" || p == "가" {
            let before = s.tokens[listStart - 1]
            if let tp = before.particle, tp == "은" || tp == "는", !before.comma {
                var a = listStart - 1
                while a > 0, listStart - a < 8, !s.tokens[a - 1].comma, !s.tokens[a - 1].period,
                    !s.tokens[a - 1].hasParticle || s.tokens[a - 1].hasPossessiveParticle
                {
                    a -= 1
                }
                words = s.tokens[a..<(listStart - 1)].map(\.text) + [before.base]
            }
        }
        // `…했다고 설명했다` reports speech, not a talk.
        if let last = words.last, Text.hasSuffix(last, anyOf: Self.reportedSpeechEndings) { return }
        let topic = words.joined(separator: " ").trimmed(",.")
        record(subject: subject, ms: ms, s: s, topic: topic, presented: &presented, order: &order)
        if let second {
            presentation(
                s,
                verbOffset: verbOffset,
                verbLength: verbLength,
                mentions: ms.filter { $0.first >= second.first },
                presented: &presented,
                order: &order
            )
        }
    }

    static let eachWords: TextSet = ["각각", "각자"]
    /// Adverbs right before a presentation's verb that say how it was given (`함께 발표했다`), besides
    /// the words of order (`orderWords`: `나눠`, `차례로`).
    static let waysOfPresenting: TextSet = ["함께", "직접", "공동으로"]

    /// The title of a session in quotation marks (`‘토큰증권과 제도화’ 세션에는`) when the sentence
    /// seats people on its panel (`패널로`).
    static func panelSession(_ s: AnalyzedSentence) -> String? {
        let sc = s.sentence.scalars
        guard Scalars.find(Self.panelScalars, in: sc) != nil,
            let session = Scalars.find(Self.sessionScalars, in: sc), session >= 3
        else { return nil }
        // The quotation closing right before `세션`.
        var e = session
        while e > 0, Scalars.isSpace(sc[e - 1]) { e -= 1 }
        guard e > 0, Scalars.isQuote(sc[e - 1]) else { return nil }
        let close = e - 1
        guard let open = sc[..<close].lastIndex(where: Scalars.isQuote), close - open > 2 else { return nil }
        let title = Scalars.string(sc[(open + 1)..<close]).trimmed()
        return title.isEmpty ? nil : title
    }

    static let sessionScalars = Array(" 세션".unicodeScalars)

    static let panelScalars = Array("패널로".unicodeScalars)

    /// The topics written before `각각` right before the verb (`연단에 올라 X와 Y를 각각 발표했다`),
    /// split at 와/과 and commas, after the occasion words (`연단에 올라`); nil unless two or more.
    static func topicsBeforeEach(_ s: AnalyzedSentence, after last: Int, before verb: Int) -> [String]? {
        let tokens = s.tokens
        guard let e = tokens.lastIndex(where: { $0.end <= verb }), e > last + 1, tokens[e].isText(in: eachWords),
            tokens[e - 1].hasParticle(in: Self.objectParticles)
        else { return nil }
        var a = last + 1
        // `연단에 올라`, `무대에 나서`: where they spoke is no topic.
        if let cut = (a..<e).last(where: {
            Text.hasSuffix(tokens[$0].text, "올라") || Text.hasSuffix(tokens[$0].text, "나서")
        }) {
            a = cut + 1
        }
        var topics: [String] = []
        var words: [String] = []
        for k in a..<e {
            let t = tokens[k]
            if t.hasParticle(in: Self.joiningParticles) || t.comma || k == e - 1 {
                words.append(t.base)
                topics.append(words.joined(separator: " "))
                words = []
            } else {
                words.append(t.text)
            }
        }
        return topics.count >= 2 && topics.allSatisfy({ !$0.isEmpty }) ? topics : nil
    }

    /// The topics between an English verb (ending at `start`) and `, respectively`, split at the
    /// commas and the last `and`; nil unless there are two or more.
    static func englishRespectiveTopics(_ s: AnalyzedSentence, after start: Int) -> [String]? {
        let tokens = s.tokens
        // (The first scalar first: `base` makes a `String` of each word.)
        guard
            let r = tokens.firstIndex(where: {
                $0.start >= start && $0.firstScalar == "r" && $0.base == "respectively"
            }), r >= 2,
            tokens[r - 1].comma
        else { return nil }
        var topics: [String] = []
        var words: [String] = []
        for t in tokens[..<r] where t.start >= start {
            if words.isEmpty, t.text == "on" || t.text == "about" { continue }
            if t.text == "and", !words.isEmpty {
                topics.append(words.joined(separator: " "))
                words = []
                continue
            }
            words.append(t.text)
            if t.comma {
                topics.append(words.joined(separator: " "))
                words = []
            }
        }
        if !words.isEmpty { topics.append(words.joined(separator: " ")) }
        topics = topics.map { $0.trimmed(",.") }.filter { !$0.isEmpty }
        return topics.count >= 2 ? topics : nil
    }

    /// The topics after `각각` (`각각 ‘A’, ‘B’, ‘C’를 발표했다`, `각각 A, B, C를 주제로`), split at
    /// the commas; nil unless there are two or more.
    static func eachTopics(_ s: AnalyzedSentence, after last: Int, before verb: Int) -> [String]? {
        let tokens = s.tokens
        guard last + 2 < tokens.count, tokens[last + 1].isText(in: eachWords) else { return nil }
        var topics: [String] = []
        var words: [String] = []
        var k = last + 2
        while k < tokens.count, tokens[k].start < verb {
            let t = tokens[k]
            if topicWords.contains(t.textScalars) { break }
            let closes = t.hasParticle(in: Self.objectParticles)
            // `‘A’과 ‘B’를 주제로`: topics joined by 와/과 as well as by commas. (Not a word before a
            // comma: `캐릭터 챗 성과, AI 검색 로드맵을` ends in 과 as a noun.)
            let joins = !t.comma && t.hasParticle(in: Self.joiningParticles)
            words.append(closes || joins ? t.base : t.text)
            if t.comma || closes || joins {
                topics.append(words.joined(separator: " "))
                words = []
                if closes { break }
            }
            k += 1
        }
        if !words.isEmpty { topics.append(words.joined(separator: " ")) }
        return topics.count >= 2 ? topics : nil
    }

    /// The people of a list that ends with `subject`: those named before it with a comma
    /// (`이승준, 박은영, 최재원 수석이`), or joined by middle dots in one word (`한서윤·오태경·임재혁`).
    func listedPeople(
        _ s: AnalyzedSentence,
        subject: (person: Int, first: Int, last: Int),
        ms: [(person: Int, first: Int, last: Int)]
    ) -> [Int] {
        let w = s.tokens[subject.first].scalars
        if w.contains(Self.middleDot) {
            return w.split(separator: Self.middleDot).compactMap { personIndex[Scalars.string($0)] }
        }
        return ms.filter {
            $0.last == subject.last
                || ($0.first < subject.first
                    && (s.tokens[$0.last].comma || s.tokens[$0.last].hasParticle(in: Self.joiningParticles)))
        }
        .map(\.person)
    }

    private func record(
        subject: (person: Int, first: Int, last: Int),
        ms: [(person: Int, first: Int, last: Int)],
        s: AnalyzedSentence,
        topic: String,
        presented: inout [Int: (fact: PresentationFact, shared: Bool, s: AnalyzedSentence)],
        order: inout [Int]
    ) {
        guard !topic.isEmpty else { return }
        // (`김도현·배수아 리드엔지니어가`: the names joined by middle dots in one word share the topic.)
        let group =
            s.tokens[subject.first].scalars.contains(Self.middleDot)
            ? listedPeople(s, subject: subject, ms: ms)
            : ms.filter {
                $0.last == subject.last || ($0.first < subject.first && s.tokens[$0.last].comma)
                    // (`A(…) 부총재와 B(…) 수석아키텍트가 … 나눠 발표했다`: the two joined by 와/과.)
                    || ($0.last + 1 == subject.first && s.tokens[$0.last].hasParticle(in: Self.joiningParticles))
            }.map(\.person)
        let shared = group.count > 1
        for person in group {
            if let old = presented[person], !old.shared || shared { continue }
            if presented[person] == nil { order.append(person) }
            presented[person] = (PresentationFact(person: people[person].fact.name, topic: topic), shared, s)
        }
    }
}

extension Token {
    var unicodeIsLatin: Bool { scalars.first.map(Scalars.isLatin) ?? false }
}
