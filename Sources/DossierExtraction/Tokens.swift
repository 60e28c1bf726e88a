/// A word of a sentence with its punctuation taken off and noted.
struct Token: Sendable {
    /// The word without quotation marks, trailing punctuation or parenthesis.
    var text: String
    /// The word with its particle (josa) taken off.
    var base: String
    /// The particle taken off, if any.
    var particle: String?
    /// What a parenthesis attached to the word held (`치우위에펑(邱跃鹏)` → `邱跃鹏`).
    var paren: String?
    /// Whether a comma follows.
    var comma = false
    /// Whether a full stop follows.
    var period = false
    /// Whether a quotation mark opens before the word or closes after it.
    var quoteBefore = false
    var quoteAfter = false
    /// The lexicon org the word names (by text, else by base), set once per report.
    var orgIndex: Int?
    /// Scalar offsets of the word in its sentence.
    var start: Int
    var end: Int
    /// The scalars of `text`; `base` is the first `baseLength` of them.
    var scalars: [Unicode.Scalar] = []
    var baseLength = 0

    var textScalars: ArraySlice<Unicode.Scalar> { scalars[...] }
    var baseScalars: ArraySlice<Unicode.Scalar> { scalars[..<baseLength] }

    /// Whether the word looks like a bare noun: no particle, punctuation or verb ending.
    var isBare: Bool {
        guard particle == nil, !comma, !period, let last = scalars.last else { return false }
        return !Token.verbEndings.contains(last)
    }

    /// An array: a dozen comparisons cost less than hashing a scalar.
    static let verbEndings: [Unicode.Scalar] = ["다", "고", "며", "서", "한", "된", "던", "할", "될", "게", "면", "해"]
}

/// Splits a sentence into tokens by hand.
enum Tokenizer {
    static func tokens(_ s: [Unicode.Scalar], lexicon: Lexicon) -> [Token] {
        var out: [Token] = []
        var i = 0
        let n = s.count
        while i < n {
            while i < n, Scalars.isSpace(s[i]) { i += 1 }
            guard i < n else { break }
            let start = i
            var text: [Unicode.Scalar] = []
            text.reserveCapacity(16)
            var paren: [Unicode.Scalar] = []
            var hasParen = false
            var token = Token(text: "", base: "", start: start, end: start)
            while i < n, !Scalars.isSpace(s[i]) {
                let c = s[i]
                if c == "(" || c == "（" {
                    var depth = 1
                    i += 1
                    if hasParen { paren.append(contentsOf: ", ".unicodeScalars) }
                    hasParen = true
                    while i < n {
                        if s[i] == "(" || s[i] == "（" { depth += 1 }
                        if s[i] == ")" || s[i] == "）" {
                            depth -= 1
                            if depth == 0 { break }
                        }
                        paren.append(s[i])
                        i += 1
                    }
                    i += 1
                    continue
                }
                if Scalars.isQuote(c) {
                    if text.isEmpty { token.quoteBefore = true } else { token.quoteAfter = true }
                    i += 1
                    continue
                }
                if c == "," || c == "、" || c == "，" {
                    let digitsAround =
                        i > 0 && i + 1 < n && Scalars.isDigit(s[i - 1]) && Scalars.isDigit(s[i + 1])
                    if !digitsAround {
                        token.comma = true
                        i += 1
                        break
                    }
                }
                if c == "." || c == "!" || c == "?" || c == ";" || c == ":" {
                    let next = i + 1 < n ? s[i + 1] : " "
                    if Scalars.isSpace(next) || Scalars.isQuote(next) || next == "," || c != "." {
                        token.period = true
                        i += 1
                        continue
                    }
                }
                text.append(c)
                i += 1
            }
            token.end = i
            if text.isEmpty && !hasParen { continue }
            token.text = Scalars.string(text)
            token.scalars = text
            if hasParen {
                let p = Scalars.string(paren).trimmed()
                if !p.isEmpty { token.paren = p }
            }
            if token.text.isEmpty, let p = token.paren, var last = out.popLast() {
                // A parenthesis standing alone belongs to the word before it.
                last.paren = last.paren ?? p
                last.end = token.end
                last.comma = last.comma || token.comma
                out.append(last)
                continue
            }
            let (baseLength, particle) = stripParticle(text[...], lexicon: lexicon)
            token.baseLength = baseLength
            if let particle {
                token.particle = particle
                token.base = Scalars.string(text[..<baseLength])
            } else {
                token.base = token.text
            }
            out.append(token)
        }
        return out
    }

    static let possessives: [[Unicode.Scalar]] = [["'", "s"], ["\u{2019}", "s"]]

    /// Takes the longest particle off a word that ends in Hangul, leaving at least one letter.
    static func stripParticle(_ word: String, lexicon: Lexicon) -> (String, String?) {
        let w = Array(word.unicodeScalars)
        let (n, particle) = stripParticle(w[...], lexicon: lexicon)
        return particle == nil ? (word, nil) : (Scalars.string(w[..<n]), particle)
    }

    /// The same on scalars: the length of the word without its particle, and the particle.
    static func stripParticle(_ w: ArraySlice<Unicode.Scalar>, lexicon: Lexicon) -> (Int, String?) {
        guard let last = w.last, Scalars.isHangul(last) else {
            if w.hasSuffix(possessives[0]) || w.hasSuffix(possessives[1]) { return (w.count - 2, "'s") }
            return (w.count, nil)
        }
        guard let k = lexicon.particleWords.longestSuffix(of: w, upTo: w.count - 1) else { return (w.count, nil) }
        return (w.count - k, Scalars.string(w[(w.endIndex - k)...]))
    }
}
