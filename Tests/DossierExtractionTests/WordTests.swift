import Testing

@testable import DossierExtraction

/// `Word` (a token's scalars read in place through a pointer, the sixteenth speed pass) behaves as
/// the `ArraySlice` it replaced, and the lookups that take either answer the same for both.
@Suite struct WordTests {
    /// Scalars of every width a report holds: ASCII, Latin-1, Hangul, Han, a full-width form.
    static let alphabet: [Unicode.Scalar] = ["a", "B", "z", "7", " ", "'", "é", "가", "장", "의", "日", "（", "\u{2019}"]

    static func randomScalars(_ g: inout TokenFlagTests.Generator, _ n: Int) -> [Unicode.Scalar] {
        (0..<n).map { _ in alphabet[g.next(alphabet.count)] }
    }

    /// Every range of a few buffers: the collection's answers, its slices and the lookups.
    @Test func wordAnswersAsTheSliceDoes() {
        var g = TokenFlagTests.Generator(state: 16)
        let set = WordSet(["가장", "장", "a", "Bé", "日의", "7"])
        for length in [0, 1, 2, 5, 12] {
            let buffer = Self.randomScalars(&g, length)
            buffer.withUnsafeBufferPointer { p in
                // An empty array has no base address: a pointer to one scalar stands in.
                let one = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: 1)
                defer { one.deallocate() }
                let base = p.baseAddress ?? UnsafePointer(one)
                for lower in 0...length {
                    for upper in lower...length {
                        let slice = buffer[lower..<upper]
                        let word = Word(base: base, range: lower..<upper)
                        #expect(word.startIndex == slice.startIndex && word.endIndex == slice.endIndex)
                        #expect(word.count == slice.count && word.isEmpty == slice.isEmpty)
                        #expect(word.first == slice.first && word.last == slice.last)
                        #expect(Array(word) == Array(slice))
                        #expect(Scalars.string(word) == Scalars.string(slice))
                        #expect(set.index(of: word) == set.index(of: slice))
                        #expect(WordSet.hash(word) == WordSet.hash(slice))
                        #expect(set.longestSuffix(of: word) == set.longestSuffix(of: slice))
                        #expect(word.withUnsafeBufferPointer { Array($0) } == Array(slice))
                        for k in 0...word.count {
                            #expect(Array(word.prefix(unchecked: k)) == Array(slice.prefix(k)))
                            #expect(Array(word.suffix(k)) == Array(slice.suffix(k)))
                            #expect(Array(word.dropLast(k)) == Array(slice.dropLast(k)))
                            #expect(word.dropFirst(k).startIndex == slice.dropFirst(k).startIndex)
                        }
                        if lower < upper {
                            let mid = (lower + upper) / 2
                            #expect(Array(word[mid..<upper]) == Array(slice[mid..<upper]))
                            #expect(word[mid] == slice[mid])
                        }
                    }
                }
            }
        }
    }

    /// A `ScalarTable` keyed by `Word`s (copied into its own array) finds what one keyed by the same
    /// slices finds, through its regrowth, with ASCII case folded where asked.
    @Test func scalarTableTakesWordsAsSlices() {
        var g = TokenFlagTests.Generator(state: 12)
        let buffer = Self.randomScalars(&g, 400)
        buffer.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            var byWord = ScalarTable()
            var bySlice = ScalarTable()
            var ranges: [Range<Int>] = []
            for _ in 0..<300 {
                let lower = g.next(396)
                ranges.append(lower..<(lower + g.next(4)))
            }
            for (k, r) in ranges.enumerated() {
                byWord.add(Word(base: base, range: r), k)
                bySlice.add(buffer[r], k)
            }
            for lower in 0..<396 {
                for n in 0..<4 {
                    let r = lower..<(lower + n)
                    let word = Word(base: base, range: r)
                    #expect(byWord[word] == bySlice[buffer[r]])
                    #expect(byWord[buffer[r]] == bySlice[word])
                    #expect(byWord.contains(lowercasingASCII: word) == bySlice.contains(lowercasingASCII: buffer[r]))
                }
            }
        }
    }

    /// A token's word is its sentence's scalars between its offsets with the marks taken out (in
    /// order), and its base is the word's first `baseLength` scalars; both stay readable for as long
    /// as the list is.
    @Test func tokensWordsAreTheirSentencesScalars() {
        var tokens = 0
        for text in TokenFlagTests.texts {
            for s in SentenceSplitter.split(text) {
                let list = Tokenizer.tokens(s.scalars, lexicon: .builtIn)
                withExtendedLifetime(list) {
                    for t in list.tokens {
                        tokens += 1
                        var rest = s.scalars[t.start..<t.end][...]
                        for c in t.scalars {
                            guard let k = rest.firstIndex(of: c) else {
                                Issue.record("\(t.text): \(c) not in its sentence")
                                break
                            }
                            rest = rest[(k + 1)...]
                        }
                        #expect(Array(t.baseScalars) == Array(t.scalars.prefix(t.baseLength)))
                        #expect(Scalars.string(t.scalars) == t.text)
                        #expect(Scalars.string(t.baseScalars) == t.base)
                        // The tokenizer's plain flag stands for `TextSet.isPlain` in the set tests.
                        if t.isPlainWord { #expect(TextSet.isPlain(t.scalars)) }
                    }
                }
            }
        }
        #expect(tokens > 1000)
    }

    /// With one `Tokenizer.Scratch` for every sentence (as `ExtractionRun` tokenizes), each
    /// sentence's tokens keep their own words (copied into their store, not read from the scratch
    /// that the next sentence overwrites): the same as tokens made with a scratch of their own,
    /// all lists kept alive to the end.
    @Test func tokensMadeWithOneScratchKeepTheirWords() {
        var scratch = Tokenizer.Scratch()
        var lists: [(shared: TokenList, own: TokenList)] = []
        for text in TokenFlagTests.texts {
            for s in SentenceSplitter.split(text) {
                let shared = Tokenizer.tokens(s.scalars, lexicon: .builtIn, scratch: &scratch)
                lists.append((shared, Tokenizer.tokens(s.scalars, lexicon: .builtIn)))
            }
        }
        var tokens = 0
        for (shared, own) in lists {
            #expect(shared.tokens.count == own.tokens.count)
            #expect(shared.summary == own.summary)
            for (a, b) in zip(shared.tokens, own.tokens) {
                tokens += 1
                #expect(Array(a.scalars) == Array(b.scalars))
                #expect(a.baseLength == b.baseLength && a.start == b.start && a.end == b.end)
                #expect(a.particle == b.particle && a.paren == b.paren && a.orgIndex == b.orgIndex)
            }
        }
        #expect(tokens > 1000)
    }

    /// The store's tail holds its three parts without overlap, each at its type's alignment,
    /// for token and scalar counts from none up.
    @Test func tokenStoreLayoutKeepsItsPartsApart() {
        for capacity in [0, 1, 2, 7, 64] {
            for scalarCount in [0, 1, 3, 100] {
                let l = TokenStore.Layout(capacity: capacity, scalarCount: scalarCount)
                #expect(l.stringsOffset >= MemoryLayout<TokenFields>.stride * capacity)
                #expect(l.stringsOffset % MemoryLayout<String>.alignment == 0)
                #expect(
                    l.scalarsOffset >= l.stringsOffset + MemoryLayout<String>.stride * capacity * TokenFields.slots
                )
                #expect(l.scalarsOffset % MemoryLayout<Unicode.Scalar>.alignment == 0)
                #expect(l.byteCount >= l.scalarsOffset + MemoryLayout<Unicode.Scalar>.stride * scalarCount)
                #expect(l.byteCount >= 1)
                #expect(l.alignment % MemoryLayout<TokenFields>.alignment == 0)
                #expect(l.alignment % MemoryLayout<String>.alignment == 0)
                // The tail of the store's object is made of 8-byte words.
                #expect(l.alignment <= MemoryLayout<UInt64>.alignment)
            }
        }
    }

    /// A token's strings live in its store's slots (`TokenFields`), each written once: asked again
    /// they are the same, the particle is there exactly when the base is shorter than the word (the
    /// word's tail when plain), the parenthesis exactly when `hasParen`, and a store whose tokens
    /// made some, none or all of their strings tears down (every third sentence's tokens ask for
    /// none, every other for text and base).
    @Test func tokensStringsAreKeptInTheirSlots() {
        var particles = 0
        var parens = 0
        var n = 0
        for text in TokenFlagTests.texts {
            for s in SentenceSplitter.split(text) {
                n += 1
                let list = Tokenizer.tokens(s.scalars, lexicon: .builtIn)
                withExtendedLifetime(list) {
                    for t in list.tokens {
                        #expect(t.hasParticle == (t.particle != nil))
                        #expect(t.hasParen == (t.paren != nil))
                        if n % 3 == 0 { continue }
                        let text = t.text
                        #expect(t.text == text)
                        #expect(text == Scalars.string(t.scalars))
                        if n % 2 == 0 {
                            let base = t.base
                            #expect(t.base == base)
                            #expect(base == Scalars.string(t.baseScalars))
                        }
                        if let p = t.particle {
                            particles += 1
                            #expect(t.baseLength < t.scalars.count)
                            if t.isPlainWord { #expect(p == Scalars.string(t.scalars.dropFirst(t.baseLength))) }
                        } else {
                            #expect(t.baseLength == t.scalars.count)
                        }
                        if let p = t.paren {
                            parens += 1
                            let around = Scalars.string(s.scalars[t.start..<t.end])
                            #expect(around.contains(p))
                        }
                    }
                }
            }
        }
        #expect(particles > 100)
        #expect(parens > 10)
    }
}
