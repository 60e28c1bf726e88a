import DossierModel
import Foundation
import Testing

@testable import DossierEventLog

/// `verify` on several cores gives the same scan as the line-by-line reading, and gives way to it
/// on any damage.
@Suite struct ParallelVerifierTests {
    /// A log of 600 records over several segments of about 40 KB.
    func makeLog(_ dir: TemporaryDirectory) throws {
        let (log, _) = try FileEventLog.open(directory: dir.path, options: .init(segmentBytes: 40_000))
        for chunk in 0..<6 {
            try log.append((0..<100).map { batch("r\(chunk)-\($0)", facts: $0 % 4) })
        }
    }

    @Test func sameScanAsTheSequentialReading() throws {
        let dir = TemporaryDirectory()
        try makeLog(dir)
        let storage = try PosixLogStorage(directory: dir.path)
        #expect(try storage.segmentNames().count >= 3)
        let sequential = try LogVerifier.verifySequentially(storage: storage)
        for threads in [2, 3, 8] {
            let parallel = try #require(ParallelVerifier.scan(storage: storage, threads: threads))
            #expect(parallel == sequential)
        }
        #expect(sequential.records == 600 && sequential.damage == nil)
        #expect(try LogVerifier.verify(directory: dir.path) == sequential)
    }

    /// A segment read into a buffer that an earlier, shorter or longer, segment left (session 9:
    /// the buffer is grown with room to spare) gives that segment's bytes and length.
    @Test func aReusedBufferHoldsEachSegmentAsItIs() throws {
        let dir = TemporaryDirectory()
        try makeLog(dir)
        let storage = try PosixLogStorage(directory: dir.path)
        let names = try storage.segmentNames()
        var buffer: [UInt8] = []
        for name in names + names.reversed() {
            let file = try #require(FileManager.default.contents(atPath: dir.path + "/" + name))
            let length = try storage.read(name, into: &buffer)
            #expect(length == file.count)
            #expect(buffer.count >= length && Array(buffer[..<length]) == Array(file))
        }
    }

    @Test func damageAnywhereGivesWayToTheSequentialVerdict() throws {
        let dir = TemporaryDirectory()
        try makeLog(dir)
        let storage = try PosixLogStorage(directory: dir.path)
        let second = dir.path + "/" + (try storage.segmentNames()[1])
        // A changed event name in the middle of the second segment: its hash no longer matches.
        var text = try String(contentsOfFile: second, encoding: .utf8)
        let range = try #require(text.range(of: "사람1"))
        text.replaceSubrange(range, with: "사람9")
        try text.write(toFile: second, atomically: false, encoding: .utf8)
        #expect(ParallelVerifier.scan(storage: storage, threads: 2) == nil)
        let damage = try #require(try LogVerifier.verify(directory: dir.path).damage)
        #expect(damage == (try LogVerifier.verifySequentially(storage: storage)).damage)
        #expect(damage.file.hasSuffix(try storage.segmentNames()[1]))
    }

    @Test func aChainBrokenAtARunBoundaryIsFound() throws {
        let dir = TemporaryDirectory()
        try makeLog(dir)
        let storage = try PosixLogStorage(directory: dir.path)
        let first = dir.path + "/" + (try storage.segmentNames()[0])
        // Two lines swapped: each is intact on its own, the sequence and chain are not.
        var lines = try String(contentsOfFile: first, encoding: .utf8).split(
            separator: "\n",
            omittingEmptySubsequences: false
        )
        let middle = lines.count / 2
        lines.swapAt(middle - 1, middle)
        try lines.joined(separator: "\n").write(toFile: first, atomically: false, encoding: .utf8)
        #expect(ParallelVerifier.scan(storage: storage, threads: 2) == nil)
        #expect(try LogVerifier.verify(directory: dir.path).damage != nil)
    }
}
