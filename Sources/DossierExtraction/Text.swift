#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `String` keys and comparisons without Unicode normalisation where none can apply.
///
/// `String`'s `==` and `hash(into:)` compare and hash text by canonical equivalence: for any
/// text that is not ASCII they normalise it on every call (about 600 instructions to hash a
/// Hangul word, 400 to find two differ). Text made only of scalars that are in NFC on their own
/// and never combine with a neighbour (ASCII, Latin-1, Hangul syllables, Han, common punctuation:
/// `isPlainNFC`) is its own NFC form, so for it byte equality is canonical equivalence and the
/// hash of its bytes is the hash `String` computes (the standard library feeds the hasher the NFC
/// bytes, then 0xFF; checked on Swift 6.3). Everything else takes `String`'s path: the results
/// are those of `String`.
enum Text {
    /// Whether the UTF-8 is made only of scalars that are NFC and compose with none of each other:
    /// ASCII, U+0080–U+00FF, general punctuation (U+2010–U+2027, U+2030–U+205E), CJK symbols
    /// (U+3000–U+3029, U+3030–U+303F), Han (U+3400–U+4DBF, U+4E00–U+9FFF), Hangul syllables and
    /// full-width forms (U+FF01–U+FF9D). No combining mark, conjoining jamo or singleton.
    static func isPlainNFC(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = utf8.count
        while i < n {
            let b = utf8[i]
            if b < 0x80 {
                i += 1
            } else if b == 0xC2 || b == 0xC3 {
                i += 2
            } else if b & 0xF0 == 0xE0, i + 2 < n {
                let v = UInt32(b & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                switch v {
                case 0xAC00...0xD7A3, 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x2010...0x2027, 0x2030...0x205E,
                    0x3000...0x3029, 0x3030...0x303F, 0xFF01...0xFF9D:
                    i += 3
                default:
                    return false
                }
            } else {
                return false
            }
        }
        return true
    }

    /// `a == b`, by bytes when both are plain NFC.
    static func same(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        let plain: Bool? = a.withUTF8 { x in
            b.withUTF8 { y in
                if equal(x, y) { return true }
                return isPlainNFC(x) && isPlainNFC(y) ? false : nil
            }
        }
        return plain ?? (a == b)
    }

    /// Whether two strings have the same UTF-8.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in b.withUTF8 { y in equal(x, y) } }
    }

    @inline(__always)
    private static func equal(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        guard x.count == y.count else { return false }
        guard let p = x.baseAddress, let q = y.baseAddress else { return true }
        return memcmp(p, q, x.count) == 0
    }

    /// `word.hasSuffix(suffix)`, by bytes when both are plain NFC: then every scalar is a
    /// `Character` of its own (but for `\r\n`, hence the test for `\r`) and equal scalars are
    /// equal `Character`s, so a byte suffix is a `Character` suffix. `String.hasSuffix` compares
    /// `Character`s and normalised Hangul on every call (about 1 300 instructions a test).
    static func hasSuffix(_ word: String, _ suffix: String) -> Bool {
        var w = word
        var s = suffix
        let bytes: Bool? = w.withUTF8 { x in
            s.withUTF8 { y in
                guard isPlainNFC(x), isPlainNFC(y), !x.contains(0x0D), !y.contains(0x0D) else { return nil }
                guard y.count <= x.count else { return false }
                return equal(UnsafeBufferPointer(rebasing: x[(x.count - y.count)...]), y)
            }
        }
        return bytes ?? word.hasSuffix(suffix)
    }

    /// Endings to test words against (`hasSuffix(_:anyOf:)`), each with its UTF-8 and whether it is
    /// plain (as `hasSuffix` decides for its suffix), found once when the list is made.
    struct Endings: Sendable {
        let strings: [String]
        let utf8: [[UInt8]]
        /// Plain NFC without `\r`: such an ending is compared by bytes with a plain word.
        let plain: [Bool]

        init(_ strings: [String]) {
            self.strings = strings
            utf8 = strings.map { Array($0.utf8) }
            plain = utf8.map { b in b.withUnsafeBufferPointer { isPlainNFC($0) } && !b.contains(0x0D) }
        }
    }

