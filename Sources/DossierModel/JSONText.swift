/// JSON strings and numbers as Foundation's `JSONEncoder` writes them on Linux (with
/// `.withoutEscapingSlashes`): `"` and `\` escaped, C0 controls as `\b \f \n \r \t` or `\u00XX`,
/// everything else (`/`, DEL, U+2028, any non-ASCII text) as its UTF-8 bytes.
///
/// Shared by the event log's compact encoder and the projections' pretty writer.
public enum JSONText {
    @usableFromInline static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `value` as a quoted JSON string.
    ///
    /// Runs of bytes that need no escape (nearly all text) are found eight bytes at a time and
    /// appended whole; only the bytes that need one are handled one by one.
    @inlinable
    public static func string(_ value: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        stringBody(value, &out)
        out.append(UInt8(ascii: "\""))
    }

    /// Appends `value` as the inside of a JSON string (escaped, without the quotation marks).
    ///
    /// The bytes are read where the string keeps them (`utf8.withContiguousStorageIfAvailable`):
    /// `withUTF8` is mutating, and the copy of the string it needs is a retain and a release
    /// (1 % of a rebuild's samples, session 12).
    @inlinable
    public static func stringBody(_ value: String, _ out: inout [UInt8]) {
        let done: Void? = value.utf8.withContiguousStorageIfAvailable { bytes in
            stringBody(bytes, &out)
        }
        if done == nil {
            var value = value
            value.withUTF8 { stringBody($0, &out) }
        }
    }

    @inlinable
    static func stringBody(_ bytes: UnsafeBufferPointer<UInt8>, _ out: inout [UInt8]) {
        scanEscapes(bytes) { run in
            out.append(contentsOf: run)
        } escape: { byte in
            escape(byte, &out)
        }
    }

    /// Walks UTF-8 bytes as a JSON string's inside: the runs that need no escape go to `run` whole
    /// (found eight bytes at a time), each byte that needs one to `escape`. The one scan behind
    /// every JSON string writer (`stringBody` here, the event log's `ByteSink`), so that they
    /// write the same bytes.
    @inlinable
    public static func scanEscapes(
        _ bytes: UnsafeBufferPointer<UInt8>,
        run: (UnsafeBufferPointer<UInt8>) -> Void,
        escape: (UInt8) -> Void
    ) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var start = 0
        var i = 0
        while i < count {
            if count - i >= 8 {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let flagged = escapeMask(word)
                if flagged == 0 {
                    i += 8
                    continue
                }
                // The lowest flagged byte is exact (the tests' borrows only run upwards).
                i += flagged.trailingZeroBitCount / 8
            }
            let byte = base[i]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                run(UnsafeBufferPointer(start: base + start, count: i - start))
                escape(byte)
                start = i + 1
            }
            i += 1
        }
        run(UnsafeBufferPointer(start: base + start, count: count - start))
    }

    /// The letter after `\` of a byte with a short escape (`"`, `\`, `\n`, `\r`, `\t`, `\b`, `\f`);
    /// nil for the other C0 controls, written `\u00XX`.
    @inlinable
    public static func shortEscape(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "\""): UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): UInt8(ascii: "\\")
        case 0x0A: UInt8(ascii: "n")
        case 0x0D: UInt8(ascii: "r")
        case 0x09: UInt8(ascii: "t")
        case 0x08: UInt8(ascii: "b")
        case 0x0C: UInt8(ascii: "f")
        default: nil
        }
    }

    /// The high bit of each byte of `word` (little-endian) that is a C0 control, `"` or `\`; the
    /// lowest set bit is exact, higher ones may be false.
    @inlinable
    public static func escapeMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* 0x22)
        let slashes = word ^ (ones &* 0x5C)
        let controls = (word &- ones &* 0x20) & ~word
        return (controls | (quotes &- ones) & ~quotes | (slashes &- ones) & ~slashes) & highs
    }

    /// Appends the escape of one byte that needs one.
    @usableFromInline
    static func escape(_ byte: UInt8, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        if let short = shortEscape(byte) {
            out.append(short)
            return
        }
        out.append(UInt8(ascii: "u"))
        out.append(0x30)
        out.append(0x30)
        out.append(hex[Int(byte >> 4)])
        out.append(hex[Int(byte & 0xF)])
    }

    /// Appends an integer in decimal, as `String(value)` writes it (no `String` made).
    @inlinable
    public static func integer(_ value: Int, _ out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        unsigned(UInt64(value.magnitude), &out)
    }

    /// Appends an unsigned integer in decimal, as `String(value)` writes it.
    @inlinable
    public static func unsigned(_ value: UInt64, _ out: inout [UInt8]) {
        if value < 10 {
            out.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        // At most 20 digits, written from the end of a 24-byte scratch.
        var magnitude = value
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { scratch in
            var at = scratch.count
            while magnitude > 0 {
                at -= 1
                scratch[at] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[at...]))
        }
    }

    /// Appends a finite number: integers without a fraction, others in Swift's shortest
    /// round-trip form (the log's encoder).
    public static func number(_ value: Double, _ out: inout [UInt8]) {
        out.append(contentsOf: numberText(value).utf8)
    }

    /// The text ``number(_:_:)`` appends.
    public static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            String(Int64(value))
        } else {
            String(value)
        }
    }
}
