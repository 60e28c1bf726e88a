/// A deterministic 128-bit digest of a text (two 64-bit FNV-1a hashes, over the bytes forwards
/// and backwards), in hex. Not cryptographic: for identifiers that must stay the same across
/// rebuilds, such as calendar UIDs.
enum StableID {
    static func hex(_ text: String) -> String {
        let prime: UInt64 = 0x100_0000_01b3
        var forwards: UInt64 = 0xcbf2_9ce4_8422_2325
        var backwards: UInt64 = 0x6c62_272e_07bb_0142
        let bytes = Array(text.utf8)
        for byte in bytes { forwards = (forwards ^ UInt64(byte)) &* prime }
        for byte in bytes.reversed() { backwards = (backwards ^ UInt64(byte)) &* prime }
        return hex64(forwards) + hex64(backwards)
    }

    static func hex64(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
