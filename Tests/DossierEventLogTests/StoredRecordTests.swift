import DossierModel
import Foundation
import Testing

@testable import DossierEventLog

/// The backend-neutral interface (`EventLog`, `StoredRecord`) on the file log; the PostgreSQL
/// backend runs the same operations in `Tests/DossierPostgresTests`.
@Suite struct StoredRecordTests {
    @Test func storedRecordsAreTheLinesAsWrittenAndCopyUnchanged() throws {
        let source = TemporaryDirectory()
        let target = TemporaryDirectory()
        let (log, _) = try FileEventLog.open(directory: source.path)
        try log.append([batch("a"), batch("b", facts: 0)])
        try log.append([batch("c")])

        var stored: [StoredRecord] = []
        try log.storedRecords(after: .empty) { stored.append($0) }
        #expect(stored.map(\.sequence) == [1, 2, 3])
        #expect(stored.map(\.report) == ["a", "b", "c"])
        #expect(stored.map(\.kind) == [.ingested, .ingested, .ingested])
        #expect(stored.map(\.eventCount) == [3, 1, 3])
        let lines = try String(contentsOfFile: segmentPath(source.path), encoding: .utf8).split(separator: "\n")
        #expect(stored.map { String(decoding: $0.line, as: UTF8.self) } == lines.map(String.init))

        let (copy, _) = try FileEventLog.open(directory: target.path)
        try copy.appendStored(Array(stored.prefix(2)))
        try copy.appendStored(Array(stored.suffix(1)))
        #expect(copy.head == log.head)
        #expect(
            FileManager.default.contents(atPath: segmentPath(target.path))
                == FileManager.default.contents(atPath: segmentPath(source.path))
        )
        #expect(try LogVerifier.verify(directory: target.path).head == log.head)
    }

    @Test func recordsAfterAPositionAreDecodedAndAnotherHistoryIsRefused() throws {
        let dir = TemporaryDirectory()
        let (log, _) = try FileEventLog.open(directory: dir.path)
        let heads = try log.commit([batch("a"), batch("b"), batch("c")], at: Date())
        guard case .appended(let first) = heads[0] else {
            Issue.record("not appended")
            return
        }
        var seen: [LogRecord] = []
        try log.records(after: first) { seen.append($0) }
        #expect(seen.map(\.sequence) == [2, 3])
        #expect(seen[0].events == batch("b"))

        let foreign = LogHead(sequence: 1, hash: String(repeating: "f", count: 64))
        #expect(throws: LogError.self) { try log.records(after: foreign) { _ in } }
        #expect {
            try log.storedRecords(after: LogHead(sequence: 9, hash: first.hash)) { _ in }
        } throws: { ($0 as? LogError)?.code == .diverged }
    }

    @Test func appendingARecordThatDoesNotFollowTheHeadIsRefused() throws {
        let dir = TemporaryDirectory()
        let other = TemporaryDirectory()
        let (log, _) = try FileEventLog.open(directory: dir.path)
        try log.append([batch("a")])
        let (otherLog, _) = try FileEventLog.open(directory: other.path)
        try otherLog.append([batch("x"), batch("y")])
        var stored: [StoredRecord] = []
        try otherLog.storedRecords(after: .empty) { stored.append($0) }
        #expect {
            try log.appendStored([stored[1]])
        } throws: { ($0 as? LogError)?.code == .corrupt }
        #expect(log.head.sequence == 1)
    }

    @Test func aStoredLineIsCheckedWhenItIsRead() throws {
        let record = try StoredRecord(events: batch("a"), following: .empty, timestamp: "2026-01-01T00:00:00.000Z")
        var damaged = record.line
        damaged[damaged.count / 2] ^= 0x01
        #expect {
            try StoredRecord(line: damaged, expectedSequence: 1, expectedPrevious: LogHead.empty.hash, source: "test")
        } throws: { ($0 as? LogError)?.code == .corrupt }
        let again = try StoredRecord(
            line: record.line,
            expectedSequence: 1,
            expectedPrevious: LogHead.empty.hash,
            source: "test"
        )
        #expect(again == record)
        #expect(try again.decoded(source: "test").events == batch("a"))
    }
}
