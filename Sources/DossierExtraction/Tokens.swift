/// A word of a sentence with its punctuation taken off and noted. Its `String`s are made when
/// first asked for (most rules look at the scalars only); a token belongs to one extraction, on
/// one thread.
///
/// A pointer to its fields in its sentence's `TokenStore`, written for speed: tokens were objects
/// of their own (allocating and freeing one per word was about 6% of extraction), then values that
/// retained their store on every copy (retains and releases, and the releases of every `[Token]`
/// element, were about a tenth of extraction). Now a token is a plain pointer, copied for free;
/// the store is owned by the sentence (`TokenList`, `AnalyzedSentence`), which outlives every
/// token of it: tokens are used only inside the extraction run that holds the sentences.
struct Token {
    private let fields: UnsafeMutablePointer<TokenFields>

    init(store: TokenStore, index: Int) {
        fields = store.fields + index
    }

    /// The fields, by pointer: each field read is a load of that field. Handed over as a
    /// `borrowing TokenFields`, the fields were copied whole (their four strings and slice
    /// retained, then released) wherever the closure was not inlined into a plain field read.
    @inline(__always)
    private func read<T>(_ body: (UnsafeMutablePointer<TokenFields>) -> T) -> T {
        body(fields)
    }

    /// The word without quotation marks, trailing punctuation or parenthesis.
    var text: String {
        if fields.pointee.has(TokenFields.textSlot) { return fields.pointee.strings[TokenFields.textSlot] }
        let t = Scalars.string(fields.pointee.scalars)
        fields.pointee.set(TokenFields.textSlot, t)
        return t
    }

    /// The word with its particle (josa) taken off.
    var base: String {
        if !fields.pointee.has(TokenFields.particleSlot) { return text }
        if fields.pointee.has(TokenFields.baseSlot) { return fields.pointee.strings[TokenFields.baseSlot] }
        let b = Scalars.string(baseScalars)
        fields.pointee.set(TokenFields.baseSlot, b)
        return b
    }

    /// The particle taken off, if any.
    var particle: String? { read { $0.pointee.string(TokenFields.particleSlot) } }
    /// Whether the particle is `의` (a scalar test: no `String` is made).
    var hasPossessiveParticle: Bool {
        read { f in f.pointee.baseLength == f.pointee.scalars.count - 1 && f.pointee.scalars.last == "의" }
    }
    /// Whether the word ends with the English possessive `'s` (or `’s`), taken off as its particle.
    var isEnglishPossessive: Bool {
        read { f in
            f.pointee.baseLength == f.pointee.scalars.count - 2 && f.pointee.scalars.last == "s"
                && (f.pointee.scalars[f.pointee.scalars.endIndex - 2] == "'"
                    || f.pointee.scalars[f.pointee.scalars.endIndex - 2] == "\u{2019}")
        }
    }
    /// What a parenthesis attached to the word held (`치우위에펑(邱跃鹏)` → `邱跃鹏`).
    var paren: String? { read { $0.pointee.string(TokenFields.parenSlot) } }
    /// Whether a parenthesis is attached to the word (no `String` copied).
    var hasParen: Bool { read { $0.pointee.has(TokenFields.parenSlot) } }
    /// Whether every scalar of the word is a Hangul syllable, an ASCII letter or a digit (the
    /// tokenizer's fast path): then no scalar needs Unicode case mapping, and the rules' scans for
    /// one can be skipped.
    var isPlainWord: Bool { read { $0.pointee.plain } }
    /// Whether a comma follows.
    var comma: Bool { read { $0.pointee.comma } }
    /// Whether a full stop follows.
    var period: Bool { read { $0.pointee.period } }
    /// Whether a quotation mark opens before the word or closes after it.
    var quoteBefore: Bool { read { $0.pointee.quoteBefore } }
    var quoteAfter: Bool { read { $0.pointee.quoteAfter } }
    /// The lexicon org the word names (by text, else by base).
    var orgIndex: Int? { read { $0.pointee.orgIndex } }

    /// Makes the word name another lexicon org (`Hanwha` of `Hanwha Aerospace`).
    func setOrgIndex(_ k: Int?) { fields.pointee.orgIndex = k }

    /// Makes the first `length` scalars the word's base and the rest, `particle`, its particle:
    /// the tokenizer took the longest particle it knew (`푸리에는` → `푸리` and `에는`) where the report
    /// glosses the longer name elsewhere (`푸리에(傅利叶)가`: `ExtractionRun.rebaseGlossedNames`).
    func rebase(length: Int, particle: String?) { fields.pointee.rebase(length: length, particle: particle) }
    /// Scalar offsets of the word in its sentence.
    var start: Int { read { $0.pointee.start } }
    var end: Int { read { $0.pointee.end } }
    /// The scalars of `text`, read in place from the buffer the sentence's tokens share (a `Word`:
    /// no reference counted); `base` is the first `baseLength` of them.
    var scalars: Word { read { $0.pointee.scalars } }
    var baseLength: Int { read { $0.pointee.baseLength } }

