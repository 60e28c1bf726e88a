import DossierModel

/// Dated facts: every explicit date of the report (not the date line), a day or a month once, a year
/// each time it is written, with the clause around it as summary. An event's dates come with the event's name.
extension ExtractionRun {
    mutating func findDated() {
        var seen: Set<String> = []
        for s in sentences
        where !s.isDateLine && !s.sentence.isFurniture
            && !(s.number == 1 && Self.isHeadline(s.sentence) && sentences.count > 1)
        {
            for d in s.dates {
                // `이날` names a day already named.
                if d.range.count == 2, s.sentence.scalars[d.range].elementsEqual(Self.thatDayScalars) { continue }
                // `지난해` alone is the time of a figure, not an event of its own.
                // `내년 상반기 출시`, `by the end of next year`: a plan for next year is an event.
                if d.yearInferred && d.start.month == nil && d.start.year != publishedYear.map({ $0 + 1 }) { continue }
                // `지난 10월 기준 600만 명`: the time of a figure. `2025년 정기 임원인사`: the name of a
                // personnel round, not a date.
                if Self.isReferenceDate(s.sentence.scalars, after: d.range.upperBound, yearOnly: d.start.month == nil) {
                    continue
                }
                let key = d.start.iso + "/" + (d.end?.iso ?? "")
                // A year alone may date several happenings (`2025년 흑자전환`, `2025년 상장`); a month
                // or a day is one happening's, named once.
                guard !seen.contains(key) || d.start.month == nil else { continue }
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
        var b = range.upperBound
        // A full stop between digits (`1.4나노`) is a decimal point.
        while b < sc.count,
            sc[b] != "." || (b > 0 && b + 1 < sc.count && Scalars.isDigit(sc[b - 1]) && Scalars.isDigit(sc[b + 1])),
            !Scalars.isQuote(sc[b]), b - range.upperBound < 80
        {
            b += 1
        }
        return s.sentence.slice(a..<b).trimmed(", ")
    }
}
