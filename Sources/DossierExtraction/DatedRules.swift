import DossierModel

/// Dated facts: every explicit date of the report (not the date line), once each, with the
/// clause around it as summary. An event's dates come with the event's name.
extension ExtractionRun {
    mutating func findDated() {
        var seen: Set<String> = []
        for s in sentences
        where !s.isDateLine && !s.sentence.isFurniture
            && !(s.number == 1 && s.sentence.isWholeLine && sentences.count > 1)
        {
            for d in s.dates {
                // `지난해` alone is the time of a figure, not an event of its own.
                if d.yearInferred && d.start.month == nil { continue }
                let key = d.start.iso + "/" + (d.end?.iso ?? "")
                guard !seen.contains(key) else { continue }
                seen.insert(key)
                let event = events.first { $0.fact.start == d.start }
                let summary = event.map(\.fact.name) ?? clause(s, around: d.range)
                let fact = DatedFact(
                    date: d.start,
                    end: d.end,
                    subject: subjectOrg(s, near: d.range.lowerBound),
                    summary: summary,
                    yearInferred: d.yearInferred ? true : nil
                )
                emit(.dated(fact), sentence: s)
            }
        }
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
        while b < sc.count, sc[b] != ".", !Scalars.isQuote(sc[b]), b - range.upperBound < 80 { b += 1 }
        return s.sentence.slice(a..<b).trimmed(", ")
    }
}
