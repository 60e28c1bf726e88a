import DossierEventLog
import DossierModel
import Foundation
import Testing

func reportBatch(_ name: String) -> [DomainEvent] {
    [
        .reportIngested(ReportIngested(report: name, fileName: name + ".txt", size: 1, format: "txt", factCount: 1)),
        .factRecorded(FactRecorded(report: name, index: 0, fact: .org(OrgFact(name: "회사 \(name)")))),
    ]
}

/// A log folder with `count` records, and the byte offset where each line starts.
struct LogFixture {
    let folder: String
    let segment: String
    let original: [UInt8]
    let lineStarts: [Int]

    init(records count: Int) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("log-fault-\(UUID().uuidString)").path
        do {
            let (log, _) = try FileEventLog.open(directory: folder)
            for i in 0..<count { try log.append([reportBatch("r\(i)")]) }
        }
        segment = folder + "/events-000001.jsonl"
        original = Array(try Data(contentsOf: URL(fileURLWithPath: segment)))
        var starts = [0]
        for (i, byte) in original.enumerated() where byte == UInt8(ascii: "\n") && i + 1 < original.count {
            starts.append(i + 1)
        }
        lineStarts = starts
    }

    func write(_ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: segment))
        // Leftovers of an earlier case are not part of this one.
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.contains(".torn-") {
            try FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }

    /// The 0-based line that holds byte `offset`.
    func line(of offset: Int) -> Int { (lineStarts.lastIndex { $0 <= offset }) ?? 0 }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

@Suite struct LogFaultTests {
    static let records = 6

    @Test func truncatingAtEveryOffsetOfTheLastLinesKeepsEveryCompleteBatch() throws {
        let fixture = try LogFixture(records: Self.records)
        defer { fixture.remove() }
        let firstOffset = fixture.lineStarts[Self.records - 3]
        var torn = 0
        for offset in firstOffset...fixture.original.count {
            try fixture.write(Array(fixture.original[..<offset]))
            let complete =
                fixture.lineStarts.filter { $0 < offset }.count - (fixture.lineStarts.contains(offset) ? 0 : 1)
            let expected = offset == fixture.original.count ? Self.records : complete
            let verified = try LogVerifier.verify(directory: fixture.folder)
            #expect(verified.damage == nil, "offset \(offset)")
            #expect(verified.records == expected, "offset \(offset)")
            let atBoundary = fixture.lineStarts.contains(offset) || offset == fixture.original.count
            #expect((verified.tornTail == nil) == atBoundary, "offset \(offset)")
            let (log, report) = try FileEventLog.open(directory: fixture.folder)
            #expect(report.scan.records == expected && log.head.sequence == UInt64(expected), "offset \(offset)")
            if report.scan.tornTail != nil { torn += 1 }
            // What was cut is gone from the segment, and the log goes on.
            try log.append([reportBatch("next")])
            #expect(try LogVerifier.verify(directory: fixture.folder).records == expected + 1)
        }
        #expect(torn > 0)
    }

    @Test func flippingOneBitAnywhereInTheLastLinesIsCaughtAndToldApart() throws {
        let fixture = try LogFixture(records: Self.records)
        defer { fixture.remove() }
        let firstOffset = fixture.lineStarts[Self.records - 3]
        let lastLine = Self.records - 1
        for offset in firstOffset..<fixture.original.count {
            var bytes = fixture.original
            bytes[offset] ^= UInt8(1 << (offset % 8))
            try fixture.write(bytes)
            let line = fixture.line(of: offset)
            let verified = try LogVerifier.verify(directory: fixture.folder)
            if line == lastLine {
                // The final record: cut off and reported; every earlier batch survives.
                #expect(verified.damage == nil && verified.tornTail != nil, "offset \(offset)")
                let (log, report) = try FileEventLog.open(directory: fixture.folder)
                #expect(report.scan.records == lastLine && log.head.sequence == UInt64(lastLine), "offset \(offset)")
                #expect(report.tornTailSavedAs != nil)
            } else {
                // An earlier record: the open stops, naming the line and sequence. Never a silent skip.
                let damage = try #require(verified.damage, "offset \(offset)")
                #expect(verified.tornTail == nil)
                #expect(damage.line == line + 1 && damage.sequence == UInt64(line + 1), "offset \(offset)")
                #expect(throws: LogError.self) { try FileEventLog.open(directory: fixture.folder) }
                #expect(Array(try Data(contentsOf: URL(fileURLWithPath: fixture.segment))) == bytes)
            }
        }
    }
}

