import DossierModel

/// People: a name beside a title and maybe an organisation, in either order, alone or as a list
/// sharing one title; English `Vice President Qiu Yuepeng` and `Qiu Yuepeng, vice president of X`.
extension ExtractionRun {
    mutating func findPeople() {
        for s in sentences where !s.isDateLine {
            findKoreanPeople(in: s)
            findEnglishPeople(in: s)
        }
    }

    mutating func addPerson(
        name: String,
        native: String?,
        title: String?,
        org: String?,
        unit: String? = nil,
        sentence: Int
    ) {
        if let i = personIndex[name] {
            var f = people[i].fact
            f.native = f.native ?? native
            f.title = f.title ?? title
            f.org = f.org ?? org
            f.unit = f.unit ?? unit
            people[i].fact = f
            return
        }
        personIndex[name] = people.count
        personKeys.set(Array(name.unicodeScalars)[...], people.count)
        if let native {
            personIndex[native] = people.count
            personKeys.set(Array(native.unicodeScalars)[...], people.count)
        }
        people.append(
            PersonRecord(
                fact: PersonFact(name: name, native: native, title: title, org: org, unit: unit),
                sentence: sentence
            )
        )
    }

    /// Whether a token names an organisation in a person pattern: known, with an org suffix, or a
    /// Latin code such as `LG`.
    func orgToken(_ t: Token) -> String? {
        if let k = knownOrg(t) { return lexicon.orgs[k].name == t.base ? t.base : orgName(k) }
        if let o = slotOrg(t) { return o }
        if hasOrgSuffix(t.baseScalars) && t.particle == nil { return t.base }
        return nil
    }

