#if canImport(Glibc)
import Glibc
#endif

/// Finds the byte ranges of the members of a JSON object and of the elements of a JSON array,
/// without decoding them.
///
/// Written by hand because the chain hashes each event over its bytes exactly as written in
/// the log, and no JSON library here (Foundation's included) reports where a value lies in its
/// input. It validates only the structure it walks; values are decoded elsewhere.
struct JSONScanner {
    let bytes: UnsafeRawBufferPointer

    enum Failure: Error { case syntax(offset: Int) }

    /// The members of the object that spans `range`: key → range of the raw value.
    func objectMembers(in range: Range<Int>) throws(Failure) -> [(key: Substring, value: Range<Int>)] {
        try objectMemberRanges(in: range).map { member in
            (Substring(decoding: UnsafeRawBufferPointer(rebasing: bytes[member.key]), as: UTF8.self), member.value)
        }
    }

    /// The members of the object that spans `range`: the range of each key's raw text (inside its
    /// quotation marks) and of its raw value.
    func objectMemberRanges(in range: Range<Int>) throws(Failure) -> [(key: Range<Int>, value: Range<Int>)] {
        var i = skipSpace(range.lowerBound, range.upperBound)
        guard i < range.upperBound, bytes[i] == UInt8(ascii: "{") else { throw .syntax(offset: i) }
        i = skipSpace(i + 1, range.upperBound)
        var members: [(key: Range<Int>, value: Range<Int>)] = []
        if i < range.upperBound, bytes[i] == UInt8(ascii: "}") { return members }
        // Room for an event's members at once (growing from empty took four allocations).
        members.reserveCapacity(16)
        while true {
            let keyEnd = try skipValue(i, range.upperBound)
            guard bytes[i] == UInt8(ascii: "\""), keyEnd - i >= 2 else { throw .syntax(offset: i) }
            let key = (i + 1)..<(keyEnd - 1)
            i = skipSpace(keyEnd, range.upperBound)
            guard i < range.upperBound, bytes[i] == UInt8(ascii: ":") else { throw .syntax(offset: i) }
            i = skipSpace(i + 1, range.upperBound)
            let valueEnd = try skipValue(i, range.upperBound)
            members.append((key, i..<valueEnd))
            i = skipSpace(valueEnd, range.upperBound)
            guard i < range.upperBound else { throw .syntax(offset: i) }
            if bytes[i] == UInt8(ascii: "}") { return members }
            guard bytes[i] == UInt8(ascii: ",") else { throw .syntax(offset: i) }
            i = skipSpace(i + 1, range.upperBound)
        }
    }

    /// The ranges of the elements of the array that spans `range`.
    func arrayElements(in range: Range<Int>) throws(Failure) -> [Range<Int>] {
        var i = skipSpace(range.lowerBound, range.upperBound)
        guard i < range.upperBound, bytes[i] == UInt8(ascii: "[") else { throw .syntax(offset: i) }
        i = skipSpace(i + 1, range.upperBound)
        var elements: [Range<Int>] = []
        if i < range.upperBound, bytes[i] == UInt8(ascii: "]") { return elements }
        while true {
            let end = try skipValue(i, range.upperBound)
            elements.append(i..<end)
            i = skipSpace(end, range.upperBound)
            guard i < range.upperBound else { throw .syntax(offset: i) }
            if bytes[i] == UInt8(ascii: "]") { return elements }
            guard bytes[i] == UInt8(ascii: ",") else { throw .syntax(offset: i) }
            i = skipSpace(i + 1, range.upperBound)
        }
    }

    /// The text of a string value without its quotes (escapes are not expected in the log's own fields).
    func plainString(_ range: Range<Int>) -> Substring? {
        guard range.count >= 2, bytes[range.lowerBound] == UInt8(ascii: "\""),
            bytes[range.upperBound - 1] == UInt8(ascii: "\"")
        else { return nil }
        let inner = UnsafeRawBufferPointer(rebasing: bytes[(range.lowerBound + 1)..<(range.upperBound - 1)])
        if inner.contains(UInt8(ascii: "\\")) { return nil }
        return Substring(decoding: inner, as: UTF8.self)
    }

    func skipSpace(_ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return i
            }
        }
        return i
    }

    /// The index just past the string whose opening quotation mark is at `start`.
    ///
    /// Strings are most of a record's bytes: eight bytes at a time are tested for a quotation mark
    /// or a backslash at once (the zero-byte test on the word XORed with each), which makes `verify`
    /// fast; the bytes after a backslash are stepped over one by one.
    func skipString(_ start: Int, _ end: Int) throws(Failure) -> Int {
        guard let base = bytes.baseAddress else { throw .syntax(offset: start) }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = ones &* UInt64(UInt8(ascii: "\""))
        let slashes = ones &* UInt64(UInt8(ascii: "\\"))
        var i = start + 1
        while i < end {
            if end - i >= 8 {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let q = word ^ quotes
                let b = word ^ slashes
                let found = ((q &- ones) & ~q | (b &- ones) & ~b) & highs
                if found == 0 {
                    i += 8
                    continue
                }
                i += found.trailingZeroBitCount / 8
            }
            let c = bytes[i]
            if c == UInt8(ascii: "\"") { return i + 1 }
            i += c == UInt8(ascii: "\\") ? 2 : 1
        }
        throw .syntax(offset: end)
    }

    /// The index just past the value starting at `start`.
    func skipValue(_ start: Int, _ end: Int) throws(Failure) -> Int {
        guard start < end else { throw .syntax(offset: start) }
        switch bytes[start] {
        case UInt8(ascii: "\""):
            return try skipString(start, end)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var i = start
            while i < end {
                switch bytes[i] {
                case UInt8(ascii: "\""):
                    i = try skipValue(i, end)
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return i + 1 }
                default:
                    break
                }
                i += 1
            }
            throw .syntax(offset: end)
        default:
            var i = start
            while i < end {
                switch bytes[i] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D:
                    guard i > start else { throw .syntax(offset: i) }
                    return i
                default: i += 1
                }
            }
            return i
        }
    }
}