/// The log's storage seam with a disk cache in front: written bytes become durable only at
/// `sync`; `crash()` drops everything written since, as a power cut would. `failSync` makes
/// fdatasync fail with EIO.
final class VolatileStorage: LogStorage {
    let disk: PosixLogStorage
    private var durable: [String: Int] = [:]
    var failSync = false

    init(directory: String) throws {
        disk = try PosixLogStorage(directory: directory)
        for segment in try disk.segmentNames() { durable[segment] = try disk.read(segment).count }
    }

    var directory: String { disk.directory }
    func segmentNames() throws(LogError) -> [String] { try disk.segmentNames() }
    func read(_ segment: String) throws(LogError) -> [UInt8] { try disk.read(segment) }
    func append(_ bytes: [UInt8], to segment: String) throws(LogError) { try disk.append(bytes, to: segment) }
    func truncate(_ segment: String, to length: Int) throws(LogError) {
        try disk.truncate(segment, to: length)
        durable[segment] = length
    }
    func saveAside(_ bytes: [UInt8], name: String) throws(LogError) { try disk.saveAside(bytes, name: name) }

    func sync(_ segment: String) throws(LogError) {
        if failSync {
            throw LogError(code: .syncFailed, message: "fdatasync failed: Input/output error", file: segment)
        }
        try disk.sync(segment)
        durable[segment] = try disk.read(segment).count
    }

    /// A power cut: every segment loses what was not synced.
    func crash() throws {
        for segment in try disk.segmentNames() {
            let length = durable[segment] ?? 0
            if try disk.read(segment).count > length { try disk.truncate(segment, to: length) }
        }
    }
}

@Suite struct LostWriteTests {
    @Test func afterAPowerCutExactlyTheAcknowledgedBatchesAreThere() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lost-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let storage = try VolatileStorage(directory: folder)
        var acknowledged: [UInt64] = []
        do {
            let (log, _) = try FileEventLog.open(directory: folder, storage: storage)
            for i in 0..<5 { acknowledged += try log.append([reportBatch("a\(i)")]).map(\.sequence) }
            storage.failSync = true
            #expect(throws: LogError.self) { try log.append([reportBatch("lost")]) }
            // After a failed fsync the log refuses every further append.
            storage.failSync = false
            #expect {
                try log.append([reportBatch("after")])
            } throws: { error in
                (error as? LogError)?.code == .closed
            }
        }
        try storage.crash()
        var seen: [UInt64] = []
        let (_, report) = try FileEventLog.open(directory: folder) { seen.append($0.sequence) }
        #expect(seen == acknowledged && report.scan.damage == nil)
    }

    @Test func aPowerCutInTheMiddleOfAWriteLeavesATornTailThatIsCut() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lost-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            let (log, _) = try FileEventLog.open(directory: folder)
            for i in 0..<3 { try log.append([reportBatch("b\(i)")]) }
        }
        // Half of a fourth record reached the disk before the power went.
        let segment = folder + "/events-000001.jsonl"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: segment))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"format":1,"seq":4,"ts":"2026-11-29T00:00:00.000Z","prev":"#.utf8))
        try handle.close()
        let (log, report) = try FileEventLog.open(directory: folder)
        #expect(report.scan.records == 3 && report.scan.tornTail?.sequence == 4 && log.head.sequence == 3)
    }
}
