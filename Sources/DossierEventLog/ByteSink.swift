import DossierModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A fixed region of memory that a line is written into, byte by byte, with no growth and no
/// per-append bookkeeping of `Array` (uniqueness and capacity checks, a call for each piece were
/// most of the event encoder's time, docs/performance.md).
///
/// Writing past the end writes nothing and sets ``overflowed``: the caller then gives a larger
/// region and writes the same line again (encoding is deterministic), so a reused buffer grows to
/// the largest line once and is never checked again.
struct ByteSink {
    let base: UnsafeMutablePointer<UInt8>
    let capacity: Int
    private(set) var count = 0
    private(set) var overflowed = false

    init(base: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.base = base
        self.capacity = capacity
    }

    /// The bytes written so far.
    var written: UnsafeMutableRawBufferPointer { UnsafeMutableRawBufferPointer(start: base, count: count) }

    /// Reserves `length` bytes to be filled in later (their offset is `count` before the call).
    mutating func skip(_ length: Int) {
        guard capacity - count >= length else { return overflow() }
        count += length
    }

    mutating func append(_ byte: UInt8) {
        guard count < capacity else { return overflow() }
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeRawPointer, count length: Int) {
        guard capacity - count >= length else { return overflow() }
        Self.copy(bytes, to: base + count, length)
        count += length
    }

