/// A set of words as Unicode scalars, for lookups without `String` hashing or comparison (which
/// normalise Hangul on every call). Words are hashed from their last scalar backwards, so the
/// hashes of every suffix of a word come out of one pass: suffix tests (`사업부장` ends with `장`)
/// cost one step per length tried. Each word also carries an integer value (an org's index).
///
/// Lookups are by scalars, not by canonical equivalence: the same as `String` comparison for
/// text in NFC, which is what reports and the lexicon are written in.
final class WordSet: @unchecked Sendable, Hashable {
    // A class: the lexicon's sets are reached through several layers of properties, and a
    // reference is cheaper to hand out than a struct of arrays.
    //
    // `@unchecked Sendable`: every stored property is a `let`, and the memory the pointers below
    // reach is written in `init` only (then read, from any thread) and freed in `deinit`.
    //
    // Written for speed: the tables were arrays, and every read of one (the masks, the slots, the
    // hashes, an entry's scalars) loaded the array from the object and checked its bounds, and a
    // word's scalars were read through its checked subscript (`Word`'s precondition): about half
    // of a lookup's instructions, for some 770 000 lookups a measured run. Now the tables are one
    // allocation read through pointers (every index below is in range by construction: masks by
    // `& 63` or `>> 6` of a 12-bit value, slots by `& slotMask`, entries by the slot's number), and
    // words are read through their buffer pointer.
    private let entries: [[Unicode.Scalar]]
    let values: [Int]
    /// The longest entry, in scalars.
    let maxLength: Int
    /// Bit `k` is set when some entry has `k` scalars (`k` < 63; longer ones set bit 63).
    private let lengths: UInt64
    /// Three masks of 64 words each: bit `v mod 4096` of the first is set when some entry starts
    /// with a scalar of value `v`; of the second, the same for the scalars entries end with (a
    /// suffix test of a word whose last scalar ends no entry stops before hashing anything); of
    /// the third, bit `pairBit(a, b)` when some entry starts with `a` then `b` (most words share
    /// their first scalar with some entry, a Korean syllable, a Latin letter, far fewer their
    /// first two, so a lookup of a word that is not an entry mostly stops there, before hashing).
    private let masks: UnsafeMutablePointer<UInt64>
    /// Open-addressed slots: 0 empty, else the entry's index plus one.
    private let slots: UnsafeMutablePointer<Int32>
    /// The number of slots minus one (a power of two minus one).
    private let slotMask: Int
    /// Each entry's hash (`hash`).
    private let hashes: UnsafeMutablePointer<UInt64>
    /// Entry `e`'s scalars are `flat[starts[e]..<starts[e + 1]]`.
    private let starts: UnsafeMutablePointer<Int>
    private let flat: UnsafeMutablePointer<Unicode.Scalar>