    /// Whether `word` ends with one of `endings` (`endings.strings.contains { hasSuffix(word, $0) }`),
    /// the word's bytes tested for plain NFC once and the endings' found plain when the list was
    /// made: the rules test a topic's words against four endings each (`presentation`), where the
    /// scans and the `withUTF8` calls of word and ending were most of each test's cost.
    static func hasSuffix(_ word: String, anyOf endings: Endings) -> Bool {
        var w = word
        return w.withUTF8 { x in
            let plainWord = isPlainNFC(x) && !x.contains(0x0D)
            for k in endings.strings.indices {
                if plainWord, endings.plain[k] {
                    let found = endings.utf8[k].withUnsafeBufferPointer { y in
                        y.count <= x.count && equal(UnsafeBufferPointer(rebasing: x[(x.count - y.count)...]), y)
                    }
                    if found { return true }
                } else if word.hasSuffix(endings.strings[k]) {
                    return true
                }
            }
            return false
        }
    }

    /// Whether `needle`'s bytes occur in `hay`'s, and `hay` is the longer (`최고기술책임자(CTO)` holds
    /// `CTO`). Foundation's `range(of:)` cost about 7,000 instructions a call.
    static func containsLonger(_ hay: String, _ needle: String) -> Bool {
        var h = hay
        var n = needle
        return h.withUTF8 { x in
            n.withUTF8 { y in
                guard y.count < x.count, let p = x.baseAddress, let q = y.baseAddress else { return false }
                for k in 0...(x.count - y.count) where x[k] == y[0] && memcmp(p + k, q, y.count) == 0 {
                    return true
                }
                return false
            }
        }
    }

    /// Whether `list` holds a string equal to `word` (`list.contains(word)`).
    static func isOne(of list: [String], _ word: String) -> Bool {
        // `list.contains { same($0, word) }`, the word's bytes found plain (or not) once rather than
        // at every entry whose bytes differ.
        var w = word
        return w.withUTF8 { y in
            var wordPlain: Bool?
            for entry in list {
                var e = entry
                let answer: Bool? = e.withUTF8 { x in
                    if equal(x, y) { return true }
                    if wordPlain == nil { wordPlain = isPlainNFC(y) }
                    return wordPlain == true && isPlainNFC(x) ? false : nil
                }
                if answer ?? (entry == word) { return true }
            }
            return false
        }
    }
}

/// A `String` as a dictionary key: equal and hashed exactly as the `String`, faster for plain
/// NFC text (see `Text`). Whether the text is plain is found once, when the key is made.
struct TextKey: Hashable, ExpressibleByStringLiteral {
    let text: String
    private let plain: Bool

    init(stringLiteral text: String) { self.init(text) }

    init(_ text: String) {
        var t = text
        plain = t.withUTF8 { Text.isPlainNFC($0) }
        self.text = t
    }

    static func == (a: TextKey, b: TextKey) -> Bool {
        guard a.plain, b.plain else { return a.text == b.text }
        return Text.sameBytes(a.text, b.text)
    }

    func hash(into hasher: inout Hasher) {
        guard plain else { return text.hash(into: &hasher) }
        var t = text
        // What `String.hash(into:)` feeds the hasher for text in NFC: its bytes, then 0xFF.
        t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)
    }
}

/// A dictionary keyed by `String`s through `TextKey`: the same lookups and iteration order as
/// `[String: Value]`, without normalising Hangul on every lookup.
struct TextDictionary<Value>: Sequence, ExpressibleByDictionaryLiteral {
    private var storage: [TextKey: Value] = [:]

    init() {}

    init(dictionaryLiteral elements: (String, Value)...) {
        for (k, v) in elements { storage[TextKey(k)] = v }
    }

    subscript(key: String) -> Value? {
        get { storage[TextKey(key)] }
        set { storage[TextKey(key)] = newValue }
    }

    /// The same with a key made before (`LexiconBox.orgNameKeys`).
    subscript(key: TextKey) -> Value? {
        get { storage[key] }
        set { storage[key] = newValue }
    }

    /// Reserves room for `n` keys, so that a dictionary filled key by key is not regrown.
    mutating func reserveCapacity(_ n: Int) { storage.reserveCapacity(n) }

    subscript(key: String, default value: @autoclosure () -> Value) -> Value {
        get { storage[TextKey(key), default: value()] }
        _modify { yield &storage[TextKey(key), default: value()] }
    }

    var isEmpty: Bool { storage.isEmpty }
    var count: Int { storage.count }

    struct Iterator: IteratorProtocol {
        var base: Dictionary<TextKey, Value>.Iterator

        mutating func next() -> (key: String, value: Value)? {
            base.next().map { ($0.key.text, $0.value) }
        }
    }

    func makeIterator() -> Iterator { Iterator(base: storage.makeIterator()) }
}