    var textScalars: Word { scalars }
    /// The first `baseLength` of `scalars` (made without a bounds check: the tokenizer set
    /// `baseLength` to at most the word's length). Rules ask for this constantly, about 650 000
    /// calls a measured run.
    var baseScalars: Word {
        // Inlined: two loads and an addition, where the call (out of line in the rules' loops)
        // cost more than the work.
        @inline(__always) get { read { $0.pointee.scalars.prefix(unchecked: $0.pointee.baseLength) } }
    }

    /// The first and the last scalar of `text`, read in place (no slice made and released: rules
    /// test them at every word).
    var firstScalar: Unicode.Scalar? { read { $0.pointee.scalars.first } }
    var lastScalar: Unicode.Scalar? { read { $0.pointee.scalars.last } }

    /// Whether the word carries a particle.
    var hasParticle: Bool { read { $0.pointee.has(TokenFields.particleSlot) } }

    /// Whether `baseScalars` is a title (`ExtractionRun.isTitle(_:titles:)` with `titles`), worked
    /// out at the first ask and kept in the token: the rules ask it of the same words again and
    /// again (`findKoreanPeople` of each word, `mentions` of each word's follower, …), about
    /// 160 000 times a measured run for some 60 000 tokens, at about 180 instructions a test. A
    /// run has one lexicon, so the titles are the same at every ask.
    @inline(__always)
    func isTitleBase(titles: WordSet) -> Bool {
        let known = fields.pointee.titleBase
        if known != 0 { return known == 2 }
        let r = ExtractionRun.isTitle(baseScalars, titles: titles)
        fields.pointee.titleBase = r ? 2 : 1
        return r
    }

    /// Whether the particle is one of `set` (`set.contains(particle)`), tested on the particle's
    /// scalars without making its `String` when they are Hangul syllables or ASCII (always, with
    /// the built-in particles): for such text scalar equality is `String` equality.
    func hasParticle(in set: TextSet) -> Bool {
        read { f in
            guard f.pointee.has(TokenFields.particleSlot) else { return false }
            let tail = f.pointee.scalars[(f.pointee.scalars.startIndex + f.pointee.baseLength)...]
            // A plain word (the tokenizer's flag) is plain in every part: no scan needed.
            if f.pointee.plain || TextSet.isPlain(tail) { return set.words.index(of: tail) != nil }
            // `’s` (noted as `'s`), or a particle of a lexicon file in another form.
            return set.contains(f.pointee.strings[TokenFields.particleSlot])
        }
    }

    /// Whether `base` is one of `set`, tested the same way (no `String` made for plain words).
    func isBase(in set: TextSet) -> Bool {
        let w = baseScalars
        return isPlainWord || TextSet.isPlain(w) ? set.words.index(of: w) != nil : set.contains(base)
    }

    /// Whether `text` is one of `set`, tested the same way.
    func isText(in set: TextSet) -> Bool {
        let w = scalars
        return isPlainWord || TextSet.isPlain(w) ? set.words.index(of: w) != nil : set.contains(text)
    }

    /// Whether the word looks like a bare noun: no particle, punctuation or verb ending.
    var isBare: Bool {
        read { f in
            guard !f.pointee.has(TokenFields.particleSlot), !f.pointee.comma, !f.pointee.period,
                let last = f.pointee.scalars.last
            else { return false }
            return !Token.verbEndings.contains(last)
        }
    }

    /// An array: a dozen comparisons cost less than hashing a scalar.
    static let verbEndings: [Unicode.Scalar] = ["다", "고", "며", "서", "한", "된", "던", "할", "될", "게", "면", "해"]
}

/// Words or particles a rule tests tokens for (`Token.isText(in:)`, `Token.hasParticle(in:)`): a
/// `Set` of `TextKey`s (`String` equality) and the same words as a `WordSet`, for the test by
/// scalars.
struct TextSet: ExpressibleByArrayLiteral, Sendable {
    private let keys: Set<TextKey>
    let words: WordSet

