/// A quotation inside a sentence: the words between the marks.
struct QuoteSpan: Sendable, Hashable {
    /// Scalar offsets of the words (marks excluded) in the sentence.
    var range: Range<Int>
    var text: String
}

/// One sentence of a report, with the quotations it holds. Quotations may span several
/// grammatical sentences; they stay inside one `Sentence`.
struct Sentence: Sendable {
    /// 1-based number in the report.
    var number: Int
    var scalars: [Unicode.Scalar]
    var quotes: [QuoteSpan]
    /// Whether the sentence is alone on its line (a title or a date line).
    var isWholeLine: Bool
    /// Whether the sentence's line is page furniture (`입력 2024.03.05 14:22 | 수정 …`,
    /// `Published: …`) or a photo caption (`▲ …`, `… (사진=회사 제공)`): it dates no fact.
    var isFurniture: Bool = false
    /// Whether the sentence's line links to other reports (`▶ 관련기사 …`, the items under `[관련 기사]`
    /// or `많이 본 뉴스`): none of its words are this report's facts.
    var isRelatedLink: Bool = false
    /// Whether the sentence is the first of its line (a paragraph's first).
    var opensLine: Bool = false
    /// Where the sentence's UTF-8 lies in the report text it was split from (its scalars are a
    /// run of the text's scalars), so that its `String` can be copied rather than encoded.
    var utf8: Range<Int> = 0..<0
    /// An offset before which no scalar of the sentence is a mark that may open a quoted name
    /// (`"`, `'`, `‘`, `“`, `「`, `《`: `SentenceSplitter.openingMarks`), at most the count; 0 when
    /// not known. Noted by the splitter's scan of the line, which reads every scalar anyway, so
    /// that `findEvents` starts its own search for quoted names there (most sentences hold none).
    var openingMarkFrom = 0
    /// The same for ASCII digits, where `findMetrics` starts its search for figures.
    var digitFrom = 0

    /// The sentence as a `String` (made on each call; `AnalyzedSentence.text` keeps it).
    var text: String { Scalars.string(scalars) }

    /// Whether the scalar offset lies inside a quotation.
    func inQuote(_ offset: Int) -> Bool { quotes.contains { $0.range.contains(offset) } }

    func slice(_ range: Range<Int>) -> String {
        let r = max(0, range.lowerBound)..<min(scalars.count, range.upperBound)
        guard r.lowerBound < r.upperBound else { return "" }
        return Scalars.string(scalars[r])
    }
}

