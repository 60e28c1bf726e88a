import DossierModel

/// Quotations with their speaker and reporting verb, and who presented what. Both follow the
/// person in focus: `그는` / `he` is the person last named as a subject or speaker.
extension ExtractionRun {
    /// `TextKey`s: Hangul `String`s hash with normalisation.
    static let subjectParticles: Set<TextKey> = ["은", "는", "이", "가", "께서", "께서는"]

    /// The people named in a sentence, with the token where each mention ends (the title or
    /// org after the name, which carries the particle).
    func mentions(in s: AnalyzedSentence) -> [(person: Int, first: Int, last: Int)] {
        var out: [(person: Int, first: Int, last: Int)] = []
        var k = 0
        let tokens = s.tokens
        while k < tokens.count {
            guard let p = personMention(tokens[k]) else {
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
            if parts > 1, tokens[k].base == shape.first {
                last = min(tokens.count - 1, k + parts - 1)
            }
            var j = last + 1
            while j < tokens.count, j - last <= 3, !tokens[j - 1].comma, tokens[j - 1].particle == nil,
                orgToken(tokens[j]) != nil || isTitle(tokens[j].baseScalars) || Scalars.isCode(tokens[j].baseScalars)
                    || tokens[j].base == people[p].fact.org
            {
                last = j
                j += 1
            }
            out.append((p, k, last))
            k = last + 1
        }
        return out
    }

    func isPronoun(_ t: Token) -> Bool { lexicon.pronounWords.contains(t.textScalars) }

    mutating func findQuotesAndPresentations() {
        indexNameParts()
        var focus: Int?
        var presented: [Int: (fact: PresentationFact, shared: Bool, s: AnalyzedSentence)] = [:]
        var order: [Int] = []
        for s in sentences where !s.isDateLine {
            let ms = mentions(in: s).filter { !s.inQuote(s.tokens[$0.first]) }
            let pronoun = s.tokens.firstIndex { isPronoun($0) && !s.inQuote($0) }
            var lastSpeaker: Int?
            for q in s.sentence.quotes {
                // At least 6 `Character`s, and not an event's name.
                let qs = s.sentence.scalars[q.range]
                guard Scalars.charactersAreScalars(qs) ? qs.count >= 6 : q.text.count >= 6,
                    !lexicon.eventNounWords.hasSuffix(qs, keep: 2)
                else { continue }
                let afterOutside = outsideQuotes(s, from: q.range.upperBound)
                var verb = lexicon.quoteVerbTable.first(in: afterOutside[...])?.verb
                if verb == nil,
                    let v = lexicon.quoteVerbTable.first(in: s.sentence.scalars[0..<q.range.lowerBound])
                {
                    verb = v.verb
                }
                guard let verb else { continue }
                var speaker: Int?
                if let m = ms.last(where: { s.tokens[$0.last].end <= q.range.lowerBound }) {
                    speaker = m.person
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
                emit(
                    .quote(QuoteFact(speaker: people[who].fact.name, text: q.text, verb: verb)),
                    sentence: s
                )
            }
            if s.sentence.quotes.isEmpty, let v = s.verbs.presentation {
                presentation(s, verbOffset: v.offset, mentions: ms, presented: &presented, order: &order)
            }
            if let m = ms.first(where: { Self.subjectParticles.contains(TextKey(s.tokens[$0.last].particle ?? "")) })
                ?? ms.first
            {
                focus = m.person
            }
        }
        for p in order {
            guard let entry = presented[p] else { continue }
            emit(.presentation(entry.fact), sentence: entry.s)
        }
    }

    /// The text after `offset` with quotations left out.
    private func outsideQuotes(_ s: AnalyzedSentence, from offset: Int) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
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
        mentions ms: [(person: Int, first: Int, last: Int)],
        presented: inout [Int: (fact: PresentationFact, shared: Bool, s: AnalyzedSentence)],
        order: inout [Int]
    ) {
        let subjects = ms.filter {
            let t = s.tokens[$0.last]
            return Self.subjectParticles.contains(TextKey(t.particle ?? ""))
                || (t.particle == nil && !t.comma && t.unicodeIsLatin)
        }
        guard let subject = subjects.first else { return }
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
            // English: the topic follows the verb, up to a comma or `at`.
            var k = s.tokens.firstIndex { $0.start > verbScalar + 1 } ?? s.tokens.count
            while k < s.tokens.count, !["at", "during", "in", "on", "to"].contains(s.tokens[k].text) || words.isEmpty {
                words.append(s.tokens[k].text)
                if s.tokens[k].comma || s.tokens[k].period { break }
                k += 1
            }
            if words.first == "on" || words.first == "about" { words.removeFirst() }
            let topic = words.joined(separator: " ").trimmed(",.")
            record(subject: subject, ms: ms, s: s, topic: topic, presented: &presented, order: &order)
            return
        }
        var k = subject.last + 1
        while k < s.tokens.count, s.tokens[k].start < verbScalar {
            words.append(s.tokens[k].text)
            k += 1
        }
        if words.last == "대해" || words.last == "대한" || words.last == "관해" {
            words.removeLast()
            if let last = words.popLast() { words.append(String(last.dropLast(last.hasSuffix("에") ? 1 : 0))) }
        } else if let last = words.popLast() {
            words.append(Tokenizer.stripParticle(last, lexicon: lexicon).0)
        }
        // `…했다고 설명했다` reports speech, not a talk.
        if let last = words.last, last.hasSuffix("다고") || last.hasSuffix("라고") { return }
        let topic = words.joined(separator: " ").trimmed(",.")
        record(subject: subject, ms: ms, s: s, topic: topic, presented: &presented, order: &order)
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
        let group = ms.filter { $0.last == subject.last || ($0.first < subject.first && s.tokens[$0.last].comma) }
        let shared = group.count > 1
        for m in group {
            if let old = presented[m.person], !old.shared || shared { continue }
            if presented[m.person] == nil { order.append(m.person) }
            presented[m.person] = (PresentationFact(person: people[m.person].fact.name, topic: topic), shared, s)
        }
    }
}

extension Token {
    var unicodeIsLatin: Bool { scalars.first.map(Scalars.isLatin) ?? false }
}
