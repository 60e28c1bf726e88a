import CCRC32C

/// CRC-32C (Castagnoli), the checksum of each log line.
///
/// Written by hand because none of the packages available to this project computes
/// CRC-32C (swift-crypto has no CRCs; compress-nio has only the zlib CRC-32). On x86-64 with
/// SSE4.2 the CPU's `crc32` instruction computes it (a small C target, chosen at run time);
/// elsewhere slicing-by-8 in Swift, which gives the same values.
public enum CRC32C {
    /// Whether ``checksum(_:)-(UnsafeRawBufferPointer)`` uses the CPU's instruction.
    public static let usesHardware: Bool = dossier_crc32c_hardware_available() != 0

    /// Eight 256-entry tables, one after the other.
    static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 8 * 256)
        for i in 0..<256 {
            var crc = UInt32(i)
            for _ in 0..<8 { crc = (crc & 1) != 0 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
            table[i] = crc
        }
        for i in 0..<256 {
            for t in 1..<8 {
                let previous = table[(t - 1) * 256 + i]
                table[t * 256 + i] = (previous >> 8) ^ table[Int(previous & 0xff)]
            }
        }
        return table
    }()

    /// The CRC-32C of `bytes`.
    public static func checksum(_ bytes: some Collection<UInt8>) -> UInt32 {
        if let result = bytes.withContiguousStorageIfAvailable({ checksum(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(bytes).withUnsafeBytes { checksum($0) }
    }

    /// The CRC-32C of the bytes in `buffer`.
    public static func checksum(_ buffer: UnsafeRawBufferPointer) -> UInt32 {
        if usesHardware, let base = buffer.baseAddress {
            return ~dossier_crc32c_hardware(0xFFFF_FFFF, base, buffer.count)
        }
        return softwareChecksum(buffer)
    }

    /// The CRC-32C of the bytes in `buffer`, by table (the fallback; tests compare the two).
    static func softwareChecksum(_ buffer: UnsafeRawBufferPointer) -> UInt32 {
        table.withUnsafeBufferPointer { t in
            var crc: UInt32 = 0xFFFF_FFFF
            let count = buffer.count
            var i = 0
            while count - i >= 8 {
                let word =
                    UInt32(buffer[i]) | UInt32(buffer[i + 1]) << 8 | UInt32(buffer[i + 2]) << 16
                    | UInt32(buffer[i + 3]) << 24
                let lo = crc ^ word
                crc =
                    t[7 * 256 + Int(lo & 0xff)] ^ t[6 * 256 + Int((lo >> 8) & 0xff)]
                    ^ t[5 * 256 + Int((lo >> 16) & 0xff)] ^ t[4 * 256 + Int(lo >> 24)]
                    ^ t[3 * 256 + Int(buffer[i + 4])] ^ t[2 * 256 + Int(buffer[i + 5])]
                    ^ t[1 * 256 + Int(buffer[i + 6])] ^ t[Int(buffer[i + 7])]
                i += 8
            }
            while i < count {
                crc = (crc >> 8) ^ t[Int((crc ^ UInt32(buffer[i])) & 0xff)]
                i += 1
            }
            return ~crc
        }
    }
}
