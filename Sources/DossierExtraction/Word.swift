/// A run of scalars read in place through a pointer: a token's word in its sentence's
/// `TokenStore`. Indices are positions in the buffer the pointer starts (as an `ArraySlice`'s are
/// in its array), so a `Word` and its slices use the same index arithmetic as the slices they
/// replace.
///
/// Written for speed: tokens' words were `ArraySlice`s of the sentence's buffer, and every read
/// of one retained the buffer (then released it), about 600 000 pairs a measured run, with two
/// more releases per token when the sentence was freed. A `Word` holds no reference: it is valid
/// only while the buffer it points into lives, which for a token's word is as long as its
/// sentence (the `TokenStore` that owns the buffer belongs to the sentence, as the tokens' fields
/// do). Keep a `Word` no longer than the token it came from; copy it (`Array(word)`) to keep it
/// longer. Subscripts check their bounds, as an `ArraySlice`'s do.
struct Word: RandomAccessCollection, Equatable {
    typealias Element = Unicode.Scalar
    typealias Index = Int
    typealias SubSequence = Word
    typealias Indices = Range<Int>

    /// The start of the buffer (position 0), not of the word.
    let base: UnsafePointer<Unicode.Scalar>
    let startIndex: Int
    let endIndex: Int

    /// The scalars `range` of the buffer at `base`, which the caller keeps alive.
    @inline(__always)
    init(base: UnsafePointer<Unicode.Scalar>, range: Range<Int>) {
        self.base = base
        startIndex = range.lowerBound
        endIndex = range.upperBound
    }

    @inline(__always)
    subscript(position: Int) -> Unicode.Scalar {
        precondition(position >= startIndex && position < endIndex, "Word index out of range")
        return base[position]
    }

    @inline(__always)
    subscript(bounds: Range<Int>) -> Word {
        precondition(bounds.lowerBound >= startIndex && bounds.upperBound <= endIndex, "Word range out of range")
        return Word(base: base, range: bounds)
    }

    var indices: Range<Int> { startIndex..<endIndex }

    @inline(__always)
    var count: Int { endIndex - startIndex }

    @inline(__always)
    var isEmpty: Bool { endIndex == startIndex }

    @inline(__always)
    var first: Unicode.Scalar? { endIndex > startIndex ? base[startIndex] : nil }

    @inline(__always)
    var last: Unicode.Scalar? { endIndex > startIndex ? base[endIndex - 1] : nil }

    @inline(__always)
    func index(after i: Int) -> Int { i + 1 }

    @inline(__always)
    func index(before i: Int) -> Int { i - 1 }

    /// The first `n` scalars, without a bounds check on the slice (`0 <= n <= count`).
    @inline(__always)
    func prefix(unchecked n: Int) -> Word {
        Word(base: base, range: Range(uncheckedBounds: (startIndex, startIndex &+ n)))
    }

    /// The scalars as a buffer (valid inside `body` only).
    @inline(__always)
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Unicode.Scalar>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base + startIndex, count: count))
    }

    /// Contiguous: generic code that asks (`Scalars.string`) reads through a buffer pointer.
    @inline(__always)
    func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<Unicode.Scalar>) throws -> R) rethrows
        -> R?
    {
        try body(UnsafeBufferPointer(start: base + startIndex, count: count))
    }

    /// Equal scalars (not equal positions).
    static func == (a: Word, b: Word) -> Bool { a.elementsEqual(b) }
}

/// The scalar runs the rules and lookups take: a token's `Word` or a slice of an array of
/// scalars. Indices are positions (an `Int`), and a slice is of the same type.
protocol ScalarWord: RandomAccessCollection
where Element == Unicode.Scalar, Index == Int, SubSequence == Self, Indices == Range<Int> {
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Unicode.Scalar>) throws -> R) rethrows -> R
}

extension Word: ScalarWord {}
extension ArraySlice: ScalarWord where Element == Unicode.Scalar {}