    /// Copies `length` bytes; up to 16 by two (overlapping) loads and stores rather than a call
    /// of `memcpy`, which cost more than the copy for the keys and the short strings that are
    /// most of an event (`memmove` was 6 to 8 % of an append's samples).
    @inline(__always)
    static func copy(_ from: UnsafeRawPointer, to: UnsafeMutableRawPointer, _ length: Int) {
        switch length {
        case 8...16:
            let head = from.loadUnaligned(as: UInt64.self)
            let tail = (from + (length - 8)).loadUnaligned(as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            (to + (length - 8)).storeBytes(of: tail, as: UInt64.self)
        case 4...7:
            let head = from.loadUnaligned(as: UInt32.self)
            let tail = (from + (length - 4)).loadUnaligned(as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            (to + (length - 4)).storeBytes(of: tail, as: UInt32.self)
        case 1...3:
            // The first, middle and last bytes (some of them the same byte).
            let half = length >> 1
            to.storeBytes(of: from.load(as: UInt8.self), as: UInt8.self)
            (to + half).storeBytes(of: (from + half).load(as: UInt8.self), as: UInt8.self)
            (to + (length - 1)).storeBytes(of: (from + (length - 1)).load(as: UInt8.self), as: UInt8.self)
        case 0:
            break
        default:
            memcpy(to, from, length)
        }
    }

    /// A JSON object's member name: `,"name":` (`{"name":` for the first member), with `"` after
    /// it when `quote` (the opening quotation mark of a string value): one test of the room left
    /// rather than one for each byte.
    mutating func key(_ name: StaticString, first: Bool, quote: Bool) {
        let length = name.utf8CodeUnitCount
        let total = length + (quote ? 5 : 4)
        guard capacity - count >= total else { return overflow() }
        let at = base + count
        at[0] = first ? UInt8(ascii: "{") : UInt8(ascii: ",")
        at[1] = UInt8(ascii: "\"")
        Self.copy(name.utf8Start, to: at + 2, length)
        at[length + 2] = UInt8(ascii: "\"")
        at[length + 3] = UInt8(ascii: ":")
        if quote { at[length + 4] = UInt8(ascii: "\"") }
        count += total
    }

    mutating func append(_ text: StaticString) {
        append(text.utf8Start, count: text.utf8CodeUnitCount)
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            guard let start = utf8.baseAddress else { return }
            append(start, count: utf8.count)
        }
    }

    /// An unsigned integer in decimal, as `String(value)` writes it.
    mutating func decimal(_ value: UInt64) {
        guard capacity - count >= 20 else { return overflow() }
        if value < 10 {
            base[count] = UInt8(ascii: "0") + UInt8(value)
            count += 1
            return
        }
        var digits = 0
        var rest = value
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        rest = value
        for i in stride(from: count + digits - 1, through: count, by: -1) {
            base[i] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        count += digits
    }

    /// An integer in decimal, as `String(value)` writes it.
    mutating func decimal(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        decimal(UInt64(value.magnitude))
    }

    /// The eight hex digits of `value`, high byte first (as ``Hex/encode32(_:)``).
    mutating func hex32(_ value: UInt32) {
        guard capacity - count >= 8 else { return overflow() }
        for i in 0..<8 {
            base[count + i] = Hex.digits[Int((value >> UInt32(28 - 4 * i)) & 0x0f)]
        }
        count += 8
    }

    /// A log line's end: `,"crc":"<8 hex digits>"}` and the newline.
    mutating func hex32Suffix(_ crc: UInt32) {
        append(#","crc":""#)
        hex32(crc)
        append("\"}\n" as StaticString)
    }

    /// The inside of a JSON string, escaped as ``JSONText/string(_:_:)`` escapes it (the same
    /// bytes: a test compares the two). Runs that need no escape are found eight bytes at a time
    /// and copied whole.
    ///
    /// The bytes are read where the string keeps them (`utf8.withContiguousStorageIfAvailable`):
    /// `withUTF8` is mutating, and the copy of the string it needs is a retain and a release,
    /// the retain being the first touch of the string's storage (a cache miss when the event
    /// was made long before), serialised behind the atomic increment.
    mutating func stringBody(_ value: String) {
        let done: Void? = value.utf8.withContiguousStorageIfAvailable { bytes in
            stringBody(bytes)
        }
        if done == nil {
            var value = value
            value.withUTF8 { stringBody($0) }
        }
    }

    private mutating func stringBody(_ bytes: UnsafeBufferPointer<UInt8>) {
        JSONText.scanEscapes(bytes) { run in
            if let start = run.baseAddress { append(start, count: run.count) }
        } escape: { byte in
            escape(byte)
        }
    }

    private mutating func escape(_ byte: UInt8) {
        guard capacity - count >= 6 else { return overflow() }
        base[count] = UInt8(ascii: "\\")
        if let short = JSONText.shortEscape(byte) {
            base[count + 1] = short
            count += 2
            return
        }
        base[count + 1] = UInt8(ascii: "u")
        base[count + 2] = UInt8(ascii: "0")
        base[count + 3] = UInt8(ascii: "0")
        base[count + 4] = Hex.digits[Int(byte >> 4)]
        base[count + 5] = Hex.digits[Int(byte & 0x0f)]
        count += 6
    }

    private mutating func overflow() {
        overflowed = true
        // Nothing more fits: later writes are refused too (and cost only this test).
        count = capacity
    }
}

/// Runs `write` on the bytes of `buffer` from `start` on as a ``ByteSink``, growing the buffer
/// (doubling it) and writing again until what is written fits; returns where it ends. The
/// buffer's `count` is its capacity for writing: bytes past the returned end are left over.
func fill<Failure: Error>(
    _ buffer: inout [UInt8],
    from start: Int,
    _ write: (inout ByteSink) throws(Failure) -> Void
) throws(Failure) -> Int {
    while true {
        if buffer.count - start < 256 {
            buffer.append(contentsOf: repeatElement(0, count: start + 256 - buffer.count))
        }
        let outcome: Result<(end: Int, overflowed: Bool), Failure> = buffer.withUnsafeMutableBufferPointer { all in
            // (Never empty here: the buffer holds at least 256 bytes past `start`.)
            guard let base = all.baseAddress else { return .success((start, true)) }
            var sink = ByteSink(base: base + start, capacity: all.count - start)
            do throws(Failure) {
                try write(&sink)
            } catch {
                return .failure(error)
            }
            return .success((start + sink.count, sink.overflowed))
        }
        let written = try outcome.get()
        if !written.overflowed { return written.end }
        buffer.append(contentsOf: repeatElement(0, count: buffer.count))
    }
}
