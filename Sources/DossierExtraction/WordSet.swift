/// A set of words as Unicode scalars, for lookups without `String` hashing or comparison (which
/// normalise Hangul on every call). Words are hashed from their last scalar backwards, so the
/// hashes of every suffix of a word come out of one pass: suffix tests (`사업부장` ends with `장`)
/// cost one step per length tried. Each word also carries an integer value (an org's index).
///
/// Lookups are by scalars, not by canonical equivalence: the same as `String` comparison for
/// text in NFC, which is what reports and the lexicon are written in.
final class WordSet: Sendable, Hashable {
    // A class: the lexicon's sets are reached through several layers of properties, and a
    // reference is cheaper to hand out than a struct of arrays.
    private let slots: [Int32]
    private let entries: [[Unicode.Scalar]]
    private let hashes: [UInt64]
    let values: [Int]
    /// The longest entry, in scalars.
    let maxLength: Int
    /// Bit `k` is set when some entry has `k` scalars (`k` < 63; longer ones set bit 63).
    private let lengths: UInt64
    /// Bit `v mod 4096` is set when some entry starts with a scalar of value `v`.
    private let firsts: [UInt64]
    /// The same for the scalars entries end with: a suffix test of a word whose last scalar ends
    /// no entry stops before hashing anything.
    private let lasts: [UInt64]
    /// Bit `pairBit(a, b)` is set when some entry starts with `a` then `b`: most words share
    /// their first scalar with some entry (a Korean syllable, a Latin letter), far fewer their
    /// first two, so a lookup of a word that is not an entry mostly stops here, before hashing.
    private let pairs: [UInt64]

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func step(_ h: UInt64, _ s: Unicode.Scalar) -> UInt64 {
        (h ^ UInt64(s.value)) &* 0x0000_0100_0000_01B3
    }

    @inline(__always)
    private static func mix(_ h: UInt64) -> UInt64 {
        var z = h
        z = (z ^ (z >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        return z ^ (z >> 29)
    }

    convenience init() { self.init(scalars: []) }

    /// The words, the first of equal ones kept, each valued by its position in `words`.
    convenience init(_ words: [String]) {
        var list: [([Unicode.Scalar], Int)] = []
        for (i, w) in words.enumerated() { list.append((Array(w.unicodeScalars), i)) }
        self.init(scalars: list)
    }

    init(scalars list: [([Unicode.Scalar], Int)]) {
        var size = 16
        while size < list.count * 3 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        var entries: [[Unicode.Scalar]] = []
        var hashes: [UInt64] = []
        var values: [Int] = []
        var maxLength = 0
        var lengths: UInt64 = 0
        var firsts = [UInt64](repeating: 0, count: 64)
        var lasts = [UInt64](repeating: 0, count: 64)
        var pairs = [UInt64](repeating: 0, count: 64)
        for (word, value) in list where !word.isEmpty {
            let h = Self.hash(word[...])
            var i = Int(truncatingIfNeeded: Self.mix(h)) & (size - 1)
            var present = false
            while slots[i] != 0 {
                let e = Int(slots[i]) - 1
                if hashes[e] == h, entries[e] == word {
                    present = true
                    break
                }
                i = (i + 1) & (size - 1)
            }
            if present { continue }
            entries.append(word)
            hashes.append(h)
            values.append(value)
            maxLength = Swift.max(maxLength, word.count)
            lengths |= 1 << UInt64(Swift.min(word.count, 63))
            firsts[Int((word[0].value >> 6) & 63)] |= 1 << UInt64(word[0].value & 63)
            let last = word[word.count - 1].value
            lasts[Int((last >> 6) & 63)] |= 1 << UInt64(last & 63)
            if word.count >= 2 {
                let b = Self.pairBit(word[0], word[1])
                pairs[b >> 6] |= 1 << UInt64(b & 63)
            }
            slots[i] = Int32(entries.count)
        }
        self.slots = slots
        self.entries = entries
        self.hashes = hashes
        self.values = values
        self.maxLength = maxLength
        self.lengths = lengths
        self.firsts = firsts
        self.lasts = lasts
        self.pairs = pairs
    }

    static func == (a: WordSet, b: WordSet) -> Bool { a.entries == b.entries && a.values == b.values }

    func hash(into hasher: inout Hasher) {
        hasher.combine(entries)
        hasher.combine(values)
    }

    var isEmpty: Bool { entries.isEmpty }

    static func hash(_ w: some ScalarWord) -> UInt64 {
        var h = seed
        var i = w.endIndex
        while i > w.startIndex {
            i -= 1
            h = step(h, w[i])
        }
        return h
    }

    /// Whether some entry has `k` scalars.
    @inline(__always)
    func hasLength(_ k: Int) -> Bool { k > 0 && lengths & (1 << UInt64(Swift.min(k, 63))) != 0 }

    /// The entry index of `w`, given its hash.
    func find(_ h: UInt64, _ w: some ScalarWord) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: Self.mix(h)) & mask
        while true {
            let e = Int(slots[i])
            if e == 0 { return nil }
            if hashes[e - 1] == h, entries[e - 1].elementsEqual(w) { return e - 1 }
            i = (i + 1) & mask
        }
    }