    private static let firstsBase = 0
    private static let lastsBase = 64
    private static let pairsBase = 128

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
        var masks = [UInt64](repeating: 0, count: 192)
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
            masks[Self.firstsBase + Int((word[0].value >> 6) & 63)] |= 1 << UInt64(word[0].value & 63)
            let last = word[word.count - 1].value
            masks[Self.lastsBase + Int((last >> 6) & 63)] |= 1 << UInt64(last & 63)
            if word.count >= 2 {
                let b = Self.pairBit(word[0], word[1])
                masks[Self.pairsBase + (b >> 6)] |= 1 << UInt64(b & 63)
            }
            slots[i] = Int32(entries.count)
        }
        self.entries = entries
        self.values = values
        self.maxLength = maxLength
        self.lengths = lengths
        slotMask = size - 1
        self.masks = .allocate(capacity: 192)
        self.masks.initialize(from: masks, count: 192)
        self.slots = .allocate(capacity: size)
        self.slots.initialize(from: slots, count: size)
        self.hashes = .allocate(capacity: Swift.max(hashes.count, 1))
        self.hashes.initialize(from: hashes, count: hashes.count)
        starts = .allocate(capacity: entries.count + 1)
        let total = entries.reduce(0) { $0 + $1.count }
        flat = .allocate(capacity: Swift.max(total, 1))
        var k = 0
        for (e, word) in entries.enumerated() {
            starts[e] = k
            (flat + k).initialize(from: word, count: word.count)
            k += word.count
        }
        starts[entries.count] = k
    }

    deinit {
        // Every pointee is trivial: nothing to deinitialise.
        masks.deallocate()
        slots.deallocate()
        hashes.deallocate()
        starts.deallocate()
        flat.deallocate()
    }

    static func == (a: WordSet, b: WordSet) -> Bool { a.entries == b.entries && a.values == b.values }

    func hash(into hasher: inout Hasher) {
        hasher.combine(entries)
        hasher.combine(values)
    }

    var isEmpty: Bool { entries.isEmpty }

    static func hash(_ w: some ScalarWord) -> UInt64 {
        w.withUnsafeBufferPointer { hash($0) }
    }

    /// The hash of the scalars of a buffer (`hash(_:)`), read without bounds checks.
    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<Unicode.Scalar>) -> UInt64 {
        var h = seed
        guard let p = b.baseAddress else { return h }
        var i = b.count
        while i > 0 {
            i &-= 1
            h = step(h, p[i])
        }
        return h
    }

    /// Whether some entry has `k` scalars.
    @inline(__always)
    func hasLength(_ k: Int) -> Bool { k > 0 && lengths & (1 << UInt64(Swift.min(k, 63))) != 0 }

    /// The entry index of `w`, given its hash.
    func find(_ h: UInt64, _ w: some ScalarWord) -> Int? {
        w.withUnsafeBufferPointer { find(h, $0) }
    }

    /// The entry index of the scalars of `b`, given their hash.
    @inline(__always)
    private func find(_ h: UInt64, _ b: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
        var i = Int(truncatingIfNeeded: Self.mix(h)) & slotMask
        while true {
            let e = Int(slots[i])
            if e == 0 { return nil }
            if hashes[e - 1] == h, entry(e - 1, equals: b) { return e - 1 }
            i = (i &+ 1) & slotMask
        }
    }

    /// Whether entry `e` has the scalars of `b`.
    @inline(__always)
    private func entry(_ e: Int, equals b: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let a = starts[e]
        let n = starts[e + 1] &- a
        guard n == b.count else { return false }
        guard let q = b.baseAddress else { return n == 0 }
        let p = flat + a
        var i = 0
        while i < n {
            if p[i] != q[i] { return false }
            i &+= 1
        }
        return true
    }

    /// The entry index of `w`. The masks tested on the word as it is (they reject most words),
    /// the hash and the comparison through its buffer.
    func index(of w: some ScalarWord) -> Int? {
        guard hasLength(w.count), let l = w.last, mayEnd(with: l) else { return nil }
        if w.count >= 2, !mayStart(with: w[w.startIndex], w[w.startIndex + 1]) { return nil }
        return w.withUnsafeBufferPointer { find(Self.hash($0), $0) }
    }

    /// Where the pair `a`, `b` is noted in the pairs' mask (a bit of 4096).
    @inline(__always)
    private static func pairBit(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        Int(truncatingIfNeeded: ((a.value &* 0x9E37_79B1) ^ b.value &* 0x85EB_CA77) >> 20) & 4095
    }

    /// Whether some entry may start with `a` then `b` (false when none does).
    @inline(__always)
    func mayStart(with a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        let k = Self.pairBit(a, b)
        return masks[Self.pairsBase + (k >> 6)] & (1 << UInt64(k & 63)) != 0
    }

    /// Whether some entry may start with `s` (false when none does).
    @inline(__always)
    func mayStart(with s: Unicode.Scalar) -> Bool {
        masks[Self.firstsBase + Int((s.value >> 6) & 63)] & (1 << UInt64(s.value & 63)) != 0
    }

    /// Whether some entry may end with `s` (false when none does).
    @inline(__always)
    func mayEnd(with s: Unicode.Scalar) -> Bool {
        masks[Self.lastsBase + Int((s.value >> 6) & 63)] & (1 << UInt64(s.value & 63)) != 0
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
        guard let f = w.first, mayStart(with: Self.lowerASCII(f)),
            let l = w.last, mayEnd(with: Self.lowerASCII(l)),
            w.count < 2 || mayStart(with: Self.lowerASCII(f), Self.lowerASCII(w[w.startIndex + 1]))
        else {
            return nil
        }
        return w.withUnsafeBufferPointer { probe(lowercasingASCII: $0) }
    }

    /// `lookUp(lowercasingASCII:)` past its masks: the hash and the probe, in a function of their
    /// own so that the masks' test, which rejects most words, runs without the register saves
    /// the loops need.
    @inline(never)
    private func probe(lowercasingASCII b: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
        guard let q = b.baseAddress else { return nil }
        let n = b.count
        var h = Self.seed
        var i = n
        while i > 0 {
            i &-= 1
            h = Self.step(h, Self.lowerASCII(q[i]))
        }
        var k = Int(truncatingIfNeeded: Self.mix(h)) & slotMask
        while true {
            let e = Int(slots[k])
            if e == 0 { return nil }
            if hashes[e - 1] == h {
                let a = starts[e - 1]
                if starts[e] &- a == n {
                    let p = flat + a
                    var j = 0
                    while j < n, p[j] == Self.lowerASCII(q[j]) { j &+= 1 }
                    if j == n { return e - 1 }
                }
            }
            k = (k &+ 1) & slotMask
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
        guard top >= from, top >= 1, let last = w.last, mayEnd(with: last) else { return }
        // Hashes of the suffixes of length 1...top, computed backwards in one pass.
        var hs = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        if top <= 8 {
            w.withUnsafeBufferPointer { b in
                guard let q = b.baseAddress else { return }
                let n = b.count
                withUnsafeMutableBytes(of: &hs) { raw in
                    let p = raw.bindMemory(to: UInt64.self)
                    var h = Self.seed
                    var i = n
                    for k in 1...top {
                        i &-= 1
                        h = Self.step(h, q[i])
                        p[k - 1] = h
                    }
                    var k = top
                    while k >= from {
                        if hasLength(k),
                            let e = find(p[k - 1], UnsafeBufferPointer(start: q + (n &- k), count: k)),
                            body(k, e)
                        {
                            return
                        }
                        k -= 1
                    }
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
    /// Whether the scalars are those of `other` (`elementsEqual`): the counts compared first, then
    /// the scalars through both buffers. Written for speed: the rules compare every token of a
    /// sentence (or of the report) with a word, and the generic `elementsEqual` walked both
    /// through iterators, about 20 instructions a token even when the lengths differ.
    @inline(__always)
    func isScalars(_ other: [Unicode.Scalar]) -> Bool {
        guard count == other.count else { return false }
        return isScalarsPastCount(other)
    }

    /// `isScalars(_:)` once the counts are equal.
    private func isScalarsPastCount(_ other: [Unicode.Scalar]) -> Bool {
        withUnsafeBufferPointer { a in
            other.withUnsafeBufferPointer { b in
                guard let p = a.baseAddress, let q = b.baseAddress else { return true }
                var i = 0
                let n = b.count
                while i < n {
                    if p[i] != q[i] { return false }
                    i &+= 1
                }
                return true
            }
        }
    }

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