    init(_ elements: [String]) {
        keys = Set(elements.map { TextKey($0) })
        words = WordSet(elements)
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    func contains(_ text: String) -> Bool { keys.contains(TextKey(text)) }

    /// Whether the scalars are Hangul syllables or ASCII: text in NFC whatever its neighbours,
    /// for which equal scalars and equal `String`s are the same thing.
    @inline(__always)
    static func isPlain(_ w: some ScalarWord) -> Bool {
        w.allSatisfy { Scalars.isHangul($0) || $0.value < 0x80 }
    }
}

/// What a token holds, in its sentence's `TokenStore`: a trivial type (nothing to release), its
/// `String`s kept in four slots of the store's string buffer that `strings` points at, the ones
/// initialised noted in `stringsSet`. Four optional `String`s in the fields had every token's
/// fields destroyed one by one at the sentence's teardown (the runtime's generic array destroy,
/// about 50 instructions a token, 10 M of a measured run's 500 M); now the store deinitialises the
/// strings that were made, and nothing else.
struct TokenFields {
    /// The word (`Token.text`), made at the first ask.
    static let textSlot = 0
    /// The base (`Token.base`), made at the first ask (only for a word with a particle).
    static let baseSlot = 1
    /// The particle, set by the tokenizer.
    static let particleSlot = 2
    /// What a parenthesis attached to the word held, set by the tokenizer.
    static let parenSlot = 3
    /// How many slots a token has.
    static let slots = 4

    /// The token's `slots` slots in its store's string buffer.
    let strings: UnsafeMutablePointer<String>
    /// Which of `strings` are initialised, a bit each (bit `k` for slot `k`).
    private(set) var stringsSet: UInt8 = 0
    let comma: Bool
    let period: Bool
    let quoteBefore: Bool
    let quoteAfter: Bool
    let plain: Bool
    var orgIndex: Int?
    /// `Token.isTitleBase`'s answer: 0 not yet asked, 1 no, 2 yes.
    var titleBase: UInt8 = 0
    let start: Int
    let end: Int
    /// The word's scalars in the store's buffer.
    let scalars: Word
    /// How many of `scalars` the base keeps (at most their count; `rebase` may lengthen it).
    private(set) var baseLength: Int

    init(
        _ d: borrowing TokenDraft,
        strings: UnsafeMutablePointer<String>,
        scalars: Word,
        baseLength: Int,
        particle: String?,
        paren: String?,
        orgIndex: Int?
    ) {
        self.strings = strings
        comma = d.comma
        period = d.period
        quoteBefore = d.quoteBefore
        quoteAfter = d.quoteAfter
        plain = d.plain
        self.orgIndex = orgIndex
        start = d.start
        end = d.end
        self.scalars = scalars
        precondition(baseLength >= 0 && baseLength <= scalars.count, "base longer than its word")
        self.baseLength = baseLength
        if let particle { set(Self.particleSlot, particle) }
        if let paren { set(Self.parenSlot, paren) }
    }

    /// Whether slot `k` holds a string.
    @inline(__always)
    func has(_ k: Int) -> Bool { stringsSet & (1 << k) != 0 }

    /// The string of slot `k`, if it holds one.
    @inline(__always)
    func string(_ k: Int) -> String? { has(k) ? strings[k] : nil }

    /// Puts `s` in slot `k`, which holds none yet (each slot is written once).
    @inline(__always)
    mutating func set(_ k: Int, _ s: String) {
        precondition(!has(k), "token string slot written twice")
        (strings + k).initialize(to: s)
        stringsSet |= 1 << k
    }

    /// Keeps `length` scalars as the base and `particle` as the particle (`Token.rebase`): the
    /// base made at an earlier ask and the title test's answer are dropped with the old base.
    mutating func rebase(length: Int, particle: String?) {
        precondition(length >= 0 && length <= scalars.count, "base longer than its word")
        for k in [Self.baseSlot, Self.particleSlot] where has(k) {
            _ = (strings + k).move()
            stringsSet &= ~(1 << k)
        }
        baseLength = length
        titleBase = 0
        if let particle { set(Self.particleSlot, particle) }
    }

    /// Deinitialises the strings the slots hold (the store's teardown). Each is moved out and
    /// dropped, a plain release: `deinitialize(count: 1)` went through the runtime's value
    /// witnesses (an outlined destroy, `String`'s witness, then `Character`'s), about 65
    /// instructions a string.
    func deinitializeStrings() {
        var k = 0
        var set = stringsSet
        while set != 0 {
            if set & 1 != 0 { _ = (strings + k).move() }
            set >>= 1
            k += 1
        }
    }
}

/// Where a `TokenStore`'s parts lie in its tail, and how many tokens it holds.
struct TokenStoreHeader {
    let fields: UnsafeMutablePointer<TokenFields>
    let strings: UnsafeMutablePointer<String>
    let scalars: UnsafeMutablePointer<Unicode.Scalar>
    /// How many of `fields` are initialised.
    var count = 0
    let capacity: Int
}

/// The fields of one sentence's tokens, their string slots and the buffer their words point into
/// (see `Word`), all in the tail of the store's own object: one allocation a sentence, where the
/// object and its three buffers (the fields, the slots, the scalars) cost three more `malloc`s
/// and `free`s, about 800 instructions of the store's 1 250.
final class TokenStore: ManagedBuffer<TokenStoreHeader, UInt64> {
    /// The tokens' fields, `count` of them initialised.
    var fields: UnsafeMutablePointer<TokenFields> { header.fields }
    /// How many of `fields` are initialised.
    var count: Int { header.count }
    /// The tokens' scalars, one word after the other (`Tokenizer.draft`): the fields' `Word`s point
    /// into it, so it lives exactly as long as they do.
    var scalars: UnsafeMutablePointer<Unicode.Scalar> { header.scalars }