    private mutating func findKoreanPeople(in s: AnalyzedSentence) {
        let tokens = s.tokens
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            guard Scalars.isHangul(t.baseScalars.first ?? " ") || Scalars.isCode(t.baseScalars), isTitle(t.baseScalars)
            else {
                i += 1
                continue
            }
            if i + 1 < tokens.count, !t.comma, t.particle == nil, isTitle(tokens[i + 1].baseScalars) {
                i += 1
                continue
            }
            var title = t.base
            var j = i - 1
            if j >= 0, isTitle(tokens[j].textScalars), !tokens[j].comma {
                title = tokens[j].text + " " + title
                j -= 1
            }
            var org: String?
            var unit: String?
            if j >= 0, !tokens[j].comma, tokens[j].particle == nil {
                if let o = orgToken(tokens[j]) {
                    org = o
                    j -= 1
                } else if Scalars.isCode(tokens[j].textScalars) {
                    unit = tokens[j].text
                    j -= 1
                    if j >= 0, let o = orgToken(tokens[j]) {
                        org = o
                        j -= 1
                    }
                }
            }
            // `이형석 토스뱅크 코어뱅킹팀 리더`: a unit between the org and the title.
            if org == nil, unit == nil, j >= 2, tokens[j].particle == nil, !tokens[j].comma, !tokens[j - 1].comma,
                lexicon.unitNounWords.hasSuffix(tokens[j].baseScalars, from: 2), tokens[j - 1].particle == nil,
                isKoreanName(tokens[j - 2]), looksLikeHangulName(tokens[j - 2].baseScalars)
            {
                j -= 1
                if let o = orgToken(tokens[j]) {
                    org = o
                    j -= 1
                }
            }
            // `탄다이(谭待) 화산엔진 총재`, `김유원 네이버클라우드 대표`, `이승건 토스 대표`: an unknown org
            // between name and title; the name is the word that looks like one.
            if org == nil, unit == nil, j >= 1, tokens[j].particle == nil, !tokens[j].comma, !tokens[j - 1].comma,
                isKoreanName(tokens[j - 1]), person(tokens[j]) == nil,
                tokens[j - 1].paren.map(Scalars.hasHan) ?? false || startsWithKnownOrg(tokens[j].base)
                    || slotOrg(tokens[j]) != nil
                    || (looksLikeHangulName(tokens[j - 1].textScalars) && Self.isOrgShaped(tokens[j].baseScalars)
                        && !(looksLikeHangulName(tokens[j].baseScalars) && tokens[j].baseLength == 3)
                        && !isNotOrg(tokens[j].baseScalars))
            {
                org = slotOrg(tokens[j]) ?? tokens[j].base
                if slotOrg(tokens[j]) == nil { addSlotOrg(OrgFact(name: tokens[j].base), sentence: s) }
                j -= 1
            }
            guard j >= 0, isKoreanName(tokens[j]), !tokens[j].comma || j == i - 1 else {
                i += 1
                continue
            }
            var names = [j]
            while let first = names.first, first > 0, tokens[first - 1].comma, isKoreanName(tokens[first - 1]) {
                names.insert(first - 1, at: 0)
            }
            if org == nil, let first = names.first, first > 0, let o = orgToken(tokens[first - 1]) {
                org = o
            }
            let resolvedOrg = org ?? subjectOrg(s, near: tokens[j].start)
            for k in names {
                let native = tokens[k].paren.flatMap { Scalars.hasHan($0) || $0.contains(" ") ? $0 : nil }
                addPerson(
                    name: tokens[k].text,
                    native: native,
                    title: title,
                    org: resolvedOrg,
                    unit: unit,
                    sentence: s.number
                )
            }
            i += 1
        }
    }

    /// Whether a word begins with a known org's name (`네이버클라우드`).
    func startsWithKnownOrg(_ word: String) -> Bool {
        // `org.allNames`, without building that array for every org.
        func starts(_ name: String) -> Bool { word.hasPrefix(name) && word.count > name.count + 1 }
        return lexicon.orgs.contains { org in
            starts(org.name) || org.native.map(starts) ?? false || org.aliases.contains(where: starts)
        }
    }

    /// Capitalised words that can form a person's name, starting at `i` (at most three).
    private func englishName(_ tokens: [Token], from i: Int) -> (String, Int)? {
        // The first word must be capitalised.
        guard i < tokens.count, tokens[i].baseLength > 0, let f = tokens[i].scalars.first, Scalars.isUpper(f) else {
            return nil
        }
        var words: [String] = []
        var j = i
        while j < tokens.count, words.count < 3 {
            // Scalar tests first: the word is ASCII once they pass.
            let w = tokens[j].baseScalars
            guard let f = w.first, Scalars.isUpper(f), w.count >= 2,
                w.allSatisfy({ Scalars.isLatin($0) || $0 == "-" || $0 == "'" }),
                !lexicon.notNameWords.contains(w), knownOrg(w) == nil,
                lexicon.englishTitleWordSet.index(lowercasingASCII: w) == nil,
                DateParsing.months[tokens[j].base] == nil || (j + 1 < tokens.count && !tokens[j + 1].dateLike)
            else { break }
            words.append(tokens[j].base)
            j += 1
            if tokens[j - 1].comma || tokens[j - 1].period || tokens[j - 1].particle != nil { break }
        }
        guard words.count >= 2 else { return nil }
        return (words.joined(separator: " "), j)
    }

    /// The English title starting at token `i`, as written, and the index after it.
    func englishTitle(_ tokens: [Token], at i: Int) -> (String, Int)? {
        guard i < tokens.count else { return nil }
        // Most words cannot start a title: their first scalar (lower-cased) starts none.
        if let f = tokens[i].scalars.first, f.value < 0x80 || Scalars.isHangul(f) || Scalars.isHan(f),
            f.value < 0x80
                ? !lexicon.englishTitleFirstsASCII[Int(WordSet.lowerASCII(f).value)]
                : !lexicon.englishTitleFirsts.contains(f)
        {
            return nil
        }
        guard let candidates = lexicon.englishTitlesByFirst[Scalars.lower(tokens[i].base)] else {
            return nil
        }
        for words in candidates where i + words.count <= tokens.count {
            var ok = true
            for (k, w) in words.enumerated() {
                let t = tokens[i + k]
                if Scalars.lower(t.base) != w || (k < words.count - 1 && t.comma) {
                    ok = false
                    break
                }
            }
            if ok {
                var text = tokens[i..<(i + words.count)].map(\.base).joined(separator: " ")
                var next = i + words.count
                // `chairman and chief executive officer`, `Chairman and CEO`.
                if next + 1 < tokens.count, tokens[next].base == "and", !tokens[next - 1].comma,
                    let (more, after) = englishTitle(tokens, at: next + 1)
                {
                    text += " and " + more
                    next = after
                }
                return (text, next)
            }
        }
        return nil
    }

    /// The organisation named by the capitalised words at `i` (`Ant Group`, `Lenovo's`), known
    /// or not; an unknown one is added.
    mutating func orgAt(_ tokens: [Token], _ i: Int, sentence s: AnalyzedSentence) -> String? {
        guard i < tokens.count else { return nil }
        if i + 1 < tokens.count, let k = knownOrg(tokens[i].text + " " + tokens[i + 1].base) { return orgName(k) }
        if let o = anyOrg(tokens[i]) { return o }
        var words: [String] = []
        var j = i
        while j < tokens.count, words.count < 4,
            Self.isTitleCase(tokens[j].base) || Scalars.isCode(tokens[j].baseScalars)
        {
            words.append(tokens[j].base)
            if tokens[j].comma || tokens[j].period || tokens[j].particle != nil { break }
            j += 1
        }
        guard !words.isEmpty, !lexicon.notNames.contains(words[0]) else { return nil }
        let name = words.joined(separator: " ")
        if lexicon.unitNounWords.hasSuffix(Array(name.unicodeScalars)[...]) { return nil }
        addOrg(OrgFact(name: name), sentence: s)
        return name
    }

    private mutating func findEnglishPeople(in s: AnalyzedSentence) {
        let tokens = s.tokens
        var i = 0
        while i < tokens.count {
            // Every pattern starts with a capital (the title's first word, or the name's).
            guard let first = tokens[i].baseScalars.first, Scalars.isUpper(first) else {
                i += 1
                continue
            }
            // `[Org] Vice President Qiu Yuepeng`
            if let (title, after) = englishTitle(tokens, at: i), !tokens[after - 1].comma,
                let first = tokens[i].baseScalars.first, Scalars.isUpper(first),
                let (name, _) = englishName(tokens, from: after)
            {
                var org: String?
                if i > 0, let o = anyOrg(tokens[i - 1]) {
                    org = o
                } else if i > 1, let k = knownOrg(tokens[i - 2].text + " " + tokens[i - 1].base) {
                    org = orgName(k)
                }
                addPerson(
                    name: name,
                    native: nil,
                    title: title,
                    org: org ?? subjectOrg(s, near: tokens[i].start),
                    sentence: s.number
                )
                i = after
                continue
            }
            // `Qiu Yuepeng, vice president of Tencent` / `Qiu Yuepeng, Tencent's vice president` /
            // `Daniel Zhang, who will remain chairman of Alibaba`
            let nameHere = englishName(tokens, from: i)
            if let (name, after) = nameHere, tokens[after - 1].comma, after < tokens.count {
                var j = after
                while j < tokens.count, j - after < 4, Self.appositionWords.contains(tokens[j].base.lowercased()) {
                    j += 1
                }
                var org: String?
                if j < tokens.count, let o = anyOrg(tokens[j]) {
                    org = o
                    j += 1
                }
                if j < tokens.count, let (title, next) = englishTitle(tokens, at: j) {
                    if org == nil, next + 1 < tokens.count, tokens[next].base == "of" || tokens[next].base == "at" {
                        org = orgAt(tokens, next + 1, sentence: s)
                    }
                    addPerson(
                        name: name,
                        native: nil,
                        title: title,
                        org: org ?? subjectOrg(s, near: tokens[i].start),
                        sentence: s.number
                    )
                    i = next
                    continue
                }
            }
            // `Jack Ma co-founded`, `led by Daniel Zhang`: two capitalised words, one a family name.
            if let (name, after) = nameHere, after - i == 2, personIndex[name] == nil,
                lexicon.surnames.contains(tokens[i].base) || lexicon.surnames.contains(tokens[i + 1].base),
                after >= tokens.count || !(tokens[after].baseScalars.first.map(Scalars.isUpper) ?? false)
                    || tokens[after - 1].comma,
                !Self.englishOrgSuffixWords.contains(tokens[i + 1].base), anyOrg(tokens[i]) == nil
            {
                addPerson(
                    name: name,
                    native: nil,
                    title: nil,
                    org: subjectOrg(s, near: tokens[i].start),
                    sentence: s.number
                )
                i = after
                continue
            }
            i += 1
        }
    }

    /// Words between a name's comma and its title: `, who will remain chairman`, `, the CEO`.
    static let appositionWords: Set<String> = [
        "the", "a", "an", "who", "will", "remain", "remains", "become", "becomes", "is", "was", "now", "also",
        "currently", "its", "be",
    ]

    /// Emits people at the sentence where each was first named.
    mutating func emitPeople() {
        for p in people {
            guard let s = sentences.first(where: { $0.number == p.sentence }) else { continue }
            emit(.person(p.fact), sentence: s)
        }
    }

    /// Fills `namePartOwner` from the people found so far.
    mutating func indexNameParts() {
        var owners = ScalarTable()
        nameShapes = []
        for (i, p) in people.enumerated() {
            // The words of the name by scalars, each once.
            let name = Array(p.fact.name.unicodeScalars)
            let split = name.split(separator: " ")
            // When every scalar is a `Character`, the `Character` split is the scalar split (it
            // compared every `Character` with " " as a `String`).
            if Scalars.charactersAreScalars(name) {
                nameShapes.append((split.count, split.first.map { Scalars.string($0) } ?? ""))
            } else {
                let parts = p.fact.name.split(separator: " ")
                nameShapes.append((parts.count, parts.first.map(String.init) ?? ""))
            }
            var words: [ArraySlice<Unicode.Scalar>] = []
            for word in split where !words.contains(where: { $0.elementsEqual(word) }) {
                words.append(word)
            }
            for word in words { owners.set(word, owners[word] == nil ? i : -1) }
        }
        namePartOwner = owners
    }

    /// The person a token names: the full name, a native spelling, or (in English) one part of a
    /// name met before, when only one person has it.
    func personMention(_ t: Token) -> Int? {
        if let i = person(t) { return i }
        guard let f = t.baseScalars.first, Scalars.isUpper(f) else { return nil }
        if let owners = namePartOwner {
            guard let owner = owners[t.baseScalars], owner >= 0 else { return nil }
            return owner
        }
        let w = t.base
        var found: Int?
        for (i, p) in people.enumerated() where p.fact.name.split(separator: " ").contains(Substring(w)) {
            if found != nil { return nil }
            found = i
        }
        return found
    }
}