    /// The entry index of `w`.
    func index(of w: some ScalarWord) -> Int? {
        guard hasLength(w.count), let l = w.last, mayEnd(with: l) else { return nil }
        if w.count >= 2, !mayStart(with: w[w.startIndex], w[w.startIndex + 1]) { return nil }
        return find(Self.hash(w), w)
    }

    /// Where the pair `a`, `b` is noted in `pairs` (a bit of 4096).
    @inline(__always)
    private static func pairBit(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        Int(truncatingIfNeeded: ((a.value &* 0x9E37_79B1) ^ b.value &* 0x85EB_CA77) >> 20) & 4095
    }

    /// Whether some entry may start with `a` then `b` (false when none does).
    @inline(__always)
    func mayStart(with a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        let k = Self.pairBit(a, b)
        return pairs[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// Whether some entry may start with `s` (false when none does).
    @inline(__always)
    func mayStart(with s: Unicode.Scalar) -> Bool {
        firsts[Int((s.value >> 6) & 63)] & (1 << UInt64(s.value & 63)) != 0
    }

    /// Whether some entry may end with `s` (false when none does).
    @inline(__always)
    func mayEnd(with s: Unicode.Scalar) -> Bool {
        lasts[Int((s.value >> 6) & 63)] & (1 << UInt64(s.value & 63)) != 0
    }

    /// The entry index of `w` with its ASCII letters lower-cased (without building the word). Its
    /// first test, on the length, inlined into the caller: for most words asked no entry has
    /// their length, and for them the call itself was most of the cost.
    @inline(__always)
    func index(lowercasingASCII w: some ScalarWord) -> Int? {
        hasLength(w.count) ? lookUp(lowercasingASCII: w) : nil
    }

    /// `index(lowercasingASCII:)` past its length test, out of line.
    @inline(never)
    private func lookUp(lowercasingASCII w: some ScalarWord) -> Int? {
        guard !slots.isEmpty, let f = w.first, mayStart(with: Self.lowerASCII(f)),
            let l = w.last, mayEnd(with: Self.lowerASCII(l)),
            w.count < 2 || mayStart(with: Self.lowerASCII(f), Self.lowerASCII(w[w.startIndex + 1]))
        else {
            return nil
        }
        return probe(lowercasingASCII: w)
    }

    /// `lookUp(lowercasingASCII:)` past its masks: the hash and the probe, in a function of their
    /// own so that the masks' test, which rejects most words, runs without the register saves
    /// the loops need.
    @inline(never)
    private func probe(lowercasingASCII w: some ScalarWord) -> Int? {
        var h = Self.seed
        var i = w.endIndex
        while i > w.startIndex {
            i -= 1
            h = Self.step(h, Self.lowerASCII(w[i]))
        }
        let mask = slots.count - 1
        var k = Int(truncatingIfNeeded: Self.mix(h)) & mask
        while true {
            let e = Int(slots[k])
            if e == 0 { return nil }
            if hashes[e - 1] == h, entries[e - 1].elementsEqual(w, by: { $0 == Self.lowerASCII($1) }) { return e - 1 }
            k = (k + 1) & mask
        }
    }

    @inline(__always)
    static func lowerASCII(_ s: Unicode.Scalar) -> Unicode.Scalar {
        Scalars.isUpper(s) ? Unicode.Scalar(UInt8(truncatingIfNeeded: s.value + 32)) : s
    }

    func contains(_ w: some ScalarWord) -> Bool { index(of: w) != nil }
    func contains(_ w: [Unicode.Scalar]) -> Bool { index(of: w[...]) != nil }
    func contains(_ w: String) -> Bool {
        if w.utf8.count > maxLength * 4 { return false }
        return index(of: Array(w.unicodeScalars)[...]) != nil
    }

    /// The lengths `k` (longest first, from `min(maxLength, upTo)` down to `from`) for which the
    /// last `k` scalars of `w` are an entry, each with the entry's index; `body` returns true to
    /// stop.
    @inline(__always)
    func suffixes(of w: some ScalarWord, from: Int, upTo: Int, _ body: (Int, Int) -> Bool) {
        let top = Swift.min(maxLength, upTo, w.count)
        guard top >= from, top >= 1, let last = w.last,
            lasts[Int((last.value >> 6) & 63)] & (1 << UInt64(last.value & 63)) != 0
        else { return }
        // Hashes of the suffixes of length 1...top, computed backwards in one pass.
        var hs = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        if top <= 8 {
            withUnsafeMutableBytes(of: &hs) { raw in
                let p = raw.bindMemory(to: UInt64.self)
                var h = Self.seed
                var i = w.endIndex
                for k in 1...top {
                    i -= 1
                    h = Self.step(h, w[i])
                    p[k - 1] = h
                }
                var k = top
                while k >= from {
                    if hasLength(k), let e = find(p[k - 1], w[(w.endIndex - k)...]), body(k, e) { return }
                    k -= 1
                }
            }
            return
        }
        var k = top
        while k >= from {
            if hasLength(k), let e = index(of: w[(w.endIndex - k)...]), body(k, e) { return }
            k -= 1
        }
    }

    /// The longest `k` in `from...upTo` such that `w` ends with an entry of `k` scalars.
    func longestSuffix(of w: some ScalarWord, from: Int = 1, upTo: Int = Int.max) -> Int? {
        // The tests that reject most words first, in a light function; the hashes (kept on the
        // stack, with its guard) in another.
        let top = Swift.min(maxLength, upTo, w.count)
        guard top >= from, top >= 1, let last = w.last, mayEnd(with: last) else { return nil }
        return longestSuffixPastMasks(of: w, from: from, upTo: upTo)
    }

    /// `longestSuffix(of:from:upTo:)` once the last scalar ends some entry.
    @inline(never)
    private func longestSuffixPastMasks(of w: some ScalarWord, from: Int, upTo: Int) -> Int? {
        var found: Int?
        suffixes(of: w, from: from, upTo: upTo) { k, _ in
            found = k
            return true
        }
        return found
    }

    /// `longestSuffix(of:from:upTo:)` with the entry found (its index, for `values`).
    func longestSuffixEntry(of w: some ScalarWord, upTo: Int) -> (length: Int, entry: Int)? {
        let top = Swift.min(maxLength, upTo, w.count)
        guard top >= 1, let last = w.last, mayEnd(with: last) else { return nil }
        return longestSuffixEntryPastMasks(of: w, upTo: top)
    }

    /// `longestSuffixEntry(of:upTo:)` once the last scalar ends some entry (`suffixes`, stopping at the
    /// longest).
    @inline(never)
    private func longestSuffixEntryPastMasks(of w: some ScalarWord, upTo top: Int) -> (
        length: Int, entry: Int
    )? {
        var found: (length: Int, entry: Int)?
        suffixes(of: w, from: 1, upTo: top) { k, e in
            found = (k, e)
            return true
        }
        return found
    }

    /// Whether `w` ends with an entry (of at least `from` scalars, leaving `keep` before it).
    func hasSuffix(_ w: some ScalarWord, from: Int = 1, keep: Int = 0) -> Bool {
        longestSuffix(of: w, from: from, upTo: w.count - keep) != nil
    }
}

/// A word's scalars as a dictionary key, hashed once with `WordSet.hash` (no normalisation).
struct ScalarKey: Hashable {
    var scalars: ArraySlice<Unicode.Scalar>

    init(_ scalars: ArraySlice<Unicode.Scalar>) { self.scalars = scalars }
    init(_ text: String) { scalars = Array(text.unicodeScalars)[...] }

    static func == (a: ScalarKey, b: ScalarKey) -> Bool { a.scalars.elementsEqual(b.scalars) }
    func hash(into hasher: inout Hasher) { hasher.combine(WordSet.hash(scalars)) }
}

extension ScalarWord {
    /// Whether the scalars end with those of `suffix`.
    @inline(__always)
    func hasSuffix(_ suffix: [Unicode.Scalar]) -> Bool {
        guard count >= suffix.count else { return false }
        var i = endIndex
        var j = suffix.count
        while j > 0 {
            i -= 1
            j -= 1
            if self[i] != suffix[j] { return false }
        }
        return true
    }

    /// Whether the scalars start with those of `prefix`.
    @inline(__always)
    func hasPrefix(_ prefix: [Unicode.Scalar]) -> Bool {
        guard count >= prefix.count else { return false }
        var i = startIndex
        for c in prefix {
            if self[i] != c { return false }
            i += 1
        }
        return true
    }
}

/// A map from words as scalars to integers (counts, indexes), open-addressed and hashed with
/// `WordSet.hash`: no `String` hashing, normalisation or `Hasher`. Keys are copied into one array
/// (`keyScalars`), so that words read in place (`Word`) can be keys, and no key is retained on a
/// comparison.
struct ScalarTable {
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    /// Bit `v mod 4096` is set when some key starts with a scalar of value `v`.
    private var firsts: [UInt64] = Array(repeating: 0, count: 64)
    private var hasEmptyKey = false
    /// The keys' scalars, one after the other: key `e` ends at `keyEnds[e]` and starts where key
    /// `e - 1` ends (at 0 for the first).
    private var keyScalars: [Unicode.Scalar] = []
    private var keyEnds: [Int] = []
    private var hashes: [UInt64] = []
    private var values: [Int] = []

    var isEmpty: Bool { values.isEmpty }

    /// Whether key `e` has the scalars of `w` (with `same` comparing a key's scalar to a word's).
    @inline(__always)
    private func key(_ e: Int, is w: some ScalarWord, by same: (Unicode.Scalar, Unicode.Scalar) -> Bool) -> Bool {
        let a = e == 0 ? 0 : keyEnds[e - 1]
        let n = keyEnds[e] - a
        guard n == w.count else { return false }
        return keyScalars.withUnsafeBufferPointer { k in
            var i = w.startIndex
            for j in a..<(a + n) {
                if !same(k[j], w[i]) { return false }
                i += 1
            }
            return true
        }
    }

    init() {}

    /// A table with room for `capacity` keys: its lists reserved and its slots sized so that
    /// adding them regrows nothing (each regrowth of the three lists and the rehash cost more
    /// than the lookups of a small table).
    init(capacity: Int) {
        var size = 64
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        keyScalars.reserveCapacity(capacity * 4)
        keyEnds.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    @inline(__always)
    private static func slot(_ h: UInt64, _ mask: Int) -> Int {
        var z = h
        z = (z ^ (z >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        return Int(truncatingIfNeeded: z ^ (z >> 29)) & mask
    }

    /// The slot holding `w`, or the empty slot where it would go.
    private func position(_ w: some ScalarWord, _ h: UInt64) -> Int {
        let mask = slots.count - 1
        var i = Self.slot(h, mask)
        while true {
            let e = Int(slots[i])
            if e == 0 || (hashes[e - 1] == h && key(e - 1, is: w, by: ==)) { return i }
            i = (i + 1) & mask
        }
    }

    /// Whether some key may start with `s` (false when none does; the subscript's first test).
    @inline(__always)
    func mayHold(startingWith s: Unicode.Scalar) -> Bool {
        firsts[Int((s.value >> 6) & 63)] & (1 << UInt64(s.value & 63)) != 0
    }

    /// Whether `w` with its ASCII letters lower-cased is a key.
    func contains(lowercasingASCII w: some ScalarWord) -> Bool {
        // By the first scalar first, as the subscript does: most words asked start no key.
        if let f = w.first {
            let l = WordSet.lowerASCII(f)
            if firsts[Int((l.value >> 6) & 63)] & (1 << UInt64(l.value & 63)) == 0 { return false }
        } else if !hasEmptyKey {
            return false
        }
        var h = WordSet.seed
        var i = w.endIndex
        while i > w.startIndex {
            i -= 1
            h = WordSet.step(h, WordSet.lowerASCII(w[i]))
        }
        let mask = slots.count - 1
        var k = Self.slot(h, mask)
        while true {
            let e = Int(slots[k])
            if e == 0 { return false }
            if hashes[e - 1] == h, key(e - 1, is: w, by: { $0 == WordSet.lowerASCII($1) }) { return true }
            k = (k + 1) & mask
        }
    }

    /// The value of `w`. Its first test, on the first scalar, inlined into the caller: the
    /// people's names are looked up for nearly every token (`personMention`, about 170 000 calls a
    /// measured run), and most start no key.
    @inline(__always)
    subscript<W: ScalarWord>(_ w: W) -> Int? {
        if let f = w.first {
            if firsts[Int((f.value >> 6) & 63)] & (1 << UInt64(f.value & 63)) == 0 { return nil }
        } else if !hasEmptyKey {
            return nil
        }
        return value(w)
    }

    /// The subscript past its first test, out of line.
    @inline(never)
    private func value(_ w: some ScalarWord) -> Int? {
        let e = Int(slots[position(w, WordSet.hash(w))])
        return e == 0 ? nil : values[e - 1]
    }

    /// Adds `delta` to the value of `w` (0 when absent).
    mutating func add(_ w: some ScalarWord, _ delta: Int) {
        let h = WordSet.hash(w)
        let i = position(w, h)
        let e = Int(slots[i])
        if e != 0 {
            values[e - 1] += delta
            return
        }
        insert(w, h, delta, at: i)
    }

    /// Sets the value of `w`.
    mutating func set(_ w: some ScalarWord, _ value: Int) {
        let h = WordSet.hash(w)
        let i = position(w, h)
        let e = Int(slots[i])
        if e != 0 {
            values[e - 1] = value
            return
        }
        insert(w, h, value, at: i)
    }

    private mutating func insert(_ w: some ScalarWord, _ h: UInt64, _ value: Int, at i: Int) {
        if let f = w.first {
            firsts[Int((f.value >> 6) & 63)] |= 1 << UInt64(f.value & 63)
        } else {
            hasEmptyKey = true
        }
        // Room for a few keys at the first (the lists grown one at a time reallocated at every
        // power of two), then the scalars one by one (`append(contentsOf:)` of a word cost more
        // than a loop over its few scalars).
        if keyScalars.capacity == 0 {
            keyScalars.reserveCapacity(32)
            keyEnds.reserveCapacity(8)
        }
        for c in w { keyScalars.append(c) }
        keyEnds.append(keyScalars.count)
        hashes.append(h)
        values.append(value)
        slots[i] = Int32(values.count)
        if values.count * 2 > slots.count {
            let size = slots.count * 2
            slots = Array(repeating: 0, count: size)
            for (k, kh) in hashes.enumerated() {
                var j = Self.slot(kh, size - 1)
                while slots[j] != 0 { j = (j + 1) & (size - 1) }
                slots[j] = Int32(k + 1)
            }
        }
    }
}