    /// Where each part lies in the tail, and its size in bytes: the fields first, then the
    /// strings (`TokenFields.slots` a token; a slot is initialised when its token's fields say so),
    /// then the scalars, each at its type's alignment.
    struct Layout: Equatable {
        let stringsOffset: Int
        let scalarsOffset: Int
        let byteCount: Int
        let alignment: Int

        init(capacity: Int, scalarCount: Int) {
            let fieldsBytes = MemoryLayout<TokenFields>.stride * capacity
            stringsOffset = Self.roundUp(fieldsBytes, to: MemoryLayout<String>.alignment)
            let stringsEnd = stringsOffset + MemoryLayout<String>.stride * capacity * TokenFields.slots
            scalarsOffset = Self.roundUp(stringsEnd, to: MemoryLayout<Unicode.Scalar>.alignment)
            byteCount = Swift.max(scalarsOffset + MemoryLayout<Unicode.Scalar>.stride * scalarCount, 1)
            alignment = Swift.max(
                MemoryLayout<TokenFields>.alignment,
                MemoryLayout<String>.alignment,
                MemoryLayout<Unicode.Scalar>.alignment
            )
        }

        /// `n` rounded up to a multiple of `a` (a power of two).
        static func roundUp(_ n: Int, to a: Int) -> Int { (n + a - 1) & ~(a - 1) }
    }

    /// A store for `capacity` tokens whose words are `source`'s scalars, copied into the
    /// store's own tail.
    static func make(capacity: Int, scalars source: UnsafeBufferPointer<Unicode.Scalar>) -> TokenStore {
        let layout = Layout(capacity: capacity, scalarCount: source.count)
        // The tail's words are 8-aligned, as every part needs (`Layout.alignment`, a test says so).
        precondition(layout.alignment <= MemoryLayout<UInt64>.alignment, "token store alignment")
        let words = (layout.byteCount + MemoryLayout<UInt64>.stride - 1) / MemoryLayout<UInt64>.stride
        let store = create(minimumCapacity: words) { buffer in
            buffer.withUnsafeMutablePointerToElements { tail in
                let block = UnsafeMutableRawPointer(tail)
                let scalars = (block + layout.scalarsOffset).bindMemory(
                    to: Unicode.Scalar.self,
                    capacity: source.count
                )
                if let base = source.baseAddress { scalars.initialize(from: base, count: source.count) }
                return TokenStoreHeader(
                    fields: block.bindMemory(to: TokenFields.self, capacity: capacity),
                    strings: (block + layout.stringsOffset).bindMemory(
                        to: String.self,
                        capacity: capacity * TokenFields.slots
                    ),
                    scalars: scalars,
                    capacity: capacity
                )
            }
        }
        // `create` makes an instance of the class it is called on.
        return unsafeDowncast(store, to: TokenStore.self)
    }

    /// Adds a token's fields, made in place; at most `capacity` are added.
    @inline(__always)
    func append(
        _ d: borrowing TokenDraft,
        scalars: Word,
        baseLength: Int,
        particle: String?,
        paren: String?,
        orgIndex: Int?
    ) {
        let h = header
        guard h.count < h.capacity else { return }
        (h.fields + h.count).initialize(
            to: TokenFields(
                d,
                strings: h.strings + h.count * TokenFields.slots,
                scalars: scalars,
                baseLength: baseLength,
                particle: particle,
                paren: paren,
                orgIndex: orgIndex
            )
        )
        header.count = h.count + 1
    }

