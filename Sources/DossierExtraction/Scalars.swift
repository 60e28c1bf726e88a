/// Classification of Unicode scalars, by hand (no regular expressions on the hot path).
enum Scalars {
    static func isHangul(_ s: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(s.value) }
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
    }
    /// Japanese kana, the long-vowel mark `ー` among them.
    static func isKana(_ s: Unicode.Scalar) -> Bool { (0x3040...0x30FF).contains(s.value) }
    /// Katakana (the second half of `isKana`'s range), the script of foreign and company names (`マクアケ`).
    static func isKatakana(_ s: Unicode.Scalar) -> Bool { (0x30A0...0x30FF).contains(s.value) }
    /// Han characters and Japanese kana (`宮本純`, `川村絵里`, `ヤフー`).
    static func isHanOrKana(_ s: Unicode.Scalar) -> Bool { isHan(s) || isKana(s) }
    static func isDigit(_ s: Unicode.Scalar) -> Bool { (0x30...0x39).contains(s.value) }
    static func isLatin(_ s: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
    }
    static func isUpper(_ s: Unicode.Scalar) -> Bool { (0x41...0x5A).contains(s.value) }
    /// A Latin letter with a diacritic (`é`, `ñ`, `ü`, `ł`): Latin-1 Supplement and Latin Extended-A,
    /// without `×` and `÷`.
    static func isAccentedLatin(_ s: Unicode.Scalar) -> Bool {
        (0xC0...0x17F).contains(s.value) && s.value != 0xD7 && s.value != 0xF7
    }
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{A0}" || s == "\u{3000}" || s == "\r"
    }
    static func digitValue(_ s: Unicode.Scalar) -> Int { Int(s.value) - 0x30 }

    /// Opening double quotation marks.
    static func isDoubleOpen(_ s: Unicode.Scalar) -> Bool { s == "\u{201C}" || s == "「" || s == "『" }
    /// Closing double quotation marks.
    static func isDoubleClose(_ s: Unicode.Scalar) -> Bool { s == "\u{201D}" || s == "」" || s == "』" }
    /// Any quotation mark.
    static func isQuote(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "「", "」", "『", "』", "《", "》", "〈", "〉":
            return true
        default:
            return false
        }
    }

    /// Whether the text has a Han character.
    /// Whether a text holds a Han character or katakana: a native spelling (`腾讯`, and `マクアケ` or
    /// `LINEヤフー` as much; not hiragana, `ものづくり`, a word). (Tests that count Han characters to tell a
    /// person's name from a company's read `isHan` alone: kana spell sounds, not words.)
    static func hasHan(_ text: String) -> Bool {
        text.unicodeScalars.contains { isHan($0) || isKatakana($0) }
    }
    /// Whether every letter of the text is Hangul.
    static func isAllHangul(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isHangul)
    }
    /// Whether the text is an upper-case Latin code such as `CSIG` or `B2B`.
    static func isCode(_ text: String) -> Bool {
        if text.utf8.count > 8 { return false }
        return isCode(text.unicodeScalars)
    }

    /// Whether the scalars contain those of `needle`.
    static func contains(_ hay: some ScalarWord, _ needle: [Unicode.Scalar]) -> Bool {
        guard let first = needle.first, hay.count >= needle.count else { return false }
        var i = hay.startIndex
        while i <= hay.endIndex - needle.count {
            if hay[i] == first {
                var k = 1
                while k < needle.count, hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    static func isCode(_ u: some Collection<Unicode.Scalar>) -> Bool {
        return (2...8).contains(u.count) && u.allSatisfy { isUpper($0) || isDigit($0) || $0 == "&" }
            && u.contains(where: isUpper)
    }
}

extension Scalars {
    /// The scalars of a string, decoded from its UTF-8 directly.
    static func array(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { utf8 in
            let n = utf8.count
            // Decoded into a temporary buffer, then copied into an array: the array initialisers
            // that leave elements uninitialised (`init(unsafeUninitializedCapacity:)`, also
            // `init(repeating:count:)`) are not specialised here and look up their storage type's
            // metadata on every call (about 600 instructions, more than decoding a word).
            return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: n) { out in
                var i = 0
                var k = 0
                while i < n {
                    let b = UInt32(utf8[i])
                    var v: UInt32
                    if b < 0x80 {
                        v = b
                        i += 1
                    } else if b < 0xE0 {
                        v = (b & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                        i += 2
                    } else if b < 0xF0 {
                        v = (b & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v =
                            (b & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                            | UInt32(utf8[i + 3] & 0x3F)
                        i += 4
                    }
                    // A `String` holds valid UTF-8, so `v` is a scalar value.
                    out.initializeElement(at: k, to: Unicode.Scalar(v) ?? "\u{FFFD}")
                    k += 1
                }
                return Array(UnsafeBufferPointer(rebasing: out[..<k]))
            }
        }
    }

    /// The number of UTF-8 bytes that encode the scalars.
    static func utf8Count(_ s: some ScalarWord) -> Int {
        s.withUnsafeBufferPointer { b in
            // On the raw values (a `Unicode.Scalar` is its `UInt32` value), one byte each plus one
            // per boundary passed, each as the sign bit of `boundary - x` (a scalar value is below
            // 2^21): arithmetic without branches, which the compiler vectorises; written with
            // comparisons it branched on every scalar.
            b.withMemoryRebound(to: UInt32.self) { v in
                var extra: UInt32 = 0
                for x in v { extra &+= (0x7F &- x) >> 31 &+ (0x7FF &- x) >> 31 &+ (0xFFFF &- x) >> 31 }
                return v.count + Int(extra)
            }
        }
    }

    /// Whether each scalar is a `Character` of its own: every scalar is printable ASCII, tab,
    /// line feed, Latin-1, general punctuation, CJK punctuation, a Hangul syllable, a Han
    /// character or a full-width form, none of which joins its neighbours into one grapheme
    /// (no CR, jamo, combining or joining marks). Then `Character` offsets are scalar offsets.
    static func charactersAreScalars(_ s: some Collection<Unicode.Scalar>) -> Bool {
        s.allSatisfy { c in
            // Hangul syllables and printable ASCII first (nearly every scalar of a report): two
            // range tests, where the whole list was tested range by range.
            let v = c.value
            if v &- 0xAC00 <= 0xD7A3 - 0xAC00 || v &- 0x20 <= 0x7E - 0x20 { return true }
            switch v {
            case 0x09, 0x0A, 0x20...0x7E, 0xA0...0xFF, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029,
                0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF9D:
                return true
            default:
                return false
            }
        }
    }

    /// A `String` of the scalars, encoded directly as UTF-8 (much cheaper than appending to a
    /// `String.UnicodeScalarView`, which checks each scalar).
    static func string(_ s: some Collection<Unicode.Scalar>) -> String {
        let count = s.count
        if count == 0 { return "" }
        if count <= 16 {
            // Short words (most tokens): encode on the stack, then one validated copy (a small
            // string needs no allocation at all).
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
                let n = encode(s, into: buffer)
                // As many bytes as scalars: all ASCII. A small ASCII string made in place needs no
                // UTF-8 validation (`String(decoding:)` validated and then copied the bytes again).
                if n == count, n <= 15 {
                    return String(unsafeUninitializedCapacity: n) { out in
                        guard let o = out.baseAddress, let b = buffer.baseAddress else { return 0 }
                        o.update(from: b, count: n)
                        return n
                    }
                }
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<n]), as: UTF8.self)
            }
        }
        return String(unsafeUninitializedCapacity: count * 4) { encode(s, into: $0) }
    }

    /// Writes the scalars as UTF-8; returns the number of bytes.
    @inline(__always)
    private static func encode(_ s: some Collection<Unicode.Scalar>, into buffer: UnsafeMutableBufferPointer<UInt8>)
        -> Int
    {
        // Arrays and slices (every caller) through a buffer pointer: no index checks per scalar.
        if let n = s.withContiguousStorageIfAvailable({ encode(scalars: $0, into: buffer) }) { return n }
        var n = 0
        for c in s {
            let v = c.value
            if v < 0x80 {
                buffer[n] = UInt8(v)
                n += 1
            } else if v < 0x800 {
                buffer[n] = UInt8(0xC0 | (v >> 6))
                buffer[n + 1] = UInt8(0x80 | (v & 0x3F))
                n += 2
            } else if v < 0x10000 {
                buffer[n] = UInt8(0xE0 | (v >> 12))
                buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                buffer[n + 2] = UInt8(0x80 | (v & 0x3F))
                n += 3
            } else {
                buffer[n] = UInt8(0xF0 | (v >> 18))
                buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                buffer[n + 3] = UInt8(0x80 | (v & 0x3F))
                n += 4
            }
        }
        return n
    }

    @inline(__always)
    private static func encode(
        scalars s: UnsafeBufferPointer<Unicode.Scalar>,
        into buffer: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        guard let out = buffer.baseAddress else { return 0 }
        var n = 0
        for c in s {
            let v = c.value
            if v < 0x80 {
                out[n] = UInt8(truncatingIfNeeded: v)
                n &+= 1
            } else if v < 0x800 {
                out[n] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                out[n &+ 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                n &+= 2
            } else if v < 0x10000 {
                out[n] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                out[n &+ 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                out[n &+ 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                n &+= 3
            } else {
                out[n] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                out[n &+ 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                out[n &+ 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                out[n &+ 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                n &+= 4
            }
        }
        return n
    }

    /// The first offset of `needle` in `hay`, by scalars.
    /// The scalars `String.trimmed()` keeps of the text they make: without spaces (`isSpace`) and
    /// line feeds at either end.
    static func trimmedRange(_ s: [Unicode.Scalar]) -> Range<Int> {
        var a = 0
        var b = s.count
        while a < b, isSpace(s[a]) || s[a] == "\n" { a += 1 }
        while b > a, isSpace(s[b - 1]) || s[b - 1] == "\n" { b -= 1 }
        return a..<b
    }

    static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from start: Int = 0) -> Int? {
        guard let first = needle.first, hay.count >= needle.count else { return nil }
        let last = hay.count - needle.count
        // Through buffer pointers: the rules search whole sentences here, and the arrays' bounds
        // checks were most of the cost of the scan. Every read is in range: `i <= last` and
        // `k < needle.count` keep `i + k` below `hay.count`; `start` below 0 reads nothing before
        // the first scalar (as the checked subscript would have trapped, it is not allowed).
        precondition(start >= 0, "find from a negative offset")
        return hay.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { nd in
                guard let hp = h.baseAddress, let np = nd.baseAddress else { return nil }
                let m = nd.count
                var i = start
                while i <= last {
                    if hp[i] == first {
                        var k = 1
                        while k < m, hp[i &+ k] == np[k] { k &+= 1 }
                        if k == m { return i }
                    }
                    i &+= 1
                }
                return nil
            }
        }
    }

    /// The scalars with ASCII letters lower-cased, or nil when the word needs Unicode case
    /// mapping (see `lower`).
    static func lowerASCII(_ w: some ScalarWord) -> [Unicode.Scalar]? {
        var out = Array(w)
        for i in out.indices {
            let s = out[i]
            if isUpper(s) {
                out[i] = Unicode.Scalar(s.value + 32) ?? s
            } else if s.value >= 0x80, !isHangul(s), !isHan(s), s.value != 0xB7 {
                return nil
            }
        }
        return out
    }

    /// Lower-cases ASCII letters only; Hangul and Han have no case, so most words need no
    /// Unicode case mapping.
    static func lower(_ word: String) -> String {
        // On the UTF-8 directly (org and title keys are lower-cased on every lookup): a word of
        // ASCII, Hangul, Han and U+00B7 only is lower-cased byte by byte; any other scalar takes
        // `lowercased()`.
        var w = word
        return w.withUTF8 { u -> String in
            let n = u.count
            var hasUpper = false
            var i = 0
            while i < n {
                let b = u[i]
                if b < 0x80 {
                    if b &- 0x41 < 26 { hasUpper = true }
                    i += 1
                    continue
                }
                if b == 0xC2, i + 1 < n, u[i + 1] == 0xB7 {
                    i += 2
                    continue
                }
                if b & 0xF0 == 0xE0, i + 2 < n {
                    let v = UInt32(b & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F)
                    if (0xAC00...0xD7A3).contains(v) || (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) {
                        i += 3
                        continue
                    }
                }
                return word.lowercased()
            }
            guard hasUpper else { return word }
            return String(unsafeUninitializedCapacity: n) { out in
                for k in 0..<n {
                    let b = u[k]
                    out[k] = b &- 0x41 < 26 ? b + 32 : b
                }
                return n
            }
        }
    }
}

extension String {
    /// The text with white space and the given punctuation trimmed at both ends.
    func trimmed(_ extra: String = "") -> String {
        var u = Substring(self).unicodeScalars
        let drop: (Unicode.Scalar) -> Bool = {
            Scalars.isSpace($0) || $0 == "\n" || extra.unicodeScalars.contains($0)
        }
        // Most texts have nothing to trim: the text itself, without copying it.
        if let f = u.first, let l = u.last, !drop(f), !drop(l) { return self }
        while let f = u.first, drop(f) { u.removeFirst() }
        while let l = u.last, drop(l) { u.removeLast() }
        return String(u)
    }
}

extension Array where Element == String {
    /// The strings joined with `separator`, as `joined(separator:)` of the standard library
    /// gives them. Written for speed: this overload is more specific than the standard library's
    /// (generic over `BidirectionalCollection`, not specialised for the rules' `[String]` and
    /// about 700 instructions a call); the rules join a few words at a time.
    ///
    /// The bytes are copied into one buffer and made a `String` once: each `+=` went through
    /// `String.append`'s checks (about 280 instructions), more than validating the result.
    func joined(separator: String) -> String {
        guard let first = self.first else { return "" }
        if count == 1 { return first }
        var length = first.utf8.count
        for s in self.dropFirst() { length += separator.utf8.count + s.utf8.count }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var n = 0
            for (i, s) in self.enumerated() {
                if i > 0 { n = Self.copy(separator, into: buffer, at: n) }
                n = Self.copy(s, into: buffer, at: n)
            }
            return n
        }
    }

    /// Writes the UTF-8 of `s` at `offset`; returns the offset after it.
    @inline(__always)
    private static func copy(_ s: String, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        let copied = s.utf8.withContiguousStorageIfAvailable { bytes in
            guard let from = bytes.baseAddress, let to = buffer.baseAddress else { return offset }
            (to + offset).update(from: from, count: bytes.count)
            return offset + bytes.count
        }
        if let copied { return copied }
        var n = offset
        for b in s.utf8 {
            buffer[n] = b
            n += 1
        }
        return n
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of a string (`Array(text.unicodeScalars)`), decoded from its UTF-8 directly
    /// (`Scalars.array`). Written for speed: this overload is chosen over the standard library's
    /// generic `init(_:)`, which walks the view twice (to count, then to copy).
    init(_ scalars: String.UnicodeScalarView) {
        self = Scalars.array(String(scalars))
    }
}
