import Crypto
import DossierModel
import DossierTestSupport
import Foundation
import Testing

@testable import DossierEventLog

#if canImport(Glibc)
import Glibc
#endif

/// The log's own SHA-256 (the CPU's SHA instructions where it has them, session 8,
/// docs/performance.md) must give swift-crypto's digests, and a write that fails part way must
/// still leave no partial record now that the size is not asked before every write.
@Suite struct LogHashTests {
    /// Every length from 0 to 300 (one and two final blocks, each padding boundary: 55, 56, 63,
    /// 64, 119, 120), longer texts, and the same bytes at every alignment.
    @Test func givesSwiftCryptosDigests() {
        var random = SplitMix64(state: 8)
        let bytes = (0..<5000).map { _ in UInt8.random(in: 0...255, using: &random) }
        var lengths = Array(0...300) + [511, 512, 513, 1000, 4095, 4096, 4097, 4999]
        lengths += (0..<50).map { _ in Int.random(in: 0...4900, using: &random) }
        bytes.withUnsafeBytes { all in
            for offset in 0..<17 {
                for length in lengths where offset + length <= all.count {
                    let piece = UnsafeRawBufferPointer(rebasing: all[offset..<(offset + length)])
                    let expected = Array(SHA256.hash(data: piece))
                    var ours = [UInt8](repeating: 0, count: 32)
                    var portable = [UInt8](repeating: 0, count: 32)
                    ours.withUnsafeMutableBytes { LogHash.sha256(piece, into: $0.baseAddress!) }
                    portable.withUnsafeMutableBytes { LogHash.portable(piece, into: $0.baseAddress!) }
                    #expect(ours == expected, "length \(length) at offset \(offset)")
                    #expect(portable == expected, "length \(length) at offset \(offset)")
                }
            }
        }
    }

    /// Two messages hashed at once (the rounds interleaved) give each its own digest: every pair
    /// of lengths around the padding boundaries, one message longer by many blocks than the
    /// other either way round, at several alignments.
    @Test func hashingTwoAtOnceGivesEachItsDigest() {
        var random = SplitMix64(state: 11)
        let bytes = (0..<5000).map { _ in UInt8.random(in: 0...255, using: &random) }
        let edges = [0, 1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 128, 200, 447, 448, 1000, 2345]
        var pairs = edges.flatMap { a in edges.map { (a, $0) } }
        pairs += (0..<200).map { _ in
            (Int.random(in: 0...2400, using: &random), Int.random(in: 0...2400, using: &random))
        }
        bytes.withUnsafeBytes { all in
            for offset in [0, 1, 7, 16] {
                for (a, b) in pairs {
                    let first = UnsafeRawBufferPointer(rebasing: all[offset..<(offset + a)])
                    let second = UnsafeRawBufferPointer(rebasing: all[(offset + 2500)..<(offset + 2500 + b)])
                    var one = [UInt8](repeating: 0, count: 32)
                    var two = [UInt8](repeating: 0, count: 32)
                    one.withUnsafeMutableBytes { o in
                        two.withUnsafeMutableBytes { t in
                            LogHash.sha256(first, into: o.baseAddress!, second, into: t.baseAddress!)
                        }
                    }
                    #expect(one == Array(SHA256.hash(data: first)), "lengths \(a), \(b) at offset \(offset)")
                    #expect(two == Array(SHA256.hash(data: second)), "lengths \(a), \(b) at offset \(offset)")
                }
            }
        }
    }

    /// What the log actually hashes: the known digest of a text, by either path.
    @Test func knownDigests() {
        let cases: [(String, String)] = [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ]
        for (text, hex) in cases {
            var digest = [UInt8](repeating: 0, count: 32)
            Array(text.utf8).withUnsafeBytes { bytes in
                digest.withUnsafeMutableBytes { LogHash.sha256(bytes, into: $0.baseAddress!) }
            }
            #expect(Hex.encode(digest) == hex)
        }
    }

    /// A write that stops part way (here: half the bytes, then "no space") leaves the segment as
    /// it was, and the error says why.
    @Test func aWriteThatFailsPartWayLeavesNoPartialRecord() throws {
        let dir = TemporaryDirectory()
        let storage = try PosixLogStorage(directory: dir.path)
        let first = Array("{\"first\":1}\n".utf8)
        try storage.append(first, to: SegmentName.make(1))
        var calls = 0
        storage.systemWrite = { fd, bytes, count in
            calls += 1
            if calls == 1 { return write(fd, bytes, count / 2) }
            errno = ENOSPC
            return -1
        }
        let second = Array(repeating: UInt8(ascii: "x"), count: 1000) + [UInt8(ascii: "\n")]
        #expect(throws: LogError.self) { try storage.append(second, to: SegmentName.make(1)) }
        do {
            try storage.append(second, to: SegmentName.make(1))
        } catch {
            #expect(error.code == .noSpace)
        }
        #expect(try storage.read(SegmentName.make(1)) == first)
        // Interrupted and short writes are retried until everything is written.
        calls = 0
        storage.systemWrite = { fd, bytes, count in
            calls += 1
            if calls % 2 == 1 {
                errno = EINTR
                return -1
            }
            return write(fd, bytes, min(count, 100))
        }
        try storage.append(second, to: SegmentName.make(1))
        #expect(try storage.read(SegmentName.make(1)) == first + second)
    }
}