    deinit {
        // The fields are trivial; only the strings made need deinitialising. `Unicode.Scalar` is
        // trivial too, and the header: the tail goes with the object.
        let h = header
        for i in 0..<h.count { h.fields[i].deinitializeStrings() }
        h.fields.deinitialize(count: h.count)
    }
}

/// A sentence's tokens with the store that holds their fields: keep the list (not only the
/// tokens) as long as a token is used.
struct TokenList {
    let store: TokenStore
    let tokens: [Token]
    /// What the tokenizer noted of the tokens as it made them.
    var summary = TokenSummary()
}

/// What a sentence's tokens hold, noted once by the tokenizer so that rules can pass over a
/// sentence that cannot match without walking its tokens (about 30 instructions a token for a
/// rule's cheapest tests, a dozen rules, most sentences).
struct TokenSummary: Equatable {
    /// Whether some token's first or last scalar is an ASCII letter: the English rules read
    /// nothing else (a capital or a lower-case letter opening the word, `'s`, `…ed`, `j…`).
    var hasLatinEdge = false
    /// Whether some token carries a parenthesis (`Token.hasParen`).
    var hasParen = false
    /// Whether some token names a lexicon org (`Token.orgIndex`; `joinTwoWordOrgs` changes only
    /// indexes that are set, so this stays true).
    var hasOrg = false
    /// Whether a quotation mark closes after some token (`Token.quoteAfter`): the rules for names
    /// in quotation marks read nothing else first.
    var hasQuoteAfter = false
    /// Whether two tokens side by side each have a base of two scalars or more that starts with an
    /// ASCII capital: an English name (`englishName`) is two such words at least, and every person
    /// `findEnglishPeople` finds is named by one.
    var hasCapitalPair = false

    /// The summary worked out from the tokens themselves (the slow definition, for tests).
    init(of tokens: [Token]) {
        hasLatinEdge = tokens.contains { t in
            t.scalars.first.map(Scalars.isLatin) == true || t.scalars.last.map(Scalars.isLatin) == true
        }
        hasParen = tokens.contains { $0.hasParen }
        hasOrg = tokens.contains { $0.orgIndex != nil }
        hasQuoteAfter = tokens.contains { $0.quoteAfter }
        hasCapitalPair = tokens.indices.dropFirst().contains { k in
            Self.isCapitalWord(tokens[k - 1].baseScalars) && Self.isCapitalWord(tokens[k].baseScalars)
        }
    }

    /// A base of two scalars or more starting with an ASCII capital (`hasCapitalPair`).
    @inline(__always)
    static func isCapitalWord(_ base: Word) -> Bool {
        base.count >= 2 && Scalars.isUpper(base[base.startIndex])
    }

    init() {}
}

/// A token while the tokenizer reads it: where its scalars lie in the sentence's buffer.
struct TokenDraft {
    /// A particle of the lexicon carries its entry in `Lexicon.particleWords`.
    /// `copula` and `joined` keep the text after the base as written.
    enum Particle { case none, possessive, suffix(entry: Int), copula, joined }

    var text: Range<Int>
    /// Whether every scalar of the word is a Hangul syllable, an ASCII letter or a digit (read by
    /// the tokenizer's fast path): then `Lexicon.knownOrg(plainWord:)` applies.
    var plain = true
    /// The index of the parenthesis in the tokenizer's list, or -1.
    var paren = -1
    var comma = false
    var period = false
    var quoteBefore = false
    var quoteAfter = false
    /// Whether a parenthesis closes the word (`새너제이(San Jose)`): a particle is written after the
    /// gloss, so the word before it keeps its last syllable.
    var glossClosesWord = false
    /// How many scalars of the word follow its parenthesis (`플랫폼사업본부(PFD)다`: 1).
    var afterGloss = 0
    var start: Int
    var end: Int
}

/// Splits a sentence into tokens by hand.
enum Tokenizer {
    /// The tokens of a sentence, each with the lexicon org it names.
    static func tokens(_ s: [Unicode.Scalar], lexicon: Lexicon) -> TokenList {
        var scratch = Scratch()
        return tokens(s, lexicon: lexicon, scratch: &scratch)
    }

    /// The lists the tokenizer fills for one sentence, kept for the next: a new array per
    /// sentence cost an allocation each (and `reserveCapacity` on an empty array is not cheap).
    struct Scratch {
        var drafts: [TokenDraft] = []
        var parens: [String] = []
        /// The words' scalars as `draft` writes them, copied into the sentence's `TokenStore`.
        var scalars: [Unicode.Scalar] = []
    }

