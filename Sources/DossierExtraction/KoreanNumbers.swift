/// A number read from text: `100만`, `3만 8천`, `1억 2천만`, `38,000`, `2.5 billion`.
struct NumberMatch: Sendable, Hashable {
    var value: Double
    /// Scalar offsets of the number in its sentence.
    var range: Range<Int>
    /// Whether `여` (`2만여`) followed the number.
    var approximate: Bool
}

/// Reads Korean and English numbers by hand.
enum KoreanNumbers {
    static func bigMagnitude(_ s: Unicode.Scalar) -> Double? {
        switch s {
        case "만": return 1e4
        case "억": return 1e8
        case "조": return 1e12
        default: return nil
        }
    }

    static func smallMagnitude(_ s: Unicode.Scalar) -> Double? {
        switch s {
        case "천": return 1e3
        case "백": return 1e2
        case "십": return 1e1
        default: return nil
        }
    }

    /// Reads plain digits with thousands commas and a decimal point at `i`.
    static func digits(_ s: [Unicode.Scalar], _ i: inout Int) -> Double? {
        let n = s.count
        guard i < n, Scalars.isDigit(s[i]) else { return nil }
        // All the digits as one whole number, divided once by the power of ten of the fraction's
        // length: one rounding, so `0.3` reads as the double nearest 0.3 (adding 3 × 0.1 gave
        // 0.30000000000000004).
        var digits = 0.0
        var scale = 1.0
        var inFraction = false
        while i < n {
            let c = s[i]
            if Scalars.isDigit(c) {
                digits = digits * 10 + Double(Scalars.digitValue(c))
                if inFraction { scale *= 10 }
                i += 1
            } else if c == ",", !inFraction, i + 1 < n, Scalars.isDigit(s[i + 1]) {
                i += 1
            } else if c == ".", !inFraction, i + 1 < n, Scalars.isDigit(s[i + 1]) {
                inFraction = true
                i += 1
            } else {
                break
            }
        }
        return digits / scale
    }

    /// Reads a number starting at `start`, with Korean magnitudes (`만`, `억`, `조`, `천`) or an
    /// English scale word (`million`, `billion`) after it.
    static let dateUnits: [Unicode.Scalar] = ["년", "월", "일", "세", "시", "분"]

    static func read(_ s: [Unicode.Scalar], at start: Int) -> NumberMatch? {
        let n = s.count
        var i = start
        var total = 0.0
        var group = 0.0
        var sawKoreanMagnitude = false
        // Magnitudes only fall: `1천 9백 10만` is (1천 + 9백 + 10)만, `1조 2천억` is 1조 + 2천억.
        var lastSmall = Double.infinity
        var lastBig = Double.infinity
        while true {
            guard let d = digits(s, &i) else { break }
            var value = d
            var tookSmall = false
            if i < n, let small = smallMagnitude(s[i]), small < lastSmall {
                value *= small
                i += 1
                sawKoreanMagnitude = true
                tookSmall = true
                lastSmall = small
            }
            group += value
            if i < n, let big = bigMagnitude(s[i]), big < lastBig {
                total += group * big
                group = 0
                i += 1
                sawKoreanMagnitude = true
                lastBig = big
                lastSmall = .infinity
            } else if !tookSmall {
                // Plain digits end the number: `1천484` reads 484 as the last part.
                break
            }
            // `1천484억`: digits right after a magnitude go on.
            if i < n, Scalars.isDigit(s[i]) { continue }
            // `3만 8천`, `2천 6백만`: after one space, only digits with a smaller magnitude go on.
            var j = i
            if j < n, Scalars.isSpace(s[j]) { j += 1 }
            if j < n, Scalars.isDigit(s[j]) {
                var k = j
                _ = digits(s, &k)
                if k < n,
                    smallMagnitude(s[k]).map({ $0 < lastSmall }) ?? false
                        || bigMagnitude(s[k]).map({ $0 < lastBig }) ?? false
                {
                    i = j
                    continue
                }
                // `21만 5900 위안`, `8만 8898대`, `22만 9,800위안`: a whole number under 10,000 after a big
                // magnitude is its last part (not a year, a date or a decimal).
                var m = j
                if group == 0, lastBig < .infinity, let rest = digits(s, &m), rest < 10_000,
                    s[j..<m].allSatisfy({ Scalars.isDigit($0) || $0 == "," }),
                    m >= n
                        || !(s[m] == "." || s[m] == "," || s[m] == "%" || Scalars.isDigit(s[m])
                            || Self.dateUnits.contains(s[m]))
                {
                    group = rest
                    i = m
                }
            }
            break
        }
        guard i > start else { return nil }
        total += group
        var approximate = false
        do {
            if i < n, s[i] == "여" {
                approximate = true
                i += 1
            }
        }
        if !sawKoreanMagnitude {
            // English scale words: `1 million`, `2.5 billion`.
            var j = i
            if j < n, Scalars.isSpace(s[j]) { j += 1 }
            // Every scale word starts with `t`, `m` or `b`: the list is not built for other numbers.
            guard j < n, s[j] == "t" || s[j] == "m" || s[j] == "b" else {
                return NumberMatch(value: total, range: start..<i, approximate: approximate)
            }
            let scales: [(String, Double)] = [
                ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("mln", 1e6),
                ("bn", 1e9),
            ]
            for (word, factor) in scales where matches(s, at: j, word) {
                let after = j + word.unicodeScalars.count
                if after >= n || !Scalars.isLatin(s[after]) {
                    total *= factor
                    // `8.3 million`: 8.3 × 10⁶ is 8300000.000000001 in binary; a whole number it is.
                    let whole = total.rounded()
                    if abs(total - whole) <= 1e-9 * Swift.max(1, abs(total)) { total = whole }
                    i = after
                    break
                }
            }
        }
        return NumberMatch(value: total, range: start..<i, approximate: approximate)
    }

    /// Whether the scalars of `word` are written at offset `i`.
    static func matches(_ s: [Unicode.Scalar], at i: Int, _ word: [Unicode.Scalar]) -> Bool {
        guard i >= 0, i + word.count <= s.count else { return false }
        // Through buffer pointers (the guard keeps every read in range): the rules try words at
        // every offset of a sentence here, and the checked reads were most of the cost.
        return s.withUnsafeBufferPointer { sb in
            word.withUnsafeBufferPointer { wb in
                guard let sp = sb.baseAddress, let wp = wb.baseAddress else { return true }
                let n = wb.count
                var k = 0
                while k < n {
                    if sp[i &+ k] != wp[k] { return false }
                    k &+= 1
                }
                return true
            }
        }
    }

    /// Whether `word` is written at offset `i`.
    static func matches(_ s: [Unicode.Scalar], at i: Int, _ word: String) -> Bool {
        var j = i
        for c in word.unicodeScalars {
            guard j < s.count, s[j] == c else { return false }
            j += 1
        }
        return true
    }
}
