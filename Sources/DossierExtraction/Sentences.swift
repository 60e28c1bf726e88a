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
    /// Where the sentence's UTF-8 lies in the report text it was split from (its scalars are a
    /// run of the text's scalars), so that its `String` can be copied rather than encoded.
    var utf8: Range<Int> = 0..<0

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
        // The UTF-8 offset in the text of scalar `textScalar`: between lines lie only `\n`s
        // (one byte each), so each line's scalars are counted once.
        var textScalar = 0
        var textOffset = 0
        for (scalars, lineStart) in lines(text) {
            textOffset += lineStart - textScalar
            let quotes = findQuotes(scalars)
            let furniture = isFurniture(scalars)
            var cuts: [Int] = []
            var i = 0
            while i < scalars.count {
                let s = scalars[i]
                if (s == "." || s == "?" || s == "!" || s == "。") && !quotes.contains(where: { $0.range.contains(i) }) {
                    let next = i + 1 < scalars.count ? scalars[i + 1] : " "
                    if Scalars.isSpace(next) && !isAbbreviation(scalars, dot: i) {
                        cuts.append(i + 1)
                    }
                }
                i += 1
            }
            cuts.append(scalars.count)
            var start = 0
            // The UTF-8 offset of scalar `counted` of the line, walked forward sentence by sentence.
            var counted = 0
            var offset = textOffset
            for cut in cuts where cut > start {
                var a = start
                var b = cut
                while a < b, Scalars.isSpace(scalars[a]) { a += 1 }
                while b > a, Scalars.isSpace(scalars[b - 1]) { b -= 1 }
                start = cut
                guard a < b else { continue }
                offset += Scalars.utf8Count(scalars[counted..<a])
                let utf8Start = offset
                offset += Scalars.utf8Count(scalars[a..<b])
                counted = b
                let part = Array(scalars[a..<b])
                number += 1
                let spans = quotes.compactMap { q -> QuoteSpan? in
                    guard q.range.lowerBound >= a, q.range.upperBound <= b else { return nil }
                    return QuoteSpan(range: (q.range.lowerBound - a)..<(q.range.upperBound - a), text: q.text)
                }
                sentences.append(
                    Sentence(
                        number: number,
                        scalars: part,
                        quotes: spans,
                        isWholeLine: a == 0 && b >= scalars.count - 1 && cuts.count == 1,
                        isFurniture: furniture,
                        utf8: utf8Start..<offset
                    )
                )
            }
            textOffset = offset + Scalars.utf8Count(scalars[counted...])
            textScalar = lineStart + scalars.count
        }
        return sentences
    }

    /// The non-empty lines of the text, as scalars, each with the offset of its first scalar in
    /// the text. A line ends at `\n` but not at `\r\n` (one `Character`, as
    /// `String.split(separator: "\n")` sees it).
    static func lines(_ text: String) -> [(scalars: [Unicode.Scalar], start: Int)] {
        let all = Scalars.array(text)
        var out: [(scalars: [Unicode.Scalar], start: Int)] = []
        var start = 0
        for i in 0...all.count where i == all.count || (all[i] == "\n" && !(i > 0 && all[i - 1] == "\r")) {
            if i > start { out.append((Array(all[start..<i]), start)) }
            start = i + 1
        }
        return out
    }

    /// Words opening a line of page furniture, before a space, a colon or a digit.
    static let furnitureOpeners: [[Unicode.Scalar]] = [
        "입력", "기사입력", "수정", "최종수정", "등록", "승인", "업데이트", "Published", "Updated", "Posted",
        "Last updated", "Modified", "Posted on", "Published on",
    ].map { Array($0.unicodeScalars) }
    /// Marks opening a photo caption line.
    static let captionOpeners: [[Unicode.Scalar]] = [
        "▲", "△", "[사진", "(사진", "사진:", "사진=", "Photo:", "Photo -", "Photo –", "Photo —", "FILE PHOTO:",
        "File photo:", "Caption:", "Image:",
    ].map {
        Array($0.unicodeScalars)
    }

    /// Whether a line opens with a photo caption mark (`▲`, `Photo:`).
    static func opensCaption(_ line: [Unicode.Scalar]) -> Bool {
        var a = 0
        while a < line.count, Scalars.isSpace(line[a]) { a += 1 }
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

    static let copyrightFirsts = Set(copyrightOpeners.compactMap(\.first))

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
        guard line.count - a <= 80, let k = Scalars.find(reporterScalars, in: line) else { return false }
        // `기자` as a word, then an address, a slash or bar, or `입력`.
        guard k > a, Scalars.isSpace(line[k - 1]),
            k + 2 == line.count || Scalars.isSpace(line[k + 2]) || line[k + 2] == "]" || line[k + 2] == "="
        else { return false }
        return line.contains("@") || line.contains("/") || line.contains("|")
            || Scalars.find(inputScalars, in: line) != nil
    }

    static let reporterScalars = Array("기자".unicodeScalars)
    static let inputScalars = Array("입력".unicodeScalars)

    /// Whether a line is page furniture or a photo caption: only its first words and the
    /// bracket closing it are looked at.
    static func isFurniture(_ line: [Unicode.Scalar]) -> Bool {
        var a = 0
        while a < line.count, Scalars.isSpace(line[a]) { a += 1 }
        for w in furnitureOpeners where KoreanNumbers.matches(line, at: a, w) {
            let k = a + w.count
            if k >= line.count || Scalars.isSpace(line[k]) || line[k] == ":" || Scalars.isDigit(line[k]) { return true }
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
        var a = dot
        while a > 0, Scalars.isLatin(s[a - 1]) || s[a - 1] == "." { a -= 1 }
        guard a < dot else { return false }
        let view = Scalars.string(s[a..<dot])
        let word = view
        if word.count == 1, Scalars.isUpper(s[a]) { return true }
        return abbreviations.contains(word)
    }

    /// Quotations in double marks (“…”, "…", 「…」). Single marks inside are left alone; a
    /// quotation left open closes at the end of the line, or where the next one opens.
    static func findQuotes(_ s: [Unicode.Scalar]) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var open: Int?
        func close(_ end: Int) {
            guard let start = open else { return }
            var a = start
            var b = end
            while a < b, Scalars.isSpace(s[a]) { a += 1 }
            while b > a, Scalars.isSpace(s[b - 1]) || s[b - 1] == "." || s[b - 1] == "," { b -= 1 }
            if a < b {
                let view = Scalars.string(s[a..<b])
                spans.append(QuoteSpan(range: a..<b, text: view))
            }
            open = nil
        }
        var sawSingleOpen = false
        for (i, c) in s.enumerated() {
            // Every mark is `"` or lies in U+2018...U+300F: one test skips all other scalars.
            if c.value != 0x22, c.value < 0x2018 || c.value > 0x300F { continue }
            if c == "\u{2018}" {
                sawSingleOpen = true
                continue
            }
            if Scalars.isDoubleOpen(c) {
                if open != nil { close(i) }
                open = i + 1
            } else if Scalars.isDoubleClose(c) {
                close(i)
            } else if c == "\"" {
                if open != nil {
                    close(i)
                } else {
                    open = i + 1
                }
            }
        }
        if open != nil { close(s.count) }
        if sawSingleOpen { addSingleMarkedSpeech(s, to: &spans) }
        return spans
    }

    /// Words said, in single marks: `‘주력 모델의 API 가격을 최대 85% 인하한다’고 덧붙였다`. The
    /// marks also hold names (`‘엑사원’`), so only three words or more count, closed by a quoting
    /// ending (`고`, `라고`, `이라고`, `며`, `라며`) and outside double marks.
    static func addSingleMarkedSpeech(_ s: [Unicode.Scalar], to spans: inout [QuoteSpan]) {
        var found = false
        var i = 0
        while i < s.count {
            guard s[i] == "\u{2018}", !spans.contains(where: { $0.range.contains(i) }),
                let end = s[(i + 1)...].firstIndex(of: "\u{2019}")
            else {
                i += 1
                continue
            }
            let inner = s[(i + 1)..<end]
            if inner.lazy.filter({ Scalars.isSpace($0) }).count >= 2, !inner.contains("\u{2018}"),
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
