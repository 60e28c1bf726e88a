import DossierModel
import Foundation
import Testing

@testable import DossierEventLog

/// The file storage behind another type: `LogScanner` then reads every line itself, on one thread
/// (the two-thread reading is for ``PosixLogStorage`` only), which is the reference here.
final class SequentialStorage: LogStorage {
    let disk: PosixLogStorage

    init(directory: String) throws {
        disk = try PosixLogStorage(directory: directory)
    }

    var directory: String { disk.directory }
    func segmentNames() throws(LogError) -> [String] { try disk.segmentNames() }
    func read(_ segment: String) throws(LogError) -> [UInt8] { try disk.read(segment) }
    func append(_ bytes: [UInt8], to segment: String) throws(LogError) { try disk.append(bytes, to: segment) }
    func sync(_ segment: String) throws(LogError) { try disk.sync(segment) }
    func truncate(_ segment: String, to length: Int) throws(LogError) { try disk.truncate(segment, to: length) }
    func saveAside(_ bytes: [UInt8], name: String) throws(LogError) { try disk.saveAside(bytes, name: name) }
}

@Suite struct PipelinedScanTests {
    /// A log of `records` generated batches in segments of about `segmentBytes`.
    func makeLog(records: Int, segmentBytes: Int = 64 << 20, seed: UInt64 = 3) throws -> TemporaryDirectory {
        let dir = TemporaryDirectory()
        var generator = EventGenerator(seed: seed)
        let (log, _) = try FileEventLog.open(directory: dir.path, options: .init(segmentBytes: segmentBytes))
        var written = 0
        while written < records {
            let group = min(7, records - written)
            try log.append((0..<group).map { _ in generator.batch() })
            written += group
        }
        return dir
    }

    /// What a scan visits and finds: through the two-thread path (the file storage) and through
    /// the one-thread path (the same files behind ``SequentialStorage``).
    func bothScans(_ dir: String, decodeAfter: UInt64 = 0) throws -> (
        pipelined: (records: [LogRecord], scan: LogScan), sequential: (records: [LogRecord], scan: LogScan)
    ) {
        var pipelined: [LogRecord] = []
        let fast = try LogScanner.scan(storage: try PosixLogStorage(directory: dir), decodeAfter: decodeAfter) {
            pipelined.append($0)
        }
        var sequential: [LogRecord] = []
        let slow = try LogScanner.scan(storage: try SequentialStorage(directory: dir), decodeAfter: decodeAfter) {
            sequential.append($0)
        }
        return ((pipelined, fast), (sequential, slow))
    }

    @Test func visitsWhatTheSequentialScanVisits() throws {
        for segmentBytes in [64 << 20, 200_000] {
            let dir = try makeLog(records: 400, segmentBytes: segmentBytes)
            for decodeAfter: UInt64 in [0, 150] {
                let (fast, slow) = try bothScans(dir.path, decodeAfter: decodeAfter)
                #expect(fast.records.count == 400)
                #expect(fast.records == slow.records)
                #expect(fast.scan == slow.scan)
                #expect(fast.scan.damage == nil && fast.scan.tornTail == nil)
            }
        }
    }

    @Test func damageInTheMiddleIsFoundAndNamedAsBefore() throws {
        let dir = try makeLog(records: 300)
        let path = segmentPath(dir.path)
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        // A byte of an event in the 200th line changed.
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
        let target = lineStarts[199] + (lineStarts[200] - lineStarts[199]) / 2
        bytes[target] = bytes[target] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let (fast, slow) = try bothScans(dir.path)
        #expect(fast.records == slow.records)
        #expect(fast.records.count == 199)
        #expect(fast.scan == slow.scan)
        #expect(fast.scan.damage?.line == 200)
    }

    @Test func aTornTailIsFoundAsBefore() throws {
        let dir = try makeLog(records: 150)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: segmentPath(dir.path)))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"format":1,"seq":151,"ts":"2026-"#.utf8))
        try handle.close()
        let (fast, slow) = try bothScans(dir.path)
        #expect(fast.records == slow.records && fast.records.count == 150)
        #expect(fast.scan == slow.scan)
        #expect(fast.scan.tornTail?.sequence == 151)
    }

    @Test func aVisitorThatThrowsStopsTheScan() throws {
        let dir = try makeLog(records: 200)
        var seen = 0
        #expect(throws: LogError.self) {
            _ = try LogScanner.scan(storage: try PosixLogStorage(directory: dir.path), decodeAfter: 0) {
                (record: LogRecord) throws(LogError) in
                seen += 1
                if record.sequence == 100 { throw LogError(code: .corrupt, message: "stop", file: "") }
            }
        }
        #expect(seen == 100)
    }
}