/// Splits report text into sentences, keeping quotations whole.
enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "Mr", "Ms", "Mrs", "Dr", "Inc", "Co", "Corp", "Ltd", "Jr", "Sr", "St", "vs", "U.S", "U.K", "No", "Jan", "Feb",
        "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "e.g", "i.e", "etc",
    ]

    static func split(_ text: String) -> [Sentence] {
        var sentences: [Sentence] = []
        var number = 0
        // Offsets of the full stops that may end a sentence, one line at a time (one array for
        // the whole report: a new one per line cost an allocation and its regrowth).
        var stops: [Int] = []
        let lineList = lines(text)
        // Most lines are one sentence: room for them up front, rather than the list regrown (and
        // every sentence moved) five or six times a report.
        sentences.reserveCapacity(lineList.count + lineList.count / 4)
        // Whether the lines before are a list of links to other reports (under a heading like
        // `[관련 기사]`), which goes on while its lines look like items.
        var inRelatedList = false
        for (scalars, lineOffset, lineEnd) in lineList {
            // The first opening mark and the first digit of the line (or its count), from the scan.
            var firstMark = scalars.count
            var firstDigit = scalars.count
            let quotes = scan(
                scalars,
                stops: &stops,
                source: (text, lineOffset),
                firstMark: &firstMark,
                firstDigit: &firstDigit
            )
            let furniture = isFurniture(scalars)
            // (The cheap test first: a heading is short.)
            let related =
                (scalars.count <= 30 && isRelatedHeading(scalars)) || isRelatedLink(scalars)
                || (inRelatedList && (opensWithBullet(scalars) || opensWithNumber(scalars) || isHeadlineLike(scalars)))
            inRelatedList = related
            var start = 0
            // The UTF-8 offset of scalar `counted` of the line, walked forward sentence by sentence.
            var counted = 0
            var offset = lineOffset
            // The sentence that ends at `cut`; `alone` when the line has no other cut.
            func emit(_ cut: Int, alone: Bool) {
                guard cut > start else { return }
                let opens = start == 0
                var a = start
                var b = cut
                while a < b, Scalars.isSpace(scalars[a]) { a += 1 }
                while b > a, Scalars.isSpace(scalars[b - 1]) { b -= 1 }
                start = cut
                guard a < b else { return }
                let utf8Start: Int
                if a == 0, b == scalars.count {
                    // A sentence that is its whole line (most): its bytes are the line's.
                    utf8Start = lineOffset
                    offset = lineEnd
                } else {
                    offset += Scalars.utf8Count(scalars[counted..<a])
                    utf8Start = offset
                    offset += Scalars.utf8Count(scalars[a..<b])
                }
                counted = b
                // Most lines are one sentence: the line's array is the sentence's, not copied.
                let part = a == 0 && b == scalars.count ? scalars : Array(scalars[a..<b])
                number += 1
                let spans =
                    quotes.isEmpty
                    ? []
                    : quotes.compactMap { q -> QuoteSpan? in
                        guard q.range.lowerBound >= a, q.range.upperBound <= b else { return nil }
                        return QuoteSpan(range: (q.range.lowerBound - a)..<(q.range.upperBound - a), text: q.text)
                    }
                sentences.append(
                    Sentence(
                        number: number,
                        scalars: part,
                        quotes: spans,
                        isWholeLine: alone && a == 0 && b >= scalars.count - 1,
                        isFurniture: furniture,
                        isRelatedLink: related,
                        opensLine: opens,
                        utf8: utf8Start..<offset,
                        openingMarkFrom: Self.hint(firstMark, a, b),
                        digitFrom: Self.hint(firstDigit, a, b)
                    )
                )
            }
            // A sentence ends after a full stop outside quotations that ends no abbreviation.
            // (A copyright line is one sentence: `ⓒ 배터리경제. 2026년 02월 05일 17:40 송고` files the
            // report on the date after the full stop.)
            var cut = false
            let copyright = isCopyright(scalars)
            // `… "for the first time as a listed company." Cash and equivalents stood at …`: an English
            // quotation that closes a sentence with its full stop, a capital after it, ends it too.
            // (The quotation's range ends before its full stop: the mark comes after it.) Few lines
            // have one: the stops are walked as before, the quotations' ends merged in when there are.
            var quoteEnds: [Int] = []
            for q in quotes where q.range.upperBound > 0 && Scalars.isLatin(scalars[q.range.upperBound - 1]) {
                let e = q.range.upperBound + 1
                guard e + 2 < scalars.count, scalars[e - 1] == ".", Scalars.isQuote(scalars[e]), scalars[e + 1] == " ",
                    Scalars.isUpper(scalars[e + 2])
                else { continue }
                quoteEnds.append(e)
            }
            var nextQuoteEnd = 0
            for i in stops
            where !copyright && !quotes.contains(where: { $0.range.contains(i) }) && !isAbbreviation(scalars, dot: i) {
                while nextQuoteEnd < quoteEnds.count, quoteEnds[nextQuoteEnd] < i {
                    emit(quoteEnds[nextQuoteEnd] + 1, alone: false)
                    nextQuoteEnd += 1
                }
                emit(i + 1, alone: false)
                cut = true
            }
            for e in quoteEnds[nextQuoteEnd...] {
                emit(e + 1, alone: false)
                cut = true
            }
            emit(scalars.count, alone: !cut)
        }
        return sentences
    }

    /// The non-empty lines of the text, as scalars, each with the UTF-8 offsets of its first scalar
    /// and of the end of its last in the text. A line ends at `\n` but not at `\r\n` (one `Character`, as
    /// `String.split(separator: "\n")` sees it).
    ///
    /// Written for speed: the UTF-8 is decoded once, each line into a buffer on the stack, then
    /// copied into its array (the whole text was decoded into a heap buffer, copied into an
    /// array, then walked again for the line ends and copied line by line).
    static func lines(_ text: String) -> [(scalars: [Unicode.Scalar], utf8Start: Int, utf8End: Int)] {
        var text = text
        return text.withUTF8 { u in
            var out: [(scalars: [Unicode.Scalar], utf8Start: Int, utf8End: Int)] = []
            guard let p = u.baseAddress else { return out }
            let n = u.count
            // Room for a line every 64 bytes (reports average about 100): the list was regrown five
            // or six times a report.
            out.reserveCapacity(n / 64 + 8)
            // 1 KB: always on the stack. A longer line goes on in `long`.
            let capacity = 256
            withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: capacity) { chunk in
                guard let t = chunk.baseAddress else { return }
                var long: [Unicode.Scalar] = []
                var i = 0
                var k = 0
                var lineStart = 0
                while true {
                    if k == capacity {
                        long.append(contentsOf: UnsafeBufferPointer(start: t, count: k))
                        k = 0
                    }
                    // `\n` (a byte of its own in UTF-8) ends a line unless `\r` comes before it.
                    if i == n || (p[i] == 0x0A && (i == 0 || p[i &- 1] != 0x0D)) {
                        if !long.isEmpty {
                            long.append(contentsOf: UnsafeBufferPointer(start: t, count: k))
                            out.append((long, lineStart, i))
                            long = []
                        } else if k > 0 {
                            out.append((Array(UnsafeBufferPointer(start: t, count: k)), lineStart, i))
                        }
                        if i == n { break }
                        k = 0
                        i &+= 1
                        lineStart = i
                        continue
                    }
                    let b = p[i]
                    if b < 0x80 {
                        t[k] = Unicode.Scalar(b)
                        i &+= 1
                        k &+= 1
                        continue
                    }
                    // A `String` holds valid UTF-8: the continuation bytes are there.
                    let v: UInt32
                    if b < 0xE0 {
                        v = UInt32(b & 0x1F) << 6 | UInt32(p[i &+ 1] & 0x3F)
                        i &+= 2
                    } else if b < 0xF0 {
                        v = UInt32(b & 0x0F) << 12 | UInt32(p[i &+ 1] & 0x3F) << 6 | UInt32(p[i &+ 2] & 0x3F)
                        i &+= 3
                    } else {
                        v =
                            UInt32(b & 0x07) << 18 | UInt32(p[i &+ 1] & 0x3F) << 12 | UInt32(p[i &+ 2] & 0x3F) << 6
                            | UInt32(p[i &+ 3] & 0x3F)
                        i &+= 4
                    }
                    t[k] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    k &+= 1
                }
            }
            return out
        }
    }

    /// Words opening a line of page furniture, before a space, a colon or a digit.
    static let furnitureOpeners: [[Unicode.Scalar]] = [
        "입력", "기사입력", "수정", "최종수정", "등록", "승인", "업데이트", "Published", "Updated", "Posted",
        "Last updated", "Modified", "Posted on", "Published on",
    ].map { Array($0.unicodeScalars) }
    /// Marks opening a link to another report (`▶ 관련기사: 넷이즈, 1분기 매출 288억 위안…`).
    static let relatedOpeners: [[Unicode.Scalar]] = [
        "▶ 관련기사", "▶관련기사", "관련기사", "[관련기사]", "관련 기사", "Related:", "Read more:", "READ MORE:", "Also read:",
        "Related coverage", "Related stories", "Related articles", "Related news", "Related Coverage",
        "Related Stories", "MOST READ", "Most read:", "Most Read:", "▶ 함께 읽기", "▶함께 읽기", "함께 읽기:",
        "[많이 본 뉴스]", "[많이 본 기사]", "More from ", "MORE FROM ", "See also:",
    ].map { Array($0.unicodeScalars) }

    /// Words of a heading over links to other reports (`[함께 보면 좋은 기사]`, `많이 본 뉴스`,
    /// `| 이 기사와 함께 많이 본 기사 |`, `Most read`).
    static let relatedHeadingWords: [[Unicode.Scalar]] = [
        "관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "많이 본", "많이 읽은", "함께 보면", "함께 읽으면", "함께 읽을",
        "추천기사", "추천 기사", "인기기사", "인기 기사", "주요뉴스", "주요 뉴스", "이 시각", "Most read", "Most Read", "MOST READ",
        "Most popular", "Most Popular", "Read next", "Read Next", "Recommended", "You may also like", "Trending",
        "Top stories", "Top Stories", "More from", "More stories", "More Stories", "Related",
    ].map { Array($0.unicodeScalars) }

    /// Whether a line is a short heading over links to other reports: at most 30 scalars, with a word
    /// of `relatedHeadingWords`, and no full stop at its end.
    static func isRelatedHeading(_ line: [Unicode.Scalar]) -> Bool {
        guard line.count <= 30 else { return false }
        var b = line.count
        while b > 0, Scalars.isSpace(line[b - 1]) { b -= 1 }
        guard b > 0, line[b - 1] != ".", line.contains(where: { relatedHeadingFirsts.contains($0) }) else {
            return false
        }
        return relatedHeadingWords.contains { Scalars.find($0, in: line) != nil }
    }

    /// The first scalars of `relatedHeadingWords`: a line with none of them is no such heading.
    static let relatedHeadingFirsts: Set<Unicode.Scalar> = Set(relatedHeadingWords.compactMap(\.first))

    /// Whether a line opens with a list's number (`1. 넷마블, …`, `2) …`).
    static func opensWithNumber(_ line: [Unicode.Scalar]) -> Bool {
        var a = 0
        while a < line.count, Scalars.isSpace(line[a]) { a += 1 }
        var d = a
        while d < line.count, Scalars.isDigit(line[d]) { d += 1 }
        guard d > a, d - a <= 2, d + 1 < line.count, line[d] == "." || line[d] == ")" else { return false }
        return Scalars.isSpace(line[d + 1])
    }

    /// Whether a line reads as a headline: at most 60 scalars, not ending with a full stop (or `다`).
    static func isHeadlineLike(_ line: [Unicode.Scalar]) -> Bool {
        var b = line.count
        while b > 0, Scalars.isSpace(line[b - 1]) { b -= 1 }
        guard b > 0, b <= 60 else { return false }
        return line[b - 1] != "." && line[b - 1] != "다" && line[b - 1] != ":"
    }

    /// Whether a line opens with a list's bullet (`· 토스뱅크, …`, `- WAIC 2023 drew …`): in a list of
    /// links after a related-reports heading, each such line is another link.
    static func opensWithBullet(_ line: [Unicode.Scalar]) -> Bool {
        var a = 0
        while a < line.count, Scalars.isSpace(line[a]) { a += 1 }
        guard a < line.count else { return false }
        return listBullets.contains(line[a])
    }

    static let listBullets: Set<Unicode.Scalar> = ["·", "-", "–", "—", "•", "▶", "▷", "■", "□", "◆", "◇", "※", "*"]

    /// Whether a line links to another report: none of its words are this report's facts.
    static func isRelatedLink(_ line: [Unicode.Scalar]) -> Bool {
        var a = 0
        while a < line.count, Scalars.isSpace(line[a]) { a += 1 }
        // The first scalar first: most lines open with none of the openers' (this runs for every
        // sentence), and the 15 comparisons each cost a call.
        guard a < line.count, relatedOpenerFirsts.contains(line[a]) else { return false }
        return relatedOpeners.contains { KoreanNumbers.matches(line, at: a, $0) }
    }
    /// The first scalars of `relatedOpeners` (every opener has one).
    static let relatedOpenerFirsts: [Unicode.Scalar] = relatedOpeners.compactMap(\.first).reduce(into: []) { list, c in
        if !list.contains(c) { list.append(c) }
    }
    /// Marks opening a photo caption line.
    static let captionOpeners: [[Unicode.Scalar]] = [
        "▲", "△", "[사진", "(사진", "사진:", "사진=", "Photo:", "Photo -", "Photo –", "Photo —", "FILE PHOTO:",
        "File photo:", "Caption:", "Image:", "Photo caption:", "[Photo]", "(Photo)", "[PHOTO]",
    ].map {
        Array($0.unicodeScalars)
    }

    /// Bit `v mod 4096` is set when a furniture or caption opener starts with a scalar of value
    /// `v`: a line that starts otherwise (most lines) is not compared with the 28 openers.
    static let openerFirsts: [UInt64] = {
        var mask = [UInt64](repeating: 0, count: 64)
        for w in furnitureOpeners + captionOpeners {
            guard let f = w.first else { continue }
            mask[Int((f.value >> 6) & 63)] |= 1 << UInt64(f.value & 63)
        }
        return mask
    }()

    /// Whether some opener may start with `c` (false when none does).
    @inline(__always)
    static func mayOpen(_ c: Unicode.Scalar) -> Bool {
        openerFirsts[Int((c.value >> 6) & 63)] & (1 << UInt64(c.value & 63)) != 0
    }

    /// Whether a sentence only credits a photographer (`Photo: Grace Liu`, `Photo by Kim Min-ji`): a
    /// caption mark and at most four capitalised words.
    static func isPhotoCredit(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count <= 48, let p = s.first, p == "P" || p == "*" else { return false }
        for opener in photoCreditOpeners where KoreanNumbers.matches(s, at: 0, opener) {
            let words = s[opener.count...].split(separator: " ").filter { !$0.isEmpty }
            return (1...4).contains(words.count) && words.allSatisfy { $0.first.map(Scalars.isUpper) ?? false }
        }
        return false
    }
    static let photoCreditOpeners: [[Unicode.Scalar]] = ["Photo: ", "Photo by ", "Photos: ", "Photos by "].map {
        Array($0.unicodeScalars)
    }

    /// Whether a line opens with a photo caption mark (`▲`, `Photo:`).
    static func opensCaption(_ line: [Unicode.Scalar]) -> Bool {
        var a = 0
        // `*Photo: …*`: Markdown emphasis around the caption.
        while a < line.count, Scalars.isSpace(line[a]) || line[a] == "*" || line[a] == "_" { a += 1 }
        guard a < line.count, mayOpen(line[a]) else { return false }
        return captionOpeners.contains { KoreanNumbers.matches(line, at: a, $0) }
    }

    /// Marks opening a copyright line (`ⓒ 디지털타임즈코리아`, `Copyright © …`, `<저작권자 © …>`).
    static let copyrightOpeners: [[Unicode.Scalar]] = [
        "ⓒ", "©", "Copyright", "COPYRIGHT", "copyright", "(c)", "(C)", "[ⓒ", "[Copyright", "<저작권자", "[저작권자",
        "저작권자", "<ⓒ", "All rights reserved",
    ].map { Array($0.unicodeScalars) }

    /// Whether a sentence opens a copyright notice (`Copyright © 디지털타임즈코리아.`): no fact is
    /// taken from it.
    static func isCopyright(_ line: [Unicode.Scalar]) -> Bool {
        var a = 0
        while a < line.count, Scalars.isSpace(line[a]) { a += 1 }
        // One test of the first scalar skips almost every sentence.
        guard a < line.count, copyrightFirsts.contains(line[a]) else { return false }
        return copyrightOpeners.contains(where: { KoreanNumbers.matches(line, at: a, $0) })
    }

    /// Whether a short line of its own opens with a digit (a date) and holds a copyright sign
    /// (`2025.11.27 06:00 ⓒ 디지털보안뉴스, 무단 전재 및 재배포 금지`): the filing time and the rights,
    /// not a caption that ends with its agency's sign (`지난 3일 … 모습 ⓒ뉴스1`).
    static func isDatedCopyrightLine(_ s: Sentence) -> Bool {
        guard s.isWholeLine, s.scalars.count <= 120, let f = s.scalars.first, Scalars.isDigit(f) else { return false }
        return s.scalars.contains { $0 == "ⓒ" || $0 == "©" }
    }

    /// An array: a dozen comparisons cost less than hashing a scalar.
    static let copyrightFirsts: [Unicode.Scalar] = copyrightOpeners.compactMap(\.first)

    /// Whether a whole line is a reporter's byline (`김하늘 기자 sky@etnews.com`, `산업부 정다은 기자 /
    /// 입력 2023-12-07 11:20`): no fact is taken from it.
    static func isReporterLine(_ line: [Unicode.Scalar]) -> Bool {
        var a = 0
        while a < line.count, Scalars.isSpace(line[a]) { a += 1 }
        // `By Grace Lin | December 19, 2024, 11:02 AM GMT+8`.
        if KoreanNumbers.matches(line, at: a, "By "), a + 3 < line.count, Scalars.isUpper(line[a + 3]),
            line.count - a <= 80, line.contains("|") || line.contains(where: Scalars.isDigit)
        {
            return true
        }
        // `— Reporting by Chen Lu in Shanghai; editing by Tom Hardy | 24 August 2025`: a wire's credits.
        var r = a
        while r < line.count, line[r] == "—" || line[r] == "(" || line[r] == "-" || Scalars.isSpace(line[r]) { r += 1 }
        if KoreanNumbers.matches(line, at: r, "Reporting by "), line.count - a <= 160 { return true }
        // `Marcus Lim, Hangzhou correspondent`: a name, a comma and a reporter's word closing a short line.
        if line.count - a <= 60, let comma = line.firstIndex(of: ","), comma > a,
            englishReporterWords.contains(where: { w in
                line.count - w.count > comma && line[(line.count - w.count)...].elementsEqual(w)
            })
        {
            return true
        }
        // `Park Min-ji | minji.park@koreabizdaily.com`: a few words, then an e-mail address ending the line.
        if line.count - a <= 80, Self.endsWithEmail(line, from: a) { return true }
        guard line.count - a <= 80,
            let (k, word) = reporterWords.lazy.compactMap({ w in Scalars.find(w, in: line).map { ($0, w) } }).first
        else { return false }
        // `기자` (or `특파원`) as a word, then an address, a slash or bar, or `입력`.
        let e = k + word.count
        guard k > a, Scalars.isSpace(line[k - 1]) || line[k - 1] == "=",
            e == line.count || Scalars.isSpace(line[e]) || line[e] == "]" || line[e] == "="
        else { return false }
        // `송민아 기자 (2024.10.31)`: or the date in parentheses after the name. (`KST 2025-11-20 08:40 · 로보틱스저널 ·
        // 선우다경 기자`: parts cut by middle dots, one of them a date, the reporter closing the line.)
        return line.contains("@") || line.contains("/") || line.contains("|")
            || Scalars.find(inputScalars, in: line) != nil || line[e...].contains("(")
            || (e == line.count && line.contains("·") && Self.hasNumericDate(line))
    }

    /// Whether a line holds a date in digits (`2025-11-20`, `2025.11.20`): four digits, a hyphen or a full
    /// stop, a digit.
    static func hasNumericDate(_ line: [Unicode.Scalar]) -> Bool {
        guard line.count >= 6 else { return false }
        for k in 0..<(line.count - 5) where (line[k + 4] == "-" || line[k + 4] == ".") && Scalars.isDigit(line[k + 5]) {
            if line[k..<(k + 4)].allSatisfy(Scalars.isDigit) && (k == 0 || !Scalars.isDigit(line[k - 1])) {
                return true
            }
        }
        return false
    }

    /// Whether a line is at most five words (bars and slashes aside) and an e-mail address ending it.
    static func endsWithEmail(_ line: [Unicode.Scalar], from a: Int) -> Bool {
        guard let at = line.lastIndex(of: "@"), at > a else { return false }
        var e = line.count
        while e > at, Scalars.isSpace(line[e - 1]) || line[e - 1] == ")" || line[e - 1] == ">" { e -= 1 }
        // The address: no space from its start to the line's end, a dot in the domain.
        guard !line[at..<e].contains(where: Scalars.isSpace), line[at..<e].contains("."), line[e - 1] != "." else {
            return false
        }
        var start = at
        while start > a, !Scalars.isSpace(line[start - 1]) { start -= 1 }
        guard start < at else { return false }
        var words = 0
        var inWord = false
        for c in line[a..<start] {
            let part = !Scalars.isSpace(c) && c != "|" && c != "/" && c != "·" && c != "(" && c != "<"
            if part, !inWord { words += 1 }
            inWord = part
        }
        return words >= 1 && words <= 5
    }

    /// English words for a reporter closing a byline (`Marcus Lim, Hangzhou correspondent`).
    static let englishReporterWords: [[Unicode.Scalar]] = [
        " correspondent", " Correspondent", " reporter", " Reporter", " staff writer", " Staff Writer",
    ].map { Array($0.unicodeScalars) }

    /// A reporter or a correspondent (`베이징=이준호 특파원`, `항저우=윤재석 통신원`).
    static let reporterWords: [[Unicode.Scalar]] = ["기자", "특파원", "통신원"].map { Array($0.unicodeScalars) }
    static let inputScalars = Array("입력".unicodeScalars)

    /// Whether a line is page furniture or a photo caption: only its first words and the
    /// bracket closing it are looked at.
    static func isFurniture(_ line: [Unicode.Scalar]) -> Bool {
        var a = 0
        while a < line.count, Scalars.isSpace(line[a]) { a += 1 }
        if a < line.count, mayOpen(line[a]) {
            for w in furnitureOpeners where KoreanNumbers.matches(line, at: a, w) {
                let k = a + w.count
                if k >= line.count || Scalars.isSpace(line[k]) || line[k] == ":" || Scalars.isDigit(line[k]) {
                    return true
                }
            }
        }
        if opensCaption(line) { return true }
        // `… (사진=넥슨)`, `… [사진 제공=…]`, `… (회사 제공)` at the end of the line.
        var b = line.count
        while b > a, Scalars.isSpace(line[b - 1]) { b -= 1 }
        guard b > a, line[b - 1] == ")" || line[b - 1] == "]" else { return false }
        var o = b - 1
        while o > a, b - o < 40, line[o] != "(" && line[o] != "[" { o -= 1 }
        guard line[o] == "(" || line[o] == "[" else { return false }
        if KoreanNumbers.matches(line, at: o + 1, "사진") { return true }
        return b - 3 > o && KoreanNumbers.matches(line, at: b - 3, "제공")
    }

    private static func isAbbreviation(_ s: [Unicode.Scalar], dot: Int) -> Bool {
        if dot > 0, Scalars.isDigit(s[dot - 1]) { return isInSpacedDate(s, dot: dot) }
        var a = dot
        while a > 0, Scalars.isLatin(s[a - 1]) || s[a - 1] == "." { a -= 1 }
        guard a < dot else { return false }
        let view = Scalars.string(s[a..<dot])
        let word = view
        if word.count == 1, Scalars.isUpper(s[a]) { return true }
        // `6:40 p.m. GMT+8`, `p.m. (local time)`: a time of day, unless a new sentence opens after it.
        if word == "p.m" || word == "a.m" {
            var k = dot + 1
            while k < s.count, Scalars.isSpace(s[k]) { k += 1 }
            guard k < s.count, Scalars.isUpper(s[k]) else { return true }
            var e = k
            while e < s.count, Scalars.isUpper(s[e]) { e += 1 }
            return e - k >= 2 && (e == s.count || !Scalars.isLatin(s[e]))
        }
        // `S.Y. Hsu`: initials.
        if ExtractionRun.isInitials(s[a..<dot]) { return true }
        return abbreviations.contains(word)
    }

    /// Whether the full stop at `dot` belongs to a date written `2025. 11. 3.` (a year, a month and a
    /// day, each with its full stop): such a date line or mention is no sentence end.
    static func isInSpacedDate(_ s: [Unicode.Scalar], dot: Int) -> Bool {
        // The year's full stop is this one, or one of the two before it (at most 8 scalars back).
        for back in 0...9 where dot - back >= 4 && s[dot - back] == "." {
            let y = dot - back
            guard (0..<4).allSatisfy({ Scalars.isDigit(s[y - 4 + $0]) }), y - 4 == 0 || !Scalars.isDigit(s[y - 5])
            else { continue }
            if let (_, _, end) = DateParsing.spacedDotted(s, afterYear: y), end > dot { return true }
        }
        return false
    }

    /// Quotations in double marks (“…”, "…", 「…」). Single marks inside are left alone; a
    /// quotation left open closes at the end of the line, or where the next one opens.
    static func findQuotes(_ s: [Unicode.Scalar]) -> [QuoteSpan] {
        var stops: [Int] = []
        return scan(s, stops: &stops)
    }

    /// The quotations of a line (`findQuotes`), and in `stops` the offsets of the full stops
    /// (`.`, `?`, `!`, `。`) followed by white space or the end of the line: the places a sentence
    /// may end. With `source` (the text the line was decoded from and the UTF-8 offset of the line
    /// in it), each quotation's `String` is copied out of the text's bytes rather than encoded
    /// from its scalars and validated (about a quarter of the cost). Written for speed: one pass over the line's scalars through a buffer pointer,
    /// most scalars passed with one or two comparisons (the quotations and the full stops were
    /// two passes, each several times dearer per scalar).
    static func scan(
        _ s: [Unicode.Scalar],
        stops: inout [Int],
        source: (text: String, utf8Start: Int)? = nil
    ) -> [QuoteSpan] {
        var firstMark = s.count
        var firstDigit = s.count
        return scan(s, stops: &stops, source: source, firstMark: &firstMark, firstDigit: &firstDigit)
    }

    /// The marks that may open a quoted name (`findEvents`): `"`, `'`, `‘`, `“`, `「`, `《`.
    static func isOpeningMark(_ v: UInt32) -> Bool {
        v == 0x22 || v == 0x27 || v == 0x2018 || v == 0x201C || v == 0x300C || v == 0x300A
    }

    /// Where a sentence of scalars `a..<b` of its line may first hold what the line first holds at
    /// `first` (its count when nowhere): `first - a` when the sentence starts at or before it
    /// (nothing of the kind before it), at most the sentence's count; else 0 (not known).
    @inline(__always)
    static func hint(_ first: Int, _ a: Int, _ b: Int) -> Int {
        first >= a ? Swift.min(first, b) - a : 0
    }

    /// `scan(_:stops:source:)`, noting also the offset of the line's first opening mark
    /// (`isOpeningMark`) and of its first ASCII digit in `firstMark` and `firstDigit` (left as
    /// they are when there is none).
    static func scan(
        _ s: [Unicode.Scalar],
        stops: inout [Int],
        source: (text: String, utf8Start: Int)?,
        firstMark: inout Int,
        firstDigit: inout Int
    ) -> [QuoteSpan] {
        stops.removeAll(keepingCapacity: true)
        // `!`, `"`, `.`, `?`: the ASCII scalars looked at, as bits of one word.
        let asciiMarks: UInt64 = 1 << 0x21 | 1 << 0x22 | 1 << 0x2E | 1 << 0x3F
        // With `'` and the digits, noted only: scalars outside this word cost one test, as before.
        let asciiNoted: UInt64 = asciiMarks | 1 << 0x27 | 0x3FF << 0x30
        var mark = firstMark
        var digit = firstDigit
        defer {
            firstMark = mark
            firstDigit = digit
        }
        // Locals of the closure and a static `close`: a nested function capturing them had them
        // boxed, with a dynamic exclusivity check on every access.
        return s.withUnsafeBufferPointer { p in
            var spans: [QuoteSpan] = []
            var open = -1
            var sawSingleOpen = false
            let n = p.count
            var i = 0
            while i < n {
                let v = p[i].value
                let quote: Bool
                if v < 0x40 {
                    if asciiNoted & (1 << UInt64(v)) == 0 {
                        i &+= 1
                        continue
                    }
                    if asciiMarks & (1 << UInt64(v)) == 0 {
                        // A digit or `'`: noted, nothing else.
                        if v == 0x27 {
                            if mark > i { mark = i }
                            // (Words said in straight single marks are looked for after the pass too,
                            // when one can open them: not an apostrophe inside a word, `it's`.)
                            if i == 0 || Scalars.isSpace(p[i - 1]) { sawSingleOpen = true }
                        } else if digit > i {
                            digit = i
                        }
                        i &+= 1
                        continue
                    }
                    quote = v == 0x22
                    if quote, mark > i { mark = i }
                } else if v &- 0x201C <= 0x300F - 0x201C {
                    // Every other mark lies in U+201C...U+300F, with `。` (U+3002).
                    quote = v != 0x3002
                    if v == 0x201C || v == 0x300C || v == 0x300A, mark > i { mark = i }
                } else {
                    // `‘`: words said in single marks are looked for after the pass (and the
                    // first one noted there, not here: this branch is taken by most scalars).
                    if v == 0x2018 { sawSingleOpen = true }
                    i &+= 1
                    continue
                }
                let c = p[i]
                if !quote {
                    if i + 1 >= n || Scalars.isSpace(p[i + 1]) { stops.append(i) }
                } else if Scalars.isDoubleOpen(c) {
                    if open >= 0 { close(s, open, i, source: source, into: &spans) }
                    open = i + 1
                } else if Scalars.isDoubleClose(c) {
                    if open >= 0 { close(s, open, i, source: source, into: &spans) }
                    open = -1
                } else if c == "\"" {
                    if open >= 0 {
                        close(s, open, i, source: source, into: &spans)
                        open = -1
                    } else {
                        open = i + 1
                    }
                }
                i &+= 1
            }
            if open >= 0 { close(s, open, n, source: source, into: &spans) }
            if sawSingleOpen {
                // The first `‘`, if before the first other opening mark.
                var k = 0
                while k < mark, p[k] != "\u{2018}" { k &+= 1 }
                mark = k
                addSingleMarkedSpeech(s, to: &spans)
            }
            return spans
        }
    }

    /// Adds the quotation opened at `start` and closed at `end`, trimmed, unless it is empty.
    private static func close(
        _ s: [Unicode.Scalar],
        _ start: Int,
        _ end: Int,
        source: (text: String, utf8Start: Int)?,
        into spans: inout [QuoteSpan]
    ) {
        var a = start
        var b = end
        while a < b, Scalars.isSpace(s[a]) { a += 1 }
        while b > a, Scalars.isSpace(s[b - 1]) || s[b - 1] == "." || s[b - 1] == "," { b -= 1 }
        guard a < b else { return }
        var text: String?
        if let source {
            let from = source.utf8Start + Scalars.utf8Count(s[..<a])
            let to = from + Scalars.utf8Count(s[a..<b])
            let utf8 = source.text.utf8
            if to <= utf8.count {
                text = String(
                    utf8[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)]
                )
            }
            assert(text.map { $0.unicodeScalars.elementsEqual(s[a..<b]) } ?? true, "quotation bytes")
        }
        spans.append(QuoteSpan(range: a..<b, text: text ?? Scalars.string(s[a..<b])))
    }

    /// Words said, in single marks (curly or straight): `‘주력 모델의 API 가격을 최대 85% 인하한다’고 덧붙였다`. The
    /// marks also hold names (`‘엑사원’`), so only three words or more count, closed by a quoting
    /// ending (`고`, `라고`, `이라고`, `며`, `라며`) and outside double marks.
    static func addSingleMarkedSpeech(_ s: [Unicode.Scalar], to spans: inout [QuoteSpan]) {
        var found = false
        var i = 0
        while i < s.count {
            // (`'…'이라고 밝혔다`: straight marks too, the opening one after a space or at the start.)
            let straight = s[i] == "'" && (i == 0 || Scalars.isSpace(s[i - 1]))
            guard s[i] == "\u{2018}" || straight, !spans.contains(where: { $0.range.contains(i) }),
                let end = s[(i + 1)...].firstIndex(of: straight ? "'" : "\u{2019}")
            else {
                i += 1
                continue
            }
            let inner = s[(i + 1)..<end]
            if inner.lazy.filter({ Scalars.isSpace($0) }).count >= 2, !inner.contains("\u{2018}"), !inner.contains("'"),
                quotingEndings.contains(where: { ending in
                    KoreanNumbers.matches(s, at: end + 1, ending)
                        && (end + 1 + ending.count >= s.count || Scalars.isSpace(s[end + 1 + ending.count]))
                })
            {
                var b = end
                while b > i + 1, Scalars.isSpace(s[b - 1]) || s[b - 1] == "." || s[b - 1] == "," { b -= 1 }
                spans.append(QuoteSpan(range: (i + 1)..<b, text: Scalars.string(s[(i + 1)..<b])))
                found = true
            }
            i = end + 1
        }
        if found { spans.sort { $0.range.lowerBound < $1.range.lowerBound } }
    }

    static let quotingEndings = ["고", "라고", "이라고", "며", "라며", "이라며"].map { Array($0.unicodeScalars) }
}
