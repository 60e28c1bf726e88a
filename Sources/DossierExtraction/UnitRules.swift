import DossierModel

/// Units of an organisation: `B2B클라우드&스마트산업 사업부(CSIG)`, with the parent and the date
/// created when the sentence says so (`2018년 9월 30일 … 신설`).
extension ExtractionRun {
    func isUnitHead(_ word: String) -> Bool { isUnitHead(Array(word.unicodeScalars)[...]) }

    func isUnitHead(_ w: ArraySlice<Unicode.Scalar>) -> Bool {
        lexicon.unitNounWords.contains(w) || lexicon.unitNounWords.hasSuffix(w, from: 2, keep: 1)
    }

    mutating func findUnits() {
        for (index, s) in sentences.enumerated() where !s.isDateLine {
            let establishes = s.verbs.establishes
            // Without an establishing verb only a head with a code in parenthesis counts.
            for (i, t) in s.tokens.enumerated() where (establishes || t.paren != nil) && isUnitHead(t.baseScalars) {
                let code = t.paren.flatMap { Scalars.isCode($0) ? $0 : nil }
                guard code != nil || establishes else { continue }
                var first = i
                var parent: String?
                while first > 0, i - first < 5 {
                    let p = s.tokens[first - 1]
                    if p.paren != nil || p.quoteAfter { break }
                    if let k = knownOrg(p) {
                        if p.particle == nil || p.particle == "의" { parent = orgName(k) }
                        break
                    }
                    let connector = p.text == "및" || p.text == "&" || p.text == "and" || p.text == "of"
                    let english = p.scalars.first.map(Scalars.isUpper) ?? false
                    let isLatinText =
                        t.scalars.contains(where: Scalars.isLatin)
                        && !t.scalars.contains(where: Scalars.isHangul)
                    if isLatinText ? !(english || connector) : !(p.isBare || connector) { break }
                    if !p.dateLike, !lexicon.notNames.contains(p.text) || connector {
                        first -= 1
                    } else {
                        break
                    }
                }
                let name = s.tokens[first...i].enumerated().map { k, tok in
                    first + k == i ? tok.base : tok.text
                }.joined(separator: " ")
                // A head alone (`사업부`) is no unit unless it has a code.
                guard first < i || code != nil || t.base.count > 3 else { continue }
                if units.contains(where: { ($0.fact.code != nil && $0.fact.code == code) || $0.fact.name == name }) {
                    continue
                }
                var established: PartialDate?
                if establishes {
                    let before = s.dates.last { $0.range.upperBound <= t.start && $0.start.day != nil }
                    let after = s.dates.first { $0.range.lowerBound >= t.end }
                    let previous = index > 0 ? sentences[index - 1].dates.last : nil
                    established = (before ?? after ?? previous)?.start
                }
                let fact = OrgUnitFact(
                    name: name,
                    code: code,
                    parent: parent ?? subjectOrg(s, near: t.start),
                    established: established
                )
                units.append((fact, s.number))
                emit(.orgUnit(fact), sentence: s)
            }
        }
    }
}

extension Token {
    /// Whether the word is a number or a date part (`2018년`, `30일`).
    var dateLike: Bool { scalars.first.map(Scalars.isDigit) ?? false }
}