    /// The same, reusing `scratch`'s lists.
    static func tokens(_ s: [Unicode.Scalar], lexicon: Lexicon, scratch: inout Scratch) -> TokenList {
        var out: [TokenDraft] = []
        var parens: [String] = []
        var words: [Unicode.Scalar] = []
        swap(&out, &scratch.drafts)
        swap(&parens, &scratch.parens)
        swap(&words, &scratch.scalars)
        out.removeAll(keepingCapacity: true)
        parens.removeAll(keepingCapacity: true)
        out.reserveCapacity(s.count / 3)
        // The scalars of every token, one after the other, written into a buffer as long as the
        // sentence (a word's scalars are the sentence's with marks taken out, so the writing never
        // passes the reading), then copied into the token store, which the tokens' `Word`s point
        // into: one copy, where appending each run of a word to an empty array cost about 90
        // instructions a run. The buffer is kept for the next sentence; it grows, never shrinks.
        if words.count < s.count {
            words = [Unicode.Scalar](repeating: " ", count: Swift.max(s.count, 2 * words.count))
        }
        let written = s.withUnsafeBufferPointer { s in
            words.withUnsafeMutableBufferPointer { b in
                // Through buffer pointers: no bounds checks in the scan (`i < n` guards every read).
                draft(s, into: b, out: &out, parens: &parens)
            }
        }
        let list = words.withUnsafeBufferPointer { b in
            fill(out, scalars: b, count: written, parens: parens, lexicon: lexicon)
        }
        swap(&out, &scratch.drafts)
        swap(&parens, &scratch.parens)
        swap(&words, &scratch.scalars)
        return list
    }

    /// Reads the words of `s` into `out`, their scalars into `b` (from the start; `b` is at
    /// least as long as `s`), and the parentheses into `parens`; returns how many scalars of `b`
    /// it wrote.
    private static func draft(
        _ s: UnsafeBufferPointer<Unicode.Scalar>,
        into b: UnsafeMutableBufferPointer<Unicode.Scalar>,
        out: inout [TokenDraft],
        parens: inout [String]
    ) -> Int {
        // How many scalars of `b` are written.
        var k = 0
        var i = 0
        let n = s.count
        // The text of the current word's parenthesis (one array for the sentence).
        var paren: [Unicode.Scalar] = []
        while i < n {
            while i < n, Scalars.isSpace(s[i]) { i += 1 }
            guard i < n else { break }
            let start = i
            let textStart = k
            var hasParen = false
            var textAtParen = -1
            var token = TokenDraft(text: textStart..<textStart, start: start, end: start)
            while i < n, !Scalars.isSpace(s[i]) {
                let c = s[i]
                let v = c.value
                if Self.isWordScalar(v) {
                    // Hangul, Latin letters and digits: always part of the word, copied as a run.
                    b[k] = c
                    k += 1
                    i += 1
                    while i < n, Self.isWordScalar(s[i].value) {
                        b[k] = s[i]
                        k += 1
                        i += 1
                    }
                    continue
                }
                if c == "(" || c == "（" {
                    var depth = 1
                    i += 1
                    if hasParen {
                        paren.append(contentsOf: ", ".unicodeScalars)
                    } else {
                        paren.removeAll(keepingCapacity: true)
                    }
                    hasParen = true
                    textAtParen = k
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
                    // `메이퇀(美团)·알리바바(阿里巴巴)와`: a middle dot after a parenthesis lists the
                    // next name, as a comma would.
                    if i < n, s[i] == "\u{B7}" || s[i] == "\u{318D}" || s[i] == "\u{30FB}" {
                        token.comma = true
                        i += 1
                        break
                    }
                    continue
                }
                // `TME's`, `Baidu’s`, `360's`: an apostrophe inside an English word before `s` is
                // the possessive, not a quotation mark.
                if c == "'" || c == "\u{2019}", k > textStart, Scalars.isLatin(b[k - 1]) || Scalars.isDigit(b[k - 1]),
                    i + 1 < n, s[i + 1] == "s", i + 2 >= n || !Scalars.isLatin(s[i + 2])
                {
                    b[k] = c
                    k += 1
                    token.plain = false
                    i += 1
                    continue
                }
                if Scalars.isQuote(c) {
                    if k == textStart { token.quoteBefore = true } else { token.quoteAfter = true }
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
                b[k] = c
                k += 1
                token.plain = false
                i += 1
            }
            token.end = i
            token.text = textStart..<k
            token.glossClosesWord = hasParen && textAtParen == k
            if hasParen { token.afterGloss = k - textAtParen }
            if token.text.isEmpty && !hasParen { continue }
            // The parenthesis's text only inside this test: an optional `String` kept for every
            // word cost a release per word.
            if hasParen {
                let p = Scalars.string(paren[Scalars.trimmedRange(paren)])
                if !p.isEmpty {
                    if token.text.isEmpty, !out.isEmpty {
                        // A parenthesis standing alone belongs to the word before it.
                        let last = out.count - 1
                        if out[last].paren < 0 {
                            out[last].paren = parens.count
                            parens.append(p)
                        }
                        out[last].end = token.end
                        out[last].comma = out[last].comma || token.comma
                        continue
                    }
                    token.paren = parens.count
                    parens.append(p)
                }
            }
            out.append(token)
        }
        return k
    }

    /// The tokens of the drafts: each with its particle and the lexicon org it names.
    /// `scalars` holds the words' `count` scalars (`draft`), copied into the store.
    private static func fill(
        _ out: [TokenDraft],
        scalars: UnsafeBufferPointer<Unicode.Scalar>,
        count: Int,
        parens: [String],
        lexicon: Lexicon
    ) -> TokenList {
        // (`prefix` stops at the buffer's end, whatever `count` says.)
        let store = TokenStore.make(capacity: out.count, scalars: UnsafeBufferPointer(rebasing: scalars.prefix(count)))
        let buffer = UnsafePointer(store.scalars)
        var summary = TokenSummary()
        // Whether the token before has a capital word for a base (`TokenSummary.hasCapitalPair`).
        var capitalBefore = false
        for d in out {
            let w = Word(base: buffer, range: d.text)
            if let f = w.first, let l = w.last, Scalars.isLatin(f) || Scalars.isLatin(l) { summary.hasLatinEdge = true }
            if d.paren >= 0 { summary.hasParen = true }
            if d.quoteAfter { summary.hasQuoteAfter = true }
            var (baseLength, particle) = d.glossClosesWord ? (w.count, .none) : particle(w, lexicon: lexicon)
            // `플랫폼사업본부(PFD)다.`: the copula after a gloss, as a particle would be.
            if d.afterGloss > 0, d.afterGloss < w.count, case .none = particle,
                Self.isCopula(w.suffix(from: w.endIndex - d.afterGloss))
            {
                (baseLength, particle) = (w.count - d.afterGloss, .copula)
            }
            // `젝젝(嘖嘖·zeczec)과도`: two particles after a gloss (`과` and `도`); the longest one alone left the
            // first in the name.
            if d.afterGloss >= 2, d.afterGloss < w.count, baseLength > w.count - d.afterGloss, case .suffix = particle,
                lexicon.particleWords.contains(w[(w.endIndex - d.afterGloss)..<(w.startIndex + baseLength)])
            {
                (baseLength, particle) = (w.count - d.afterGloss, .joined)
            }
            // `사업부장은 표다온 상무다.`, `… 상무였다.`, `… 집행부총재다.`: a title closing the sentence with
            // the copula (`다`, `이다`, `였다`, `이었다`; not `행사장이다`, a word ending like a title in `장`).
            if d.period, baseLength == w.count, w.count >= 3, w.last == "다" {
                for k in 1...3 where w.count - k >= 2 && Self.isCopula(w.suffix(from: w.endIndex - k)) {
                    let title = w.prefix(unchecked: w.count - k)
                    // (`MX사업부장이다`: a unit's head, its unit word before `장`.)
                    if lexicon.titleWords.contains(title)
                        || (ExtractionRun.isTitle(title, titles: lexicon.titleWords)
                            && (title.last != "장"
                                || ExtractionRun.isUnitHead(title.dropLast(), nouns: lexicon.unitNounWords)))
                    {
                        (baseLength, particle) = (w.count - k, .copula)
                        break
                    }
                }
            }
            let capital = TokenSummary.isCapitalWord(w.prefix(unchecked: baseLength))
            if capital && capitalBefore { summary.hasCapitalPair = true }
            capitalBefore = capital
            // `왕(Eric Wang·王一鸣)이`: with a gloss before the particle, the particle is sure; the word
            // with it (`왕이`) names no org.
            var org =
                d.paren >= 0 && baseLength < w.count
                ? nil : d.plain ? lexicon.knownOrg(plainWord: w) : lexicon.knownOrg(w)
            if org == nil, baseLength < w.count {
                // The base sliced only here: a slice made for every word cost a retain and a release.
                let base = w[w.startIndex..<(w.startIndex + baseLength)]
                org = d.plain ? lexicon.knownOrg(plainWord: base) : lexicon.knownOrg(base)
                // `우아한형제들이`: the longest particle (`들이`) cut a lexicon org's name short; a shorter
                // one (`이`) leaves the name whole.
                // (Names of three syllables or more: a shorter one is often a word, `왕이라고`.)
                var n = max(baseLength + 1, 3)
                while org == nil, n < w.count, d.paren < 0 {
                    // (The scalar test first: only a syllable that ends some org's name may end this one.)
                    guard lexicon.orgWords.mayEnd(with: w[w.startIndex + n - 1]) else {
                        n += 1
                        continue
                    }
                    let rest = w.suffix(from: w.startIndex + n)
                    if let e = lexicon.particleWords.index(of: rest) {
                        let longer = w[w.startIndex..<(w.startIndex + n)]
                        if let k = d.plain ? lexicon.knownOrg(plainWord: longer) : lexicon.knownOrg(longer) {
                            org = k
                            (baseLength, particle) = (n, .suffix(entry: e))
                        }
                    }
                    n += 1
                }
            }
            if org != nil { summary.hasOrg = true }
            store.append(
                d,
                scalars: w,
                baseLength: baseLength,
                particle: particleText(particle, w, baseLength: baseLength, lexicon: lexicon),
                paren: d.paren < 0 ? nil : parens[d.paren],
                orgIndex: org
            )
        }
        // `map` on a range allocates the array once, at its size.
        let tokens = (0..<store.count).map { Token(store: store, index: $0) }
        return TokenList(store: store, tokens: tokens, summary: summary)
    }

    /// The particle taken off a word, as a `String`: a lexicon particle's own (the particle was
    /// found as one of `particleWords`, whose values index `particleStrings`), where making
    /// it from the scalars cost a UTF-8 validation of Hangul on each of some 50 000 words a run.
    private static func particleText(
        _ particle: TokenDraft.Particle,
        _ w: Word,
        baseLength: Int,
        lexicon: Lexicon
    ) -> String? {
        switch particle {
        case .none: return nil
        case .possessive: return "'s"
        case .copula, .joined: return Scalars.string(w.suffix(from: w.startIndex + baseLength))
        case .suffix(let e):
            let k = lexicon.particleWords.values[e]
            if k < lexicon.particleStrings.count { return lexicon.particleStrings[k] }
            return Scalars.string(w.suffix(from: w.startIndex + baseLength))
        }
    }

    /// `다`, `이다`, `였다`, `이었다`: the copula closing a sentence.
    static func isCopula(_ w: some ScalarWord) -> Bool {
        guard w.last == "다", (1...3).contains(w.count) else { return false }
        return w.count == 1 || w.elementsEqual("이다".unicodeScalars) || w.elementsEqual("였다".unicodeScalars)
            || w.elementsEqual("이었다".unicodeScalars)
    }

    /// Hangul syllables, ASCII letters and digits.
    @inline(__always)
    static func isWordScalar(_ v: UInt32) -> Bool {
        (0xAC00...0xD7A3).contains(v) || (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v)
            || (0x30...0x39).contains(v)
    }

    static let possessives: [[Unicode.Scalar]] = [["'", "s"], ["\u{2019}", "s"]]

    /// Takes the longest particle off a word that ends in Hangul, leaving at least one letter.
    /// Inlined: called with `ExtractionRun.lexicon`, the call copied the whole `Lexicon` first.
    @inline(__always)
    static func stripParticle(_ word: String, lexicon: Lexicon) -> (String, String?) {
        stripParticle(word, particles: lexicon.particleWords)
    }

    /// The same with the lexicon's particles: only the `WordSet` (a reference) is handed on. Passed
    /// the `Lexicon` from `ExtractionRun.lexicon`, the call below copied the whole struct each time.
    static func stripParticle(_ word: String, particles: WordSet) -> (String, String?) {
        let w = Array(word.unicodeScalars)
        let (n, particle) = stripParticle(w[...], particles: particles)
        return particle == nil ? (word, nil) : (Scalars.string(w[..<n]), particle)
    }

    /// The length of the word without its particle, and what the particle is.
    static func particle(_ w: some ScalarWord, lexicon: Lexicon) -> (Int, TokenDraft.Particle) {
        guard let last = w.last, Scalars.isHangul(last) else {
            // `possessives` by hand: reading the static list cost more than the test, and this
            // runs on every word that does not end in Hangul.
            if w.count >= 2, w[w.endIndex - 1] == "s", w[w.endIndex - 2] == "'" || w[w.endIndex - 2] == "\u{2019}" {
                return (w.count - 2, .possessive)
            }
            return (w.count, .none)
        }
        guard let (k, e) = lexicon.particleWords.longestSuffixEntry(of: w, upTo: w.count - 1) else {
            return (w.count, .none)
        }
        return (w.count - k, .suffix(entry: e))
    }

    /// The same on scalars: the length of the word without its particle, and the particle.
    static func stripParticle(_ w: some ScalarWord, particles: WordSet) -> (Int, String?) {
        guard let last = w.last, Scalars.isHangul(last) else {
            if w.hasSuffix(possessives[0]) || w.hasSuffix(possessives[1]) { return (w.count - 2, "'s") }
            return (w.count, nil)
        }
        guard let k = particles.longestSuffix(of: w, upTo: w.count - 1) else { return (w.count, nil) }
        return (w.count - k, Scalars.string(w[(w.endIndex - k)...]))
    }
}
